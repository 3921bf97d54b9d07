import type { LogRecordExporter, ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { FailureReporter, forwardAsync } from './failure-reporter.js';
import { resolveRedactionOptions, type PiiRedactionOptions } from './options.js';
import { redactLogRecord } from './redacted-log-record.js';
import { EXPORT_RESULT_FAILED, type LogExportResult } from './sdk-types.js';
import { TelemetryScrubber } from './telemetry-scrubber.js';

const COMPONENT = 'PiiRedactingLogRecordExporter';

/**
 * Wraps a LogRecordExporter: each batch is scrubbed (body, attributes, optionally the
 * resource), then handed to `exporter`. The records themselves are not changed, so other
 * exporters still see them as emitted. Records that cannot be scrubbed are left out.
 */
export class PiiRedactingLogRecordExporter implements LogRecordExporter {
  private readonly exporter: LogRecordExporter;
  private readonly scrubber: TelemetryScrubber;
  private readonly failures = new FailureReporter(COMPONENT);

  constructor(exporter: LogRecordExporter, options?: PiiRedactionOptions) {
    if (typeof exporter?.export !== 'function' || typeof exporter.shutdown !== 'function') {
      throw new TypeError(`otel-pii-redact: invalid ${COMPONENT} options: \`exporter\` must be a LogRecordExporter`);
    }
    this.exporter = exporter;
    this.scrubber = new TelemetryScrubber(resolveRedactionOptions(COMPONENT, options), this.failures);
  }

  export(logs: ReadableLogRecord[], resultCallback: (result: LogExportResult) => void): void {
    const redacted = this.redactAll(logs);
    try {
      this.exporter.export(redacted, resultCallback);
    } catch (error) {
      this.failures.report('exporter.export', error, 'the batch was reported as failed');
      resultCallback({ code: EXPORT_RESULT_FAILED, error: error instanceof Error ? error : new Error('export failed') });
    }
  }

  shutdown(): Promise<void> {
    return forwardAsync(() => this.exporter.shutdown());
  }

  forceFlush(): Promise<void> {
    const exporter = this.exporter;
    return typeof exporter.forceFlush === 'function' ? forwardAsync(() => exporter.forceFlush()) : Promise.resolve();
  }

  private redactAll(logs: ReadableLogRecord[]): ReadableLogRecord[] {
    let copy: ReadableLogRecord[] | undefined;
    for (let i = 0; i < logs.length; i++) {
      const record = logs[i]!;
      let redacted: ReadableLogRecord | undefined;
      try {
        redacted = redactLogRecord(record, this.scrubber);
      } catch (error) {
        this.failures.report('scrubbing a log record', error, 'the record was left out of the export');
      }
      if (redacted === record) {
        if (copy !== undefined) copy.push(record);
        continue;
      }
      copy ??= logs.slice(0, i);
      if (redacted !== undefined) copy.push(redacted);
    }
    return copy ?? logs;
  }
}
