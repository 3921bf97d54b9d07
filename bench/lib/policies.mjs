/**
 * The bench's corpora repeat (48 span specs and 64 texts per corpus, cycled), and the default
 * policy remembers long texts found clean twice (`rememberCleanText`), so every text would soon be
 * recognised by its SHA-256 instead of scanned. Rows that measure the scan turn the memo off; the
 * chat rows measure it, on traffic that repeats the way a chat's does.
 */
export const SCAN_EVERY_TIME = Object.freeze({ rememberCleanText: false });
