import { describe, expect, it } from 'vitest';
import { anthropicKeyDetector } from '../../../src/engine/detectors/secrets/anthropic.js';
import { awsCredentialDetector } from '../../../src/engine/detectors/secrets/aws.js';
import { gitHubTokenDetector } from '../../../src/engine/detectors/secrets/github.js';
import { gitLabTokenDetector } from '../../../src/engine/detectors/secrets/gitlab.js';
import { googleApiKeyDetector } from '../../../src/engine/detectors/secrets/google.js';
import { huggingFaceTokenDetector } from '../../../src/engine/detectors/secrets/huggingface.js';
import { npmTokenDetector } from '../../../src/engine/detectors/secrets/npm.js';
import { openAiKeyDetector } from '../../../src/engine/detectors/secrets/openai.js';
import { sendGridKeyDetector } from '../../../src/engine/detectors/secrets/sendgrid.js';
import { slackTokenDetector } from '../../../src/engine/detectors/secrets/slack.js';
import { stripeKeyDetector } from '../../../src/engine/detectors/secrets/stripe.js';
import { twilioKeyDetector } from '../../../src/engine/detectors/secrets/twilio.js';
import { ALNUM, BASE64URL, HEX, fake, matches, random, scan } from './fake.js';

/** The same value in the places an LLM app's telemetry carries it. */
function contexts(secret: string): string[] {
  return [
    `Here is my key ${secret}, please debug why the call fails.`,
    JSON.stringify({ name: 'http_request', arguments: { headers: { 'x-api-key': secret }, url: 'https://api.example.com' } }),
    `2025-01-14T09:12:44.120Z WARN client init failed key=${secret} retry=3`,
    `curl https://api.example.com/v1/items -H "X-Key: ${secret}" -d '{"n":1}'`,
    `# .env\nSERVICE_KEY=${secret}\nLOG_LEVEL=debug\n`,
    `export SERVICE_KEY='${secret}'`,
    // Escaped newlines and tabs in (doubly) encoded JSON put a letter right before the key.
    JSON.stringify({ content: `line one\n${secret}\tend` }),
    JSON.stringify(JSON.stringify({ content: `note:\n${secret}\n` })),
  ];
}

function expectFoundEverywhere(detector: Parameters<typeof matches>[0], secret: string): void {
  for (const text of contexts(secret)) expect(matches(detector, text), text).toEqual([secret]);
}

describe('secret.openai', () => {
  it('finds project, service-account, admin and legacy keys in every context', () => {
    for (const key of [fake.openAiProject(), fake.openAiServiceAccount(), fake.openAiAdmin(), fake.openAiLegacy()]) {
      expectFoundEverywhere(openAiKeyDetector, key);
    }
  });

  it('scores marked and scoped keys above other sk- keys', () => {
    const legacy = fake.openAiLegacy();
    const generic = 'sk-' + random(HEX, 32);
    expect(scan(openAiKeyDetector, `a ${legacy} b`)[0]?.confidence).toBe(0.99);
    expect(scan(openAiKeyDetector, `a ${fake.openAiServiceAccount()} b`)[0]?.confidence).toBe(0.97);
    expect(scan(openAiKeyDetector, `a ${generic} b`)[0]?.confidence).toBe(0.9);
  });

  it('accepts a synthetic key built from a short repeated pattern', () => {
    const key = 'sk-proj-' + 'A1b2'.repeat(12);
    expect(matches(openAiKeyDetector, `OPENAI_API_KEY=${key}`)).toEqual([key]);
  });

  it('ignores placeholders, prose and short or glued forms', () => {
    const negatives = [
      'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_API_KEY=sk-...',
      'export OPENAI_API_KEY=sk-your-key-here',
      'sk-your-openai-api-key-goes-here-replace-me-please-now',
      'sk-1234567890abcdef1234567890abcdef1234567890abcdef',
      'we trained it with sk-learn and sk-1 was the baseline',
      'ticket task-' + random(ALNUM, 48),
      'css class sk-spinner-double-bounce-container-element-wrapper-outer',
      'the ' + 'ask-' + random(ALNUM, 40),
      'sk-' + random(ALNUM, 20),
      'sk-' + random(ALNUM, 48) + '_' + random(ALNUM, 500),
    ];
    for (const text of negatives) expect(matches(openAiKeyDetector, text), text).toEqual([]);
  });

  it('leaves Anthropic keys to their own detector', () => {
    expect(matches(openAiKeyDetector, fake.anthropic())).toEqual([]);
  });
});

