import { describe, expect, it } from 'vitest';
import { Topic } from '../topics.js';
import { checkSafeMessaging, hasBlockingFinding } from './check.js';
import { SAFETY_TEXT_MAX, SafetySeverity } from './types.js';

describe('checkSafeMessaging: harmless posts get no findings at all', () => {
  it.each([
    'this joke killed me',
    "I'm dead 😂",
    'died laughing at this',
    'killing it on stage tonight',
    'that workout killed me',
    'I could kill for a coffee',
    'A headline: Government doubles suicide prevention funding',
    '988 is the Suicide & Crisis Lifeline',
    'we talk about suicide prevention and hope',
    'worth my weight in gold',
    'a calorie of joy',
    'the bridge loan was approved',
    'rope skipping challenge day 3!',
    'I cut my hair short',
    'Pick up your pills at the pharmacy; take 2 tablets a day with food.',
    'Join us on World Suicide Prevention Day, 10 September. #preventsuicide',
    'I ran 10 kms today and I feel amazing',
    "I'm so stressed I could die lol",
    'My grandmother died of cancer after a long illness.',
    'Suicide Squad was a great movie',
    'That interview was career suicide 💀',
    'He shot himself in the foot with that comment',
    "I'm binge watching Netflix all weekend",
    'Day 12 of my morning routine 🌅 journaling, a walk and a big glass of water.',
    'Therapy tip: name five things you can see, four you can hear, three you can touch.',
    '',
  ])('%j', (text) => {
    expect(checkSafeMessaging(text)).toEqual([]);
  });
});

describe('checkSafeMessaging: filter-dodging slang still counts as talk of suicide or self-harm', () => {
  it.each([
    'he unalived himself last year',
    'I want to kms',
    'sewerslide is trending again',
    'sewer slide awareness',
    'thinking about self h@rm again',
    'self-harm scars',
    '#suicide',
    '5u1c1d3',
    's u i c i d e',
    's.u.i.c.i.d.e',
    'su-icide',
    's*icide',
    'su1cide',
    'k.m.s',
    'i want to d13',
    'she self-deleted',
    'kill 🔪 my 🔪 self',
    'k.i.l.l.e.d m.y.s.e.l.f',
    'i want to d!e',
  ])('%j needs a help resource and a content warning', (text) => {
    const ruleIds = checkSafeMessaging(text).map((f) => f.ruleId);
    expect(ruleIds).toContain('missing-help-resource');
    expect(ruleIds).toContain('missing-content-warning');
  });

  it('does not treat "sh" or kilometres as self-harm slang', () => {
    expect(checkSafeMessaging('sh, the baby is sleeping. ran 5 kms')).toEqual([]);
  });
});

