/**
 * Reading columns of plain-text tables without allocating: Markdown (`| Name | DOB |`), CSV
 * (`name,dob`) and TSV. A scanner that finds a header word asks `headerColumn` whether the word
 * fills a header cell, then walks the rows below with `nextRow` and `cellStart`.
 */

const PIPE = 124;
const COMMA = 44;
const TAB = 9;
const SPACE = 32;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
/** Header lines longer than this are not looked at. */
const MAX_HEADER = 400;
const MAX_COLUMNS = 32;
const MAX_CELL = 40;

/** What `headerColumn` found; one shared record. */
export const header = { delimiter: 0, column: 0 };

/**
 * Whether the text ending at `end` closes a header cell (`| Date of birth |`, `,dob,`, `DOB\t`),
 * and if so its delimiter and zero-based column in `header`. The cell may hold more words before
 * (`| Patient DOB |`); CSV cells hold no spaces around the delimiter. Markdown's leading `|` does
 * not open a column. Reads at most one header line.
 */
export function headerColumn(text: string, end: number): boolean {
  let after = end;
  while (after < text.length && text.charCodeAt(after) === SPACE) after++;
  const right = after >= text.length ? LINE_FEED : text.charCodeAt(after);
  // Words in prose end here, before any look back for the cell's opening.
  if (!isDelimiter(right) && !isLineBreak(right)) return false;
  let open = end - 1;
  const floor = Math.max(-1, end - MAX_CELL);
  while (open > floor && !isDelimiter(text.charCodeAt(open)) && !isLineBreak(text.charCodeAt(open))) open--;
  const left = open < 0 ? LINE_FEED : text.charCodeAt(open);
  if (open === floor && open >= 0) return false;
  const delimiter = isDelimiter(right) ? right : isDelimiter(left) ? left : 0;
  if (delimiter === 0) return false;
  if (!(left === delimiter || isLineBreak(left)) || !(right === delimiter || isLineBreak(right))) return false;
  if (delimiter === COMMA && (after !== end || text.charCodeAt(open + 1) === SPACE)) return false;
  const lineStart = lineStartBefore(text, open + 1);
  if (lineStart < 0) return false;
  let column = 0;
  for (let i = firstCell(text, lineStart, delimiter); i <= open; i++) {
    if (text.charCodeAt(i) === delimiter && ++column > MAX_COLUMNS) return false;
  }
  header.delimiter = delimiter;
  header.column = column;
  return true;
}

/** Start of the line after the one containing `from`, or -1 at the end of the text. */
export function nextRow(text: string, from: number): number {
  const lineFeed = text.indexOf('\n', from);
  return lineFeed < 0 ? -1 : lineFeed + 1;
}

/**
 * Start of the line after a header line, or -1 when the header runs on for more than
 * `MAX_HEADER` characters: so that many header-like words on one long line cost little each.
 */
export function rowAfterHeader(text: string, from: number): number {
  const ceiling = Math.min(text.length, from + MAX_HEADER);
  for (let i = from; i < ceiling; i++) {
    if (text.charCodeAt(i) === LINE_FEED) return i + 1;
  }
  return -1;
}

/** Whether the line at `lineStart` belongs to the table: it holds the delimiter before its end. */
export function isRow(text: string, lineStart: number, delimiter: number): boolean {
  for (let i = lineStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === delimiter) return true;
    if (isLineBreak(code)) return false;
  }
  return false;
}

/** `|---|:---:|`: Markdown's line under the header. */
export function isSeparatorRow(text: string, lineStart: number): boolean {
  let dashes = 0;
  for (let i = lineStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) break;
    if (code === 45) dashes++;
    else if (code !== PIPE && code !== 58 && code !== SPACE) return false;
  }
  return dashes > 0;
}

/** First non-space character of cell `column` in the row at `lineStart`, or -1 when the row is shorter. */
export function cellStart(text: string, lineStart: number, column: number, delimiter: number): number {
  let i = firstCell(text, lineStart, delimiter);
  for (let seen = 0; seen < column; i++) {
    if (i >= text.length) return -1;
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) return -1;
    if (code === delimiter) seen++;
  }
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === 34)) i++;
  return i;
}

/** After Markdown's leading `|` and spaces. */
function firstCell(text: string, lineStart: number, delimiter: number): number {
  let i = lineStart;
  if (delimiter !== PIPE) return i;
  while (text.charCodeAt(i) === SPACE) i++;
  return text.charCodeAt(i) === PIPE ? i + 1 : lineStart;
}

function lineStartBefore(text: string, index: number): number {
  const floor = Math.max(0, index - MAX_HEADER);
  for (let i = index - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === LINE_FEED) return i + 1;
  }
  return floor === 0 ? 0 : -1;
}

function isDelimiter(code: number): boolean {
  return code === PIPE || code === COMMA || code === TAB;
}

function isLineBreak(code: number): boolean {
  return code === LINE_FEED || code === CARRIAGE_RETURN;
}
