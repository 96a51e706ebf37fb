/**
 * A CSV reader for the tests, as RFC 4180 and the spreadsheets read a file with a given separator:
 * a cell that starts with a quote is quoted (doubled quotes inside, separators and line breaks
 * kept, anything after the closing quote added as it is); a quote anywhere else is a character;
 * rows end at CRLF outside quotes. Read with the other separator, it is what a spreadsheet that
 * guesses wrong sees.
 */
export function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && atStart) quoted = true;
    else if (c === separator) (row.push(cell), (cell = ''), (atStart = true));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), (atStart = true), (i += 1));
    } else cell += c;
    if (c !== separator && c !== '\r' && c !== '\n') atStart = false;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}
