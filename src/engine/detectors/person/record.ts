import { isWordAt } from '../../text/context-words.js';

/** How far around a `name` value to look for the other fields of a person record. */
const WINDOW = 200;

/** Keys that only a record about a person carries next to its `name`. */
const PERSON_RECORD_KEYS = ['email', 'e-mail', 'phone', 'mobile', 'address', 'dob', 'birthday', 'birth_date', 'birthdate', 'date_of_birth'];

/**
 * `{"name": "Helen Park", "email": …}`, `name=Helen Park&phone=…`: whether a key in
 * `PERSON_RECORD_KEYS` followed by `:`, `=` or `=>` (after an optional quote) lies within
 * `WINDOW` characters of `at`. Tool schemas (`"name": "get_weather"`) and products
 * (`"name": "Visual Studio Code"`) have no such neighbours. Bounded: at most 2 × `WINDOW` positions.
 */
export function isInPersonRecord(text: string, at: number): boolean {
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(text.length, at + WINDOW);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code !== 101 && code !== 112 && code !== 109 && code !== 97 && code !== 100 && code !== 98) continue;
    for (const key of PERSON_RECORD_KEYS) {
      if (key.charCodeAt(0) === code && isWordAt(text, i, key) && isKeyEnd(text, i + key.length)) return true;
    }
  }
  return false;
}

function isKeyEnd(text: string, end: number): boolean {
  let i = end;
  const quote = text.charCodeAt(i);
  if (quote === 34 || quote === 39) i++;
  if (text.charCodeAt(i) === 32) i++;
  const code = text.charCodeAt(i);
  return code === 58 || code === 61;
}
