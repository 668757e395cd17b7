import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildCreator,
  buildEligibleCreator,
  buildRecognition,
  buildVideo,
} from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { decodeGlobalId, encodeGlobalId } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';

const NOMINATE = `mutation($input: NominateInput!) { nominateCreator(input: $input) { recognition { id status version } } }`;
const REVIEW = `mutation($input: ReviewInput!) { reviewNomination(input: $input) { recognition { status version reviewerNotes } } }`;
const EDIT = `mutation($input: EditNominationInput!) { editNomination(input: $input) { recognition { status version citation } } }`;
const APPROVE = `mutation($input: VersionedInput!) { approveRecognition(input: $input) { recognition { status version } } }`;
const PUBLISH = `mutation($input: VersionedInput!) { publishRecognition(input: $input) { recognition { status version rank publishedBy { email } } } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawRecognition(input: $input) { recognition { status version withdrawalReason } } }`;

type Rec = { id: string; status: string; version: number };

describe('the spotlight workflow', () => {
  let app: TestApp;
  let editor: StaffUser;
  let reviewer: StaffUser;
  let publisher: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    reviewer = await app.staff(StaffRole.SAFETY_REVIEWER);
    publisher = await app.staff(StaffRole.PUBLISHER);
  });
  afterAll(() => app?.close());

  it('takes a nomination through return, fix, sign-off, approval and publication, with four eyes throughout', async () => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    const campaign = await buildCampaign(em);
    const nominated = dataOf(
      await app.run<{ nominateCreator: { recognition: Rec } }>(
        NOMINATE,
        {
          input: {
            creatorId: creator.globalId,
            campaignId: campaign.globalId,
            citation: 'Her videos are honest about hard days and always point to help.',
            featuredVideoIds: [video.globalId],
          },
        },
        editor,
      ),
    ).nominateCreator.recognition;
    expect(nominated.status).toBe('NOMINATED');

    // An editor cannot approve at all (FORBIDDEN, naming what it takes); nor can the nominator review
    // their own nomination, even as an admin (FOUR_EYES: someone else with the role can).
    const notAllowed = await app.run(APPROVE, { input: { id: nominated.id, expectedVersion: 1 } }, editor);
    expect(codesOf(notAllowed)).toEqual(['FORBIDDEN']);
    expect(notAllowed.errors?.[0]?.extensions).toMatchObject({
      requiredPermission: 'PUBLISH',
      allowedRoles: ['PUBLISHER', 'ADMIN'],
      role: 'EDITOR',
    });
    expect(notAllowed.errors?.[0]?.message).toBe(
      'Only publishers and admins can approve, schedule, publish and withdraw spotlights. You are signed in as an editor.',
    );
    const admin = await app.staff(StaffRole.ADMIN);
    const { creator: other, video: otherVideo } = await buildEligibleCreator(em);
    const adminOwn = dataOf(
      await app.run<{ nominateCreator: { recognition: Rec } }>(
        NOMINATE,
        {
          input: {
            creatorId: other.globalId,
            campaignId: campaign.globalId,
            citation: 'A steady voice for people living with grief.',
            featuredVideoIds: [otherVideo.globalId],
          },
        },
        admin,
      ),
    ).nominateCreator.recognition;
    const selfReview = await app.run(
      REVIEW,
      { input: { id: adminOwn.id, expectedVersion: 1, decision: 'SIGN_OFF' } },
      admin,
    );
    expect(codesOf(selfReview)).toEqual(['FOUR_EYES']);
    expect(selfReview.errors?.[0]?.message).toBe(
      'You nominated this creator, so another staff member must sign it off (the four-eyes rule).',
    );
    expect(selfReview.errors?.[0]?.extensions).toMatchObject({
      transition: 'SIGN_OFF',
      nominatedBy: admin.globalId,
    });

    // Approving before review is not a transition the lifecycle allows.
    const early = await app.run(APPROVE, { input: { id: nominated.id, expectedVersion: 1 } }, publisher);
    expect(codesOf(early)).toEqual(['INVALID_TRANSITION']);
    expect(early.errors?.[0]?.message).toBe(
      'This is a nomination awaiting safety review, so it cannot be approved: only signed-off nominations can.',
    );

    const returned = dataOf(
      await app.run<{ reviewNomination: { recognition: Rec & { reviewerNotes: string } } }>(
        REVIEW,
        {
          input: {
            id: nominated.id,
            expectedVersion: 1,
            decision: 'RETURN_FOR_CHANGES',
            notes: 'Please name a helpline in the citation.',
          },
        },
        reviewer,
      ),
    ).reviewNomination.recognition;
    expect(returned).toMatchObject({
      status: 'RETURNED_FOR_CHANGES',
      reviewerNotes: 'Please name a helpline in the citation.',
    });

    const fixed = dataOf(
      await app.run<{ editNomination: { recognition: Rec } }>(
        EDIT,
        {
          input: {
            id: nominated.id,
            expectedVersion: returned.version,
            citation: 'Her videos are honest about hard days and always point to 988 and other help.',
          },
        },
        editor,
      ),
    ).editNomination.recognition;
    expect(fixed.status).toBe('NOMINATED');

    const signedOff = dataOf(
      await app.run<{ reviewNomination: { recognition: Rec } }>(
        REVIEW,
        { input: { id: nominated.id, expectedVersion: fixed.version, decision: 'SIGN_OFF' } },
        reviewer,
      ),
    ).reviewNomination.recognition;
    expect(signedOff.status).toBe('SAFETY_REVIEWED');
    const approved = dataOf(
      await app.run<{ approveRecognition: { recognition: Rec } }>(
        APPROVE,
        { input: { id: nominated.id, expectedVersion: signedOff.version } },
        publisher,
      ),
    ).approveRecognition.recognition;
    expect(approved.status).toBe('APPROVED');
    const published = dataOf(
      await app.run<{
        publishRecognition: { recognition: Rec & { rank: number; publishedBy: { email: string } } };
      }>(PUBLISH, { input: { id: nominated.id, expectedVersion: approved.version } }, publisher),
    ).publishRecognition.recognition;
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      rank: 1,
      publishedBy: { email: publisher.email },
    });

    const trail = await app.orm.em
      .fork()
      .find(
        AuditEvent,
        { targetId: decodeGlobalId(nominated.id)?.id },
        { orderBy: { occurredAt: 'asc', id: 'asc' } },
      );
    const actions = trail.map((e) => e.action);
    expect(actions).toEqual([
      'recognition.nominate',
      'recognition.return_for_changes',
      'recognition.edit',
      'recognition.sign_off',
      'recognition.approve',
      'recognition.publish',
    ]);
  });

  it('finds one recognition by ID for staff: null when there is none, BAD_USER_INPUT for an ID of another type', async () => {
    const em = app.orm.em.fork();
    const rec = await buildRecognition(em, {
      citation: 'For steady, kind videos about getting through exams.',
    });
    const query = `query($id: ID!) { recognition(id: $id) { id status citation creator { handle } } }`;
    const found = dataOf(
      await app.run<{ recognition: { id: string; status: string; citation: string } }>(
        query,
        { id: rec.globalId },
        await app.staff(StaffRole.VIEWER),
      ),
    ).recognition;
    expect(found).toMatchObject({ id: rec.globalId, status: 'NOMINATED', citation: rec.citation });
    const missing = encodeGlobalId('Recognition', '00000000-0000-7000-8000-000000000000');
    expect(dataOf(await app.run(query, { id: missing }, editor))).toEqual({ recognition: null });
    const wrongType = await app.run(query, { id: rec.creator.globalId }, editor);
    expect(codesOf(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'id', message: 'is not a Recognition ID' },
    ]);
    expect(codesOf(await app.run(query, { id: rec.globalId }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a second live nomination of a creator in the same campaign', async () => {
    const em = app.orm.em.fork();
    const { creator, video } = await buildEligibleCreator(em);
    const campaign = await buildCampaign(em);
    const input = {
      creatorId: creator.globalId,
      campaignId: campaign.globalId,
      citation: 'For kind, practical videos about exam stress.',
      featuredVideoIds: [video.globalId],
    };
    dataOf(await app.run(NOMINATE, { input }, editor));
    expect(codesOf(await app.run(NOMINATE, { input }, editor))).toEqual(['CONFLICT']);
    expect(await app.orm.em.fork().count(Recognition, { creator: creator.id, campaign: campaign.id })).toBe(
      1,
    );
  });

  it("refuses to feature another creator's video", async () => {
    const em = app.orm.em.fork();
    const { creator } = await buildEligibleCreator(em);
    const stranger = await buildVideo(em);
    const campaign = await buildCampaign(em);
    const result = await app.run(
      NOMINATE,
      {
        input: {
          creatorId: creator.globalId,
          campaignId: campaign.globalId,
          citation: 'For kind, practical videos about exam stress.',
          featuredVideoIds: [stranger.globalId],
        },
      },
      editor,
    );
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows named eligibility checks and refuses approval while any fails', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em, { consent: null });
    const video = await buildVideo(em, {
      creator,
      topics: [Topic.EATING_DISORDERS],
      caption: 'CW: eating disorders. I was 38kg at my lowest. NEDA helped me.',
    });
    const rec = await buildRecognition(em, {
      creator,
      featured: [video],
      status: RecognitionStatus.SAFETY_REVIEWED,
    });
    const query = `query($id: ID!) { node(id: $id) { ... on Recognition { eligibility { name passed reason } } } }`;
    const checks = dataOf(
      await app.run<{ node: { eligibility: { name: string; passed: boolean; reason: string }[] } }>(
        query,
        { id: rec.globalId },
        publisher,
      ),
    ).node.eligibility;
    const byName = Object.fromEntries(checks.map((c) => [c.name, c]));
    expect(byName.CONSENT?.passed).toBe(false);
    expect(byName.CREATOR_ACTIVE?.passed).toBe(true);
    expect(byName.SAFE_MESSAGING_TRAINING?.passed).toBe(false);
    expect(byName.SAFE_MESSAGING).toMatchObject({ passed: false });
    expect(byName.SAFE_MESSAGING?.reason).toContain('38kg');
    expect(byName.CAMPAIGN_CAPACITY?.passed).toBe(true);
    // No crisis resource exists yet for the sensitive video's readers.
    expect(byName.VIDEO_ADVISORIES?.reason).toMatch(/no crisis resource serves GB/);
    const refused = await app.run(
      APPROVE,
      { input: { id: rec.globalId, expectedVersion: rec.version } },
      publisher,
    );
    expect(codesOf(refused)).toEqual(['NOT_ELIGIBLE']);
    expect(
      ((refused.errors?.[0]?.extensions?.failedChecks ?? []) as { name: string }[]).map((c) => c.name).sort(),
    ).toEqual(['CONSENT', 'SAFE_MESSAGING', 'SAFE_MESSAGING_TRAINING', 'VIDEO_ADVISORIES']);
    const stored = await app.orm.em.fork().findOneOrFail(Recognition, { id: rec.id });
    expect(stored.status).toBe(RecognitionStatus.SAFETY_REVIEWED);
  });

  it('withdraws published spotlights when the creator withdraws consent, and says so in the audit log', async () => {
    const em = app.orm.em.fork();
    const rec = await buildRecognition(em, {
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date(),
    });
    const creator = await app.orm.em.fork().findOneOrFail(Creator, { id: rec.creator.id });
    const withdraw = `mutation($input: WithdrawConsentInput!) { withdrawCreatorConsent(input: $input) { creator { consent { active } } } }`;
    dataOf(
      await app.run(withdraw, { input: { id: creator.globalId, expectedVersion: creator.version } }, editor),
    );
    const stored = await app.orm.em.fork().findOneOrFail(Recognition, { id: rec.id });
    expect(stored.status).toBe(RecognitionStatus.WITHDRAWN);
    expect(stored.withdrawalReason).toMatch(/withdrew spotlight consent/);
    const audit = await app.orm.em
      .fork()
      .find(AuditEvent, { targetId: rec.id, action: 'recognition.withdraw' });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.reason).toMatch(/consent/);
  });

  it('withdraws a published spotlight with a reason, after which it cannot be published again', async () => {
    const em = app.orm.em.fork();
    const rec = await buildRecognition(em, {
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      publishedAt: new Date(),
    });
    const withdrawn = dataOf(
      await app.run<{ withdrawRecognition: { recognition: Rec & { withdrawalReason: string } } }>(
        WITHDRAW,
        { input: { id: rec.globalId, expectedVersion: rec.version, reason: 'Creator asked us to' } },
        publisher,
      ),
    ).withdrawRecognition.recognition;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'Creator asked us to' });
    expect(
      codesOf(
        await app.run(
          PUBLISH,
          { input: { id: rec.globalId, expectedVersion: withdrawn.version } },
          publisher,
        ),
      ),
    ).toEqual(['INVALID_TRANSITION']);
  });

  it("reorders a campaign's spotlight under the campaign's version, refusing a stale board or a partial list", async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    const recs = [];
    for (let rank = 1; rank <= 3; rank++) {
      recs.push(
        await buildRecognition(em, {
          campaign,
          status: RecognitionStatus.PUBLISHED,
          rank,
          publishedAt: new Date(),
        }),
      );
    }
    const [first, second, third] = recs.map((r) => r.globalId) as [string, string, string];
    const reorder = `mutation($input: ReorderSpotlightInput!) { reorderSpotlight(input: $input) { id rank } }`;
    const result = dataOf(
      await app.run<{ reorderSpotlight: { id: string; rank: number }[] }>(
        reorder,
        {
          input: {
            campaignId: campaign.globalId,
            expectedVersion: campaign.version,
            recognitionIds: [third, first, second],
          },
        },
        publisher,
      ),
    ).reorderSpotlight;
    expect(result).toEqual([
      { id: third, rank: 1 },
      { id: first, rank: 2 },
      { id: second, rank: 3 },
    ]);
    // The board that read the campaign before that reorder is now stale.
    const stale = await app.run(
      reorder,
      {
        input: {
          campaignId: campaign.globalId,
          expectedVersion: campaign.version,
          recognitionIds: [first, second, third],
        },
      },
      publisher,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const partial = await app.run(
      reorder,
      {
        input: {
          campaignId: campaign.globalId,
          expectedVersion: campaign.version + 1,
          recognitionIds: [first, second],
        },
      },
      publisher,
    );
    expect(codesOf(partial)).toEqual(['BAD_USER_INPUT']);
    const ranks = (
      await app.orm.em.fork().find(Recognition, { campaign: campaign.id }, { orderBy: { rank: 'asc' } })
    ).map((r) => r.globalId);
    expect(ranks).toEqual([third, first, second]);
    expect(
      codesOf(
        await app.run(
          reorder,
          {
            input: {
              campaignId: campaign.globalId,
              expectedVersion: campaign.version + 1,
              recognitionIds: [first, second, third],
            },
          },
          editor,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('checks eligibility for a whole review queue with the same number of queries as for two nominations', async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    for (let i = 0; i < 20; i++) await buildRecognition(em, { campaign });
    const query = `query($c: ID!, $n: Int!) { recognitions(first: $n, filter: { campaignId: $c }) { nodes { eligibility { name passed } } } }`;
    const statements = async (n: number) => {
      app.resetQueryCount();
      const page = dataOf(
        await app.run<{ recognitions: { nodes: { eligibility: { passed: boolean }[] }[] } }>(
          query,
          { c: campaign.globalId, n },
          reviewer,
        ),
      );
      expect(page.recognitions.nodes).toHaveLength(n);
      expect(
        page.recognitions.nodes.every(
          (r) => r.eligibility.length === 6 && r.eligibility.every((c) => c.passed),
        ),
      ).toBe(true);
      return app.queryCount();
    };
    expect(await statements(20)).toBe(await statements(2));
  });
});
