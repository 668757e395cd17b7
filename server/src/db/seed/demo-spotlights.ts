/**
 * The spotlight side of the demo programme: three fictional staff accounts (for trying Beacon as a team,
 * never in production), and the recognitions they nominated, reviewed and published. In May 2023 the programme spotlighted 10 creators
 * for raising awareness, so the 2023 campaign has exactly 10 published spotlights; World Mental Health Day
 * 2022 has 3 published, with room left and a review queue (one of each waiting or decided state) for staff.
 *
 * Every step is taken by a different demo account (four eyes: the nominator never reviews, approves or
 * publishes), at fixed times in the campaign's month, in lifecycle order. The creators spotlighted pass every
 * eligibility check at `DEMO_NOW`; featured videos are picked from each creator's generated videos, so they
 * follow fictional-creators.ts whatever it generates.
 *
 * Citations follow the safe-messaging guidelines: no method details, no numbers of weight or calories,
 * hope and help framing, and a content note plus a help resource wherever one talks about a sensitive topic.
 */
import { RecognitionStatus } from '../../modules/recognitions/recognition.entity.js';
import { DEMO_STAFF_DOMAIN } from '../../modules/staff/demo-staff.js';
import { StaffRole } from '../../modules/staff/staff-role.js';
import type { VideoSeed } from './fictional-creators.js';
import { CAMPAIGN, type CampaignSlug, RESOURCES_LAST_VERIFIED_AT } from './programme-data.js';

/**
 * The fixed moment the demo programme describes (when staff last verified its crisis resources). The seeded
 * spotlights are eligible then; the dashboard checks against the real date.
 */
export const DEMO_NOW = RESOURCES_LAST_VERIFIED_AT;

// Staff --------------------------------------------------------------------------------------------------

export interface DemoStaffSeed {
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
}

/**
 * Fictional staff on a reserved domain, seeded with no password and no invitation. Outside production they
 * sign in with the configured demo password (modules/staff/demo-staff.ts); in production never.
 */
export const DEMO_STAFF = {
  editor: { email: `editor@${DEMO_STAFF_DOMAIN}`, displayName: 'Demo Editor', role: StaffRole.EDITOR },
  reviewer: {
    email: `reviewer@${DEMO_STAFF_DOMAIN}`,
    displayName: 'Demo Safety Reviewer',
    role: StaffRole.SAFETY_REVIEWER,
  },
  publisher: {
    email: `publisher@${DEMO_STAFF_DOMAIN}`,
    displayName: 'Demo Publisher',
    role: StaffRole.PUBLISHER,
  },
} as const satisfies Record<string, DemoStaffSeed>;

export type DemoStaffKey = keyof typeof DEMO_STAFF;

// Spotlights ---------------------------------------------------------------------------------------------

export interface SpotlightSeed {
  readonly campaign: CampaignSlug;
  readonly creatorHandle: string;
  readonly status: RecognitionStatus;
  /** Published spotlights only: their place in the campaign's hub, 1 first. */
  readonly rank: number | null;
  readonly citation: string;
  readonly nominatedAt: Date;
  /** The safety review's decision (sign-off, return or rejection); null while awaiting review. */
  readonly reviewedAt: Date | null;
  readonly reviewerNotes: string | null;
  readonly approvedAt: Date | null;
  readonly publishedAt: Date | null;
}

/** When each step was taken, oldest first: nominated, reviewed, approved, published (UTC). */
const trail = (
  ...steps: [nominated: string, reviewed?: string, approved?: string, published?: string]
): Pick<SpotlightSeed, 'nominatedAt' | 'reviewedAt' | 'approvedAt' | 'publishedAt'> => {
  const [nominated, reviewed, approved, published] = steps.map((at) => (at ? new Date(`${at}Z`) : null));
  return {
    nominatedAt: nominated as Date,
    reviewedAt: reviewed ?? null,
    approvedAt: approved ?? null,
    publishedAt: published ?? null,
  };
};

const { PUBLISHED, SAFETY_REVIEWED, NOMINATED, RETURNED_FOR_CHANGES, REJECTED } = RecognitionStatus;

const published = (
  campaign: CampaignSlug,
  rank: number,
  creatorHandle: string,
  steps: Parameters<typeof trail>,
  citation: string,
): SpotlightSeed => ({
  campaign,
  creatorHandle,
  status: PUBLISHED,
  rank,
  citation,
  reviewerNotes: null,
  ...trail(...steps),
});

const MAY_2023 = CAMPAIGN.awarenessMonth2023;
const OCT_2022 = CAMPAIGN.worldMentalHealthDay2022;

