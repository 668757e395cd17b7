/**
 * The generated programme: a whole platform's worth of creators, videos and spotlights, as rows keyed by
 * column name, table by table in foreign-key order. Engine-agnostic: values are plain JavaScript (Date,
 * boolean, arrays for JSON columns); each loader converts them for its engine (load-*.ts).
 *
 * Deterministic: one seeded PRNG and one anchor time (`now`, the start of the run's UTC day unless
 * BENCH_NOW says otherwise) decide every row. The anchor matters because eligibility is judged against the
 * real clock: creators who must be publishable completed their safe-messaging training in the 12 months
 * before it.
 *
 * Stored safe-messaging findings are computed with the shared check, exactly as the server does on save,
 * memoised by text and by the topics the rules look at (captions and titles come from finite pools).
 */
import {
  type ContentStrategy,
  checkSafeMessaging,
  SAFETY_RULES,
  SafetySeverity,
  SENSITIVE_TOPICS,
  TOPIC_INFO,
  Topic,
} from '@beacon/shared';
import { mulberry32, uuidv7 } from './prng.js';
import {
  BIO_LINES,
  CAMPAIGN_OCCASIONS,
  CAPTION_LINES,
  CITATION_LINES,
  CLOSINGS,
  CONTENT_NOTES,
  FIRST_NAMES,
  HANDLE_WORDS,
  HASHTAGS_GENERAL,
  HELP_LINES,
  LAST_NAMES,
  ORGANISATION_PARTS,
  REGIONS,
  STRATEGY_WEIGHTS,
  TITLE_HOOKS,
  TITLE_TAILS,
  TOPIC_PHRASES,
  TOPIC_WEIGHTS,
  UNSAFE_LINES,
} from './vocabulary.js';

export type Row = Record<string, unknown>;

export interface TableRows {
  readonly table: string;
  /** Rows in insertion order; state for later tables is built while these are consumed. */
  readonly rows: () => Iterable<Row>;
}

export interface ScaleSpec {
  readonly name: string;
  readonly creators: number;
  readonly videos: number;
  /** Every recognition, the hub's 10 and the contention drill's included. */
  readonly recognitions: number;
  readonly organisations: number;
}

export const SCALES = {
  small: { name: '10k videos', creators: 1_000, videos: 10_000, recognitions: 1_000, organisations: 60 },
  full: {
    name: '1M videos',
    creators: 100_000,
    videos: 1_000_000,
    recognitions: 10_000,
    organisations: 400,
  },
} as const satisfies Record<string, ScaleSpec>;

/** The admin the server created on first start: generated staff share its password, for signing in. */
export const ADMIN_HASH =
  "select password_hash from staff_user where role = 'ADMIN' order by created_at limit 1";

export interface GenerateOptions {
  readonly seed: number;
  readonly now: Date;
  /** Contention rounds to prepare (one more is made for warm-up). */
  readonly contentionRounds: number;
  /** Recognitions a contention round fires at once into a campaign with 10 places. */
  readonly contentionPublishers: number;
  /** Every generated staff member gets this hash, so the harness can sign in as any of them. */
  readonly staffPasswordHash: string | null;
}

/** What the harness needs to know about the data it measures. */
export interface DatasetFacts {
  hubSlug: string;
  hubRegion: string;
  hubCapacity: number;
  contention: { campaignId: string; capacity: number; recognitionIds: string[] }[];
  /** Creators no scenario reads specially: the write benchmark updates these. */
  writableCreatorIds: string[];
  search: { creatorsHit: string; videosHit: string; miss: string };
  topicFilter: Topic;
  counts: Record<string, number>;
}

const DAY = 86_400_000;
const DATA_START = Date.UTC(2019, 0, 1);
const TOPICS = Object.keys(TOPIC_WEIGHTS) as Topic[];
const TOPIC_W = TOPICS.map((t) => TOPIC_WEIGHTS[t]);
const STRATEGIES = Object.keys(STRATEGY_WEIGHTS) as ContentStrategy[];
const STRATEGY_W = STRATEGIES.map((s) => STRATEGY_WEIGHTS[s]);
const REGION_W = REGIONS.map((r) => r[1]);

/** Topics the safe-messaging rules react to: findings depend on these and on the text only. */
const RULE_TOPICS = new Set<Topic>([
  ...SENSITIVE_TOPICS,
  ...SAFETY_RULES.flatMap((rule) => {
    const topics = (rule as { appliesTo?: { topics?: unknown } }).appliesTo?.topics;
    return Array.isArray(topics) ? (topics as Topic[]) : [];
  }),
]);

const TOPIC_INDEX = new Map(TOPICS.map((t, i) => [t, i]));
const TOPIC_TAGS = new Map(
  TOPICS.map((t) => [t, (TOPIC_PHRASES[t][0] ?? 'wellbeing').replace(/[^a-z]/gi, '').toLowerCase()]),
);

/** The rule topics among `topics`, as a bit mask: findings depend on the text and these only. */
function ruleTopicMask(topics: readonly Topic[]): number {
  let mask = 0;
  for (const t of topics) if (RULE_TOPICS.has(t)) mask |= 1 << (TOPIC_INDEX.get(t) as number);
  return mask;
}

/** JSON already serialised (a column value the loaders write as it is). */
export class RawJson {
  constructor(readonly json: string) {}
}

type Field = 'TITLE' | 'CAPTION' | 'BIO' | 'CITATION';
interface StoredFinding {
  readonly field: Field;
  readonly severity: SafetySeverity;
}

/** The server's `findingsFor`: each finding of each text, tagged with its field. Memoised. */
class FindingsCache {
  private readonly memo = new Map<string, object[]>();
  checks = 0;

