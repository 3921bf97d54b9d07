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

const HOLD_FIELDS = 5;

/** Mutable counters behind `RedactionStats`; listeners get per-type increments for metrics. */
export class RedactionCounters {
  valuesScanned = 0;
  valuesRedacted = 0;
  errors = 0;
  /** Findings of every type so far: a change tells a caller that handling a value found something. */
  findings = 0;
  private readonly byType = new Map<PiiType, number>();
  private readonly listeners: ((type: PiiType, count: number) => void)[] = [];
  /** Per open `hold`: the four totals and the length of `heldTypes` when it began. */
  private readonly holds: number[] = [];
  /** Findings counted while held, told to `byType` and the listeners when the last hold is kept. */
  private readonly heldTypes: PiiType[] = [];
  private readonly heldCounts: number[] = [];

  countFinding(type: PiiType, count = 1): void {
    this.findings += count;
    if (this.holds.length > 0) {
      this.heldTypes.push(type);
      this.heldCounts.push(count);
      return;
    }
    this.tell(type, count);
  }

  /**
   * Starts counting provisionally, for work that may be thrown away and done again another way:
   * `keep` makes the counts final, `undo` puts every total back as it was. Holds nest.
   */
  hold(): void {
    this.holds.push(this.valuesScanned, this.valuesRedacted, this.errors, this.findings, this.heldTypes.length);
  }

  keep(): void {
    this.holds.length -= HOLD_FIELDS;
    if (this.holds.length > 0) return;
    try {
      for (let i = 0; i < this.heldTypes.length; i++) this.tell(this.heldTypes[i]!, this.heldCounts[i]!);
    } finally {
      // A listener that throws must not have these told again with the next document's.
      this.heldTypes.length = 0;
      this.heldCounts.length = 0;
    }
  }

  undo(): void {
    const holds = this.holds;
    const base = holds.length - HOLD_FIELDS;
    this.valuesScanned = holds[base]!;
    this.valuesRedacted = holds[base + 1]!;
    this.errors = holds[base + 2]!;
    this.findings = holds[base + 3]!;
    this.heldTypes.length = holds[base + 4]!;
    this.heldCounts.length = holds[base + 4]!;
    holds.length = base;
  }

  private tell(type: PiiType, count: number): void {
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
