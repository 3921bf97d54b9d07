import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { FailureReporter, forwardAsync } from './failure-reporter.js';
import { resolveRedactionOptions, type PiiRedactionOptions } from './options.js';
import { redactSpan } from './redacted-span.js';
import { EXPORT_RESULT_FAILED, type SpanExportResult } from './sdk-types.js';
import { TelemetryScrubber } from './telemetry-scrubber.js';

const COMPONENT = 'PiiRedactingSpanExporter';

/**
 * Wraps a SpanExporter: each batch is scrubbed, then handed to `exporter`. For setups where
 * the processors cannot be changed (a vendor distro building its own pipeline) but the
 * exporter can. Spans that cannot be scrubbed are left out of the batch (fail closed).
 */
export class PiiRedactingSpanExporter implements SpanExporter {
  private readonly exporter: SpanExporter;
  private readonly scrubber: TelemetryScrubber;
  private readonly failures = new FailureReporter(COMPONENT);

  constructor(exporter: SpanExporter, options?: PiiRedactionOptions) {
    if (typeof exporter?.export !== 'function' || typeof exporter.shutdown !== 'function') {
      throw new TypeError(`otel-pii-redact: invalid ${COMPONENT} options: \`exporter\` must be a SpanExporter`);
    }
    this.exporter = exporter;
    this.scrubber = new TelemetryScrubber(resolveRedactionOptions(COMPONENT, options), this.failures);
  }

  export(spans: ReadableSpan[], resultCallback: (result: SpanExportResult) => void): void {
    const redacted = this.redactAll(spans);
    try {
      this.exporter.export(redacted, resultCallback);
    } catch (error) {
      this.failures.report('exporter.export', error, 'the batch was reported as failed');
      resultCallback({ code: EXPORT_RESULT_FAILED, error: error instanceof Error ? error : new Error('export failed') });
    }
  }

  shutdown(): Promise<void> {
    return forwardAsync(() => this.exporter.shutdown());
  }

  forceFlush(): Promise<void> {
    const exporter = this.exporter;
    return typeof exporter.forceFlush === 'function' ? forwardAsync(() => exporter.forceFlush!()) : Promise.resolve();
  }

  private redactAll(spans: ReadableSpan[]): ReadableSpan[] {
    let copy: ReadableSpan[] | undefined;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      let redacted: ReadableSpan | undefined;
      try {
        redacted = redactSpan(span, this.scrubber);
      } catch (error) {
        this.failures.report('scrubbing a span', error, 'the span was left out of the export');
      }
      if (redacted === span) {
        if (copy !== undefined) copy.push(span);
        continue;
      }
      copy ??= spans.slice(0, i);
      if (redacted !== undefined) copy.push(redacted);
    }
    return copy ?? spans;
  }
}
