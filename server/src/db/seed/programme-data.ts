/**
 * The real-world side of the demo programme: the three campaigns, the partner organisations, the 2023 ad-credit
 * grants, the training sessions and the crisis resources, as public reporting from 2021-2023 describes them
 * (docs/domain.md). Where the reporting gives no figure or name (the per-organisation grant split, who
 * facilitated a session, the weekly hub schedule) the demo value is illustrative, and the record says so.
 */
import { Topic } from '@beacon/shared';
import { ContactChannel } from '../../modules/crisis-resources/crisis-resource.entity.js';
import { GrantStatus } from '../../modules/grants/ad-credit-grant.entity.js';
import { OrganisationKind } from '../../modules/organisations/organisation.entity.js';
import {
  TrainingAudience,
  TrainingOccasion,
  TrainingTopic,
} from '../../modules/training/training-session.entity.js';

/**
 * When staff last verified the crisis resources, fixed so a resource's staleness reads the same on every
 * machine (and in tests) instead of depending on when the seed ran.
 */
export const RESOURCES_LAST_VERIFIED_AT = new Date('2026-10-01T00:00:00Z');

// Organisations ------------------------------------------------------------------------------------------

export const ORG = {
  allianceForEatingDisorders: 'Alliance for Eating Disorders',
  afsp: 'American Foundation for Suicide Prevention',
  crisisTextLine: 'Crisis Text Line',
  madeOfMillions: 'Made of Millions',
  nami: 'National Alliance on Mental Illness',
  neda: 'National Eating Disorders Association',
  peerHealthExchange: 'Peer Health Exchange',
  iasp: 'International Association for Suicide Prevention',
  liveForTomorrow: 'Live For Tomorrow',
  samaritansOfSingapore: 'Samaritans of Singapore',
  samaritans: 'Samaritans',
  yougov: 'YouGov',
  befrienders: 'Befrienders Worldwide',
  lifeline: 'Lifeline Australia',
  shout: 'Shout (Mental Health Innovations)',
} as const;

export type OrganisationName = (typeof ORG)[keyof typeof ORG];

export interface OrganisationSeed {
  readonly name: OrganisationName;
  readonly kind: OrganisationKind;
  readonly website: string;
  readonly description: string;
  readonly focusTopics: readonly Topic[];
  /** Empty for worldwide. */
  readonly regionsServed: readonly string[];
}

