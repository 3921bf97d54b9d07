import { diag } from '@opentelemetry/api';
import { errorKind } from '../engine/error-kind.js';

/**
 * Reports a failure through `diag.error` once per source, naming only the error class:
 * error messages may quote the telemetry value that caused them.
 */
export class FailureReporter {
  private readonly component: string;
  private readonly reported = new Set<string>();

  constructor(component: string) {
    this.component = component;
  }

  /** `consequence` says what happened instead, e.g. "the span was dropped". */
  report(source: string, error: unknown, consequence: string): void {
    if (this.reported.has(source)) return;
    this.reported.add(source);
    diag.error(`otel-pii-redact: ${this.component} ${source} failed (${errorKind(error)}); ${consequence}`);
  }

  /** Runs a hook of the wrapped processor or exporter; a throw is reported, never propagated. */
  call(source: string, hook: () => void): void {
    try {
      hook();
    } catch (error) {
      this.report(source, error, 'the error was caught so the application keeps running');
    }
  }
}

/** Calls an async hook, turning a synchronous throw into a rejected promise. */
export function forwardAsync(hook: () => Promise<void>): Promise<void> {
  try {
    return Promise.resolve(hook());
  } catch (error) {
    return Promise.reject(error);
  }
}
