/**
 * What a diagnostic may say about a caught error: its class name, never its message, which
 * can quote the value being scrubbed.
 */
export function errorKind(error: unknown): string {
  if (error instanceof Error) return error.name;
  return error === null ? 'null' : typeof error;
}
