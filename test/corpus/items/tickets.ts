import { address, dob, email, ip, keep, person, phone, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('ticket');

/** Support tickets handed to a model for triage, summarisation or a drafted reply. */
export const ticketItems: readonly ItemSpec[] = [
  item('double-charge', (g) => t`
    Ticket #48213 | Priority: High | Channel: web
    From: ${person('Laura Jensen')} <${email('laura.jensen@example.dk')}>
    Subject: Charged twice

    Hello, I was billed twice on ${keep('2024-09-14')} for the Pro plan. Card used: ${g.card('mastercard', ' ')}.
    Please refund one of them. Phone: ${phone('+45 32 12 34 56')}
  `),
  item('login-loop', () => t`
    Ticket #48214 | Priority: Medium
    Customer: ${person('Mohammed Al-Sayed')} (${userId('user_31877')})
    Issue: stuck in a login loop after enabling 2FA. Browser: ${keep('Chrome 128.0.6613.120')} on ${keep('Windows 11')}.
    Last IP: ${ip('198.51.100.201')}
  `),
  item('address-change', () => t`
    Hi support, please update my delivery address to ${address('742 Evergreen Terrace')}, Springfield, OR 97477.
    Order ${keep('ORD-2024-118907')} hasn't shipped yet. Thanks! ${person('Marge Simmons')}
  `),
  item('gdpr-request', () => t`
    Subject: GDPR data access request

    Dear ${keep('Data Protection Officer')},
    under Art. 15 GDPR I request a copy of all personal data you hold about me.
    Name: ${person('Tobias Krüger')}
    Email: ${email('tobias.krueger@example.de')}
    Date of birth: ${dob('03.05.1984')}
    Address: ${address('Lindenallee 45')}, 50968 Köln
    Kind regards, ${person('Tobias Krüger')}
  `),
  item('cancel-subscription', () => t`
    pls cancel my subscription asap, account ${email('mike_t_1990@example.com')}, I've been charged since march. ${person('Mike Thompson')}
  `),
  item('wrong-item', () => t`
    Ticket #48220
    Hi there, I ordered a blue kettle (SKU ${keep('KT-2201-BL')}) and received a red one. My name is ${person('Sarah Collins')},
    order number ${keep('ORD-2024-120044')}. Can I get a prepaid return label sent to ${email('sarah.collins@example.ca')}?
  `),
  item('bank-transfer-fr', (g) => t`
    Bonjour, je suis ${person('Julien Moreau')}. J'ai payé par virement depuis le compte ${g.iban('FR')} mais la commande est toujours "en attente".
    Pouvez-vous vérifier ? Tél : ${phone('06 71 23 45 89')}
  `, 'fr'),
  item('api-outage', () => t`
    Ticket #48231 | Enterprise | Sev 1
    Reporter: ${person('Grace Liu')}, Platform Lead
    Since ${keep('09:14 UTC')} all calls to ${keep('https://api.example.com/v2/completions')} return ${keep('503')}.
    Trace: ${keep('4bf92f3577b34da6a3ce929d0e0e4736')}. Our egress IP is ${ip('203.0.113.50')}.
  `),
  item('account-takeover', () => t`
    URGENT: someone changed my email to ${email('h4ck3r.2024@example.ru')} and my phone to ${phone('+7 912 345-67-89')}!
    My original email was ${email('anna.volkova@example.com')}. I'm ${person('Anna Volkova')}, customer since 2019.
  `),
  item('tax-id-upload', (g) => t`
    I uploaded my W-9 but the portal says the SSN ${g.ssn()} doesn't match. Name on the form: ${person('Christopher Hall')}.
  `),
  item('refund-iban', (g) => t`
    Please send the refund of €89,99 to my IBAN ${g.iban('IE')} (account holder ${person('Siobhan Murphy')}).
  `),
  item('phone-verification', () => t`
    I never get the verification SMS. My number is ${phone('+44 7700 900877')} (UK mobile). Tried 5 times since Friday.
  `),
  item('pt-ticket', () => t`
    Olá, meu nome é ${person('João Pereira')} e não consigo acessar minha conta. Meu e-mail é ${email('joao.pereira@example.com.br')}
    e meu celular ${phone('(21) 99876-5432')}. Obrigado!
  `, 'pt'),
  item('es-ticket', () => t`
    Hola, soy ${person('Diego Herrera')}. El pedido ${keep('ORD-2024-119310')} llegó roto. Mi teléfono: ${phone('+34 655 123 987')}.
  `, 'es'),
  item('in-ticket', () => t`
    Hello team, I am ${person('Arjun Mehta')} from Pune. UPI refund not received for order ${keep('ORD-2024-117702')}. Contact ${phone('+91 91234 56789')}.
  `),
  item('jp-ticket', () => t`
    お世話になっております。${person('Yuki Sato')}です。請求書の宛先を ${email('y.sato@example.co.jp')} に変更してください。電話: ${phone('03-6555-0142')}
  `, 'ja'),
  item('escalation-note', () => t`
    Internal note: escalated to ${person('Ben Carter')} (Tier 2). Customer ${userId('user_66120')} threatens chargeback.
    Do NOT share the refund status with ${email('third.party@example.org')}, who is not the account holder.
  `),
  item('dob-verification', () => t`
    To verify the account the caller gave DOB ${dob('1972-12-01')} and postcode ${keep('SW1A')}, which matches. Name on account: ${person('Margaret Ellis')}.
  `),
  item('duplicate-accounts', () => t`
    Please merge my two accounts: ${email('chris.p@example.com')} and ${email('christopher.park@work.example.com')}. Both are mine (${person('Christopher Park')}).
  `),
  item('shipping-nl', () => t`
    Mijn pakket is niet aangekomen. Adres: ${address('Keizersgracht 221')}, 1016 DV Amsterdam. Telefoon ${phone('+31 6 12345678')}. Groet, ${person('Sanne de Vries')}
  `, 'nl'),
  item('it-ticket', () => t`
    Buongiorno, sono ${person('Giulia Bianchi')}. Il pagamento con carta non va a buon fine. Potete chiamarmi al ${phone('+39 347 123 4567')}?
  `, 'it'),
  item('vip-customer', (g) => t`
    VIP customer ${person('Richard Stone')} called about card ${g.card('amex', '')} being declined at the hotel in ${keep('Dubai')}. Callback ${phone('+1 (212) 555-0168')}.
  `),
  item('web-form', () => t`
    [Contact form]
    name=${person('Olivia Grant')}
    email=${email('olivia.grant@example.com')}
    phone=${phone('+1 303 555 0114')}
    message=Hi, the invoice PDF link returns 404.
  `),
  item('minor-account', () => t`
    My son's account was created with his date of birth ${dob('2011-06-18')}; he is under 13, please delete it. Parent: ${person('Helen Park')}.
  `),
  item('sla-breach', () => t`
    Ticket #48250 | SLA breached by ${keep('3h 12m')}
    Assignee: ${person('Lisa Wong')} | Watchers: ${person('Omar Farouk')}, ${person('Leila Nasser')}
    Customer says response time exceeded the ${keep('99.9%')} uptime SLA.
  `),
  item('tenant-migration', () => t`
    Please move tenant ${keep('hosted-eu-20260812-09')} to the US region. Admin contact: ${email('it-admin@customer.example.com')}, ${phone('+1 650-555-0110')}.
  `),
  item('password-reset-spam', () => t`
    I keep receiving password reset emails I did not request. Account: ${email('petra.novak@example.cz')}. Requests came from ${ip('185.220.101.4')}.
  `),
  item('feedback', () => t`
    Love the new dashboard! Only nit: dark mode on ${keep('Safari 17.4')} makes charts unreadable. — ${person('Noah Fischer')}
  `),
  item('bulk-delete', () => t`
    Ticket #48261
    Please delete these users per their request:
    - ${email('a.kim@example.com')} (${person('Alex Kim')})
    - ${email('b.lopez@example.com')} (${person('Bianca Lopez')})
    - ${email('c.nguyen@example.com')} (${person('Chris Nguyen')})
  `),
  item('card-last4-only', () => t`
    Customer asks why the card ending in ${keep('4242')} was charged ${keep('$19.99')} on ${keep('2024-10-01')}. No other details provided.
  `),
  item('lost-parcel-uk', () => t`
    Parcel never arrived at ${address('58 Church Lane')}, Bristol BS8 1TH. Tracking ${keep('RM123456785GB')}. ${person('James Whitaker')}, ${phone('0117 496 0723')}.
  `),
  item('de-kuendigung', () => t`
    Sehr geehrte Damen und Herren, hiermit kündige ich meinen Vertrag (Kundennummer ${keep('KD-448120')}) zum nächstmöglichen Termin.
    Mit freundlichen Grüßen
    ${person('Jana Hoffmann')}
    ${address('Bergstraße 7')}, 69120 Heidelberg
  `, 'de'),
  item('ssn-in-chat-ticket', (g) => t`
    Chat transcript attached. At 14:02 the customer typed their SSN (${g.ssn()}) into the chat even though the agent asked them not to.
  `),
  item('refund-status', () => t`
    Refund status: PENDING. Amount ${keep('$129.00')}. Requested by ${userId('user_90012')} via ${keep('Zendesk')}. Retry at ${keep('2024-10-03T18:00:00Z')}.
  `),
  item('empty-signature', () => t`
    The export button does nothing in ${keep('Firefox 131')}. Steps: open Reports, pick ${keep('Last 30 days')}, click Export. ${keep('Thanks, Support Team')}
  `),
];
