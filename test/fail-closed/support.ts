// Helpers for the fail-closed tests: a diag logger capturing everything (DiagLogLevel.ALL),
// recording processors and exporters, and components that fail on purpose.
import { diag, DiagLogLevel, type Context, type DiagLogger } from '@opentelemetry/api';
import type { LogRecordProcessor, SdkLogRecord } from '@opentelemetry/sdk-logs';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { inspect } from 'node:util';

export interface CapturedDiag {
  /** Every message at every level, arguments flattened (Error messages and stacks included). */
  readonly messages: string[];
  /** Everything captured, joined, for "does not contain" checks. */
  text(): string;
  dispose(): void;
}

function flatten(argument: unknown): string {
  if (argument instanceof Error) return `${argument.name}: ${argument.message}\n${argument.stack ?? ''}`;
  if (typeof argument === 'string') return argument;
  return inspect(argument, { depth: 8 });
}

/** Captures diag output at DiagLogLevel.ALL until `dispose()`. */
export function captureDiag(): CapturedDiag {
  const messages: string[] = [];
  const record = (level: string) => (message: string, ...args: unknown[]) => {
    messages.push(`${level} ${[message, ...args].map(flatten).join(' ')}`);
  };
  const logger: DiagLogger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug'), verbose: record('verbose') };
  diag.setLogger(logger, { logLevel: DiagLogLevel.ALL, suppressOverrideMessage: true });
  return { messages, text: () => messages.join('\n'), dispose: () => diag.disable() };
}

/** Keeps what it is handed; optionally throws from one hook after recording. */
export class RecordingSpanProcessor implements SpanProcessor {
  readonly ended: ReadableSpan[] = [];
  constructor(private readonly throwFrom?: 'onStart' | 'onEnd' | 'forceFlush' | 'shutdown', private readonly error: unknown = new Error('downstream failed')) {}
  onStart(_span: Span, _context: Context): void {
    if (this.throwFrom === 'onStart') throw this.error;
  }
  onEnd(span: ReadableSpan): void {
    this.ended.push(span);
    if (this.throwFrom === 'onEnd') throw this.error;
  }
  forceFlush(): Promise<void> {
    if (this.throwFrom === 'forceFlush') throw this.error;
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    if (this.throwFrom === 'shutdown') throw this.error;
    return Promise.resolve();
  }
}

/** Keeps a snapshot of each record it is handed (records are mutable during onEmit). */
export class RecordingLogProcessor implements LogRecordProcessor {
  readonly emitted: { body: unknown; attributes: Record<string, unknown> }[] = [];
  constructor(private readonly throwFrom?: 'onEmit' | 'forceFlush' | 'shutdown', private readonly error: unknown = new Error('downstream failed')) {}
  onEmit(record: SdkLogRecord): void {
    this.emitted.push({ body: record.body, attributes: { ...record.attributes } });
    if (this.throwFrom === 'onEmit') throw this.error;
  }
  forceFlush(): Promise<void> {
    if (this.throwFrom === 'forceFlush') throw this.error;
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    if (this.throwFrom === 'shutdown') throw this.error;
    return Promise.resolve();
  }
}

/** An error whose message and properties quote the value, as real errors often do. */
export function quotingError(value: string): Error {
  const error = new Error(`could not handle ${value}`);
  (error as Error & { input: string }).input = value;
  return error;
}
