/**
 * Shared by the structured-number detector tests: a way to see what a detector reports, the
 * look-alikes none of them may touch, 200 KB adversarial inputs, and check-digit generators
 * written independently of src/ so that a validator bug cannot vouch for itself.
 */
import type { Detector } from '../../src/engine/types.js';

export interface Match {
  readonly value: string;
  readonly type: string;
  readonly confidence: number;
  readonly detector: string;
}

/** Every raw report of `detectors` over `text`, in report order, without overlap resolution. */
export function matchesOf(detectors: readonly Detector[], text: string): Match[] {
  const out: Match[] = [];
  for (const detector of detectors) {
    detector.find(text, (type, start, end, confidence) => {
      out.push({ value: text.slice(start, end), type, confidence, detector: detector.name });
    });
  }
  return out;
}

/** Just the reported substrings. */
export function valuesOf(detectors: readonly Detector[], text: string): string[] {
  return matchesOf(detectors, text).map((m) => m.value);
}

/** Identifier- and number-shaped values from LLM telemetry that are not personal data. */
export const MUST_SURVIVE: readonly string[] = [
  'trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7',
  'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  'trace 12345678901234567890123456789012 span 1234567890123456',
  'request 550e8400-e29b-41d4-a716-446655440000 and 123e4567-e89b-12d3-a456-426614174000',
  'uuid 41111111-1111-1111-1111-111111111111',
  'commit da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'digest 0xda39a3ee5e6b4b0d3255bfef95601890afd80709',
  'tx 0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b',
  'ts 1723456789 ms 1723456789123 us 1723456789123456 ns 1723456789123456789',
  'snowflake 1541815603606036480',
  'released 1.2.3, running 10.4.0, next 2.0.0-beta.1',
  'v1.2.3.4 and version 1.2.3.4 and "version": "1.2.3.4" and build 10.0.19041.1',
  'date 2024-08-06 at 2024-08-06T12:30:45.123Z, or 06/08/2024 or 2024.08.06 12:30:45',
  'model gpt-4o-2024-08-06 then claude-3-5-sonnet-20241022 then gemini-1.5-pro-002',
  'prompt_tokens: 1234, completion_tokens: 567, total_tokens: 1801, cost $0.0025 (12.50 USD)',
  'amount 1,234,567.89 and 4,111,111,111,111,111',
  'HTTP/1.1 200 OK then 404 then 503',
  'card-like but not Luhn: 4111111111111112 and 1234567812345678',
  'order ORD-2024-118842 invoice INV-000123-4567',
  'listening on localhost:8080 and http://example.com:8443/path?q=1',
  'key YOUR_API_KEY_HERE or sk-xxxxxxxx or <your-token>',
  'deployment hosted-eu-20260812-09 pod api-7d9c5b6f4-x2k9p',
  'std::vector<int> a::b Foo::Bar::baz() arr[1::2] x[::2] :: ::1',
  'at 12:30:45 and 12:30:45.123 ratio 16:9',
  'aws account 123456789012',
  'loopback 127.0.0.1 any 0.0.0.0 broadcast 255.255.255.255',
  'oid 1.3.6.1.4.1.311.21.7',
  'mac 00:00:00:00:00:00 ff:ff:ff:ff:ff:ff',
  'screen 1024x768 at 37.7749,-122.4194',
  'phone +1 415-555-2671 or (415) 555-2671',
];

/** 200 KB strings shaped to defeat naive scanners: long runs, endless separators, near-misses. */
export function adversarialInputs(): string[] {
  const size = 200_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    fill('1'),
    fill('1 '),
    fill('1-'),
    fill('4111 '),
    fill('4111-'),
    fill('1.'),
    fill('1.1.1.1.'),
    fill('255.'),
    fill(':'),
    fill('::1'),
    fill('a:'),
    fill('ab:'),
    fill('1::'),
    fill('ab-'),
    fill('abcd.'),
    fill('0x'),
    '0x' + fill('a'),
    fill('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed '),
    fill('GB82 '),
    fill('GB82WEST'),
    fill('AB12 '),
    fill('123-45-'),
    fill('ssn 123456789 '),
    fill('1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf '),
    fill('bc1q'),
    fill('3'),
  ];
}

/** Appends the Luhn check digit to `payload` (all digits). */
export function withLuhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return payload + String((10 - (sum % 10)) % 10);
}

/** Replaces the last digit so the Luhn check fails. */
export function breakLastDigit(number: string): string {
  const last = Number(number[number.length - 1]);
  return number.slice(0, -1) + String((last + 1) % 10);
}
