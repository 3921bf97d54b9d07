import type { PiiType } from './types.js';

/** What a redactor has done since it was created: counts only, never values. */
export interface RedactionStats {
  /** Strings examined by the scanner. */
  readonly valuesScanned: number;
  /** Values that came out different (or, in report mode, would have). */
  readonly valuesRedacted: number;
  /** Findings per type, including whole values taken by key rules. */
  readonly findingsByType: Readonly<Record<string, number>>;
  /** Detector or strategy failures; each replaced its value (fail closed). */
  readonly errors: number;
}

/** Mutable counters behind `RedactionStats`; listeners get per-type increments for metrics. */
export class RedactionCounters {
  valuesScanned = 0;
  valuesRedacted = 0;
  errors = 0;
  /** Findings of every type so far: a change tells a caller that handling a value found something. */
  findings = 0;
  private readonly byType = new Map<PiiType, number>();
  private readonly listeners: ((type: PiiType, count: number) => void)[] = [];

  countFinding(type: PiiType, count = 1): void {
    this.findings += count;
    this.byType.set(type, (this.byType.get(type) ?? 0) + count);
    for (const listener of this.listeners) listener(type, count);
  }

  onFinding(listener: (type: PiiType, count: number) => void): void {
    this.listeners.push(listener);
  }

  snapshot(): RedactionStats {
    return {
      valuesScanned: this.valuesScanned,
      valuesRedacted: this.valuesRedacted,
      errors: this.errors,
      findingsByType: Object.fromEntries(this.byType),
    };
  }
}
