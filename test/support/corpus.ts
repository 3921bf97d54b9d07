import { buildCorpus, buildOptInCorpus, type CorpusItem } from '../corpus/index.js';
import { createHash } from 'node:crypto';
import {
  base58Decode,
  isLuhnValid,
  isPlausibleSsn,
  isValidBech32,
  isValidIban,
  isVerhoeffValid,
} from '../corpus/checksums.js';

export type { CorpusItem } from '../corpus/index.js';

/** What the scorer needs from a redactor; `createRedactor()` satisfies it. */
export interface FindingLike {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface RedactorLike {
  scan(text: string): readonly FindingLike[];
  redactString(text: string): string;
}

/** Minimum recall per type, asserted by test/corpus.test.ts. Types not listed are reported only. */
export const RECALL_TARGETS: Readonly<Record<string, number>> = {
  EMAIL: 0.99,
  CREDIT_CARD: 0.99,
  US_SSN: 0.99,
  IBAN: 0.99,
  IP_ADDRESS: 0.99,
  SECRET: 0.99,
  PHONE: 0.95,
  PERSON: 0.85,
  MAC_ADDRESS: 0.9,
};

export const KEEP_RATE_TARGET = 0.99;

export interface TypeScore {
  readonly type: string;
  /** Distinct labelled values of this type. */
  readonly support: number;
  /** Values fully gone from the redacted text: neither the whole nor a 3+ character fragment survived. */
  readonly caught: number;
  /** Values whose every occurrence overlaps a `scan()` finding of this type. */
  readonly typed: number;
  /** Misses where the detector took only part of the value and a fragment survived. */
  readonly partial: number;
  readonly recall: number;
  readonly typedRecall: number;
}

export interface Miss {
  readonly itemId: string;
  readonly type: string;
  readonly value: string;
  /** Types of the scan findings overlapping the value, if any. */
  readonly foundAs: readonly string[];
  /** The value with some surrounding text, from the original item. */
  readonly context: string;
  /** Only part of the value was removed: a fragment of 3+ letters or digits survived. */
  readonly partial: boolean;
}

export interface KeepFailure {
  readonly itemId: string;
  readonly value: string;
  /** The value with some surrounding text, from the original item. */
  readonly context: string;
  readonly foundAs: readonly string[];
}

export interface ExtraFinding {
  readonly itemId: string;
  readonly type: string;
  readonly text: string;
}

export interface SourceScore {
  readonly source: string;
  readonly items: number;
  readonly support: number;
  readonly caught: number;
  readonly keepSupport: number;
  readonly kept: number;
}

export interface CorpusScore {
  readonly items: number;
  readonly negativeItems: number;
  readonly types: readonly TypeScore[];
  readonly sources: readonly SourceScore[];
  readonly keepSupport: number;
  readonly kept: number;
  readonly keepRate: number;
  /** Values not fully gone from the redacted text (partial ones included). */
  readonly misses: readonly Miss[];
  /** Values removed, but not by a finding of their own type. */
  readonly untyped: readonly Miss[];
  /** The misses where only a fragment survived. */
  readonly partials: readonly Miss[];
  readonly keepFailures: readonly KeepFailure[];
  /** Findings overlapping no label: false positives, or values the corpus forgot to label. */
  readonly extras: readonly ExtraFinding[];
}

export function loadCorpus(): CorpusItem[] {
  return buildCorpus();
}

/** Items for UK_NINO, CA_SIN, IN_AADHAAR and CRYPTO_WALLET, whose detectors are off by default. */
export function loadOptInCorpus(): CorpusItem[] {
  return buildOptInCorpus();
}

/** Policy switch that turns the off-by-default identifier detectors on. */
export const OPT_IN_DETECTORS: Readonly<Record<string, boolean>> = {
  UK_NINO: true,
  CA_SIN: true,
  IN_AADHAAR: true,
  CRYPTO_WALLET: true,
};

// ----- scoring ---------------------------------------------------------------------------

export function scoreCorpus(items: readonly CorpusItem[], redactor: RedactorLike): CorpusScore {
  const typeCounts = new Map<string, { support: number; caught: number; typed: number; partial: number }>();
  const sourceCounts = new Map<string, { items: number; support: number; caught: number; keepSupport: number; kept: number }>();
  const misses: Miss[] = [];
  const untyped: Miss[] = [];
  const partials: Miss[] = [];
  const keepFailures: KeepFailure[] = [];
  const extras: ExtraFinding[] = [];
  let keepSupport = 0;
  let kept = 0;

  for (const item of items) {
    const redacted = redactor.redactString(item.text);
    const findings = redactor.scan(item.text);
    const source = sourceCounts.get(item.source) ?? { items: 0, support: 0, caught: 0, keepSupport: 0, kept: 0 };
    sourceCounts.set(item.source, source);
    source.items++;

    for (const expected of item.expect) {
      const counts = typeCounts.get(expected.type) ?? { support: 0, caught: 0, typed: 0, partial: 0 };
      typeCounts.set(expected.type, counts);
      counts.support++;
      source.support++;
      const spans = item.spans.filter((s) => s.type === expected.type && item.text.slice(s.start, s.end) === expected.value);
      const overlapping = spans.flatMap((s) => findings.filter((f) => f.start < s.end && s.start < f.end));
      const foundAs = [...new Set(overlapping.map((f) => f.type))];
      const first = spans[0]!;
      const isTyped = spans.every((s) => findings.some((f) => f.type === expected.type && f.start < s.end && s.start < f.end));
      if (isTyped) counts.typed++;
      const whole = countOccurrences(redacted, expected.value) > 0;
      const fragment = !whole && spans.some((s) => leaksFragment(item.text, s.start, s.end, findings, redacted));
      const miss: Miss = {
        itemId: item.id,
        type: expected.type,
        value: expected.value,
        foundAs,
        context: contextAround(item.text, first.start, first.end),
        partial: fragment,
      };
      if (whole || fragment) {
        misses.push(miss);
        if (fragment) {
          counts.partial++;
          partials.push(miss);
        }
        continue;
      }
      counts.caught++;
      source.caught++;
      if (!isTyped) untyped.push(miss);
    }

    for (const value of item.keep) {
      keepSupport++;
      source.keepSupport++;
      if (countOccurrences(redacted, value) >= countOccurrences(item.text, value)) {
        kept++;
        source.kept++;
        continue;
      }
      const at = item.text.indexOf(value);
      const overlapping = findings.filter((f) => f.start < at + value.length && at < f.end);
      keepFailures.push({
        itemId: item.id,
        value,
        context: contextAround(item.text, at, at + value.length),
        foundAs: [...new Set(overlapping.map((f) => f.type))],
      });
    }

    for (const finding of findings) {
      if (item.spans.some((s) => finding.start < s.end && s.start < finding.end)) continue;
      extras.push({ itemId: item.id, type: finding.type, text: item.text.slice(finding.start, finding.end) });
    }
  }

  const types = [...typeCounts.entries()]
    .map(([type, c]) => ({ type, ...c, recall: c.caught / c.support, typedRecall: c.typed / c.support }))
    .sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || a.type.localeCompare(b.type));
  const sources = [...sourceCounts.entries()].map(([source, c]) => ({ source, ...c }));