export const ORGANISATIONS: readonly OrganisationSeed[] = [
  {
    name: ORG.allianceForEatingDisorders,
    kind: OrganisationKind.NON_PROFIT,
    website: 'https://www.allianceforeatingdisorders.com',
    description:
      'Education, referrals and support for people living with eating disorders and their families, including free support groups. A 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [Topic.EATING_DISORDERS, Topic.BODY_IMAGE, Topic.PEER_SUPPORT],
    regionsServed: ['US'],
  },
  {
    name: ORG.afsp,
    kind: OrganisationKind.NON_PROFIT,
    website: 'https://afsp.org',
    description:
      'A national voluntary health organisation working to prevent suicide and support people affected by suicide loss. A 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.GRIEF, Topic.DEPRESSION],
    regionsServed: ['US'],
  },
  {
    name: ORG.crisisTextLine,
    kind: OrganisationKind.CRISIS_SERVICE,
    website: 'https://www.crisistextline.org',
    description:
      'Free, confidential text support around the clock from trained volunteer crisis counsellors. A 2021 well-being guides partner and a 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [
      Topic.SUICIDE_PREVENTION,
      Topic.SELF_HARM,
      Topic.ANXIETY,
      Topic.DEPRESSION,
      Topic.LONELINESS,
    ],
    regionsServed: ['US'],
  },
  {
    name: ORG.madeOfMillions,
    kind: OrganisationKind.NON_PROFIT,
    website: 'https://www.madeofmillions.com',
    description:
      'A global advocacy non-profit working to end mental-health stigma through art, media and technology. A 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [Topic.ANXIETY, Topic.DEPRESSION, Topic.GENERAL_WELLBEING],
    regionsServed: [],
  },
  {
    name: ORG.nami,
    kind: OrganisationKind.NON_PROFIT,
    website: 'https://www.nami.org',
    description:
      'A grassroots alliance of affiliates across the United States providing mental-health education, support and advocacy. A 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [Topic.GENERAL_WELLBEING, Topic.DEPRESSION, Topic.ANXIETY, Topic.PEER_SUPPORT],
    regionsServed: ['US'],
  },
  {
    name: ORG.neda,
    kind: OrganisationKind.NON_PROFIT,
    website: 'https://www.nationaleatingdisorders.org',
    description:
      'Support, resources and education for people affected by eating disorders. A 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [Topic.EATING_DISORDERS, Topic.BODY_IMAGE],
    regionsServed: ['US'],
  },
  {
    name: ORG.peerHealthExchange,
    kind: OrganisationKind.EDUCATION,
    website: 'https://www.peerhealthexchange.org',
    description:
      'Trains young people to teach their peers about mental health, sexual health and substance use. A 2023 Mental Health Media Education Fund recipient.',
    focusTopics: [Topic.GENERAL_WELLBEING, Topic.PEER_SUPPORT, Topic.SUBSTANCE_USE, Topic.STRESS],
    regionsServed: ['US'],
  },
  {
    name: ORG.iasp,
    kind: OrganisationKind.EXPERT_BODY,
    website: 'https://www.iasp.info',
    description:
      'The international professional association for suicide prevention research and practice; behind World Suicide Prevention Day. A 2021 well-being guides partner.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.SELF_HARM],
    regionsServed: [],
  },
  {
    name: ORG.liveForTomorrow,
    kind: OrganisationKind.NON_PROFIT,
    website: 'https://www.livefortomorrow.org',
    description: 'A youth mental-health non-profit. A 2021 well-being guides partner.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.PEER_SUPPORT, Topic.LONELINESS],
    regionsServed: [],
  },
  {
    name: ORG.samaritansOfSingapore,
    kind: OrganisationKind.CRISIS_SERVICE,
    website: 'https://www.sos.org.sg',
    description:
      'Confidential emotional support for people in crisis, thinking of suicide or affected by suicide, in Singapore. A 2021 well-being guides partner.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.SELF_HARM, Topic.GRIEF],
    regionsServed: ['SG'],
  },
  {
    name: ORG.samaritans,
    kind: OrganisationKind.CRISIS_SERVICE,
    website: 'https://www.samaritans.org',
    description:
      'Listens to anyone who is struggling to cope, day or night, across the UK and Ireland; publishes media guidelines on reporting suicide. A 2021 well-being guides partner.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.SELF_HARM, Topic.LONELINESS],
    regionsServed: ['GB', 'IE'],
  },
  {
    name: ORG.yougov,
    kind: OrganisationKind.RESEARCH,
    website: 'https://yougov.com',
    description:
      'An international research and polling company; ran survey research for the 2022 World Mental Health Day campaign.',
    focusTopics: [Topic.GENERAL_WELLBEING],
    regionsServed: [],
  },
  {
    name: ORG.befrienders,
    kind: OrganisationKind.CRISIS_SERVICE,
    website: 'https://www.befrienders.org',
    description:
      'A worldwide network of emotional support centres with a directory of helplines by country; the fallback where a region has no resource of its own.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.LONELINESS],
    regionsServed: [],
  },
  {
    name: ORG.lifeline,
    kind: OrganisationKind.CRISIS_SERVICE,
    website: 'https://www.lifeline.org.au',
    description: 'Crisis support and suicide prevention services for anyone in Australia, around the clock.',
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.SELF_HARM, Topic.LONELINESS],
    regionsServed: ['AU'],
  },
  {
    name: ORG.shout,
    kind: OrganisationKind.CRISIS_SERVICE,
    website: 'https://giveusashout.org',
    description:
      "Shout 85258, the UK's free, confidential text support service, run by the charity Mental Health Innovations.",
    focusTopics: [Topic.SUICIDE_PREVENTION, Topic.SELF_HARM, Topic.ANXIETY, Topic.DEPRESSION],
    regionsServed: ['GB'],
  },
];

