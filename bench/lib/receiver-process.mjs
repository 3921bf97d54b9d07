import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * The loopback OTLP receiver, run in a child process so that parsing what arrives does not
 * eat the CPU time of the process being measured. Uses the project's receiver
 * (examples/support/otlp-receiver.mjs) when present, else a minimal one that answers 200.
 * IPC: sends { type: 'ready', tracesUrl, logsUrl, implementation }; answers { type: 'count' }
 * with the spans received since the previous count, then forgets them.
 */

const PROJECT_RECEIVER = new URL('../../examples/support/otlp-receiver.mjs', import.meta.url);

function countSpans(body) {
  let spans = 0;
  for (const resourceSpans of body?.resourceSpans ?? []) {
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) spans += scopeSpans.spans?.length ?? 0;
  }
  return spans;
}

async function startProjectReceiver() {
  const { startOtlpReceiver } = await import(PROJECT_RECEIVER.href);
  const receiver = await startOtlpReceiver({ maxBodyBytes: 256 * 1024 * 1024 });
  return {
    implementation: 'examples/support/otlp-receiver.mjs',
    tracesUrl: receiver.endpoints.traces,
    logsUrl: receiver.endpoints.logs,
    drain() {
      let spans = 0;
      let bytes = 0;
      for (const request of receiver.requests) {
        bytes += request.wire.length;
        if (request.signal === 'traces') spans += countSpans(request.body);
      }
      receiver.clear();
      return { spans, bytes };
    },
  };
}

async function startFallbackReceiver() {
  let spans = 0;
  let bytes = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      bytes += raw.length;
      try {
        if (req.url?.startsWith('/v1/traces')) spans += countSpans(JSON.parse(raw.toString('utf8')));
      } catch {
        // Counted as bytes only.
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    implementation: 'bench fallback receiver',
    tracesUrl: `${url}/v1/traces`,
    logsUrl: `${url}/v1/logs`,
    drain() {
      const counted = { spans, bytes };
      spans = 0;
      bytes = 0;
      return counted;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const receiver = existsSync(PROJECT_RECEIVER) ? await startProjectReceiver() : await startFallbackReceiver();
  process.on('message', (message) => {
    if (message?.type === 'count') process.send({ type: 'count', ...receiver.drain() });
    if (message?.type === 'exit') process.exit(0);
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'ready', tracesUrl: receiver.tracesUrl, logsUrl: receiver.logsUrl, implementation: receiver.implementation });
}
