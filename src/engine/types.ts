/**
 * Built-in data types. Custom patterns may report any other upper-case type name,
 * so the public `Finding.type` is a plain string.
 */
export const PII_TYPES = [
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'US_SSN',
  'IBAN',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'SECRET',
  'PERSON',
  'STREET_ADDRESS',
  'DATE_OF_BIRTH',
  'USER_ID',
  'CRYPTO_WALLET',
  'UK_NINO',
  'CA_SIN',
  'IN_AADHAAR',
] as const;

export type BuiltinPiiType = (typeof PII_TYPES)[number];
export type PiiType = BuiltinPiiType | (string & {});

/** One detected value: `text.slice(start, end)` is the sensitive part. */
export interface Finding {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  /** Name of the detector that reported it, e.g. `email` or `secret.openai`. */
  readonly detector: string;
  /** 0..1; validated matches (Luhn, mod-97, numbering plan) score high, context-only guesses lower. */
  readonly confidence: number;
}

/** Called by a detector for each match; cheap, allocation happens only here. */
export type Report = (type: PiiType, start: number, end: number, confidence: number) => void;

/**
 * What must be present in a string for a detector to be worth running.
 * A detector runs when ANY listed condition holds; an empty trigger means "always run".
 */
export interface Trigger {
  /** At least one of these characters occurs (exact, case-sensitive). */
  readonly chars?: string;
  /** At least one of these literals occurs, compared ASCII-case-insensitively. */
  readonly keywords?: readonly string[];
  /** The string contains at least one ASCII digit. */
  readonly digit?: boolean;
  /**
   * With `digit`: the string must contain at least this many ASCII digits, anywhere (default 1).
   * Declare it only when no match can hold fewer, so that a short id with a few digits skips
   * the detector; the built-in detectors are held to theirs by a test.
   */
  readonly minDigits?: number;
}

/**
 * The whole plug-in contract of the engine. A detector must be linear in the length of
 * the text: no regex with nested or overlapping unbounded quantifiers.
 */
export interface Detector {
  /** Stable identifier, also used in `policy.detectors` to enable or disable it. */
  readonly name: string;
  /** Types this detector may report (used to document and to disable by type). */
  readonly types: readonly PiiType[];
  /** Off-by-default detectors trade precision for recall and are enabled in the policy. */
  readonly enabledByDefault: boolean;
  readonly trigger: Trigger;
  /** Reports every match in `text`. May throw: the scanner fails closed. */
  find(text: string, report: Report): void;
}
