import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneDetectors } from '../../src/engine/detectors/phone.js';
import { countryCodeLength } from '../../src/engine/detectors/phone/country-codes.js';
import type { NumberingPlan } from '../../src/engine/detectors/phone/plan.js';
import {
  brPlan,
  dePlan,
  esPlan,
  frPlan,
  inPlan,
  jpPlan,
  nanpPlan,
  ukPlan,
} from '../../src/engine/detectors/phone/plans/index.js';
import { Scanner } from '../../src/engine/scanner.js';
import type { Finding } from '../../src/engine/types.js';
import { adversarialInputs, MUST_SURVIVE } from './structured-number-helpers.js';

interface Hit {
  readonly value: string;
  readonly confidence: number;
}

function hitsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const detector of phoneDetectors) {
    detector.find(text, (type, start, end, confidence) => {
      expect(type).toBe('PHONE');
      hits.push({ value: text.slice(start, end), confidence });
    });
  }
  return hits;
}

const phonesIn = (text: string): string[] => hitsIn(text).map((hit) => hit.value);

/** Every phone must be found alone, in a sentence, and in JSON, with the same span. */
function expectPhone(phone: string, confidence = 0.9): void {
  expect(hitsIn(phone)).toEqual([{ value: phone, confidence }]);
  expect(phonesIn(`Please call me at ${phone}, thanks.`)).toEqual([phone]);
  expect(phonesIn(JSON.stringify({ contact: { phone } }))).toEqual([phone]);
}

