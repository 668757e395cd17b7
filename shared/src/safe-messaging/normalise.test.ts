import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

/** The original text behind each normalised span must be what the span reads as, modulo the folding. */
function original(text: string, start: number, end: number): string {
  const view = normalise(text);
  const span = view.toOriginal(start, end);
  return text.slice(span.start, span.end);
}

describe('normalise: reads disguised words as plain lower-case English', () => {
  it.each([
    ['SUICIDE', 'suicide'],
    ['5u1c1d3', 'suicide'],
    ['su1cide', 'suicide'],
    ['$uicide', 'suicide'],
    ['su!c!de', 'suicide'],
    ['s*icide', 'suicide'],
    ['s**cide', 'suicide'],
    ['**suicide**', '**suicide**'],
    ['s u i c i d e', 'suicide'],
    ['s.u.i.c.i.d.e', 'suicide'],
    ['s-u-i-c-i-d-e', 'suicide'],
    ['s_u_i_c_i_d_e', 'suicide'],
    ['s. u. i. c. i. d. e.', 'suicide.'],
    ['5 u 1 c 1 d 3', 'suicide'],
    ['su-icide', 'suicide'],
    ['sui cide', 'suicide'],
    ["sui'cide", 'suicide'],
    ['self h@rm', 'selfharm'],
    ['self-harm', 'selfharm'],
    ['se1f harm', 'selfharm'],
    ['over dose', 'overdose'],
    ['0verdose', 'overdose'],
    ['un alive', 'unalive'],
    ['k.m.s', 'kms'],
    ['k1ll', 'kill'],
    ['d13', 'die'],
    ['ｓｕｉｃｉｄｅ', 'suicide'],
    ['ѕuicidе', 'suicide'],
    ['sųįcįdę', 'suicide'],
    ['su\u200bici\u200dde', 'suicide'],
    ['s\u0336u\u0336i\u0336c\u0336i\u0336d\u0336e\u0336', 'suicide'],
    ['𝐬𝐮𝐢𝐜𝐢𝐝𝐞', 'suicide'],
    ['it’s', "it's"],
    ['self–harm', 'selfharm'],
  ])('%j reads as %j', (text, expected) => {
    expect(normalise(text).text).toBe(expected);
  });

  it.each([
    ['988', '988'],
    ['116 123', '116 123'],
    ['38kg', '38kg'],
    ['7 stone', '7 stone'],
    ['500cal', '500cal'],
    ['40pills', '40pills'],
    ['covid19', 'covid19'],
    ['1st', '1st'],
    ['help@samaritans.org', 'help@samaritans.org'],
    ['@mindfulcrew', '@mindfulcrew'],
    ['wow!!!', 'wow!!!'],
    ['a b', 'a b'],
    ['plan a or b', 'plan a or b'],
  ])('keeps %j as %j: numbers, units, addresses and ordinary words stay', (text, expected) => {
    expect(normalise(text).text).toBe(expected);
  });

  it('turns emoji into one space per code unit, so offsets need no table', () => {
    const view = normalise('hi 😂 there');
    expect(view.text).toBe('hi    there');
    expect(view.isIdentity).toBe(true);
  });

  it('turns a warning sign into "cw"', () => {
    expect(normalise('⚠️ heavy').text).toBe(' cw  heavy');
  });
});

describe('normalise: maps every span back to the text as written', () => {
  it('maps a collapsed word back to its spaced-out letters', () => {
    const text = '😂 he said s u i c i d e';
    const view = normalise(text);
    const at = view.text.indexOf('suicide');
    expect(original(text, at, at + 'suicide'.length)).toBe('s u i c i d e');
  });

  it('maps a masked word back to the whole masked word', () => {
    const text = 'ok s*icide ok';
    const view = normalise(text);
    const at = view.text.indexOf('suicide');
    expect(original(text, at, at + 7)).toBe('s*icide');
    expect(original(text, at + 2, at + 4)).toBe('s*icide');
  });

  it('maps folded characters back to the characters that were typed', () => {
    const text = 'ＨＥ ｃｏｍｍｉｔｔｅｄ';
    const view = normalise(text);
    expect(view.text).toBe('he committed');
    expect(original(text, 3, 12)).toBe('ｃｏｍｍｉｔｔｅｄ');
  });

  it('maps across dropped invisible characters', () => {
    const text = 'a su\u200bicide';
    const view = normalise(text);
    expect(view.text).toBe('a suicide');
    expect(original(text, 2, 9)).toBe('su\u200bicide');
  });

  it('keeps offsets increasing for any text', () => {
    const text = '⚠️ ß é ｆ 😂 s u i c i d e su-icide s*icide ѕ 𝐬 \u200b x';
    const view = normalise(text);
    let previous = 0;
    for (let i = 0; i < view.text.length; i += 1) {
      const { start, end } = view.toOriginal(i, i + 1);
      expect(start).toBeGreaterThanOrEqual(previous);
      expect(end).toBeGreaterThan(start);
      previous = start;
    }
  });

  it('maps an empty span to a point', () => {
    expect(normalise('abc').toOriginal(1, 1)).toEqual({ start: 1, end: 1 });
    expect(normalise('').toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
  });
});
