/** Type declarations for otlp-receiver.mjs, so TypeScript tests and examples can import it. */

export type OtlpSignal = 'traces' | 'logs' | 'metrics';

export interface OtlpReceiverOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Larger request bodies get 413. Default 64 MiB. */
  maxBodyBytes?: number;
}

export interface WaitOptions {
  /** Default 10000. */
  timeoutMs?: number;
}

export interface ReceivedRequest {
  signal: OtlpSignal;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  /** `identity`, `gzip`, `x-gzip` or `deflate`. */
  contentEncoding: string;
  /** The body exactly as received (possibly compressed). */
  wire: Buffer;
  /** The body after decompression: the bytes the exporter serialised. */
  raw: Buffer;
  /** Parsed OTLP JSON; undefined for protobuf or unparseable bodies. */
  body: any;
  parseError?: string;
  receivedAt: number;
}

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  startTimeUnixNano: string | number;
  endTimeUnixNano: string | number;
  attributes: Record<string, unknown>;
  events: { name: string; timeUnixNano: string | number; attributes: Record<string, unknown> }[];
  links: { traceId: string; spanId: string; attributes: Record<string, unknown> }[];
  status: { code: number; message: string | undefined };
  resource: Record<string, unknown>;
  scope: { name: string | undefined; version: string | undefined };
  /** The span as received (OTLP JSON). */
  otlp: any;
}

export interface ReceivedLogRecord {
  body: unknown;
  attributes: Record<string, unknown>;
  severityText: string | undefined;
  severityNumber: number | undefined;
  eventName: string | undefined;
  traceId: string | undefined;
  spanId: string | undefined;
  timeUnixNano: string | number | undefined;
  resource: Record<string, unknown>;
  scope: { name: string | undefined; version: string | undefined };
  /** The log record as received (OTLP JSON). */
  otlp: any;
}

export interface ReceivedMetric {
  resource: Record<string, unknown>;
  scope: { name: string | undefined; version: string | undefined };
  /** The metric as received (OTLP JSON). */
  metric: any;
}

export interface OtlpReceiver {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** Full URLs for the exporters' `url` option. */
  readonly endpoints: { readonly traces: string; readonly logs: string; readonly metrics: string };
  /** Every accepted request in arrival order (live array). */
  readonly requests: ReceivedRequest[];
  /** Decompressed bodies of one signal (or all) as UTF-8 text, joined by newlines. */
  rawText(signal?: OtlpSignal): string;
  /** Parsed JSON bodies of one signal (or all). */
  bodies(signal?: OtlpSignal): any[];
  spans(): ReceivedSpan[];
  logRecords(): ReceivedLogRecord[];
  metrics(): ReceivedMetric[];
  waitForSpans(count: number, options?: WaitOptions): Promise<ReceivedSpan[]>;
  waitForLogRecords(count: number, options?: WaitOptions): Promise<ReceivedLogRecord[]>;
  waitForRequests(signal: OtlpSignal | undefined, count: number, options?: WaitOptions): Promise<ReceivedRequest[]>;
  clear(): void;
  close(): Promise<void>;
}

export function startOtlpReceiver(options?: OtlpReceiverOptions): Promise<OtlpReceiver>;
export function anyValueToJs(value: unknown): unknown;
export function attributesToObject(keyValues: readonly { key: string; value: unknown }[] | undefined): Record<string, unknown>;
export function decodeSpans(body: unknown): ReceivedSpan[];
export function decodeLogRecords(body: unknown): ReceivedLogRecord[];
export function decodeMetrics(body: unknown): ReceivedMetric[];
