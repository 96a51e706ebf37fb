/**
 * What the elements' export actions load when a person first asks for a file: the public exports
 * and a chart's own table as CSV, in one module, so the action makes one import.
 */
export { saveFile, toCSV, toPNG, toSVG } from './index.js';
export { chartTableCSV } from './table-csv.js';
