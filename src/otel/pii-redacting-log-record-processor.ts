import type { Context } from '@opentelemetry/api';
import type { LogRecordProcessor } from '@opentelemetry/sdk-logs';
import { FailureReporter, forwardAsync } from './failure-reporter.js';
import { resolveRedactionOptions, type PiiRedactionOptions } from './options.js';
import { scrubLogRecordInPlace } from './scrub-log-record-in-place.js';
import type { LogRecordEnabledOptions, WritableLogRecord } from './sdk-types.js';
import { TelemetryScrubber } from './telemetry-scrubber.js';

const COMPONENT = 'PiiRedactingLogRecordProcessor';

type ForceFlushOptions = Parameters<LogRecordProcessor['forceFlush']>[0];

/**
 * Scrubs body and attributes of each log record during `onEmit` (the SDK allows changes
 * only then), then hands the record to `next`. The record itself is changed, so processors
 * listed after this one in the provider's `processors` list see scrubbed data too; list it
 * first. With `next` undefined it is such a plain list member and nothing else.
 *
 * Hooks never throw: failures of the wrapped processor are caught and reported via `diag`.
 */
export class PiiRedactingLogRecordProcessor implements LogRecordProcessor {
  private readonly next: LogRecordProcessor | undefined;
  private readonly scrubber: TelemetryScrubber;
  private readonly failures = new FailureReporter(COMPONENT);

  constructor(next?: LogRecordProcessor, options?: PiiRedactionOptions) {
    if (next !== undefined && !isLogRecordProcessor(next)) {
      throw new TypeError(`otel-pii-redact: invalid ${COMPONENT} options: \`next\` must be a LogRecordProcessor or undefined`);
    }
    this.next = next;
    this.scrubber = new TelemetryScrubber(resolveRedactionOptions(COMPONENT, options), this.failures);
  }

  onEmit(logRecord: WritableLogRecord, context?: Context): void {
    scrubLogRecordInPlace(logRecord, this.scrubber, this.failures);
    const next = this.next;
    if (next !== undefined) this.failures.call('next.onEmit', () => next.onEmit(logRecord, context));
  }

  /**
   * Asks `next`. Without `next` this processor wants no records of its own: answering false
   * leaves the decision to the other processors instead of forcing every logger on.
   */
  enabled(options: LogRecordEnabledOptions): boolean {
    const next = this.next;
    if (next === undefined) return false;
    if (typeof next.enabled !== 'function') return true;
    try {
      return next.enabled(options);
    } catch (error) {
      this.failures.report('next.enabled', error, 'the logger was treated as enabled');
      return true;
    }
  }

  forceFlush(options?: ForceFlushOptions): Promise<void> {
    const next = this.next;
    return next === undefined ? Promise.resolve() : forwardAsync(() => next.forceFlush(options));
  }

  shutdown(): Promise<void> {
    const next = this.next;
    return next === undefined ? Promise.resolve() : forwardAsync(() => next.shutdown());
  }
}

function isLogRecordProcessor(value: unknown): value is LogRecordProcessor {
  const candidate = value as Partial<LogRecordProcessor> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.onEmit === 'function' &&
    typeof candidate.forceFlush === 'function' &&
    typeof candidate.shutdown === 'function'
  );
}
