import { describe, expect, it } from 'vitest';
import { ipv4Value, parseIpv4 } from '../../src/engine/validators/ipv4-address.js';

describe('parseIpv4', () => {
  it('returns the end of a dotted quad', () => {
    expect(parseIpv4('192.168.1.20', 0)).toBe(12);
    expect(parseIpv4('0.0.0.0', 0)).toBe(7);
    expect(parseIpv4('255.255.255.255', 0)).toBe(15);
    expect(parseIpv4('ip 10.0.0.1:8080', 3)).toBe(11);
  });

  it('stops after four octets and leaves the boundary to the caller', () => {
    expect(parseIpv4('1.2.3.4.5', 0)).toBe(7);
  });

  it('rejects octets above 255, leading zeros, missing parts and long octets', () => {
    expect(parseIpv4('256.1.1.1', 0)).toBe(-1);
    expect(parseIpv4('1.1.1.300', 0)).toBe(-1);
    expect(parseIpv4('01.2.3.4', 0)).toBe(-1);
    expect(parseIpv4('1.2.3.04', 0)).toBe(-1);
    expect(parseIpv4('1.2.3', 0)).toBe(-1);
    expect(parseIpv4('1.2.3.', 0)).toBe(-1);
    expect(parseIpv4('1..2.3', 0)).toBe(-1);
    expect(parseIpv4('1.2.3.1234', 0)).toBe(-1);
    expect(parseIpv4('a.2.3.4', 0)).toBe(-1);
  });
});

describe('ipv4Value', () => {
  it('packs the octets big-endian as an unsigned number', () => {
    expect(ipv4Value('127.0.0.1', 0, 9)).toBe(0x7f000001);
    expect(ipv4Value('255.255.255.255', 0, 15)).toBe(0xffffffff);
    expect(ipv4Value('at 10.1.2.3 now', 3, 11)).toBe(0x0a010203);
  });
});
