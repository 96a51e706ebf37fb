import { audienceOf, isBidiSensitive, type Audience } from '../core/index.js';
import { progressResultOf } from '../controllers/progress-data-controller.js';
import { fireExport } from './to-csv.js';
import { exportContentOf } from '../internal/export-content.js';
import { announceContent } from './table-csv.js';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * What makes a drawing look as it does, with SVG's initial value, written onto the copy as
 * presentation attributes (never a `style` attribute, which a strict CSP would refuse): every
 * custom property and class rule is resolved by the browser first, so the file needs no
 * stylesheet. A value is written only where it differs from what the element would inherit (or,
 * for `opacity`, from 1), which keeps the file small.
 */
const painted: ReadonlyArray<readonly [string, string]> = [
  ['fill', 'rgb(0, 0, 0)'],
  ['fill-opacity', '1'],
  ['stroke', 'none'],
  ['stroke-width', '1px'],
  ['stroke-opacity', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-dashoffset', '0px'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['font-family', ''],
  ['font-size', ''],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
  ['paint-order', 'normal'],
  ['visibility', 'visible'],
];

/** A chart element as the export reads it: its shadow root and the inputs it draws from. */
interface ExportedElement extends Element {
  readonly data?: unknown;
  readonly audience?: Audience;
  readonly resilienceConsent?: boolean;
  readonly series?: string;
}

/** A standalone drawing: its text and its size in CSS px. */
interface Drawing {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/**
 * `toSVG(element)`: the chart's drawing as a standalone SVG file (text), with its title and caption
 * above it: every colour, line and font resolved from the page's CSS (custom properties included)
 * into the file itself, fonts named, on the chart's background, so it looks the same opened on its
 * own as on the page. Host text that could reorder the kit's words is in its own bidi isolate, and
 * characters XML does not allow are left out, so the file is valid XML whatever the name. Fires
 * `spor-export` on the element. Throws an `Error` when the element shows no drawing (its table, its
 * empty or its error state).
 */
export function toSVG(element: Element): string {
  const drawing = drawingOf(element);
  announce(element, 'svg');
  return drawing.text;
}

export interface ToPNGOptions {
  /** Device pixels per CSS pixel (default 2: sharp on a tablet and on paper). */
  readonly scale?: number;
}

/**
 * `toPNG(element, { scale })`: the same picture as `toSVG`, as a PNG `Blob` of the drawing's size
 * times `scale`. Fires `spor-export` on the element. It draws the SVG through an image, so a page
 * with a Content-Security-Policy must allow `img-src blob:`.
 */
export async function toPNG(element: Element, options: ToPNGOptions = {}): Promise<Blob> {
  const scale = options.scale !== undefined && options.scale > 0 ? options.scale : 2;
  const drawing = drawingOf(element);
  const url = URL.createObjectURL(new Blob([drawing.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(drawing.width * scale);
    canvas.height = Math.round(drawing.height * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be made.');
    announce(element, 'png');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file the way a browser downloads one (used by the elements' export actions). */
export function saveFile(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function announce(element: Element, format: 'svg' | 'png'): void {
  const el = element as ExportedElement;
  const { audience } = audienceOf(el.audience);
  const content = exportContentOf(element);
  if (content) return announceContent(element, format, content, { audience, data: el.data });
  const result = progressResultOf(el.data, 'da', audience, el.resilienceConsent === true);
  if (result.status !== 'ready') return;
  const series = result.model.selection(el.series ?? 'dimensions');
  fireExport(element, result.model, el.data, { format, series: [...series], audience });
}

/**
 * What the chart shows, copied into one SVG where the page shows it, below the title and the
 * caption: its key (the legend above the plot) and its plot, that is every drawing (a trend
 * chart's small multiples are several SVGs, its time axis one more) and every word written beside
 * them in HTML (a panel's name and change), in the drawing's own units.
 */
function drawingOf(element: Element): Drawing {
  const root = element.shadowRoot;
  const plot = root?.querySelector('.plot');
  // The drawing, or the first of a narrow layout's small ones (the star's rows).
  const first =
    plot?.querySelector<SVGSVGElement>('svg.drawing') ?? plot?.querySelector<SVGSVGElement>('svg');
  if (!root || !plot || !first) throw new Error('The element shows no drawing to export.');
  const host = getComputedStyle(element);
  // Drawing units per screen px (1 unless the page shows the drawing scaled, as on paper).
  const shown = first.getBoundingClientRect().width;
  const drawn = Number(first.getAttribute('width'));
  const unit = shown > 0 && drawn > 0 ? drawn / shown : 1;
  const fontSize = parseFloat(host.fontSize) || 16;
  const regions = [root.querySelector('.toolbar'), plot].filter((r): r is Element => r !== null);
  const origin = (regions[0] ?? plot).getBoundingClientRect();
  const left = Math.min(...regions.map((r) => r.getBoundingClientRect().left));
  const width = (Math.max(...regions.map((r) => r.getBoundingClientRect().right)) - left) * unit;
  const heading = headingOf(root, width, fontSize);
  const at = (box: DOMRect) => ({
    x: round((box.left - left) * unit),
    y: round((box.top - origin.top) * unit + heading.height),
  });
  const parts: Element[] = [];
  let bottom = 0;
  for (const region of regions) {
    for (const svg of outermostSvgsIn(region)) {
      const box = svg.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      const copy = paintedCopy(svg, { fontFamily: host.fontFamily, fontSize: `${fontSize}px` });
      const { x, y } = at(box);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      copy.setAttribute('width', copy.getAttribute('width') ?? String(round(box.width * unit)));
      copy.setAttribute('height', copy.getAttribute('height') ?? String(round(box.height * unit)));
      parts.push(copy);
    }
    parts.push(...wordsIn(region, at, unit));
    bottom = Math.max(bottom, (region.getBoundingClientRect().bottom - origin.top) * unit);
  }
  const height = bottom + heading.height;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('xmlns', svgNs);
  svg.setAttribute('width', String(round(width)));
  svg.setAttribute('height', String(round(height)));
  svg.setAttribute('viewBox', `0 0 ${round(width)} ${round(height)}`);
  svg.setAttribute('font-family', host.fontFamily);
  svg.setAttribute('font-size', `${fontSize}px`);
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  const surface = getComputedStyle(root.querySelector('.chart') ?? element).backgroundColor;
  background.setAttribute('fill', isTransparent(surface) ? '#ffffff' : surface);
  svg.append(background, ...heading.lines, ...parts);
  const text = new XMLSerializer().serializeToString(svg).replace(notInXml, '');
  return { text, width: round(width), height: round(height) };
}

/**
 * What XML 1.0 does not allow anywhere in a file: the C0 controls but tab, line feed and carriage
 * return, lone surrogates, U+FFFE and U+FFFF. A name holding one would make the whole file invalid
 * (and `toPNG`'s image undecodable); the serializer writes them as they are, so they are left out.
 */
const notInXml = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Host text in the file: the page isolates it with `<bdi>` and `unicode-bidi: isolate`, which a
 * file cannot carry (no stylesheet, and not every SVG viewer or converter applies the property to
 * a `tspan`). So host text that could reorder the words around it (right-to-left letters, bidi
 * controls such as U+202E) is written between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE
 * (U+2068 … U+2069), its own isolate marks removed first: characters of the text itself, which
 * every renderer that follows the Unicode Bidirectional Algorithm (6.3 or later: browsers, and the
 * image `toPNG` draws) honours, which stay with the text when it is copied out of the file, and
 * which no one sees. Other host text is written as it is: the marks would change nothing.
 */
const first = '\u2068';
const pop = '\u2069';
const isolateMarks = /[\u2066-\u2069]/g;

/** Host text in an isolate of its own. */
const isolated = (text: string) => `${first}${text.replace(isolateMarks, '')}${pop}`;

/** Whether a text node is host text: the page draws it in a `<bdi>` or an SVG `.isolate`. */
const isHostText = (node: Node) => !!node.parentElement?.closest('bdi, .isolate');

/** The SVGs in a region that are not inside another SVG, in document order. */
function outermostSvgsIn(region: Element): SVGSVGElement[] {
  return [...region.querySelectorAll<SVGSVGElement>('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
}

/**
 * The words a person sees in a region outside its SVGs (a legend's names, a panel's heading), each
 * as SVG text where it stands; hidden and visually hidden text (1 px boxes) is left out.
 */
function wordsIn(region: Element, at: (box: DOMRect) => { x: number; y: number }, unit: number): Element[] {
  const words: Element[] = [];
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.textContent ?? '';
    const text = raw.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('svg')) continue;
    // The box of the words themselves, not of the spaces around them.
    const range = document.createRange();
    range.setStart(node, raw.search(/\S/));
    range.setEnd(node, raw.trimEnd().length);
    const box = range.getClientRects()[0];
    if (!box || box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden') continue;
    const { x, y } = at(box);
    const word = document.createElementNS(svgNs, 'text');
    word.setAttribute('x', String(x));
    word.setAttribute('y', String(round(y + (box.height * unit) / 2)));
    word.setAttribute('dominant-baseline', 'central');
    word.setAttribute('fill', style.color);
    word.setAttribute('font-size', style.fontSize);
    if (style.fontWeight !== '400') word.setAttribute('font-weight', style.fontWeight);
    word.textContent = isHostText(node) && isBidiSensitive(text) ? isolated(text) : text;
    words.push(word);
  }
  return words;
}

/** The title and the caption as SVG text, the caption wrapped to the drawing's width. */
function headingOf(root: ShadowRoot, width: number, fontSize: number) {
  const lines: Element[] = [];
  let y = 0;
  const add = (node: Element | null, size: number, weight: string) => {
    const words = wordsOf(node);
    // About half an em per character: a generous estimate, so a line never runs off the edge.
    const perLine = Math.max(12, Math.floor(width / (size * 0.55)));
    let line: Letter[] = [];
    const flush = () => {
      if (line.length === 0) return;
      y += size * 1.35;
      const text = document.createElementNS(svgNs, 'text');
      text.setAttribute('x', '0');
      text.setAttribute('y', String(round(y - size * 0.3)));
      text.setAttribute('font-size', `${size}px`);
      text.setAttribute('font-weight', weight);
      text.setAttribute('fill', node ? getComputedStyle(node).color : '#000');
      text.textContent = textOf(line);
      lines.push(text);
      line = [];
    };
    for (const word of words) {
      if (line.length > 0 && line.length + word.letters.length + 1 > perLine) flush();
      line = line.length > 0 ? [...line, word.space, ...word.letters] : [...word.letters];
    }
    flush();
  };
  add(root.querySelector('#title'), fontSize * 1.125, '700');
  add(root.querySelector('#caption'), Math.max(12, fontSize * 0.75), '400');
  return { lines, height: y > 0 ? y + fontSize * 0.5 : 0 };
}

/**
 * One character of a heading, and the piece of host text it belongs to (its text node, when the
 * page isolates it), so a line can isolate each piece of host text on it however the words wrap.
 */
interface Letter {
  readonly char: string;
  readonly host: Node | null;
}

/** The words of `node`'s text, white space collapsed, each with the space before it. */
function wordsOf(node: Element | null): Array<{ letters: Letter[]; space: Letter }> {
  const words: Array<{ letters: Letter[]; space: Letter }> = [];
  if (!node) return words;
  let space: Letter | null = null;
  let word: Letter[] | null = null;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const host = isHostText(text) ? text : null;
    for (const char of text.textContent ?? '') {
      if (/\s/.test(char)) {
        space ??= { char: ' ', host };
        continue;
      }
      if (!word || space) {
        word = [];
        words.push({ letters: word, space: space ?? { char: ' ', host } });
      }
      word.push({ char, host });
      space = null;
    }
  }
  return words;
}

/** A line's text, each piece of bidi-sensitive host text on it in an isolate of its own. */
function textOf(line: ReadonlyArray<Letter>): string {
  const pieces: Array<{ host: Node | null; text: string }> = [];
  for (const letter of line) {
    const last = pieces.at(-1);
    if (last && last.host === letter.host) last.text += letter.char;
    else pieces.push({ host: letter.host, text: letter.char });
  }
  return pieces
    .map(({ host, text }) => (host && isBidiSensitive(host.textContent ?? '') ? isolated(text) : text))
    .join('');
}

/** A copy of an SVG with every element's computed look written on it; nothing hidden, no comments. */
function paintedCopy(
  source: SVGSVGElement,
  root: { readonly fontFamily: string; readonly fontSize: string },
): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  // What each element inherits in the file: the root's font, SVG's initial values, then its parent's.
  const written = new Map<Element, ReadonlyMap<string, string>>();
  const initial = new Map(painted.map(([name, value]) => [name, value]));
  initial.set('font-family', root.fontFamily).set('font-size', root.fontSize);
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const style = getComputedStyle(original);
    if (style.display === 'none') {
      target.setAttribute('data-hidden', '');
      return;
    }
    const inherited = (original.parentElement && written.get(original.parentElement)) || initial;
    const own = new Map<string, string>();
    for (const [name] of painted) {
      const value = style.getPropertyValue(name);
      own.set(name, value);
      if (value && value !== inherited.get(name)) target.setAttribute(name, value);
    }
    if (style.opacity !== '1') target.setAttribute('opacity', style.opacity);
    if (original.classList.contains('isolate') && isBidiSensitive(original.textContent ?? '')) {
      for (const text of textNodesIn(target)) text.data = text.data.replace(isolateMarks, '');
      target.prepend(first);
      target.append(pop);
    }
    written.set(original, own);
    for (const name of ['part', 'class', 'tabindex', 'aria-hidden', 'role', 'data-series', 'data-panel'])
      target.removeAttribute(name);
  });
  for (const hidden of copy.querySelectorAll('[data-hidden]')) hidden.remove();
  removeComments(copy);
  // The copy keeps its width, height and viewBox: the size it was drawn at.
  return copy;
}

function textNodesIn(node: Node): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) found.push(text as Text);
  return found;
}

function removeComments(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.COMMENT_NODE) child.remove();
    else removeComments(child);
  }
}

const isTransparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
const round = (value: number) => Math.round(value * 100) / 100;
