import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCampaign,
  buildCreator,
  buildEnrolment,
  buildOrganisation,
  buildSession,
} from '../../test/factories.js';
import {
  codesOf,
  createTestApp,
  dataOf,
  type OperationResult,
  StaffRole,
  type TestApp,
} from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { TrainingEnrolment } from './training-enrolment.entity.js';
import {
  TrainingAudience,
  TrainingOccasion,
  TrainingSession,
  TrainingTopic,
} from './training-session.entity.js';

const CREATE_SESSION = /* GraphQL */ `
  mutation Create($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) {
      session { id title version capacity seatsLeft enrolledCount facilitator { name } campaign { slug } }
    }
  }
`;

const UPDATE_SESSION = /* GraphQL */ `
  mutation Update($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) { session { id capacity endsAt version } }
  }
`;

const ENROL = /* GraphQL */ `
  mutation Enrol($input: EnrolInTrainingInput!) {
    enrolInTraining(input: $input) {
      enrolment { id version attended completed session { id seatsLeft } creator { handle } organisation { name } }
    }
  }
`;

const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: ArchiveInput!) {
    archiveTrainingEnrolment(input: $input) { enrolment { id archivedAt version } }
  }
`;

const ATTENDANCE = /* GraphQL */ `
  mutation Attendance($input: RecordTrainingAttendanceInput!) {
    recordTrainingAttendance(input: $input) { enrolment { attended attendedAt completed version } }
  }
`;

const COMPLETION = /* GraphQL */ `
  mutation Completion($input: RecordTrainingCompletionInput!) {
    recordTrainingCompletion(input: $input) {
      enrolment { attended completed completedAt version }
    }
  }
