import { FailureReporter, forwardAsync } from './failure-reporter.js';
import { resolveRedactionOptions, type PiiRedactionOptions } from './options.js';
import { EXPORT_RESULT_FAILED } from './sdk-types.js';
import { TelemetryScrubber } from './telemetry-scrubber.js';

/** What the span and log-record exporter interfaces have in common. */
export interface BatchExporter<Item, Result> {
  export(items: Item[], resultCallback: (result: Result) => void): void;
  shutdown(): Promise<void>;
  forceFlush?(): Promise<void>;
}

/** How one kind of telemetry is scrubbed and named in diagnostics. */
export interface ItemKind<Item> {
  readonly component: string;
  readonly exporterType: string;
  /** e.g. "a span": used in diagnostics. */
  readonly itemName: string;
  redact(item: Item, scrubber: TelemetryScrubber): Item;
}

/**
 * Scrubs each batch, then hands it to the wrapped exporter. Items that cannot be scrubbed are
 * left out of the batch (fail closed); a throwing exporter becomes a failed export result.
 */
export class RedactingExporter<Item, Result extends { code: number; error?: Error }> {
  private readonly exporter: BatchExporter<Item, Result>;
  private readonly scrubber: TelemetryScrubber;
  private readonly failures: FailureReporter;
  private readonly kind: ItemKind<Item>;

  constructor(kind: ItemKind<Item>, exporter: BatchExporter<Item, Result>, options?: PiiRedactionOptions) {
    if (typeof exporter?.export !== 'function' || typeof exporter.shutdown !== 'function') {
      throw new TypeError(`otel-pii-redact: invalid ${kind.component} options: \`exporter\` must be a ${kind.exporterType}`);
    }
    this.kind = kind;
    this.exporter = exporter;
    this.failures = new FailureReporter(kind.component);
    this.scrubber = new TelemetryScrubber(resolveRedactionOptions(kind.component, options), this.failures);
  }

  export(items: Item[], resultCallback: (result: Result) => void): void {
    const redacted = this.redactAll(items);
    try {
      this.exporter.export(redacted, resultCallback);
    } catch (error) {
      this.failures.report('exporter.export', error, 'the batch was reported as failed');
      resultCallback({ code: EXPORT_RESULT_FAILED, error: error instanceof Error ? error : new Error('export failed') } as Result);
    }
  }

  shutdown(): Promise<void> {
    return forwardAsync(() => this.exporter.shutdown());
  }

  forceFlush(): Promise<void> {
    const exporter = this.exporter;
    return typeof exporter.forceFlush === 'function' ? forwardAsync(() => exporter.forceFlush!()) : Promise.resolve();
  }

  private redactAll(items: Item[]): Item[] {
    let copy: Item[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      let redacted: Item | undefined;
      try {
        redacted = this.kind.redact(item, this.scrubber);
      } catch (error) {
        this.failures.report(`scrubbing ${this.kind.itemName}`, error, `${this.kind.itemName} was left out of the export`);
      }
      if (redacted === item) {
        if (copy !== undefined) copy.push(item);
        continue;
      }
      copy ??= items.slice(0, i);
      if (redacted !== undefined) copy.push(redacted);
    }
    return copy ?? items;
  }
}
