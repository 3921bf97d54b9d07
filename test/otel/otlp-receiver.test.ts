import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anyValueToJs, startOtlpReceiver, type OtlpReceiver } from '../../examples/support/otlp-receiver.mjs';

function post(url: string, body: Buffer | string, headers: Record<string, string> = {}, method = 'POST'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const TRACE_BODY = {
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
      scopeSpans: [
        {
          scope: { name: 'scope', version: '1.0.0' },
          spans: [
            {
              traceId: '0af7651916cd43dd8448eb211c80319c',
              spanId: 'b7ad6b7169203331',
              parentSpanId: '',
              name: 'root',
              kind: 2,
              attributes: [
                { key: 'n', value: { intValue: '42' } },
                { key: 'list', value: { arrayValue: { values: [{ stringValue: 'a' }, { boolValue: true }] } } },
                { key: 'map', value: { kvlistValue: { values: [{ key: 'k', value: { doubleValue: 1.5 } }] } } },
              ],
              events: [{ name: 'e', timeUnixNano: '1', attributes: [] }],
              status: { code: 2, message: 'bad' },
            },
          ],
        },
      ],
    },
  ],
};

let receiver: OtlpReceiver;
beforeEach(async () => {
  receiver = await startOtlpReceiver();
});
afterEach(async () => {
  await receiver.close();
});

describe('otlp-receiver', () => {
  it('listens on 127.0.0.1 with a free port and exposes the three endpoints', () => {
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(receiver.endpoints).toEqual({
      traces: `${receiver.url}/v1/traces`,
      logs: `${receiver.url}/v1/logs`,
      metrics: `${receiver.url}/v1/metrics`,
    });
  });

  it('accepts OTLP JSON, keeps the raw bytes and decodes spans', async () => {
    const text = JSON.stringify(TRACE_BODY);
    const response = await post(receiver.endpoints.traces, text, { 'content-type': 'application/json' });
    expect(response).toEqual({ status: 200, body: '{}' });
    expect(receiver.rawText('traces')).toBe(text);
    const [span] = await receiver.waitForSpans(1);
    expect(span).toMatchObject({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      parentSpanId: undefined,
      name: 'root',
      attributes: { n: 42, list: ['a', true], map: { k: 1.5 } },
      status: { code: 2, message: 'bad' },
      resource: { 'service.name': 'svc' },
      scope: { name: 'scope', version: '1.0.0' },
    });
    expect(span!.events[0]!.name).toBe('e');
  });

  it('decompresses gzip bodies and keeps the compressed wire bytes too', async () => {
    const text = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'hello' } }] }] }] });
    const wire = gzipSync(text);
    await post(receiver.endpoints.logs, wire, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    const [record] = await receiver.waitForLogRecords(1);
    expect(record!.body).toBe('hello');
    expect(receiver.requests[0]!.wire.equals(wire)).toBe(true);
    expect(receiver.requests[0]!.contentEncoding).toBe('gzip');
    expect(receiver.rawText('logs')).toBe(text);
  });

  it('keeps protobuf bodies as bytes only', async () => {
    const response = await post(receiver.endpoints.metrics, Buffer.from([0x0a, 0x00]), { 'content-type': 'application/x-protobuf' });
    expect(response.status).toBe(200);
    expect(receiver.requests[0]!.body).toBeUndefined();
    expect(receiver.requests[0]!.raw).toEqual(Buffer.from([0x0a, 0x00]));
  });

  it('rejects unknown paths, other methods, bad encodings and bad JSON', async () => {
    expect((await post(`${receiver.url}/v1/other`, '{}')).status).toBe(404);
    expect((await post(receiver.endpoints.traces, '', {}, 'PUT')).status).toBe(405);
    expect((await post(receiver.endpoints.traces, 'x', { 'content-encoding': 'br' })).status).toBe(415);
    expect((await post(receiver.endpoints.traces, '{', { 'content-type': 'application/json' })).status).toBe(400);
    expect(receiver.requests.map((r) => r.parseError !== undefined)).toEqual([true]);
  });

  it('times out a wait with the counts in the message, and clear() forgets everything', async () => {
    await post(receiver.endpoints.traces, JSON.stringify(TRACE_BODY), { 'content-type': 'application/json' });
    await expect(receiver.waitForSpans(2, { timeoutMs: 50 })).rejects.toThrow('waiting for 2 spans (got 1)');
    receiver.clear();
    expect(receiver.spans()).toEqual([]);
  });

  it('decodes large integers without losing digits', () => {
    expect(anyValueToJs({ intValue: '12345678901234567890' })).toBe('12345678901234567890');
    expect(anyValueToJs({ intValue: 7 })).toBe(7);
  });
});