  return {
    items: items.length,
    negativeItems: items.filter((i) => i.expect.length === 0).length,
    types,
    sources,
    keepSupport,
    kept,
    keepRate: keepSupport === 0 ? 1 : kept / keepSupport,
    misses,
    untyped,
    partials,
    keepFailures,
    extras,
  };
}

const TYPE_ORDER = [
  'EMAIL', 'PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN', 'IP_ADDRESS', 'MAC_ADDRESS', 'SECRET',
  'PERSON', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'USER_ID', 'UK_NINO', 'CA_SIN', 'IN_AADHAAR', 'CRYPTO_WALLET',
];

function typeOrder(type: string): number {
  const index = TYPE_ORDER.indexOf(type);
  return index === -1 ? TYPE_ORDER.length : index;
}

/** Scripts that separate words with spaces; in CJK text every character touches the next. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Occurrences of `needle` that are not part of a longer word: `Tom` in `Tomorrow` or `200`
 * in `2000` do not count, `Tom` in `[PERSON] Tom,` does.
 */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (checkStart && isWordChar(haystack[at - 1])) continue;
    if (checkEnd && isWordChar(haystack[at + needle.length])) continue;
    count++;
  }
  return count;
}

/**
 * True when a stretch of the labelled span that no finding covers still appears in the
 * redacted text: the detector removed only part of the value (e.g. a surname, a key's tail).
 */
