import { dob, email, ip, json, keep, mac, type Part, person, phone, secret, t, userId } from '../dsl.js';
import type { Fakes } from '../fakes.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('log');

interface AccessLine {
  readonly client: Part;
  readonly user?: Part;
  readonly request: Part;
  readonly status: string;
  readonly bytes: string;
  readonly agent: string;
}

/** nginx "combined" format; the client address is PII, the rest is mostly metadata. */
function nginx(line: AccessLine, time: string): Part[] {
  return [
    line.client,
    ' - ',
    line.user ?? '-',
    ` [${time}] "`,
    line.request,
    '" ',
    keep(line.status),
    ' ',
    line.bytes,
    ' "-" "',
    keep(line.agent),
    '"',
  ];
}

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'python-requests/2.32.3',
  'okhttp/4.12.0',
  'curl/8.7.1',
  'OpenAI/Python 1.51.0',
];

const nginxLines: readonly ((g: Fakes) => AccessLine)[] = [
  () => ({ client: ip('203.0.113.42'), request: t`GET /api/v1/users?email=${email('maria%40example.com')} HTTP/1.1`, status: '200', bytes: '2326', agent: AGENTS[0]! }),
  () => ({ client: ip('198.51.100.7'), request: 'POST /v1/chat/completions HTTP/1.1', status: '200', bytes: '1893', agent: AGENTS[5]! }),
  () => ({ client: ip('192.0.2.146'), request: t`GET /profile/${userId('user_20931')}/settings HTTP/2.0`, status: '304', bytes: '0', agent: AGENTS[1]! }),
  () => ({ client: ip('2001:db8:3c4d:15::1a2f'), request: 'GET /healthz HTTP/1.1', status: '200', bytes: '2', agent: AGENTS[4]! }),
  () => ({ client: ip('203.0.113.9'), user: 'admin', request: 'GET /admin/export.csv HTTP/1.1', status: '403', bytes: '153', agent: AGENTS[2]! }),
  () => ({ client: ip('198.51.100.88'), request: t`GET /unsubscribe?e=${email('dana.white@example.com')}&t=${keep('1728312000')} HTTP/1.1`, status: '302', bytes: '0', agent: AGENTS[0]! }),
  (g) => ({ client: ip('192.0.2.33'), request: t`GET /reset?token=${g.opaqueToken(32)} HTTP/1.1`, status: '200', bytes: '5120', agent: AGENTS[3]! }),
  () => ({ client: ip('203.0.113.250'), request: 'GET /static/app.3f9c2b1e.js HTTP/1.1', status: '200', bytes: '482113', agent: AGENTS[1]! }),
  () => ({ client: ip('2001:db8::beef'), request: t`GET /api/v1/lookup?phone=${phone('%2B14155550132')} HTTP/1.1`, status: '404', bytes: '88', agent: AGENTS[2]! }),
  () => ({ client: ip('198.51.100.19'), request: 'DELETE /api/v1/sessions/current HTTP/1.1', status: '204', bytes: '0', agent: AGENTS[3]! }),
  () => ({ client: ip('192.0.2.201'), request: 'POST /v1/messages HTTP/1.1', status: '529', bytes: '97', agent: AGENTS[5]! }),
  () => ({ client: ip('203.0.113.61'), request: 'GET /search?q=refund+policy&page=2 HTTP/1.1', status: '200', bytes: '7781', agent: AGENTS[0]! }),
];

const nginxItems = nginxLines.map((line, index) =>
  item(`nginx-${String(index + 1).padStart(2, '0')}`, (g) =>
    t`${nginx(line(g), `${String(10 + index).padStart(2, '0')}/Oct/2024:13:${String(10 + index * 3).padStart(2, '0')}:36 +0000`)}`,
  ),
);

