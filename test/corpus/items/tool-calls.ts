import { address, card, dob, email, ip, json, keep, mac, person, phone, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('tool-call');

/**
 * Tool-call arguments and results as they appear in GenAI span attributes: JSON, often with
 * the arguments as a JSON string inside JSON (escaped twice).
 */
export const toolCallItems: readonly ItemSpec[] = [
  item('lookup-customer-email', () =>
    json({ name: 'lookup_customer', arguments: json({ email: email('grace.liu@example.com') }) }),
  ),
  item('lookup-customer-phone', (g) =>
    json({
      id: g.providerId('openai-call'),
      type: 'function',
      function: { name: 'lookup_customer', arguments: json({ phone: phone('+1 415 555 0132'), include_orders: true }) },
    }),
  ),
  item('openai-tool-calls-message', (g) =>
    json(
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: g.providerId('openai-call'),
            type: 'function',
            function: {
              name: 'create_ticket',
              arguments: json({ customer_name: person('Laura Jensen'), contact: email('laura.jensen@example.dk'), priority: 'high' }),
            },
          },
        ],
      },
      2,
    ),
  ),
  item('anthropic-tool-use', (g) =>
    json({
      type: 'tool_use',
      id: g.providerId('anthropic-tool'),
      name: 'send_email',
      input: {
        to: email('oliver.bennett92@example.co.uk'),
        subject: 'Welcome aboard',
        body: t`Hi ${person('Oliver')}, your start date is confirmed for Monday. See you at 9!`,
      },
    }),
  ),
  item('tool-result-customer', (g) =>
    json({
      type: 'tool_result',
      tool_use_id: g.providerId('anthropic-tool'),
      content: json({
        customer: {
          id: userId('user_552019'),
          name: person('Daniel Okafor'),
          phone: phone('+1 512-555-0187'),
          address: t`${address('4821 Willow Creek Drive')}, Austin, TX 78745`,
        },
        orders: [{ id: keep('ORD-2024-118842'), total: 129.5, status: 'shipped' }],
      }),
    }),
  ),
  item('payment-args', (g) =>
    json({ name: 'charge_card', arguments: json({ card: g.card('visa', ''), amount_cents: 4900, currency: 'usd' }) }),
  ),
  item('payment-args-spaced', (g) =>
    json({ name: 'charge_card', arguments: json({ pan: g.card('mastercard', ' '), exp: '11/27', amount: '120.00' }) }),
  ),
  item('refund-args-iban', (g) =>
    json({ name: 'issue_refund', arguments: json({ iban: g.iban('DE', false), beneficiary: person('Lukas Brandt'), amount_eur: 1200 }) }),
  ),
  item('kyc-tool', (g) =>
    json(
      {
        name: 'verify_identity',
        arguments: json({ full_name: person('Emily Carter'), ssn: g.ssn(), date_of_birth: dob('1986-04-17') }),
      },
      2,
    ),
  ),
  item('mcp-tools-call', () =>
    json({
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'crm.search', arguments: { query: t`contacts named ${person('Priya Raman')} at ${email('priya.raman@corp.example.net')}` } },
    }),
  ),
  item('mcp-tools-result', () =>
    json({
      jsonrpc: '2.0',
      id: 7,
      result: {
        content: [
          {
            type: 'text',
            text: t`Found 1 contact: ${person('Priya Raman')}, Staff SRE, ${phone('+44 20 7946 0958')}, last login from ${ip('203.0.113.19')}.`,
          },
        ],
        isError: false,
      },
    }),
  ),
  item('geo-ip-tool', () =>
    json({ name: 'geoip_lookup', arguments: json({ ip: ip('198.51.100.42') }) }),
  ),
  item('geo-ip-result', () =>
    json({ ip: ip('2001:db8:ffff:1::a'), city: keep('Frankfurt am Main'), country: 'DE', asn: keep('AS3320') }),
  ),
  item('search-orders-negative', (g) =>
    json({
      name: keep('search_orders'),
      arguments: json({ status: 'pending', created_after: keep('2024-09-01T00:00:00Z'), limit: 50, request_id: g.uuid() }),
    }),
  ),
  item('get-weather-negative', (g) =>
    json({ id: g.providerId('openai-call'), type: 'function', function: { name: keep('get_weather'), arguments: json({ city: keep('São Paulo'), unit: 'celsius' }) } }),
  ),
  item('calendar-tool', () =>
    json({
      name: 'create_event',
      arguments: json({
        title: 'Quarterly review',
        attendees: [email('tanya.ivanova@example.com'), email('george.mills@example.com')],
        start: keep('2024-10-28T15:00:00+01:00'),
      }),
    }),
  ),
  item('sms-tool', () =>
    json({ name: 'send_sms', arguments: json({ to: phone('+4915123456789'), text: 'Your code is 482913' }) }),
  ),
  item('sms-tool-fr', () =>
    json({ name: 'send_sms', arguments: json({ to: phone('+33612345678'), text: 'Votre rendez-vous est confirmé pour mardi.' }) }),
  ),
  item('sms-tool-in', () =>
    json({ name: 'send_whatsapp', arguments: json({ phone: phone('+919876543210'), template: 'order_shipped' }) }),
  ),
  item('sms-tool-br', () =>
    json({ name: 'send_whatsapp', arguments: json({ phone: phone('+5511987654321'), template: 'pedido_enviado' }) }),
  ),
  item('sms-tool-jp', () =>
    json({ name: 'send_sms', arguments: json({ to: phone('+819012345678'), text: 'ご予約を承りました' }) }),
  ),
  item('db-query-tool', () =>
    json({ name: 'run_sql', arguments: json({ query: t`SELECT * FROM users WHERE email = '${email('tobias.krueger@example.de')}' LIMIT 1` }) }),
  ),
  item('db-query-result', () =>
    json(
      {
        rows: [
          { id: 48213, email: email('tobias.krueger@example.de'), name: person('Tobias Krüger'), created_at: keep('2021-03-14T08:22:51Z') },
        ],
        row_count: 1,
        elapsed_ms: 12,
      },
      2,
    ),
  ),
  item('address-validation', () =>
    json({
      name: 'validate_address',
      arguments: json({ line1: address('1600 Amphitheatre Parkway'), city: 'Mountain View', state: 'CA', zip: '94043' }),
    }),
  ),
  item('address-validation-uk', () =>
    json({ name: 'validate_address', arguments: json({ line1: address('10 Downing Street'), town: 'London', postcode: 'SW1A 2AA' }) }),
  ),
  item('address-validation-de', () =>
    json({ name: 'validate_address', arguments: json({ strasse: address('Unter den Linden 77'), plz: '10117', ort: 'Berlin' }) }),
  ),
  item('network-inventory-tool', () =>
    json({
      name: 'register_device',
      arguments: json({ hostname: keep('build-agent-07'), mac: mac('a4:83:e7:2b:9c:01'), ipv4: ip('10.20.30.41'), firmware: keep('2.4.1') }),
    }),
  ),
  item('web-search-negative', (g) =>
    json({
      id: g.providerId('openai-call'),
      type: 'function',
      function: { name: keep('web_search'), arguments: json({ query: keep('best Visual Studio Code extensions 2024'), top_k: 5 }) },
    }),
  ),
  item('code-interpreter-negative', (g) =>
    json({
      type: 'tool_use',
      id: g.providerId('anthropic-tool'),
      name: keep('python'),
      input: { code: keep('import pandas as pd\ndf = pd.read_csv("sales.csv")\nprint(df.groupby("region")["revenue"].sum())') },
    }),
  ),
  item('crm-update', () =>
    json({
      name: 'crm_update_contact',
      arguments: json({ contact_id: keep('003Dn00000AbCdE'), first_name: person('Valentina'), last_name: person('Greco'), mobile: phone('+39 347 765 4321') }),
    }),
  ),
  item('stripe-webhook-tool', (g) =>
    json({
      id: g.providerId('stripe-event'),
      type: 'charge.succeeded',
      data: { object: { amount: 4900, billing_details: { email: email('zoe.adams@example.net'), name: person('Zoe Adams'), phone: null } } },
    }),
  ),
  item('vision-result', () =>
    json({ name: 'ocr_receipt', result: json({ merchant: keep('Blue Bottle Coffee'), total: '7.50', card: t`VISA ${card('4111 1111 1111 1111')}` }) }),
  ),
  item('tool-error-result', (g) =>
    json({
      type: 'tool_result',
      tool_use_id: g.providerId('anthropic-tool'),
      is_error: true,
      content: t`Error 404: no customer found for ${email('unknown.user@example.com')}`,
    }),
  ),
  item('langchain-run', (g) =>
    json({
      run_id: g.uuid(),
      name: 'AgentExecutor',
      inputs: { input: t`What is the balance on account ${g.iban('GB')} for ${person('Siobhan Murphy')}?` },
      tags: ['prod', keep('hosted-eu-20260812-09')],
    }),
  ),
  item('function-call-legacy', () =>
    json({ role: 'assistant', function_call: { name: 'schedule_callback', arguments: json({ phone: phone('(646) 555-0127'), time: '14:00' }) } }),
  ),
  item('nested-args-user', () =>
    json({ name: 'get_user_profile', arguments: json({ user: userId('user_70431'), fields: ['email', 'phone_number', 'first_name'] }) }),
  ),
  item('json-keys-negative', () =>
    json({ name: keep('update_preferences'), arguments: json({ fields: [keep('email'), keep('phone_number'), keep('date_of_birth')], opt_in: false }) }),
  ),
  item('retrieval-tool-result', () =>
    json({
      name: 'kb_search',
      result: [
        { doc_id: keep('kb-00419'), score: keep('0.8731'), snippet: 'Refunds are processed within 5–7 business days.' },
        { doc_id: keep('kb-00077'), score: keep('0.8112'), snippet: 'Contact billing via the in-app chat.' },
      ],
    }),
  ),
  item('tool-call-secret', (g) =>
    json({ name: 'http_request', arguments: json({ url: 'https://api.github.com/user', headers: { Authorization: t`token ${g.githubToken()}` } }) }),
  ),
  item('tool-call-openai-key', (g) =>
    json({ name: 'configure_provider', arguments: json({ provider: 'openai', key: g.openaiKey('legacy'), model: keep('gpt-4o-mini-2024-07-18') }) }),
  ),
  item('booking-tool', () =>
    json({
      name: 'book_flight',
      arguments: json({
        passenger: { given_name: person('Haruto'), family_name: person('Suzuki'), birth_date: dob('1993-05-09') },
        flight: keep('NH204'),
        contact_email: email('haruto.suzuki@example.jp'),
      }),
    }),
  ),
  item('ip-allowlist-tool', () =>
    json({ name: 'add_allowlist_entry', arguments: json({ cidr: t`${ip('203.0.113.0')}/24`, comment: 'office', expires: keep('2025-01-31') }) }),
  ),
  item('gemini-function-call', () =>
    json({ functionCall: { name: 'find_contact', args: { full_name: person('Ngozi Eze'), email: email('ngozi.eze@example.ng') } } }),
  ),
  item('bedrock-tool-use', (g) =>
    json({ toolUse: { toolUseId: g.providerId('anthropic-tool'), name: 'lookup_policy', input: { policy_holder: person('Marcus Reid'), ssn_last4: keep('4821') } } }),
  ),
];
