import type { Span } from '@opentelemetry/sdk-trace-base';
import type { FailureReporter } from './failure-reporter.js';
import { type TelemetryScrubber, UNSCANNED_PLACEHOLDER } from './telemetry-scrubber.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const NOT_WRITABLE = new TypeError('field is not writable');

/**
 * Scrubs a span where it stands, for the `onEnding` hook (span still writable) or, on SDKs
 * that never call `onEnding`, at the start of `onEnd`. Attribute, event and link storage
 * belong to the span, so they are written directly; that also works once the span has
 * ended, when `setAttribute` is ignored. Never throws.
 */
export function scrubSpanInPlace(span: Span, scrubber: TelemetryScrubber, failures: FailureReporter): void {
  try {
    scrub(span, scrubber, failures);
  } catch (error) {
    failures.report('scrubbing a span in place', error, `its attribute values were replaced with ${UNSCANNED_PLACEHOLDER}`);
    blankEverything(span);
  }
}

function scrub(span: Span, scrubber: TelemetryScrubber, failures: FailureReporter): void {
  const writable = span as Writable<Span>;

  // A set whose keys cannot be read cannot be scrubbed: it is dropped.
  if (!scrubber.attributesInPlace(span.attributes as Record<string, unknown>)) writable.attributes = {};

  const events = span.events;
  const scrubbedEvents = scrubber.events(events);
  if (scrubbedEvents !== events) for (let i = 0; i < events.length; i++) events[i] = scrubbedEvents[i]!;

  const links = span.links;
  const scrubbedLinks = scrubber.links(links);
  if (scrubbedLinks !== links) for (let i = 0; i < links.length; i++) links[i] = scrubbedLinks[i]!;

  const status = span.status;
  const scrubbedStatus = scrubber.status(status);
  if (scrubbedStatus !== status) {
    writable.status = scrubbedStatus;
    if (span.status !== scrubbedStatus) failures.report('writing span.status', NOT_WRITABLE, 'the status message is unscrubbed; use the wrapping mode');
  }

  const name = span.name;
  const scrubbedName = scrubber.spanName(name);
  if (scrubbedName !== name) {
    if (!span.ended) span.updateName(scrubbedName);
    if (span.name !== scrubbedName) writable.name = scrubbedName;
    if (span.name !== scrubbedName) failures.report('writing span.name', NOT_WRITABLE, 'the span name is unscrubbed; use the wrapping mode');
  }

  const resource = span.resource;
  const scrubbedResource = scrubber.resource(resource);
  if (scrubbedResource !== resource) {
    writable.resource = scrubbedResource;
    if (span.resource !== scrubbedResource) {
      failures.report('writing span.resource', NOT_WRITABLE, 'resource attributes are unscrubbed; use the wrapping mode');
    }
  }
}

/** Last resort after an unexpected failure: no attribute value of the span survives. */
function blankEverything(span: Span): void {
  try {
    blank(span.attributes);
    for (const event of span.events) if (event.attributes !== undefined) event.attributes = blankCopy(event.attributes);
    for (const link of span.links) if (link.attributes !== undefined) link.attributes = blankCopy(link.attributes);
  } catch {
    // Nothing more can be done in place; the failure has been reported.
  }
}

function blank(attributes: Readonly<Record<string, unknown>>): void {
  const writable = attributes as Record<string, unknown>;
  for (const key of Object.keys(writable)) writable[key] = UNSCANNED_PLACEHOLDER;
}

function blankCopy(attributes: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(attributes)) out[key] = UNSCANNED_PLACEHOLDER;
  return out;
}
