// The probe's cases for the CSV export: host text made to break a spreadsheet.
import { expect } from '@open-wc/testing';
import { toCSV } from '../../src/export/to-csv.js';
import { named } from './named.js';
import { readCsv } from './read-csv.js';

describe('toCSV with host text that starts formulas', () => {
  const starts = ['a,=1+1', 'a;=1+1', ' =1+1', '\t=1+1', '\n=1+1', '\uff1d1+1', '\u3000@x', 'b\r\n-1'];
  const formula = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b\u2212]/u;
  const trimmed = (cell: string) => cell.replace(/^[\s\p{Cc}\p{Cf}]+/u, '');

  for (const locale of ['da', 'en']) {
    it(`${locale}: every label read back whole, no cell a formula whichever separator is guessed`, () => {
      let i = 0;
      const data = named((text) => `${starts[i++ % starts.length]}${text}`);
      const text = toCSV(data, { series: 'traits', locale, target: new EventTarget() });
      const separator = locale === 'da' ? ';' : ',';
      const [head, ...rows] = readCsv(text, separator);
      expect(head, 'period, from, to and six traits').to.have.length(9);
      expect(rows.length).to.be.greaterThan(3);
      for (const row of rows) expect(row).to.have.length(9);
      expect(
        head!
          .slice(3)
          .map((cell) => cell.replaceAll("'", ''))
          .join('|'),
      ).to.match(/1\+1/);
      const lines = text.split(/\r\n|[\r\n]/);
      for (const other of [';', ',']) {
        const cells = [
          ...readCsv(text, other).flat(),
          ...lines.flatMap((line) => readCsv(line, other).flat()),
        ];
        expect(cells.length).to.be.greaterThan(9);
        for (const cell of cells)
          expect(formula.test(trimmed(cell)), `read with ${other}: ${JSON.stringify(cell)}`).to.equal(false);
      }
    });
  }
});