/** The seven recipients of the 2023 Mental Health Media Education Fund. */
export const FUND_RECIPIENTS: readonly OrganisationName[] = [
  ORG.allianceForEatingDisorders,
  ORG.afsp,
  ORG.crisisTextLine,
  ORG.madeOfMillions,
  ORG.nami,
  ORG.neda,
  ORG.peerHealthExchange,
];

// Campaigns ----------------------------------------------------------------------------------------------

export const CAMPAIGN = {
  wellbeingGuides2021: 'wellbeing-guides-2021',
  worldMentalHealthDay2022: 'world-mental-health-day-2022',
  awarenessMonth2023: 'mental-health-awareness-month-2023',
} as const;

export type CampaignSlug = (typeof CAMPAIGN)[keyof typeof CAMPAIGN];

export interface ProgrammingWindowSeed {
  /** Unique within its campaign: the natural key of a window. */
  readonly title: string;
  readonly description: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
}

export interface CampaignSeed {
  readonly slug: CampaignSlug;
  readonly name: string;
  readonly hashtag: string;
  readonly theme: string;
  readonly description: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly spotlightCapacity: number;
  readonly partners: readonly OrganisationName[];
  readonly windows: readonly ProgrammingWindowSeed[];
}

/** The weekly updates of the 2023 hub: the reporting says "updated through May"; the weeks are illustrative. */
const HUB_UPDATES_2023: readonly ProgrammingWindowSeed[] = [
  ['Hub opens: understanding mental health', '2023-05-01', '2023-05-07'],
  ['Hub update: anxiety, stress and self-care', '2023-05-08', '2023-05-14'],
  ['Hub update: eating disorders and body image', '2023-05-15', '2023-05-21'],
  ['Hub update: suicide prevention and reaching out', '2023-05-22', '2023-05-28'],
  ['Hub update: peer support and what comes next', '2023-05-29', '2023-05-31'],
].map(([title, first, last]) => ({
  title: title as string,
  description:
    'Educational content from creators and partner organisations added to the #MentalHealthAwareness hub. Demo data: the weekly themes are illustrative.',
  startsAt: new Date(`${first}T00:00:00-04:00`),
  endsAt: new Date(`${last}T23:59:59-04:00`),
  timeZone: 'America/New_York',
}));

