import type { Detector, Finding, PiiType, Report } from './types.js';
import { type AnchoredDetector, isAnchoredDetector } from './text/anchored-detector.js';
import { KeywordHitBuffer } from './text/keyword-hits.js';
import { KeywordSweep, type KeywordEntry } from './text/keyword-sweep.js';
import { codeUnitsOf } from './text/code-units.js';
import { kernelHolding, presenceMaskOf } from './text/kernel/kernel.js';

/** Type reported when a detector threw: the whole value is treated as sensitive. */
export const SCAN_ERROR_TYPE = 'UNSCANNED';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const ANY_DIGIT = /[0-9]/;

export interface ScannerOptions {
  /** Findings below this confidence are ignored. */
  readonly minConfidence?: number;
  /** Told (once per call) which detector failed; never given the text. */
  readonly onDetectorError?: (detector: string, error: unknown) => void;
}

/**
 * Runs a fixed set of detectors over a string. Construction compiles the prefilter:
 * one case-insensitive sweep finds every trigger keyword, so a detector whose trigger
 * is absent costs nothing, and a detector anchored on its keywords looks only where they are.
 * A scan that finds nothing allocates nothing.
 */
export class Scanner {
  private readonly detectors: readonly Detector[];
  private readonly alwaysRun: readonly boolean[];
  /** `alwaysRun` as bits, 32 detectors to a word: the start of every scan's `triggered`. */
  private readonly alwaysRunBits: Int32Array;
  /** Each distinct set of trigger characters once, with the detectors it triggers. */
  private readonly charTriggers: readonly CharTrigger[];
  /** Whether a scan asks the kernel's classify pass for its digit count or the presence of trigger characters. */
  private readonly asksKernel: boolean;
  /**
   * The distinct digit minimums (`Trigger.minDigits`) of the digit detectors, ascending, and for
   * each, the detectors a text with that many digits triggers, as bits: row r of
   * `digitTriggerBits` (words of `triggered`'s size) holds every digit detector whose minimum is at
   * most `digitMinimums[r]`.
   */
  private readonly digitMinimums: Int32Array;
  private readonly digitTriggerBits: Int32Array;
  /** Detectors that take the sweep's hits instead of searching for their keywords again. */
  private readonly anchored: readonly (AnchoredDetector | undefined)[];
  private readonly keywordSweep: KeywordSweep | undefined;
  private readonly minConfidence: number;
  private readonly onDetectorError: ((detector: string, error: unknown) => void) | undefined;
  /**
   * The detectors a scan runs, as bits (detector i is bit i % 32 of word i / 32), reused between
   * scans and valid only inside `scan`: the run visits set bits only, in detector order.
   */
  private readonly triggered: Int32Array;
  private readonly allHits = new KeywordHitBuffer();
  private readonly detectorHits = new KeywordHitBuffer();
  /** One reporter for every detector; the state of the current `find` call lives in these fields. */
  private readonly report: Report;
  private currentText = '';
  private currentDetector = '';
  private findings: Finding[] | undefined;
  /** Set during `scan`: a call made from inside one (a validator that scans) gets its own scanner. */
  private scanning = false;
  private nested: Scanner | undefined;
  private readonly options: ScannerOptions;

