import { describe, expect, it } from 'vitest';
import { checkSafeMessaging } from './check.js';
import { type SafetyRuleId, SafetySeverity } from './types.js';

const excerptsOf = (text: string, ruleId: SafetyRuleId): string[] =>
  checkSafeMessaging(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.excerpt);

describe('sensational-framing: warns about words that make suicide sound like a spreading wave', () => {
  it.each([
    ['a suicide epidemic among teens', 'suicide epidemic'],
    ['Suicide rates are skyrocketing.', 'Suicide rates are skyrocketing'],
    ['suicides skyrocketed last year', 'suicides skyrocketed'],
    ['a surge in suicides this year', 'surge in suicides'],
    ['the suicide wave hitting campuses', 'suicide wave'],
    ['a suicide crisis sweeping the nation', 'suicide crisis sweeping the nation'],
    ['suicide contagion spreading through schools', 'suicide contagion spreading'],
    ['Self-harm among girls has skyrocketed.', 'skyrocketed'],
    ['An epidemic of anorexia on social media.', 'epidemic of anorexia'],
    ['Teen suicide is an epidemic.', 'epidemic'],
    ['#suicide rates are through the roof', 'suicide rates are through the roof'],
  ])('%j: underlines %j', (text, excerpt) => {
    const findings = checkSafeMessaging(text).filter((f) => f.ruleId === 'sensational-framing');
    expect(findings.map((f) => f.excerpt)).toContain(excerpt);
    expect(findings[0].severity).toBe(SafetySeverity.WARN);
    expect(findings[0].suggestion).toMatch(/factual/);
  });

  it.each([
    'My confidence is skyrocketing since I started therapy!',
    'the loneliness epidemic is real, call your friends',
    'Our follower count skyrocketed after the collab 🚀',
    'Government doubles suicide prevention funding',
    'Suicide rates rose by 4% in 2022, according to the CDC.',
    'Researchers study suicide contagion to prevent it.',
  ])('stays quiet on %j', (text) => {
    expect(excerptsOf(text, 'sensational-framing')).toEqual([]);
  });
});

describe('single-cause: warns when one thing is named as the reason for a suicide', () => {
  it.each([
    ['She killed herself because of bullying.', 'killed herself because'],
    ['He took his own life after being bullied at school.', 'took his own life after being'],
    ['They took their own lives because of debt.', 'took their own lives because'],
    ['He died by suicide because he failed his exams.', 'died by suicide because'],
    ['Her suicide was caused by social media.', 'suicide was caused by'],
    ['Social media drives teens to suicide.', 'drives teens to suicide'],
    ['She was bullied to death.', 'bullied to death'],
    ['He killed himself over a breakup.', 'killed himself over a'],
    ['she unalived herself after being bullied', 'unalived herself after being'],
    ['the reason he killed himself was his job', 'the reason he killed'],
  ])('%j: underlines %j', (text, excerpt) => {
    const findings = checkSafeMessaging(text).filter((f) => f.ruleId === 'single-cause');
    expect(findings.map((f) => f.excerpt)).toEqual([excerpt]);
    expect(findings[0].severity).toBe(SafetySeverity.WARN);
  });

  it.each([
    'He died by suicide in 2019. Many things contributed, as they usually do.',
    'I could kill for a coffee because I slept badly.',
    'This joke killed me because it is so true 😂',
    'She took her time because the exam was hard.',
    'That workout killed me after work.',
  ])('stays quiet on %j', (text) => {
    expect(excerptsOf(text, 'single-cause')).toEqual([]);
  });
});
