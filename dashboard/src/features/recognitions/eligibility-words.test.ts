import { describe, expect, it } from 'vitest';
import { reasonSentences } from './eligibility-words';

const inLondon = (reason: string, at: string | null = null) =>
  reasonSentences({ reason, at }, 'Europe/London', 'en-GB');

describe('eligibility reasons in words', () => {
  it('says the consent scope in words and the day in the reader’s locale and zone, not the ISO day', () => {
    expect(
      inLondon('Consent (SPOTLIGHT_AND_PROMOTION) given on 2026-01-03', '2026-01-03T10:00:00.000Z'),
    ).toEqual([
      'Consent to be featured in the awareness hub and in promotion outside the app, given on 3 Jan 2026.',
    ]);
    expect(inLondon('Consent was withdrawn on 2026-03-01', '2026-03-01T09:30:00.000Z')).toEqual([
      'Consent was withdrawn on 1 Mar 2026.',
    ]);
  });

  it('gives the day as the reader’s own time zone has it, not the server’s UTC day', () => {
    // 23:30 UTC on 31 May is already 1 June in Sydney.
    const check = { reason: 'Completed "Safe messaging" on 2026-05-31', at: '2026-05-31T23:30:00.000Z' };
    expect(reasonSentences(check, 'Australia/Sydney', 'en-GB')).toEqual([
      'Completed “Safe messaging” on 1 Jun 2026.',
    ]);
    expect(reasonSentences(check, 'America/New_York', 'en-US')).toEqual([
      'Completed “Safe messaging” on May 31, 2026.',
    ]);
  });

  it('puts each problem in its own sentence and says where it is', () => {
    expect(
      inLondon(
        '"Talking helps" is archived; no crisis resource serves NZ and there is no global fallback; "Night shift" has no warning text',
      ),
    ).toEqual([
      '“Talking helps” is archived.',
      'No crisis resource serves NZ and there is no global fallback.',
      '“Night shift” has no warning text.',
    ]);
    expect(
      inLondon(
        'citation: Avoid describing a method ("how she did it"); "Talking helps" caption: Avoid "epidemic" ("an epidemic")',
      ),
    ).toEqual([
      'In the citation: Avoid describing a method (“how she did it”)',
      'In the caption of “Talking helps”: Avoid “epidemic” (“an epidemic”)',
    ]);
  });

  it('counts videos and places in plain English', () => {
    expect(inLondon('1 sensitive video(s) carry advisories and crisis resources')).toEqual([
      '1 sensitive video carries advisories and crisis resources.',
    ]);
    expect(inLondon('3 sensitive video(s) carry advisories and crisis resources')).toEqual([
      '3 sensitive videos carry advisories and crisis resources.',
    ]);
    expect(inLondon('2 of 10 spotlight places taken')).toEqual(['2 of 10 spotlight places are taken.']);
  });

  it('shows a reason it does not know as the server wrote it, as a sentence', () => {
    expect(inLondon('The creator is suspended')).toEqual(['The creator is suspended.']);
  });
});
