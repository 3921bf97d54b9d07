// The loopback OTLP receiver in its own process, as a collector would be: the application's
// event loop and heap then hold only the application. It counts spans and log records and
// looks for planted values in the raw bytes, forgetting each request once counted so that a
// long soak does not fill its memory.
//
// Protocol (IPC): sends { type: 'ready', traces, logs } once listening; answers
// { type: 'report' } with running totals { type: 'report', spans, logRecords, requests, bytes, leaks, leaksByValue, unparsed }.
import { startOtlpReceiver } from '../../examples/support/otlp-receiver.mjs';

const planted = JSON.parse(process.env.SOAK_PLANTED ?? '[]');
const receiver = await startOtlpReceiver({ maxBodyBytes: 256 * 1024 * 1024 });

const totals = { spans: 0, logRecords: 0, requests: 0, bytes: 0, leaks: 0, leaksByValue: {}, unparsed: 0 };

function countSpans(body) {
  let count = 0;
  for (const resource of body?.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) count += scope.spans?.length ?? 0;
  return count;
}

function countLogRecords(body) {
  let count = 0;
  for (const resource of body?.resourceLogs ?? []) for (const scope of resource.scopeLogs ?? []) count += scope.logRecords?.length ?? 0;
  return count;
}

/** Synchronous: no request can arrive between counting and clearing. */
function drain() {
  for (const request of receiver.requests) {
    totals.requests++;
    totals.bytes += request.raw.length;
    if (request.body === undefined) totals.unparsed++;
    if (request.signal === 'traces') totals.spans += countSpans(request.body);
    if (request.signal === 'logs') totals.logRecords += countLogRecords(request.body);
    if (planted.length > 0) {
      const text = request.raw.toString('utf8');
      for (const value of planted) {
        if (text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1))) {
          totals.leaks++;
          totals.leaksByValue[value] = (totals.leaksByValue[value] ?? 0) + 1;
        }
      }
    }
  }
  receiver.clear();
}

setInterval(drain, 50).unref();

process.on('message', (message) => {
  if (message?.type === 'report') {
    drain();
    process.send({ type: 'report', ...totals });
  } else if (message?.type === 'close') {
    receiver.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));

process.send({ type: 'ready', traces: receiver.endpoints.traces, logs: receiver.endpoints.logs });
