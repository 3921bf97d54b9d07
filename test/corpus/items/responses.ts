import { address, dob, email, ip, json, keep, mac, person, phone, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('response');

/** Model output: echoes what the user gave, adds structure, sometimes leaks what a tool returned. */
export const responseItems: readonly ItemSpec[] = [
  item('refund-draft', (g) => t`
    Subject: Duplicate charge – refund request

    Dear Billing Team,

    I noticed two identical charges of $49.00 on my card ${g.card('visa', ' ')}. Please refund the duplicate.
    You can reach me at ${email('maria.kowalski@example.com')}.

    Kind regards,
    ${person('Maria Kowalski')}
  `),
  item('extracted-json', () => t`
    Here is the extracted data:

    ${json({ name: person('Ananya Iyer'), email: email('ananya.iyer@example.in'), phone: phone('+91 98450 12763'), city: 'Bengaluru' }, 2)}
  `),
  item('shipping-label', () => t`
    **Shipping label**

    ${person('Amelia Hughes')}
    ${address('2200 Mission College Blvd Suite 310')}
    Santa Clara, CA 95054
    United States
  `),
  item('age-calculation', () => t`
    If you were born on ${dob('1995-07-14')}, you are 10,722 days old as of today (${keep('2024-11-05')}). That is about 29.4 years.
  `),
  item('whitelist-answer', () => t`
    To allow ${ip('203.0.113.77')} in Cloudflare, go to **Security → WAF → Tools**, add an IP Access Rule with action
    "Allow", and do the same for the IPv6 range ${ip('2001:db8:4f1a::')}/48. Rate limiting rules on ${keep('/api/v1/login')}
    are evaluated separately, so they keep working.
  `),
  item('sms-reminder', () => t`
    Sure! Here's the SMS:

    "Hallo Frau ${person('Weber')}, wir erinnern Sie an Ihren Termin am Donnerstag um 10:30 Uhr. Bei Fragen: ${phone('030 98765432')}."
  `),
  item('scam-analysis', (g) => t`
    Yes, this looks like a phishing attempt:
    1. Urgency ("before 5pm").
    2. The sender domain ${email('payouts@secure-bank-update.example')} is not your bank's.
    3. It asks you to change the payout account to ${g.iban('GB')}.
    Do not call ${phone('+44 20 7946 0321')}; use the number printed on your card instead.
  `),
  item('onboarding-checklist', (g) => t`
    ### Onboarding checklist for ${person('Oliver Bennett')}
    - [ ] Payroll: submit SSN (${g.ssn()}) via the HR portal, never by email
    - [ ] Laptop: order MacBook Pro 14" (M3)
    - [ ] Accounts: create ${email('oliver.bennett@corp.example.com')}
    - [ ] Day 1: welcome lunch on ${keep('Monday')}
  `),
  item('customer-lookup-summary', () => t`
    I found the customer. ${person('Daniel Okafor')} (${userId('user_552019')}) has 3 open orders; the latest, ${keep('ORD-2024-118842')},
    ships to ${address('4821 Willow Creek Drive')}, Austin. His phone on file is ${phone('+1 512-555-0187')}.
  `),
  item('device-block', () => t`
    Log into your router at http://${ip('192.168.0.1')} (the default gateway), open **Connected devices**, find
    ${mac('3c-22-fb-7a-10-4e')} and choose *Block*. If the device reconnects with a new address, enable MAC filtering.
  `),
  item('letter-to-landlord', () => t`
    Dear Mr ${person('Hargreaves')},

    I am writing about the boiler at ${address('Flat 2, 14 Kingsway Road')}, which has not worked since Tuesday.
    Could you arrange a repair this week? I am available on ${phone('07700 900481')}.

    Yours sincerely,
    ${person('Rebecca Lowe')}
  `),
  item('json-tool-echo', (g) => t`
    The payment failed because the card ${g.card('amex', ' ')} expired. I have emailed ${email('zoe.adams@example.net')} a link to update it.
  `),
  item('refuse-ssn', (g) => t`
    I can't verify identities. For reference, the number you sent (${g.ssn()}) should only be shared through the official SSA portal.
  `),
  item('meeting-minutes', () => t`
    **Minutes – ${keep('2024-10-22')}**
    Attendees: ${person('Priya Raman')}, ${person('Tom Becker')}, ${person('Yuki Sato')}
    - Tom to restart the staging DB (${ip('10.42.7.19')})
    - Yuki to follow up with the vendor at ${email('support@vendor.example.com')}
  `),
  item('german-translation', (g) => t`
    „Bitte überweisen Sie die Kaution von 1.200 € bis Freitag auf ${g.iban('DE')}. Danke, ${person('Lukas Brandt')}"
  `),
  item('resume-feedback', () => t`
    Your resume is strong. Two suggestions: move the contact line (${email('ananya.iyer@example.in')}, ${phone('+91 98450 12763')}) under your name, and quantify the PyTorch work.
  `),
  item('code-with-user', () => t`
    \`\`\`python
    client.users.update(
        user_id="${userId('user_70431')}",
        email="${email('n.fischer@example.de')}",
        phone="${phone('+49 151 23456789')}",
    )
    \`\`\`
  `),
  item('itinerary', () => t`
    **Itinerary for ${person('Haruto Suzuki')}**
    - Wed: flight NH 204 to Frankfurt, seat 32K
    - Thu: hotel check-in, confirmation ${keep('HX-88213-B')}
    - Contact in Frankfurt: ${person('Noah Fischer')}, ${phone('+49 69 24 75 30 11')}
  `),
  item('party-plan', () => t`
    Since ${person('Isabella')} was born on ${dob('August 21, 1988')}, a "37 and fabulous" theme works. Book the venue two weeks ahead.
  `),
  item('candidate-ranking', () => t`
    1. **${person('Ingrid Solberg')}** – 9 years of Java, strongest systems background.
    2. **${person('Aisha Bello')}** – Go, fast learner.
    3. **${person('Tomasz Nowak')}** – Rust, great open-source record.
  `),
  item('french-address', () => t`
    Voici l'adresse formatée :
    ${person('Camille Dubois')}
    ${address('15 avenue Victor Hugo')}
    75116 Paris
    Tél. : ${phone('01 45 67 89 12')}
  `, 'fr'),
  item('ja-response', () => t`
    承知しました。${person('Kenji Watanabe')}様のご予約を確認しました。お電話番号 ${phone('090-1234-5678')} にご連絡いたします。
  `, 'ja'),
  item('es-response', () => t`
    Claro, ${person('Lucía')}. He enviado el recordatorio a ${email('lucia.fernandez@example.es')} y al número ${phone('+34 612 345 678')}.
  `, 'es'),
  item('security-advice', (g) => t`
    The key you pasted (${g.openaiKey()}) is now exposed. Revoke it at platform.openai.com → API keys and create a new one.
  `),
  item('anthropic-advice', (g) => t`
    Never commit keys. The value ${g.anthropicKey()} should live in a secret manager; rotate it in the Console now.
  `),
  item('dob-table', () => t`
    | Name | Date of birth |
    |------|---------------|
    | ${person('Mateo Silva')} | ${dob('1992-02-29')} |
    | ${person('Beatriz Costa')} | ${dob('1987-09-30')} |
  `),
  item('mac-inventory', () => t`
    Inventory of the lab switches:
    - sw-core-01: ${mac('00:1A:2B:3C:4D:5E')}
    - sw-edge-02: ${mac('0050.56c0.0008')}
    Both run firmware ${keep('17.9.4a')}.
  `),
  item('no-pii-answer', () => t`
    ${keep('gpt-4o-2024-08-06')} and ${keep('claude-3-5-sonnet-20241022')} both support tool calls; the former costs ${keep('$2.50')} per
    1M input tokens. For ${keep('128k')} context, use the batch API to halve the price.
  `),
  item('hi-there', () => t`
    ${keep('Hi there')}! I can help with billing, shipping and returns. What would you like to do ${keep('today')}?
  `),
  item('usage-footer', () => t`
    Done. (model: ${keep('claude-sonnet-4-20250514')}, input_tokens: ${keep('1523')}, output_tokens: ${keep('412')}, latency ${keep('2.31s')})
  `),
];