describe('phone detector', () => {
  it('is one enabled detector reporting PHONE, triggered by digits', () => {
    expect(phoneDetectors.map((d) => [d.name, d.types, d.enabledByDefault, d.trigger])).toEqual([
      ['phone', ['PHONE'], true, { digit: true, minDigits: 7 }],
    ]);
  });

  describe('US/CA (NANP)', () => {
    it.each([
      '(555) 123-4567',
      '555-123-4567',
      '555.123.4567',
      '(212)555-0123',
      '+1 555 123 4567',
      '+1-212-555-0123',
      '+1 (415) 555-0173',
      '+1.604.555.0199',
      '1-800-555-0199',
      '1 (800) 555-0199',
      '+15551234567',
      '+1 416 555 0123',
      '604-555-0199',
    ])('finds %s', (phone) => expectPhone(phone));

    it('takes the extension along when one is written', () => {
      expect(phonesIn('(212) 555-0123 ext. 42')).toEqual(['(212) 555-0123 ext. 42']);
      expect(phonesIn('212-555-0123 x123')).toEqual(['212-555-0123 x123']);
      expect(phonesIn('212-555-0123x123')).toEqual(['212-555-0123x123']);
      expect(phonesIn('212-555-0123, Ext: 7')).toEqual(['212-555-0123, Ext: 7']);
      expect(phonesIn('tel:+1-212-555-0123;ext=99')).toEqual(['+1-212-555-0123;ext=99']);
      expect(phonesIn('212-555-0123 extra info')).toEqual(['212-555-0123']);
    });

    it.each([
      ['area code starting with 1', '123-456-7890'],
      ['area code starting with 1 in parentheses', '(123) 555-0123'],
      ['N11 area code', '411-555-0123'],
      ['N9X area code', '293-555-0123'],
      ['exchange starting with 1', '212-155-0123'],
      ['N11 exchange', '212-911-0123'],
      ['wrong grouping', '2125-55-0123'],
      ['SSN grouping', '212-55-0123'],
      ['+1 with invalid area', '+1 123 456 7890'],
      ['+1 with nine digits', '+1 555 123 456'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('accepts the 555 area with any exchange, as test data writes it', () => {
      expectPhone('555-555-5555');
      expectPhone('(555) 012-3456');
    });

    it('needs a phone word for a bare digit run or space-only grouping', () => {
      expect(phonesIn('id 2125550123')).toEqual([]);
      expect(phonesIn('values 212 555 0123')).toEqual([]);
      expect(hitsIn('phone: 2125550123')).toEqual([{ value: '2125550123', confidence: 0.75 }]);
      expect(hitsIn('Call me on 12125550123')).toEqual([{ value: '12125550123', confidence: 0.75 }]);
      expect(hitsIn('my number is 212 555 0123')).toEqual([{ value: '212 555 0123', confidence: 0.9 }]);
      expect(hitsIn('"mobileNumber":"2125550123"')).toEqual([{ value: '2125550123', confidence: 0.75 }]);
      expect(hitsIn('<a href="tel:2125550123">')).toEqual([{ value: '2125550123', confidence: 0.9 }]);
    });
  });

  describe('UK', () => {
    it.each([
      '+44 20 7946 0958',
      '020 7946 0958',
      '(020) 7946 0958',
      '+44 (0)20 7946 0958',
      '0044 20 7946 0958',
      '07700 900123',
      '+44 7700 900123',
      '+44 7911 123456',
      '0161 496 0000',
      '+44 161 496 0752',
      '0117 496 0723',
      '01632 960001',
      '0800 123 4567',
      '+447700900877',
    ])('finds %s', (phone) => expectPhone(phone));

    it.each([
      ['leading 4', '+44 41 2345 6789'],
      ['leading 9 (premium, not accepted)', '+44 909 876 5432'],
      ['unused 021', '+44 21 2345 6789'],
      ['mobile too short', '+44 7700 90012'],
      ['mobile too long', '+44 7700 9001234'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('needs a phone word for a bare national number', () => {
      expect(phonesIn('ref 07700900123')).toEqual([]);
      expect(hitsIn('mobile 07700900123')).toEqual([{ value: '07700900123', confidence: 0.75 }]);
    });
  });

  describe('DE', () => {
    it.each([
      '+49 30 1234567',
      '+49 30 12345678',
      '030 12345678',
      '(030) 1234567',
      '030/1234567',
      '030 / 123 456 78',
      '089 1234567',
      '0221 123456-78',
      '+49 89 1234-0',
      '+49 (0)89 123456',
      '0049 30 1234567',
      '06151 123456',
      '0151 23456789',
      '0171 1234567',
      '+49 151 23456789',
      '+49 176 12345678',
      '+4915123456789',
      '+49 89 1234 5678',
    ])('finds %s', (phone) => expectPhone(phone));

    it.each([
      ['two-digit area other than 30, 40, 69, 89', '+49 31 1234567'],
      ['area 30 written with three digits', '+49 301 2345678'],
      ['non-mobile 01x', '+49 141 23456789'],
      ['mobile too short', '+49 151 234567'],
      ['too long', '+49 30 123456789012'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('needs a phone word for a bare national number', () => {
      expect(phonesIn('Kundennr. 03012345678')).toEqual([]);
      expect(hitsIn('Telefon 03012345678')).toEqual([{ value: '03012345678', confidence: 0.75 }]);
      expect(hitsIn('Handy: 015123456789')).toEqual([{ value: '015123456789', confidence: 0.75 }]);
    });
  });

  describe('FR', () => {
    it.each([
      '01 23 45 67 89',
      '04 72 12 34 56',
      '06 12 34 56 78',
      '01.23.45.67.89',
      '01-23-45-67-89',
      '+33 1 23 45 67 89',
      '+33 6 12 34 56 78',
      '+33 (0)1 23 45 67 89',
      '+33 4 91 23 45 67',
      '0033 1 23 45 67 89',
      '+33612345678',
    ])('finds %s', (phone) => expectPhone(phone));

    it.each([
      ['eight digits after 0', '01 23 45 67 8'],
      ['leading 0 after +33', '+33 0 12 34 56 78 9'],
      ['eleven digits', '+33 1 23 45 67 890'],
      ['national number in a foreign grouping', '06 123 456 78'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('needs a phone word for a bare national number', () => {
      expect(phonesIn('dossier 0123456789')).toEqual([]);
      expect(hitsIn('Tél : 0612345678')).toEqual([{ value: '0612345678', confidence: 0.75 }]);
      expect(hitsIn('portable 0612345678')).toEqual([{ value: '0612345678', confidence: 0.75 }]);
    });
  });

  describe('IN', () => {
    it.each([
      '+91 98765 43210',
      '+91-98765-43210',
      '+91 91234 56789',
      '+919876543210',
      '098765 43210',
      '98765-43210',
      '+91 11 2345 6789',
      '+91 80 4567 8901',
      '011-2345-6789',
      '022 2345 6789',
    ])('finds %s', (phone) => expectPhone(phone));

    it.each([
      ['nine digits', '+91 98765 4321'],
      ['leading 0 mobile without prefix', '08765-43210'.slice(1)],
      ['mobile starting 5 without prefix', '58765-43210'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('needs a phone word for space-grouped or bare mobiles', () => {
      expect(phonesIn('counts 98111 22334')).toEqual([]);
      expect(phonesIn('unka number 98111 22334 hai')).toEqual(['98111 22334']);
      expect(hitsIn('WhatsApp 9876543210')).toEqual([{ value: '9876543210', confidence: 0.75 }]);
    });
  });

  describe('BR', () => {
    it.each([
      '+55 11 91234-5678',
      '+55 11 98765 4321',
      '+55 (21) 2345-6789',
      '+55 21 3456-7890',
      '(11) 91234-5678',
      '(21) 99876-5432',
      '(21) 2345-6789',
      '(11) 3456-7890',
      '11 91234-5678',
      '(011) 91234-5678',
      '+5511987654321',
    ])('finds %s', (phone) => expectPhone(phone));

    it.each([
      ['unassigned DDD 20', '+55 20 91234-5678'],
      ['unassigned DDD 10', '(10) 91234-5678'],
      ['nine digits not starting 9', '(11) 81234-5678'],
      ['fixed line starting 7', '(11) 7234-5678'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('needs a phone word for a bare mobile and never takes ten bare digits', () => {
      expect(phonesIn('pedido 11912345678')).toEqual([]);
      expect(hitsIn('celular 11912345678')).toEqual([{ value: '11912345678', confidence: 0.75 }]);
      expect(phonesIn('celular 1723456789')).toEqual([]);
    });
  });

  describe('JP', () => {
    it.each([
      '03-1234-5678',
      '06-6123-4567',
      '03-6555-0142',
      '(03) 1234-5678',
      '03(1234)5678',
      '090-1234-5678',
      '080 1234 5678',
      '050-1234-5678',
      '0120-123-456',
      '+81 3-1234-5678',
      '+81 90-1234-5678',
      '+81-3-1234-5678',
      '+819012345678',
    ])('finds %s', (phone) => expectPhone(phone));

    it.each([
      ['mobile with nine digits', '090-1234-567'],
      ['fixed line with ten digits', '+81 3-1234-56789'],
      ['mobile 0900', '+81 90-0123-4567'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('reads numbers right after Japanese labels', () => {
      expect(phonesIn('担当者：佐藤（営業部）電話：06-6123-4567 メール')).toEqual(['06-6123-4567']);
      expect(hitsIn('電話09012345678')).toEqual([{ value: '09012345678', confidence: 0.75 }]);
    });
  });

  describe('ES (national numbers only next to a phone word)', () => {
    it('finds +34 numbers and worded national ones', () => {
      expectPhone('+34 612 34 56 78');
      expectPhone('+34 655 123 987');
      expect(phonesIn('móvil 612 34 56 78')).toEqual(['612 34 56 78']);
      expect(phonesIn('teléfono 91 123 45 67')).toEqual(['91 123 45 67']);
      expect(phonesIn('código 612 34 56 78')).toEqual([]);
    });
  });

  describe('other countries with a +', () => {
    it.each([
      ['+65 9123 4567', 0.8],
      ['+61 2 9876 5432', 0.8],
      ['+7 912 345-67-89', 0.8],
      ['+86 138 0013 8000', 0.8],
      ['+353 87 123 4567', 0.8],
      ['+45 32 12 34 56', 0.8],
      ['+31 6 12345678', 0.8],
      ['+39 02 1234 5678', 0.8],
      ['+39 347 765 4321', 0.8],
      ['+6591234567', 0.7],
    ])('finds %s at %s', (phone, confidence) => expectPhone(phone, confidence));

    it.each([
      ['unassigned country code', '+28 1234 5678'],
      ['seven digits', '+65 12 345'],
      ['sixteen digits', '+65 1234 5678 9012 345'],
      ['one-digit groups', '+65 9 1 2 3 4 5 6 7'],
    ])('rejects %s: %s', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('reads a URL-encoded plus', () => {
      expect(phonesIn('GET /api/v1/lookup?phone=%2B14155550132&x=1')).toEqual(['%2B14155550132']);
    });
  });

  describe('several numbers', () => {
    it('finds each phone in lists, tables and CSV', () => {
      expect(phonesIn('Call 555-123-4567 or 555-987-6543.')).toEqual(['555-123-4567', '555-987-6543']);
      expect(phonesIn('555-123-4567 555-987-6543')).toEqual(['555-123-4567', '555-987-6543']);
      expect(phonesIn('+1 650 555 0133 +44 20 7946 0958')).toEqual(['+1 650 555 0133', '+44 20 7946 0958']);
      expect(phonesIn('user_10441,Aaron Blake,+1 312 555 0101,Chicago')).toEqual(['+1 312 555 0101']);
      expect(phonesIn('555-123-4567,555-987-6543')).toEqual(['555-123-4567', '555-987-6543']);
      expect(phonesIn('| Grace | (650) 555-0133 | on call |')).toEqual(['(650) 555-0133']);
      expect(phonesIn('(555-123-4567)')).toEqual(['555-123-4567']);
      expect(phonesIn('555-123-4567 (555) 987-6543')).toEqual(['555-123-4567', '(555) 987-6543']);
    });

    it('stops a validated phone before an unrelated number that follows it', () => {
      expect(phonesIn('call 555-123-4567 42 times')).toEqual(['555-123-4567']);
      expect(phonesIn('+44 20 7946 0958 2024')).toEqual(['+44 20 7946 0958']);
      expect(phonesIn('+33 1 23 45 67 89 0')).toEqual(['+33 1 23 45 67 89']);
    });

    it('does not guess where a number without a detailed plan ends', () => {
      expect(phonesIn('+65 1234 5678 9012 345')).toEqual([]);
      expect(phonesIn('+65 9123 4567 and more')).toEqual(['+65 9123 4567']);
    });
  });

  describe('look-alikes that must survive', () => {
    it.each([
      ['unix epoch seconds', 'ts=1718035200'],
      ['unix epoch milliseconds', 'ts=1718035200123'],
      ['epoch after a phone word', 'call at 1718035200'],
      ['ISO timestamp', '2024-06-10T14:32:05Z'],
      ['timestamp with offset', '2024-10-28T15:00:00+01:00'],
      ['RFC 2822 date', 'Tue, 8 Oct 2024 09:41:12 +0200'],
      ['dates', '10/06/2024 06.10.2024 2024-06-10 2024.06.10'],
      ['date and time', '2024-06-10 14:32:05'],
      ['semantic version', 'v1.2.3'],
      ['Windows build', '10.0.19045'],
      ['browser version', 'Chrome 128.0.6613.120'],
      ['IPv4 address', '192.168.100.200'],
      ['Visa test card', '4111 1111 1111 1111'],
      ['Stripe test card', '4242-4242-4242-4242'],
      ['contiguous card', '4111111111111111'],
      ['non-Luhn 16 digits', '1234 5678 9012 3456'],
      ['IBAN DE', 'DE89 3704 0044 0532 0130 00'],
      ['IBAN GB', 'GB82 WEST 1234 5698 7654 32'],
      ['order number', 'ORD-2024-118842'],
      ['invoice number', 'INV-2024-00731'],
      ['price', '$1,299.00 and €4,850.00'],
      ['amount that would pass NANP', '$2125550123'],
      ['token counts', 'prompt_tokens: 1234, completion_tokens: 567, total 128000'],
      ['port', 'localhost:8080 and 127.0.0.1:5432'],
      ['duration', 'took 1840 ms, p95 2.31s'],
      ['trace id', '4bf92f3577b34da6a3ce929d0e0e4736'],
      ['span id', 'span 00f067aa0ba902b7'],
      ['UUID', '550e8400-e29b-41d4-a716-446655440000'],
      ['digits in a word', 'abc1234567890 and id_2125550123'],
      ['ZIP codes', '94105 and 94105-1234'],
      ['year', 'in 2024'],
      ['model names', 'gpt-4o-2024-08-06 claude-3-5-sonnet-20241022'],
      ['deployment id', 'hosted-eu-20260812-09 build-20240611-3'],
      ['SSN', '123-45-6789'],
      ['PIN', 'PIN 482 119 307#'],
      ['number list', '256 512 1024 2048'],
      ['vector', '0.0123 0.0456 -0.0789 0.1234'],
      ['scientific notation', '1.5e+10'],
      ['arithmetic', '3+4=7'],
      ['decimal', '2125550123.55 and 2125550123,5'],
      ['file name', '212-555-0123.json'],
      ['path', '/users/2125550123/orders'],
      ['e-mail local part', '2125550123@example.com'],
      ['time', 'at 12:30:45'],
      ['snowflake', '1541815603606036480'],
    ])('leaves %s alone', (_name, text) => {
      expect(phonesIn(text)).toEqual([]);
    });

    it('leaves the shared must-survive corpus alone (apart from its phone line)', () => {
      for (const line of MUST_SURVIVE) {
        if (line.startsWith('phone ')) continue;
        expect(phonesIn(line), line).toEqual([]);
      }
    });
  });

  describe('boundaries', () => {
    it('rejects a phone glued to letters, digits or identifier punctuation', () => {
      expect(phonesIn('x555-123-4567')).toEqual([]);
      expect(phonesIn('555-123-4567x')).toEqual([]);
      expect(phonesIn('ID-555-123-4567')).toEqual([]);
      expect(phonesIn('555-123-4567-8901')).toEqual([]);
      expect(phonesIn('v2.555.123.4567')).toEqual([]);
      expect(phonesIn('a+1 555 123 4567')).toEqual([]);
      expect(phonesIn('#212-555-0123')).toEqual([]);
    });

    it('accepts phones after labels, quotes, brackets and escaped newlines', () => {
      expect(phonesIn('phone:555-123-4567')).toEqual(['555-123-4567']);
      expect(phonesIn('tel:+15551234567')).toEqual(['+15551234567']);
      expect(phonesIn('phone=555-123-4567&x=1')).toEqual(['555-123-4567']);
      expect(phonesIn('["555-123-4567"]')).toEqual(['555-123-4567']);
      expect(phonesIn('Call me\\n555-123-4567')).toEqual(['555-123-4567']);
      expect(phonesIn('Call me...555-123-4567.')).toEqual(['555-123-4567']);
      expect(phonesIn('Tel.030 1234567, Fax.030 1234568')).toEqual(['030 1234567', '030 1234568']);
      expect(phonesIn('Hotel.030 1234567')).toEqual([]);
    });

    it('reports the full span through the scanner', () => {
      const text = 'Reach Grace at +1 (650) 555-0133 or grace@example.com';
      const findings: readonly Finding[] = new Scanner(phoneDetectors).scan(text);
      expect(findings).toEqual([
        { type: 'PHONE', start: 15, end: 32, detector: 'phone', confidence: 0.9 },
      ]);
      expect(new Scanner(phoneDetectors).scan('no phone 2024-06-10')).toHaveLength(0);
    });
  });

  describe('linear time on adversarial input', () => {
    it('processes a 200 KB digit-and-separator string and returns sane findings', () => {
      const units = ['555-123-4567 ', '1 ', '12 ', '123 ', '0.0123 ', '(555) ', '+1 ', '+44 20 7946 ', '1-', '9 8 7-6.5/4(3)2 '];
      let text = '';
      for (let i = 0; text.length < 200_000; i++) text += units[(i * 7) % units.length];
      const findings = new Scanner(phoneDetectors).scan(text);
      expect(findings.length).toBeGreaterThan(0);
      let previousEnd = 0;
      for (const finding of findings) {
        expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
        expect(finding.end - finding.start).toBeLessThanOrEqual(40);
        previousEnd = finding.end;
      }
    });

    it('finishes on the shared adversarial inputs', () => {
      for (const input of adversarialInputs()) {
        expect(phonesIn(input).length).toBeLessThan(input.length / 8);
      }
      expect(phonesIn('555-123-4567 '.repeat(16_000))).toHaveLength(16_000);
      expect(phonesIn('phone 2125550123 '.repeat(12_000))).toHaveLength(12_000);
    });
  });

  describe('numbering plans', () => {
    const digitsOf = (nsn: string): Uint8Array => Uint8Array.from(nsn, (c) => Number(c));
    const accepts = (plan: NumberingPlan, nsn: string, areaLength = 0): boolean =>
      plan.isValid(digitsOf(nsn), 0, nsn.length, areaLength);

    const planCases: readonly (readonly [NumberingPlan, readonly string[], readonly string[]])[] = [
      [
        nanpPlan,
        ['2125550123', '4165550123', '5551234567', '8005550199'],
        ['1235550123', '4115550123', '2935550123', '3705550123', '9605550123', '2121550123', '2129110123', '212555012'],
      ],
      [
        ukPlan,
        ['2079460958', '7700900123', '1614960000', '163296000', '8001234567', '800123456', '3001234567', '8451234567'],
        ['2179460958', '4123456789', '9098765432', '770090012', '1014960000', '8201234567'],
      ],
      [frPlan, ['123456789', '612345678', '912345678'], ['012345678', '12345678', '1234567890']],
      [inPlan, ['9876543210', '1123456789'], ['0876543210', '987654321']],
      [brPlan, ['11912345678', '2123456789', '9934567890'], ['20912345678', '11812345678', '1172345678', '101234567']],
      [
        jpPlan,
        ['312345678', '9012345678', '5012345678', '120123456', '8001234567'],
        ['3123456789', '901234567', '9001234567', '2012345678', '012345678'],
      ],
      [esPlan, ['612345678', '911234567'], ['512345678', '61234567']],
    ];

    it.each(planCases.map(([plan, valid, invalid]) => [plan.region, plan, valid, invalid] as const))(
      '%s accepts and rejects national significant numbers',
      (_region, plan, valid, invalid) => {
        for (const nsn of valid) expect(accepts(plan, nsn), `${plan.region} ${nsn}`).toBe(true);
        for (const nsn of invalid) expect(accepts(plan, nsn), `${plan.region} ${nsn}`).toBe(false);
      },
    );

    it('DE checks the written area code length', () => {
      expect(accepts(dePlan, '301234567', 2)).toBe(true);
      expect(accepts(dePlan, '301234567', 0)).toBe(true);
      expect(accepts(dePlan, '311234567', 2)).toBe(false);
      expect(accepts(dePlan, '3012345678', 3)).toBe(false);
      expect(accepts(dePlan, '2211234567', 3)).toBe(true);
      expect(accepts(dePlan, '61511234', 4)).toBe(true);
      expect(accepts(dePlan, '15123456789', 3)).toBe(true);
      expect(accepts(dePlan, '1601234567', 3)).toBe(true);
      expect(accepts(dePlan, '1611234567', 3)).toBe(false);
      expect(accepts(dePlan, '151234567', 3)).toBe(false);
      expect(accepts(dePlan, '15123456789', 2)).toBe(false);
      expect(accepts(dePlan, '301234', 2)).toBe(false);
      expect(accepts(dePlan, '301234567890', 2)).toBe(false);
    });

    it('BR wants a two-digit DDD when one is written apart', () => {
      expect(accepts(brPlan, '11912345678', 2)).toBe(true);
      expect(accepts(brPlan, '11912345678', 3)).toBe(false);
    });

    it('knows which country codes are assigned', () => {
      const lengthOf = (digits: string): number => countryCodeLength(digitsOf(digits), 0, digits.length);
      expect(['1', '7', '44', '65', '353', '971', '886'].map((code) => lengthOf(`${code}12345678`))).toEqual([1, 1, 2, 2, 3, 3, 3]);
      expect(['2801234', '4251234', '8011234', '9991234', '0441234', '3841234', '2591234', '6711234'].map(lengthOf)).toEqual([
        0, 0, 0, 0, 0, 0, 0, 0,
      ]);
    });
  });

  describe('properties', () => {
    const digit = (from: number, to: number) => fc.integer({ min: from, max: to }).map(String);
    const nanpNumber = fc
      .tuple(digit(2, 9), digit(0, 8), digit(0, 9), digit(2, 9), digit(0, 9), digit(0, 9), fc.stringMatching(/^[0-9]{4}$/))
      .filter(([a0, a1, a2, , e1, e2]) => !(a1 === '1' && a2 === '1') && !(e1 === '1' && e2 === '1'))
      .filter(([a0, a1]) => !(a0 === '3' && a1 === '7') && !(a0 === '9' && a1 === '6'))
      .map(([a0, a1, a2, e0, e1, e2, line]) => ({ area: a0 + a1 + a2, exchange: e0 + e1 + e2, line }));

    it('finds every valid NANP number in the usual formats', () => {
      fc.assert(
        fc.property(nanpNumber, fc.integer({ min: 0, max: 4 }), ({ area, exchange, line }, format) => {
          const phone = [
            `(${area}) ${exchange}-${line}`,
            `${area}-${exchange}-${line}`,
            `${area}.${exchange}.${line}`,
            `+1 ${area} ${exchange} ${line}`,
            `+1${area}${exchange}${line}`,
          ][format]!;
          expect(phonesIn(`Contact: ${phone}.`)).toEqual([phone]);
        }),
        { numRuns: 300 },
      );
    });

    it('never throws and reports ordered, in-bounds, non-overlapping spans on random text', () => {
      const alphabet = fc.constantFrom(...'0123456789 -.()/+x#:,abcTel\n');
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 120 }).map((chars) => chars.join('')), (text) => {
          let previousEnd = 0;
          for (const detector of phoneDetectors) {
            detector.find(text, (_type, start, end, confidence) => {
              expect(start).toBeGreaterThanOrEqual(previousEnd);
              expect(end).toBeGreaterThan(start);
              expect(end).toBeLessThanOrEqual(text.length);
              expect(confidence).toBeGreaterThan(0);
              expect(confidence).toBeLessThanOrEqual(1);
              previousEnd = end;
            });
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
