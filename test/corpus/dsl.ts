/**
 * A tiny language for writing labelled corpus items. Text is written as tagged templates;
 * every sensitive value is interpolated through a helper that labels it (`email('…')`,
 * `g.openaiKey()`), every hard negative through `keep('…')`. The label is the interpolation,
 * so a label can never drift from the text it describes, and JSON built with `json()` keeps
 * its labels even where escaping changes the characters.
 */

export type Mark = { readonly kind: 'expect'; readonly type: string } | { readonly kind: 'keep' };

export interface Segment {
  readonly text: string;
  readonly mark?: Mark;
}

export class Piece {
  constructor(readonly segments: readonly Segment[]) {}

  get text(): string {
    let out = '';
    for (const segment of this.segments) out += segment.text;
    return out;
  }

  /** Applies a per-character transformation (escaping) to every segment, keeping marks. */
  mapText(transform: (text: string) => string): Piece {
    return new Piece(this.segments.map((s) => (s.mark ? { text: transform(s.text), mark: s.mark } : { text: transform(s.text) })));
  }
}

export type Part = string | number | Piece | readonly Part[];

function appendPart(out: Segment[], part: Part): void {
  if (part instanceof Piece) {
    out.push(...part.segments);
  } else if (Array.isArray(part)) {
    for (const inner of part as readonly Part[]) appendPart(out, inner);
  } else {
    out.push({ text: String(part) });
  }
}

/**
 * Tagged template producing a Piece. A template whose first character is a newline is a
 * block: the newline and the trailing indentation are dropped and the common indentation
 * removed, so multi-line items can sit indented in the source.
 */
export function t(strings: TemplateStringsArray, ...parts: Part[]): Piece {
  const statics = strings[0]!.startsWith('\n') ? dedent(strings) : [...strings];
  const segments: Segment[] = [];
  statics.forEach((text, i) => {
    if (text.length > 0) segments.push({ text });
    if (i < parts.length) appendPart(segments, parts[i]!);
  });
  return new Piece(segments);
}

function dedent(strings: TemplateStringsArray): string[] {
  const statics = [...strings];
  statics[0] = statics[0]!.slice(1);
  const lastIndex = statics.length - 1;
  statics[lastIndex] = statics[lastIndex]!.replace(/\n[ \t]*$/, '');
  let indent = Infinity;
  statics.forEach((text, i) => {
    const lines = text.split('\n');
    lines.forEach((line, lineIndex) => {
      const startsLine = lineIndex > 0 || i === 0;
      if (!startsLine) return;
      const endsHere = lineIndex < lines.length - 1 || i === lastIndex;
      // A line that is only whitespace says nothing about indentation, unless an interpolation follows it.
      if (endsHere && line.trim() === '') return;
      indent = Math.min(indent, line.length - line.trimStart().length);
    });
  });
  if (indent === Infinity || indent === 0) return statics;
  const afterNewline = new RegExp(`\\n[ \\t]{0,${indent}}`, 'g');
  const atStart = new RegExp(`^[ \\t]{0,${indent}}`);
  return statics.map((text, i) => {
    const stripped = text.replace(afterNewline, '\n');
    return i === 0 ? stripped.replace(atStart, '') : stripped;
  });
}

export function join(parts: readonly Part[], separator: string): Piece {
  const segments: Segment[] = [];
  parts.forEach((part, i) => {
    if (i > 0) segments.push({ text: separator });
    appendPart(segments, part);
  });
  return new Piece(segments);
}

export type Json = null | boolean | number | string | Piece | readonly Json[] | { readonly [key: string]: Json };

const escapeJson = (text: string): string => JSON.stringify(text).slice(1, -1);

/**
 * Serialises like JSON.stringify (same separators, optional indentation); a Piece is a string
 * whose labelled segments stay labelled after escaping. A Piece produced by `json()` nested
 * in another `json()` becomes an escaped JSON string, as in tool-call `arguments`.
 */
export function json(value: Json, indent = 0): Piece {
  const out: Segment[] = [];
  write(out, value, indent, '');
  return new Piece(mergePlain(out));
}

function write(out: Segment[], value: Json, indent: number, pad: string): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') {
    out.push({ text: JSON.stringify(value) });
  } else if (typeof value === 'string') {
    out.push({ text: JSON.stringify(value) });
  } else if (value instanceof Piece) {
    out.push({ text: '"' }, ...value.mapText(escapeJson).segments, { text: '"' });
  } else if (Array.isArray(value)) {
    const items = value as readonly Json[];
    if (items.length === 0) return void out.push({ text: '[]' });
    const inner = pad + ' '.repeat(indent);
    out.push({ text: '[' });
    items.forEach((item, i) => {
      out.push({ text: (i > 0 ? ',' : '') + (indent > 0 ? '\n' + inner : '') });
      write(out, item, indent, inner);
    });
    out.push({ text: (indent > 0 ? '\n' + pad : '') + ']' });
  } else {
    const entries = Object.entries(value as { readonly [key: string]: Json });
    if (entries.length === 0) return void out.push({ text: '{}' });
    const inner = pad + ' '.repeat(indent);
    out.push({ text: '{' });
    entries.forEach(([key, item], i) => {
      out.push({ text: (i > 0 ? ',' : '') + (indent > 0 ? '\n' + inner : '') + JSON.stringify(key) + (indent > 0 ? ': ' : ':') });
      write(out, item, indent, inner);
    });
    out.push({ text: (indent > 0 ? '\n' + pad : '') + '}' });
  }
}

function mergePlain(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && !last.mark && !segment.mark) merged[merged.length - 1] = { text: last.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}

function labelled(type: string) {
  return (value: string): Piece => new Piece([{ text: value, mark: { kind: 'expect', type } }]);
}

export const email = labelled('EMAIL');
export const phone = labelled('PHONE');
export const card = labelled('CREDIT_CARD');
export const ssn = labelled('US_SSN');
export const iban = labelled('IBAN');
export const ip = labelled('IP_ADDRESS');
export const mac = labelled('MAC_ADDRESS');
export const secret = labelled('SECRET');
export const person = labelled('PERSON');
export const address = labelled('STREET_ADDRESS');
export const dob = labelled('DATE_OF_BIRTH');
export const userId = labelled('USER_ID');
export const wallet = labelled('CRYPTO_WALLET');
export const nino = labelled('UK_NINO');
export const sin = labelled('CA_SIN');
export const aadhaar = labelled('IN_AADHAAR');

/** A hard negative: must appear verbatim in the redacted output. */
export function keep(value: string): Piece {
  return new Piece([{ text: value, mark: { kind: 'keep' } }]);
}
