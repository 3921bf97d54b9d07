import { afterAll, beforeAll, describe } from 'vitest';
import { useTextKernel } from '../../src/engine/text/kernel/kernel.js';

/**
 * Declares the suite `body` twice: with the WebAssembly text kernel and with it off (the
 * JavaScript loops), so that both paths meet the same expectations.
 */
export function describeWithAndWithoutKernel(name: string, body: () => void): void {
  describe.each([
    ['with the kernel', true],
    ['in JavaScript', false],
  ])(`${name} %s`, (_, kernel) => {
    beforeAll(() => useTextKernel(kernel));
    afterAll(() => useTextKernel(true));
    body();
  });
}
