import { fork } from 'node:child_process';
import { once } from 'node:events';

const RECEIVER_SCRIPT = new URL('./receiver-process.mjs', import.meta.url);

/** Starts the receiver child process; resolves with its URLs and a `drain()` that counts what arrived. */
export async function startReceiverProcess() {
  const child = fork(RECEIVER_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const [ready] = await once(child, 'message');
  if (ready?.type !== 'ready') throw new Error('receiver did not start');
  return {
    tracesUrl: ready.tracesUrl,
    logsUrl: ready.logsUrl,
    implementation: ready.implementation,
    async drain() {
      child.send({ type: 'count' });
      for (;;) {
        const [message] = await once(child, 'message');
        if (message?.type === 'count') return { spans: message.spans, bytes: message.bytes };
      }
    },
    async close() {
      child.send({ type: 'exit' });
      await once(child, 'exit');
    },
  };
}
