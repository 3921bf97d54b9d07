import { codeUnitsOf } from '../../text/code-units.js';
import type { WordTable } from '../../text/word-table.js';

/**
 * `table.flagsOf(text, start, end, compact)` read from the text's code units (see `codeUnitsOf`): the same
 * flags, without a `charCodeAt` per hashed and compared character. A slice reaching outside the
 * text is left to `flagsOf`.
 */
export function flagsIn(table: WordTable, text: string, start: number, end: number, compact = false): number {
  if (start < 0 || end > text.length) return table.flagsOf(text, start, end, compact);
  return table.flagsOfUnitRange(codeUnitsOf(text), start, end, compact);
}