function leaksFragment(
  text: string,
  start: number,
  end: number,
  findings: readonly FindingLike[],
  redacted: string,
): boolean {
  let runStart = -1;
  for (let i = start; i <= end; i++) {
    const covered = i < end && findings.some((f) => f.start <= i && i < f.end);
    if (i < end && !covered) {
      if (runStart === -1) runStart = i;
      continue;
    }
    if (runStart !== -1) {
      const fragment = text.slice(runStart, i).trim();
      runStart = -1;
      if ((fragment.match(/[\p{L}\p{N}]/gu) ?? []).length >= 3 && countOccurrences(redacted, fragment) > 0) return true;
    }
  }
  return false;
}

function contextAround(text: string, start: number, end: number, radius = 40): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '');
}

// ----- integrity -------------------------------------------------------------------------

/**
 * Problems with the corpus itself (not the detectors): labels that do not match the text,
 * invalid check digits, keeps inside labelled values, labelled values that also occur
 * unlabelled. An empty list means the corpus is consistent.
 */
export function corpusProblems(items: readonly CorpusItem[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const where = item.id;
    if (ids.has(item.id)) problems.push(`${where}: duplicate id`);
    ids.add(item.id);
    if (item.expect.length === 0 && item.keep.length === 0) problems.push(`${where}: neither expectations nor keeps`);
    for (const span of item.spans) {
      const value = item.text.slice(span.start, span.end);
      if (value.trim() !== value || value.length === 0) problems.push(`${where}: ${span.type} label has edge whitespace: ${JSON.stringify(value)}`);
      for (const other of item.spans) {
        if (other !== span && other.start < span.end && span.start < other.end) problems.push(`${where}: overlapping labels at ${span.start}`);
      }
      const problem = checkDigitsProblem(span.type, value);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    for (const expected of item.expect) {
      for (const at of occurrences(item.text, expected.value)) {
        const inside = item.spans.some((s) => s.start <= at && at + expected.value.length <= s.end);
        if (!inside) problems.push(`${where}: ${expected.type} value ${JSON.stringify(expected.value)} also occurs unlabelled at ${at}`);
      }
    }
    for (const value of item.keep) {
      const found = occurrences(item.text, value);
      if (found.length === 0) problems.push(`${where}: keep ${JSON.stringify(value)} not in text`);
      for (const at of found) {
        if (item.spans.some((s) => at < s.end && s.start < at + value.length)) {
          problems.push(`${where}: keep ${JSON.stringify(value)} overlaps a labelled value`);
        }
      }
    }
  }
  return problems;
}

function occurrences(text: string, needle: string): number[] {
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (checkStart && isWordChar(text[at - 1])) continue;
    if (checkEnd && isWordChar(text[at + needle.length])) continue;
    found.push(at);
  }
  return found;
}

function checkDigitsProblem(type: string, value: string): string | undefined {
  switch (type) {
    case 'CREDIT_CARD':
      return isLuhnValid(value.replace(/[ -]/g, '')) ? undefined : `card ${value} fails Luhn`;
    case 'IBAN':
      return isValidIban(value) ? undefined : `IBAN ${value} fails mod-97`;
    case 'US_SSN':
      return isPlausibleSsn(value) ? undefined : `SSN ${value} breaks numbering rules`;
    case 'IN_AADHAAR':
      return isVerhoeffValid(value.replace(/[ -]/g, '')) ? undefined : `Aadhaar ${value} fails Verhoeff`;
    case 'CA_SIN':
      return isLuhnValid(value.replace(/[ -]/g, '')) ? undefined : `SIN ${value} fails Luhn`;
    case 'UK_NINO':
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?(?:[0-9]{2} ?){3}[A-D]$/.test(value) ? undefined : `NINO ${value} malformed`;
    case 'CRYPTO_WALLET':
      return isValidWallet(value) ? undefined : `wallet ${value} fails its checksum`;
    default:
      return undefined;
  }
}

