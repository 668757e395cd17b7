/**
 * Nothing unpublished, no staff data and no reviewer note can be reached from any public query, by any
 * path. The test does not trust a list of "safe" fields: it finds the public root fields by asking them as
 * an anonymous client, walks the built schema from each of them to every reachable (type, field), asks for
 * all of it against a database seeded with distinctive secrets in every hidden state, and checks the answers.
 *
 * One case per public root, each one query per probe value: the query asks every field of every reachable
 * type where the walk first reaches it (its shortest path), so every staff-only field is judged on the
 * objects it was really asked on, by its alias in that one answer. Its running time grows with the roots'
 * probe values, not with the number of fields.
 */
import { PAGE_SIZE_MAX, Topic } from '@beacon/shared';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../config.js';
import { beaconSchema } from '../../schema.js';
import {
  buildCampaign,
  buildCreator,
  buildCrisisResource,
  buildEligibleCreator,
  buildEnrolment,
  buildGrant,
  buildOrganisation,
  buildRecognition,
  buildSession,
  buildStaff,
  buildVideo,
} from '../../test/factories.js';
import { createTestApp, dataOf, type OperationResult, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { newEntity } from '../common/catalogue.js';
import { encodeGlobalId } from '../common/node.js';
import { PUBLIC_QUERIES, type PublicQueryName, SHARED_PUBLIC_ROOTS } from '../common/visibility.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import { RecognitionStatus } from '../recognitions/recognition.entity.js';
import { RecognitionNote, RecognitionNoteKind } from '../recognitions/recognition-note.entity.js';

const withoutQueryLimits = (config: Config): Config => {
  const lifted = {
    depth: 1_000,
    aliases: 100_000,
    directives: 1_000,
    tokens: 1_000_000,
    documentChars: 10_000_000,
    cost: 1e12,
  };
  return {
    ...config,
    hardening: { ...config.hardening, budgetOverrides: { anonymous: lifted, staff: lifted } },
  };
};

/** Texts only hidden records carry: none may appear in any anonymous answer (compared case-insensitively). */
const SECRETS = [
  'UNPUBLISHED-SECRET-CITATION',
  'REVIEWER-SECRET-NOTE',
  'THREAD-SECRET-COMMENT',
  'WITHDRAWAL-SECRET-REASON',
  'ARCHIVED-SPOTLIGHT-SECRET',
  'suspended_secret',
  'SUSPENDED-SECRET-NAME',
  'SUSPENDED-SECRET-CITATION',
  'SUSPENDED-SECRET-VIDEO',
  'ARCHIVED-SECRET-VIDEO',
  'ARCHIVED-SECRET-CAMPAIGN',
  'ARCHIVED-SECRET-ORG',
  'ARCHIVED-SECRET-RESOURCE',
  'GRANT-SECRET',
  'STAFF-SECRET-NAME',
  'staff-secret@beacon.test',
  'TRAINING-SECRET-SESSION',
  'AUDIT-SECRET-REASON',
];

/** Texts of public records: the walk must reach them, or it proved nothing. */
const PUBLIC_TEXTS = [
  'PUBLIC-SPOTLIGHT-CITATION',
  'PUBLIC-VIDEO-TITLE',
  'public_creator',
  'PUBLIC-CAMPAIGN',
  'PUBLIC-PARTNER-ORG',
  'PUBLIC-GB-HELPLINE',
  'PUBLIC-GLOBAL-DIRECTORY',
  'PUBLIC-WINDOW',
];

const STAFF_TYPES = new Set([
  'Recognition',
  'RecognitionNote',
  'CreatorImport',
  'CreatorImportRow',
  'StaffUser',
  'AuditEvent',
  'AdCreditGrant',
  'TrainingEnrolment',
  'TrainingSession',
]);
const STAFF_FIELD_NAMES = new Set([
  'reviewerNotes',
  'notes',
  'safetyFindings',
  'consent',
  'status',
  'eligibility',
  'grants',
  'grantTotal',
  'enrolments',
]);

/** Staff-only fields of public types that an anonymous client reaches on real records: each must refuse. */
const MUST_REFUSE = [
  'AwarenessVideo.safetyFindings',
  'Campaign.grantTotal',
  'Campaign.grants',
  'Creator.consent',
  'Creator.consentWithdrawalImpact',
  'Creator.enrolments',
  'Creator.safetyFindings',
  'Creator.status',
  'CrisisResource.isStale',
  'Organisation.enrolments',
  'Organisation.grantTotal',
  'Organisation.grants',
];

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

// ------------------------------------------------------------------------------------------ the schema walk

type Field = GraphQLField<unknown, unknown>;

/** One field on the way down; `on` names the possible type when the parent is an interface or union. */
interface Step {
  parent: string;
  on: string | null;
  field: Field;
}

interface Reached {
  path: Step[];
  /** The inline fragment needed to select this type's fields where it was reached through an abstract type. */
  fragment: string | null;
  /** `Parent.field` where the type is first reached: the one place the full query expands it. */
  owner: string;
}

interface Walk {
  root: Field;
  types: Map<string, Reached>;
  /** Every reachable (type, field), each with its shortest path from the root. */
  fields: { type: string; field: Field; path: Step[] }[];
}

/** Breadth first from one root field, visiting each type once: shortest paths and nothing walked twice. */
function walk(schema: GraphQLSchema, root: Field): Walk {
  const types = new Map<string, Reached>();
  const fields: Walk['fields'] = [];
  const rootStep: Step = { parent: 'Query', on: null, field: root };
  fields.push({ type: 'Query', field: root, path: [rootStep] });
  const queue: { type: GraphQLNamedType; path: Step[]; owner: string }[] = [
    { type: getNamedType(root.type), path: [rootStep], owner: `Query.${root.name}` },
  ];
  const visitObject = (type: GraphQLObjectType, reached: Reached) => {
    types.set(type.name, reached);
    for (const field of Object.values(type.getFields())) {
      const step: Step = { parent: type.name, on: reached.fragment, field };
      const path = [...reached.path, step];
      fields.push({ type: type.name, field, path });
      const named = getNamedType(field.type);
      if (isCompositeType(named)) queue.push({ type: named, path, owner: `${type.name}.${field.name}` });
    }
  };
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { type, path, owner } = item;
    if (types.has(type.name)) continue;
    if (isAbstractType(type)) {
      types.set(type.name, { path, fragment: null, owner });
      for (const possible of schema.getPossibleTypes(type)) {
        if (!types.has(possible.name)) visitObject(possible, { path, fragment: possible.name, owner });
      }
    } else if (isObjectType(type)) {
      visitObject(type, { path, fragment: null, owner });
    }
  }
  return { root, types, fields };
}