  constructor(detectors: readonly Detector[], options: ScannerOptions = {}) {
    this.detectors = detectors;
    this.options = options;
    this.minConfidence = options.minConfidence ?? 0;
    this.onDetectorError = options.onDetectorError;
    // An empty keyword occurs in every string.
    this.alwaysRun = detectors.map(
      (d) =>
        (!d.trigger.chars && !d.trigger.digit && !(d.trigger.keywords && d.trigger.keywords.length > 0)) ||
        (d.trigger.keywords ?? []).includes(''),
    );
    const words = Math.ceil(detectors.length / 32);
    this.alwaysRunBits = bitsOf(detectors.flatMap((_, index) => (this.alwaysRun[index] ? [index] : [])), words);
    const charTriggers = new Map<string, number[]>();
    detectors.forEach((d, index) => {
      const chars = d.trigger.chars;
      if (!chars) return;
      const list = charTriggers.get(chars) ?? [];
      list.push(index);
      charTriggers.set(chars, list);
    });
    this.charTriggers = [...charTriggers].map(([chars, indexes]) => ({
      test: compileCharTest(chars),
      presenceMask: presenceMaskOf(chars),
      detectors: bitsOf(indexes, words),
    }));
    const digitDetectors = detectors.flatMap((d, index) => (d.trigger.digit === true ? [index] : []));
    const minimumOf = (index: number) => Math.max(1, detectors[index]!.trigger.minDigits ?? 1);
    this.digitMinimums = Int32Array.from(new Set(digitDetectors.map(minimumOf))).sort();
    this.digitTriggerBits = new Int32Array(this.digitMinimums.length * words);
    this.digitMinimums.forEach((minimum, row) => {
      const bits = bitsOf(digitDetectors.filter((index) => minimumOf(index) <= minimum), words);
      this.digitTriggerBits.set(bits, row * words);
    });
    this.asksKernel = digitDetectors.length > 0 || this.charTriggers.some((trigger) => trigger.presenceMask !== 0);
    this.triggered = new Int32Array(words);
    // Hits cover a detector's matches only when nothing but its keywords can trigger it.
    this.anchored = detectors.map((d, index) =>
      isAnchoredDetector(d) && !d.trigger.chars && !d.trigger.digit && !this.alwaysRun[index] ? d : undefined,
    );

    const entries: KeywordEntry[] = [];
    detectors.forEach((d, index) => {
      for (const keyword of d.trigger.keywords ?? []) if (keyword.length > 0) entries.push({ keyword, tag: index });
    });
    if (entries.length > 0) this.keywordSweep = new KeywordSweep(entries);

    this.report = (type: PiiType, start: number, end: number, confidence: number) => {
      if (confidence < this.minConfidence) return;
      if (!(start >= 0 && end <= this.currentText.length && start < end)) return;
      (this.findings ??= []).push({ type, start, end, detector: this.currentDetector, confidence });
    };
  }

  /** All findings, overlaps resolved, ordered by start. The same frozen empty array when none. */
  scan(text: string): readonly Finding[] {
    if (text.length === 0) return NO_FINDINGS;
    if (this.scanning) return (this.nested ??= new Scanner(this.detectors, this.options)).scan(text);
    this.scanning = true;
    try {
      return this.scanExclusive(text);
    } finally {
      this.scanning = false;
      this.findings = undefined;
      this.currentText = '';
    }
  }

  private scanExclusive(text: string): readonly Finding[] {
    const triggered = this.triggered;
    const words = triggered.length;
    // A loop: `set` is a call, for one word or two.
    for (let word = 0; word < words; word++) triggered[word] = this.alwaysRunBits[word]!;
    // The kernel's one pass over the text counts its digits and notes which trigger characters it holds.
    const kernel = this.asksKernel ? kernelHolding(codeUnitsOf(text)) : undefined;
    // Without the kernel, a regex tells whether there is a digit, and every minimum counts as met.
    const minimums = this.digitMinimums;
    const digits = minimums.length === 0
      ? 0
      : kernel !== undefined
        ? kernel.digitCountOf(text)
        : ANY_DIGIT.test(text)
          ? Number.MAX_SAFE_INTEGER
          : 0;
    const presence = kernel !== undefined ? kernel.presenceOf(text) : 0;
    let met = 0;
    while (met < minimums.length && minimums[met]! <= digits) met++;
    if (met > 0) orInto(triggered, this.digitTriggerBits, (met - 1) * words);
    const charTriggers = this.charTriggers;
    for (let t = 0; t < charTriggers.length; t++) {
      const { test, presenceMask, detectors } = charTriggers[t]!;
      if (presenceMask !== 0 && kernel !== undefined) {
        if ((presence & presenceMask) === 0) continue;
      } else if (typeof test === 'string' ? !text.includes(test) : !test.test(text)) {
        continue;
      }
      orInto(triggered, detectors, 0);
    }
    const hits = this.allHits;
    hits.reset();
    this.detectorHits.reset();
    if (this.keywordSweep !== undefined) {
      this.keywordSweep.run(text, hits);
      for (let h = 0; h < hits.count; h++) markTriggered(triggered, hits.tags[h]!);
    }
    let any = 0;
    for (let word = 0; word < words; word++) any |= triggered[word]!;
    if (any === 0) return NO_FINDINGS;

    this.findings = undefined;
    this.currentText = text;
    for (let word = 0; word < words; word++) {
      for (let bits = triggered[word]!; bits !== 0; bits &= bits - 1) {
        const i = (word << 5) + 31 - Math.clz32(bits & -bits);
        const detector = this.detectors[i]!;
        this.currentDetector = detector.name;
        try {
          const anchored = this.anchored[i];
          if (anchored !== undefined) {
            this.detectorHits.selectTag(hits, i);
            anchored.findAtHits(text, this.detectorHits, this.report);
          } else {
            detector.find(text, this.report);
          }
        } catch (error) {
          this.onDetectorError?.(detector.name, error);
          return [{ type: SCAN_ERROR_TYPE, start: 0, end: text.length, detector: detector.name, confidence: 1 }];
        }
      }
    }
    const findings = this.findings;
    return findings === undefined ? NO_FINDINGS : resolveOverlaps(findings);
  }
}

