import { describe, expect, it } from 'vitest';
import {
  advisoryLevel,
  advisoryText,
  captionExcerpt,
  durationText,
  findingsText,
  hashtagText,
  parseHashtags,
} from './video-labels';

const advisory = (over: Partial<Parameters<typeof advisoryText>[0]> = {}) => ({
  required: true,
  warningOverridden: false,
  requiresOptIn: false,
  minimumAge: null,
  ...over,
});

describe('video labels', () => {
  it('names the advisory level a reader meets, with the age gate and staff wording', () => {
    expect(advisoryLevel(advisory({ required: false }))).toBe('none');
    expect(advisoryText(advisory({ required: false }))).toBe('None');
    expect(advisoryText(advisory())).toBe('Warning');
    expect(advisoryText(advisory({ requiresOptIn: true, minimumAge: 13 }))).toBe('Opt-in, 13+');
    expect(advisoryText(advisory({ warningOverridden: true }))).toBe('Warning (staff wording)');
  });

  it('cuts a long caption at a word, on one line, and keeps a short one whole', () => {
    expect(captionExcerpt('Short\ncaption.')).toBe('Short caption.');
    const long =
      'Grief does not follow a timetable, and that is fine. Here is what helped me through the first year.';
    const excerpt = captionExcerpt(long, 40);
    expect(excerpt).toBe('Grief does not follow a timetable, and…');
    expect(excerpt.length).toBeLessThanOrEqual(41);
  });

  it('counts findings by what they do to publishing', () => {
    expect(findingsText([])).toBe('None');
    expect(findingsText(null)).toBe('None');
    expect(findingsText([{ severity: 'BLOCK' }, { severity: 'WARN' }, { severity: 'WARN' }])).toBe(
      '1 blocks publishing, 2 warnings',
    );
    expect(findingsText([{ severity: 'BLOCK' }, { severity: 'BLOCK' }])).toBe('2 block publishing');
  });

  it('reads hashtags however they are typed, and writes them back with #', () => {
    expect(parseHashtags('#MentalHealthAwareness, grief  #grief ##hope')).toEqual([
      'mentalhealthawareness',
      'grief',
      'hope',
    ]);
    expect(hashtagText(['grief', 'hope'])).toBe('#grief #hope');
  });

  it('says a duration in minutes and seconds', () => {
    expect(durationText(45)).toBe('45 s');
    expect(durationText(120)).toBe('2 min');
    expect(durationText(95)).toBe('1 min 35 s');
  });
});
