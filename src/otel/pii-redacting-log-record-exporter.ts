import type { LogRecordExporter, ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { PiiRedactionOptions } from './options.js';
import { redactLogRecord } from './redacted-log-record.js';
import { RedactingExporter } from './redacting-exporter.js';
import type { LogExportResult } from './sdk-types.js';

const LOG_RECORDS = {
  component: 'PiiRedactingLogRecordExporter',
  exporterType: 'LogRecordExporter',
  itemName: 'a log record',
  redact: redactLogRecord,
};

/**
 * Wraps a LogRecordExporter: each batch is scrubbed (body, attributes, optionally the
 * resource), then handed to `exporter`. The records themselves are not changed, so other
 * exporters still see them as emitted. Records that cannot be scrubbed are left out.
 */
export class PiiRedactingLogRecordExporter
  extends RedactingExporter<ReadableLogRecord, LogExportResult>
  implements LogRecordExporter
{
  constructor(exporter: LogRecordExporter, options?: PiiRedactionOptions) {
    super(LOG_RECORDS, exporter, options);
  }
}
