import type { Detector, Report } from '../types.js';
import { isAsciiDigit, isBoundaryAt } from '../text/chars.js';
import { isLetterCode } from '../text/letters.js';
import { cellStart, header, headerColumn, isRow, isSeparatorRow, nextRow, rowAfterHeader } from '../text/table-cells.js';
import { WordTable } from '../text/word-table.js';
import { type AnchoredDetector, findViaOwnSweep } from '../text/anchored-detector.js';
import type { KeywordHits } from '../text/keyword-hits.js';

/**
 * Month names and abbreviations in English, German, French, Spanish, Portuguese and Italian,
 * each mapped to its number (the table's flags hold the number, so every word is in one month
 * only). Abbreviations that are also common words (`mar`, `set`, `ago`) are left out.
 */
const MONTHS: readonly string[] = [
  'january jan januar janvier enero janeiro gennaio gen jänner',
  'february feb februar février fevrier febrero fevereiro fev febbraio',
  'march märz maerz mars marzo março marco',
  'april apr avril abril abr aprile',
  'may mai mayo maio maggio mag',
  'june jun juni juin junio junho giugno',
  'july jul juli juillet julio julho luglio',
  'august aug août aout agosto',
  'september sep sept septembre septiembre setiembre setembro settembre',
  'october oct oktober okt octobre octubre outubro ottobre ott',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre decembre diciembre dic dezembro dicembre',
];

const monthNames = MONTHS.reduce((table, names, index) => table.add(names, index + 1), new WordTable());

const CONFIDENCE = 0.9;
/** How far after the birth context the date may start: `DOB (as on passport): 12.04.1985`. */
const MAX_GAP = 30;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

/**
 * Words that make the next date a birth date. Only literals with optional separators, so each
 * test is linear. `dob` must not run on into a word (`dobby`). Sticky: it is tried only where a
 * keyword hit says a context may start (see `contextEndAt`).
 */
const BIRTH_CONTEXT = new RegExp(
  [
    'd\\.?o\\.?b(?![a-z])\\.?',
    'date[ _-]?of[ _-]?birth',
    'birth[ _-]?date',
    'birthday',
    'born',
    'geburtsdatum',
    'geburtstag',
    'geboren',
    'geb\\.',
    'n[ée]e? le',
    'fecha de nacimiento',
    'nacid[oa] el',
    'date de naissance',
    'data de nascimento',
    'nascid[oa] em',
    'data di nascita',
    'nat[oa] il',
  ]
    .map((context) => `\\b${context}`)
    .join('|'),
  'iy',
);

/** What makes the detector worth running. */
const TRIGGER_KEYWORDS = [
  'dob', 'd.o.b', 'birth', 'born', 'geburt', 'geboren', 'geb.', 'né le', 'née le', 'ne le', 'nee le',
  'nacimiento', 'nacido', 'nacida', 'naissance', 'nascimento', 'nascido', 'nascida', 'nascita', 'nato il', 'nata il',
];
/**
 * Spellings `BIRTH_CONTEXT` accepts that contain no trigger keyword. They are swept for too, so
 * that every context holds a keyword hit, but they alone do not trigger the detector.
 */
const UNTRIGGERED_SPELLINGS = ['d.ob', 'do.b'];
const CONTEXT_KEYWORDS = [...TRIGGER_KEYWORDS, ...UNTRIGGERED_SPELLINGS];
/**
 * How far before its keyword a context may start: `date of ` before `birth`, `fecha de ` before
 * `nacimiento`, `date de `, `data de `, `data di ` before the rest. Every other context starts
 * at its keyword.
 */
const MIN_PREFIX = 6;
const MAX_PREFIX = 9;

/** One shared cursor for `parseDate`, so that scanning allocates nothing. */
const parsed = { end: 0 };

/**
 * Dates of birth: a date (`1985-04-12`, `04/12/1985`, `12.04.1985`, `12 April 1985`,
 * `April 12, 1985`, also German, French, Spanish, Portuguese and Italian month names) only when
 * birth context (`DOB`, `date of birth`, `born`, `"dob":`, `Geburtsdatum`, `né le`, …) ends at
 * most 30 characters before it, or heads its table column (`| Name | DOB |`, `name,dob`).
 * Plain dates and timestamps are left alone.
 */
function findDatesOfBirthAtHits(text: string, hits: KeywordHits, report: Report): void {
  // The scanner runs this for hits of untriggered spellings too; alone they do not count.
  for (let h = 0; h < hits.count; h++) {
    if (!isUntriggeredSpelling(text, hits.starts[h]!, hits.ends[h]!)) {
      findDatesAtContexts(text, hits, report);
      return;
    }
  }
}

