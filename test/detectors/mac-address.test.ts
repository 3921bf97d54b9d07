import { describe, expect, it } from 'vitest';
import { macAddressDetectors } from '../../src/engine/detectors/mac-address.js';
import { Scanner } from '../../src/engine/scanner.js';
import { adversarialInputs, matchesOf, MUST_SURVIVE, valuesOf } from './structured-number-helpers.js';

const found = (text: string): string[] => valuesOf(macAddressDetectors, text);

describe('mac_address detector', () => {
  it('is one enabled detector reporting MAC_ADDRESS at 0.85', () => {
    expect(macAddressDetectors.map((d) => [d.name, d.enabledByDefault, d.trigger])).toEqual([
      ['mac_address', true, { chars: ':-.' }],
    ]);
    expect(matchesOf(macAddressDetectors, 'mac 00:1a:2b:3c:4d:5e')).toEqual([
      { value: '00:1a:2b:3c:4d:5e', type: 'MAC_ADDRESS', confidence: 0.85, detector: 'mac_address' },
    ]);
  });

  it.each([
    ['colons', '00:1a:2b:3c:4d:5e'],
    ['hyphens', '00-1A-2B-3C-4D-5E'],
    ['Cisco dotted', '001a.2b3c.4d5e'],
    ['letters only', 'aa:bb:cc:dd:ee:01'],
    ['upper case', 'AC:DE:48:00:11:22'],
  ])('finds %s', (_name, mac) => {
    expect(found(`device ${mac} joined`)).toEqual([mac]);
  });

  it('finds addresses after labels and before punctuation', () => {
    expect(found('mac:00:1a:2b:3c:4d:5e')).toEqual(['00:1a:2b:3c:4d:5e']);
    expect(found('mac=00-1a-2b-3c-4d-5e;')).toEqual(['00-1a-2b-3c-4d-5e']);
    expect(found('(00:1a:2b:3c:4d:5e).')).toEqual(['00:1a:2b:3c:4d:5e']);
    expect(found('{"mac":"001a.2b3c.4d5e"}')).toEqual(['001a.2b3c.4d5e']);
    expect(found('00:1a:2b:3c:4d:5e,00:1a:2b:3c:4d:5f')).toEqual(['00:1a:2b:3c:4d:5e', '00:1a:2b:3c:4d:5f']);
  });

  it('leaves the all-zero and broadcast addresses alone', () => {
    expect(found('00:00:00:00:00:00 ff:ff:ff:ff:ff:ff FF-FF-FF-FF-FF-FF 0000.0000.0000 ffff.ffff.ffff')).toEqual([]);
  });

  it('ignores wrong pair counts, longer chains and mixed separators', () => {
    for (const text of [
      '00:1a:2b:3c:4d',
      '00:1a:2b:3c:4d:5e:6f',
      '00:1a:2b:3c:4d:5e:6f:70',
      '77:00:1a:2b:3c:4d:5e',
      '00:1a-2b:3c:4d:5e',
      '0:1a:2b:3c:4d:5e',
      '00:1a:2b:3c:4d:5e0',
      '001a.2b3c.4d5e.6f70',
      'x00:1a:2b:3c:4d:5e',
      '00:1a:2b:3c:4d:5eg',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('ignores all-digit dotted groups, times, UUIDs and IPv6', () => {
    for (const text of ['1234.5678.9012', '12:30:45', '550e8400-e29b-41d4-a716-446655440000', '2001:db8::1', 'fe80:0:0:0:0:0:0:1']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('leaves identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(found(text), text).toEqual([]);
  });

  it('processes 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(macAddressDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => found(text)).not.toThrow();
    }
  });
});