describe('secret.anthropic', () => {
  it('finds api and admin keys in every context', () => {
    expectFoundEverywhere(anthropicKeyDetector, fake.anthropic());
    expectFoundEverywhere(anthropicKeyDetector, fake.anthropicAdmin());
  });

  it('ignores placeholders and malformed kinds', () => {
    for (const text of [
      'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk-ant-...',
      'sk-ant-your-key',
      'sk-ant-' + random(ALNUM, 60),
      'sk-ant-api03-' + random(BASE64URL, 12),
    ]) {
      expect(matches(anthropicKeyDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.aws', () => {
  it('finds access key ids of every prefix, including the documented example', () => {
    for (const prefix of ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA', 'AIPA']) {
      expectFoundEverywhere(awsCredentialDetector, fake.awsKeyId(prefix));
    }
    expect(matches(awsCredentialDetector, 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE')).toEqual(['AKIAIOSFODNN7EXAMPLE']);
  });

  it('finds secret access keys only after a name that says so', () => {
    const secret = fake.awsSecret();
    const positives = [
      `aws_secret_access_key = ${secret}`,
      `AWS_SECRET_ACCESS_KEY="${secret}"`,
      JSON.stringify({ Credentials: { AccessKeyId: 'ASIAEXAMPLEID0000001', SecretAccessKey: secret } }),
      `<SecretAccessKey>${secret}</SecretAccessKey>`,
      `aws configure set --aws-secret-access-key ${secret}`,
      `{\\"secret_access_key\\": \\"${secret}\\"}`,
      // Every spelling the context pattern accepts also triggers the detector in a scanner.
      `secret_accesskey: ${secret}`,
      `SecretAccess_Key=${secret}`,
    ];
    for (const text of positives) {
      expect(scan(awsCredentialDetector, text).some((f) => text.slice(f.start, f.end) === secret && f.confidence === 0.9), text).toBe(true);
    }
    expect(matches(awsCredentialDetector, 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ]);
  });

  it('ignores 40-character strings without context, placeholders and longer runs', () => {
    for (const text of [
      `checksum ${fake.awsSecret()} secret`,
      'aws_secret_access_key = <your-secret-key>',
      'aws_secret_access_key=' + 'x'.repeat(40),
      'AWS_SECRET_ACCESS_KEY is not set, falling back to the instance profile',
      `aws_secret_access_key=${fake.awsSecret()}${random(ALNUM, 8)}`,
      'AKIAXXXXXXXXXXXXXXXX',
      'AKIA' + random('ABCDEFGHJKLMNPQRSTUVWXYZ234567', 20),
      'xAKIAIOSFODNN7EXAMPLE',
      'The ASIA PACIFIC region',
    ]) {
      expect(matches(awsCredentialDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.github', () => {
  it('finds every classic prefix and fine-grained tokens', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) expectFoundEverywhere(gitHubTokenDetector, fake.github(prefix));
    expectFoundEverywhere(gitHubTokenDetector, fake.githubFineGrained());
  });

  it('finds a token inside a git remote URL', () => {
    const token = fake.github();
    expect(matches(gitHubTokenDetector, `git clone https://${token}@github.com/acme/app.git`)).toEqual([token]);
  });

  it('ignores short, placeholder and glued forms', () => {
    for (const text of [
      'ghp_' + random(ALNUM, 20),
      'ghp_' + 'x'.repeat(36),
      'ghp_yourPersonalAccessTokenGoesHere1234',
      'github_pat_' + random(ALNUM, 30),
      'ghp_' + random(ALNUM, 36) + '_suffix',
      'bghp_' + random(ALNUM, 36),
    ]) {
      expect(matches(gitHubTokenDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.gitlab', () => {
  it('finds personal access tokens, also the dotted newer form, without a trailing full stop', () => {
    expectFoundEverywhere(gitLabTokenDetector, fake.gitlab());
    const dotted = 'glpat-' + random(BASE64URL, 27) + '.01.' + random(ALNUM, 9);
    expect(matches(gitLabTokenDetector, `Token is ${dotted}.`)).toEqual([dotted]);
  });

  it('ignores short and placeholder tokens', () => {
    for (const text of ['glpat-123', 'glpat-xxxxxxxxxxxxxxxxxxxx', 'glpat-<your-token-here>']) {
      expect(matches(gitLabTokenDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.slack', () => {
  it('finds bot and app tokens', () => {
    expectFoundEverywhere(slackTokenDetector, fake.slackBot());
    expectFoundEverywhere(slackTokenDetector, fake.slackApp());
  });

  it('reports the whole webhook URL', () => {
    const url = fake.slackWebhook();
    expect(matches(slackTokenDetector, `posting to ${url} failed: 404`)).toEqual([url]);
    expect(matches(slackTokenDetector, JSON.stringify({ webhook: url }))).toEqual([url]);
  });

  it('ignores the documented example webhook, placeholders and prose', () => {
    for (const text of [
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'see https://hooks.slack.com/services/ for details',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token-here',
      'xoxb-' + 'x'.repeat(40),
      'the xoxb- prefix marks bot tokens',
    ]) {
      expect(matches(slackTokenDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.stripe', () => {
  it('finds live and test secret keys, restricted keys and webhook secrets', () => {
    for (const prefix of ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_']) expectFoundEverywhere(stripeKeyDetector, fake.stripe(prefix));
    expectFoundEverywhere(stripeKeyDetector, fake.stripeWebhook());
  });

  it('scores live keys above test keys and ignores publishable keys', () => {
    expect(scan(stripeKeyDetector, fake.stripe('sk_live_'))[0]?.confidence).toBe(0.98);
    expect(scan(stripeKeyDetector, fake.stripe('sk_test_'))[0]?.confidence).toBe(0.95);
    expect(matches(stripeKeyDetector, 'pk_live_' + random(ALNUM, 24))).toEqual([]);
    expect(matches(stripeKeyDetector, 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
  });
});

describe('secret.google', () => {
  it('finds AIza keys of exactly 39 characters', () => {
    expectFoundEverywhere(googleApiKeyDetector, fake.google());
    const key = fake.google();
    expect(matches(googleApiKeyDetector, `https://generativelanguage.googleapis.com/v1/models?key=${key}&alt=sse`)).toEqual([key]);
  });

  it('ignores other lengths and placeholders', () => {
    for (const text of ['AIza' + random(BASE64URL, 30), 'AIza' + random(ALNUM, 40), 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX']) {
      expect(matches(googleApiKeyDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.npm', () => {
  it('finds npm tokens', () => expectFoundEverywhere(npmTokenDetector, fake.npm()));

  it('ignores npm lifecycle variables', () => {
    expect(matches(npmTokenDetector, 'npm_config_registry=https://registry.npmjs.org npm_package_version=1.2.3')).toEqual([]);
  });
});

describe('secret.huggingface', () => {
  it('finds hf_ tokens', () => expectFoundEverywhere(huggingFaceTokenDetector, fake.huggingFace()));

  it('ignores library identifiers', () => {
    expect(matches(huggingFaceTokenDetector, 'from huggingface_hub import hf_hub_download; hf_transfer=True')).toEqual([]);
  });
});

describe('secret.sendgrid', () => {
  it('finds SG. keys', () => expectFoundEverywhere(sendGridKeyDetector, fake.sendGrid()));

  it('ignores other SG. text', () => {
    for (const text of ['SG.' + random(BASE64URL, 22), 'Region SG. Singapore', 'SG.' + 'x'.repeat(22) + '.' + 'x'.repeat(43)]) {
      expect(matches(sendGridKeyDetector, text), text).toEqual([]);
    }
  });
});

describe('secret.twilio', () => {
  it('finds API key SIDs near the word twilio', () => {
    const sid = fake.twilioKeySid();
    expect(matches(twilioKeyDetector, `TWILIO_API_KEY=${sid}`)).toEqual([sid]);
    expect(matches(twilioKeyDetector, JSON.stringify({ twilio: { apiKey: sid } }))).toEqual([sid]);
  });

  it('ignores SK + hex without context', () => {
    expect(matches(twilioKeyDetector, `twilio sent it. Unrelated id ${'-'.repeat(80)} ${fake.twilioKeySid()}`)).toEqual([]);
    expect(matches(twilioKeyDetector, `request ${fake.twilioKeySid()} done`)).toEqual([]);
  });
});
