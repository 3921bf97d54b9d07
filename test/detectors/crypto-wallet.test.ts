import { describe, expect, it } from 'vitest';
import { bitcoinWalletDetector, cryptoWalletDetectors, ethereumWalletDetector } from '../../src/engine/detectors/crypto-wallet.js';
import { Scanner } from '../../src/engine/scanner.js';
import { adversarialInputs, matchesOf, MUST_SURVIVE, valuesOf } from './structured-number-helpers.js';

const btc = (text: string): string[] => valuesOf([bitcoinWalletDetector], text);
const eth = (text: string): string[] => valuesOf([ethereumWalletDetector], text);

// Published example addresses (genesis block, BIP 173/350 and EIP-55 test vectors).
const P2PKH = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const SEGWIT_V0 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const SEGWIT_V0_SCRIPT = 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3';
const TAPROOT = 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0';
const ETH_CHECKSUMMED = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const ETH_LOWER = ETH_CHECKSUMMED.toLowerCase();

describe('crypto_wallet detectors', () => {
  it('are two detectors reporting CRYPTO_WALLET, off by default', () => {
    expect(cryptoWalletDetectors.map((d) => [d.name, d.types, d.enabledByDefault, d.trigger])).toEqual([
      ['crypto_wallet.btc', ['CRYPTO_WALLET'], false, { digit: true }],
      ['crypto_wallet.eth', ['CRYPTO_WALLET'], false, { keywords: ['0x'] }],
    ]);
  });

  it('report validated addresses at 0.9 and label-only Ethereum addresses at 0.75', () => {
    const text = `${P2PKH} ${ETH_CHECKSUMMED} wallet ${ETH_LOWER}`;
    expect(matchesOf(cryptoWalletDetectors, text).map((m) => [m.value, m.confidence])).toEqual([
      [P2PKH, 0.9],
      [ETH_CHECKSUMMED, 0.9],
      [ETH_LOWER, 0.75],
    ]);
  });

  it('leave identifier-shaped telemetry values alone', () => {
    for (const text of MUST_SURVIVE) expect(valuesOf(cryptoWalletDetectors, text), text).toEqual([]);
  });

  it('process 200 KB adversarial strings without error', () => {
    const scanner = new Scanner(cryptoWalletDetectors);
    for (const text of adversarialInputs()) {
      expect(() => scanner.scan(text)).not.toThrow();
      expect(() => valuesOf(cryptoWalletDetectors, text)).not.toThrow();
    }
  });
});

describe('crypto_wallet.btc', () => {
  it.each([
    ['P2PKH', P2PKH],
    ['P2SH', P2SH],
    ['segwit v0 key hash', SEGWIT_V0],
    ['segwit v0 upper case', SEGWIT_V0.toUpperCase()],
    ['segwit v0 script hash', SEGWIT_V0_SCRIPT],
    ['taproot', TAPROOT],
  ])('finds %s', (_name, address) => {
    expect(btc(`send to ${address}, please`)).toEqual([address]);
  });

  it('finds addresses in JSON and URIs', () => {
    expect(btc(`{"address":"${P2SH}"}`)).toEqual([P2SH]);
    expect(btc(`bitcoin:${SEGWIT_V0}?amount=0.1`)).toEqual([SEGWIT_V0]);
  });

  it('ignores a changed character or broken checksum', () => {
    expect(btc('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toEqual([]);
    expect(btc('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz')).toEqual([]);
    expect(btc('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toEqual([]);
  });

  it('ignores testnet, mixed case, wrong version and glued text', () => {
    expect(btc('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).toEqual([]);
    expect(btc('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8F3t4')).toEqual([]);
    expect(btc(`x${P2PKH}`)).toEqual([]);
    expect(btc(`${P2PKH}_old`)).toEqual([]);
    expect(btc(`3${P2PKH.slice(1)}`)).toEqual([]);
  });

  it('ignores hashes and long numbers', () => {
    expect(btc('1' + '2'.repeat(30))).toEqual([]);
    expect(btc('3a7bd3e2360a3d29eea436fcfb7e44c735d117c4')).toEqual([]);
    expect(btc('1723456789123456789012345678')).toEqual([]);
  });
});

describe('crypto_wallet.eth', () => {
  it.each([
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
  ])('finds EIP-55 checksummed %s without a label', (address) => {
    expect(eth(`pay ${address} now`)).toEqual([address]);
  });

  it('finds single-case addresses after a wallet, eth or address label', () => {
    expect(eth(`wallet: ${ETH_LOWER}`)).toEqual([ETH_LOWER]);
    expect(eth(`send 2 ETH to ${ETH_LOWER}`)).toEqual([ETH_LOWER]);
    expect(eth(`{"to_address": "${ETH_LOWER}"}`)).toEqual([ETH_LOWER]);
    expect(eth(`recipient ${ETH_LOWER.toUpperCase().replace('0X', '0x')}`)).toHaveLength(1);
  });

  it('ignores single-case hex without a label: digests look exactly like this', () => {
    expect(eth(`sha1 ${ETH_LOWER}`)).toEqual([]);
    expect(eth(ETH_LOWER)).toEqual([]);
    expect(eth(`ethernet ${ETH_LOWER}`)).toEqual([]);
    expect(eth(`wallet is mentioned much too far before this value, ${'.'.repeat(40)} ${ETH_LOWER}`)).toEqual([]);
  });

  it('ignores a broken checksum without a label', () => {
    expect(eth('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toEqual([]);
  });

  it('ignores other lengths and glued text, even with a label', () => {
    expect(eth(`wallet 0x${'a1'.repeat(32)}`)).toEqual([]);
    expect(eth(`wallet ${ETH_LOWER.slice(0, -1)}`)).toEqual([]);
    expect(eth(`wallet ${ETH_LOWER}g`)).toEqual([]);
    expect(eth(`wallet x${ETH_CHECKSUMMED}`)).toEqual([]);
  });
});
