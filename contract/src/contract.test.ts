/**
 * The contract check as a release manager relies on it: an undeclared breaking change fails, a declared
 * one (with a reason) passes, additions pass, a declaration nothing matches fails; an operation that no
 * longer validates, or uses something deprecated, fails.
 */
import { describe, expect, it } from 'vitest';
import { compareWithRelease, lintOperations, parseAcceptedBreaks } from './contract.js';

const RELEASED = /* GraphQL */ `
  type Query {
    campaign(slug: String!): Campaign
    campaigns(first: Int): [Campaign!]!
  }
  type Campaign {
    slug: String!
    name: String!
    hashtag: String!
    legacyTag: String @deprecated(reason: "Use hashtag.")
  }
  enum Status { DRAFT PUBLISHED }
`;

describe('the schema against the last release', () => {
  it('passes when nothing changed', async () => {
    const report = await compareWithRelease(RELEASED, RELEASED, []);
    expect(report.undeclared).toEqual([]);
    expect(report.stale).toEqual([]);
  });

  it('passes additions: a new field, a new optional argument, a new type', async () => {
    const current = RELEASED.replace('hashtag: String!', 'hashtag: String!\n    theme: String').replace(
      'campaigns(first: Int)',
      'campaigns(first: Int, after: String)',
    );
    const report = await compareWithRelease(RELEASED, `${current}\ntype Partner { name: String! }`, []);
    expect(report.undeclared).toEqual([]);
    expect(report.safe.map((c) => c.path)).toEqual(expect.arrayContaining(['Campaign.theme', 'Partner']));
  });

  it('fails on a removed field, a new required argument and a narrowed type, naming each', async () => {
    const current = RELEASED.replace('    hashtag: String!\n', '')
      .replace('campaigns(first: Int)', 'campaigns(first: Int, region: String!)')
      .replace('name: String!', 'name: Int!');
    const report = await compareWithRelease(RELEASED, current, []);
    expect(report.undeclared.map((c) => `${c.type} ${c.path}`).sort()).toEqual([
      'FIELD_ARGUMENT_ADDED Query.campaigns.region',
      'FIELD_REMOVED Campaign.hashtag',
      'FIELD_TYPE_CHANGED Campaign.name',
    ]);
  });

  it('passes a declared break with a reason, and reports it as declared', async () => {
    const current = RELEASED.replace('    legacyTag: String @deprecated(reason: "Use hashtag.")\n', '');
    const accepted = [
      {
        type: 'FIELD_REMOVED',
        path: 'Campaign.legacyTag',
        reason: 'Deprecated since 2023; no client reads it.',
      },
    ];
    const report = await compareWithRelease(RELEASED, current, accepted);
    expect(report.undeclared).toEqual([]);
    expect(report.declared.map((c) => c.path)).toEqual(['Campaign.legacyTag']);
    expect(report.unexplained).toEqual([]);
  });

  it('fails on a declaration without a reason, and on one that matches no change', async () => {
    const accepted = [
      { type: 'FIELD_REMOVED', path: 'Campaign.legacyTag', reason: '' },
      { type: 'FIELD_REMOVED', path: 'Campaign.slugg', reason: 'A typo: matches nothing at all.' },
    ];
    const current = RELEASED.replace('    legacyTag: String @deprecated(reason: "Use hashtag.")\n', '');
    const report = await compareWithRelease(RELEASED, current, accepted);
    expect(report.unexplained.map((a) => a.path)).toEqual(['Campaign.legacyTag']);
    expect(report.stale.map((a) => a.path)).toEqual(['Campaign.slugg']);
  });

  it('reads accepted-breaks.json strictly', () => {
    expect(parseAcceptedBreaks('[]')).toEqual([]);
    expect(() => parseAcceptedBreaks('{}')).toThrow(/list/);
    expect(() => parseAcceptedBreaks('[{"path":"Campaign.x"}]')).toThrow(/type/);
  });
});

describe("the dashboard's operations against the schema", () => {
  const op = (body: string) => ({ body, location: 'campaigns.operations.ts' });

  it('passes operations that validate', () => {
    expect(lintOperations(RELEASED, [op('query C { campaigns(first: 5) { slug name hashtag } }')])).toEqual(
      [],
    );
  });

  it('fails an operation asking for a field the schema does not have, saying where', () => {
    const problems = lintOperations(RELEASED, [op('query C { campaigns { slug theme } }')]);
    expect(problems).toEqual([
      { location: 'campaigns.operations.ts', message: expect.stringMatching(/Cannot query field "theme"/) },
    ]);
  });

  it('fails an operation that uses a deprecated field', () => {
    const problems = lintOperations(RELEASED, [op('query C { campaigns { legacyTag } }')]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/legacyTag.*deprecated/i)]);
  });
});