export const CAMPAIGNS: readonly CampaignSeed[] = [
  {
    slug: CAMPAIGN.wellbeingGuides2021,
    name: 'Well-being guides 2021',
    hashtag: '#WorldSuicidePreventionDay',
    theme: 'Supporting people who share their personal experiences to raise awareness, safely.',
    description:
      'In September 2021 the platform published well-being guides for people sharing their personal experiences, built with the International Association for Suicide Prevention, Crisis Text Line, Live For Tomorrow, Samaritans of Singapore and Samaritans (UK), alongside curated in-app programming from partner organisations from 10 to 16 September. Policy stays clear: no content that promotes, glorifies or normalises suicide, self-harm or eating disorders, while people who share their experiences to raise awareness are supported.',
    startsOn: '2021-09-01',
    endsOn: '2021-09-30',
    spotlightCapacity: 10,
    partners: [ORG.iasp, ORG.crisisTextLine, ORG.liveForTomorrow, ORG.samaritansOfSingapore, ORG.samaritans],
    windows: [
      {
        title: 'Curated in-app programming from partner organisations',
        description:
          'Partner organisations share curated programming in the app from World Suicide Prevention Day (10 September) to 16 September.',
        startsAt: new Date('2021-09-10T00:00:00Z'),
        endsAt: new Date('2021-09-16T23:59:59Z'),
        timeZone: 'UTC',
      },
    ],
  },
  {
    slug: CAMPAIGN.worldMentalHealthDay2022,
    name: 'World Mental Health Day 2022: Mental Well-Being Comes First',
    hashtag: '#WorldMentalHealthDay',
    theme: 'Mental well-being comes first.',
    description:
      'For World Mental Health Day (10 October 2022) the "Mental Well-Being Comes First" campaign brought creators together with mental-health experts, who trained them to talk about sensitive topics such as grief and eating-disorder recovery. Campaign content links to the well-being guides in the app, and survey research with YouGov informed it.',
    startsOn: '2022-10-01',
    endsOn: '2022-10-31',
    spotlightCapacity: 10,
    partners: [ORG.yougov, ORG.afsp, ORG.neda],
    windows: [
      {
        title: 'World Mental Health Day programming',
        description: 'Creator content and links to the in-app well-being guides on World Mental Health Day.',
        startsAt: new Date('2022-10-10T00:00:00Z'),
        endsAt: new Date('2022-10-10T23:59:59Z'),
        timeZone: 'UTC',
      },
    ],
  },
  {
    slug: CAMPAIGN.awarenessMonth2023,
    name: 'Mental Health Awareness Month 2023',
    hashtag: '#MentalHealthAwareness',
    theme: 'A #MentalHealthAwareness hub with educational content from creators and organisations.',
    description:
      'For Mental Health Awareness Month (May 2023) a #MentalHealthAwareness hub, reached from the hashtag page, was updated through May with educational content from creators and organisations. A Mental Health Media Education Fund gave over $2 million in ad credits to seven organisations, training sessions equipped partner organisations for critical moments such as World Mental Health Day and the back-to-school season, and 10 creators were spotlighted for raising awareness.',
    startsOn: '2023-05-01',
    endsOn: '2023-05-31',
    spotlightCapacity: 10,
    partners: FUND_RECIPIENTS,
    windows: HUB_UPDATES_2023,
  },
];

// Ad-credit grants ---------------------------------------------------------------------------------------

export interface GrantSeed {
  readonly organisation: OrganisationName;
  readonly campaign: CampaignSlug;
  readonly amountMinor: number;
  readonly currency: string;
  readonly status: GrantStatus;
  readonly illustrative: boolean;
  readonly note: string;
}

/** US$2,100,000.00 in cents: "over $2 million", split equally because no split was published. */
export const FUND_TOTAL_MINOR = 210_000_000;

const GRANT_NOTE =
  'Illustrative: the 2023 Mental Health Media Education Fund gave over $2 million in ad credits to seven organisations, but no per-organisation split was published. This equal share (US$300,000 of an assumed US$2.1 million) is demo data, not a reported figure.';

export const GRANTS: readonly GrantSeed[] = FUND_RECIPIENTS.map((organisation, index) => ({
  organisation,
  campaign: CAMPAIGN.awarenessMonth2023,
  amountMinor: FUND_TOTAL_MINOR / FUND_RECIPIENTS.length,
  currency: 'USD',
  // Two still allocated, so the dashboard shows more than one status.
  status: index % 3 === 2 ? GrantStatus.ALLOCATED : GrantStatus.DISBURSED,
  illustrative: true,
  note: GRANT_NOTE,
}));

// Crisis resources ---------------------------------------------------------------------------------------

export interface CrisisResourceSeed {
  readonly name: string;
  readonly organisationName: string;
  readonly contacts: readonly {
    readonly channel: ContactChannel;
    readonly value: string;
    readonly instructions: string | null;
  }[];
  readonly regions: readonly string[];
  readonly isGlobal: boolean;
  readonly topics: readonly Topic[];
  readonly hours: string;
  readonly languages: readonly string[];
}

