import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildRecognition, buildVideo } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { AwarenessVideo } from './awareness-video.entity.js';

type Videos = {
  awarenessVideos: {
    totalCount: number;
    nodes: {
      title: string;
      advisory: {
        required: boolean;
        requiresOptIn: boolean;
        minimumAge: number | null;
        warningText: string | null;
        warningOverridden: boolean;
      };
    }[];
  };
};

describe('awareness videos', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  it('gives a video on eating disorders an opt-in advisory with an age gate, and none to a self-care video', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em, { region: 'CA' });
    await buildVideo(em, {
      creator,
      title: 'Recovery is not linear',
      topics: [Topic.EATING_DISORDERS, Topic.BODY_IMAGE],
    });
    await buildVideo(em, { creator, title: 'Sunday reset', topics: [Topic.SELF_CARE] });
    const query = `query { awarenessVideos(filter: { region: "CA" }) { totalCount nodes { title advisory { required requiresOptIn minimumAge warningText warningOverridden } } } }`;
    const byTitle = Object.fromEntries(
      dataOf(await app.run<Videos>(query)).awarenessVideos.nodes.map((n) => [n.title, n.advisory]),
    );
    expect(byTitle['Recovery is not linear']).toMatchObject({
      required: true,
      requiresOptIn: true,
      minimumAge: 13,
      warningOverridden: false,
    });
    expect(byTitle['Recovery is not linear']?.warningText).toContain('eating disorders');
    expect(byTitle['Sunday reset']).toMatchObject({
      required: false,
      requiresOptIn: false,
      warningText: null,
    });
  });

  it('lets staff reword the warning while the derived flags follow the topics', async () => {
    const video = await buildVideo(app.orm.em.fork(), { topics: [Topic.GRIEF] });
    const update = `mutation($input: UpdateVideoInput!) { updateAwarenessVideo(input: $input) { video { version advisory { required requiresOptIn warningText warningOverridden } } } }`;
    const reworded = dataOf(
      await app.run<{ updateAwarenessVideo: { video: { advisory: Record<string, unknown> } } }>(
        update,
        {
          input: {
            id: video.globalId,
            expectedVersion: 1,
            advisoryWarningOverride: 'This video talks about losing a parent.',
          },
        },
        editor,
      ),
    );
    expect(reworded.updateAwarenessVideo.video.advisory).toEqual({
      required: true,
      requiresOptIn: false,
      warningText: 'This video talks about losing a parent.',
      warningOverridden: true,
    });
    const retopic = dataOf(
      await app.run<{ updateAwarenessVideo: { video: { advisory: Record<string, unknown> } } }>(
        update,
        { input: { id: video.globalId, expectedVersion: 2, topics: ['SELF_HARM'] } },
        editor,
      ),
    );
    expect(retopic.updateAwarenessVideo.video.advisory).toMatchObject({
      required: true,
      requiresOptIn: true,
      warningOverridden: true,
    });
  });

  it('filters by topic, strategy and advisory, and hides videos of suspended creators from the public', async () => {
    const em = app.orm.em.fork();
    const suspended = await buildCreator(em, { status: CreatorStatus.SUSPENDED, region: 'ZA' });
    const active = await buildCreator(em, { region: 'ZA' });
    await buildVideo(em, { creator: suspended, title: 'Hidden one', topics: [Topic.TRAUMA] });
    await buildVideo(em, { creator: active, title: 'Shown one', topics: [Topic.TRAUMA] });
    await buildVideo(em, { creator: active, title: 'Calm one', topics: [Topic.STRESS] });
    const query = `query($f: VideoFilter) { awarenessVideos(filter: $f) { nodes { title } } }`;
    const titles = async (f: object, user: StaffUser | null = null) =>
      dataOf(await app.run<{ awarenessVideos: { nodes: { title: string }[] } }>(query, { f }, user))
        .awarenessVideos.nodes.map((n) => n.title)
        .sort();
    expect(await titles({ region: 'ZA', topic: 'TRAUMA' })).toEqual(['Shown one']);
    expect(await titles({ region: 'ZA', topic: 'TRAUMA' }, editor)).toEqual(['Hidden one', 'Shown one']);
    expect(await titles({ region: 'ZA', hasAdvisory: false })).toEqual(['Calm one']);
    expect(await titles({ region: 'ZA', hasAdvisory: true }, editor)).toEqual(['Hidden one', 'Shown one']);
    expect(await titles({ region: 'ZA', strategy: 'COLLABORATION' })).toEqual([]);
  });

  it('refuses a non-https video URL and a video for an unknown creator, storing nothing', async () => {
    const creator = await buildCreator(app.orm.em.fork());
    const create = `mutation($input: CreateVideoInput!) { createAwarenessVideo(input: $input) { video { id } } }`;
    const input = {
      creatorId: creator.globalId,
      title: 'T',
      url: 'https://video.example/v/1',
      publishedAt: '2023-05-01T10:00:00Z',
      durationSeconds: 30,
      strategy: 'EDUCATIONAL',
    };
    const before = await app.orm.em.fork().count(AwarenessVideo);
    expect(
      codesOf(await app.run(create, { input: { ...input, url: 'http://video.example/v/1' } }, editor)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codesOf(
        await app.run(
          create,
          { input: { ...input, creatorId: 'Q3JlYXRvcjowMWExZmNhMS0wNzE1LTc2NzAtODhjMS0zNGZjMTA2Y2ZlZTU=' } },
          editor,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codesOf(await app.run(create, { input: { ...input, creatorId: editor.globalId } }, editor)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await app.orm.em.fork().count(AwarenessVideo)).toBe(before);
    const created = dataOf(
      await app.run<{ createAwarenessVideo: { video: { id: string } } }>(
        create,
        { input: { ...input, hashtags: ['#MentalHealthAwareness', 'mentalhealthawareness'] } },
        editor,
      ),
    );
    expect(created.createAwarenessVideo.video.id).toBeTruthy();
    const stored = await app.orm.em.fork().findOneOrFail(AwarenessVideo, { url: input.url });
    expect(stored.hashtags).toEqual(['mentalhealthawareness']);
  });

  it('finds videos by words in the caption as well as the title', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em, { region: 'NZ' });
    await buildVideo(em, {
      creator,
      title: 'Morning walk',
      caption: 'A quiet harbour at dawn helps me reset.',
    });
    await buildVideo(em, { creator, title: 'Harbour swim', caption: 'Cold water, warm friends.' });
    await buildVideo(em, { creator, title: 'Journal prompts', caption: 'Three questions for a hard day.' });
    const query = `query($f: VideoFilter) { awarenessVideos(filter: $f) { nodes { title } } }`;
    const found = dataOf(
      await app.run<{ awarenessVideos: { nodes: { title: string }[] } }>(query, {
        f: { region: 'NZ', search: 'HARBOUR' },
      }),
    ).awarenessVideos.nodes.map((n) => n.title);
    expect(found.sort()).toEqual(['Harbour swim', 'Morning walk']);
  });

  it('lets staff list the videos with safe-messaging findings, or without, and refuses that filter to the public', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em, { region: 'IE' });
    await buildVideo(em, {
      creator,
      title: 'What the news gets wrong',
      caption: 'He committed suicide, the headline said. Words matter.',
      topics: [Topic.SUICIDE_PREVENTION],
    });
    await buildVideo(em, { creator, title: 'Tea with my nan', caption: 'We talk every Sunday.' });
    const query = `query($f: VideoFilter) { awarenessVideos(filter: $f) { nodes { title safetyFindings { ruleId } } } }`;
    type Found = { awarenessVideos: { nodes: { title: string; safetyFindings: { ruleId: string }[] }[] } };
    const flagged = dataOf(
      await app.run<Found>(query, { f: { region: 'IE', hasSafetyFindings: true } }, editor),
    ).awarenessVideos.nodes;
    expect(flagged.map((n) => n.title)).toEqual(['What the news gets wrong']);
    expect(flagged[0]?.safetyFindings.length).toBeGreaterThan(0);
    const clean = dataOf(
      await app.run<Found>(query, { f: { region: 'IE', hasSafetyFindings: false } }, editor),
    ).awarenessVideos.nodes;
    expect(clean.map((n) => n.title)).toEqual(['Tea with my nan']);
    expect(
      codesOf(
        await app.run(`query { awarenessVideos(filter: { hasSafetyFindings: true }) { nodes { title } } }`),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('lists the spotlights that feature a video, for the warning before archiving it', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em);
    const featured = await buildVideo(em, { creator, title: 'Featured' });
    const other = await buildVideo(em, { creator, title: 'Not featured' });
    const spotlight = await buildRecognition(em, { creator, featured: [featured] });
    const query = `query($f: RecognitionFilter) { recognitions(filter: $f) { totalCount nodes { id } } }`;
    type Found = { recognitions: { totalCount: number; nodes: { id: string }[] } };
    const featuring = dataOf(
      await app.run<Found>(query, { f: { featuredVideoId: featured.globalId } }, editor),
    ).recognitions;
    expect(featuring).toEqual({ totalCount: 1, nodes: [{ id: spotlight.globalId }] });
    expect(
      dataOf(await app.run<Found>(query, { f: { featuredVideoId: other.globalId } }, editor)).recognitions
        .totalCount,
    ).toBe(0);
    expect(codesOf(await app.run(query, { f: { featuredVideoId: creator.globalId } }, editor))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