`;

type EnrolResult = {
  enrolInTraining: {
    enrolment: {
      id: string;
      version: number;
      session: { seatsLeft: number };
      creator: { handle: string } | null;
      organisation: { name: string } | null;
    };
  };
};

const tag = () => randomBytes(4).toString('hex');

const sessionInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Talking about grief safely',
  description: 'How to share loss without harmful detail.',
  topic: 'GRIEF',
  audience: 'CREATORS',
  occasion: 'WORLD_MENTAL_HEALTH_DAY',
  startsAt: '2023-10-05T15:00:00.000Z',
  endsAt: '2023-10-05T16:30:00.000Z',
  timeZone: 'Europe/London',
  capacity: 30,
  ...overrides,
});

const fieldPaths = (result: OperationResult<unknown>) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[]).map((f) => f.path);

describe('training', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  const em = () => app.orm.em.fork();

  it('keeps training out of reach of public clients', async () => {
    const session = await buildSession(em());
    const list = await app.run(`query { trainingSessions(first: 5) { nodes { title } } }`);
    const enrolments = await app.run(`query { trainingEnrolments(first: 5) { nodes { completed } } }`);
    const node = await app.run(`query($id: ID!) { node(id: $id) { id } }`, { id: session.globalId });
    expect(codesOf(list)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(enrolments)).toEqual(['UNAUTHENTICATED']);
    expect(dataOf(node)).toEqual({ node: null });
  });

  it('lets an editor add a session with its facilitator and campaign, auditing it', async () => {
    const organisation = await buildOrganisation(em());
    const campaign = await buildCampaign(em());
    const result = dataOf(
      await app.run<{
        createTrainingSession: {
          session: {
            id: string;
            version: number;
            seatsLeft: number;
            enrolledCount: number;
            facilitator: { name: string };
            campaign: { slug: string };
          };
        };
      }>(
        CREATE_SESSION,
        { input: sessionInput({ facilitatorId: organisation.globalId, campaignId: campaign.globalId }) },
        editor,
      ),
    );
    expect(result.createTrainingSession.session).toMatchObject({
      version: 1,
      seatsLeft: 30,
      enrolledCount: 0,
      facilitator: { name: organisation.name },
      campaign: { slug: campaign.slug },
    });
    const events = await em().find(AuditEvent, { action: 'trainingSession.create' });
    expect(events.map((e) => (e.after as { title: string }).title)).toContain('Talking about grief safely');
  });

  it.each([
    ['an end before the start', { endsAt: '2023-10-05T14:00:00.000Z' }, 'input.endsAt'],
    ['an end equal to the start', { endsAt: '2023-10-05T15:00:00.000Z' }, 'input.endsAt'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone'],
    ['a capacity of zero', { capacity: 0 }, 'input.capacity'],
    ['a capacity over 10000', { capacity: 10_001 }, 'input.capacity'],
  ])('rejects a session with %s, naming the field and saving nothing', async (_label, overrides, path) => {
    const before = await em().count(TrainingSession);
    const result = await app.run(CREATE_SESSION, { input: sessionInput(overrides) }, editor);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(result)).toContain(path);
    expect(await em().count(TrainingSession)).toBe(before);
  });

  it('refuses training changes from a viewer, changing nothing', async () => {
    const session = await buildSession(em());
    const creator = await buildCreator(em());
    const sessions = await em().count(TrainingSession);
    const create = await app.run(CREATE_SESSION, { input: sessionInput() }, viewer);
    const enrol = await app.run(
      ENROL,
      { input: { sessionId: session.globalId, creatorId: creator.globalId } },
      viewer,
    );
    expect(codesOf(create)).toEqual(['FORBIDDEN']);
    expect(codesOf(enrol)).toEqual(['FORBIDDEN']);
    expect(await em().count(TrainingSession)).toBe(sessions);
    expect(await em().count(TrainingEnrolment, { session: session.id })).toBe(0);
  });

  it('lists sessions soonest first, filtered, with seat counts loaded in one batch', async () => {
    const t = tag();
    const facilitator = await buildOrganisation(em());
    const starts = ['2024-05-20', '2024-05-02', '2024-05-11', '2024-09-01'];
    const sessions: TrainingSession[] = [];
    for (const [i, day] of starts.entries()) {
      sessions.push(
        await buildSession(em(), {
          title: `Readiness ${t} ${i}`,
          topic: TrainingTopic.CAMPAIGN_READINESS,
          audience: TrainingAudience.PARTNER_ORGANISATIONS,
          occasion:
            i === 3 ? TrainingOccasion.BACK_TO_SCHOOL : TrainingOccasion.MENTAL_HEALTH_AWARENESS_MONTH,
          startsAt: new Date(`${day}T15:00:00Z`),
          endsAt: new Date(`${day}T16:00:00Z`),
          capacity: 5,
          facilitator,
        }),
      );
    }
    // The session starting on 2 May: three enrolled, one of them completed.
    for (let i = 0; i < 3; i++) {
      await buildEnrolment(em(), {
        session: sessions[1],
        creator: null,
        organisation: await buildOrganisation(em()),
        completedAt: i === 0 ? new Date('2024-05-02T16:00:00Z') : null,
      });
    }
    await buildSession(em(), { title: `Readiness ${t} archived`, archivedAt: new Date() });
    const query = `query($search: String!, $occasion: TrainingOccasion, $after: DateTime, $first: Int = 10) {
      trainingSessions(first: $first, filter: {
        search: $search, topic: CAMPAIGN_READINESS, audience: PARTNER_ORGANISATIONS,
        occasion: $occasion, startsAfter: $after, startsBefore: "2024-06-01T00:00:00Z"
      }) {
        nodes { title enrolledCount completedCount seatsLeft facilitator { name } }
      }
    }`;
    type Page = {
      trainingSessions: {
        nodes: { title: string; enrolledCount: number; completedCount: number; seatsLeft: number }[];
      };
    };
    app.resetQueryCount();
    dataOf(await app.run<Page>(query, { search: t, first: 1 }, viewer));
    const forOne = app.queryCount();
    app.resetQueryCount();
    const page = dataOf(await app.run<Page>(query, { search: t.toUpperCase() }, viewer));
    const forThree = app.queryCount();
    expect(page.trainingSessions.nodes.map((n) => n.title)).toEqual([
      `Readiness ${t} 1`,
      `Readiness ${t} 2`,
      `Readiness ${t} 0`,
    ]);
    expect(page.trainingSessions.nodes[0]).toMatchObject({
      enrolledCount: 3,
      completedCount: 1,
      seatsLeft: 2,
    });
    expect(page.trainingSessions.nodes[1]).toMatchObject({
      enrolledCount: 0,
      completedCount: 0,
      seatsLeft: 5,
    });
    // Session page, counts, facilitators (plus the signed-in staff look-up): not one per session.
    expect(forThree).toBe(forOne);
    expect(forThree).toBeLessThanOrEqual(5);
    const later = dataOf(
      await app.run<Page>(
        query,
        { search: t, occasion: 'MENTAL_HEALTH_AWARENESS_MONTH', after: '2024-05-10T00:00:00Z' },
        viewer,
      ),
    );
    expect(later.trainingSessions.nodes.map((n) => n.title)).toEqual([
      `Readiness ${t} 2`,
      `Readiness ${t} 0`,
    ]);
  });

  describe('enrolment', () => {
    it('enrols a creator in a session for creators, using a place and auditing it', async () => {
      const session = await buildSession(em(), { capacity: 10 });
      const creator = await buildCreator(em());
      const result = dataOf(
        await app.run<EnrolResult>(
          ENROL,
          { input: { sessionId: session.globalId, creatorId: creator.globalId } },
          editor,
        ),
      );
      expect(result.enrolInTraining.enrolment).toMatchObject({
        version: 1,
        session: { seatsLeft: 9 },
        creator: { handle: creator.handle },
        organisation: null,
      });
      expect(await em().count(AuditEvent, { action: 'trainingEnrolment.create' })).toBeGreaterThan(0);
    });

    it('enrols an organisation in a session for partner organisations', async () => {
      const session = await buildSession(em(), { audience: TrainingAudience.PARTNER_ORGANISATIONS });
      const organisation = await buildOrganisation(em());
      const result = dataOf(
        await app.run<EnrolResult>(
          ENROL,
          { input: { sessionId: session.globalId, organisationId: organisation.globalId } },
          editor,
        ),
      );
      expect(result.enrolInTraining.enrolment).toMatchObject({
        creator: null,
        organisation: { name: organisation.name },
      });
    });

    it.each([
      [
        'an organisation in a session for creators',
        TrainingAudience.CREATORS,
        'organisation',
        'input.organisationId',
      ],
      [
        'a creator in a session for organisations',
        TrainingAudience.PARTNER_ORGANISATIONS,
        'creator',
        'input.creatorId',
      ],
      ['both a creator and an organisation', TrainingAudience.CREATORS, 'both', 'input.creatorId'],
      ['neither a creator nor an organisation', TrainingAudience.CREATORS, 'neither', 'input.creatorId'],
    ] as const)('refuses to enrol %s with BAD_USER_INPUT', async (_label, audience, who, path) => {
      const session = await buildSession(em(), { audience });
      const creator = await buildCreator(em());
      const organisation = await buildOrganisation(em());
      const input = {
        sessionId: session.globalId,
        creatorId: who === 'creator' || who === 'both' ? creator.globalId : null,
        organisationId: who === 'organisation' || who === 'both' ? organisation.globalId : null,
      };
      const result = await app.run(ENROL, { input }, editor);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(result)).toContain(path);
      expect(await em().count(TrainingEnrolment, { session: session.id })).toBe(0);
    });

    it('refuses a second enrolment of the same creator with CONFLICT', async () => {
      const enrolment = await buildEnrolment(em());
      const result = await app.run(
        ENROL,
        { input: { sessionId: enrolment.session.globalId, creatorId: enrolment.creator?.globalId } },
        editor,
      );
      expect(codesOf(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0]?.message).toMatch(/already enrolled/);
      expect(await em().count(TrainingEnrolment, { session: enrolment.session.id })).toBe(1);
    });

    it('refuses to enrol into a full session with CONFLICT, and a withdrawal frees the place', async () => {
      const session = await buildSession(em(), { capacity: 2 });
      const first = await buildEnrolment(em(), { session });
      await buildEnrolment(em(), { session });
      const latecomer = await buildCreator(em());
      const input = { sessionId: session.globalId, creatorId: latecomer.globalId };
      const full = await app.run(ENROL, { input }, editor);
      expect(codesOf(full)).toEqual(['CONFLICT']);
      expect(full.errors?.[0]?.message).toMatch(/is full: all 2 places are taken/);
      expect(await em().count(TrainingEnrolment, { session: session.id })).toBe(2);

      const withdrawn = dataOf(
        await app.run<{ archiveTrainingEnrolment: { enrolment: { archivedAt: string | null } } }>(
          WITHDRAW,
          { input: { id: first.globalId, expectedVersion: 1 } },
          editor,
        ),
      );
      expect(withdrawn.archiveTrainingEnrolment.enrolment.archivedAt).not.toBeNull();
      const enrolled = dataOf(await app.run<EnrolResult>(ENROL, { input }, editor));
      expect(enrolled.enrolInTraining.enrolment.session.seatsLeft).toBe(0);
    });

    // PostgreSQL races these over the pool's connections; SQLite's one connection runs them in turn, so
    // there only the answers are checked. db/locks.test.ts races two servers on both engines.
    it('never overfills a session when several staff enrol people at once', async () => {
      const session = await buildSession(em(), { capacity: 3 });
      const attempts = [];
      for (let i = 0; i < 8; i++) {
        attempts.push({ staff: await app.staff(StaffRole.EDITOR), creator: await buildCreator(em()) });
      }
      const results = await Promise.all(
        attempts.map(({ staff, creator }) =>
          app.run(ENROL, { input: { sessionId: session.globalId, creatorId: creator.globalId } }, staff),
        ),
      );
      const codes = results.map((r) => codesOf(r)[0] ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
      expect(codes.filter((c) => c !== 'OK')).toEqual(Array(5).fill('CONFLICT'));
      expect(await em().count(TrainingEnrolment, { session: session.id, archivedAt: null })).toBe(3);
    });

    it('revives a withdrawn enrolment when the enrolee enrols again', async () => {
      const enrolment = await buildEnrolment(em());
      dataOf(await app.run(WITHDRAW, { input: { id: enrolment.globalId, expectedVersion: 1 } }, editor));
      const again = dataOf(
        await app.run<EnrolResult>(
          ENROL,
          { input: { sessionId: enrolment.session.globalId, creatorId: enrolment.creator?.globalId } },
          editor,
        ),
      );
      expect(again.enrolInTraining.enrolment).toMatchObject({ id: enrolment.globalId, version: 3 });
      const stored = await em().findOneOrFail(TrainingEnrolment, { id: enrolment.id });
      expect(stored.archivedAt).toBeNull();
    });

    it('refuses enrolment in an archived session with CONFLICT', async () => {
      const session = await buildSession(em(), { archivedAt: new Date() });
      const creator = await buildCreator(em());
      const result = await app.run(
        ENROL,
        { input: { sessionId: session.globalId, creatorId: creator.globalId } },
        editor,
      );
      expect(codesOf(result)).toEqual(['CONFLICT']);
    });
  });

  describe('attendance and completion', () => {
    it('records attendance, bumping the version, and refuses a stale version', async () => {
      const enrolment = await buildEnrolment(em());
      const result = dataOf(
        await app.run<{ recordTrainingAttendance: { enrolment: { attended: boolean; version: number } } }>(
          ATTENDANCE,
          { input: { id: enrolment.globalId, expectedVersion: 1, attended: true } },
          editor,
        ),
      );
      expect(result.recordTrainingAttendance.enrolment).toMatchObject({ attended: true, version: 2 });
      const stale = await app.run(
        ATTENDANCE,
        { input: { id: enrolment.globalId, expectedVersion: 1, attended: false } },
        editor,
      );
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      expect((await em().findOneOrFail(TrainingEnrolment, { id: enrolment.id })).attendedAt).not.toBeNull();
      const events = await em().find(AuditEvent, {
        action: 'trainingEnrolment.record_attendance',
        targetId: enrolment.id,
      });
      expect(events).toHaveLength(1);
    });

    it('records completion, which also records attendance', async () => {
      const enrolment = await buildEnrolment(em());
      const result = dataOf(
        await app.run<{
          recordTrainingCompletion: {
            enrolment: { attended: boolean; completed: boolean; completedAt: string; version: number };
          };
        }>(
          COMPLETION,
          { input: { id: enrolment.globalId, expectedVersion: 1, completedAt: '2023-09-20T16:30:00.000Z' } },
          editor,
        ),
      );
      const { completedAt, ...rest } = result.recordTrainingCompletion.enrolment;
      expect(rest).toEqual({ attended: true, completed: true, version: 2 });
      expect(new Date(completedAt).toISOString()).toBe('2023-09-20T16:30:00.000Z');
      const absent = await app.run(
        ATTENDANCE,
        { input: { id: enrolment.globalId, expectedVersion: 2, attended: false } },
        editor,
      );
      expect(codesOf(absent)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(absent)).toEqual(['input.attended']);
    });

    it('completes now when no time is given', async () => {
      const enrolment = await buildEnrolment(em());
      const before = Date.now();
      const result = dataOf(
        await app.run<{ recordTrainingCompletion: { enrolment: { completedAt: string } } }>(
          COMPLETION,
          { input: { id: enrolment.globalId, expectedVersion: 1 } },
          editor,
        ),
      );
      const completedAt = new Date(result.recordTrainingCompletion.enrolment.completedAt).getTime();
      expect(completedAt).toBeGreaterThanOrEqual(before);
      expect(completedAt).toBeLessThanOrEqual(Date.now());
    });

    it.each([
      ['in the future', () => new Date(Date.now() + 86_400_000).toISOString()],
      ['before the session started', () => '2023-09-19T10:00:00.000Z'],
    ])('refuses a completion time %s, changing nothing', async (_label, completedAt) => {
      const enrolment = await buildEnrolment(em());
      const result = await app.run(
        COMPLETION,
        { input: { id: enrolment.globalId, expectedVersion: 1, completedAt: completedAt() } },
        editor,
      );
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(result)).toEqual(['input.completedAt']);
      const stored = await em().findOneOrFail(TrainingEnrolment, { id: enrolment.id });
      expect(stored).toMatchObject({ completedAt: null, version: 1 });
    });

    it('lists enrolments by session and completion', async () => {
      const session = await buildSession(em());
      const done = await buildEnrolment(em(), { session, completedAt: new Date('2023-09-20T16:30:00Z') });
      const pending = await buildEnrolment(em(), { session });
      const query = `query($session: ID!, $completed: Boolean) {
        trainingEnrolments(first: 10, filter: { sessionId: $session, completed: $completed }) {
          totalCount nodes { id session { id } creator { handle } }
        }
      }`;
      type Page = { trainingEnrolments: { totalCount: number; nodes: { id: string }[] } };
      const all = dataOf(await app.run<Page>(query, { session: session.globalId }, viewer));
      const completed = dataOf(
        await app.run<Page>(query, { session: session.globalId, completed: true }, viewer),
      );
      const open = dataOf(
        await app.run<Page>(query, { session: session.globalId, completed: false }, viewer),
      );
      expect(all.trainingEnrolments.nodes.map((n) => n.id)).toEqual([done.globalId, pending.globalId]);
      expect(all.trainingEnrolments.totalCount).toBe(2);
      expect(completed.trainingEnrolments.nodes.map((n) => n.id)).toEqual([done.globalId]);
      expect(open.trainingEnrolments.nodes.map((n) => n.id)).toEqual([pending.globalId]);
    });
  });

  describe('session changes', () => {
    it('refuses to lower capacity below the current enrolments', async () => {
      const session = await buildSession(em(), { capacity: 5 });
      await buildEnrolment(em(), { session });
      await buildEnrolment(em(), { session });
      const result = await app.run(
        UPDATE_SESSION,
        { input: { id: session.globalId, expectedVersion: 1, capacity: 1 } },
        editor,
      );
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(result)).toEqual(['input.capacity']);
      expect((await em().findOneOrFail(TrainingSession, { id: session.id })).capacity).toBe(5);
    });

    it('refuses an end moved before the stored start, and a stale version', async () => {
      const session = await buildSession(em());
      const reversed = await app.run(
        UPDATE_SESSION,
        { input: { id: session.globalId, expectedVersion: 1, endsAt: '2023-09-20T14:00:00.000Z' } },
        editor,
      );
      expect(codesOf(reversed)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(reversed)).toEqual(['input.endsAt']);
      const moved = dataOf(
        await app.run<{ updateTrainingSession: { session: { version: number } } }>(
          UPDATE_SESSION,
          { input: { id: session.globalId, expectedVersion: 1, capacity: 80 } },
          editor,
        ),
      );
      expect(moved.updateTrainingSession.session.version).toBe(2);
      const stale = await app.run(
        UPDATE_SESSION,
        { input: { id: session.globalId, expectedVersion: 1, capacity: 90 } },
        editor,
      );
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      expect((await em().findOneOrFail(TrainingSession, { id: session.id })).capacity).toBe(80);
    });

    it('refuses to change the audience once anyone has enrolled', async () => {
      const enrolment = await buildEnrolment(em());
      const result = await app.run(
        UPDATE_SESSION,
        { input: { id: enrolment.session.globalId, expectedVersion: 1, audience: 'PARTNER_ORGANISATIONS' } },
        editor,
      );
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(result)).toEqual(['input.audience']);
    });
  });

  it('dates the critical moments of a year and shows the sessions preparing for each in the year before it', async () => {
    const before = await buildSession(em(), {
      title: 'Getting ready for World Mental Health Day',
      occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
      startsAt: new Date('2031-09-20T15:00:00Z'),
      endsAt: new Date('2031-09-20T16:00:00Z'),
    });
    await buildSession(em(), {
      title: 'Too late for it',
      occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
      startsAt: new Date('2031-10-20T15:00:00Z'),
      endsAt: new Date('2031-10-20T16:00:00Z'),
    });
    await buildSession(em(), {
      title: 'Archived prep',
      occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
      startsAt: new Date('2031-09-21T15:00:00Z'),
      endsAt: new Date('2031-09-21T16:00:00Z'),
      archivedAt: new Date(),
    });
    const query = `query($y: Int!) { criticalMoments(year: $y) { occasion name startsOn endsOn trainingSessionsBefore { nodes { id title } } } }`;
    type Moment = {
      occasion: string;
      startsOn: string;
      endsOn: string;
      trainingSessionsBefore: { nodes: { id: string }[] };
    };
    const moments = dataOf(
      await app.run<{ criticalMoments: Moment[] }>(query, { y: 2023 }, viewer),
    ).criticalMoments;
    expect(moments.map((m) => [m.occasion, String(m.startsOn), String(m.endsOn)])).toEqual([
      ['MENTAL_HEALTH_AWARENESS_MONTH', '2023-05-01', '2023-05-31'],
      ['BACK_TO_SCHOOL', '2023-08-20', '2023-09-30'],
      ['SUICIDE_PREVENTION_WEEK', '2023-09-04', '2023-09-10'],
      ['WORLD_SUICIDE_PREVENTION_DAY', '2023-09-10', '2023-09-10'],
      ['WORLD_MENTAL_HEALTH_DAY', '2023-10-10', '2023-10-10'],
    ]);
    // Sessions of 2031 (the other tests' sessions are in 2023): only the unarchived one before the day.
    const later = dataOf(
      await app.run<{ criticalMoments: Moment[] }>(query, { y: 2031 }, viewer),
    ).criticalMoments;
    expect(later.find((m) => m.occasion === 'SUICIDE_PREVENTION_WEEK')).toMatchObject({
      startsOn: '2031-09-08',
      endsOn: '2031-09-14',
    });
    const wmhd = later.find((m) => m.occasion === 'WORLD_MENTAL_HEALTH_DAY');
    expect(wmhd?.trainingSessionsBefore.nodes.map((n) => n.id)).toEqual([before.globalId]);
    expect(codesOf(await app.run(query, { y: 1900 }, viewer))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await app.run(query, { y: 2023 }))).toEqual(['UNAUTHENTICATED']);
  });
});