export const CRISIS_RESOURCES: readonly CrisisResourceSeed[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    organisationName: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    contacts: [
      { channel: ContactChannel.CALL, value: '988', instructions: 'Call 988' },
      { channel: ContactChannel.TEXT, value: '988', instructions: 'Text 988' },
      { channel: ContactChannel.WEB, value: 'https://988lifeline.org', instructions: null },
    ],
    regions: ['US'],
    isGlobal: false,
    topics: [],
    hours: '24/7',
    languages: ['en', 'es'],
  },
  {
    name: 'Crisis Text Line',
    organisationName: ORG.crisisTextLine,
    contacts: [
      { channel: ContactChannel.TEXT, value: '741741', instructions: 'Text HOME to 741741' },
      { channel: ContactChannel.WEB, value: 'https://www.crisistextline.org', instructions: null },
    ],
    regions: ['US'],
    isGlobal: false,
    topics: [],
    hours: '24/7',
    languages: ['en'],
  },
  {
    name: 'Samaritans',
    organisationName: ORG.samaritans,
    contacts: [
      { channel: ContactChannel.CALL, value: '116 123', instructions: 'Call 116 123, free from any phone' },
      { channel: ContactChannel.WEB, value: 'https://www.samaritans.org', instructions: null },
    ],
    regions: ['GB', 'IE'],
    isGlobal: false,
    topics: [],
    hours: '24/7',
    languages: ['en'],
  },
  {
    name: 'Shout',
    organisationName: 'Mental Health Innovations',
    contacts: [
      { channel: ContactChannel.TEXT, value: '85258', instructions: 'Text SHOUT to 85258' },
      { channel: ContactChannel.WEB, value: 'https://giveusashout.org', instructions: null },
    ],
    regions: ['GB'],
    isGlobal: false,
    topics: [],
    hours: '24/7',
    languages: ['en'],
  },
  {
    name: 'Samaritans of Singapore',
    organisationName: ORG.samaritansOfSingapore,
    contacts: [
      { channel: ContactChannel.CALL, value: '1767', instructions: 'Call 1767' },
      { channel: ContactChannel.WEB, value: 'https://www.sos.org.sg', instructions: null },
    ],
    regions: ['SG'],
    isGlobal: false,
    topics: [],
    hours: '24/7',
    languages: ['en'],
  },
  {
    name: 'Lifeline',
    organisationName: ORG.lifeline,
    contacts: [
      { channel: ContactChannel.CALL, value: '13 11 14', instructions: 'Call 13 11 14' },
      { channel: ContactChannel.WEB, value: 'https://www.lifeline.org.au', instructions: null },
    ],
    regions: ['AU'],
    isGlobal: false,
    topics: [],
    hours: '24/7',
    languages: ['en'],
  },
  {
    name: 'Befrienders Worldwide helpline directory',
    organisationName: ORG.befrienders,
    contacts: [
      {
        channel: ContactChannel.WEB,
        value: 'https://www.befrienders.org',
        instructions: 'Find a helpline in your country',
      },
    ],
    regions: [],
    isGlobal: true,
    topics: [],
    hours: 'Varies by helpline',
    languages: ['en'],
  },
];

// Training -----------------------------------------------------------------------------------------------

export interface TrainingSessionSeed {
  /** Unique: the natural key of a session. */
  readonly title: string;
  readonly description: string;
  readonly topic: TrainingTopic;
  readonly facilitator: OrganisationName | null;
  readonly audience: TrainingAudience;
  readonly occasion: TrainingOccasion;
  readonly campaign: CampaignSlug | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly capacity: number;
}

export const SESSION = {
  safeMessaging2022: 'Safe messaging about suicide for creators (World Suicide Prevention Day 2022)',
  grief2022: 'Talking about grief and loss (World Mental Health Day 2022)',
  eatingDisorderRecovery2022: 'Sharing eating-disorder recovery safely (World Mental Health Day 2022)',
  safeMessaging2023: 'Safe messaging about suicide for creators (Mental Health Awareness Month 2023)',
  crisisResponse2023: 'When a viewer reaches out: responding to disclosures (May 2023)',
  creatorWellbeing2023: 'Looking after yourself as an awareness creator (May 2023)',
  backToSchool2023: 'Preparing for back-to-school: partner readiness (August 2023)',
  worldMentalHealthDay2023: 'Preparing for World Mental Health Day: partner readiness (September 2023)',
  safeMessaging2026: 'Safe messaging about suicide: annual refresher for creators (March 2026)',
  safeMessaging2026Apac:
    'Safe messaging about suicide: annual refresher for creators, Asia-Pacific (March 2026)',
} as const;

