import type { Attributes } from '@opentelemetry/api';
import type { RawResourceAttribute, ResourceLike } from './sdk-types.js';
import type { TelemetryScrubber } from './telemetry-scrubber.js';

/**
 * A Resource whose attributes come out scrubbed. While the original still waits for async
 * attributes (detectors), each read scrubs afresh; once settled the result is kept. Holds
 * the original only to delegate: the raw attributes are never handed out.
 */
export class RedactedResource implements ResourceLike {
  readonly #original: ResourceLike;
  readonly #scrubber: TelemetryScrubber;
  #settled: Attributes | undefined;

  constructor(original: ResourceLike, scrubber: TelemetryScrubber, scrubbedAttributes?: Attributes) {
    this.#original = original;
    this.#scrubber = scrubber;
    this.#settled = scrubbedAttributes;
  }

  get asyncAttributesPending(): boolean | undefined {
    return this.#original.asyncAttributesPending;
  }

  get schemaUrl(): string | undefined {
    return this.#original.schemaUrl;
  }

  get attributes(): Attributes {
    if (this.#settled !== undefined) return this.#settled;
    const pending = this.#original.asyncAttributesPending;
    const scrubbed = this.#scrubber.attributes(this.#original.attributes);
    if (!pending) this.#settled = scrubbed;
    return scrubbed;
  }

  waitForAsyncAttributes(): Promise<void> {
    return this.#original.waitForAsyncAttributes?.() ?? Promise.resolve();
  }

  merge(other: ResourceLike | null): ResourceLike {
    return this.#scrubber.resource(this.#original.merge(other));
  }

  getRawAttributes(): RawResourceAttribute[] {
    const redactor = this.#scrubber.redactor;
    return this.#original.getRawAttributes().map(([key, value]): RawResourceAttribute => {
      if (isPromiseLike(value)) {
        return [key, Promise.resolve(value).then((settled) => redactor.redactValue(settled, key) as typeof settled)];
      }
      return [key, redactor.redactValue(value, key) as typeof value];
    });
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';
}