/** `d.ob` and `do.b`: four characters with a period second or third (`geb.` has it fourth). */
function isUntriggeredSpelling(text: string, start: number, end: number): boolean {
  return end - start === 4 && (text.charCodeAt(start + 1) === 46 || text.charCodeAt(start + 2) === 46);
}

/**
 * Every context the hits of `CONTEXT_KEYWORDS` lead to, taken left to right as a global search
 * for `BIRTH_CONTEXT` would find them (each search resuming at `resume`), with the date after it.
 */
function findDatesAtContexts(text: string, hits: KeywordHits, report: Report): void {
  let resume = 0;
  let reportedEnd = 0;
  for (let h = 0; h < hits.count; h++) {
    const contextEnd = contextEndAt(text, hits.starts[h]!, resume);
    if (contextEnd < 0) continue;
    resume = contextEnd;
    if (headerColumn(text, resume)) {
      const firstRow = rowAfterHeader(text, resume);
      if (firstRow >= 0 && isRow(text, firstRow, header.delimiter)) {
        const tableEnd = reportColumn(text, firstRow, report);
        reportedEnd = Math.max(reportedEnd, tableEnd);
        resume = Math.max(resume, tableEnd);
        continue;
      }
    }
    const from = Math.max(resume, reportedEnd);
    const limit = Math.min(text.length, from + MAX_GAP);
    for (let i = from; i < limit; i++) {
      const code = text.charCodeAt(i);
      if (!isAsciiDigit(code) && !isLetterCode(code)) continue;
      if (!isBoundaryAt(text, i - 1) && !isLetterCode(code)) break;
      if (parseDate(text, i)) {
        report('DATE_OF_BIRTH', i, parsed.end, CONFIDENCE);
        reportedEnd = parsed.end;
        resume = parsed.end;
        break;
      }
      // A number that is not a date ends the search: the context belonged to something else.
      if (isAsciiDigit(code)) break;
      while (i + 1 < limit && isLetterCode(text.charCodeAt(i + 1))) i++;
    }
  }
}

/**
 * End of the leftmost birth context at or after `resume` that holds the keyword hit starting at
 * `keywordStart`, or -1. A context starts at its keyword or a prefix before it; no keyword starts
 * inside such a prefix, so trying the hits in order finds the contexts in order.
 */
function contextEndAt(text: string, keywordStart: number, resume: number): number {
  const context = BIRTH_CONTEXT;
  if (keywordStart - MIN_PREFIX >= resume && hasPrefixEnding(text, keywordStart)) {
    for (let start = Math.max(resume, keywordStart - MAX_PREFIX); start <= keywordStart - MIN_PREFIX; start++) {
      context.lastIndex = start;
      if (context.test(text)) return context.lastIndex;
    }
  }
  if (keywordStart < resume) return -1;
  context.lastIndex = keywordStart;
  return context.test(text) ? context.lastIndex : -1;
}

/** The prefixes end in a separator or in `of` (`dateofbirth`). */
function hasPrefixEnding(text: string, keywordStart: number): boolean {
  const code = text.charCodeAt(keywordStart - 1);
  return code === 32 || code === 95 || code === 45 || (code | 32) === 102;
}

/**
 * `| Name | DOB |` or `name,dob`: every date at the start of that column's cells in the rows
 * below is a birth date. Returns where the table ends; each row is read once.
 */
function reportColumn(text: string, firstRow: number, report: Report): number {
  const delimiter = header.delimiter;
  const column = header.column;
  let row = firstRow;
  let end = firstRow;
  for (let rows = 0; row >= 0 && isRow(text, row, delimiter); rows++) {
    if (rows > 0 || !isSeparatorRow(text, row)) {
      const cell = cellStart(text, row, column, delimiter);
      if (cell >= 0 && parseDate(text, cell)) {
        report('DATE_OF_BIRTH', cell, parsed.end, CONFIDENCE);
        end = parsed.end;
      }
    }
    end = Math.max(end, row);
    row = nextRow(text, row);
  }
  return end;
}

/** Parses a date starting at `start` into `parsed.end`; false when there is none. */
function parseDate(text: string, start: number): boolean {
  return isAsciiDigit(text.charCodeAt(start)) ? parseNumericFirst(text, start) : parseMonthFirst(text, start);
}