/** Sets detector `index`'s bit in a scan's `triggered` words. */
function markTriggered(triggered: Int32Array, index: number): void {
  triggered[index >> 5]! |= 1 << (index & 31);
}

/** Or-s the words of `bits` from `offset` on into `triggered`. */
function orInto(triggered: Int32Array, bits: Int32Array, offset: number): void {
  for (let word = 0; word < triggered.length; word++) triggered[word]! |= bits[offset + word]!;
}

/** The detectors `indexes` as bits in `words` words. */
function bitsOf(indexes: readonly number[], words: number): Int32Array {
  const bits = new Int32Array(words);
  for (const index of indexes) markTriggered(bits, index);
  return bits;
}

/** A single character is found fastest by `includes`; a set by one character-class regex. */
type CharTest = string | RegExp;

interface CharTrigger {
  readonly test: CharTest;
  /** The kernel's presence bits for exactly these characters (see `presenceMaskOf`); 0 when the text is searched. */
  readonly presenceMask: number;
  /** The detectors whose trigger characters these are, as bits (see `Scanner.triggered`). */
  readonly detectors: Int32Array;
}

/** Like testing each code unit of `chars` with `includes`, in one pass. */
function compileCharTest(chars: string): CharTest {
  if (chars.length === 1) return chars;
  let set = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    set += char === '\\' || char === ']' || char === '^' || char === '-' ? `\\${char}` : char;
  }
  return new RegExp(`[${set}]`);
}

/**
 * Merges overlapping findings into one: the span becomes their union (so no part of either
 * value leaks), the type and detector those of the more certain one (higher confidence,
 * then longer). Input is reordered in place.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  sortByStart(findings);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const last = kept[kept.length - 1];
    if (last === undefined || finding.start >= last.end) {
      kept.push(finding);
      continue;
    }
    if (finding.end <= last.end && !isBetter(finding, last)) continue;
    const winner = isBetter(finding, last) ? finding : last;
    kept[kept.length - 1] = {
      type: winner.type,
      detector: winner.detector,
      confidence: winner.confidence,
      start: last.start,
      end: Math.max(last.end, finding.end),
    };
  }
  return kept;
}

/** Lists up to this long are sorted by insertion: they come as a few sorted runs, one per detector. */
const INSERTION_SORT_MAX = 128;

/**
 * Orders findings by start, longer first, keeping the order of equal ones (stable, as
 * `Array.prototype.sort` is). A dense 4 KB text has ~45 findings in a few runs, which insertion
 * sorts in a third of the time the built-in sort takes calling a comparator.
 */
function sortByStart(findings: Finding[]): void {
  const count = findings.length;
  if (count > INSERTION_SORT_MAX) {
    findings.sort(byStartLongerFirst);
    return;
  }
  for (let i = 1; i < count; i++) {
    const finding = findings[i]!;
    let j = i - 1;
    for (; j >= 0 && byStartLongerFirst(findings[j]!, finding) > 0; j--) findings[j + 1] = findings[j]!;
    findings[j + 1] = finding;
  }
}

function byStartLongerFirst(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end;
}

function isBetter(candidate: Finding, incumbent: Finding): boolean {
  if (candidate.confidence !== incumbent.confidence) return candidate.confidence > incumbent.confidence;
  return candidate.end - candidate.start > incumbent.end - incumbent.start;
}
