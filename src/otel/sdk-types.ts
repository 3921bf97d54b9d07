import type { LogRecordExporter, LogRecordProcessor, ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

// Types derived from the SDK interfaces instead of imported from @opentelemetry/core and
// @opentelemetry/resources, which are not peer dependencies of this package.

/** A Resource as spans and log records carry it. */
export type ResourceLike = ReadableSpan['resource'];

/** One `[key, value or promise of value]` entry of `Resource.getRawAttributes()`. */
export type RawResourceAttribute = ReturnType<ResourceLike['getRawAttributes']>[number];

export type SpanExportResult = Parameters<Parameters<SpanExporter['export']>[1]>[0];

export type LogExportResult = Parameters<Parameters<LogRecordExporter['export']>[1]>[0];

/** The record a LogRecordProcessor may modify during `onEmit` (`SdkLogRecord` / `ReadWriteLogRecord`). */
export type WritableLogRecord = Parameters<LogRecordProcessor['onEmit']>[0];

export type LogRecordEnabledOptions = Parameters<NonNullable<LogRecordProcessor['enabled']>>[0];

export type LogBodyValue = ReadableLogRecord['body'];

/** `ExportResultCode.FAILED` of @opentelemetry/core: a stable protocol value, inlined to avoid the runtime import. */
export const EXPORT_RESULT_FAILED = 1;
