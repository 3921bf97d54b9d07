import { card, iban, ip, keep, mac, type Piece, t } from '../dsl.js';
import type { CardIssuer, Fakes, IbanCountry, Separator } from '../fakes.js';
import { itemsOf, type ItemSpec, type Lang, type Source } from '../item.js';

/**
 * Payment and device identifiers in many formats. Each format is paired with a different
 * sentence frame so the corpus covers issuers, countries and separators without repeating
 * one template: the frames rotate independently of the formats.
 */

type Frame = readonly [Source, (value: Piece, g: Fakes) => Piece, Lang?];

const CARD_FRAMES: readonly Frame[] = [
  ['prompt', (v) => t`my card ${v} keeps getting declined at checkout, what should I check?`],
  ['ticket', (v) => t`Customer reports an unrecognised charge of ${keep('$312.40')} on card ${v}. Please open a dispute.`],
  ['log', (v, g) => t`2024-10-09T10:02:11Z ERROR payments: authorization failed pan=${v} reason=${keep('do_not_honor')} trace=${g.traceId()}`],
  ['tool-call', (v) => t`{"name":"tokenize_card","arguments":"{\\"number\\":\\"${v}\\",\\"exp_month\\":11,\\"exp_year\\":2027}"}`],
  ['chat', (v) => t`user: can u save my card for next time? ${v} exp 08/28\nassistant: I can't store card numbers in chat, please use the billing page.`],
  ['response', (v) => t`I have noted the card ${v}. For your security, please remove it from this conversation.`],
  ['rag', (v) => t`[finance/chargebacks.xlsx row 12] ${keep('2024-09-30')} | card ${v} | amount ${keep('89.00 EUR')} | status ${keep('won')}`],
  ['email', (v) => t`Forwarding this for review:\n> Please charge the remaining balance to ${v}, thank you!`],
];

const CARD_FORMATS: readonly (readonly [CardIssuer, Separator])[] = [
  ['visa', ' '], ['visa', '-'], ['visa', ''],
  ['mastercard', ' '], ['mastercard', ''], ['mastercard', '-'],
  ['amex', ' '], ['amex', ''], ['amex', '-'],
  ['discover', ' '], ['discover', ''],
  ['jcb', ' '], ['jcb', ''],
  ['diners', ' '], ['diners', ''],
  ['unionpay', ' '], ['maestro', ' '], ['maestro', ''],
];

/** Well-known documented test numbers, as people paste them. */
const DOCUMENTED_CARDS: readonly string[] = [
  '4111 1111 1111 1111',
  '4242424242424242',
  '5555-5555-5555-4444',
  '3782 822463 10005',
  '6011111111111117',
  '3530 1113 3330 0000',
  '30569309025904',
  '4012 8888 8888 1881',
];

const IBAN_FRAMES: readonly Frame[] = [
  ['prompt', (v) => t`Is ${v} a valid IBAN? The bank form keeps saying "invalid format".`],
  ['ticket', (v) => t`Refund approved. Please transfer ${keep('€89.99')} to ${v} within 5 business days.`],
  ['email', (v) => t`Dear supplier, our bank details have changed. New IBAN: ${v}. Please update your records before the next invoice.`],
  ['tool-call', (v) => t`{"name":"create_payout","arguments":"{\\"iban\\":\\"${v}\\",\\"amount\\":\\"250.00\\",\\"currency\\":\\"EUR\\"}"}`],
  ['log', (v, g) => t`sepa.mandate created id=${g.uuid()} debtor_iban=${v} scheme=${keep('CORE')}`],
  ['chat', (v) => t`user: Kontonummer für die Rückzahlung: ${v}\nassistant: Danke, ich habe sie weitergeleitet.`, 'de'],
  ['rag', (v) => t`[vendors/bank-details.md] Beneficiary account ${v}, reference ${keep('PO-2024-3381')}.`],
];

const IBAN_FORMATS: readonly (readonly [IbanCountry, boolean])[] = [
  ['GB', true], ['DE', false], ['FR', true], ['ES', false], ['NL', true], ['CH', true], ['BE', false],
  ['PL', true], ['PT', false], ['AT', true], ['IE', false], ['NO', true], ['SE', true], ['BR', true],
];

const DOCUMENTED_IBANS: readonly string[] = [
  'GB82 WEST 1234 5698 7654 32',
  'DE89370400440532013000',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NL91ABNA0417164300',
  'IT60 X054 2811 1010 0000 0123 456',
  'CH9300762011623852957',
  'BE68 5390 0754 7034',
  'ES91 2100 0418 4502 0005 1332',
];

