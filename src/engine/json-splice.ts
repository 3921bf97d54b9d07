/**
 * Writes a scrubbed JSON document by editing its source text instead of serialising the whole
 * tree again: the parsed tree (`before`) and the scrubbed one (`after`) are walked together with
 * the source, and only the values that changed are serialised and put in place. Unchanged parts,
 * whitespace and escapes included, are copied as they were; a GenAI message array in which one
 * part carried an email costs one `JSON.stringify` of that part, not of every message.
 *
 * The walk relies on `JSON.parse` keeping object keys in source order, which it does except for
 * integer-like keys and duplicate keys; any mismatch between the source and the trees (those
 * cases, a key that was renamed, an escaped key) makes it give up and return undefined, and the
 * caller serialises the tree as before.
 */

import { closingQuote, skipJsonSpace } from './json-source.js';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Returned by the walk when the source and the trees do not line up. */
const MISMATCH = -1;

/** The source of `before` with every changed value replaced; undefined when they do not line up. */
export function spliceJson(source: string, before: unknown, after: unknown): string | undefined {
  const edits: Edit[] = [];
  const start = skipJsonSpace(source, 0);
  const end = editValue(source, before, after, start, edits);
  if (end === MISMATCH || skipJsonSpace(source, end) !== source.length) return undefined;
  let out = '';
  let copied = 0;
  for (const edit of edits) {
    out += source.slice(copied, edit.start) + edit.text;
    copied = edit.end;
  }
  return out + source.slice(copied);
}

/** Walks the value starting at `start`; returns the index after it, or MISMATCH. */
function editValue(source: string, before: unknown, after: unknown, start: number, edits: Edit[]): number {
  if (before === after) return valueEnd(source, start);
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return editArray(source, before, after, start, edits);
  }
  if (isObject(before) && isObject(after)) return editObject(source, before, after, start, edits);
  const end = valueEnd(source, start);
  if (end === MISMATCH) return MISMATCH;
  edits.push({ start, end, text: JSON.stringify(after) });
  return end;
}

function editArray(source: string, before: unknown[], after: unknown[], start: number, edits: Edit[]): number {
  if (source.charCodeAt(start) !== OPEN_BRACKET) return MISMATCH;
  let at = skipJsonSpace(source, start + 1);
  for (let i = 0; i < before.length; i++) {
    if (i > 0) {
      if (source.charCodeAt(at) !== COMMA) return MISMATCH;
      at = skipJsonSpace(source, at + 1);
    }
    at = editValue(source, before[i], after[i], at, edits);
    if (at === MISMATCH) return MISMATCH;
    at = skipJsonSpace(source, at);
  }
  return source.charCodeAt(at) === CLOSE_BRACKET ? at + 1 : MISMATCH;
}

function editObject(
  source: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  start: number,
  edits: Edit[],
): number {
  if (source.charCodeAt(start) !== OPEN_BRACE) return MISMATCH;
  const keys = Object.keys(before);
  const afterKeys = Object.keys(after);
  if (afterKeys.length !== keys.length) return MISMATCH;
  let at = skipJsonSpace(source, start + 1);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (afterKeys[k] !== key) return MISMATCH;
    if (k > 0) {
      if (source.charCodeAt(at) !== COMMA) return MISMATCH;
      at = skipJsonSpace(source, at + 1);
    }
    if (source.charCodeAt(at) !== QUOTE) return MISMATCH;
    const keyEnd = closingQuote(source, at + 1);
    if (!sourceSpells(source, at + 1, keyEnd, key)) return MISMATCH;
    at = skipJsonSpace(source, keyEnd + 1);
    if (source.charCodeAt(at) !== COLON) return MISMATCH;
    at = editValue(source, before[key], after[key], skipJsonSpace(source, at + 1), edits);
    if (at === MISMATCH) return MISMATCH;
    at = skipJsonSpace(source, at);
  }
  return source.charCodeAt(at) === CLOSE_BRACE ? at + 1 : MISMATCH;
}

/** Whether the unescaped source `[from, to)` is `key` (an escaped key is not compared: MISMATCH). */
function sourceSpells(source: string, from: number, to: number, key: string): boolean {
  if (to - from !== key.length) return false;
  for (let i = 0; i < key.length; i++) {
    const code = source.charCodeAt(from + i);
    if (code === BACKSLASH || code !== key.charCodeAt(i)) return false;
  }
  return true;
}

/** Index after the JSON value that starts at `start`. */
function valueEnd(source: string, start: number): number {
  const first = source.charCodeAt(start);
  if (first === QUOTE) {
    const quote = closingQuote(source, start + 1);
    return quote === source.length ? MISMATCH : quote + 1;
  }
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return containerEnd(source, start);
  let end = start;
  while (end < source.length && !isDelimiter(source.charCodeAt(end))) end++;
  return end > start ? end : MISMATCH;
}

function containerEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === QUOTE) {
      i = closingQuote(source, i + 1);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return MISMATCH;
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code === 32 || code === 10 || code === 13 || code === 9;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
