import type { Detector, Finding, PiiType } from './types.js';

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
 * is absent costs nothing.
 */
export class Scanner {
  private readonly detectors: readonly Detector[];
  private readonly alwaysRun: readonly boolean[];
  private readonly triggerChars: readonly (string | undefined)[];
  private readonly wantsDigit: readonly boolean[];
  private readonly keywordSweep: RegExp | undefined;
  private readonly detectorsByKeyword = new Map<string, number[]>();
  private readonly minConfidence: number;
  private readonly onDetectorError: ((detector: string, error: unknown) => void) | undefined;
  /** Reused between scans; valid only inside `scan`. */
  private readonly triggered: boolean[];

  constructor(detectors: readonly Detector[], options: ScannerOptions = {}) {
    this.detectors = detectors;
    this.minConfidence = options.minConfidence ?? 0;
    this.onDetectorError = options.onDetectorError;
    this.alwaysRun = detectors.map(
      (d) => !d.trigger.chars && !d.trigger.digit && !(d.trigger.keywords && d.trigger.keywords.length > 0),
    );
    this.triggerChars = detectors.map((d) => d.trigger.chars || undefined);
    this.wantsDigit = detectors.map((d) => d.trigger.digit === true);
    this.triggered = detectors.map(() => false);

    detectors.forEach((d, index) => {
      for (const keyword of d.trigger.keywords ?? []) {
        const key = keyword.toLowerCase();
        const list = this.detectorsByKeyword.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        this.detectorsByKeyword.set(key, list);
      }
    });
    if (this.detectorsByKeyword.size > 0) {
      // Longest first so that a keyword that is a prefix of another does not hide it.
      const alternatives = [...this.detectorsByKeyword.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp);
      this.keywordSweep = new RegExp(alternatives.join('|'), 'gi');
    }
  }

  /** All findings, overlaps resolved, ordered by start. The same frozen empty array when none. */
  scan(text: string): readonly Finding[] {
    if (text.length === 0) return NO_FINDINGS;
    const count = this.detectors.length;
    const triggered = this.triggered;
    let any = false;
    const hasDigit = ANY_DIGIT.test(text);
    for (let i = 0; i < count; i++) {
      let run = this.alwaysRun[i]!;
      if (!run && hasDigit && this.wantsDigit[i]) run = true;
      if (!run) {
        const chars = this.triggerChars[i];
        if (chars !== undefined) {
          for (let c = 0; c < chars.length; c++) {
            if (text.indexOf(chars[c]!) !== -1) {
              run = true;
              break;
            }
          }
        }
      }
      triggered[i] = run;
      any ||= run;
    }
    const sweep = this.keywordSweep;
    if (sweep !== undefined) {
      sweep.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = sweep.exec(text)) !== null) {
        const indexes = this.detectorsByKeyword.get(match[0].toLowerCase());
        if (indexes) {
          for (const index of indexes) triggered[index] = true;
          any = true;
        }
      }
    }
    if (!any) return NO_FINDINGS;

    let findings: Finding[] | undefined;
    const minConfidence = this.minConfidence;
    for (let i = 0; i < count; i++) {
      if (!triggered[i]) continue;
      const detector = this.detectors[i]!;
      const name = detector.name;
      try {
        detector.find(text, (type: PiiType, start: number, end: number, confidence: number) => {
          if (confidence < minConfidence) return;
          if (!(start >= 0 && end <= text.length && start < end)) return;
          (findings ??= []).push({ type, start, end, detector: name, confidence });
        });
      } catch (error) {
        this.onDetectorError?.(name, error);
        return [{ type: SCAN_ERROR_TYPE, start: 0, end: text.length, detector: name, confidence: 1 }];
      }
    }
    if (findings === undefined) return NO_FINDINGS;
    return resolveOverlaps(findings);
  }
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

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
