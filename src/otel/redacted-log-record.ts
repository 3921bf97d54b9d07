import type { HrTime, SpanContext } from '@opentelemetry/api';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { ResourceLike } from './sdk-types.js';
import type { TelemetryScrubber } from './telemetry-scrubber.js';

interface ScrubbedParts {
  readonly body: ReadableLogRecord['body'];
  readonly attributes: ReadableLogRecord['attributes'];
  readonly resource: ResourceLike;
}

/**
 * A read-only copy of an emitted log record with scrubbed parts. Built field by field: the
 * SDK's record keeps most fields behind prototype getters. The instrumentation scope is
 * passed by identity, which the OTLP transformer groups by.
 */
export class RedactedLogRecord implements ReadableLogRecord {
  readonly hrTime: HrTime;
  readonly hrTimeObserved: HrTime;
  readonly spanContext: SpanContext | undefined;
  readonly severityText: string | undefined;
  readonly severityNumber: ReadableLogRecord['severityNumber'];
  readonly body: ReadableLogRecord['body'];
  readonly eventName: string | undefined;
  readonly resource: ResourceLike;
  readonly instrumentationScope: ReadableLogRecord['instrumentationScope'];
  readonly attributes: ReadableLogRecord['attributes'];
  readonly droppedAttributesCount: number;

  constructor(record: ReadableLogRecord, parts: ScrubbedParts) {
    this.hrTime = record.hrTime;
    this.hrTimeObserved = record.hrTimeObserved;
    this.spanContext = record.spanContext;
    this.severityText = record.severityText;
    this.severityNumber = record.severityNumber;
    this.body = parts.body;
    this.eventName = record.eventName;
    this.resource = parts.resource;
    this.instrumentationScope = record.instrumentationScope;
    this.attributes = parts.attributes;
    this.droppedAttributesCount = record.droppedAttributesCount;
  }
}

/** The record as it may leave the process: the original when clean (no allocation), else a RedactedLogRecord. */
export function redactLogRecord(record: ReadableLogRecord, scrubber: TelemetryScrubber): ReadableLogRecord {
  const rawBody = record.body;
  const rawAttributes = record.attributes;
  const rawResource = record.resource;
  const body = rawBody === undefined || rawBody === null ? rawBody : (scrubber.value(rawBody) as typeof rawBody);
  const attributes = scrubber.attributes(rawAttributes);
  const resource = scrubber.resource(rawResource);
  if (body === rawBody && attributes === rawAttributes && resource === rawResource) return record;
  return new RedactedLogRecord(record, { body, attributes, resource });
}
