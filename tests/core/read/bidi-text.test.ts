import { expect } from '@open-wc/testing';
import { isBidiSensitive, isolateIfSensitive } from '../../../src/core/index.js';

const FSI = '\u2068'; // FIRST STRONG ISOLATE
const PDI = '\u2069'; // POP DIRECTIONAL ISOLATE
const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE

/** The code points of a text, as U+XXXX, to state an expected string beyond doubt. */
const codePointsOf = (text: string) =>
  [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

describe('core/read/bidi-text', () => {
  it('isBidiSensitive: right-to-left letters and bidi controls, not Latin, Cyrillic or emoji', () => {
    const texts = {
      Simon: false,
      'Søren Æbelø': false,
      Олена: false,
      '😀 ok': false,
      '\uFEFF': false, // the byte order mark lies just past the Arabic presentation forms
      سيمون: true, // Arabic
      שלום: true, // Hebrew
      '\uFEFC': true, // the last Arabic presentation form
      [`abc${RLO}def`]: true,
      'a\u200Fb': true, // RIGHT-TO-LEFT MARK
      'a\u2066b': true, // LEFT-TO-RIGHT ISOLATE
    };
    expect(Object.keys(texts)).to.have.length(11);
    for (const [text, sensitive] of Object.entries(texts)) {
      expect(isBidiSensitive(text), codePointsOf(text).join(' ')).to.equal(sensitive);
    }
  });

  it('isolateIfSensitive: a plain text as it is', () => {
    expect(isolateIfSensitive('Simon')).to.equal('Simon');
    expect(isolateIfSensitive('')).to.equal('');
  });

  it('isolateIfSensitive: an Arabic name in FSI … PDI', () => {
    const isolated = isolateIfSensitive('سيمون');
    expect(isolated).to.equal(`${FSI}سيمون${PDI}`);
    expect(codePointsOf(isolated)).to.deep.equal([
      'U+2068',
      'U+0633', // س
      'U+064A', // ي
      'U+0645', // م
      'U+0648', // و
      'U+0646', // ن
      'U+2069',
    ]);
  });

  it('isolateIfSensitive: an override stays inside the isolate, so it cannot reverse the words after it', () => {
    const isolated = isolateIfSensitive(`pl${RLO}1`);
    expect(codePointsOf(isolated)).to.deep.equal([
      'U+2068',
      'U+0070',
      'U+006C',
      'U+202E',
      'U+0031',
      'U+2069',
    ]);
  });

  it('isolateIfSensitive: the text’s own isolate marks are removed first, so a stray PDI cannot close the isolate early', () => {
    // "a", PDI, RLO, "b": the PDI would end our FSI and leave the RLO outside it.
    const isolated = isolateIfSensitive(`a${PDI}${RLO}b`);
    expect(codePointsOf(isolated)).to.deep.equal(['U+2068', 'U+0061', 'U+202E', 'U+0062', 'U+2069']);
    expect(isolateIfSensitive(`\u2066x${PDI}`)).to.equal(`${FSI}x${PDI}`);
  });
});