export type SessionTitle = (typeof SESSION)[keyof typeof SESSION];

/** Who facilitated each session is not in the public reporting: the facilitators are illustrative. */
export const TRAINING_SESSIONS: readonly TrainingSessionSeed[] = [
  {
    title: SESSION.safeMessaging2022,
    description:
      'Safe-messaging guidelines for talking about suicide: no method or location details, "died by suicide" rather than stigmatising words, a content warning first, a help resource always, and hope and recovery in every story.',
    topic: TrainingTopic.SAFE_MESSAGING_SUICIDE,
    facilitator: ORG.iasp,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.WORLD_SUICIDE_PREVENTION_DAY,
    campaign: null,
    startsAt: new Date('2022-09-06T15:00:00Z'),
    endsAt: new Date('2022-09-06T17:00:00Z'),
    timeZone: 'Europe/London',
    capacity: 40,
  },
  {
    title: SESSION.grief2022,
    description:
      'Creators meet mental-health experts to talk about grief and loss: sharing your own story, supporting viewers who are grieving, and pointing people to bereavement support.',
    topic: TrainingTopic.GRIEF,
    facilitator: ORG.afsp,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
    campaign: CAMPAIGN.worldMentalHealthDay2022,
    startsAt: new Date('2022-10-04T16:00:00Z'),
    endsAt: new Date('2022-10-04T18:00:00Z'),
    timeZone: 'America/New_York',
    capacity: 30,
  },
  {
    title: SESSION.eatingDisorderRecovery2022,
    description:
      'Talking about eating-disorder recovery with care: no numbers, no behaviours, no before-and-after framing; focus on feelings, support and recovery.',
    topic: TrainingTopic.EATING_DISORDER_RECOVERY,
    facilitator: ORG.neda,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
    campaign: CAMPAIGN.worldMentalHealthDay2022,
    startsAt: new Date('2022-10-05T16:00:00Z'),
    endsAt: new Date('2022-10-05T18:00:00Z'),
    timeZone: 'America/New_York',
    capacity: 30,
  },
  {
    title: SESSION.safeMessaging2023,
    description:
      'The safe-messaging guidelines again, ahead of the #MentalHealthAwareness hub: what to say, what never to show, and how to name a help resource for your audience.',
    topic: TrainingTopic.SAFE_MESSAGING_SUICIDE,
    facilitator: ORG.afsp,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.MENTAL_HEALTH_AWARENESS_MONTH,
    campaign: CAMPAIGN.awarenessMonth2023,
    startsAt: new Date('2023-04-18T16:00:00Z'),
    endsAt: new Date('2023-04-18T18:00:00Z'),
    timeZone: 'America/New_York',
    capacity: 50,
  },
  {
    title: SESSION.crisisResponse2023,
    description:
      'What to do when a viewer tells you they are in crisis in comments, a live or a message: respond calmly, share a crisis resource for their region and report it to the platform.',
    topic: TrainingTopic.CRISIS_RESPONSE,
    facilitator: ORG.crisisTextLine,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.MENTAL_HEALTH_AWARENESS_MONTH,
    campaign: CAMPAIGN.awarenessMonth2023,
    startsAt: new Date('2023-05-09T17:00:00Z'),
    endsAt: new Date('2023-05-09T18:30:00Z'),
    timeZone: 'America/New_York',
    capacity: 40,
  },
  {
    title: SESSION.creatorWellbeing2023,
    description:
      "Boundaries, breaks and support for creators who talk about mental health: looking after your own well-being while you look out for your audience's.",
    topic: TrainingTopic.CREATOR_WELLBEING,
    facilitator: ORG.madeOfMillions,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.MENTAL_HEALTH_AWARENESS_MONTH,
    campaign: CAMPAIGN.awarenessMonth2023,
    startsAt: new Date('2023-05-23T17:00:00Z'),
    endsAt: new Date('2023-05-23T18:30:00Z'),
    timeZone: 'America/New_York',
    capacity: 40,
  },
  {
    title: SESSION.backToSchool2023,
    description:
      'Equips partner organisations for the back-to-school season: planning content for students and parents, using the ad credits, and making sure every post points to help.',
    topic: TrainingTopic.CAMPAIGN_READINESS,
    facilitator: ORG.peerHealthExchange,
    audience: TrainingAudience.PARTNER_ORGANISATIONS,
    occasion: TrainingOccasion.BACK_TO_SCHOOL,
    campaign: CAMPAIGN.awarenessMonth2023,
    startsAt: new Date('2023-08-15T17:00:00Z'),
    endsAt: new Date('2023-08-15T19:00:00Z'),
    timeZone: 'America/New_York',
    capacity: 15,
  },
  {
    title: SESSION.worldMentalHealthDay2023,
    description:
      'Equips partner organisations for World Mental Health Day (10 October): content planning, live programming and the crisis resources to show beside sensitive posts.',
    topic: TrainingTopic.CAMPAIGN_READINESS,
    facilitator: ORG.nami,
    audience: TrainingAudience.PARTNER_ORGANISATIONS,
    occasion: TrainingOccasion.WORLD_MENTAL_HEALTH_DAY,
    campaign: CAMPAIGN.awarenessMonth2023,
    startsAt: new Date('2023-09-26T17:00:00Z'),
    endsAt: new Date('2023-09-26T19:00:00Z'),
    timeZone: 'America/New_York',
    capacity: 15,
  },
  {
    title: SESSION.safeMessaging2026,
    description:
      'The annual safe-messaging refresher every spotlighted creator needs within the last 12 months: the guidelines, what the safe-messaging check looks for, and how to write captions that open with a content warning and name a help resource.',
    topic: TrainingTopic.SAFE_MESSAGING_SUICIDE,
    facilitator: ORG.samaritans,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.ONGOING,
    campaign: null,
    startsAt: new Date('2026-03-10T14:00:00Z'),
    endsAt: new Date('2026-03-10T16:00:00Z'),
    timeZone: 'Europe/London',
    capacity: 40,
  },
  {
    title: SESSION.safeMessaging2026Apac,
    description:
      'The annual safe-messaging refresher, held at a time that suits creators in Asia and the Pacific.',
    topic: TrainingTopic.SAFE_MESSAGING_SUICIDE,
    facilitator: ORG.samaritansOfSingapore,
    audience: TrainingAudience.CREATORS,
    occasion: TrainingOccasion.ONGOING,
    campaign: null,
    startsAt: new Date('2026-03-12T02:00:00Z'),
    endsAt: new Date('2026-03-12T04:00:00Z'),
    timeZone: 'Asia/Singapore',
    capacity: 20,
  },
];

/** Partner sessions are taken by the seven fund organisations; one of them missed each (illustrative). */
export interface OrganisationEnrolmentSeed {
  readonly session: SessionTitle;
  readonly organisation: OrganisationName;
  readonly attended: boolean;
  readonly completed: boolean;
}

export const ORGANISATION_ENROLMENTS: readonly OrganisationEnrolmentSeed[] = [
  SESSION.backToSchool2023,
  SESSION.worldMentalHealthDay2023,
].flatMap((session, s) =>
  FUND_RECIPIENTS.filter((organisation) => organisation !== sessionFacilitator(session)).map(
    (organisation, o) => {
      const missed = o === (s === 0 ? 3 : 1);
      return { session, organisation, attended: !missed, completed: !missed };
    },
  ),
);

function sessionFacilitator(title: SessionTitle): OrganisationName | null {
  return TRAINING_SESSIONS.find((s) => s.title === title)?.facilitator ?? null;
}