/** Application logs, structured and not, with stack traces and exception messages. */
export const logItems: readonly ItemSpec[] = [
  ...nginxItems,
  item('pino-login', (g) =>
    json({
      level: 30,
      time: keep('1723212345123'),
      pid: 4821,
      hostname: keep('api-7d9f8b6c5-x2k4p'),
      trace_id: g.traceId(),
      span_id: g.spanId(),
      msg: t`login succeeded for ${email('grace.liu@example.com')}`,
    }),
  ),
  item('pino-payment-error', (g) =>
    json({
      level: 50,
      time: 1723212399001,
      msg: 'payment failed',
      err: { type: 'CardError', message: t`Your card ${g.card('visa', ' ')} was declined.`, code: keep('card_declined') },
      request_id: g.uuid(),
    }),
  ),
  item('winston-text', () => t`
    2024-10-09T08:14:22.513Z info: [mailer] queued welcome mail to ${email('oliver.bennett92@example.co.uk')} (template ${keep('welcome_v3')}, ${keep('412ms')})
  `),
  item('node-stack', () => t`
    Error: User with email ${email('ana.souza@example.com.br')} already exists
        at UserService.create (${keep('/app/src/services/user.ts:88:13')})
        at async Router.handle (/app/node_modules/express/lib/router/index.js:284:7)
        at async ${keep('/app/src/server.ts:41:5')}
  `),
  item('python-traceback', (g) => t`
    Traceback (most recent call last):
      File "/srv/app/billing.py", line 142, in charge
        stripe.Charge.create(amount=4900, currency="usd", source=token)
    stripe.error.CardError: Request ${keep('req_8fJ2kL9mN0pQ')}: Your card was declined. (card: ${g.card('mastercard', '')})
  `),
  item('java-psql', () => t`
    org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "users_email_key"
      Detail: Key (email)=(${email('m.rossi@example.it')}) already exists.
    	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(${keep('QueryExecutorImpl.java:2713')})
    	at org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)
  `),
  item('go-panic', (g) => t`
    panic: runtime error: invalid memory address or nil pointer dereference
    [signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=${keep('0x4a3f2c')}]
    goroutine 42 [running]:
    main.(*Handler).ServeHTTP(0xc000120000, {0x7f8a, 0xc0001c2000}, 0xc00021a000)
    	/build/cmd/api/handler.go:117 +0x2c4
    request_id=${g.uuid()} user=${userId('user_48213')}
  `),
  item('python-logging-phone', () => t`
    2024-10-09 12:01:55,204 WARNING [sms.gateway] delivery failed to=${phone('+447700900318')} provider=twilio status=${keep('30003')}
  `),
  item('debug-headers', (g) => t`
    DEBUG http.client: > POST /v1/chat/completions HTTP/1.1
    DEBUG http.client: > Host: api.openai.com
    DEBUG http.client: > Authorization: Bearer ${g.openaiKey()}
    DEBUG http.client: > Content-Type: application/json
    DEBUG http.client: < HTTP/1.1 ${keep('200 OK')}
  `),
  item('debug-anthropic', (g) => t`
    [anthropic] request headers: {"x-api-key": "${g.anthropicKey()}", "anthropic-version": "${keep('2023-06-01')}"}
  `),
  item('db-connect', () => t`
    INFO  db: connecting to postgres://app_user:${secret('pR0d-Pa55w0rd!2024')}@db.internal.example:5432/orders (pool=10)
  `),
  item('mongo-connect', () => t`
    [mongo] MongoServerSelectionError while connecting to mongodb+srv://svc_reporting:${secret('Xq7vLm29TzKp')}@cluster0.ab1cd.mongodb.net/analytics
  `),
  item('redis-url', () => t`
    level=error msg="redis dial failed" url=redis://:${secret('c8Hf2kQp9zWv')}@cache.example.net:6380/0 err="i/o timeout"
  `),
  item('aws-sdk-debug', (g) => t`
    [aws-sdk] credentials loaded from env: AWS_ACCESS_KEY_ID=${g.awsAccessKeyId()} AWS_SECRET_ACCESS_KEY=${g.awsSecretAccessKey()} region=${keep('us-east-1')}
  `),
  item('aws-example-key', () => t`
    WARN using static credentials ${secret('AKIAIOSFODNN7EXAMPLE')} from ~/.aws/credentials (profile ${keep('default')})
  `),
  item('jwt-in-log', (g) => t`
    2024-10-09T10:00:01Z DEBUG auth: verifying token ${g.jwt({ role: 'admin' })} for ${userId('user_70431')}
  `),
  item('otel-log-record', (g) =>
    json(
      {
        timeUnixNano: keep('1728468001123456789'),
        severityText: 'ERROR',
        body: t`Failed to send invoice to ${email('billing@customer.example.com')}: SMTP 550`,
        traceId: g.traceId(),
        spanId: g.spanId(),
        attributes: { 'service.name': keep('invoice-worker'), 'deployment.environment': keep('production') },
      },
      2,
    ),
  ),
  item('k8s-event-negative', () => t`
    ${keep('2024-10-09T11:42:07Z')}  Warning  BackOff  pod/${keep('api-7d9f8b6c5-x2k4p')}  Back-off restarting failed container api in pod api-7d9f8b6c5-x2k4p_default(${keep('6f1e2c3a-8b4d-4e5f-9a0b-1c2d3e4f5a6b')})
  `),
  item('gc-log-negative', () => t`
    [${keep('2024-10-09T11:42:07.118+0000')}][info][gc] GC(${keep('1432')}) Pause Young (Normal) (G1 Evacuation Pause) ${keep('512M->128M(2048M)')} ${keep('7.214ms')}
  `),
  item('traceparent-negative', (g) => t`
    incoming request traceparent=00-${g.traceId()}-${g.spanId()}-01 tracestate=vendor=${keep('t61rcWkgMzE')} route=${keep('/v1/embeddings')}
  `),
  item('llm-usage-negative', (g) => t`
    llm.call model=${keep('gpt-4o-mini-2024-07-18')} prompt_tokens=${keep('1523')} completion_tokens=${keep('287')} cost_usd=${keep('0.000401')} latency_ms=${keep('1840')} id=${g.providerId('openai-completion')}
  `),
  item('anthropic-usage-negative', (g) => t`
    anthropic.messages.create id=${g.providerId('anthropic-message')} model=${keep('claude-3-5-sonnet-20241022')} stop_reason=end_turn input_tokens=${keep('2048')} output_tokens=${keep('512')}
  `),
  item('retry-negative', () => t`
    WARN retrying POST https://api.openai.com/v1/chat/completions after ${keep('429')} (attempt ${keep('3/5')}, backoff ${keep('4000ms')}, x-request-id ${keep('req_7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e')})
  `),
  item('deploy-negative', (g) => t`
    deploy ${keep('hosted-eu-20260812-09')} image=registry.example.com/api@sha256:${g.sha256()} commit=${g.gitSha()} version=${keep('v2.14.1')} replicas=${keep('6')}
  `),
  item('cron-negative', () => t`
    ${keep('Mon Oct  7 02:00:01 UTC 2024')} [cron] nightly-report finished in ${keep('00:03:17')}, rows=${keep('1048576')}, exit=${keep('0')}
  `),
  item('syslog-sshd', () => t`
    Oct  9 07:31:02 bastion-1 sshd[${keep('21877')}]: Failed password for invalid user dmitri from ${ip('185.220.101.4')} port ${keep('52144')} ssh2
  `),
  item('syslog-dhcp', () => t`
    Oct  9 07:35:40 gw dhcpd[911]: DHCPACK on ${ip('192.168.10.57')} to ${mac('3c:22:fb:7a:10:4e')} (Pixel-8) via eth1
  `),
  item('audit-log', () =>
    json({
      event: 'user.updated',
      actor: email('it-admin@customer.example.com'),
      target: { id: userId('user_10441'), changes: { phone: [phone('+1 312 555 0101'), phone('+1 312 555 0199')] } },
      at: keep('2024-10-09T09:12:44.001Z'),
      ip: ip('203.0.113.50'),
    }),
  ),
  item('express-morgan', () => t`
    ::ffff:${ip('203.0.113.5')} - - [09/Oct/2024:10:11:12 +0000] "POST /api/signup HTTP/1.1" ${keep('201')} 64 "-" "Mozilla/5.0"
  `),
  item('rails-params', (g) => t`
    Started POST "/users" for ${ip('198.51.100.77')} at ${keep('2024-10-09 10:11:12 +0000')}
      Parameters: {"user"=>{"name"=>"${person('Helen Park')}", "email"=>"${email('helen.park@example.com')}", "password"=>"[FILTERED]", "card"=>"${g.card('discover', '')}"}}
  `),
  item('django-error', () => t`
    ERROR django.request: Internal Server Error: /api/orders/
    ValueError: invalid phone number '${phone('+49 171 2345678')}' for customer ${userId('user_88213')}
  `),
  item('llm-prompt-log', (g) => t`
    2024-10-09T12:00:00Z INFO llm.prompt session=${g.uuid()} text="My SSN is ${g.ssn()} and my DOB is ${dob('1985-02-11')}, can you check my tax refund?"
  `),
  item('llm-prompt-log-dob', () => t`
    2024-10-09T12:00:05Z INFO llm.prompt text="I was born on ${dob('11/02/1985')}, what's my zodiac sign?"
  `),
  item('sentry-breadcrumb', () =>
    json({
      category: 'ui.input',
      message: t`input[name="email"] changed to ${email('lucas.martin@example.fr')}`,
      timestamp: keep('1728468123.512'),
      level: 'info',
    }),
  ),
  item('csv-export-log', () => t`
    export job ${keep('job-5521')} wrote ${keep('3')} rows:
    ${userId('user_10442')};${person('Beatrice Hale')};${phone('+1 312 555 0102')}
  `),
  item('apache-error', () => t`
    [Wed Oct 09 10:15:32.123456 2024] [php:error] [pid ${keep('3312')}] [client ${ip('198.51.100.23')}:${keep('51422')}] PHP Fatal error: Uncaught Exception: SMTP error for ${email('noreply@shop.example')}
  `),
  item('firewall-negative', () => t`
    ${keep('2024-10-09T10:20:00Z')} DROP IN=eth0 OUT= PROTO=TCP SPT=${keep('44321')} DPT=${keep('22')} LEN=60 TTL=${keep('52')} WINDOW=${keep('64240')}
  `),
  item('ipv6-log', () => t`
    conn accepted from [${ip('fe80::1ff:fe23:4567:890a')}]:${keep('51000')} and [${ip('2001:0db8:85a3:0000:0000:8a2e:0370:7334')}]:443
  `),
  item('slack-webhook-error', (g) => t`
    ERROR notifier: POST https://hooks.slack.com/services/${g.slackWebhookPath()} returned ${keep('404')} no_service
  `),
  item('stripe-log', (g) => t`
    stripe: using key ${g.stripeKey('sk_live')} (account ${keep('acct_1Nv0FGQ9RKHgCVdK')}) api_version=${keep('2024-06-20')}
  `),
  item('huggingface-log', (g) => t`
    huggingface_hub: token ${g.huggingFaceToken()} has been saved to ${keep('/root/.cache/huggingface/token')}
  `),
  item('user-agent-negative', () => t`
    UA=${keep('Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003) AppleWebKit/537.36 Chrome/129.0.6668.70 Mobile Safari/537.36')}
  `),
  item('metrics-negative', () => t`
    http_server_duration_ms_bucket{le="${keep('250')}",route="/v1/chat",status="${keep('200')}"} ${keep('48213')} ${keep('1728468000000')}
  `),
];
