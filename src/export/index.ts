/**
 * Exports, for hosts that allow them (the data is personal): a chart as a standalone SVG or a PNG,
 * and the numbers behind it as CSV. A module of its own: a page that never exports does not load
 * it (the elements' export actions import it when used). Each export fires `spor-export`.
 */
export { toCSV, type ToCSVOptions } from './to-csv.js';
export { saveFile, toPNG, toSVG, type ToPNGOptions } from './to-svg.js';
