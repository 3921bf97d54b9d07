import { describe, expect, it } from 'vitest';
import { secretDetectors } from '../../../src/engine/detectors/secrets/index.js';
import { BASE64, fake, matches, random, scan } from './fake.js';

describe('secret detectors together', () => {
  it('are SECRET detectors named secret.<provider>, enabled, with keyword triggers', () => {
    const names = new Set<string>();
    for (const detector of secretDetectors) {
      expect(detector.name).toMatch(/^secret\.[a-z0-9-]+$/);
      expect(detector.types).toEqual(['SECRET']);
      expect(detector.enabledByDefault).toBe(true);
      expect(detector.trigger.keywords?.length).toBeGreaterThan(0);
      expect(detector.trigger.chars).toBeUndefined();
      expect(detector.trigger.digit).toBeUndefined();
      names.add(detector.name);
    }
    expect(names.size).toBe(secretDetectors.length);
  });

  it('leave ids, digests, timestamps, versions, model names, counts and plain URLs untouched', () => {
    const negatives = [
      'trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7',
      'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'request 3f2b8c1e-9d4a-4e7b-8c2f-1a6d5e9b0c47 finished',
      'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'at 2025-01-14T09:12:44.120Z epoch 1736845964 ms 1736845964120',
      'version 1.24.3-beta.2 of the SDK',
      'model gpt-4o-2024-08-06 then claude-3-5-sonnet-20241022',
      'gen_ai.usage.input_tokens=1532 gen_ai.usage.output_tokens=211 cost $0.0042',
      'the token limit was 4096 and max_tokens=512; token count: 1,024',
      'HTTP 401 then 429 then 200',
      'order ORD-2024-118842 shipped; deployment hosted-eu-20260812-09',
      'listening on localhost:8080 and http://127.0.0.1:3000/health',
      'https://example.com/docs?page=2#auth and postgres://localhost:5432/db',
      'clone https://user@github.com/org/repo.git',
      'OPENAI_API_KEY=YOUR_API_KEY_HERE',
      'ANTHROPIC_API_KEY=sk-ant-xxxxxxxx',
      'export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx',
      'Authorization: Bearer <your-token>',
      'api_key: ***',
      'token: REDACTED',
      'We used sk-learn (scikit-learn) for the baseline.',
      'A Bearer token and an API key are both credentials; rotate the secret regularly.',
      `<img src="data:image/png;base64,${random(BASE64, 3000)}">`,
      'Singapore is SG. Asia is big. AKIA is a prefix.',
      'user@example.com wrote: "pass the salt"',
    ];
    for (const text of negatives) expect(matches(secretDetectors, text), text).toEqual([]);
  });

  it('find each secret once in a mixed GenAI message', () => {
    const openai = fake.openAiProject();
    const github = fake.github();
    const aws = fake.awsKeyId();
    const text = JSON.stringify({
      role: 'user',
      content: `My deploy script fails. OPENAI_API_KEY=${openai}\nGITHUB_TOKEN=${github}\naws_access_key_id=${aws}\nmax_tokens=512 trace 4bf92f3577b34da6a3ce929d0e0e4736`,
    });
    expect(matches(secretDetectors, text)).toEqual([openai, github, aws]);
  });

  it('keep the provider name when a context detector finds the same value', () => {
    const key = fake.openAiProject();
    const text = `api_key="${key}"`;
    const found = scan(secretDetectors, text);
    expect(found.map((f) => [text.slice(f.start, f.end), f.detector])).toEqual([[key, 'secret.openai']]);
  });
});
