import { SAFETY_TEXT_MAX, Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildVideo } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

type Finding = {
  ruleId: string;
  severity: string;
  field: string;
  excerpt: string;
  suggestion: string | null;
};

describe('safe-messaging findings through the API', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  it('checks a draft for staff, with spans and suggested rewordings', async () => {
    const query = `query($text: String!, $topics: [Topic!]) { checkSafeMessaging(text: $text, topics: $topics) { ruleId severity field excerpt suggestion } }`;
    const text =
      'CW: suicide. My uncle committed suicide last year. If you are struggling, call or text 988.';
    const findings = dataOf(
      await app.run<{ checkSafeMessaging: Finding[] }>(
        query,
        { text, topics: ['SUICIDE_PREVENTION'] },
        editor,
      ),
    ).checkSafeMessaging;
    const stigma = findings.find((f) => f.ruleId === 'stigmatising-language');
    expect(stigma).toMatchObject({ severity: 'WARN', field: 'TEXT', excerpt: 'committed suicide' });
    expect(stigma?.suggestion).toMatch(/died by suicide/);
    expect(findings.some((f) => f.severity === 'BLOCK')).toBe(false);
  });

  it('refuses the check to public clients and oversized texts', async () => {
    const query = `query($text: String!) { checkSafeMessaging(text: $text) { ruleId } }`;
    expect(codesOf(await app.run(query, { text: 'hello' }))).toEqual(['UNAUTHENTICATED']);
    const huge = await app.run(query, { text: 'a'.repeat(SAFETY_TEXT_MAX + 1) }, editor);
    expect(codesOf(huge)).toEqual(['BAD_USER_INPUT']);
    expect(huge.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ path: 'text' })]);
  });

  it('re-checks a video on every save and shows staff the findings, never the public', async () => {
    const creator = await buildCreator(app.orm.em.fork(), { region: 'IE' });
    const video = await buildVideo(app.orm.em.fork(), {
      creator,
      topics: [Topic.EATING_DISORDERS],
      title: 'My recovery',
      caption: 'Content warning: eating disorders. Recovery is possible; NEDA can help.',
    });
    const read = `query($id: ID!) { node(id: $id) { ... on AwarenessVideo { safetyFindings { ruleId severity field } } } }`;
    const clean = dataOf(
      await app.run<{ node: { safetyFindings: Finding[] } }>(read, { id: video.globalId }, editor),
    ).node.safetyFindings;
    expect(clean.filter((f) => f.severity === 'BLOCK')).toEqual([]);

    const update = `mutation($input: UpdateVideoInput!) { updateAwarenessVideo(input: $input) { video { safetyFindings { ruleId severity field } } } }`;
    const saved = dataOf(
      await app.run<{ updateAwarenessVideo: { video: { safetyFindings: Finding[] } } }>(
        update,
        {
          input: {
            id: video.globalId,
            expectedVersion: 1,
            caption:
              'Content warning: eating disorders. I got down to 38kg before I asked for help. NEDA can help.',
          },
        },
        editor,
      ),
    );
    // The record is still saved (it is the truth of what was posted); the finding blocks a spotlight later.
    expect(saved.updateAwarenessVideo.video.safetyFindings).toContainEqual({
      ruleId: 'eating-disorder-specifics',
      severity: 'BLOCK',
      field: 'CAPTION',
    });

    const publicRead = await app.run(read, { id: video.globalId });
    expect(codesOf(publicRead)).toEqual(['UNAUTHENTICATED']);
  });
});