export const SPOTLIGHTS: readonly SpotlightSeed[] = [
  // Mental Health Awareness Month 2023: the 10 creators spotlighted, published in three rounds through May.
  published(
    MAY_2023,
    1,
    'calm.with.kai',
    ['2023-05-15T09:00', '2023-05-15T15:00', '2023-05-16T10:00', '2023-05-16T14:00'],
    'Kai turns anxious moments into small, doable steps: slow breathing, kinder boundaries and routines anyone can try. Throughout Mental Health Awareness Month, Kai reminded viewers that anxiety is very treatable, that asking for help is a strength, and that talking to a doctor is a good first step.',
  ),
  published(
    MAY_2023,
    2,
    'priya.unmasked',
    ['2023-05-15T09:30', '2023-05-15T15:30', '2023-05-16T10:15', '2023-05-16T14:05'],
    "Priya's doodles make late-diagnosed ADHD and anxiety easier to understand and easier to talk about. Warm, funny and honest, Priya's explainers help neurodivergent viewers feel seen, notice their own signs of overload and know that support is there when they need it.",
  ),
  published(
    MAY_2023,
    3,
    'gentle.steps.tane',
    ['2023-05-15T10:00', '2023-05-15T16:00', '2023-05-16T10:30', '2023-05-16T14:10'],
    "Tane shares coping skills, gentle routines and a lot of kindness from Aotearoa. Tane's videos show friends how to listen without judgement when someone opens up about a hard time, and always point viewers to support they can reach today. Recovery is possible, one gentle step at a time.",
  ),
  published(
    MAY_2023,
    4,
    'fed.and.free.fern',
    ['2023-05-19T09:00', '2023-05-19T14:00', '2023-05-22T10:00', '2023-05-22T14:00'],
    "Content note: this spotlight mentions eating-disorder recovery. Fern talks about recovery and food freedom gently, without numbers or behaviours, and always with hope. Fern's community is a kind place to start, and Fern reminds viewers that they do not have to wait until things feel serious enough: talk to your GP or an eating-disorder charity. Support is available, and recovery is possible.",
  ),
  published(
    MAY_2023,
    5,
    'the.grief.garden',
    ['2023-05-19T09:30', '2023-05-19T14:30', '2023-05-22T10:15', '2023-05-22T14:05'],
    'The Grief Garden shows what living alongside loss can look like: planting, tending and talking honestly about the people we miss. Gentle and never rushed, these videos remind grieving viewers that there is no right way to grieve, and that bereavement support is there whenever they want it.',
  ),
  published(
    MAY_2023,
    6,
    'sober.sunrise.sam',
    ['2023-05-22T09:00', '2023-05-22T15:00', '2023-05-23T10:00', '2023-05-24T14:00'],
    'Sam greets early risers with honest, hopeful talk about recovery from addiction, in English and French. With no shame and no labels, Sam shows that recovery looks different for everyone, celebrates small steps and points viewers to confidential support whenever they are ready.',
  ),
  published(
    MAY_2023,
    7,
    'ubuntu.minds',
    ['2023-05-22T09:30', '2023-05-22T15:30', '2023-05-23T10:15', '2023-05-24T14:05'],
    'Ubuntu Minds lives by its motto, I am because we are. Through community check-ins and shared resources, it shows that healing after trauma can happen together, that looking out for each other matters, and that asking for help is a natural, human thing to do.',
  ),
  published(
    MAY_2023,
    8,
    'outback.mind.jo',
    ['2023-05-26T18:00', '2023-05-29T10:00', '2023-05-29T15:00', '2023-05-30T14:00'],
    'Jo talks about country life, loneliness and looking out for your mates with warmth and plain speaking. This May, Jo showed viewers how to check in on a friend who seems low and where to find support at any hour, including Lifeline on 13 11 14. Reaching out is a strength, and Jo makes it easier.',
  ),
  published(
    MAY_2023,
    9,
    'counsellor.cam',
    ['2023-05-26T18:30', '2023-05-29T10:30', '2023-05-29T15:15', '2023-05-30T14:05'],
    "A school counsellor who explains mental health in plain language for students and parents. Cam's calm, practical videos on stress, checking in on friends and suicide prevention help families start conversations early and know that help is available, from a trusted adult or a doctor to a crisis line.",
  ),
  published(
    MAY_2023,
    10,
    'hope.lines.ada',
    ['2023-05-30T11:00', '2023-05-30T15:00', '2023-05-31T09:00', '2023-05-31T14:00'],
    'Ada shares lived experience of depression with honesty and hope, and has become a trusted voice for suicide prevention in Ireland. Ada shows viewers how to ask a friend "are you okay?" and mean it, and always ends with where to find help, including Samaritans on 116 123. People do get through hard times, and support helps.',
  ),

  // World Mental Health Day 2022: three published, and a review queue with room left in the campaign.
  published(
    OCT_2022,
    1,
    'mara_talks_grief',
    ['2022-10-06T12:00', '2022-10-07T10:00', '2022-10-07T15:00', '2022-10-10T08:00'],
    'Mara talks honestly about losing a parent and learning to live alongside grief. For World Mental Health Day, Mara helped viewers put words to their own loss, and reminded them that grief comes in waves, that it is okay to ask for help and that nobody has to carry it alone.',
  ),
  published(
    OCT_2022,
    2,
    'pharmacist.pia',
    ['2022-10-07T14:00', '2022-10-08T11:00', '2022-10-09T10:00', '2022-10-10T08:05'],
    'Pia, a pharmacist, brings clear and compassionate information about substance use and well-being to viewers in German and English. Pia explains harm reduction and recovery without shame, and shows viewers where to find confidential support for themselves or someone they love.',
  ),
  published(
    OCT_2022,
    3,
    'recovery.notes.ren',
    ['2022-10-21T16:00', '2022-10-24T10:00', '2022-10-24T15:00', '2022-10-25T09:00'],
    'Content note: this spotlight mentions eating-disorder recovery. Ren shares recovery notes with honesty and hope, and without numbers, ever. After training with eating-disorder experts for World Mental Health Day, Ren helped viewers see that recovery is possible and that it is never too early to talk to a doctor. Support is available.',
  ),
  {
    campaign: OCT_2022,
    creatorHandle: 'body.kind.bea',
    status: SAFETY_REVIEWED,
    rank: null,
    citation:
      'Content note: this spotlight mentions eating disorders. Bea makes body neutrality feel possible, with humour, kindness and no numbers, ever. Bea encourages viewers to thank their bodies for what they do, and to talk to a GP or someone they trust if food and eating feel hard. Support is available.',
    reviewerNotes: null,
    ...trail('2022-10-30T15:00', '2022-10-31T11:00'),
  },
  {
    campaign: OCT_2022,
    creatorHandle: 'campus.calm.cole',
    status: NOMINATED,
    rank: null,
    citation:
      'Cole helps students handle stress and look out for each other, with honest talk about rest, study pressure and asking for help early. Campus Calm made World Mental Health Day feel close to campus life, and reminds students that support is available through their college and beyond.',
    reviewerNotes: null,
    ...trail('2022-10-20T10:00'),
  },
  {
    campaign: OCT_2022,
    creatorHandle: 'quiet.strength.omar',
    status: RETURNED_FOR_CHANGES,
    rank: null,
    citation:
      "Omar opens up about men's mental health, depression and trauma, and shows other men that talking it through is a sign of strength, not weakness.",
    reviewerNotes: 'Please add a helpline to the citation.',
    ...trail('2022-10-29T12:00', '2022-10-31T09:30'),
  },
  {
    campaign: OCT_2022,
    creatorHandle: 'thandi.heals',
    status: REJECTED,
    rank: null,
    citation:
      'Thandi shares trauma recovery and community care with warmth, reminding viewers that healing is not linear and that nobody has to heal alone.',
    reviewerNotes:
      "The featured video shares a very recent bereavement, and the creator's own well-being comes first: let's not spotlight it in this campaign. Happy to look again at a later one.",
    ...trail('2022-10-29T10:00', '2022-10-31T10:00'),
  },
];

/** The first and last moments of a campaign's dates (UTC). */
export interface CampaignDates {
  readonly startsOn: string;
  readonly endsOn: string;
}

const MAX_FEATURED = 3;

/**
 * The videos a spotlight features: the creator's videos posted during the campaign before the nomination,
 * the latest three; failing that, the creator's latest video before the nomination. Empty only when the
 * creator had posted nothing by then (a mistake in the seed data).
 */
export function featuredVideosFor(
  seed: SpotlightSeed,
  dates: CampaignDates,
  videos: readonly VideoSeed[],
): VideoSeed[] {
  const from = new Date(`${dates.startsOn}T00:00:00Z`).getTime();
  const until = new Date(`${dates.endsOn}T00:00:00Z`).getTime() + 24 * 3_600_000;
  const before = videos
    .filter((v) => v.creatorHandle === seed.creatorHandle && v.publishedAt < seed.nominatedAt)
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  const during = before.filter((v) => v.publishedAt.getTime() >= from && v.publishedAt.getTime() < until);
  return (during.length > 0 ? during : before).slice(during.length > 0 ? -MAX_FEATURED : -1);
}
