import { address, dob, email, ip, json, keep, mac, person, phone, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('rag');

/** Retrieved chunks stuffed into the context window: wikis, contracts, CRM notes, PDFs. */
export const ragItems: readonly ItemSpec[] = [
  item('oncall-wiki', () => t`
    [doc: wiki/oncall.md, chunk 3/7, score 0.91]
    ## Escalation
    Primary on-call this week: ${person('Grace Liu')} (${phone('+1 650 555 0133')}). Secondary: ${person('Omar Farouk')} (${phone('+1 650 555 0178')}).
    Page via PagerDuty service ${keep('P7X2K9Q')}; do not call after 22:00 unless Sev 1.
  `),
  item('contract-parties', () => t`
    [source: contracts/msa-2024-acme.pdf p.1]
    This Master Services Agreement is entered into by Example Ltd, represented by ${person('Jonathan Reeves')}, with registered office at
    ${address('45 Canary Wharf Road')}, London E14 5AB, and Acme GmbH, represented by Dr. ${person('Sabine Koch')}, ${address('Hansaring 12')}, 50670 Köln.
  `),
  item('crm-note', () => t`
    [crm/notes/acct-77812]
    Spoke with ${person('Bianca Lopez')} (procurement). She prefers email (${email('bianca.lopez@customer.example')}) over calls.
    Renewal decision expected by ${keep('2024-12-15')}. Budget ~${keep('$48k')}.
  `),
  item('employee-directory', () => t`
    [hr/directory.csv rows 41-44]
    ${userId('user_10441')},${person('Aaron Blake')},${email('aaron.blake@corp.example.com')},${phone('+1 312 555 0101')},Chicago
    ${userId('user_10442')},${person('Beatrice Hale')},${email('beatrice.hale@corp.example.com')},${phone('+1 312 555 0102')},Chicago
    ${userId('user_10443')},${person('Caleb Ortiz')},${email('caleb.ortiz@corp.example.com')},${phone('+1 312 555 0103')},Denver
  `),
  item('kb-refund-policy', () => t`
    [kb/refunds.md, chunk 1/2]
    Refunds are issued to the original payment method within 5–7 business days. Orders like ${keep('ORD-2024-118842')} that were paid
    with ${keep('Apple Pay')} are refunded to the same card. Contact billing via the in-app chat, not by phone.
  `),
  item('incident-postmortem', () => t`
    [postmortems/2024-10-02-db-failover.md]
    At ${keep('2024-10-02T03:17:44Z')} the primary (${ip('10.0.12.5')}) stopped replicating to ${ip('10.0.12.6')}. Failover completed at 03:21.
    Impact: ${keep('4 minutes')} of ${keep('503')} errors for ~${keep('2%')} of requests. Incident commander: ${person('Lisa Wong')}.
  `),
  item('patient-record', () => t`
    [ehr/export/chunk-0007]
    Patient: ${person('Robert Lang')} | DOB: ${dob('1949-08-30')} | MRN: ${keep('MRN-0048213')}
    Address: ${address('1712 Oak Street')}, Portland, OR 97205 | Phone: ${phone('503-555-0160')}
    Allergies: penicillin. Last visit: ${keep('2024-09-12')}.
  `),
  item('student-roster', () => t`
    [lms/roster/CS101-fall.txt]
    ${person('Mia Thompson')} <${email('mia.t@students.example.edu')}> born ${dob('2005-03-11')}
    ${person('Liam Patel')} <${email('liam.p@students.example.edu')}> born ${dob('2004-11-27')}
  `),
  item('invoice-pdf', (g) => t`
    [invoices/2024/INV-2024-00731.pdf]
    Bill to: ${person('Adaeze Adeyemi')}, ${address('12 Marina Road')}, Lagos
    Amount due: €4,850.00 — pay to ${g.iban('BE')} (Example BV)
    Reference: ${keep('INV-2024-00731')}
  `),
  item('network-doc', () => t`
    [it/network/printers.md]
    | Printer | IP | MAC |
    |---|---|---|
    | 3F-East | ${ip('10.1.3.21')} | ${mac('00:17:C8:4A:2E:91')} |
    | 5F-West | ${ip('10.1.5.22')} | ${mac('00:17:C8:4A:2E:B3')} |
  `),
  item('meeting-transcript', () => t`
    [transcripts/2024-10-17-standup.vtt]
    00:00:03.120 --> 00:00:07.400
    <v ${person('Priya Raman')}>Morning! Quick one, the deploy of ${keep('v2.14.1')} is blocked on review.
    00:00:07.900 --> 00:00:11.050
    <v ${person('Tom Becker')}>I'll take it after this call.
  `),
  item('press-release-negative', () => t`
    [news/2024-05-14-launch.md]
    Example Corp today announced general availability of its assistant on ${keep('Google Cloud')} and ${keep('Microsoft Azure')}.
    Built on ${keep('gpt-4o-2024-05-13')}, it handles ${keep('10,000')} requests per second with ${keep('99.95%')} availability.
  `),
  item('api-docs-negative', () => t`
    [docs/api/auth.md]
    Send your key in the Authorization header: \`Authorization: Bearer ${keep('YOUR_API_KEY_HERE')}\`.
    Keys start with \`${keep('sk-')}\` and are shown only once. Example: \`curl -H "Authorization: Bearer ${keep('$OPENAI_API_KEY')}" ...\`
  `),
  item('readme-negative', () => t`
    [repo/README.md]
    ## Quick start
    \`\`\`bash
    export ANTHROPIC_API_KEY=${keep('sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx')}
    npm install ${keep('@anthropic-ai/sdk@0.27.3')}
    \`\`\`
    Requires Node ${keep('>=18.17')}.
  `),
  item('changelog-negative', (g) => t`
    [CHANGELOG.md]
    ## ${keep('3.4.0')} (${keep('2024-09-30')})
    - feat: streaming tool calls (${g.gitSha(7)})
    - fix: retry on ${keep('429')} with jitter (${g.gitSha(7)})
    - chore: bump ${keep('typescript')} to ${keep('5.6.2')}
  `),
  item('policy-doc-negative', () => t`
    [hr/policies/remote-work.pdf p.4]
    Employees may work remotely up to three days a week. Requests go to your manager and the People team by ${keep('Friday')}.
    Offices in ${keep('Berlin')}, ${keep('Lisbon')} and ${keep('Bangalore')} are open ${keep('08:00–20:00')}.
  `),
  item('vendor-contacts', () => t`
    [procurement/vendors.json]
    ${json([
      { vendor: keep('Northwind Traders'), contact: person('Harriet Cole'), email: email('harriet.cole@northwind.example'), tel: phone('+44 161 496 0752') },
      { vendor: keep('Contoso'), contact: person('Ravi Iyer'), email: email('ravi.iyer@contoso.example'), tel: phone('+91 80 4567 8901') },
    ], 2)}
  `),
  item('legal-case', () => t`
    [legal/cases/2023-cv-0418.txt]
    Plaintiff ${person('Sandra Whitfield')}, residing at ${address('902 Lakeshore Blvd')}, Cleveland, OH 44108, alleges that on March 3, 2023 ...
  `),
  item('de-handbook', () => t`
    [handbuch/kontakte.md]
    Ansprechpartnerin Personal: Frau Dr. ${person('Ulrike Sommer')}, Tel. ${phone('0221 123456-78')}, E-Mail ${email('u.sommer@firma.example.de')}.
  `, 'de'),
  item('fr-doc', () => t`
    [docs/fr/contacts.md]
    Responsable du site : ${person('Mathieu Laurent')} — ${phone('04 72 12 34 56')} — ${address('3 place Bellecour')}, 69002 Lyon.
  `, 'fr'),
  item('es-doc', () => t`
    [docs/es/proveedores.md]
    Contacto: ${person('Carmen Ruiz')} (${email('carmen.ruiz@proveedor.example.es')}), móvil ${phone('612 34 56 78')}.
  `, 'es'),
  item('pt-doc', () => t`
    [docs/pt/clientes.csv]
    nome;email;telefone
    ${person('Rafael Souza')};${email('rafael.souza@example.com.br')};${phone('(11) 3456-7890')}
  `, 'pt'),
  item('support-macro-negative', () => t`
    [macros/greeting.txt]
    ${keep('Hi there')}, thanks for reaching out to ${keep('Example Support')}! We usually reply within ${keep('24 hours')}.
    ${keep('Dear customer')}, please include your order number (e.g. ${keep('ORD-2024-000000')}) so we can help faster.
  `),
  item('sla-table-negative', () => t`
    [docs/sla.md]
    | Plan | Uptime | Support | Price |
    |---|---|---|---|
    | Starter | ${keep('99.5%')} | email | ${keep('$0')} |
    | Pro | ${keep('99.9%')} | chat | ${keep('$49/mo')} |
    | Enterprise | ${keep('99.99%')} | 24/7 phone | custom |
  `),
  item('user-profile-chunk', () => t`
    [profiles/${userId('user_31877')}.md]
    Display name: ${person('Mohammed Al-Sayed')}. Joined ${keep('2022-04-19')}. Timezone ${keep('Europe/Berlin')}. Last IP ${ip('2001:db8:c0ff:ee::17')}.
  `),
  item('scanned-form', (g) => t`
    [ocr/forms/application-2291.png]
    APPLICANT NAME: ${person('Gabriel Santos')}
    SOCIAL SECURITY NO: ${g.ssn()}
    DATE OF BIRTH: ${dob('09/15/1983')}
    HOME ADDRESS: ${address('55 Pine Hill Rd')}, Albany, NY 12203
  `),
  item('architecture-negative', (g) => t`
    [docs/architecture.md]
    Requests flow from the edge (${keep('Envoy 1.31')}) to the API pods (${keep('api-7d9f8b6c5-x2k4p')}), then to Postgres on ${keep('localhost:5432')}.
    Image digest: sha256:${g.sha256()}. Build ${keep('build-20240611-3')}.
  `),
  item('faq-negative', () => t`
    [faq.md]
    Q: Does the app work with ${keep('Visual Studio Code')}? A: Yes, install the extension from the marketplace (version ${keep('1.92.0')} or later).
    Q: Is my data stored in ${keep('Frankfurt')}? A: EU customers are hosted in ${keep('eu-central-1')}.
  `),
  item('ja-doc', () => t`
    [docs/ja/担当者.md]
    担当者：${person('佐藤 花子')}（営業部）電話：${phone('06-6123-4567')} メール：${email('hanako.sato@example.co.jp')}
  `, 'ja'),
  item('hi-doc', () => t`
    [notes/hinglish/call-log.txt]
    Customer ${person('Rohit Verma')} ne bola ki unka number ${phone('98111 22334')} hai aur email ${email('rohit.verma@example.in')} pe invoice bhejo.
  `, 'hi'),
];