describe('checkSafeMessaging: spans point into the text as written', () => {
  const paragraph =
    '🌧️ Storytime 💬 my cousin c0mmitted   5u1c1d3 after years of pain… 😔 s u i c i d e is not a trend. ' +
    'He h\u200banged himself — and #committedsuicide posts hurt. ⚠️ I was down to 38kg in my anorexia days.';

  it('gives every excerpt exactly as text.slice(start, end)', () => {
    const findings = checkSafeMessaging(paragraph);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expect(paragraph.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('underlines the disguised words themselves, after emoji, leetspeak and spacing', () => {
    const excerpts = checkSafeMessaging(paragraph).map((f) => `${f.ruleId}: ${f.excerpt}`);
    expect(excerpts).toEqual(
      expect.arrayContaining([
        'stigmatising-language: c0mmitted   5u1c1d3',
        'method-or-location: h\u200banged himself',
        'stigmatising-language: committedsuicide',
        'eating-disorder-specifics: 38kg',
      ]),
    );
    const hanged = checkSafeMessaging(paragraph).find((f) => f.ruleId === 'method-or-location');
    expect(hanged?.start).toBe(paragraph.indexOf('h\u200banged'));
  });

  it('never splits an emoji or a surrogate pair', () => {
    const text = '😔😔 he committed s\u0336u\u0336i\u0336c\u0336i\u0336d\u0336e\u0336 😔 #KMS 😔';
    for (const f of checkSafeMessaging(text)) {
      for (const at of [f.start, f.end]) {
        const code = text.charCodeAt(at);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
    }
    expect(checkSafeMessaging(text).find((f) => f.ruleId === 'stigmatising-language')?.excerpt).toBe(
      'committed s\u0336u\u0336i\u0336c\u0336i\u0336d\u0336e',
    );
  });

  it('lists findings in reading order', () => {
    const starts = checkSafeMessaging(paragraph).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('checkSafeMessaging: findings', () => {
  it('report rule, severity, span, message and suggestion', () => {
    const text = 'CW: suicide. My uncle committed suicide. Call or text 988.';
    expect(checkSafeMessaging(text)).toEqual([
      {
        ruleId: 'stigmatising-language',
        severity: SafetySeverity.WARN,
        start: 22,
        end: 39,
        excerpt: 'committed suicide',
        message: expect.stringContaining('Stigmatising'),
        suggestion: 'died by suicide',
      },
    ]);
  });

  it('merge overlapping matches of one rule into one finding', () => {
    const methods = checkSafeMessaging('She overdosed on 40 pills.').filter(
      (f) => f.ruleId === 'method-or-location',
    );
    expect(methods.map((f) => f.excerpt)).toEqual(['overdosed on 40 pills']);
  });

  it('passes a careful, hopeful post on a sensitive topic', () => {
    const text =
      'CW: suicide. Two years ago I attempted suicide. Today I am in recovery and I want you to know it gets ' +
      'better. If you are struggling, call or text 988 (US) or call Samaritans on 116 123 (UK). 💛';
    expect(checkSafeMessaging(text, { topics: [Topic.SUICIDE_PREVENTION] })).toEqual([]);
  });
});

describe('hasBlockingFinding', () => {
  it('is true when a finding blocks publication', () => {
    expect(hasBlockingFinding(checkSafeMessaging('He hanged himself.'))).toBe(true);
  });

  it('is false when findings only warn', () => {
    const findings = checkSafeMessaging('He committed suicide.');
    expect(findings.length).toBeGreaterThan(0);
    expect(hasBlockingFinding(findings)).toBe(false);
  });

  it('is false with no findings', () => {
    expect(hasBlockingFinding([])).toBe(false);
  });
});

// How fast these run is measured by bench/safe-messaging.bench.ts (its "worst-case" scenarios), never here:
// a timed test fails on a busy machine. These hold what the check answers at the API's length limit.
describe('checkSafeMessaging: texts at the length limit', () => {
  it('reports every repeated problem in a text at the API limit', () => {
    const sentence = 'CW: suicide. He c0mmitted 5u1c1d3 and I was down to 38kg. Call 988. 😂 ';
    const text = sentence.repeat(Math.ceil(SAFETY_TEXT_MAX / sentence.length)).slice(0, SAFETY_TEXT_MAX);
    const findings = checkSafeMessaging(text);
    expect(findings.length).toBeGreaterThan(100);
  });

  it.each([
    ['one long word', 'a'.repeat(SAFETY_TEXT_MAX)],
    ['spaces', ' '.repeat(SAFETY_TEXT_MAX)],
    ['digits', '9'.repeat(SAFETY_TEXT_MAX)],
    ['spaced letters', 'a '.repeat(SAFETY_TEXT_MAX / 2)],
    ['a repeated phrase', 'killed himself because '.repeat(800)],
    ['separators', '-_ '.repeat(SAFETY_TEXT_MAX / 3)],
    ['stars', 's*'.repeat(SAFETY_TEXT_MAX / 2)],
    ['emoji', '😂'.repeat(SAFETY_TEXT_MAX / 2)],
    ['leetspeak', '5u1c1d3 '.repeat(SAFETY_TEXT_MAX / 8)],
  ])('answers for a pathological text (%s) with findings inside it', (_name, text) => {
    const findings = checkSafeMessaging(text, { topics: [Topic.EATING_DISORDERS, Topic.SUICIDE_PREVENTION] });
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});
