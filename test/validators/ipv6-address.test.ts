import { describe, expect, it } from 'vitest';
import { ipv6GroupCount } from '../../src/engine/validators/ipv6-address.js';

const groups = (text: string): number => ipv6GroupCount(text, 0, text.length);

describe('ipv6GroupCount', () => {
  it('counts the written groups of valid addresses', () => {
    expect(groups('2001:0db8:85a3:0000:0000:8a2e:0370:7334')).toBe(8);
    expect(groups('2001:db8::1')).toBe(3);
    expect(groups('fe80::1')).toBe(2);
    expect(groups('::1')).toBe(1);
    expect(groups('::')).toBe(0);
    expect(groups('1::')).toBe(1);
    expect(groups('1:2:3:4:5:6:7::')).toBe(7);
    expect(groups('::2:3:4:5:6:7:8')).toBe(7);
  });

  it('counts an IPv4 tail as two groups', () => {
    expect(groups('::ffff:192.0.2.128')).toBe(3);
    expect(groups('64:ff9b::192.0.2.33')).toBe(4);
    expect(groups('0:0:0:0:0:ffff:192.0.2.1')).toBe(8);
  });

  it('rejects wrong group counts, double compression and bad groups', () => {
    expect(groups('1:2:3:4:5:6:7')).toBe(-1);
    expect(groups('1:2:3:4:5:6:7:8:9')).toBe(-1);
    expect(groups('1::2::3')).toBe(-1);
    expect(groups('12345::1')).toBe(-1);
    expect(groups('12:30:45')).toBe(-1);
    expect(groups('00:1a:2b:3c:4d:5e')).toBe(-1);
    expect(groups(':1:2:3:4:5:6:7')).toBe(-1);
    expect(groups('1:2:3:4:5:6:7:')).toBe(-1);
    expect(groups('1:2:3:4:5:6:7:8::')).toBe(-1);
    expect(groups('g::1')).toBe(-1);
  });

  it('rejects malformed IPv4 tails', () => {
    expect(groups('::ffff:192.0.2')).toBe(-1);
    expect(groups('::ffff:192.0.2.256')).toBe(-1);
    expect(groups('::ffff:1.2.3.4:5')).toBe(-1);
    expect(groups('1:2:3:4:5:6:7:1.2.3.4')).toBe(-1);
  });
});
