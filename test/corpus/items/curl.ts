import { email, ip, json, keep, person, phone, secret, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('curl');

/** curl commands pasted into prompts or recorded by shell tools. */
export const curlItems: readonly ItemSpec[] = [
  item('openai-chat', (g) => t`
    curl https://api.openai.com/v1/chat/completions \\
      -H "Content-Type: application/json" \\
      -H "Authorization: Bearer ${g.openaiKey()}" \\
      -d '{"model": "${keep('gpt-4o-mini')}", "messages": [{"role": "user", "content": "Hello"}]}'
  `),
  item('anthropic-messages', (g) => t`
    curl https://api.anthropic.com/v1/messages \\
      --header "x-api-key: ${g.anthropicKey()}" \\
      --header "anthropic-version: ${keep('2023-06-01')}" \\
      --header "content-type: application/json" \\
      --data '{"model": "${keep('claude-3-5-sonnet-20241022')}", "max_tokens": ${keep('1024')}, "messages": [{"role": "user", "content": "Hi"}]}'
  `),
  item('github-api', (g) => t`
    curl -H "Authorization: token ${g.githubToken('gho')}" https://api.github.com/repos/acme/platform/pulls?state=open
  `),
  item('gitlab-api', (g) => t`
    curl --header "PRIVATE-TOKEN: ${g.gitlabToken()}" "https://gitlab.example.com/api/v4/projects/${keep('4821')}/pipelines"
  `),
  item('stripe-basic-auth', (g) => t`
    curl https://api.stripe.com/v1/charges -u ${g.stripeKey('sk_live')}: -d amount=2000 -d currency=usd -d source=tok_visa
  `),
  item('basic-auth-user-pass', () => t`
    curl -u admin:${secret('Velvet?2291harbor')} https://jenkins.example.internal/job/deploy/build
  `),
  item('basic-auth-header', (g) => t`
    curl -H "Authorization: Basic ${g.basicCredentials('reporting')}" https://grafana.example.com/api/dashboards/uid/${keep('llm-overview')}
  `),
  item('url-credentials', () => t`
    curl -X POST https://ops:${secret('hunter2-but-longer')}@api.internal.example.com/v1/flush
  `),
  item('bearer-opaque', (g) => t`
    curl -s https://api.example.com/v2/me -H 'Authorization: Bearer ${g.opaqueToken(48)}'
  `),
  item('bearer-jwt', (g) => t`
    curl 'https://api.example.com/v2/orders?limit=20' -H 'authorization: Bearer ${g.jwt({ scope: 'orders:read' })}' -H 'accept: application/json'
  `),
  item('huggingface-inference', (g) => t`
    curl https://api-inference.huggingface.co/models/${keep('mistralai/Mistral-7B-Instruct-v0.3')} \\
      -H "Authorization: Bearer ${g.huggingFaceToken()}" \\
      -d '{"inputs": "Summarise: ..."}'
  `),
  item('google-key-query', (g) => t`
    curl "https://generativelanguage.googleapis.com/v1beta/models/${keep('gemini-1.5-pro-002')}:generateContent?key=${g.googleApiKey()}" -d @request.json
  `),
  item('slack-post', (g) => t`
    curl -X POST -H 'Authorization: Bearer ${g.slackToken('xoxb')}' -H 'Content-type: application/json' \\
      --data '{"channel":"${keep('C024BE91L')}","text":"Deploy ${keep('v2.14.1')} finished"}' https://slack.com/api/chat.postMessage
  `),
  item('sendgrid', (g) => t`
    curl --request POST --url https://api.sendgrid.com/v3/mail/send --header "Authorization: Bearer ${g.sendgridKey()}" \\
      --data '{"personalizations":[{"to":[{"email":"${email('olivia.grant@example.com')}"}]}],"from":{"email":"${email('noreply@shop.example')}"}}'
  `),
  item('aws-sigv4', (g) => t`
    curl --aws-sigv4 "aws:amz:us-east-1:execute-api" --user "${g.awsAccessKeyId()}:${g.awsSecretAccessKey()}" https://abc123.execute-api.us-east-1.amazonaws.com/prod/items
  `),
  item('crm-create-contact', () => t`
    curl -X POST https://crm.example.com/api/contacts -H 'Content-Type: application/json' \\
      -d '${json({ first_name: person('Ngozi'), last_name: person('Eze'), email: email('ngozi.eze@example.ng'), phone: phone('+234 803 123 4567') })}'
  `),
  item('user-lookup', () => t`
    curl "https://admin.example.com/api/users/${userId('user_552019')}?include=orders" -H "Cookie: session=${secret('s%3AJ2x9fK0qLm8vN1bR7tY4wZ6cE3hG5iA')}"
  `),
  item('localhost-negative', () => t`
    curl -v ${keep('http://localhost:8080/healthz')} && curl -s ${keep('http://127.0.0.1:9464/metrics')} | grep ${keep('http_server_duration')}
  `),
  item('public-url-negative', () => t`
    curl -L ${keep('https://github.com/open-telemetry/opentelemetry-js/releases/download/v1.26.0/otel.tgz')} -o otel.tgz
  `),
  item('placeholder-negative', () => t`
    curl https://api.openai.com/v1/models -H "Authorization: Bearer ${keep('$OPENAI_API_KEY')}"
    curl https://api.anthropic.com/v1/models -H "x-api-key: ${keep('<your-api-key>')}"
  `),
  item('webhook-test-negative', (g) => t`
    curl -X POST http://localhost:3000/webhooks/stripe -H "Stripe-Signature: t=${keep('1728468000')},v1=${g.sha256()}" -d @event.json
  `),
  item('geo-lookup', () => t`
    curl https://ipinfo.example.net/${ip('198.51.100.42')}/json
  `),
];