type Args = Record<string, unknown>;

/** An enum value in a probe: written bare (`ORGANISATION`), not as a string. */
class EnumValue {
  constructor(readonly name: string) {}
}

const literal = (value: unknown): string =>
  value instanceof EnumValue
    ? value.name
    : Array.isArray(value)
      ? `[${value.map(literal).join(', ')}]`
      : JSON.stringify(value);

const renderArgs = (args: Args) => {
  const given = Object.entries(args).filter(([, v]) => v !== undefined);
  return given.length ? `(${given.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')})` : '';
};

/** Arguments below the root: the largest page where a field pages, so nothing hides on a later page. */
function nestedArgs(parent: string, field: Field): Args {
  const args: Args = {};
  for (const arg of field.args) {
    if (arg.name === 'first') args.first = PAGE_SIZE_MAX;
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      throw new Error(`No probe value for required argument ${parent}.${field.name}(${arg.name}): add one`);
    }
  }
  return args;
}

/** One query asking for everything reachable from the root: each type expanded in full where first reached. */
function fullQuery(schema: GraphQLSchema, w: Walk, rootArgs: Args): string {
  const objectFields = (type: GraphQLObjectType): string =>
    Object.values(type.getFields())
      .map((field) => {
        // Aliased by type: possible types of one interface may share a field name with different types.
        const head = `${type.name}_${field.name}: ${field.name}${renderArgs(nestedArgs(type.name, field))}`;
        const named = getNamedType(field.type);
        if (!isCompositeType(named)) return head;
        const key = `${type.name}.${field.name}`;
        return `${head} { ${w.types.get(named.name)?.owner === key ? expand(named, key) : '__typename'} }`;
      })
      .join(' ');
  const expand = (type: GraphQLNamedType, key: string): string => {
    if (isObjectType(type)) return `__typename ${objectFields(type)}`;
    if (!isAbstractType(type)) return '__typename';
    const fragments = schema
      .getPossibleTypes(type)
      .filter((p) => w.types.get(p.name)?.owner === key)
      .map((p) => `... on ${p.name} { ${objectFields(p)} }`);
    return `__typename ${fragments.join(' ')}`;
  };
  const named = getNamedType(w.root.type);
  const selection = isCompositeType(named) ? ` { ${expand(named, `Query.${w.root.name}`)} }` : '';
  return `query { ${w.root.name}${renderArgs(rootArgs)}${selection} }`;
}

