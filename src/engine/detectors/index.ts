import type { Detector } from '../types.js';
import { creditCardDetectors } from './credit-card.js';
import { cryptoWalletDetectors } from './crypto-wallet.js';
import { dateOfBirthDetectors } from './date-of-birth.js';
import { emailDetectors } from './email.js';
import { ibanDetectors } from './iban.js';
import { ipAddressDetectors } from './ip-address.js';
import { macAddressDetectors } from './mac-address.js';
import { nationalIdDetectors } from './national-id.js';
import { personDetectors } from './person.js';
import { phoneDetectors } from './phone.js';
import { secretDetectors } from './secrets/index.js';
import { streetAddressDetectors } from './street-address.js';
import { usSsnDetectors } from './us-ssn.js';
import { userIdDetectors } from './user-id.js';

/**
 * Every built-in detector, in the order they run. Order matters only for ties in overlap
 * resolution, which prefers confidence and length over order.
 */
export const builtinDetectors: readonly Detector[] = [
  ...secretDetectors,
  ...emailDetectors,
  ...creditCardDetectors,
  ...ibanDetectors,
  ...usSsnDetectors,
  ...phoneDetectors,
  ...ipAddressDetectors,
  ...macAddressDetectors,
  ...nationalIdDetectors,
  ...cryptoWalletDetectors,
  ...dateOfBirthDetectors,
  ...streetAddressDetectors,
  ...userIdDetectors,
  ...personDetectors,
];
