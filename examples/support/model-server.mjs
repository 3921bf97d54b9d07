// A stand-in for an OpenAI-compatible chat completions endpoint, on loopback, so the demo
// needs no network and no API account. It behaves like a support model with one tool: the
// first turn asks to look the customer up, the turn after the tool result answers, and, as
// real models do, it repeats the customer's details back.

import { once } from 'node:events';
import { createServer } from 'node:http';
import { planted } from './planted.mjs';

const MODEL = 'gpt-4o-mini-2024-07-18';

function approximateTokens(text) {
  return Math.max(1, Math.round(text.length / 4));
}

function completionFor(request, sequence) {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const last = messages[messages.length - 1];
  const wantsTool = last?.role !== 'tool' && Array.isArray(request.tools) && request.tools.length > 0;
  const message = wantsTool
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_rf7Kq2Lm9XbP',
            type: 'function',
            function: { name: 'lookup_customer', arguments: JSON.stringify({ email: planted.email, phone: planted.phone }) },
          },
        ],
      }
    : {
        role: 'assistant',
        content:
          `I found the duplicate charge on card ${planted.card} and refunded it to ${planted.iban}. ` +
          `A confirmation is on its way to ${planted.email}.`,
      };
  const promptTokens = approximateTokens(JSON.stringify(messages));
  const completionTokens = approximateTokens(JSON.stringify(message));
  return {
    id: `chatcmpl-demo${String(sequence).padStart(4, '0')}`,
    object: 'chat.completion',
    created: 1735689600 + sequence,
    model: MODEL,
    system_fingerprint: 'fp_demo0001',
    choices: [{ index: 0, message, finish_reason: wantsTool ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

function reply(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Starts the stand-in model on 127.0.0.1 and a free port. `url` is the base URL (`…/v1`). */
export async function startModelServer() {
  let sequence = 0;
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return reply(res, 404, { error: { message: 'not found' } });
    if (!String(req.headers.authorization ?? '').startsWith('Bearer ')) {
      return reply(res, 401, { error: { message: 'missing API key' } });
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let request;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(res, 400, { error: { message: 'invalid JSON' } });
      }
      sequence++;
      // A little latency, so durations in the trace look like a model call.
      setTimeout(() => reply(res, 200, completionFor(request, sequence)), 15);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
