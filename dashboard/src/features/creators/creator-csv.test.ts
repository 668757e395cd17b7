import { describe, expect, it } from 'vitest';
import { checkRows, mapHeaders, parseCreatorsCsv, toRowInput } from './creator-csv';

const HEADER =
  'Handle,Display name,Region,Profile URL,Topics,Followers,Languages,Consent scope,Consent given at';

describe('reading a creators CSV for import', () => {
  it('matches columns by the names people give them, in any order, and says which required ones are missing', () => {
    expect(mapHeaders(['Name', 'HANDLE', 'country', 'Notes']).columns).toEqual([
      'displayName',
      'handle',
      'region',
      null,
    ]);
    expect(mapHeaders(['Name', 'HANDLE', 'country', 'Notes']).missing).toEqual(['profileUrl']);
  });

  it('turns cells into the row input the server takes: lists split, topics by label or name, region upper case', () => {
    expect(
      toRowInput(3, {
        handle: ' @Ava_Calm ',
        region: 'gb',
        topics: 'Self-harm; anxiety ; PEER_SUPPORT',
        languages: 'en, cy',
        followerCount: '',
        consentScope: 'spotlight and promotion',
      }),
    ).toEqual({
      rowNumber: 3,
      handle: '@Ava_Calm',
      region: 'GB',
      topics: ['SELF_HARM', 'ANXIETY', 'PEER_SUPPORT'],
      languages: ['en', 'cy'],
      consentScope: 'SPOTLIGHT_AND_PROMOTION',
    });
  });

  it('reports each bad row by its number and field, with the server’s codes, and passes good rows', async () => {
    const csv = [
      HEADER,
      'ava_calm,Ava Calm,GB,https://example.com/@ava_calm,Anxiety,"184,000",en,SPOTLIGHT,2023-03-01',
      'ben talks,Ben,XX,http://example.com/ben,Nonsense,lots,en,,2023-13-40',
      'AVA_CALM,Ava again,GB,https://example.com/ava2,,,,,',
    ].join('\n');
    const { rows, missing } = await parseCreatorsCsv(csv);
    expect(missing).toEqual([]);
    expect(rows.map((r) => r.input.rowNumber)).toEqual([1, 2, 3]);
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[0]?.input.followerCount).toBe('184,000');
    expect(rows[1]?.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'handle:INVALID_HANDLE',
      'region:INVALID_REGION',
      'profileUrl:INVALID_URL',
      'topics:UNKNOWN_VALUE',
      'followerCount:INVALID_NUMBER',
      'consentScope:REQUIRED',
      'consentGivenAt:INVALID_DATE',
    ]);
    expect(rows[2]?.problems).toEqual([
      { field: 'handle', code: 'DUPLICATE_IN_IMPORT', message: 'Row 1 already has the handle @ava_calm' },
    ]);
  });

  it('requires the fields createCreator requires, and ignores blank lines and a byte-order mark', async () => {
    const { rows } = await parseCreatorsCsv(
      `\uFEFF${HEADER}\n,,,,,,,,\n\n,Cleo,AU,https://example.com/cleo,,,,,\n`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['handle:REQUIRED']);
  });

  it('keeps quoted cells whole (commas and line breaks in a bio)', async () => {
    const { rows } = await parseCreatorsCsv(
      'handle,display name,region,profile url,bio\ncleo,Cleo,AU,https://example.com/cleo,"Peer support, daily.\nYou are not alone."\n',
    );
    expect(rows[0]?.input.bio).toBe('Peer support, daily.\nYou are not alone.');
    expect(rows[0]?.problems).toEqual([]);
  });

  it('checks an edited row again, and a fixed duplicate frees its handle', () => {
    const first = toRowInput(1, {
      handle: 'kiwi',
      displayName: 'K',
      region: 'NZ',
      profileUrl: 'https://e.nz/k',
    });
    const second = { ...first, rowNumber: 2 };
    expect(checkRows([first, second])[1]?.problems.map((p) => p.code)).toEqual(['DUPLICATE_IN_IMPORT']);
    expect(checkRows([first, { ...second, handle: 'kiwi_2' }])[1]?.problems).toEqual([]);
  });

  it('reads 10,000 rows', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) lines.push(`c_${i},Creator ${i},GB,https://example.com/${i},,${i},,,`);
    const { rows, overLimit } = await parseCreatorsCsv(lines.join('\n'));
    expect(rows).toHaveLength(10_000);
    expect(overLimit).toBe(false);
    expect(rows.filter((r) => r.problems.length > 0)).toEqual([]);
  });
});
