import { DOT, HYPHEN, SLASH, SPACE } from './separators.js';

/**
 * What each code unit can be inside a phone run, as bits, so that the scans test one table entry
 * instead of chains of comparisons. The separator kinds keep their values from separators.ts.
 */
export const OPEN_PAREN_CLASS = 16;
export const CLOSE_PAREN_CLASS = 32;
export const DIGIT_CLASS = 64;
/** Separators and parentheses: what a run of digit groups goes on through. */
export const JOINS_GROUPS = SPACE | HYPHEN | DOT | SLASH | OPEN_PAREN_CLASS | CLOSE_PAREN_CLASS;
/** Separator kinds without parentheses, as `separatorKind` reports them. */
export const SEPARATOR_KINDS = SPACE | HYPHEN | DOT | SLASH;

/** Past the highest code unit with a class (the narrow no-break space U+202F). */
const TABLE_SIZE = 0x2030;

const table = buildTable();

function buildTable(): Uint8Array {
  const classes = new Uint8Array(TABLE_SIZE);
  for (let code = 48; code <= 57; code++) classes[code] = DIGIT_CLASS;
  for (const code of [32, 0xa0, 0x202f, 0x2009]) classes[code] = SPACE;
  for (const code of [45, 0x2010, 0x2011, 0x2012, 0x2013]) classes[code] = HYPHEN;
  classes[46] = DOT;
  classes[47] = SLASH;
  classes[40] = OPEN_PAREN_CLASS;
  classes[41] = CLOSE_PAREN_CLASS;
  return classes;
}

/** Class bits of a code unit; 0 for anything else, `NaN` (past the end of a string) included. */
export function classOf(code: number): number {
  return code < TABLE_SIZE ? table[code]! : 0;
}