  of(field: Field, text: string, topics: readonly Topic[], memoise = true): object[] {
    if (!text) return [];
    const relevant = topics.filter((t) => RULE_TOPICS.has(t)).sort();
    const key = `${field}|${relevant.join(',')}|${text}`;
    const cached = memoise ? this.memo.get(key) : undefined;
    if (cached) return cached;
    this.checks++;
    const found = checkSafeMessaging(text, { topics }).map((f) => ({ ...f, field }));
    if (memoise) this.memo.set(key, found);
    return found;
  }
}

const blocks = (findings: readonly object[]) =>
  findings.some((f) => (f as StoredFinding).severity === SafetySeverity.BLOCK);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A name as the server folds it for sorting on save (server/src/modules/common/sort-key.ts). */
const nameSortKeyOf = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().slice(0, 200);

interface CreatorPlan {
  id: string;
  handle: string;
  displayName: string;
  region: string;
  topics: Topic[];
  createdAt: number;
  active: boolean;
  archived: boolean;
  consent: 'none' | 'active' | 'withdrawn';
  /** Must be publishable: active, consent on file, trained, clean featured videos. */
  eligible: boolean;
  videoCount: number;
}

interface CampaignPlan {
  id: string;
  slug: string;
  name: string;
  startsOn: number;
  endsOn: number;
  capacity: number;
  partners: string[];
  archived: boolean;
}

/**
 * Builds the plan (who exists, how many videos each creator has, who is spotlighted where) up front, then
 * streams each table's rows from it.
 */
