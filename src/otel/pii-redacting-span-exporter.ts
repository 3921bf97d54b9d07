import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { PiiRedactionOptions } from './options.js';
import { redactSpan } from './redacted-span.js';
import { RedactingExporter } from './redacting-exporter.js';
import type { SpanExportResult } from './sdk-types.js';

const SPANS = { component: 'PiiRedactingSpanExporter', exporterType: 'SpanExporter', itemName: 'a span', redact: redactSpan };

/**
 * Wraps a SpanExporter: each batch is scrubbed, then handed to `exporter`. For setups where
 * the processors cannot be changed (a vendor distro building its own pipeline) but the
 * exporter can. Spans that cannot be scrubbed are left out of the batch (fail closed).
 */
export class PiiRedactingSpanExporter extends RedactingExporter<ReadableSpan, SpanExportResult> implements SpanExporter {
  constructor(exporter: SpanExporter, options?: PiiRedactionOptions) {
    super(SPANS, exporter, options);
  }
}