/** `1985-04-12`, `04/12/1985`, `12.04.85`, `12 April 1985`, `12. April 1985`, `12 de abril de 1985`. */
function parseNumericFirst(text: string, start: number): boolean {
  const firstEnd = digitsEnd(text, start, 4);
  const first = numberAt(text, start, firstEnd);
  const length = firstEnd - start;
  const separator = text.charCodeAt(firstEnd);
  if (length === 4) {
    if (!isDateSeparator(separator)) return false;
    const monthEnd = digitsEnd(text, firstEnd + 1, 2);
    if (text.charCodeAt(monthEnd) !== separator) return false;
    const dayEnd = digitsEnd(text, monthEnd + 1, 2);
    const valid = isYear(first) &&
      isDayMonth(numberAt(text, monthEnd + 1, dayEnd), numberAt(text, firstEnd + 1, monthEnd));
    return valid && finish(text, dayEnd, true);
  }
  if (length > 2) return false;
  if (isDateSeparator(separator) && isAsciiDigit(text.charCodeAt(firstEnd + 1))) {
    const secondEnd = digitsEnd(text, firstEnd + 1, 2);
    if (text.charCodeAt(secondEnd) !== separator) return false;
    const yearEnd = digitsEnd(text, secondEnd + 1, 4);
    const yearLength = yearEnd - secondEnd - 1;
    if (yearLength !== 2 && (yearLength !== 4 || !isYear(numberAt(text, secondEnd + 1, yearEnd)))) return false;
    const second = numberAt(text, firstEnd + 1, secondEnd);
    // Day-month or month-day: either reading must be a real date.
    if (!isDayMonth(first, second) && !isDayMonth(second, first)) return false;
    return finish(text, yearEnd, false);
  }
  // `12 April 1985`, `12th April 1985`, `12. April 1985`, `12 de abril de 1985`
  let i = firstEnd;
  if (isOrdinal(text, i)) i += 2;
  else if (separator === 46) i++;
  if (text.charCodeAt(i) !== 32) return false;
  i = skipWordDe(text, i + 1);
  const month = monthAt(text, i);
  if (month === 0 || !isDayMonth(first, month)) return false;
  i = parsed.end;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32) return false;
  i = skipWordDe(text, i + 1);
  return yearAt(text, i);
}

/** `April 12, 1985`, `Apr 12 1985`, `April 12th, 1985`. */
function parseMonthFirst(text: string, start: number): boolean {
  if (!isBoundaryAt(text, start - 1)) return false;
  const month = monthAt(text, start);
  if (month === 0) return false;
  let i = parsed.end;
  if (text.charCodeAt(i) === 46) i++;
  if (text.charCodeAt(i) !== 32) return false;
  const dayEnd = digitsEnd(text, i + 1, 2);
  if (dayEnd === i + 1 || !isDayMonth(numberAt(text, i + 1, dayEnd), month)) return false;
  i = dayEnd;
  if (isOrdinal(text, i)) i += 2;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32) return false;
  return yearAt(text, i + 1);
}

/** Month number of the month name at `start` (end in `parsed.end`), or 0. */
function monthAt(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 12 && isLetterCode(text.charCodeAt(end))) end++;
  if (end === start || isLetterCode(text.charCodeAt(end))) return 0;
  parsed.end = end;
  return monthNames.flagsOf(text, start, end);
}

function yearAt(text: string, start: number): boolean {
  const end = digitsEnd(text, start, 4);
  return end - start === 4 && isYear(numberAt(text, start, end)) && finish(text, end, false);
}

/** The date ends at `end`: not glued to more digits (an ISO date may run on into `T10:00`). */
function finish(text: string, end: number, allowTime: boolean): boolean {
  const next = text.charCodeAt(end);
  if (isAsciiDigit(next)) return false;
  if (!(allowTime && next === 84) && !isBoundaryAt(text, end)) return false;
  parsed.end = end;
  return true;
}

/** `de ` in `12 de abril de 1985`. */
function skipWordDe(text: string, at: number): number {
  return text.charCodeAt(at) === 100 && text.charCodeAt(at + 1) === 101 && text.charCodeAt(at + 2) === 32 ? at + 3 : at;
}

function isOrdinal(text: string, at: number): boolean {
  const a = text.charCodeAt(at) | 32;
  const b = text.charCodeAt(at + 1) | 32;
  const ordinal = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  return ordinal && !isLetterCode(text.charCodeAt(at + 2));
}

function isDateSeparator(code: number): boolean {
  return code === 45 || code === 47 || code === 46;
}

/** Days in each month, February with its leap day: the year is not always known yet. */
const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month]!;
}

function isYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function digitsEnd(text: string, start: number, max: number): number {
  let i = start;
  while (i - start < max && isAsciiDigit(text.charCodeAt(i))) i++;
  return i;
}

function numberAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

export const dateOfBirthDetector: AnchoredDetector = {
  name: 'date-of-birth',
  types: ['DATE_OF_BIRTH'],
  enabledByDefault: true,
  trigger: { keywords: CONTEXT_KEYWORDS },
  find: findViaOwnSweep(CONTEXT_KEYWORDS, findDatesAtContexts),
  findAtHits: findDatesOfBirthAtHits,
};

export const dateOfBirthDetectors: readonly Detector[] = [dateOfBirthDetector];
