// Email addresses in the dot-atom form people and systems actually write: local part up to
// 64 characters (RFC 5321), sub-domains, letters-only TLDs, mixed case.
import fc from 'fast-check';
import type { Planted } from './numbers.js';

const ATOM = /^[a-z0-9]{1,12}$/;

const localPart = fc
  .tuple(
    fc.stringMatching(ATOM),
    fc.array(fc.tuple(fc.constantFrom('.', '_', '-', '+'), fc.stringMatching(ATOM)), { maxLength: 3 }),
  )
  .map(([head, tail]) => head + tail.map(([separator, atom]) => separator + atom).join(''))
  .filter((local) => local.length <= 64);

const label = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/), { nil: undefined }))
  .map(([head, tail]) => (tail === undefined ? head : `${head}-${tail}`));

const tld = fc.oneof(fc.constantFrom('com', 'org', 'net', 'io', 'de', 'co.uk', 'example', 'museum'), fc.stringMatching(/^[a-z]{2,6}$/));

export const email: fc.Arbitrary<Planted> = fc
  .record({
    local: localPart,
    labels: fc.array(label, { minLength: 1, maxLength: 3 }),
    tld,
    upper: fc.constantFrom('none', 'first', 'all'),
  })
  .map(({ local, labels, tld: top, upper }) => {
    let value = `${local}@${labels.join('.')}.${top}`;
    if (upper === 'all') value = value.toUpperCase();
    if (upper === 'first') value = value[0]!.toUpperCase() + value.slice(1);
    return { kind: `email/${upper}`, value };
  });