export function generateProgramme(
  spec: ScaleSpec,
  options: GenerateOptions,
): { tables: TableRows[]; facts: DatasetFacts } {
  const now = options.now.getTime();
  const rng = mulberry32(options.seed);
  const ids = mulberry32(options.seed ^ 0x5bd1e995);
  const findings = new FindingsCache();
  const counts: Record<string, number> = {};
  const count = (table: string) => {
    counts[table] = (counts[table] ?? 0) + 1;
  };

  // Staff -------------------------------------------------------------------------------------------------
  const staffCreatedAt = DATA_START - 30 * DAY;
  const staff = (role: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: uuidv7(staffCreatedAt + i * 1000, ids),
      email: `${role.toLowerCase().replace('_', '-')}-${String(i + 1).padStart(2, '0')}@bench.beacon.local`,
      displayName: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      role,
    }));
  const editors = staff('EDITOR', 12);
  const reviewers = staff('SAFETY_REVIEWER', 4);
  const publishers = staff('PUBLISHER', 4);

  // Organisations ------------------------------------------------------------------------------------------
  const organisationNames = new Set<string>();
  const organisations: { id: string; name: string; createdAt: number }[] = [];
  for (let i = 0; i < spec.organisations; i++) {
    let name = `${rng.pick(ORGANISATION_PARTS.prefix)} ${rng.pick(ORGANISATION_PARTS.focus)} ${rng.pick(ORGANISATION_PARTS.suffix)}`;
    if (organisationNames.has(name)) name = `${name} ${rng.pick(REGIONS)[0]} ${i}`;
    organisationNames.add(name);
    const createdAt = DATA_START + i * 3_600_000;
    organisations.push({ id: uuidv7(createdAt, ids), name, createdAt });
  }

  // Campaigns: five occasions a year since 2019, the hub, and the contention drill ----------------------
  const campaigns: CampaignPlan[] = [];
  const nowYear = new Date(now).getUTCFullYear();
  for (let year = 2019; year <= nowYear; year++) {
    for (const occasion of CAMPAIGN_OCCASIONS) {
      const startsOn = Date.UTC(year, occasion.month - 1, 1);
      if (startsOn > now) continue;
      campaigns.push({
        id: uuidv7(startsOn - 60 * DAY, ids),
        slug: `${occasion.key}-${year}`,
        name: `${occasion.name} ${year}`,
        startsOn,
        endsOn: startsOn + (occasion.days - 1) * DAY,
        capacity: 10,
        partners: rng.sample(organisations, rng.int(4, 8)).map((o) => o.id),
        archived: year < 2021 && rng.chance(0.3),
      });
    }
  }
  // The hub: the latest Mental Health Awareness Month (never archived).
  const hub = [...campaigns].reverse().find((c) => c.slug.startsWith('mental-health-awareness-month')) as
    | CampaignPlan
    | undefined;
  if (!hub) throw new Error('no Mental Health Awareness Month campaign before the anchor date');
  hub.archived = false;
  const drillCampaigns: CampaignPlan[] = Array.from({ length: options.contentionRounds + 1 }, (_, i) => {
    const startsOn = now - 7 * DAY;
    return {
      id: uuidv7(now - 30 * DAY + i * 1000, ids),
      slug: `community-spotlight-week-${nowYear}-${i + 1}`,
      name: `Community spotlight week ${nowYear} (${i + 1})`,
      startsOn,
      endsOn: startsOn + 30 * DAY,
      capacity: 10,
      partners: rng.sample(organisations, 3).map((o) => o.id),
      archived: false,
    };
  });
  const allCampaigns = [...campaigns, ...drillCampaigns];

  // Creators ------------------------------------------------------------------------------------------------
  const creators: CreatorPlan[] = [];
  const creatorSpan = now - 30 * DAY - DATA_START;
  for (let i = 0; i < spec.creators; i++) {
    const createdAt = DATA_START + Math.floor((creatorSpan * i) / spec.creators);
    const [region] = rng.weighted(REGIONS, REGION_W);
    const topicCount = rng.weighted([1, 2, 3, 4], [30, 40, 20, 10]);
    const topics = new Set<Topic>();
    while (topics.size < topicCount) topics.add(rng.weighted(TOPICS, TOPIC_W));
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    // Unique by construction: the suffix is the creator's index in base 36.
    const handle = `${rng.pick(HANDLE_WORDS)}.${rng.pick(HANDLE_WORDS)}.${i.toString(36)}`;
    const consent = rng.chance(0.25) ? (rng.chance(0.08) ? 'withdrawn' : 'active') : 'none';
    creators.push({
      id: uuidv7(createdAt, ids),
      handle,
      displayName: `${first} ${last}`,
      region,
      topics: [...topics],
      createdAt,
      active: rng.chance(0.975),
      archived: rng.chance(0.01),
      consent,
      eligible: false,
      videoCount: 1,
    });
  }

  // Who must be publishable: the hub's 10 and the contention drill's creators.
  const drillPerRound = options.contentionPublishers;
  const eligibleNeeded = hub.capacity + drillCampaigns.length * drillPerRound;
  if (eligibleNeeded * 2 > spec.creators) throw new Error('scale too small for the hub and contention drill');
  const eligibleCreators: CreatorPlan[] = [];
  const eligibleStride = Math.floor(spec.creators / eligibleNeeded);
  for (let k = 0; k < eligibleNeeded; k++) {
    const creator = creators[k * eligibleStride + 1] as CreatorPlan;
    Object.assign(creator, { eligible: true, active: true, archived: false, consent: 'active' });
    eligibleCreators.push(creator);
  }

  // Videos per creator: heavy-tailed (a few prolific creators, most with a handful), at least 1, and 3
  // for creators whose spotlights feature 3 videos.
  const weights = creators.map(() => rng.next() ** -0.75);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let assigned = 0;
  const spare = spec.videos - spec.creators;
  for (const [i, creator] of creators.entries()) {
    creator.videoCount = 1 + Math.floor(((weights[i] as number) / weightSum) * spare);
    if (creator.eligible) creator.videoCount = Math.max(3, creator.videoCount);
    assigned += creator.videoCount;
  }
  while (assigned < spec.videos) {
    const creator = rng.pick(creators);
    creator.videoCount++;
    assigned++;
  }
  while (assigned > spec.videos) {
    const creator = rng.pick(creators);
    if (creator.videoCount > (creator.eligible ? 3 : 1)) {
      creator.videoCount--;
      assigned--;
    }
  }
  // The order videos were posted in: each creator's slots, shuffled, so time order interleaves creators.
  const postingOrder = new Int32Array(spec.videos);
  {
    let at = 0;
    for (const [i, creator] of creators.entries()) {
      for (let k = 0; k < creator.videoCount; k++) postingOrder[at++] = i;
    }
    for (let i = postingOrder.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = postingOrder[i] as number;
      postingOrder[i] = postingOrder[j] as number;
      postingOrder[j] = t;
    }
  }

  // Recognitions outside the hub and the drill: distinct (creator, campaign) pairs.
  const generalCount = spec.recognitions - hub.capacity - drillCampaigns.length * drillPerRound;
  if (generalCount < 0) throw new Error('recognitions must cover the hub and the contention drill');
  const generalPairs: { creator: number; campaign: CampaignPlan }[] = [];
  {
    const used = new Set<string>();
    const eligibleIds = new Set(eligibleCreators.map((c) => c.id));
    const others = campaigns.filter((c) => c !== hub);
    while (generalPairs.length < generalCount) {
      const creator = rng.int(0, creators.length - 1);
      if (eligibleIds.has((creators[creator] as CreatorPlan).id)) continue;
      const campaign = rng.pick(others);
      const key = `${creator}:${campaign.id}`;
      if (used.has(key)) continue;
      used.add(key);
      generalPairs.push({ creator, campaign });
    }
  }
  /** Creators whose first videos recognitions feature; filled while videos are generated. */
  const featuredOf = new Map<number, string[]>();
  for (const c of eligibleCreators) featuredOf.set(creators.indexOf(c), []);
  for (const p of generalPairs) featuredOf.set(p.creator, []);

  // Text pools ----------------------------------------------------------------------------------------------
  const captionPools = new Map<Topic, string[]>();
  const captionPool = (topic: Topic): string[] => {
    let pool = captionPools.get(topic);
    if (pool) return pool;
    const text = mulberry32(options.seed + TOPICS.indexOf(topic) * 7919);
    pool = Array.from({ length: 96 }, (_, k) => {
      const sensitive = TOPIC_INFO[topic].sensitive;
      const label = TOPIC_INFO[topic].label.toLowerCase();
      const parts: string[] = [];
      if (sensitive && text.chance(0.9)) parts.push(text.pick(CONTENT_NOTES).replace('{topic}', label));
      parts.push(...text.sample(CAPTION_LINES[topic], text.int(2, 3)));
      parts.push(text.pick(CAPTION_LINES[Topic.GENERAL_WELLBEING]));
      // A small, fixed share departs from the guidelines: the review queue is never empty in production.
      if (k % 40 === 7) parts.push(text.pick(UNSAFE_LINES.warn));
      if (k % 96 === 50) parts.push(text.pick(UNSAFE_LINES.block));
      let caption = parts.join(' ');
      if (sensitive ? text.chance(0.85) : text.chance(0.2)) caption += text.pick(HELP_LINES);
      caption += text.pick(CLOSINGS);
      const tags = text.sample(HASHTAGS_GENERAL, 3).map((t) => `#${t}`);
      return `${caption} ${tags.join(' ')}`;
    });
    captionPools.set(topic, pool);
    return pool;
  };

  // Rows -----------------------------------------------------------------------------------------------------
  const staffRows = function* (): Iterable<Row> {
    for (const s of [...editors, ...reviewers, ...publishers]) {
      count('staff_user');
      yield {
        id: s.id,
        created_at: new Date(staffCreatedAt),
        updated_at: new Date(staffCreatedAt),
        version: 1,
        email: s.email,
        display_name: s.displayName,
        role: s.role,
        password_hash: options.staffPasswordHash,
        invitation_token_hash: null,
        invitation_expires_at: null,
        last_sign_in_at: null,
        deactivated_at: null,
      };
    }
  };

  const organisationRows = function* (): Iterable<Row> {
    const kinds = ['NON_PROFIT', 'CRISIS_SERVICE', 'EXPERT_BODY', 'EDUCATION', 'RESEARCH', 'OTHER'];
    for (const o of organisations) {
      count('organisation');
      const slug = o.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const focus = rng.sample(TOPICS, rng.int(1, 3));
      yield {
        id: o.id,
        created_at: new Date(o.createdAt),
        updated_at: new Date(o.createdAt),
        version: 1,
        archived_at: rng.chance(0.02) ? new Date(o.createdAt + 400 * DAY) : null,
        name: o.name,
        kind: rng.weighted(kinds, [50, 10, 15, 12, 5, 8]),
        website: `https://www.${slug}.example.org`,
        description: `${o.name} works on ${focus.map((t) => TOPIC_INFO[t].label.toLowerCase()).join(', ')} with young people, families and creators.`,
        focus_topics: focus,
        regions_served: rng.chance(0.3) ? [] : rng.sample(REGIONS, rng.int(1, 3)).map((r) => r[0]),
      };
    }
  };

  const campaignRows = function* (): Iterable<Row> {
    for (const c of allCampaigns) {
      count('campaign');
      const created = new Date(c.startsOn - 60 * DAY);
      yield {
        id: c.id,
        created_at: created,
        updated_at: created,
        version: 1,
        archived_at: c.archived ? new Date(c.endsOn + 200 * DAY) : null,
        slug: c.slug,
        name: c.name,
        name_sort_key: nameSortKeyOf(c.name),
        hashtag: c.slug.startsWith('community') ? '#CommunitySpotlight' : hashtagOf(c.slug),
        theme: 'Creators and experts together: talk openly, share safely, point to help.',
        description: `${c.name} brings creators together with mental-health experts and partner organisations, with curated in-app programming, well-being guides and a spotlight of creators who raise awareness safely.`,
        starts_on: isoDay(c.startsOn),
        ends_on: isoDay(c.endsOn),
        spotlight_capacity: c.capacity,
      };
    }
  };

  const partnerRows = function* (): Iterable<Row> {
    for (const c of allCampaigns) {
      for (const organisationId of c.partners) {
        count('campaign_partner');
        yield { campaign_id: c.id, organisation_id: organisationId };
      }
    }
  };

  const windowRows = function* (): Iterable<Row> {
    const titles = [
      'Curated in-app programming',
      'Live Q&A with experts',
      'Well-being guide launch',
      'Creator lives',
    ];
    for (const c of allCampaigns) {
      const n = rng.int(2, 3);
      for (let k = 0; k < n; k++) {
        count('programming_window');
        const startsAt = c.startsOn + k * 3 * DAY;
        yield {
          id: uuidv7(c.startsOn - 50 * DAY + k * 1000, ids),
          created_at: new Date(c.startsOn - 50 * DAY),
          updated_at: new Date(c.startsOn - 50 * DAY),
          version: 1,
          campaign_id: c.id,
          title: titles[k % titles.length],
          description:
            'Partner organisations and creators share programming in the app, with help resources beside it.',
          starts_at: new Date(startsAt),
          ends_at: new Date(startsAt + 2 * DAY - 1000),
          time_zone: rng.pick(['UTC', 'Europe/London', 'America/New_York', 'Asia/Singapore']),
        };
      }
    }
  };

  const grantRows = function* (): Iterable<Row> {
    for (const c of allCampaigns) {
      for (const organisationId of c.partners) {
        if (!rng.chance(0.6)) continue;
        count('ad_credit_grant');
        const created = new Date(c.startsOn - 40 * DAY);
        yield {
          id: uuidv7(c.startsOn - 40 * DAY, ids),
          created_at: created,
          updated_at: created,
          version: 1,
          archived_at: null,
          organisation_id: organisationId,
          campaign_id: c.id,
          amount_minor: rng.int(50, 5_000) * 10_000,
          currency: 'USD',
          status: rng.weighted(['PLEDGED', 'ALLOCATED', 'DISBURSED'], [20, 30, 50]),
          illustrative: true,
          note: 'Illustrative: generated benchmark data, not a reported figure.',
        };
      }
    }
  };

  const resourceRows = function* (): Iterable<Row> {
    const verified = (days: number) => new Date(now - days * DAY);
    const created = new Date(DATA_START);
    const base = {
      created_at: created,
      updated_at: created,
      version: 1,
      archived_at: null,
      is_global: false,
      topics: [] as Topic[],
      hours: '24/7',
    };
    const real: Row[] = [
      {
        name: '988 Suicide & Crisis Lifeline',
        organisation_name: '988 Suicide & Crisis Lifeline',
        contacts: [
          { channel: 'CALL', value: '988', instructions: 'Call 988' },
          { channel: 'TEXT', value: '988', instructions: 'Text 988' },
        ],
        regions: ['US'],
        languages: ['en', 'es'],
      },
      {
        name: 'Crisis Text Line',
        organisation_name: 'Crisis Text Line',
        contacts: [{ channel: 'TEXT', value: '741741', instructions: 'Text HOME to 741741' }],
        regions: ['US'],
        languages: ['en'],
      },
      {
        name: 'Samaritans',
        organisation_name: 'Samaritans',
        contacts: [{ channel: 'CALL', value: '116 123', instructions: 'Call 116 123, free' }],
        regions: ['GB', 'IE'],
        languages: ['en'],
      },
      {
        name: 'Shout',
        organisation_name: 'Mental Health Innovations',
        contacts: [{ channel: 'TEXT', value: '85258', instructions: 'Text SHOUT to 85258' }],
        regions: ['GB'],
        languages: ['en'],
      },
      {
        name: 'Samaritans of Singapore',
        organisation_name: 'Samaritans of Singapore',
        contacts: [{ channel: 'CALL', value: '1767', instructions: 'Call 1767' }],
        regions: ['SG'],
        languages: ['en'],
      },
      {
        name: 'Lifeline Australia',
        organisation_name: 'Lifeline Australia',
        contacts: [{ channel: 'CALL', value: '13 11 14', instructions: 'Call 13 11 14' }],
        regions: ['AU'],
        languages: ['en'],
      },
      {
        name: 'Befrienders Worldwide',
        organisation_name: 'Befrienders Worldwide',
        contacts: [
          { channel: 'WEB', value: 'https://befrienders.org', instructions: 'Find a helpline near you' },
        ],
        regions: [],
        is_global: true,
        languages: ['en'],
      },
    ];
    let k = 0;
    for (const r of real) {
      count('crisis_resource');
      yield {
        ...base,
        id: uuidv7(DATA_START + k++ * 1000, ids),
        last_verified_at: verified(rng.int(1, 90)),
        ...r,
      };
    }
    // Generated services for other regions: a listening line and, for some, a topic-specific one.
    for (const [region, , languages] of REGIONS) {
      if (['US', 'GB', 'SG', 'AU', 'IE'].includes(region)) continue;
      const specialised = rng.chance(0.5) ? [rng.pick(SENSITIVE_TOPICS)] : [];
      for (const topics of specialised.length ? [[], specialised] : [[]]) {
        count('crisis_resource');
        const name = `${region} ${topics.length ? `${TOPIC_INFO[topics[0] as Topic].label} Helpline` : 'Listening Line'}`;
        yield {
          ...base,
          id: uuidv7(DATA_START + k++ * 1000, ids),
          name,
          organisation_name: `${name} Trust`,
          contacts: [
            {
              channel: 'CALL',
              value: `+${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
              instructions: null,
            },
            {
              channel: 'CHAT',
              value: `https://chat.${region.toLowerCase()}-help.example.org`,
              instructions: null,
            },
          ],
          regions: [region],
          topics,
          hours: rng.pick(['24/7', 'Daily 10:00-02:00', 'Weekdays 09:00-21:00']),
          languages,
          last_verified_at: verified(rng.int(1, 260)),
        };
      }
    }
  };

  const creatorRows = function* (): Iterable<Row> {
    for (const c of creators) {
      count('creator');
      const bio =
        `${rng.pick(BIO_LINES[c.topics[0] as Topic])} ${rng.chance(0.5) ? rng.pick(BIO_LINES[rng.weighted(TOPICS, TOPIC_W)]) : ''}`.trim();
      const givenAt = c.consent === 'none' ? null : c.createdAt + rng.int(1, 300) * DAY;
      const followers = Math.min(50_000_000, Math.floor(150 * (1 - rng.next()) ** -1.15));
      yield {
        id: c.id,
        created_at: new Date(c.createdAt),
        updated_at: new Date(c.createdAt),
        version: 1,
        archived_at: c.archived ? new Date(c.createdAt + 30 * DAY) : null,
        handle: c.handle,
        display_name: c.displayName,
        bio,
        region: c.region,
        languages: (REGIONS.find((r) => r[0] === c.region) as (typeof REGIONS)[number])[2].slice(
          0,
          rng.int(1, 2),
        ),
        topics: c.topics,
        follower_count: followers,
        profile_url: `https://www.example-video.app/@${c.handle}`,
        status: c.active ? 'ACTIVE' : 'SUSPENDED',
        consent_given_at: givenAt === null ? null : new Date(Math.min(givenAt, now - DAY)),
        consent_scope: givenAt === null ? null : rng.chance(0.6) ? 'SPOTLIGHT_AND_PROMOTION' : 'SPOTLIGHT',
        consent_withdrawn_at: c.consent === 'withdrawn' ? new Date(now - rng.int(2, 200) * DAY) : null,
        safety_findings: findings.of('BIO', bio, c.topics),
      };
    }
  };

  /**
   * A video's title and caption come from finite pools, so their findings are computed once per text and
   * per set of rule topics, kept as serialised JSON, and joined per video.
   */
  interface CheckedText {
    readonly text: string;
    readonly json: string;
    readonly blocks: boolean;
  }
  // By rule-topic mask, then by text key: both small integers, which Map hashes fastest.
  const textMemo = new Map<number, Map<number, CheckedText>>();
  const checked = (key: number, field: Field, make: () => string, topics: readonly Topic[]): CheckedText => {
    const mask = ruleTopicMask(topics);
    let byKey = textMemo.get(mask);
    if (!byKey) {
      byKey = new Map();
      textMemo.set(mask, byKey);
    }
    let entry = byKey.get(key);
    if (!entry) {
      const text = make();
      const found = findings.of(field, text, topics, false);
      entry = { text, json: JSON.stringify(found).slice(1, -1), blocks: blocks(found) };
      byKey.set(key, entry);
    }
    return entry;
  };
  const videoTexts = (primary: Topic, topics: readonly Topic[]) => {
    const t = TOPIC_INDEX.get(primary) as number;
    const phrases = TOPIC_PHRASES[primary];
    const hook = rng.int(0, TITLE_HOOKS.length - 1);
    const phrase = rng.int(0, phrases.length - 1);
    const tail = rng.int(0, TITLE_TAILS.length - 1);
    const pool = captionPool(primary);
    const k = rng.int(0, pool.length - 1);
    const title = checked(
      ((t * 32 + hook) * 8 + phrase) * 32 + tail,
      'TITLE',
      () => `${TITLE_HOOKS[hook]} ${phrases[phrase]}${TITLE_TAILS[tail]}`,
      topics,
    );
    const caption = checked(1_000_000 + t * 1_000 + k, 'CAPTION', () => pool[k] as string, topics);
    const json =
      title.json && caption.json ? `[${title.json},${caption.json}]` : `[${title.json}${caption.json}]`;
    return {
      title: title.text,
      caption: caption.text,
      findings: new RawJson(json),
      blocks: title.blocks || caption.blocks,
    };
  };

  const videoRows = function* (): Iterable<Row> {
    const span = now - DAY - DATA_START;
    for (let i = 0; i < spec.videos; i++) {
      const creatorIndex = postingOrder[i] as number;
      const creator = creators[creatorIndex] as CreatorPlan;
      // Posting accelerates towards the present, as the platform grew.
      const publishedAt = DATA_START + Math.floor(span * ((i + rng.next()) / spec.videos) ** 0.6);
      const createdAt = publishedAt + 5 * 60_000;
      const id = uuidv7(createdAt, ids);
      const primary = rng.chance(0.8) ? rng.pick(creator.topics) : rng.weighted(TOPICS, TOPIC_W);
      const topics = [primary];
      if (rng.chance(0.4)) {
        const second = rng.weighted(TOPICS, TOPIC_W);
        if (second !== primary) topics.push(second);
      }
      let texts = videoTexts(primary, topics);
      // Featured videos of creators who must be publishable carry no blocking finding.
      const featured = featuredOf.get(creatorIndex);
      for (let attempt = 0; creator.eligible && texts.blocks && attempt < 50; attempt++) {
        texts = videoTexts(primary, topics);
      }
      if (creator.eligible && texts.blocks) throw new Error(`no clean caption for ${primary}`);
      const archived = !creator.eligible && rng.chance(0.005);
      if (featured && featured.length < 3 && !archived) featured.push(id);
      const views = Math.floor(rng.logNormal(Math.max(200, Math.sqrt(creator.videoCount) * 900), 1.4));
      count('awareness_video');
      yield {
        id,
        created_at: new Date(createdAt),
        updated_at: new Date(createdAt),
        version: 1,
        archived_at: archived ? new Date(createdAt + 60 * DAY) : null,
        creator_id: creator.id,
        title: texts.title,
        caption: texts.caption,
        url: `https://www.example-video.app/@${creator.handle}/video/${7_100_000_000_000 + i}`,
        published_at: new Date(publishedAt),
        duration_seconds: Math.max(5, Math.min(3_600, Math.round(rng.logNormal(75, 0.9)))),
        strategy: rng.weighted(STRATEGIES, STRATEGY_W),
        topics,
        hashtags: [...rng.sample(HASHTAGS_GENERAL, rng.int(1, 4)), TOPIC_TAGS.get(primary) as string],
        views,
        likes: Math.floor(views * rng.next() * 0.12),
        shares: Math.floor(views * rng.next() * 0.02),
        advisory_warning_override: null,
        safety_findings: texts.findings,
      };
    }
  };

  // Training: monthly safe-messaging sessions for creators, occasion sessions for partners.
  interface SessionPlan {
    id: string;
    endsAt: number;
    audience: 'CREATORS' | 'PARTNER_ORGANISATIONS';
    topic: string;
  }
  const sessions: SessionPlan[] = [];
  const sessionRows = function* (): Iterable<Row> {
    const topics = [
      'SAFE_MESSAGING_SUICIDE',
      'EATING_DISORDER_RECOVERY',
      'GRIEF',
      'CRISIS_RESPONSE',
      'CREATOR_WELLBEING',
      'CAMPAIGN_READINESS',
    ];
    const occasions = [
      'WORLD_MENTAL_HEALTH_DAY',
      'WORLD_SUICIDE_PREVENTION_DAY',
      'BACK_TO_SCHOOL',
      'MENTAL_HEALTH_AWARENESS_MONTH',
      'SUICIDE_PREVENTION_WEEK',
      'ONGOING',
    ];
    for (let month = 48; month >= 1; month--) {
      for (const audience of ['CREATORS', 'CREATORS', 'PARTNER_ORGANISATIONS'] as const) {
        const startsAt = now - month * 30 * DAY + sessions.length * 3_600_000;
        const topic = audience === 'CREATORS' && sessions.length % 3 === 0 ? topics[0] : rng.pick(topics);
        const session = {
          id: uuidv7(startsAt - 20 * DAY, ids),
          endsAt: startsAt + 2 * 3_600_000,
          audience,
          topic: topic as string,
        };
        sessions.push(session);
        count('training_session');
        yield {
          id: session.id,
          created_at: new Date(startsAt - 20 * DAY),
          updated_at: new Date(startsAt - 20 * DAY),
          version: 1,
          archived_at: null,
          title: `${topic === 'SAFE_MESSAGING_SUICIDE' ? 'Safe messaging about suicide' : `${topic?.toLowerCase().replaceAll('_', ' ')}`} (${isoDay(startsAt)}, ${audience === 'CREATORS' ? 'creators' : 'partners'})`,
          description: 'Practical guidance from clinicians and crisis-line staff, with time for questions.',
          topic,
          facilitator_id: rng.pick(organisations).id,
          audience,
          occasion: rng.pick(occasions),
          campaign_id: null,
          starts_at: new Date(startsAt),
          ends_at: new Date(session.endsAt),
          time_zone: rng.pick(['UTC', 'Europe/London', 'America/New_York']),
          capacity: rng.int(40, 400),
        };
      }
    }
  };

  const enrolmentRows = function* (): Iterable<Row> {
    const creatorSessions = sessions.filter((s) => s.audience === 'CREATORS');
    const recentSafeMessaging = creatorSessions.filter(
      (s) => s.topic === 'SAFE_MESSAGING_SUICIDE' && s.endsAt > now - 300 * DAY && s.endsAt < now - DAY,
    );
    if (recentSafeMessaging.length === 0) throw new Error('no recent safe-messaging session');
    const row = (
      sessionId: string,
      endsAt: number,
      creatorId: string | null,
      organisationId: string | null,
      completed: boolean,
    ): Row => {
      count('training_enrolment');
      return {
        id: uuidv7(endsAt - 10 * DAY, ids),
        created_at: new Date(endsAt - 10 * DAY),
        updated_at: new Date(completed ? endsAt : endsAt - 10 * DAY),
        version: 1,
        archived_at: null,
        session_id: sessionId,
        creator_id: creatorId,
        organisation_id: organisationId,
        attended_at: completed ? new Date(endsAt - 2 * 3_600_000) : null,
        completed_at: completed ? new Date(endsAt) : null,
      };
    };
    for (const c of creators) {
      const chosen = new Set<SessionPlan>();
      if (c.eligible) chosen.add(rng.pick(recentSafeMessaging));
      if (rng.chance(0.25)) for (const s of rng.sample(creatorSessions, rng.int(1, 2))) chosen.add(s);
      for (const s of chosen) {
        if (s.endsAt > now) continue;
        yield row(s.id, s.endsAt, c.id, null, c.eligible ? true : rng.chance(0.7));
      }
    }
    for (const s of sessions.filter((x) => x.audience === 'PARTNER_ORGANISATIONS')) {
      for (const o of rng.sample(organisations, rng.int(3, 10))) {
        yield row(s.id, s.endsAt, null, o.id, s.endsAt < now && rng.chance(0.8));
      }
    }
  };

  // Recognitions ---------------------------------------------------------------------------------------------
  const drillRecognitions = drillCampaigns.map(() => [] as string[]);
  const recognitionFeatured: { recognitionId: string; videoIds: string[] }[] = [];
  const recognitionRows = function* (): Iterable<Row> {
    const citation = (c: CreatorPlan) =>
      rng
        .pick(CITATION_LINES)
        .replace('{name}', c.displayName.split(' ')[0] as string)
        .replace('{topic}', TOPIC_INFO[c.topics[0] as Topic].label.toLowerCase());
    const base = (c: CreatorPlan, campaign: CampaignPlan, nominatedAt: number, text: string): Row => ({
      id: uuidv7(nominatedAt, ids),
      created_at: new Date(nominatedAt),
      updated_at: new Date(nominatedAt),
      version: 1,
      archived_at: null,
      creator_id: c.id,
      campaign_id: campaign.id,
      citation: text,
      rank: null,
      status: 'NOMINATED',
      nominated_by_id: rng.pick(editors).id,
      nominated_at: new Date(nominatedAt),
      reviewed_by_id: null,
      reviewed_at: null,
      reviewer_notes: null,
      approved_by_id: null,
      approved_at: null,
      scheduled_by_id: null,
      scheduled_for: null,
      scheduled_time_zone: null,
      published_by_id: null,
      published_at: null,
      withdrawn_by_id: null,
      withdrawn_at: null,
      withdrawal_reason: null,
      schedule_failure: null,
      live_slot: `${c.id}:${campaign.id}`,
      safety_findings: findings.of('CITATION', text, [], false),
    });
    const cleanCitation = (c: CreatorPlan) => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const text = citation(c);
        if (!blocks(findings.of('CITATION', text, [], false))) return text;
      }
      throw new Error('no clean citation');
    };
    const steps = (r: Row, at: number, upTo: 'reviewed' | 'approved' | 'published') => {
      r.reviewed_by_id = rng.pick(reviewers).id;
      r.reviewed_at = new Date(at + DAY);
      r.status = 'SAFETY_REVIEWED';
      if (upTo === 'reviewed') return;
      r.approved_by_id = rng.pick(publishers).id;
      r.approved_at = new Date(at + 2 * DAY);
      r.status = 'APPROVED';
      if (upTo === 'approved') return;
      r.published_by_id = r.approved_by_id;
      r.published_at = new Date(at + 3 * DAY);
      r.status = 'PUBLISHED';
    };
    const featured = (r: Row, creatorIndex: number) => {
      const videoIds = featuredOf.get(creatorIndex) ?? [];
      recognitionFeatured.push({ recognitionId: r.id as string, videoIds: videoIds.slice(0, rng.int(1, 3)) });
    };

    // The hub: 10 published spotlights, ranks 1 to 10, of creators who pass every check.
    for (let rank = 1; rank <= hub.capacity; rank++) {
      const c = eligibleCreators[rank - 1] as CreatorPlan;
      const r = base(c, hub, hub.startsOn - 20 * DAY + rank * 3_600_000, cleanCitation(c));
      steps(r, hub.startsOn - 20 * DAY, 'published');
      r.rank = rank;
      recognitionFeatured.push({
        recognitionId: r.id as string,
        videoIds: featuredOf.get(creators.indexOf(c)) ?? [],
      });
      count('recognition');
      yield r;
    }
    // The contention drill: approved spotlights, more than the campaign has places for.
    let next = hub.capacity;
    for (const [round, campaign] of drillCampaigns.entries()) {
      for (let k = 0; k < drillPerRound; k++) {
        const c = eligibleCreators[next++] as CreatorPlan;
        const r = base(c, campaign, now - 10 * DAY + k * 60_000, cleanCitation(c));
        steps(r, now - 10 * DAY, 'approved');
        recognitionFeatured.push({
          recognitionId: r.id as string,
          videoIds: featuredOf.get(creators.indexOf(c)) ?? [],
        });
        drillRecognitions[round]?.push(r.id as string);
        count('recognition');
        yield r;
      }
    }
    // Everything else: every stage of the lifecycle, at most `capacity` published per campaign.
    const published = new Map<string, number>();
    const statuses = [
      'NOMINATED',
      'RETURNED_FOR_CHANGES',
      'REJECTED',
      'SAFETY_REVIEWED',
      'APPROVED',
      'SCHEDULED',
      'PUBLISHED',
      'WITHDRAWN',
    ];
    for (const { creator: index, campaign } of generalPairs) {
      const c = creators[index] as CreatorPlan;
      const at = campaign.startsOn - rng.int(5, 40) * DAY;
      const r = base(c, campaign, at, citation(c));
      let status = rng.weighted(statuses, [15, 5, 15, 8, 8, 4, 25, 20]);
      const taken = published.get(campaign.id) ?? 0;
      if (status === 'PUBLISHED' && taken >= campaign.capacity) status = 'WITHDRAWN';
      switch (status) {
        case 'RETURNED_FOR_CHANGES':
        case 'REJECTED':
          r.reviewed_by_id = rng.pick(reviewers).id;
          r.reviewed_at = new Date(at + DAY);
          r.reviewer_notes =
            status === 'REJECTED'
              ? 'Featured caption needs a help resource and a content note.'
              : 'Please soften the wording in the citation.';
          r.status = status;
          if (status === 'REJECTED') r.live_slot = null;
          break;
        case 'SAFETY_REVIEWED':
          steps(r, at, 'reviewed');
          break;
        case 'APPROVED':
          steps(r, at, 'approved');
          break;
        case 'SCHEDULED':
          steps(r, at, 'approved');
          r.status = 'SCHEDULED';
          r.scheduled_by_id = r.approved_by_id;
          // Far enough ahead that no scheduled publish fires during a run.
          r.scheduled_for = new Date(now + rng.int(60, 400) * DAY);
          r.scheduled_time_zone = 'Europe/London';
          break;
        case 'PUBLISHED':
          steps(r, at, 'published');
          published.set(campaign.id, taken + 1);
          r.rank = taken + 1;
          break;
        case 'WITHDRAWN':
          steps(r, at, 'published');
          r.status = 'WITHDRAWN';
          r.withdrawn_by_id = r.published_by_id;
          r.withdrawn_at = new Date(at + 20 * DAY);
          r.withdrawal_reason = 'The creator asked to be taken down.';
          r.live_slot = null;
          break;
        default:
          break;
      }
      featured(r, index);
      count('recognition');
      yield r;
    }
  };

  const featuredRows = function* (): Iterable<Row> {
    for (const { recognitionId, videoIds } of recognitionFeatured) {
      for (const videoId of new Set(videoIds)) {
        count('recognition_featured_video');
        yield { recognition_id: recognitionId, awareness_video_id: videoId };
      }
    }
  };

  const tables: TableRows[] = [
    { table: 'staff_user', rows: staffRows },
    { table: 'organisation', rows: organisationRows },
    { table: 'campaign', rows: campaignRows },
    { table: 'campaign_partner', rows: partnerRows },
    { table: 'programming_window', rows: windowRows },
    { table: 'ad_credit_grant', rows: grantRows },
    { table: 'crisis_resource', rows: resourceRows },
    { table: 'creator', rows: creatorRows },
    { table: 'awareness_video', rows: videoRows },
    { table: 'training_session', rows: sessionRows },
    { table: 'training_enrolment', rows: enrolmentRows },
    { table: 'recognition', rows: recognitionRows },
    { table: 'recognition_featured_video', rows: featuredRows },
  ];

  const special = new Set(eligibleCreators.map((c) => c.id));
  const writable = creators.filter((c) => !special.has(c.id) && c.active && !c.archived).map((c) => c.id);
  const facts: DatasetFacts = {
    hubSlug: hub.slug,
    hubRegion: 'GB',
    hubCapacity: hub.capacity,
    contention: drillCampaigns.map((c, i) => ({
      campaignId: c.id,
      capacity: c.capacity,
      recognitionIds: drillRecognitions[i] as string[],
    })),
    writableCreatorIds: rng.sample(writable, Math.min(4_000, writable.length)),
    search: { creatorsHit: 'calm', videosHit: 'routine', miss: 'zqxv' },
    topicFilter: Topic.EATING_DISORDERS,
    counts,
  };
  return { tables, facts };
}

function hashtagOf(slug: string): string {
  const occasion = CAMPAIGN_OCCASIONS.find((o) => slug.startsWith(o.key));
  return occasion?.hashtag ?? '#MentalHealthAwareness';
}
