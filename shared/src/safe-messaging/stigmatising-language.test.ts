import { describe, expect, it } from 'vitest';
import { checkSafeMessaging } from './check.js';
import { SafetySeverity } from './types.js';

const stigma = (text: string) => checkSafeMessaging(text).filter((f) => f.ruleId === 'stigmatising-language');

describe('stigmatising-language: warns and suggests kinder wording', () => {
  it.each([
    ['He committed suicide in 2019.', 'committed suicide', 'died by suicide'],
    ['He comitted suicide in 2019.', 'comitted suicide', 'died by suicide'],
    ['She commited suicide.', 'commited suicide', 'died by suicide'],
    ['Suicide was committed by a student.', 'Suicide was committed', 'died by suicide'],
    ['She was thinking of committing suicide.', 'committing suicide', 'dying by suicide'],
    ['Someone commits suicide every 40 seconds.', 'commits suicide', 'dies by suicide'],
    ['People who commit suicide are not selfish.', 'commit suicide', 'die by suicide'],
    ['It was a successful suicide.', 'successful suicide', 'died by suicide'],
    ['the number of completed suicides', 'completed suicides', 'died by suicide'],
    ['He succeeded in killing himself.', 'succeeded in killing himself', 'died by suicide'],
    ['After a failed suicide attempt she got help.', 'failed suicide attempt', 'attempted suicide'],
    ['an unsuccessful suicide attempt', 'unsuccessful suicide attempt', 'attempted suicide'],
    ['I failed to kill myself.', 'failed to kill myself', 'survived a suicide attempt'],
    ['a memorial for suicide victims', 'suicide victims', 'people who died by suicide'],
    ['He was a suicide victim.', 'suicide victim', 'person who died by suicide'],
  ])('%j: underlines %j and suggests %j', (text, excerpt, suggestion) => {
    const findings = stigma(text);
    expect(findings).toHaveLength(1);
    expect(findings[0].excerpt).toBe(excerpt);
    expect(findings[0].severity).toBe(SafetySeverity.WARN);
    expect(findings[0].suggestion).toContain(suggestion);
  });

  it('suggests "died by suicide" for every form of "commit suicide"', () => {
    for (const text of ['committed suicide', 'commit suicide', 'commits suicide', 'committing suicide']) {
      expect(stigma(text)[0].suggestion).toContain('died by suicide');
    }
  });

  it('gives the exact replacement for the past tense', () => {
    expect(stigma('My uncle committed suicide.')[0]).toMatchObject({
      start: 9,
      end: 26,
      excerpt: 'committed suicide',
      suggestion: 'died by suicide',
    });
  });

  it.each([
    ['#committedsuicide', 'committedsuicide'],
    ['He c0mmitted 5u1c1d3 last spring', 'c0mmitted 5u1c1d3'],
    ['he committed s u i c i d e', 'committed s u i c i d e'],
    ['he committed s.u.i.c.i.d.e', 'committed s.u.i.c.i.d.e'],
    ['he committed su-icide', 'committed su-icide'],
    ['he committed sui cide', 'committed sui cide'],
    ['he committed s*icide', 'committed s*icide'],
    ['he committed su1cide', 'committed su1cide'],
    ['HE COMMITTED SUICIDE!!!', 'COMMITTED SUICIDE'],
    ['he ｃｏｍｍｉｔｔｅｄ ｓｕｉｃｉｄｅ', 'ｃｏｍｍｉｔｔｅｄ ｓｕｉｃｉｄｅ'],
    ['he committed ѕuicide', 'committed ѕuicide'],
    ['he comm\u200bitted sui\u200bcide', 'comm\u200bitted sui\u200bcide'],
    ['he committed sųįcįdę', 'committed sųįcįdę'],
    ['he committed sucide', 'committed sucide'],
    ['He committed 💀 suicide', 'committed 💀 suicide'],
  ])('sees through %j', (text, excerpt) => {
    expect(stigma(text).map((f) => f.excerpt)).toEqual([excerpt]);
  });

  it('needs talk of suicide nearby before calling an attempt "failed" or "successful"', () => {
    expect(stigma('After her failed attempt she spent weeks feeling suicidal.')).toHaveLength(1);
    expect(stigma('His third suicide attempt was a successful attempt.').length).toBeGreaterThan(0);
  });
});

describe('stigmatising-language: stays quiet on the recommended wording and on other attempts', () => {
  it.each([
    'He died by suicide in 2019.',
    'She attempted suicide and survived.',
    'He survived a suicide attempt.',
    'We commit to suicide prevention every day.',
    'I committed to my recovery plan.',
    'A successful attempt at the world record!',
    'My failed attempt at sourdough 😂',
    'The fundraiser was a success.',
    'the victims of the flood',
    'a committed suicide prevention volunteer',
  ])('%j', (text) => {
    expect(stigma(text)).toEqual([]);
  });
});
