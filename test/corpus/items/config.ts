import { email, ip, json, keep, phone, secret, t } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('config');

/** .env files, YAML, TOML and JSON config pasted into prompts ("why does this not work?"). */
export const configItems: readonly ItemSpec[] = [
  item('dotenv-llm', (g) => t`
    Why does my app say "invalid api key"? Here's my .env:

    OPENAI_API_KEY=${g.openaiKey()}
    ANTHROPIC_API_KEY=${g.anthropicKey()}
    MODEL=${keep('gpt-4o-2024-08-06')}
    PORT=${keep('8080')}
  `),
  item('dotenv-aws', (g) => t`
    AWS_ACCESS_KEY_ID=${g.awsAccessKeyId()}
    AWS_SECRET_ACCESS_KEY=${g.awsSecretAccessKey()}
    AWS_REGION=${keep('eu-west-1')}
    S3_BUCKET=${keep('acme-prod-uploads')}
  `),
  item('dotenv-db', () => t`
    DATABASE_URL=postgresql://orders_svc:${secret('N7f!qZ2x@Lp9')}@db.prod.example.internal:5432/orders?sslmode=require
    REDIS_URL=${keep('redis://localhost:6379/0')}
    LOG_LEVEL=${keep('info')}
  `),
  item('dotenv-github', (g) => t`
    GITHUB_TOKEN=${g.githubToken('ghp')}
    GH_APP_INSTALLATION_TOKEN=${g.githubToken('ghs')}
    REPO=${keep('acme/platform')}
  `),
  item('dotenv-gitlab-npm', (g) => t`
    CI_JOB_TOKEN_FALLBACK=${g.gitlabToken()}
    NPM_TOKEN=${g.npmToken()}
    NODE_VERSION=${keep('20.11.1')}
  `),
  item('npmrc', (g) => t`
    registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=${g.npmToken()}
    always-auth=true
  `),
  item('slack-config', (g) => t`
    slack:
      bot_token: ${g.slackToken('xoxb')}
      user_token: ${g.slackToken('xoxp')}
      channel: ${keep('#alerts-prod')}
      webhook: https://hooks.slack.com/services/${g.slackWebhookPath()}
  `),
  item('stripe-yaml', (g) => t`
    payments:
      provider: stripe
      secret_key: ${g.stripeKey('sk_live')}
      restricted_key: ${g.stripeKey('rk_live')}
      webhook_secret: ${g.stripeKey('whsec')}
      currency: ${keep('eur')}
  `),
  item('stripe-test-key', (g) => t`
    # local dev only
    STRIPE_SECRET_KEY=${g.stripeKey('sk_test')}
    STRIPE_PUBLISHABLE_KEY=${keep('pk_test_TYooMQauvdEDq54NiTphI7jx')}
  `),
  item('google-config', (g) => t`
    {
      "maps_api_key": "${g.googleApiKey()}",
      "oauth": { "client_id": "${keep('1234567890-abc123def456.apps.googleusercontent.com')}", "client_secret": "${g.googleOauthClientSecret()}" },
      "project": "${keep('acme-prod-421509')}"
    }
  `),
  item('huggingface-config', (g) => t`
    [huggingface]
    token = "${g.huggingFaceToken()}"
    model = "${keep('meta-llama/Meta-Llama-3.1-8B-Instruct')}"
    revision = "${keep('5206a32e0bd3067aef1ce90f5528ade7d866253f')}"
  `),
  item('pem-key', (g) => t`
    My SSH deploy fails with "invalid format". This is the key file:

    -----BEGIN OPENSSH PRIVATE KEY-----
    ${g.pemBody(5)}
    -----END OPENSSH PRIVATE KEY-----
  `),
  item('pem-rsa', (g) => t`
    tls:
      cert_file: ${keep('/etc/ssl/certs/api.pem')}
      key: |
        -----BEGIN RSA PRIVATE KEY-----
        ${g.pemBody(4, '\n    ')}
        -----END RSA PRIVATE KEY-----
  `),
  item('pem-json-escaped', (g) =>
    json({
      type: 'service_account',
      project_id: 'acme-ml-prod',
      private_key_id: '3f1d2c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5',
      private_key: t`-----BEGIN PRIVATE KEY-----\n${g.pemBody(4)}\n-----END PRIVATE KEY-----\n`,
      client_email: email('ml-pipeline@acme-ml-prod.iam.gserviceaccount.com'),
    }, 2),
  ),
  item('docker-compose', () => t`
    services:
      db:
        image: ${keep('postgres:16.4')}
        environment:
          POSTGRES_USER: app
          POSTGRES_PASSWORD: ${secret('Cobalt#771meadow')}
        ports:
          - "${keep('5432:5432')}"
  `),
  item('k8s-secret-yaml', (g) => t`
    apiVersion: v1
    kind: Secret
    metadata:
      name: ${keep('llm-gateway-keys')}
    stringData:
      OPENAI_API_KEY: ${g.openaiKey('svcacct')}
      SENDGRID_API_KEY: ${g.sendgridKey()}
  `),
  item('password-assignments', (g) => t`
    [database]
    host = ${ip('10.0.12.5')}
    user = reporting
    password = ${g.password()}

    [smtp]
    password=${g.password()}
  `),
  item('wp-config', () => t`
    define( 'DB_NAME', 'wordpress' );
    define( 'DB_USER', 'wp_admin' );
    define( 'DB_PASSWORD', '${secret('Harbor%91velvet')}' );
    define( 'DB_HOST', '${keep('localhost:3306')}' );
  `),
  item('spring-properties', () => t`
    spring.datasource.url=jdbc:mysql://db.example.internal:3306/shop
    spring.datasource.username=shop
    spring.datasource.password=${secret('Falcon&4412orbit')}
    server.port=${keep('8443')}
    management.endpoints.web.exposure.include=${keep('health,info')}
  `),
  item('git-credentials', (g) => t`
    $ cat ~/.git-credentials
    https://ci-bot:${g.githubToken('ghp')}@github.com
    https://deploy:${g.gitlabToken()}@gitlab.example.com
  `),
  item('fine-grained-pat', (g) => t`
    export GH_TOKEN="${g.githubFineGrainedToken()}"
    gh repo clone ${keep('acme/infra')}
  `),
  item('oauth-token-json', (g) =>
    json({ access_token: g.googleAccessToken(), expires_in: 3599, token_type: 'Bearer', scope: keep('https://www.googleapis.com/auth/drive.readonly') }),
  ),
  item('jwt-config', (g) => t`
    # temporary admin session for the migration
    ADMIN_SESSION=${g.jwt({ role: 'admin', email: 'ops@example.com' })}
  `),
  item('twilio-env', (g) => t`
    TWILIO_ACCOUNT_SID=AC${g.hex(32)}
    TWILIO_API_KEY=${g.twilioApiKey()}
    TWILIO_AUTH_TOKEN=${g.hexSecret(32)}
    TWILIO_FROM=${phone('+15005550006')}
  `),
  item('aws-credentials-file', (g) => t`
    [default]
    aws_access_key_id = ${g.awsAccessKeyId('ASIA')}
    aws_secret_access_key = ${g.awsSecretAccessKey()}
    aws_session_token = ${g.awsSessionToken()}
    region = ${keep('eu-central-1')}
  `),
  item('anthropic-admin', (g) => t`
    # org admin key, used only by the billing exporter
    ANTHROPIC_ADMIN_KEY=${g.anthropicKey('admin')}
    EXPORT_SCHEDULE=${keep('0 3 * * *')}
  `),
  item('github-app-tokens', (g) => t`
    user_to_server: ${g.githubToken('ghu')}
    refresh_token: ${g.githubToken('ghr')}
    expires_in: ${keep('28800')}
  `),
  item('contact-config', () => t`
    alerts:
      email: ${email('oncall@acme.example')}
      sms: ${phone('+1 650 555 0133')}
      escalate_after: ${keep('15m')}
  `),
  item('placeholders-negative', () => t`
    # .env.example — copy to .env and fill in
    OPENAI_API_KEY=${keep('YOUR_API_KEY_HERE')}
    ANTHROPIC_API_KEY=${keep('sk-ant-...')}
    GITHUB_TOKEN=${keep('<your-token>')}
    AWS_SECRET_ACCESS_KEY=${keep('changeme')}
    DATABASE_URL=${keep('postgres://user:password@localhost:5432/app')}
  `),
  item('placeholders-negative-2', () => t`
    api_key: ${keep('sk-xxxxxxxxxxxxxxxxxxxxxxxx')}
    stripe_key: ${keep('sk_live_XXXXXXXXXXXXXXXXXXXXXXXX')}
    hf_token: ${keep('hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
    password: ${keep('${DB_PASSWORD}')}
    token: ${keep('{{ secrets.DEPLOY_TOKEN }}')}
  `),
  item('otel-config-negative', () => t`
    OTEL_EXPORTER_OTLP_ENDPOINT=${keep('http://localhost:4318')}
    OTEL_SERVICE_NAME=${keep('chat-api')}
    OTEL_RESOURCE_ATTRIBUTES=${keep('deployment.environment=staging,service.version=1.8.0')}
    OTEL_TRACES_SAMPLER_ARG=${keep('0.25')}
  `),
  item('tsconfig-negative', () => t`
    {
      "compilerOptions": { "target": "${keep('ES2022')}", "module": "${keep('NodeNext')}", "strict": true },
      "include": ["src"],
      "version": "${keep('5.6.2')}"
    }
  `),
  item('package-json-negative', () => t`
    {
      "name": "${keep('@acme/chat-api')}",
      "version": "${keep('2.14.1')}",
      "dependencies": { "openai": "${keep('^4.67.3')}", "@opentelemetry/api": "${keep('1.9.0')}" },
      "packageManager": "${keep('pnpm@9.12.1')}"
    }
  `),
  item('nginx-conf-negative', () => t`
    upstream api { server ${keep('127.0.0.1:3000')}; keepalive ${keep('64')}; }
    server {
      listen ${keep('443')} ssl http2;
      server_name ${keep('api.example.com')};
      location /v1/ { proxy_pass http://api; proxy_read_timeout ${keep('300s')}; }
    }
  `),
  item('terraform-negative', (g) => t`
    resource "aws_instance" "web" {
      ami           = "${keep('ami-0c55b159cbfafe1f0')}"
      instance_type = "${keep('t3.medium')}"
      subnet_id     = "${keep('subnet-0bb1c79de3EXAMPLE')}"
      tags = { Name = "${keep('web-prod-01')}", Commit = "${g.gitSha()}" }
    }
  `),
];
