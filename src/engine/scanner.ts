import type { Detector, Finding, PiiType, Report } from './types.js';
import { type AnchoredDetector, isAnchoredDetector } from './text/anchored-detector.js';
import { KeywordHitBuffer } from './text/keyword-hits.js';
import { KeywordSweep, type KeywordEntry } from './text/keyword-sweep.js';
import { codeUnitsOf } from './text/code-units.js';
import { kernelHolding } from './text/kernel/kernel.js';

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
  /** Per detector, the test for its trigger characters: one native pass whatever their number. */
  private readonly triggerChars: readonly (CharTest | undefined)[];
  private readonly wantsDigit: readonly boolean[];
  private readonly anyWantsDigit: boolean;
  /** Detectors that take the sweep's hits instead of searching for their keywords again. */
  private readonly anchored: readonly (AnchoredDetector | undefined)[];
  private readonly keywordSweep: KeywordSweep | undefined;
  private readonly minConfidence: number;
  private readonly onDetectorError: ((detector: string, error: unknown) => void) | undefined;
  /** Reused between scans; valid only inside `scan`. */
  private readonly triggered: boolean[];
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
    const tests = new Map<string, CharTest>();
    this.triggerChars = detectors.map((d) => {
      const chars = d.trigger.chars;
      if (!chars) return undefined;
      let test = tests.get(chars);
      if (test === undefined) {
        test = compileCharTest(chars);
        tests.set(chars, test);
      }
      return test;
    });
    this.wantsDigit = detectors.map((d) => d.trigger.digit === true);
    this.anyWantsDigit = this.wantsDigit.includes(true);
    this.triggered = detectors.map(() => false);
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

  /**
   * Whether `text` has an ASCII digit: from the kernel's bitmap of digits when it holds the text
   * (the digit detectors read that bitmap next), else by a regex.
   */
  private hasDigit(text: string): boolean {
    if (!this.anyWantsDigit) return false;
    const kernel = kernelHolding(codeUnitsOf(text));
    return kernel !== undefined ? kernel.hasDigit(text) : ANY_DIGIT.test(text);
  }

  private scanExclusive(text: string): readonly Finding[] {
    const count = this.detectors.length;
    const triggered = this.triggered;
    let any = false;
    const hasDigit = this.hasDigit(text);
    for (let i = 0; i < count; i++) {
      let run = this.alwaysRun[i]!;
      if (!run && hasDigit && this.wantsDigit[i]) run = true;
      if (!run) {
        const chars = this.triggerChars[i];
        if (chars !== undefined) run = typeof chars === 'string' ? text.includes(chars) : chars.test(text);
      }
      triggered[i] = run;
      any ||= run;
    }
    const hits = this.allHits;
    hits.reset();
    this.detectorHits.reset();
    if (this.keywordSweep !== undefined) {
      this.keywordSweep.run(text, hits);
      for (let h = 0; h < hits.count; h++) triggered[hits.tags[h]!] = true;
      any ||= hits.count > 0;
    }
    if (!any) return NO_FINDINGS;

    this.findings = undefined;
    this.currentText = text;
    for (let i = 0; i < count; i++) {
      if (!triggered[i]) continue;
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
    const findings = this.findings;
    return findings === undefined ? NO_FINDINGS : resolveOverlaps(findings);
  }
}

/** A single character is found fastest by `includes`; a set by one character-class regex. */
type CharTest = string | RegExp;

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
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
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

function isBetter(candidate: Finding, incumbent: Finding): boolean {
  if (candidate.confidence !== incumbent.confidence) return candidate.confidence > incumbent.confidence;
  return candidate.end - candidate.start > incumbent.end - incumbent.start;
}