function isValidWallet(address: string): boolean {
  if (/^0x[0-9a-fA-F]{40}$/.test(address)) return true;
  if (address.startsWith('bc1')) return isValidBech32(address);
  const bytes = base58Decode(address);
  if (bytes === undefined || bytes.length !== 25) return false;
  const once = createHash('sha256').update(bytes.subarray(0, 21)).digest();
  const twice = createHash('sha256').update(once).digest();
  return twice.subarray(0, 4).equals(Buffer.from(bytes.subarray(21)));
}

// ----- reporting -------------------------------------------------------------------------

const pct = (value: number): string => value.toFixed(3);

export function formatReport(score: CorpusScore, targets: Readonly<Record<string, number>> = RECALL_TARGETS): string {
  const lines: string[] = [];
  lines.push(`Corpus: ${score.items} items (${score.negativeItems} without any PII), ${score.types.reduce((n, t) => n + t.support, 0)} labelled values, ${score.keepSupport} hard negatives`);
  lines.push('');
  lines.push('type            support  recall  typed   partial  target');
  for (const t of score.types) {
    const target = targets[t.type];
    const verdict = target === undefined ? 'report' : `>=${target} ${t.recall >= target ? 'ok' : 'FAIL'}`;
    lines.push(
      `${t.type.padEnd(15)} ${String(t.support).padStart(7)}  ${pct(t.recall)}   ${pct(t.typedRecall)}  ${String(t.partial).padStart(7)}  ${verdict}`,
    );
  }
  lines.push(
    `${'keep-rate'.padEnd(15)} ${String(score.keepSupport).padStart(7)}  ${pct(score.keepRate)}                    >=${KEEP_RATE_TARGET} ${score.keepRate >= KEEP_RATE_TARGET ? 'ok' : 'FAIL'}`,
  );
  lines.push('');
  lines.push('source        items  recall          keep-rate');
  for (const s of score.sources) {
    const recall = s.support === 0 ? '   -  ' : pct(s.caught / s.support);
    const keep = s.keepSupport === 0 ? '   -  ' : pct(s.kept / s.keepSupport);
    lines.push(`${s.source.padEnd(12)} ${String(s.items).padStart(6)}  ${recall} (${String(s.support).padStart(3)})   ${keep} (${s.keepSupport})`);
  }
  const extrasByType = new Map<string, number>();
  for (const e of score.extras) extrasByType.set(e.type, (extrasByType.get(e.type) ?? 0) + 1);
  if (extrasByType.size > 0) {
    lines.push('');
    lines.push(`unlabelled findings (possible false positives): ${[...extrasByType].map(([type, n]) => `${type} ${n}`).join(', ')}`);
  }
  return lines.join('\n');
}

export function formatMisses(misses: readonly Miss[], limit = Infinity): string {
  return misses
    .slice(0, limit)
    .map((m) => {
      const found = m.foundAs.length ? ` (found as ${m.foundAs.join('/')})` : '';
      return `  ${m.type} ${JSON.stringify(m.value)} in ${m.itemId}${found}${m.partial ? ' [partial: a fragment survived]' : ''}\n      ${m.context}`;
    })
    .join('\n');
}

export function formatKeepFailures(failures: readonly KeepFailure[], limit = Infinity): string {
  return failures
    .slice(0, limit)
    .map((f) => `  ${JSON.stringify(f.value)} in ${f.itemId}${f.foundAs.length ? ` (found as ${f.foundAs.join('/')})` : ''}\n      ${f.context}`)
    .join('\n');
}

export function formatExtras(extras: readonly ExtraFinding[], limit = Infinity): string {
  return extras
    .slice(0, limit)
    .map((e) => `  ${e.type} ${JSON.stringify(e.text)} in ${e.itemId}`)
    .join('\n');
}