/** Every object in an answer that carries `key`: the objects a field (by its alias) was asked on. */
function objectsWith(
  value: unknown,
  key: string,
  found: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) objectsWith(item, key, found);
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Object.hasOwn(object, key)) found.push(object);
    for (const child of Object.values(object)) objectsWith(child, key, found);
  }
  return found;
}

/** The alias the full query gives a field: `Type_field`. */
const aliasOf = (type: string, field: Field) => `${type}_${field.name}`;

function isStaffOnly(parent: string, field: Field): boolean {
  const named = getNamedType(field.type);
  // A connection or edge of a staff type carries it as well.
  const carried = isObjectType(named)
    ? ['nodes', 'node'].map((f) => named.getFields()[f]).filter((f) => f !== undefined)
    : [];
  return (
    STAFF_TYPES.has(parent) ||
    STAFF_TYPES.has(named.name) ||
    carried.some((f) => STAFF_TYPES.has(getNamedType(f.type).name)) ||
    STAFF_FIELD_NAMES.has(field.name) ||
    /staff only/i.test(field.description ?? '')
  );
}

// ------------------------------------------------------------------------------------------------ the test

describe('the public schema', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  const hidden: Record<string, string> = {};
  /** Probe values for root arguments: every root field is asked once per entry. */
  let rootCandidates: Record<string, Args[]>;
  /** Every body an anonymous client received in this file, for the secret scan. */
  const answers: OperationResult[] = [];

  const anonymous = async (query: string) => {
    const result = await app.run(query);
    answers.push(result);
    return result;
  };

  beforeAll(async () => {
    // The walk asks every public path at once, deeper and wider than any client may (the query limits
    // are tested in modules/limits): they are lifted here so it can look everywhere.
    app = await createTestApp({}, { configure: withoutQueryLimits });
    schema = await beaconSchema();
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, {
      email: 'staff-secret@beacon.test',
      displayName: 'STAFF-SECRET-NAME',
      role: StaffRole.EDITOR,
    });

    const campaign = await buildCampaign(em, { name: 'PUBLIC-CAMPAIGN' });
    const partner = await buildOrganisation(em, { name: 'PUBLIC-PARTNER-ORG' });
    const archivedPartner = await buildOrganisation(em, {
      name: 'ARCHIVED-SECRET-ORG',
      archivedAt: new Date(),
    });
    campaign.partners.set([partner, archivedPartner]);
    const archivedCampaign = await buildCampaign(em, {
      name: 'ARCHIVED-SECRET-CAMPAIGN',
      archivedAt: new Date(),
    });
    const window = (campaignOf: typeof campaign, title: string) =>
      newEntity(ProgrammingWindow, {
        campaign: campaignOf,
        title,
        startsAt: new Date('2023-05-10T17:00:00Z'),
        endsAt: new Date('2023-05-16T21:00:00Z'),
        timeZone: 'Europe/London',
      });
    const publicWindow = window(campaign, 'PUBLIC-WINDOW');
    const archivedWindow = window(archivedCampaign, 'ARCHIVED-SECRET-CAMPAIGN window');
    em.persist([publicWindow, archivedWindow]);
    await em.flush();

    // A public creator with a published spotlight (its reviewer note is still secret) featuring an archived video.
    const { creator, video } = await buildEligibleCreator(em, { handle: 'public_creator' });
    video.title = 'PUBLIC-VIDEO-TITLE';
    video.topics = [Topic.EATING_DISORDERS];
    const archivedVideo = await buildVideo(em, {
      creator,
      title: 'ARCHIVED-SECRET-VIDEO',
      archivedAt: new Date(),
    });
    const spotlight = await buildRecognition(em, {
      creator,
      campaign,
      featured: [video, archivedVideo],
      citation: 'PUBLIC-SPOTLIGHT-CITATION',
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      nominatedBy: staff,
      publishedBy: staff,
      reviewerNotes: 'REVIEWER-SECRET-NOTE on the published one',
      publishedAt: new Date('2023-05-03T09:00:00Z'),
    });
    const comment = newEntity(RecognitionNote, {
      recognition: spotlight,
      author: staff,
      kind: RecognitionNoteKind.COMMENT,
      body: 'THREAD-SECRET-COMMENT on the published one',
    });
    await em.persistAndFlush(comment);
    const session = await buildSession(em, { title: 'TRAINING-SECRET-SESSION' });
    const enrolment = await buildEnrolment(em, { session, creator, completedAt: new Date() });

    // A suspended creator with a live video and a spotlight that was published before the suspension.
    const suspended = await buildCreator(em, {
      handle: 'suspended_secret',
      displayName: 'SUSPENDED-SECRET-NAME',
      status: CreatorStatus.SUSPENDED,
    });
    const suspendedVideo = await buildVideo(em, { creator: suspended, title: 'SUSPENDED-SECRET-VIDEO' });
    await buildRecognition(em, {
      creator: suspended,
      campaign,
      featured: [suspendedVideo],
      citation: 'SUSPENDED-SECRET-CITATION',
      status: RecognitionStatus.PUBLISHED,
      rank: 2,
      nominatedBy: staff,
      publishedAt: new Date('2023-05-03T09:00:00Z'),
    });

    // A recognition in every other status, a published one since archived, one in an archived campaign.
    const recognitionIds: string[] = [];
    for (const status of Object.values(RecognitionStatus).filter((s) => s !== RecognitionStatus.PUBLISHED)) {
      const ended = status === RecognitionStatus.WITHDRAWN || status === RecognitionStatus.REJECTED;
      const rec = await buildRecognition(em, {
        campaign,
        status,
        citation: `UNPUBLISHED-SECRET-CITATION (${status})`,
        reviewerNotes: 'REVIEWER-SECRET-NOTE',
        nominatedBy: staff,
        ...(ended ? { liveSlot: null } : {}),
        ...(status === RecognitionStatus.SCHEDULED
          ? { scheduledFor: new Date(Date.now() + 86_400_000) }
          : {}),
        ...(status === RecognitionStatus.WITHDRAWN
          ? { withdrawalReason: 'WITHDRAWAL-SECRET-REASON', withdrawnAt: new Date(), withdrawnBy: staff }
          : {}),
      });
      recognitionIds.push(rec.globalId);
      if (status === RecognitionStatus.NOMINATED) hidden.nominated = rec.globalId;
    }
    for (const [target, citation] of [
      [campaign, 'ARCHIVED-SPOTLIGHT-SECRET'],
      [archivedCampaign, 'In the ARCHIVED-SECRET-CAMPAIGN'],
    ] as const) {
      const rec = await buildRecognition(em, {
        campaign: target,
        citation,
        status: RecognitionStatus.PUBLISHED,
        rank: 3,
        nominatedBy: staff,
        publishedAt: new Date('2023-05-03T09:00:00Z'),
        archivedAt: target === campaign ? new Date() : null,
      });
      recognitionIds.push(rec.globalId);
    }

    const grant = await buildGrant(em, { campaign, organisation: partner, note: 'GRANT-SECRET' });
    const gb = await buildCrisisResource(em, { name: 'PUBLIC-GB-HELPLINE', regions: ['GB'] });
    const global = await buildCrisisResource(em, {
      name: 'PUBLIC-GLOBAL-DIRECTORY',
      regions: [],
      isGlobal: true,
    });
    const archivedResource = await buildCrisisResource(em, {
      name: 'ARCHIVED-SECRET-RESOURCE',
      regions: ['GB'],
      isGlobal: true,
      archivedAt: new Date(),
    });
    const audit = newEntity(AuditEvent, {
      actor: staff,
      action: 'creator.update',
      targetType: 'Creator',
      targetId: suspended.id,
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED' },
      reason: 'AUDIT-SECRET-REASON',
    });
    await em.persistAndFlush(audit);

    Object.assign(hidden, {
      staff: staff.globalId,
      grant: grant.globalId,
      suspended: suspended.globalId,
      archivedVideo: archivedVideo.globalId,
    });
    const ids = [
      ...recognitionIds,
      ...[
        spotlight,
        creator,
        video,
        archivedVideo,
        suspended,
        suspendedVideo,
        campaign,
        archivedCampaign,
      ].map((r) => r.globalId),
      ...[
        partner,
        archivedPartner,
        publicWindow,
        archivedWindow,
        session,
        enrolment,
        staff,
        grant,
        audit,
        comment,
      ].map((r) => r.globalId),
      ...[gb, global, archivedResource].map((r) => r.globalId),
    ];
    rootCandidates = {
      hub: [
        { campaign: campaign.slug },
        { campaign: campaign.slug, region: 'GB' },
        { campaign: archivedCampaign.slug },
      ],
      campaign: [{ slug: campaign.slug }, { slug: archivedCampaign.slug }],
      creator: [
        { handle: 'public_creator' },
        { handle: 'suspended_secret' },
        { handle: '@Suspended_Secret' },
      ],
      crisisResources: [{}, { region: 'GB' }],
      node: ids.map((id) => ({ id })),
      nodes: [{ ids }],
      checkSafeMessaging: [{ text: 'A draft caption.' }],
      // Staff-only roots: asked anonymously with real IDs, each must refuse.
      recognition: [{ id: spotlight.globalId }, { id: hidden.nominated }],
      recordHistory: [{ id: spotlight.globalId }, { id: creator.globalId }],
      criticalMoments: [{ year: 2023 }],
      adCreditGrantTotals: [{ by: new EnumValue('ORGANISATION') }, { by: new EnumValue('CAMPAIGN') }],
      creatorImport: [{ id: encodeGlobalId('CreatorImport', '00000000-0000-7000-8000-000000000000') }],
      spotlightPreview: [
        { recognitionId: spotlight.globalId },
        { recognitionId: hidden.nominated, region: 'GB' },
      ],
      nominationEligibility: [
        { creatorId: creator.globalId, campaignId: campaign.globalId, featuredVideoIds: [video.globalId] },
      ],
    };
  });
  afterAll(() => app?.close());

  /** The probe values for a root field, each with the largest page where it pages. */
  const candidatesFor = (root: Field): Args[] => {
    const required = root.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const given = rootCandidates[root.name];
    if (!given && required.length > 0) {
      throw new Error(
        `No probe value for required argument Query.${root.name}(${required[0]?.name}): add one`,
      );
    }
    const paging = root.args.some((a) => a.name === 'first') ? { first: PAGE_SIZE_MAX } : {};
    return (given ?? [{}]).map((args) => ({ ...paging, ...args }));
  };

  /**
   * Root fields a minimal anonymous query of which is not refused, each with the Cache-Control its answer
   * got (asked as an HTTP request would be, so the public-cache plugin judges it).
   */
  const publicRoots = async (): Promise<{ root: Field; cacheControl: string | undefined }[]> => {
    const found: { root: Field; cacheControl: string | undefined }[] = [];
    for (const root of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const [args = {}] = candidatesFor(root);
      const selection = isCompositeType(getNamedType(root.type)) ? ' { __typename }' : '';
      const response = await app.apollo.executeOperation(
        { query: `query { ${root.name}${renderArgs(args)}${selection} }` },
        { contextValue: await app.beacon.contextFor({ headers: {} }) },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const result = response.body.singleResult as OperationResult;
      answers.push(result);
      const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
      const unexpected = codes.filter((c) => !REFUSALS.has(c));
      if (unexpected.length) throw new Error(`Query.${root.name} failed: ${JSON.stringify(result.errors)}`);
      if (codes.length === 0) found.push({ root, cacheControl: response.http.headers.get('cache-control') });
    }
    return found;
  };

  /** The roots an anonymous client may ask, from the one policy; every other root field refuses it outright. */
  const PUBLIC_ROOTS = Object.keys(PUBLIC_QUERIES).sort();

  interface RootAnswers {
    walk: Walk;
    results: OperationResult[];
    /** Staff-only fields refused (UNAUTHENTICATED) on real objects, as `Type.field`. */
    refused: Set<string>;
    leaks: string[];
  }
  const byRoot = new Map<string, RootAnswers>();

  /** Asks everything reachable from one root, once per probe value, and judges every staff-only field. */
  const answersFor = async (rootName: string): Promise<RootAnswers> => {
    const done = byRoot.get(rootName);
    if (done) return done;
    const root = schema.getQueryType()?.getFields()[rootName];
    if (!root) throw new Error(`Query.${rootName} is not in the schema`);
    const w = walk(schema, root);
    const staffOnly = w.fields.filter(({ type, field }) => type !== 'Query' && isStaffOnly(type, field));
    const answers: RootAnswers = { walk: w, results: [], refused: new Set(), leaks: [] };
    for (const args of candidatesFor(root)) {
      const asked = `${rootName}${renderArgs(args)}`;
      const result = await anonymous(fullQuery(schema, w, args));
      answers.results.push(result);
      for (const e of result.errors ?? []) {
        const code = String(e.extensions?.code);
        if (!REFUSALS.has(code)) answers.leaks.push(`${asked}: ${e.path?.join('.')} failed: ${e.message}`);
        // A refused non-null field nulls the object around it, hiding its other fields from a public client
        // (and from this walk): a staff-only field must be nullable.
        const alias = String(e.path?.at(-1));
        const [type, name] = [alias.slice(0, alias.indexOf('_')), alias.slice(alias.indexOf('_') + 1)];
        const field = type && name ? schema.getType(type) : undefined;
        if (field && isObjectType(field) && isNonNullType(field.getFields()[name as string]?.type))
          answers.leaks.push(`${asked}: ${type}.${name} is refused but non-null, so it hides its parent`);
      }
      for (const { type, field } of staffOnly) {
        const alias = aliasOf(type, field);
        const parents = objectsWith(result.data, alias);
        if (parents.some((o) => o[alias] !== null && o[alias] !== undefined))
          answers.leaks.push(`${asked}: ${type}.${field.name} answered data`);
        const refusedHere = (result.errors ?? []).some(
          (e) => e.extensions?.code === 'UNAUTHENTICATED' && e.path?.at(-1) === alias,
        );
        if (parents.length > 0 && refusedHere) answers.refused.add(`${type}.${field.name}`);
      }
    }
    byRoot.set(rootName, answers);
    return answers;
  };

  const everythingSaid = (results: readonly OperationResult[]) =>
    results
      .map((r) => JSON.stringify(r))
      .join('\n')
      .toLowerCase();

  it('answers an anonymous client on the public roots only (PUBLIC_QUERIES): every other root field refuses it', async () => {
    const roots = await publicRoots();
    expect(roots.map(({ root }) => root.name).sort()).toEqual(PUBLIC_ROOTS);
    // The same policy decides what may be shared: exactly the shared roots' answers are marked public (and
    // so kept by CDNs and the public response cache); the others' are private.
    const marked = Object.fromEntries(
      roots.map(({ root, cacheControl }) => [root.name, cacheControl?.startsWith('public') === true]),
    );
    const declared = Object.fromEntries(
      PUBLIC_ROOTS.map((name) => [name, PUBLIC_QUERIES[name as PublicQueryName].shared]),
    );
    expect(marked).toEqual(declared);
    expect(Object.keys(declared).filter((name) => declared[name])).toEqual(
      [...SHARED_PUBLIC_ROOTS].filter((name) => name !== '__typename').sort(),
    );
  });

  it('walks deep: through the hub to spotlights, advisories and their resources, and via node to staff types', () => {
    const reachable = new Set(
      PUBLIC_ROOTS.flatMap((name) => {
        const root = schema.getQueryType()?.getFields()[name];
        return root ? walk(schema, root).fields.map((f) => `${f.type}.${f.field.name}`) : [];
      }),
    );
    expect([...reachable]).toEqual(
      expect.arrayContaining([
        'Spotlight.citation',
        'ContentAdvisory.crisisResources',
        'ContactMethod.value',
        'Creator.status',
        'Recognition.reviewerNotes',
        'Recognition.notes',
        'RecognitionNote.body',
        'AuditEvent.before',
      ]),
    );
  });

  it.each(PUBLIC_ROOTS)(
    'Query.%s: nothing unpublished, no staff data and no reviewer note is reachable from it, by any path',
    async (rootName) => {
      const { results, leaks } = await answersFor(rootName);
      // Every staff-only field on its shortest path: refused or null, never data; nothing else fails.
      expect(leaks).toEqual([]);
      // No answer names a hidden record or returns an object of a staff type.
      const said = everythingSaid(results);
      expect(SECRETS.filter((secret) => said.includes(secret.toLowerCase()))).toEqual([]);
      const typenames = new Set(said.match(/"__typename":"(\w+)"/g)?.map((m) => m.slice(14, -1)) ?? []);
      expect([...STAFF_TYPES].filter((t) => typenames.has(t.toLowerCase()))).toEqual([]);
    },
  );

  it('reached every public record the secrets sit beside, and saw each staff-only field refused on real records', async () => {
    // Answers are shared with the per-root cases: run alone, this case asks for them itself.
    const all: RootAnswers[] = [];
    for (const name of PUBLIC_ROOTS) all.push(await answersFor(name));
    const said = everythingSaid([...answers, ...all.flatMap((a) => a.results)]);
    expect(PUBLIC_TEXTS.filter((t) => !said.includes(t.toLowerCase()))).toEqual([]);
    expect(SECRETS.filter((secret) => said.includes(secret.toLowerCase()))).toEqual([]);
    const refused = new Set(all.flatMap((a) => [...a.refused]));
    expect([...refused].sort()).toEqual(expect.arrayContaining(MUST_REFUSE));
  });

  it('answers null to an anonymous node(id) for an unpublished recognition, a staff member, a grant, a suspended creator and an archived video', async () => {
    const query = `query($id: ID!) { node(id: $id) { __typename id } }`;
    const ids = [hidden.nominated, hidden.staff, hidden.grant, hidden.suspended, hidden.archivedVideo];
    for (const id of ids) expect((await app.run(query, { id })).data?.node ?? null, id).toBeNull();

    // The same IDs are real: staff fetch every one of them.
    const viewer = await app.staff(StaffRole.VIEWER);
    const seen = await Promise.all(
      ids.map(
        async (id) => dataOf(await app.run<{ node: { __typename: string } }>(query, { id }, viewer)).node,
      ),
    );
    expect(seen.map((n) => n?.__typename)).toEqual([
      'Recognition',
      'StaffUser',
      'AdCreditGrant',
      'Creator',
      'AwarenessVideo',
    ]);
  });
});
