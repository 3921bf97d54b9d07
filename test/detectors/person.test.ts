import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/engine/scanner.js';
import { personDetector, personDetectors } from '../../src/engine/detectors/person.js';

const scanner = new Scanner(personDetectors);

function names(text: string): string[] {
  return scanner.scan(text).map((finding) => text.slice(finding.start, finding.end));
}

function confidences(text: string): number[] {
  return scanner.scan(text).map((finding) => finding.confidence);
}

describe('person detector: cues', () => {
  const positives: [string, string[]][] = [
    ['Hi Sarah, the dashboard is down again.', ['Sarah']],
    ['Hello Dr. Meyer', ['Meyer']],
    ['Dear Ms. Okafor,\nThank you for your patience.', ['Okafor']],
    ['Best regards,\nJohn Smith', ['John Smith']],
    ['Thanks,\nPriya', ['Priya']],
    ['— Ana Lima', ['Ana Lima']],
    ['Cheers, Tom', ['Tom']],
    ['my name is Jane Doe', ['Jane Doe']],
    ["I'm Tom Becker and I can't log in since yesterday.", ['Tom Becker']],
    ['this is Carlos Mendes from billing', ['Carlos Mendes']],
    ['Name: Jane Doe', ['Jane Doe']],
    ['{"name": "Jane Doe", "email": "jane@example.com"}', ['Jane Doe']],
    ['customer: Jane Doe', ['Jane Doe']],
    ['full_name=Peter Novak&plan=pro', ['Peter Novak']],
    ['Patient: Okafor, 54, presenting with chest pain.', ['Okafor']],
    ['Contact: Hannah Lee (+1 555 0100)', ['Hannah Lee']],
    ['Mr Smith called about the refund.', ['Smith']],
    ['Herr Müller hat angerufen.', ['Müller']],
    ['Frau Schmidt', ['Schmidt']],
    ['Bonjour M. Lefebvre, votre colis est arrivé.', ['Lefebvre']],
    ['Mme Lefèvre', ['Lefèvre']],
    ['Estimada Sra. Fernández, gracias.', ['Fernández']],
    ['Sr. García llamó ayer.', ['García']],
    ['Prof. Dr. Klaus Hoffmann will review the thesis.', ['Klaus Hoffmann']],
    ['Good morning Emily! Here are your tasks.', ['Emily']],
    ['Hi Sarah and Tom,', ['Sarah', 'Tom']],
    ['Thank you, Priya', ['Priya']],
    ['Please call me Ishmael.', ['Ishmael']],
    ['Full Name: Jane Doe', ['Jane Doe']],
    ['customer.name: Jane Doe', ['Jane Doe']],
    ['Hey Grace, can you review PR 42?', ['Grace']],
    ['Thanks Will!', ['Will']],
    ['Kind regards,\nMohammed Al-Farsi', ['Mohammed Al-Farsi']],
    ['Can you help my colleague Wei Zhang set up the VPN?', ['Wei Zhang']],
    ['Write a polite reply to my manager Priya explaining the delay.', ['Priya']],
    ['Mit freundlichen Grüßen\nAnna Schmidt', ['Anna Schmidt']],
  ];

  it.each(positives)('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reports cue-based names with confidence 0.85', () => {
    expect(confidences('Hi Sarah, quick question')).toEqual([0.85]);
  });

  it('keeps greeting and title outside the span', () => {
    const text = 'Dear Dr. Meyer,';
    const [finding] = scanner.scan(text);
    expect(text.slice(0, finding!.start)).toBe('Dear Dr. ');
  });

  it('keeps a possessive outside the span', () => {
    expect(names("Hi Sarah's team, …")).toEqual(['Sarah']);
  });
});

