import { diag, metrics, type Attributes, type Counter, type MeterProvider } from '@opentelemetry/api';
import type { Redactor } from '../engine/redactor.js';
import type { PiiType } from '../engine/types.js';
import { errorKind } from '../engine/error-kind.js';

export const METER_NAME = 'otel-pii-redact';
export const FINDINGS_COUNTER_NAME = 'otel_pii_redact.findings';
export const PII_TYPE_ATTRIBUTE = 'pii.type';

const attached = new WeakSet<Redactor>();

/**
 * Counts a redactor's findings on `otel_pii_redact.findings{pii.type}`. Only the type and the
 * count are recorded, never a value. Attached once per redactor, so processors sharing one
 * redactor do not count twice.
 */
export function attachFindingCounter(redactor: Redactor, meterProvider?: MeterProvider): void {
  if (attached.has(redactor)) return;
  attached.add(redactor);
  const counter = new FindingCounter(meterProvider);
  redactor.onFinding((type, count) => counter.add(type, count));
}

/**
 * Resolves the counter lazily: with the global provider, processors are usually built before
 * NodeSDK registers its MeterProvider, and the metrics API has no proxy provider to bridge that.
 */
class FindingCounter {
  private readonly explicitProvider: MeterProvider | undefined;
  private provider: MeterProvider | undefined;
  private counter: Counter | undefined;
  private readonly attributesByType = new Map<PiiType, Attributes>();
  private failed = false;

  constructor(explicitProvider: MeterProvider | undefined) {
    this.explicitProvider = explicitProvider;
  }

  add(type: PiiType, count: number): void {
    // A throw here would surface inside the redactor and replace the value being scrubbed.
    try {
      this.counterFor(this.explicitProvider ?? metrics.getMeterProvider()).add(count, this.attributesFor(type));
    } catch (error) {
      if (this.failed) return;
      this.failed = true;
      diag.error(`otel-pii-redact: recording ${FINDINGS_COUNTER_NAME} failed (${errorKind(error)}); later failures are not reported`);
    }
  }

  private counterFor(provider: MeterProvider): Counter {
    if (provider !== this.provider || this.counter === undefined) {
      this.counter = provider.getMeter(METER_NAME).createCounter(FINDINGS_COUNTER_NAME, {
        description: 'PII and secret findings redacted (or, in report mode, that would have been), by type. Never records values.',
        unit: '{finding}',
      });
      this.provider = provider;
    }
    return this.counter;
  }

  private attributesFor(type: PiiType): Attributes {
    let attributes = this.attributesByType.get(type);
    if (attributes === undefined) {
      attributes = { [PII_TYPE_ATTRIBUTE]: type };
      this.attributesByType.set(type, attributes);
    }
    return attributes;
  }
}
