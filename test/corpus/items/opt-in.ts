import { keep, person, t, wallet } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const prompt = itemsOf('prompt');
const ticket = itemsOf('ticket');
const log = itemsOf('log');
const chat = itemsOf('chat');
const tool = itemsOf('tool-call');
const rag = itemsOf('rag');

/**
 * Types whose detectors are off by default (UK_NINO, CA_SIN, IN_AADHAAR, CRYPTO_WALLET).
 * Scored separately, with those detectors enabled, so the default report is not skewed.
 */
export const optInItems: readonly ItemSpec[] = [
  prompt('nino-payslip', (g) => t`
    My payslip shows NI number ${g.ukNino()} and tax code ${keep('1257L')}. Why was I taxed at the emergency rate in ${keep('April')}?
  `),
  ticket('nino-compact', (g) => t`
    HMRC letter attached. National Insurance: ${g.ukNino(false)}. Employer PAYE ref ${keep('123/AB45678')}.
  `),
  chat('nino-chat', (g) => t`
    user: my national insurance number is ${g.ukNino()} — can you fill in the pension form?
  `),
  tool('nino-tool', (g) => t`{"name":"submit_p45","arguments":"{\\"ni_number\\":\\"${g.ukNino(false)}\\",\\"leaving_date\\":\\"2024-09-30\\"}"}`),
  prompt('sin-tax', (g) => t`
    Help me with my T4 slip. SIN: ${g.canadianSin()}, employer ${keep('Maple Leaf Logistics')}, box 14 income ${keep('$68,420.00')}.
  `),
  ticket('sin-compact', (g) => t`
    Applicant ${person('Olivia Tremblay')} provided social insurance number ${g.canadianSin('')} for the payroll setup.
  `),
  log('sin-hyphen', (g) => t`
    2024-10-09T10:00:00Z WARN payroll.ca validation sin=${g.canadianSin('-')} province=${keep('QC')} result=ok
  `),
  chat('aadhaar-hinglish', (g) => t`
    user: KYC ke liye mera Aadhaar number ${g.aadhaar()} hai, please verify karo.
  `, 'hi'),
  ticket('aadhaar-compact', (g) => t`
    Customer uploaded Aadhaar ${g.aadhaar('')} but the name does not match PAN records.
  `),
  tool('aadhaar-tool', (g) => t`{"name":"ekyc_verify","arguments":"{\\"aadhaar\\":\\"${g.aadhaar(' ')}\\",\\"consent\\":\\"Y\\"}"}`),
  prompt('aadhaar-hyphen', (g) => t`
    Is ${g.aadhaar('-')} a valid Aadhaar format? The form only accepts 12 digits.
  `),
  prompt('btc-p2pkh', (g) => t`
    Send the refund in BTC to ${g.bitcoinAddress('p2pkh')} please, fees on me.
  `),
  chat('btc-bech32', (g) => t`
    user: my wallet is ${g.bitcoinAddress('bech32')}, when will the payout arrive?
    assistant: Payouts are batched every ${keep('Friday')} at ${keep('12:00 UTC')}.
  `),
  log('btc-p2sh', (g) => t`
    withdrawal queued to=${g.bitcoinAddress('p2sh')} amount=${keep('0.0125')} BTC network_fee=${keep('0.00004')}
  `),
  // EIP-55 test vectors: checksummed (mixed-case) addresses as wallets display them.
  tool('eth-tool', () => t`{"name":"send_tokens","arguments":"{\\"to\\":\\"${wallet('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')}\\",\\"amount\\":\\"150\\",\\"token\\":\\"USDC\\"}"}`),
  log('eth-checksummed', () => t`
    transfer confirmed from ${wallet('0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359')} to ${wallet('0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB')} value=${keep('2.5')} ETH
  `),
  rag('eth-doc', (g) => t`
    [treasury/wallets.md] Cold wallet: ${g.ethereumAddress()} (multisig, 3 of 5). Hot wallet rotates ${keep('monthly')}.
  `),
  // Look-alikes the opt-in detectors must still leave alone.
  log('optin-negatives-hashes', (g) => t`
    commit ${g.gitSha()} tx-hash ${keep('0x' + g.hex(64))} block ${keep('20948213')} gas ${keep('21000')}
  `),
  prompt('optin-negatives-numbers', () => t`
    Invoice ${keep('1234 5678 9012')} and booking ${keep('123 456 789')} — are these Aadhaar or SIN numbers? (They are just references.)
  `),
];
