import { address, dob, email, keep, person, phone, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('email');

/** Whole emails pasted into a prompt ("reply to this", "summarise this thread"). */
export const emailItems: readonly ItemSpec[] = [
  item('reply-to-this', () => t`
    Reply to this email politely declining:

    From: ${person('Richard Holloway')} <${email('r.holloway@partner.example.com')}>
    To: ${email('sales@ourcompany.example')}
    Date: ${keep('Tue, 8 Oct 2024 09:41:12 +0200')}
    Subject: Partnership proposal

    Hi team,
    we'd love to co-host a webinar next month. Could we jump on a call? My mobile is ${phone('+44 7911 123456')}.
    Best,
    ${person('Richard')}
  `),
  item('thread-summary', () => t`
    Summarise this thread:

    > On Mon, 7 Oct 2024 at 17:02, ${person('Nadia Rahman')} <${email('nadia.rahman@example.org')}> wrote:
    > Can you send me the signed NDA?
    Sure, attached. — ${person('Peter Lindgren')}
    > On Mon, 7 Oct 2024 at 17:30, ${person('Nadia Rahman')} wrote:
    > Thanks ${person('Peter')}, received.
  `),
  item('invoice-email', (g) => t`
    Extract the invoice number and amount from this email:

    Dear Ms. ${person('Adeyemi')},
    please find attached invoice ${keep('INV-2024-00731')} for ${keep('€4,850.00')}, due ${keep('2024-11-15')}.
    Bank details: ${g.iban('BE')}, BIC ${keep('GEBABEBB')}.
    Best regards,
    ${person('Jonas Peeters')}
    Finance, Example BV
  `),
  item('hr-email', (g) => t`
    Rewrite this email to be more concise:

    Hi ${person('Samantha')},
    Just a heads-up that I've updated your payroll record. Your SSN is on file as ${g.ssn()} and your new address is
    ${address('39 Cedar Hollow Lane')}, Raleigh, NC 27603. Your date of birth (${dob('1990-01-23')}) was already correct.
    Thanks,
    ${person('Daniel Wu')}
    HR Operations
  `),
  item('recruiter', () => t`
    Classify the sentiment of this recruiter email:

    Hello ${person('Arjun')},
    I came across your profile and think you'd be a great fit for our Staff Engineer opening. Are you free ${keep('Thursday')}?
    ${person('Claire Dawson')} | Talent Partner | ${phone('+1 (415) 555-0173')} | ${email('claire.dawson@talent.example.com')}
  `),
  item('out-of-office', () => t`
    What does this auto-reply mean for my deadline?

    I am out of office until ${keep('October 21')} with limited access to email. For urgent matters contact
    ${person('Mark Jensen')} at ${email('mark.jensen@example.com')} or ${phone('+1 206 555 0143')}.
  `),
  item('newsletter-unsubscribe', () => t`
    Is this unsubscribe email legit?
    "You are receiving this because ${email('dana.white@example.com')} subscribed to Weekly Deals. Unsubscribe: https://deals.example.com/u?id=${userId('user_118724')}"
  `),
  item('de-email', () => t`
    Fasse diese E-Mail zusammen:

    Hallo Herr ${person('Schulz')},
    vielen Dank für Ihr Angebot. Wir melden uns bis Freitag. Bei Rückfragen erreichen Sie mich unter ${phone('+49 89 1234 5678')}.
    Viele Grüße
    ${person('Katharina Braun')}
  `, 'de'),
  item('fr-email', () => t`
    Traduis cet e-mail en anglais :

    Bonjour Mme ${person('Lambert')},
    Je vous confirme notre rendez-vous de mardi. Mon adresse : ${address('8 rue de la République')}, 13001 Marseille.
    Cordialement,
    ${person('Antoine Girard')}
    ${phone('+33 4 91 23 45 67')}
  `, 'fr'),
  item('es-email', () => t`
    Resume este correo:

    Estimado Sr. ${person('Ramírez')}:
    le escribo para confirmar la entrega del pedido. Puede contactarme en ${email('isabel.ortega@example.es')}.
    Atentamente,
    ${person('Isabel Ortega')}
  `, 'es'),
  item('forwarded-chain', () => t`
    ---------- Forwarded message ---------
    From: ${person('Kevin O\'Brien')} <${email('kevin.obrien@example.ie')}>
    Date: ${keep('Wed, Oct 9, 2024 at 11:15 AM')}
    Subject: Re: server access
    To: ${person('Ravi Kumar')} <${email('ravi.kumar@example.com')}>

    ${person('Ravi')}, your VPN account is ready. Username: ${userId('user_40077')}. Call me on ${phone('+353 87 123 4567')} if it fails.
  `),
  item('doctor-letter', () => t`
    Simplify this letter for a patient:

    Re: Mr. ${person('Jacob Turner')}, DOB ${dob('14/02/1958')}, ${address('3 Mill Road')}, Cambridge CB1 2AD
    Thank you for referring this gentleman with a two-month history of exertional chest pain...
  `),
  item('signature-block', () => t`
    Extract contact details from this signature:

    --
    ${person('Valentina Greco')}
    Head of Partnerships
    ${phone('+39 02 1234 5678')} | ${email('v.greco@example.it')}
    ${address('Via Roma 12')}, 20121 Milano
  `),
  item('calendar-invite', () => t`
    Turn this into a calendar entry:
    "Quarterly review with ${person('Tanya Ivanova')} and ${person('George Mills')}, ${keep('Monday')} 3–4pm, dial-in ${phone('+1 872 555 0190')}, PIN ${keep('482 119 307#')}"
  `),
  item('phishing-sample', () => t`
    Explain the red flags in this email:

    From: PayPaI Support <${email('service@paypal-security.example')}>
    Dear Customer, your account has been limited. Verify your identity within 24 hours: http://paypal-verify.example/login
  `),
  item('plain-greeting', () => t`
    Write a reply to: "Hello team, the report for ${keep('Q3')} is attached. Revenue grew ${keep('14%')} year over year. Cheers, the Analytics team"
  `),
  item('pt-email', () => t`
    Corrija a gramática:

    Prezado Sr. ${person('Almeida')},
    segue em anexo o contrato. Qualquer dúvida, ligue para ${phone('+55 21 3456-7890')}.
    Att.,
    ${person('Fernanda Lima')}
  `, 'pt'),
  item('bounce', () => t`
    Why did this bounce?
    "Delivery to the following recipient failed permanently: ${email('old.address@example-legacy.com')}. Reason: ${keep('550 5.1.1')} user unknown"
  `),
  item('bcc-list', () => t`
    Write a subject line for a mail to: ${email('team-a@example.com')}, ${email('lee.morgan@example.com')}, ${email('pat.quinn@example.com')}
  `),
  item('cold-outreach', () => t`
    Improve this cold email:
    "Hey ${person('Brandon')}, I noticed ${keep('Acme Corp')} is hiring. I'm ${person('Nina Kowalczyk')}, and I help teams cut cloud costs by ${keep('30%')}. 15 min on ${keep('Friday')}?"
  `),
];
