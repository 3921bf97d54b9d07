import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/engine/scanner.js';
import { streetAddressDetector, streetAddressDetectors } from '../../src/engine/detectors/street-address.js';

const scanner = new Scanner(streetAddressDetectors);

function addresses(text: string): string[] {
  return scanner.scan(text).map((finding) => text.slice(finding.start, finding.end));
}

describe('street address detector', () => {
  const positives: [string, string][] = [
    ['Ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043 please', '1600 Amphitheatre Pkwy, Mountain View, CA 94043'],
    ['221B Baker Street', '221B Baker Street'],
    ['Visit 221B Baker Street, London NW1 6XE today', '221B Baker Street, London NW1 6XE'],
    ['742 Evergreen Terrace, Springfield', '742 Evergreen Terrace, Springfield'],
    ['1600 Pennsylvania Ave NW, Washington, DC 20500', '1600 Pennsylvania Ave NW, Washington, DC 20500'],
    ['I live at 350 5th Ave, Apt 4B, New York, NY 10118.', '350 5th Ave, Apt 4B, New York, NY 10118'],
    ['10 Downing Street, London SW1A 2AA', '10 Downing Street, London SW1A 2AA'],
    ['Office: 500 Main St. Suite 200, Springfield IL 62704', '500 Main St. Suite 200, Springfield IL 62704'],
    ['deliver to 12 Oak Lane', '12 Oak Lane'],
    ['{"street": "3212 22nd St", "city": "Austin"}', '3212 22nd St'],
    ['Musterstraße 12, 10115 Berlin', 'Musterstraße 12, 10115 Berlin'],
    ['Hauptstr. 5a', 'Hauptstr. 5a'],
    ['Lieferung an Berliner Straße 5, 10115 Berlin', 'Berliner Straße 5, 10115 Berlin'],
    ['Kiefernweg 7', 'Kiefernweg 7'],
    ['12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
    ['Via Roma 10, 00184 Roma', 'Via Roma 10, 00184 Roma'],
    ['Calle Mayor 5', 'Calle Mayor 5'],
    ['postcode SW1A 1AA', 'SW1A 1AA'],
    ['the boiler at Flat 2, 14 Kingsway Road, Leeds LS6 3AB. My number', 'Flat 2, 14 Kingsway Road, Leeds LS6 3AB'],
    ['Apt. 4B, 350 5th Ave, New York, NY 10118', 'Apt. 4B, 350 5th Ave, New York, NY 10118'],
    ['Delivery address: Flat 302, Sai Residency, MG Road, Pune 411001. Call', 'Flat 302, Sai Residency, MG Road, Pune 411001'],
    ['Adres: Keizersgracht 221, 1016 DV Amsterdam. Telefoon', 'Keizersgracht 221, 1016 DV Amsterdam'],
    ['Coolsingel 40, 3011 AD Rotterdam', 'Coolsingel 40, 3011 AD Rotterdam'],
    ['Prinsengracht 263-267, 1016 GV Amsterdam', 'Prinsengracht 263-267, 1016 GV Amsterdam'],
    ['An der Alster 62, 20099 Hamburg', 'An der Alster 62, 20099 Hamburg'],
    ['Avenida de la Constitución 20, 41004 Sevilla', 'Avenida de la Constitución 20, 41004 Sevilla'],
    ['Suite 210, 400 Market Street, San Francisco, CA 94111', 'Suite 210, 400 Market Street, San Francisco, CA 94111'],
    ['Damstraat 5', 'Damstraat 5'],
    ['represented by Dr. Sabine Koch, Hansaring 12, 50670 Köln.', 'Hansaring 12, 50670 Köln'],
    ['Adresse: Am Wiesenhang 3a, 22559 Hamburg.', 'Am Wiesenhang 3a, 22559 Hamburg'],
    ['Unter den Linden 77, 10117 Berlin', 'Unter den Linden 77, 10117 Berlin'],
    ['Calle de Alcalá 155, 28009 Madrid. Mi móvil', 'Calle de Alcalá 155, 28009 Madrid'],
    ['Via dei Mille 5', 'Via dei Mille 5'],
    ['Meu endereço mudou para Rua das Flores, 123, Curitiba - PR.', 'Rua das Flores, 123'],
    ['住所は 東京都千代田区丸の内1-9-2 です。', '東京都千代田区丸の内1-9-2'],
    ['大阪市北区梅田3丁目1番1号', '大阪市北区梅田3丁目1番1号'],
    ['神奈川県横浜市西区みなとみらい2-3-1', '神奈川県横浜市西区みなとみらい2-3-1'],
  ];

  it.each(positives)('finds the address in %j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('reports full addresses with confidence 0.85 and a bare postcode lower', () => {
    expect(scanner.scan('221B Baker Street').map((f) => f.confidence)).toEqual([0.85]);
    expect(scanner.scan('postcode SW1A 1AA').map((f) => f.confidence)).toEqual([0.75]);
  });

  const negatives = [
    '3 Main points',
    '200 OK',
    'HTTP/1.1 200 OK',
    'Step 2 Drive the car to the depot',
    'Page 5 Street view',
    'Spring 2024',
    'Top 10 Ways to log',
    'Windows 11 Home Edition',
    'a 30 minute drive',
    'took 5 Minute Drive',
    'version 1.2.3 Street',
    'gpt-4o-2024-08-06',
    'ORD-2024-118842',
    'localhost:8080',
    'Step 1: Define Clear Logging Objectives',
    'between 30 and 180 days',
    'Figure 2 Court decisions',
    'String 5',
    'costs €200 Main St',
    'trace 4bf92f3577b34da6a3ce929d0e0e4736',
    'Chapter 3, 10000 Leagues',
    'Version 2, 12345 Users signed up',
    'Top 10, 20000 Leagues Under the Sea',
    'Windows 10, 2023 Update',
    'Im Jahr 2024 haben wir',
    'Auf Seite 5 steht',
    'In der Regel 3 Tage',
    'Am Ende, 3 Tage später',
    'Flat 2',
    'Room 101 is booked',
    'Step 2, 3 Main points',
    '区間1-2',
    '第1章',
    '地区3',
  ];

  it.each(negatives)('leaves %j alone', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('handles long adversarial input', () => {
    expect(() => scanner.scan('1 Main '.repeat(40_000))).not.toThrow();
    expect(() => scanner.scan('12345'.repeat(40_000))).not.toThrow();
    expect(addresses('1 A '.repeat(50_000))).toEqual([]);
    expect(() => scanner.scan('Flat 2, '.repeat(40_000))).not.toThrow();
    expect(() => scanner.scan('Aa 1, 12345 Bb '.repeat(20_000))).not.toThrow();
    expect(() => scanner.scan('東京都千代田区1-'.repeat(20_000))).not.toThrow();
  });

  it('needs a digit', () => {
    expect(streetAddressDetector.trigger.digit).toBe(true);
  });
});