describe('person detector: first-name dictionary', () => {
  const positives: [string, string[]][] = [
    ['... forwarded it to Maria Gonzalez yesterday', ['Maria Gonzalez']],
    ['Customer Jane Doe reports a double charge.', ['Jane Doe']],
    ['Ask Ahmed Hassan whether the refund went through.', ['Ahmed Hassan']],
    ['Schedule a call with Chinedu Okeke and Ngozi Adeyemi next week.', ['Chinedu Okeke', 'Ngozi Adeyemi']],
    ['Reminder: Yuki Tanaka is presenting the roadmap.', ['Yuki Tanaka']],
    ['I spoke to Lakshmi Narayanan about the outage.', ['Lakshmi Narayanan']],
    ['The contract was signed by Elena Petrova on Monday.', ['Elena Petrova']],
    ['John F. Kennedy was president.', ['John F. Kennedy']],
    ['Ana de Souza joined the call.', ['Ana de Souza']],
    ["Maria Gonzalez's report is late.", ['Maria Gonzalez']],
    ['Can you summarize the thread between John and Priya?', ['John', 'Priya']],
    ['Sarah said the export job failed at 3am.', ['Sarah']],
    ["Jessica's laptop keeps rebooting.", ['Jessica']],
    ['Jean-Luc Picard', ['Jean-Luc Picard']],
    ['Trevor McCauley fixed it.', ['Trevor McCauley']],
  ];

  it.each(positives)('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reports dictionary-only names with confidence 0.7', () => {
    expect(confidences('forwarded it to Maria Gonzalez yesterday')).toEqual([0.7]);
  });
});

describe('person detector: negatives', () => {
  const negatives = [
    'Visual Studio Code crashed again.',
    'We deploy on Google Cloud and Amazon Web Services.',
    'Our offices are in New York, San Francisco and Los Angeles.',
    'Run the suite with Jest on Node 20.',
    'React Native and Microsoft Azure are supported.',
    'Claude Sonnet, Gemini Pro, Llama Guard and Mistral Large were compared.',
    'The release ships on Monday, June 3 or in August.',
    'The request failed. Please retry. This happens when the token expires.',
    'Hi there, thanks for reaching out.',
    'Hello World',
    'Dear Sir or Madam,',
    'Dear team, the build is green.',
    'Name: string',
    'interface User { name: string; role: Role }',
    'name: "gpt-4o"',
    '{"name": "get_weather", "description": "Get the weather"}',
    '{"role": "user", "content": "hello"}',
    'Will React Native support it?',
    'Mark Jira ticket as done.',
    'San Diego Comic Con sold out.',
    'Thanks, I will try that.',
    'Thanks!\nHere is the log you asked for.',
    'service.name: Checkout',
    'Customer: Acme Corp',
    'Hey Siri, set a timer.',
    'Hi Claude, summarize this.',
    'St. Louis Cardinals won.',
    '742 Evergreen Dr. Springfield',
    'Name: String',
    'Dear Customer,',
    'Hello, World!',
    'The Julia Language and the Hugo Server are open source.',
    'Austin Texas is warm.',
    'gen_ai.tool.name: Search',
    'trace_id 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7',
    'model gpt-4o-2024-08-06 used 1532 tokens at $0.0123',
    'GitHub, JavaScript and TypeScript are camelCase words.',
    'Thanks.\nKubernetes restarted the pod.',
    'I am Getting Started with the SDK.',
    'Best Practices For Logging',
  ];

  it.each(negatives)('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('person detector: robustness', () => {
  it('handles 200 KB of capitalised words', () => {
    const text = 'Lorem Ipsum Dolor Sit Amet Consectetur '.repeat(5200);
    expect(text.length).toBeGreaterThan(200_000);
    expect(() => scanner.scan(text)).not.toThrow();
  });

  it('handles repeated greetings and titles', () => {
    expect(names('Dear '.repeat(50_000))).toEqual([]);
    expect(names('Dr. '.repeat(50_000))).toEqual([]);
    expect(names('Hi Sarah, '.repeat(1000))).toHaveLength(1000);
  });

  it('handles long runs of dictionary names without surnames', () => {
    const text = 'Maria '.repeat(40_000);
    const findings = scanner.scan(text);
    for (const finding of findings) expect(finding.end - finding.start).toBeLessThan(40);
  });

  it('handles long letter runs and odd characters', () => {
    expect(names('A'.repeat(100_000))).toEqual([]);
    expect(names(`Hi ${'Ab'.repeat(50_000)}`)).toEqual([]);
    expect(names('\u00c9'.repeat(10_000) + ' \u0141ukasz Nowak')).toEqual(['Łukasz Nowak']);
    expect(names("Name: '\"\n\r\t:::===")).toEqual([]);
  });

  it('reports nothing and returns the shared empty result for text without capitals', () => {
    expect(scanner.scan('all lower case text about maria gonzalez')).toHaveLength(0);
  });

  it('is triggered by an upper-case letter', () => {
    expect(personDetector.trigger.chars).toContain('M');
    expect(personDetector.enabledByDefault).toBe(true);
  });
});
