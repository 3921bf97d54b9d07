import type { Attributes, HrTime, Link, SpanContext, SpanKind, SpanStatus } from '@opentelemetry/api';
import type { ReadableSpan, TimedEvent } from '@opentelemetry/sdk-trace-base';
import type { ResourceLike } from './sdk-types.js';
import type { TelemetryScrubber } from './telemetry-scrubber.js';

/** The parts of a span the scrubber may change. */
interface ScrubbedParts {
  readonly name: string;
  readonly status: SpanStatus;
  readonly attributes: Attributes;
  readonly events: TimedEvent[];
  readonly links: Link[];
  readonly resource: ResourceLike;
}

/**
 * A read-only copy of an ended span with scrubbed parts. Built field by field: the SDK's
 * span keeps `spanContext()`, `duration`, `ended` and the dropped counts on its prototype,
 * so a spread copy would lose them. Keeps no reference to the original span.
 */
export class RedactedSpan implements ReadableSpan {
  readonly name: string;
  readonly kind: SpanKind;
  readonly parentSpanContext: SpanContext | undefined;
  readonly startTime: HrTime;
  readonly endTime: HrTime;
  readonly duration: HrTime;
  readonly ended: boolean;
  readonly status: SpanStatus;
  readonly attributes: Attributes;
  readonly links: Link[];
  readonly events: TimedEvent[];
  readonly resource: ResourceLike;
  readonly instrumentationScope: ReadableSpan['instrumentationScope'];
  readonly droppedAttributesCount: number;
  readonly droppedEventsCount: number;
  readonly droppedLinksCount: number;
  readonly #spanContext: SpanContext;

  constructor(span: ReadableSpan, parts: ScrubbedParts) {
    this.#spanContext = span.spanContext();
    this.name = parts.name;
    this.kind = span.kind;
    this.parentSpanContext = span.parentSpanContext;
    this.startTime = span.startTime;
    this.endTime = span.endTime;
    this.duration = span.duration;
    this.ended = span.ended;
    this.status = parts.status;
    this.attributes = parts.attributes;
    this.links = parts.links;
    this.events = parts.events;
    this.resource = parts.resource;
    this.instrumentationScope = span.instrumentationScope;
    this.droppedAttributesCount = span.droppedAttributesCount;
    this.droppedEventsCount = span.droppedEventsCount;
    this.droppedLinksCount = span.droppedLinksCount;
  }

  spanContext(): SpanContext {
    return this.#spanContext;
  }
}

/**
 * The span as it may leave the process: the original itself when nothing needed scrubbing
 * (no allocation), else a RedactedSpan. Throws only if the span's own fields cannot be read.
 */
export function redactSpan(span: ReadableSpan, scrubber: TelemetryScrubber): ReadableSpan {
  // Each field is read once: a getter returning a fresh object must not look like a change.
  const rawName = span.name;
  const rawStatus = span.status;
  const rawAttributes = span.attributes;
  const rawEvents = span.events;
  const rawLinks = span.links;
  const rawResource = span.resource;
  const name = scrubber.spanName(rawName);
  const status = scrubber.status(rawStatus);
  const attributes = scrubber.attributes(rawAttributes);
  const events = scrubber.events(rawEvents);
  const links = scrubber.links(rawLinks);
  const resource = scrubber.resource(rawResource);
  if (
    name === rawName &&
    status === rawStatus &&
    attributes === rawAttributes &&
    events === rawEvents &&
    links === rawLinks &&
    resource === rawResource
  ) {
    return span;
  }
  return new RedactedSpan(span, { name, status, attributes, events, links, resource });
}
