import type { Link, SpanStatus } from '@opentelemetry/api';
import type { TimedEvent } from '@opentelemetry/sdk-trace-base';
import type { Redactor } from '../engine/redactor.js';
import { SCAN_ERROR_TYPE } from '../engine/scanner.js';
import { placeholder } from '../strategies/redact.js';
import type { FailureReporter } from './failure-reporter.js';
import type { ResolvedRedactionOptions } from './options.js';
import { RedactedResource } from './redacted-resource.js';
import type { ResourceLike } from './sdk-types.js';

/** What replaces values the scrubber could not examine. */
export const UNSCANNED_PLACEHOLDER = placeholder(SCAN_ERROR_TYPE);

type AttributeMap = Readonly<Record<string, unknown>>;

const hasOwn = Object.prototype.hasOwnProperty;

/** Marks the empty set `attributes` answers for a set whose keys cannot be read. */
const UNREADABLE = Symbol('otel-pii-redact.unreadable-attributes');

/**
 * Whether `attributes` answered `scrubbed` for a set whose keys cannot be read. A caller
 * scrubbing in place cannot blank such a set and must put an empty one in its stead.
 */
export function isUnreadableSet(scrubbed: AttributeMap): boolean {
  return (scrubbed as Record<symbol, unknown>)[UNREADABLE] === true;
}

/**
 * Applies one redactor to the parts of spans and log records: attribute sets, bodies,
 * status messages, events, links, names, resources. Every method returns its input by
 * reference when nothing changed and never throws: what cannot be scrubbed is replaced.
 */
export class TelemetryScrubber {
  readonly redactor: Redactor;
  private readonly scrubNames: boolean;
  private readonly scrubResources: boolean;
  private readonly failures: FailureReporter;
  private readonly resources = new WeakMap<ResourceLike, ResourceLike>();

  constructor(options: ResolvedRedactionOptions, failures: FailureReporter) {
    this.redactor = options.redactor;
    this.scrubNames = options.spanNames;
    this.scrubResources = options.resource;
    this.failures = failures;
  }

  /**
   * An attribute set with every value scrubbed under its key; copied only on the first change.
   * Content a convention records twice in the set is scanned once (see `openAttributeSet`).
   */
  attributes<T extends AttributeMap>(attributes: T): T {
    return this.scrubSet(attributes, false);
  }

  /**
   * `attributes` for the in-place modes: each changed value is written into the set itself, so
   * nothing is copied. A set that cannot be scrubbed has every value replaced there. False when
   * not even that was possible (its keys cannot be read): the caller must then drop the set.
   */
  attributesInPlace(attributes: Record<string, unknown>): boolean {
    const scrubbed = this.scrubSet(attributes, true);
    if (scrubbed === attributes) return true;
    // The scrub failed: the replacement `attributes` would answer goes into the set, if it can.
    if (isUnreadableSet(scrubbed)) return false;
    try {
      Object.assign(attributes, scrubbed);
      return true;
    } catch {
      return false;
    }
  }

  private scrubSet<T extends AttributeMap>(attributes: T, inPlace: boolean): T {
    const opened = this.redactor.openAttributeSet();
    try {
      return this.scrubAttributes(attributes, inPlace);
    } catch (error) {
      this.failures.report('scrubbing an attribute set', error, `every value of the set was replaced with ${UNSCANNED_PLACEHOLDER}`);
      return replaceEveryValue(attributes) as T;
    } finally {
      if (opened) this.redactor.closeAttributeSet();
    }
  }

  /** Scrubs each value; a changed one is written into the set when `inPlace`, else into a copy made at the first change. */
  private scrubAttributes<T extends AttributeMap>(attributes: T, inPlace: boolean): T {
    let copy: Record<string, unknown> | undefined;
    // for-in rather than Object.keys: no array allocated for the common clean case.
    for (const key in attributes) {
      if (!hasOwn.call(attributes, key)) continue;
      const before = attributes[key];
      const after = this.redactor.redactValue(before, key);
      if (after === before) continue;
      if (inPlace) {
        (attributes as Record<string, unknown>)[key] = after;
        continue;
      }
      copy ??= { ...attributes };
      copy[key] = after;
    }
    return (copy ?? attributes) as T;
  }

  /** A log body or any other AnyValue outside an attribute set. */
  value(value: unknown): unknown {
    try {
      return this.redactor.redactValue(value);
    } catch (error) {
      this.failures.report('scrubbing a value', error, `it was replaced with ${UNSCANNED_PLACEHOLDER}`);
      return UNSCANNED_PLACEHOLDER;
    }
  }

  text(text: string): string {
    try {
      return this.redactor.redactString(text);
    } catch (error) {
      this.failures.report('scrubbing a string', error, `it was replaced with ${UNSCANNED_PLACEHOLDER}`);
      return UNSCANNED_PLACEHOLDER;
    }
  }

  /** The span name, scrubbed only when `spanNames` is on. */
  spanName(name: string): string {
    return this.scrubNames && typeof name === 'string' ? this.text(name) : name;
  }

  status(status: SpanStatus): SpanStatus {
    const message = status?.message;
    if (typeof message !== 'string' || message.length === 0) return status;
    const scrubbed = this.text(message);
    return scrubbed === message ? status : { ...status, message: scrubbed };
  }

  events(events: TimedEvent[]): TimedEvent[] {
    return this.eachAttributes(events);
  }

  links(links: Link[]): Link[] {
    return this.eachAttributes(links);
  }

  /** Scrubs the attributes of each item (event or link); unchanged items and arrays are kept by reference. */
  private eachAttributes<T extends { readonly attributes?: AttributeMap }>(items: T[]): T[] {
    let copy: T[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const attributes = item.attributes;
      const scrubbed = attributes === undefined ? attributes : this.attributes(attributes);
      if (scrubbed === attributes) {
        if (copy !== undefined) copy.push(item);
        continue;
      }
      copy ??= items.slice(0, i);
      copy.push({ ...item, attributes: scrubbed });
    }
    return copy ?? items;
  }

  /**
   * The resource when `resource` is on: the original if clean, else a redacted view. One
   * result per distinct resource, so exporters that group by resource identity still do.
   */
  resource<R extends ResourceLike | undefined>(resource: R): R {
    if (!this.scrubResources || resource === undefined || resource === null) return resource;
    const known = this.resources.get(resource);
    if (known !== undefined) return known as R;
    let result: ResourceLike;
    try {
      if (resource.asyncAttributesPending) {
        // Reading attributes now would log an SDK error and miss the async ones: scrub lazily.
        result = new RedactedResource(resource, this);
      } else {
        const attributes = resource.attributes;
        const scrubbed = this.attributes(attributes);
        result = scrubbed === attributes ? resource : new RedactedResource(resource, this, scrubbed);
      }
    } catch (error) {
      this.failures.report('scrubbing a resource', error, `its attributes were dropped`);
      result = new RedactedResource(resource, this, {});
    }
    this.resources.set(resource, result);
    return result as R;
  }
}

/** The fail-closed fallback for an attribute set: keys kept, values gone. */
function replaceEveryValue(attributes: AttributeMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    for (const key of Object.keys(attributes)) out[key] = UNSCANNED_PLACEHOLDER;
  } catch {
    // Even the keys are unreadable: an empty set is the only safe answer. A set of its own, which
    // a later processor may write to; the mark is a non-enumerable symbol no exporter reads.
    const empty: Record<string, unknown> = {};
    Object.defineProperty(empty, UNREADABLE, { value: true });
    return empty;
  }
  return out;
}
