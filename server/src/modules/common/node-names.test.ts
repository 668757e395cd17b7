/**
 * Global IDs are stored by clients (bookmarks, partners' sites, the dashboard's cache) and audit events
 * record the type of what changed, both for ever. These names are therefore pinned: renaming a class must
 * not change them, and a test failing here means a change would break stored IDs and audit history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../db/entities.js';
import { buildCreator } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { entityTypeName, nodeTypeNames } from './node.js';

const PINNED: Readonly<Record<string, string>> = {
  AdCreditGrant: 'AdCreditGrant',
  AuditEvent: 'AuditEvent',
  AwarenessVideo: 'AwarenessVideo',
  Campaign: 'Campaign',
  Creator: 'Creator',
  CreatorImport: 'CreatorImport',
  CrisisResource: 'CrisisResource',
  Organisation: 'Organisation',
  ProgrammingWindow: 'ProgrammingWindow',
  Recognition: 'Recognition',
  RecognitionNote: 'RecognitionNote',
  StaffUser: 'StaffUser',
  TrainingEnrolment: 'TrainingEnrolment',
  TrainingSession: 'TrainingSession',
};

describe('the stable names of node types', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it('names every node type explicitly, with the name its stored IDs and audit events carry', () => {
    const named = Object.fromEntries([...nodeTypeNames()].map(([entity, name]) => [entity.name, name]));
    expect(named).toEqual(PINNED);
    // Every stored entity that is a node has its name; nothing else needs one.
    for (const entity of entities) {
      if (entity.name in PINNED) expect(entityTypeName(entity)).toBe(PINNED[entity.name]);
    }
  });

  it('still fetches a record by a global ID minted from its pinned name, and audits it under that name', async () => {
    const editor = await app.staff(StaffRole.EDITOR);
    const creator = await buildCreator(app.orm.em.fork(), { displayName: 'Pinned' });
    // What a client stored: base64 of "Creator:<uuid>", written out here rather than computed by the code.
    const stored = Buffer.from(`Creator:${creator.id}`, 'utf8').toString('base64');
    const found = dataOf(
      await app.run<{ node: { __typename: string; id: string; displayName: string } | null }>(
        'query($id: ID!) { node(id: $id) { __typename id ... on Creator { displayName } } }',
        { id: stored },
        editor,
      ),
    ).node;
    expect(found).toEqual({ __typename: 'Creator', id: stored, displayName: 'Pinned' });

    dataOf(
      await app.run(
        'mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { id } } }',
        { input: { id: stored, expectedVersion: 1, bio: 'changed' } },
        editor,
      ),
    );
    const event = await app.orm.em.fork().findOneOrFail(AuditEvent, { targetId: creator.id });
    expect([event.targetType, event.action]).toEqual(['Creator', 'creator.update']);
  });
});
