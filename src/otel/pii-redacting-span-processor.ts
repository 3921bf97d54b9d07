import { diag, type Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { FailureReporter, forwardAsync } from './failure-reporter.js';
import { resolveRedactionOptions, type PiiRedactionOptions } from './options.js';
import { redactSpan } from './redacted-span.js';
import { scrubSpanInPlace } from './scrub-span-in-place.js';
import { TelemetryScrubber } from './telemetry-scrubber.js';

const COMPONENT = 'PiiRedactingSpanProcessor';

/**
 * Scrubs PII and secrets from spans before they are exported. Two modes:
 *
 * - **Wrapping** (`new PiiRedactingSpanProcessor(next, options)`): `next` (e.g. a
 *   BatchSpanProcessor) receives a redacted read-only view in `onEnd`; the original span is
 *   not touched, so processors outside the wrapper still see it as recorded. Fails closed:
 *   a span that cannot be scrubbed is not handed on.
 * - **In place** (`PiiRedactingSpanProcessor.inPlace(options)`, or `next` undefined): a plain
 *   member of the provider's `spanProcessors` list that scrubs the span itself in the
 *   experimental `onEnding` hook, while it is still writable. The SDK calls every
 *   `onEnding` before any `onEnd`, so every processor's `onEnd` sees scrubbed data; list it
 *   first so other processors' `onEnding` hooks do too.
 *
 * Hooks never throw: failures of the wrapped processor are caught and reported via `diag`.
 */
export class PiiRedactingSpanProcessor implements SpanProcessor {
  private readonly next: SpanProcessor | undefined;
  private readonly scrubber: TelemetryScrubber;
  private readonly failures = new FailureReporter(COMPONENT);
  private onEndingCalled = false;
  private warnedNoOnEnding = false;

  /** The in-place form, for a `spanProcessors` list: same as `new PiiRedactingSpanProcessor(undefined, options)`. */
  static inPlace(options?: PiiRedactionOptions): PiiRedactingSpanProcessor {
    return new PiiRedactingSpanProcessor(undefined, options);
  }

  constructor(next?: SpanProcessor, options?: PiiRedactionOptions) {
    if (next !== undefined && !isSpanProcessor(next)) {
      throw new TypeError(`otel-pii-redact: invalid ${COMPONENT} options: \`next\` must be a SpanProcessor or undefined`);
    }
    this.next = next;
    this.scrubber = new TelemetryScrubber(resolveRedactionOptions(COMPONENT, options), this.failures);
    if (typeof next?.onEnding === 'function') {
      diag.warn(
        `otel-pii-redact: ${COMPONENT}: the wrapped processor's onEnding hook will not be called, because it would see unscrubbed, writable spans; list it after an in-place PiiRedactingSpanProcessor instead`,
      );
    }
  }

  onStart(span: Span, parentContext: Context): void {
    const next = this.next;
    if (next !== undefined) this.failures.call('next.onStart', () => next.onStart(span, parentContext));
  }

  onEnding(span: Span): void {
    if (this.next !== undefined) return;
    this.onEndingCalled = true;
    scrubSpanInPlace(span, this.scrubber, this.failures);
  }

  onEnd(span: ReadableSpan): void {
    const next = this.next;
    if (next === undefined) {
      // SDKs before onEnding existed: the span has ended, but its storage is still writable.
      if (!this.onEndingCalled) {
        this.warnNoOnEnding();
        scrubSpanInPlace(span as Span, this.scrubber, this.failures);
      }
      return;
    }
    let redacted: ReadableSpan;
    try {
      redacted = redactSpan(span, this.scrubber);
    } catch (error) {
      this.failures.report('scrubbing a span', error, 'the span was dropped');
      return;
    }
    this.failures.call('next.onEnd', () => next.onEnd(redacted));
  }

  private warnNoOnEnding(): void {
    if (this.warnedNoOnEnding) return;
    this.warnedNoOnEnding = true;
    diag.warn(
      `otel-pii-redact: ${COMPONENT}: this SDK does not call onEnding, so spans are scrubbed in onEnd; processors listed before this one may export unscrubbed spans. Prefer the wrapping mode.`,
    );
  }

  forceFlush(): Promise<void> {
    const next = this.next;
    return next === undefined ? Promise.resolve() : forwardAsync(() => next.forceFlush());
  }

  shutdown(): Promise<void> {
    const next = this.next;
    return next === undefined ? Promise.resolve() : forwardAsync(() => next.shutdown());
  }
}

function isSpanProcessor(value: unknown): value is SpanProcessor {
  const candidate = value as Partial<SpanProcessor> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.onStart === 'function' &&
    typeof candidate.onEnd === 'function' &&
    typeof candidate.forceFlush === 'function' &&
    typeof candidate.shutdown === 'function'
  );
}
