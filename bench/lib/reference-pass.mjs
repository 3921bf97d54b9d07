/**
 * One pass of plain JavaScript over a string, reading every code unit with `charCodeAt`: what
 * looking at each character once costs, the reference the scanning rows and the span processors
 * are set beside. Returns the sum so that the loop cannot be optimised away.
 */
export function charCodeSweep(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}