const SSN_FRAMES: readonly Frame[] = [
  ['prompt', (_v, g) => t`Fill the I-9 form: SSN ${g.ssn()}, first day of work ${keep('November 4')}.`],
  ['ticket', (_v, g) => t`Applicant entered social security number ${g.ssn()} but the credit check returned no file.`],
  ['log', (_v, g) => t`kyc.verify status=mismatch ssn=${g.ssn()} request_id=${g.uuid()}`],
  ['tool-call', (_v, g) => t`{"name":"run_background_check","arguments":"{\\"ssn\\":\\"${g.ssn()}\\",\\"consent\\":true}"}`],
  ['chat', (_v, g) => t`user: my ssn is ${g.ssn(' ')} can you check if my tax return went through`],
  ['email', (_v, g) => t`HR, please correct my payroll record: the SSN should read ${g.ssn()} (the last two digits were swapped).`],
  ['response', (_v, g) => t`The SSN you provided (${g.ssn()}) will be used only for the W-2.`],
  ['rag', (_v, g) => t`[hr/w4-scan.txt] Employee SSN: ${g.ssn()}  Filing status: single`],
  ['prompt', (_v, g) => t`Social Security No. ${g.ssn('')} — is this format accepted by the IRS e-file system?`],
  ['ticket', (_v, g) => t`SSN: ${g.ssn()} / DOB on file does not match, escalate to Tier 2.`],
];

const MAC_VALUES: readonly (readonly [Source, (v: Piece) => Piece, string])[] = [
  ['log', (v) => t`wlan0: associated with AP ${v} (channel ${keep('36')}, ${keep('-61 dBm')})`, '9c:1c:12:ab:3f:70'],
  ['log', (v) => t`arp: ${v} is using ${ip('10.0.0.8')}, previously seen with another address`, 'D8-3A-DD-11-22-33'],
  ['prompt', (v) => t`Which vendor owns the MAC prefix of ${v}?`, '00:1B:63:84:45:E6'],
  ['ticket', (v) => t`Please whitelist the conference room TV, MAC ${v}, on the guest Wi-Fi.`, 'A0:99:9B:1C:2D:3E'],
  ['config', (v) => t`host printer-3f {\n  hardware ethernet ${v};\n  fixed-address ${ip('10.1.3.21')};\n}`, '00:17:c8:4a:2e:91'],
];

function cardItems(): ItemSpec[] {
  const specs: ItemSpec[] = CARD_FORMATS.map(([issuer, separator], i) => {
    const [source, frame, lang] = CARD_FRAMES[i % CARD_FRAMES.length]!;
    return itemsOf(source, lang)(`card-${issuer}-${separatorName(separator)}`, (g) => frame(g.card(issuer, separator), g));
  });
  DOCUMENTED_CARDS.forEach((number, i) => {
    const [source, frame, lang] = CARD_FRAMES[(i + 3) % CARD_FRAMES.length]!;
    specs.push(itemsOf(source, lang)(`card-documented-${i + 1}`, (g) => frame(card(number), g)));
  });
  return specs;
}

function ibanItems(): ItemSpec[] {
  const specs: ItemSpec[] = IBAN_FORMATS.map(([country, spaced], i) => {
    const [source, frame, lang] = IBAN_FRAMES[i % IBAN_FRAMES.length]!;
    return itemsOf(source, lang)(`iban-${country.toLowerCase()}-${spaced ? 'spaced' : 'compact'}`, (g) => frame(g.iban(country, spaced), g));
  });
  DOCUMENTED_IBANS.forEach((value, i) => {
    const [source, frame, lang] = IBAN_FRAMES[(i + 2) % IBAN_FRAMES.length]!;
    specs.push(itemsOf(source, lang)(`iban-documented-${i + 1}`, (g) => frame(iban(value), g)));
  });
  return specs;
}

function ssnItems(): ItemSpec[] {
  return SSN_FRAMES.map(([source, frame], i) => itemsOf(source)(`ssn-${i + 1}`, (g) => frame(t``, g)));
}

function macItems(): ItemSpec[] {
  return MAC_VALUES.map(([source, frame, value], i) => itemsOf(source)(`mac-${i + 1}`, () => frame(mac(value))));
}

function separatorName(separator: Separator): string {
  return separator === ' ' ? 'spaced' : separator === '-' ? 'hyphen' : 'plain';
}

export const identifierItems: readonly ItemSpec[] = [...cardItems(), ...ibanItems(), ...ssnItems(), ...macItems()];
