import { describe, expect, it } from 'vitest';
import { ipAddressDetectors, ipv4Detector, ipv6Detector } from '../../src/engine/detectors/ip-address.js';
import { Scanner } from '../../src/engine/scanner.js';
import { adversarialInputs, matchesOf, MUST_SURVIVE, valuesOf } from './structured-number-helpers.js';

const v4 = (text: string): string[] => valuesOf([ipv4Detector], text);
const v6 = (text: string): string[] => valuesOf([ipv6Detector], text);
const any = (text: string): string[] => valuesOf(ipAddressDetectors, text);

describe('ip_address detectors', () => {
  it('are two enabled detectors reporting IP_ADDRESS at 0.9', () => {
    expect(ipAddressDetectors.map((d) => [d.name, d.enabledByDefault, d.trigger, d.types])).toEqual([
      ['ip_address.v4', true, { digit: true, minDigits: 4 }, ['IP_ADDRESS']],
      ['ip_address.v6', true, { chars: ':' }, ['IP_ADDRESS']],
    ]);
    expect(matchesOf(ipAddressDetectors, 'from 203.0.113.7 and 2001:db8::7')).toEqual([
      { value: '203.0.113.7', type: 'IP_ADDRESS', confidence: 0.9, detector: 'ip_address.v4' },
      { value: '2001:db8::7', type: 'IP_ADDRESS', confidence: 0.9, detector: 'ip_address.v6' },
    ]);
  });
});

describe('ip_address.v4', () => {
  it.each([
    ['public', 'client 203.0.113.7 connected', '203.0.113.7'],
    ['private 10/8', 'host 10.0.0.1', '10.0.0.1'],
    ['private 172.16/12', 'host 172.16.5.4.', '172.16.5.4'],
    ['private 192.168/16', 'gw=192.168.1.254', '192.168.1.254'],
    ['with port', 'listen 198.51.100.23:8080', '198.51.100.23'],
    ['CIDR', 'allow 10.20.0.0/16', '10.20.0.0'],
    ['JSON', '{"client_ip":"198.51.100.23"}', '198.51.100.23'],
    ['URL', 'http://203.0.113.7/path', '203.0.113.7'],
    ['zero octets', 'at 1.0.0.1', '1.0.0.1'],
    ['X-Forwarded-For', 'X-Forwarded-For: 203.0.113.7, 198.51.100.1', '203.0.113.7'],
  ])('finds %s', (_name, text, value) => {
    expect(v4(text)[0]).toBe(value);
  });

  it('finds every address in a list', () => {
    expect(v4('203.0.113.7, 198.51.100.1,10.1.1.1')).toEqual(['203.0.113.7', '198.51.100.1', '10.1.1.1']);
  });

  it('leaves loopback, "this host" and broadcast alone', () => {
    expect(v4('127.0.0.1 127.1.2.3 0.0.0.0 0.1.2.3 255.255.255.255')).toEqual([]);
  });

  it('ignores invalid octets and leading zeros', () => {
    for (const text of ['256.1.1.1', '1.1.1.300', '01.2.3.4', '1.2.3.04', '1.2.3', '1..2.3.4']) expect(v4(text), text).toEqual([]);
  });

  it('ignores longer dotted numbers and glued words', () => {
    for (const text of ['1.2.3.4.5', '1.2.3.4.5.6.7.8', 'oid 1.3.6.1.4.1.311', 'a1.2.3.4', '1.2.3.4a', '4.3.2.1.in-addr.arpa', 'x.1.2.3.4']) {
      expect(v4(text), text).toEqual([]);
    }
  });

  it('ignores version numbers', () => {
    for (const text of ['v1.2.3.4', 'version 1.2.3.4', 'Version: 1.2.3.4', '"version": "1.2.3.4"', 'build 10.0.1.1', 'firmware=2.1.0.3', 'rev 4.1.2.8', 'v8 11.3.244.8-node.23', '1.2.3.4-beta']) {
      expect(v4(text), text).toEqual([]);
    }
  });

  it('ignores user-agent product versions but not addresses in URL paths', () => {
    expect(v4('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36')).toEqual([]);
    expect(v4('curl/8.1.2.4')).toEqual([]);
    expect(v4('GET /api/hosts/10.1.2.3 HTTP/1.1')).toEqual(['10.1.2.3']);
    expect(v4('http://example.com/203.0.113.9')).toEqual(['203.0.113.9']);
    expect(v4('range 10.0.0.1-10.0.0.9')).toEqual(['10.0.0.1', '10.0.0.9']);
  });
});

describe('ip_address.v6', () => {
  it.each([
    ['full form', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['compressed', '2001:db8::1'],
    ['link-local', 'fe80::1'],
    ['trailing compression', '2001:db8:1::'],
    ['IPv4-mapped', '::ffff:192.0.2.128'],
    ['NAT64 with IPv4 tail', '64:ff9b::192.0.2.33'],
    ['upper case', 'FE80::1FF:FE23:4567:890A'],
    ['uncompressed zeros', '2001:db8:0:0:1:0:0:1'],
  ])('finds %s', (_name, address) => {
    expect(v6(`peer ${address} connected`)).toEqual([address]);
  });

  it('finds addresses in brackets, with zone ids and before punctuation', () => {
    expect(v6('[2001:db8::1]:443')).toEqual(['2001:db8::1']);
    expect(v6('fe80::1ff:fe23:4567:890a%eth0')).toEqual(['fe80::1ff:fe23:4567:890a']);
    expect(v6('reached 2001:db8::42.')).toEqual(['2001:db8::42']);
    expect(v6('host 2001:db8::42: connection refused')).toEqual(['2001:db8::42']);
    expect(v6('"ip":"2001:db8::42"')).toEqual(['2001:db8::42']);
  });

  it('leaves :: and the loopback ::1 alone', () => {
    expect(v6(':: ::1 [::1]:8080')).toEqual([]);
  });

  it('ignores C++ and Rust scopes and Python slices', () => {
    for (const text of ['std::vector<int>', 'a::b', 'Foo::Bar::baz()', 'crate::a1::b2', 'ab::cd', 'x[1::2]', 'arr[10::5]', 'x[::2]', 'dead::beef']) {
      expect(any(text), text).toEqual([]);
    }
  });

  it('ignores times, MAC addresses and byte dumps', () => {
    for (const text of ['12:30:45', '12:30:45.123', 'at 10:30 - 11:45', '00:1a:2b:3c:4d:5e', '00:11:22:33:44:55:66:77', '2024-08-06T12:30:45Z']) {
      expect(v6(text), text).toEqual([]);
    }
  });

  it('ignores malformed groups', () => {
    for (const text of ['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '2001:db8::1::2', '12345::1', 'localhost:8080', '2001:db8::g1', 'x2001:db8::1']) {
      expect(v6(text), text).toEqual([]);
    }
  });
});

describe('ip_address detectors together', () => {
  it('leave identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(any(text), text).toEqual([]);
  });

  it('process 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(ipAddressDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => any(text)).not.toThrow();
    }
  });
});
