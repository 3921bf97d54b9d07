import type { FailureReporter } from './failure-reporter.js';
import type { WritableLogRecord } from './sdk-types.js';
import { isUnreadableSet, type TelemetryScrubber, UNSCANNED_PLACEHOLDER } from './telemetry-scrubber.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type AnyValue = Parameters<WritableLogRecord['setAttribute']>[1];

const NOT_WRITABLE = new TypeError('field is not writable');

/**
 * Scrubs a log record during `onEmit`, the only time the SDK lets a processor modify it:
 * body and attributes through the record's setters, with a direct write as fallback when a
 * setter ignored the value (the raw value must not stay). Never throws.
 */
export function scrubLogRecordInPlace(record: WritableLogRecord, scrubber: TelemetryScrubber, failures: FailureReporter): void {
  try {
    scrub(record, scrubber, failures);
  } catch (error) {
    failures.report('scrubbing a log record', error, `its body and attribute values were replaced with ${UNSCANNED_PLACEHOLDER}`);
    blankEverything(record);
  }
}

function scrub(record: WritableLogRecord, scrubber: TelemetryScrubber, failures: FailureReporter): void {
  const body = record.body;
  if (body !== undefined && body !== null) {
    const scrubbedBody = scrubber.value(body) as typeof body;
    if (scrubbedBody !== body) {
      record.setBody(scrubbedBody);
      if (record.body !== scrubbedBody) (record as Writable<WritableLogRecord>).body = scrubbedBody;
      if (record.body !== scrubbedBody) failures.report('writing the log body', NOT_WRITABLE, 'the body is unscrubbed');
    }
  }

  const attributes = record.attributes;
  const scrubbedAttributes = scrubber.attributes(attributes);
  if (isUnreadableSet(scrubbedAttributes)) {
    (record as Writable<WritableLogRecord>).attributes = {};
  } else if (scrubbedAttributes !== attributes) {
    for (const key of Object.keys(scrubbedAttributes)) {
      const before = attributes[key];
      const after = scrubbedAttributes[key];
      if (after !== before) setAttribute(record, key, before, after as AnyValue);
    }
  }

  const resource = record.resource;
  const scrubbedResource = scrubber.resource(resource);
  if (scrubbedResource !== resource) {
    (record as Writable<WritableLogRecord>).resource = scrubbedResource;
    if (record.resource !== scrubbedResource) {
      failures.report('writing the log record resource', NOT_WRITABLE, 'resource attributes are unscrubbed; use PiiRedactingLogRecordExporter');
    }
  }
}

/** The setter applies limits and validation; if it left the raw value, write past it. */
function setAttribute(record: WritableLogRecord, key: string, before: unknown, after: AnyValue): void {
  record.setAttribute(key, after);
  if (record.attributes[key] === before) (record.attributes as Record<string, unknown>)[key] = after;
}

function blankEverything(record: WritableLogRecord): void {
  try {
    record.setBody(UNSCANNED_PLACEHOLDER);
    const attributes = record.attributes as Record<string, unknown>;
    for (const key of Object.keys(attributes)) attributes[key] = UNSCANNED_PLACEHOLDER;
  } catch {
    // Nothing more can be done in place; the failure has been reported.
  }
}
