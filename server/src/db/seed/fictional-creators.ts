/**
 * The fictional side of the demo programme: creators (never a real person's name or handle; profiles live on
 * the example domain), their awareness videos generated from caption templates, and their training
 * enrolments. Generation uses a fixed-seed PRNG, so every machine gets the same programme.
 *
 * Captions follow the safe-messaging guidelines: a video on a sensitive topic opens with a content warning
 * and names a help resource for the creator's region; none gives method details, weights or calorie counts,
 * and every one frames the topic with hope and recovery.
 */
import { ContentStrategy, deriveAdvisory, Topic } from '@beacon/shared';
import { ConsentScope, CreatorStatus } from '../../modules/creators/creator.entity.js';
import { mulberry32 } from './prng.js';
import {
  CAMPAIGN,
  type CampaignSlug,
  SESSION,
  type SessionTitle,
  TRAINING_SESSIONS,
} from './programme-data.js';

/** Clearly fictional: no real platform serves these profiles. */
export const PROFILE_ORIGIN = 'https://www.example-video.app';

export const profileUrl = (handle: string): string => `${PROFILE_ORIGIN}/@${handle}`;

export interface CreatorSeed {
  readonly handle: string;
  readonly displayName: string;
  readonly bio: string;
  readonly region: string;
  readonly languages: readonly string[];
  readonly topics: readonly Topic[];
  readonly followerCount: number;
  readonly consent: {
    readonly givenAt: Date;
    readonly scope: ConsentScope;
    readonly withdrawnAt: Date | null;
  } | null;
  readonly status: CreatorStatus;
}

const T = Topic;
const { SPOTLIGHT, SPOTLIGHT_AND_PROMOTION } = ConsentScope;

const consented = (givenOn: string, scope: ConsentScope, withdrawnOn?: string) => ({
  givenAt: new Date(`${givenOn}T12:00:00Z`),
  scope,
  withdrawnAt: withdrawnOn ? new Date(`${withdrawnOn}T12:00:00Z`) : null,
});

type Row = [
  handle: string,
  displayName: string,
  bio: string,
  region: string,
  languages: string[],
  topics: Topic[],
  followerCount: number,
  consent: CreatorSeed['consent'],
  status?: CreatorStatus,
];

// biome-ignore format: one creator a line reads best.
const CREATOR_ROWS: readonly Row[] = [
  ['calm.with.kai', 'Calm with Kai', 'Breathing, boundaries and small routines for anxious brains. Not a therapist, just someone who practises.', 'US', ['en'], [T.ANXIETY, T.STRESS, T.SELF_CARE], 842_000, consented('2023-04-03', SPOTLIGHT_AND_PROMOTION)],
  ['mara_talks_grief', 'Mara Talks Grief', 'Talking honestly about losing my dad and learning to live alongside grief.', 'GB', ['en'], [T.GRIEF, T.PEER_SUPPORT], 312_500, consented('2023-04-05', SPOTLIGHT)],
  ['recovery.notes.ren', 'Recovery Notes with Ren', 'Eating-disorder recovery, without numbers. Recovery is possible.', 'US', ['en'], [T.EATING_DISORDERS, T.BODY_IMAGE], 567_000, consented('2023-04-11', SPOTLIGHT)],
  ['sober.sunrise.sam', 'Sober Sunrise Sam', 'Peer support, early mornings and honest talk about recovery from addiction.', 'CA', ['en', 'fr'], [T.SUBSTANCE_USE, T.PEER_SUPPORT], 198_400, consented('2023-04-12', SPOTLIGHT_AND_PROMOTION)],
  ['hope.lines.ada', 'Hope Lines with Ada', 'Suicide prevention advocate: lived experience, hope and where to find help.', 'IE', ['en', 'ga'], [T.SUICIDE_PREVENTION, T.DEPRESSION, T.PEER_SUPPORT], 421_000, consented('2023-04-02', SPOTLIGHT)],
  ['gentle.steps.tane', 'Gentle Steps with Tane', 'Self-harm recovery, coping skills and kindness, from Aotearoa.', 'NZ', ['en', 'mi'], [T.SELF_HARM, T.SELF_CARE], 143_200, consented('2023-04-20', SPOTLIGHT)],
  ['wellness.with.wei', 'Wellness with Wei', 'Study stress, sleep and staying kind to yourself in a busy city.', 'SG', ['en', 'zh'], [T.STRESS, T.ANXIETY, T.SELF_CARE], 276_800, consented('2023-04-08', SPOTLIGHT_AND_PROMOTION)],
  ['outback.mind.jo', 'Outback Mind', 'Country life, loneliness and looking out for your mates.', 'AU', ['en'], [T.LONELINESS, T.DEPRESSION, T.SUICIDE_PREVENTION], 389_000, consented('2023-04-14', SPOTLIGHT)],
  ['priya.unmasked', 'Priya Unmasked', 'Late-diagnosed ADHD and anxiety, explained with doodles.', 'IN', ['en', 'hi'], [T.NEURODIVERSITY, T.ANXIETY], 655_000, consented('2023-04-09', SPOTLIGHT)],
  ['thandi.heals', 'Thandi Heals', 'Trauma recovery and community care. Healing is not linear.', 'ZA', ['en', 'zu'], [T.TRAUMA, T.PEER_SUPPORT], 233_000, consented('2023-04-17', SPOTLIGHT_AND_PROMOTION)],
  ['lena.atmet', 'Lena atmet', 'Depression, therapy and slow living, in German and English.', 'DE', ['de', 'en'], [T.DEPRESSION, T.GENERAL_WELLBEING], 184_500, consented('2023-04-06', SPOTLIGHT, '2025-06-02')],
  ['body.kind.bea', 'Body Kind Bea', 'Body neutrality and eating-disorder awareness. No numbers, ever.', 'GB', ['en'], [T.BODY_IMAGE, T.EATING_DISORDERS], 298_000, consented('2023-04-21', SPOTLIGHT)],
  ['the.grief.garden', 'The Grief Garden', 'Growing things after loss: gardening, grief and gentle company.', 'US', ['en'], [T.GRIEF, T.SELF_CARE], 512_000, consented('2022-09-28', SPOTLIGHT_AND_PROMOTION)],
  ['teen.talk.tomas', 'Teen Talk with Tomás', 'Bullying, anxiety and school stress, in English and Spanish.', 'US', ['en', 'es'], [T.BULLYING, T.ANXIETY, T.STRESS], 731_000, consented('2023-04-04', SPOTLIGHT)],
  ['quiet.strength.omar', 'Quiet Strength', "Men's mental health, trauma and talking it through.", 'GB', ['en', 'ar'], [T.TRAUMA, T.DEPRESSION], 164_900, consented('2023-04-19', SPOTLIGHT)],
  ['survivor.stories.sol', 'Survivor Stories', 'Stories of getting through a suicidal crisis and finding hope, and where to find help.', 'AU', ['en'], [T.SUICIDE_PREVENTION, T.PEER_SUPPORT], 207_300, consented('2023-04-13', SPOTLIGHT)],
  ['healing.out.loud.ivy', 'Healing Out Loud', 'Self-harm and trauma recovery, shared safely.', 'US', ['en'], [T.SELF_HARM, T.TRAUMA], 344_100, consented('2023-04-10', SPOTLIGHT_AND_PROMOTION)],
  ['mindful.moana', 'Mindful Moana', 'Ocean walks, breathing and everyday well-being.', 'NZ', ['en', 'mi'], [T.SELF_CARE, T.GENERAL_WELLBEING, T.STRESS], 121_600, consented('2023-04-24', SPOTLIGHT)],
  ['chai.and.check.ins', 'Chai and Check-ins', 'Weekly check-ins over chai: loneliness, friendship and asking for help.', 'IN', ['en', 'ta'], [T.LONELINESS, T.PEER_SUPPORT], 402_700, consented('2023-04-07', SPOTLIGHT)],
  ['counsellor.cam', 'Counsellor Cam', 'A school counsellor explaining mental health for students and parents.', 'CA', ['en', 'fr'], [T.SUICIDE_PREVENTION, T.SELF_HARM, T.STRESS], 588_200, consented('2023-04-01', SPOTLIGHT_AND_PROMOTION)],
  ['nurse.niamh.explains', 'Nurse Niamh Explains', 'A mental-health nurse on eating disorders, substance use and getting support.', 'IE', ['en'], [T.EATING_DISORDERS, T.SUBSTANCE_USE], 276_400, consented('2023-04-16', SPOTLIGHT)],
  ['dad.feelings.dan', 'Dad Feelings', 'A dad talking about depression, loneliness and grief so other dads can too.', 'GB', ['en'], [T.DEPRESSION, T.LONELINESS, T.GRIEF], 96_300, null],
  ['study.calm.mei', 'Study Calm', 'Exam stress, burnout and rest for students.', 'SG', ['en', 'zh', 'ms'], [T.STRESS, T.ANXIETY], 318_900, consented('2023-04-22', SPOTLIGHT)],
  ['adhd.atlas', 'ADHD Atlas', 'Maps for neurodivergent brains: focus, feelings and burnout.', 'DE', ['de', 'en'], [T.NEURODIVERSITY, T.STRESS], 209_000, null],
  ['ubuntu.minds', 'Ubuntu Minds', 'I am because we are: peer support and community care.', 'ZA', ['en', 'xh'], [T.PEER_SUPPORT, T.GENERAL_WELLBEING, T.TRAUMA], 157_800, consented('2023-04-18', SPOTLIGHT)],
  ['one.day.clean.leo', 'One Day Clean', 'Recovery from addiction, one day at a time.', 'US', ['en'], [T.SUBSTANCE_USE, T.PEER_SUPPORT], 263_300, consented('2023-04-15', SPOTLIGHT_AND_PROMOTION)],
  ['kindness.club.kez', 'Kindness Club', 'Kindness challenges against bullying and loneliness.', 'AU', ['en'], [T.BULLYING, T.LONELINESS], 446_000, consented('2023-04-23', SPOTLIGHT)],
  ['art.therapy.ines', 'Art Therapy with Inés', 'Art and creativity for healing, in Spanish and English.', 'US', ['es', 'en'], [T.TRAUMA, T.SELF_CARE, T.ANXIETY], 191_700, consented('2023-04-25', SPOTLIGHT)],
  ['breathe.with.bo', 'Breathe with Bo', 'Short breathing breaks for anxious days.', 'CA', ['en'], [T.ANXIETY, T.SELF_CARE], 973_000, consented('2023-04-26', SPOTLIGHT_AND_PROMOTION)],
  ['fed.and.free.fern', 'Fed and Free', 'Eating-disorder recovery and food freedom, gently.', 'GB', ['en'], [T.EATING_DISORDERS, T.BODY_IMAGE, T.PEER_SUPPORT], 232_600, consented('2023-04-27', SPOTLIGHT)],
  ['loss.and.light.lu', 'Loss and Light', 'Bereaved by suicide: talking about loss, love and finding light again.', 'NZ', ['en'], [T.GRIEF, T.SUICIDE_PREVENTION], 118_400, consented('2023-04-28', SPOTLIGHT)],
  ['campus.calm.cole', 'Campus Calm', 'Student life, stress and looking out for each other.', 'US', ['en'], [T.STRESS, T.SUICIDE_PREVENTION, T.PEER_SUPPORT], 354_000, consented('2023-04-29', SPOTLIGHT)],
  ['pharmacist.pia', 'Pharmacist Pia', 'A pharmacist on substance use, harm reduction and well-being.', 'DE', ['de', 'en'], [T.SUBSTANCE_USE, T.GENERAL_WELLBEING], 139_500, consented('2023-04-30', SPOTLIGHT)],
  ['slow.mornings.sia', 'Slow Mornings', 'Gentle routines for low days and depression.', 'IN', ['en', 'hi'], [T.DEPRESSION, T.SELF_CARE], 287_600, consented('2023-05-02', SPOTLIGHT)],
  ['quick.fix.quinn', 'Quick Fix Quinn', 'Wellness tips.', 'US', ['en'], [T.GENERAL_WELLBEING], 48_200, null, CreatorStatus.SUSPENDED],
  ['glow.vibes.vic', 'Glow Vibes', 'Positivity and self-care.', 'GB', ['en'], [T.SELF_CARE, T.BODY_IMAGE], 61_000, consented('2023-04-12', SPOTLIGHT), CreatorStatus.SUSPENDED],
];

export const CREATORS: readonly CreatorSeed[] = CREATOR_ROWS.map(
  ([handle, displayName, bio, region, languages, topics, followerCount, consent, status]) => ({
    handle,
    displayName,
    bio,
    region,
    languages,
    topics,
    followerCount,
    consent,
    status: status ?? CreatorStatus.ACTIVE,
  }),
);

// Videos ---------------------------------------------------------------------------------------------------

interface VideoTemplate {
  readonly strategy: ContentStrategy;
  readonly topics: readonly Topic[];
  readonly titles: readonly string[];
  readonly body: string;
  readonly hashtags: readonly string[];
  /** Ties the template to one campaign's dates; otherwise the campaign is drawn by weight. */
  readonly campaign?: CampaignSlug;
  /** Lives and long conversations run longer than a short video. */
  readonly long?: boolean;
}

const S = ContentStrategy;

const TEMPLATES: readonly VideoTemplate[] = [
  // Educational
  {
    strategy: S.EDUCATIONAL,
    topics: [T.SUICIDE_PREVENTION],
    titles: ['How to check in on a friend who seems low', 'Asking "are you okay?" and meaning it'],
    body: 'What I learned in safe-messaging training: if you are worried about someone, ask them directly and calmly how they are doing, listen without judging, and help them connect with support. Asking about suicide does not put the idea in their head; it tells them they can talk to you. People do get through hard times, and support helps.',
    hashtags: ['suicideprevention', 'youarenotalone'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.EATING_DISORDERS, T.BODY_IMAGE],
    titles: ['Eating disorder myths, gently busted', 'You cannot tell by looking'],
    body: 'Eating disorders affect people of every age, gender, body size and background, and you cannot tell by looking at someone. They are serious illnesses, not a choice or a phase. Recovery is possible, and reaching out early makes a real difference.',
    hashtags: ['edawareness', 'recoveryispossible'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.SUBSTANCE_USE],
    titles: ['What harm reduction actually means', 'Talking about substance use without shame'],
    body: "Harm reduction means meeting people where they are, with respect and without shame. Whatever someone's relationship with alcohol or drugs looks like right now, they deserve care, accurate information and a way back to support whenever they want it.",
    hashtags: ['harmreduction', 'recoveryispossible'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.ANXIETY, T.STRESS],
    titles: ['What a panic attack feels like, and what helps', 'Your nervous system, explained simply'],
    body: "Anxiety is your body's alarm going off when there is no fire. Slow breathing, noticing what you can see and hear around you, and reminding yourself that the feeling will pass can all help in the moment. If anxiety is getting in the way of your life, talk to a doctor: it is very treatable.",
    hashtags: ['anxietyhelp', 'mentalhealthmatters'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.GRIEF],
    titles: ['There is no right way to grieve', 'Grief comes in waves'],
    body: 'Grief is not a checklist of stages you finish. It comes in waves, it changes shape over time, and it can show up in your body as well as your mind. Be gentle with yourself, and let the people around you help.',
    hashtags: ['griefsupport', 'grief'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.SELF_HARM],
    titles: ['Understanding self-harm without judgement', 'What to say if a friend tells you they self-harm'],
    body: 'Self-harm is usually a way of coping with feelings that are too big to hold, not attention seeking. If someone trusts you with it, stay calm, listen, thank them for telling you and help them find support. People do recover, and kindness is where it starts.',
    hashtags: ['selfharmawareness', 'youarenotalone'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.TRAUMA],
    titles: ['How trauma can show up in everyday life', 'Trauma responses are not a personal failing'],
    body: 'Trauma can show up as feeling on edge, numb or far away from yourself, long after the event. These are normal reactions to something that was not normal. With time and the right support, people heal.',
    hashtags: ['traumainformed', 'healing'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.NEURODIVERSITY, T.ANXIETY],
    titles: ['ADHD and big feelings', 'Neurodivergent burnout: the signs'],
    body: 'Many neurodivergent people feel emotions fast and intensely, and masking all day is exhausting. Noticing your own signs of overload, and building in rest before you hit the wall, is a skill you can learn.',
    hashtags: ['neurodiversity', 'adhd'],
  },
  {
    strategy: S.EDUCATIONAL,
    topics: [T.DEPRESSION],
    titles: ['Depression is more than feeling sad', 'Signs of depression people miss'],
    body: 'Depression can look like tiredness, irritability, losing interest in things you used to love, or finding small tasks impossible. It is an illness, not a weakness, and treatment works for many people. Your doctor is a good first step.',
    hashtags: ['depressionawareness', 'mentalhealthmatters'],
  },
  // Personal storytelling
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.GRIEF, T.PEER_SUPPORT],
    titles: ['The first year after a loss', 'What grief taught me this year', 'Learning to carry grief'],
    body: 'When I lost someone I love, I stopped talking about it for a long time. What helped was small routines, friends who kept checking in even when I did not reply, and a bereavement group where nobody needed me to be okay. If you are grieving, you are not alone.',
    hashtags: ['griefsupport', 'youarenotalone'],
  },
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.EATING_DISORDERS],
    titles: ['My eating-disorder recovery, honestly', 'What recovery really looked like for me'],
    body: 'I share my recovery without numbers or details, because those can hurt people who are still struggling. What I can say: treatment, my support team and a lot of patience helped me find my way back to food and to myself. Recovery is not a straight line, and it is possible.',
    hashtags: ['edrecovery', 'recoveryispossible'],
  },
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.SUICIDE_PREVENTION, T.DEPRESSION],
    titles: ["I'm still here, and I'm glad I am", 'The day I reached out'],
    body: 'A few years ago I lived with thoughts of suicide and told no one. Reaching out, first to a helpline and then to my doctor, was the hardest and best thing I have done. Things got better slowly, with support. If you are having those thoughts, please reach out today.',
    hashtags: ['suicideprevention', 'hope'],
  },
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.SUBSTANCE_USE, T.PEER_SUPPORT],
    titles: ['A year in recovery: what changed', 'What nobody told me about getting sober'],
    body: 'A year ago I finally asked for help with my drinking. Peer support meetings, one honest conversation with my family and a lot of early nights changed everything. You do not have to hit rock bottom to deserve help.',
    hashtags: ['soberlife', 'recoveryispossible'],
  },
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.SELF_HARM],
    titles: ['How I stopped keeping it secret', 'Recovery from self-harm, in my words'],
    body: 'For a long time I self-harmed and kept it to myself. Telling one trusted person was the start of getting support, and learning other ways to cope took time. I am proud of how far I have come, and you deserve support too.',
    hashtags: ['recoveryispossible', 'youarenotalone'],
  },
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.TRAUMA],
    titles: ['Healing after trauma is not a straight line', 'What therapy gave me back'],
    body: 'After something frightening happened to me, I felt unsafe in my own life for a long time. Therapy helped me understand my reactions and slowly feel at home in my body again. Healing is possible, even when it is slow.',
    hashtags: ['healing', 'traumarecovery'],
  },
  {
    strategy: S.PERSONAL_STORYTELLING,
    topics: [T.LONELINESS],
    titles: ['Moving countries and feeling invisible', 'How I made friends as an adult'],
    body: "When I moved for work I knew nobody, and the loneliness crept up on me. Saying yes to small things, a class, a walking group, a neighbour's invitation, slowly built a life. If you feel alone right now, that feeling can change.",
    hashtags: ['loneliness', 'youarenotalone'],
  },
  // Creative challenges
  {
    strategy: S.CREATIVE_CHALLENGE,
    topics: [T.GENERAL_WELLBEING, T.SELF_CARE],
    titles: [
      'Challenge: one kind thing for you today',
      'Stitch this with your favourite tiny act of self-care',
    ],
    body: 'Challenge: do one small, kind thing for yourself today and share it: a glass of water, a walk, a text to a friend. Tag someone who deserves a gentle day.',
    hashtags: ['selfcare', 'mentalhealthmatters'],
  },
  {
    strategy: S.CREATIVE_CHALLENGE,
    topics: [T.ANXIETY, T.STRESS],
    titles: ['Draw your stress, then draw your calm', 'Art challenge: what does calm look like to you?'],
    body: 'Grab any pen. Spend a minute drawing what stress feels like, then a minute drawing what calm feels like. Post both and tell us what helped you move from one to the other.',
    hashtags: ['artchallenge', 'stressrelief'],
  },
  {
    strategy: S.CREATIVE_CHALLENGE,
    topics: [T.GRIEF],
    titles: ['Memory jar challenge', 'Share one happy memory of someone you miss'],
    body: 'Grief can make it hard to remember the good days. This week, write one happy memory of someone you miss on a scrap of paper and put it in a jar. Share yours in a stitch if you would like to.',
    hashtags: ['griefsupport', 'memoryjar'],
  },
  {
    strategy: S.CREATIVE_CHALLENGE,
    topics: [T.BODY_IMAGE, T.EATING_DISORDERS],
    titles: ['Things my body lets me do', 'Body neutrality challenge: no numbers, just thanks'],
    body: 'Challenge: name three things your body lets you do that have nothing to do with how it looks: hugging someone, dancing badly, laughing with friends. No numbers, no comparisons. Recovery-friendly and kind.',
    hashtags: ['bodyneutrality', 'edrecovery'],
  },
  {
    strategy: S.CREATIVE_CHALLENGE,
    topics: [T.SUICIDE_PREVENTION, T.PEER_SUPPORT],
    titles: ['Notes of hope challenge', 'Write a note for someone having a hard night'],
    body: 'Write a short note of hope for someone having a hard night and share it in a stitch. Words like "you matter" and "this feeling will not last forever" can mean more than you know.',
    hashtags: ['notesofhope', 'suicideprevention'],
  },
  {
    strategy: S.CREATIVE_CHALLENGE,
    topics: [T.DEPRESSION, T.SELF_CARE],
    titles: ['Small wins challenge', 'Show us your smallest win this week'],
    body: 'On low days, small wins are still wins. Film one tiny thing you managed today, making tea, opening the curtains, answering a message, and add it to the chain.',
    hashtags: ['smallwins', 'selfcare'],
  },
  // Collaborations
  {
    strategy: S.COLLABORATION,
    topics: [T.SUICIDE_PREVENTION, T.SELF_HARM],
    titles: ['What really happens when you text a crisis line', 'A crisis counsellor answers your questions'],
    body: 'I sat down with a trained crisis counsellor to answer your questions: what happens when you reach out, whether you need to be in a certain kind of crisis to get support (you do not), and what they wish everyone knew. You are never a bother.',
    hashtags: ['crisissupport', 'youarenotalone'],
    long: true,
  },
  {
    strategy: S.COLLABORATION,
    topics: [T.EATING_DISORDERS],
    titles: ['Q&A with an eating-disorder clinician', 'Your recovery questions, answered by a specialist'],
    body: 'A specialist eating-disorder clinician joined me to answer your questions about recovery, supporting a friend and finding treatment. No numbers or behaviours discussed, just what helps.',
    hashtags: ['edrecovery', 'askanexpert'],
    long: true,
  },
  {
    strategy: S.COLLABORATION,
    topics: [T.GRIEF],
    titles: ['Two creators talk about grief', 'Grief, in conversation'],
    body: 'My friend and I both lost a parent young. We talked about what people said that helped, what did not, and how we keep their memory close.',
    hashtags: ['griefsupport', 'grief'],
    long: true,
  },
  {
    strategy: S.COLLABORATION,
    topics: [T.SUBSTANCE_USE],
    titles: ['Talking recovery with a peer support worker', 'What a peer support worker actually does'],
    body: 'A peer support worker with lived experience of addiction explains how they help people find treatment and stay connected, and why recovery looks different for everyone.',
    hashtags: ['peersupport', 'recoveryispossible'],
    long: true,
  },
  {
    strategy: S.COLLABORATION,
    topics: [T.TRAUMA, T.ANXIETY],
    titles: [
      'Trauma-informed care, explained with a therapist',
      'A therapist explains the window of tolerance',
    ],
    body: 'A therapist joined me to explain how trauma affects the nervous system and what trauma-informed support looks like, in plain language.',
    hashtags: ['traumainformed', 'askanexpert'],
    long: true,
  },
  {
    strategy: S.COLLABORATION,
    topics: [T.STRESS, T.PEER_SUPPORT],
    titles: ['Student panel: how we handle exam pressure', 'Back-to-school stress, with a school counsellor'],
    body: 'Three students and a school counsellor share what actually helps with exam pressure: sleep, breaks, asking for extensions and talking to someone before it builds up.',
    hashtags: ['backtoschool', 'studentlife'],
    long: true,
  },
  // Community engagement
  {
    strategy: S.COMMUNITY_ENGAGEMENT,
    topics: [T.LONELINESS, T.PEER_SUPPORT],
    titles: ['Sunday check-in live: how are you really?', 'Weekly check-in: one word for your week'],
    body: 'Every Sunday we go live to check in with each other. Drop one word for how your week went. Please be kind in the comments: this is a space to be heard, not fixed.',
    hashtags: ['checkin', 'community'],
    long: true,
  },
  {
    strategy: S.COMMUNITY_ENGAGEMENT,
    topics: [T.SELF_HARM, T.PEER_SUPPORT],
    titles: ['Answering your questions about recovery', 'Your comments on recovery, answered'],
    body: 'You asked how I explain self-harm recovery to friends and what helps on hard days. I answered without going into details, because those can hurt others. Your questions show how much this community cares.',
    hashtags: ['recoveryispossible', 'community'],
  },
  {
    strategy: S.COMMUNITY_ENGAGEMENT,
    topics: [T.DEPRESSION, T.SELF_CARE],
    titles: ['Support chat: small wins this week', 'Low-energy wins count too'],
    body: 'Depression makes small things feel huge, so let us celebrate them. Share a small win from this week in the comments: a shower, a reply to a message, a few minutes outside. Every one counts.',
    hashtags: ['smallwins', 'community'],
  },
  {
    strategy: S.COMMUNITY_ENGAGEMENT,
    topics: [T.BULLYING, T.ANXIETY],
    titles: ['Replying to your comments about bullying', 'What to do if you are being bullied online'],
    body: 'So many of you shared stories of being bullied. It is not your fault, and you deserve to feel safe. Block, report, save evidence and tell someone you trust. I am reading every comment.',
    hashtags: ['antibullying', 'kindness'],
  },
  {
    strategy: S.COMMUNITY_ENGAGEMENT,
    topics: [T.SUICIDE_PREVENTION, T.PEER_SUPPORT],
    titles: ['World Suicide Prevention Day live: you are not alone'],
    body: 'On World Suicide Prevention Day we went live to talk about hope, connection and how to support each other. Thank you to everyone who shared what keeps them going.',
    hashtags: ['worldsuicidepreventionday', 'youarenotalone'],
    campaign: CAMPAIGN.wellbeingGuides2021,
    long: true,
  },
  {
    strategy: S.COMMUNITY_ENGAGEMENT,
    topics: [T.STRESS],
    titles: ['Exam season support chat', 'Study stress live'],
    body: 'Exam season live: bring your questions, your revision plans and your worries. We talked about rest, asking for help early and remembering that a grade is not your worth.',
    hashtags: ['examstress', 'studentlife'],
    long: true,
  },
  // Resource sharing
  {
    strategy: S.RESOURCE_SHARING,
    topics: [T.SUICIDE_PREVENTION, T.SELF_HARM],
    titles: ['Where to get help, any time of day', 'Save this: support you can reach tonight'],
    body: 'Saving this here so it is easy to find. You do not have to be in immediate danger to reach out, and you can get support by phone or by text. Reaching out is a sign of strength.',
    hashtags: ['crisissupport', 'suicideprevention'],
  },
  {
    strategy: S.RESOURCE_SHARING,
    topics: [T.EATING_DISORDERS],
    titles: [
      'Eating-disorder support you can reach today',
      'Where to start if you are worried about your eating',
    ],
    body: 'If you are worried about your relationship with food, or about someone you love, you do not have to wait until it feels serious enough. Eating-disorder charities and your doctor can help you take the first step, and recovery is possible.',
    hashtags: ['edawareness', 'recoveryispossible'],
  },
  {
    strategy: S.RESOURCE_SHARING,
    topics: [T.GRIEF],
    titles: ['Bereavement support resources', 'Grief support, all in one place'],
    body: 'Grief support groups, bereavement counselling and people who have been there: you do not have to carry this on your own. Your doctor or a local bereavement service can point you to what is near you.',
    hashtags: ['griefsupport', 'resources'],
  },
  {
    strategy: S.RESOURCE_SHARING,
    topics: [T.SUBSTANCE_USE],
    titles: ['Substance use support, without judgement', 'Where to find help for drinking or drug use'],
    body: 'Whether it is you or someone you care about, confidential support for alcohol and drug use is out there, and you can start with your doctor or a local support service. No judgement, no labels, and recovery is possible.',
    hashtags: ['recoveryispossible', 'resources'],
  },
  {
    strategy: S.RESOURCE_SHARING,
    topics: [T.GENERAL_WELLBEING],
    titles: ['Save this: mental health resources', 'My mental health toolkit'],
    body: 'A reminder that looking after your mental health is not only for bad days. Pinning the resources I trust so they are here when you need them.',
    hashtags: ['mentalhealthmatters', 'resources'],
  },
  {
    strategy: S.RESOURCE_SHARING,
    topics: [T.TRAUMA],
    titles: ['Trauma support resources', 'Finding a trauma-informed therapist'],
    body: 'Looking for trauma support? Ask your doctor about trauma-informed therapy, and look for services that let you go at your own pace. Healing is possible.',
    hashtags: ['traumainformed', 'resources'],
  },
];

/** Where a viewer in the creator's region can get help: the crisis resources the seed loads. */
const HELP_BY_REGION: Readonly<Record<string, string>> = {
  US: 'If you are struggling, call or text 988, or text HOME to 741741.',
  GB: 'If you are struggling, call Samaritans on 116 123 or text SHOUT to 85258.',
  IE: 'If you are struggling, call Samaritans on 116 123.',
  SG: 'If you are struggling, call Samaritans of Singapore on 1767.',
  AU: 'If you are struggling, call Lifeline on 13 11 14.',
};
const HELP_ELSEWHERE = 'If you are struggling, find a helpline in your country at befrienders.org.';

export const helpLineFor = (region: string): string => HELP_BY_REGION[region] ?? HELP_ELSEWHERE;

/** The caption as posted: the content warning first when a topic is sensitive, then the story, then help. */
export function captionFor(template: Pick<VideoTemplate, 'topics' | 'body'>, region: string): string {
  const warning = deriveAdvisory(template.topics).warningText;
  return [warning, template.body, helpLineFor(region)].filter((part) => part !== null).join(' ');
}

/** When each campaign's videos were posted (UTC), and how many of the demo videos fall in it. */
const PERIODS: Readonly<
  Record<CampaignSlug, { first: string; days: number; weight: number; tags: string[] }>
> = {
  [CAMPAIGN.wellbeingGuides2021]: { first: '2021-09-10', days: 21, weight: 0.15, tags: ['wellbeing'] },
  [CAMPAIGN.worldMentalHealthDay2022]: {
    first: '2022-10-01',
    days: 31,
    weight: 0.2,
    tags: ['worldmentalhealthday'],
  },
  [CAMPAIGN.awarenessMonth2023]: {
    first: '2023-05-01',
    days: 31,
    weight: 0.65,
    tags: ['mentalhealthawareness'],
  },
};

export interface VideoSeed {
  readonly creatorHandle: string;
  readonly url: string;
  readonly title: string;
  readonly caption: string;
  readonly publishedAt: Date;
  readonly durationSeconds: number;
  readonly strategy: ContentStrategy;
  readonly topics: readonly Topic[];
  readonly hashtags: readonly string[];
  readonly views: number;
  readonly likes: number;
  readonly shares: number;
}

const VIDEO_SEED = 0x0b_ea_c0_23;
const GENERAL_TOPICS: readonly Topic[] = [T.GENERAL_WELLBEING, T.SELF_CARE, T.PEER_SUPPORT];

/** Three or four videos for each active creator, one for each suspended one, from the templates. */
export function buildDemoVideos(creators: readonly CreatorSeed[] = CREATORS): VideoSeed[] {
  const rng = mulberry32(VIDEO_SEED);
  const campaigns = Object.keys(PERIODS) as CampaignSlug[];
  const drawCampaign = (): CampaignSlug => {
    let roll = rng.next();
    for (const slug of campaigns) {
      roll -= PERIODS[slug].weight;
      if (roll < 0) return slug;
    }
    return CAMPAIGN.awarenessMonth2023;
  };

  return creators.flatMap((creator) => {
    const count = creator.status === CreatorStatus.SUSPENDED ? 1 : rng.chance(0.5) ? 4 : 3;
    const relevant = TEMPLATES.filter((t) => t.topics.some((topic) => creator.topics.includes(topic)));
    const general = TEMPLATES.filter(
      (t) => !relevant.includes(t) && t.topics.every((topic) => GENERAL_TOPICS.includes(topic)),
    );
    const chosen = [...rng.shuffle(relevant), ...rng.shuffle(general)].slice(0, count);

    const drafts = chosen.map((template) => {
      const campaign = template.campaign ?? drawCampaign();
      const period = PERIODS[campaign];
      const publishedAt = new Date(`${period.first}T00:00:00Z`);
      publishedAt.setUTCDate(publishedAt.getUTCDate() + rng.int(0, period.days - 1));
      publishedAt.setUTCHours(rng.int(7, 21), rng.int(0, 59), 0, 0);
      const views = Math.max(800, Math.round(creator.followerCount * (0.05 + rng.next() * 1.2)));
      const likes = Math.round(views * (0.03 + rng.next() * 0.09));
      return {
        template,
        title: rng.pick(template.titles),
        publishedAt,
        durationSeconds: template.long ? rng.int(15, 60) * 60 : rng.int(20, 180),
        hashtags: [...new Set([...period.tags, ...template.hashtags, 'mentalhealthmatters'])],
        views,
        likes,
        shares: Math.round(likes * (0.04 + rng.next() * 0.25)),
      };
    });

    // Numbered oldest first, so a creator's first video is /video/1.
    drafts.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
    return drafts.map(
      (draft, index): VideoSeed => ({
        creatorHandle: creator.handle,
        url: `${profileUrl(creator.handle)}/video/${index + 1}`,
        title: draft.title,
        caption: captionFor(draft.template, creator.region),
        publishedAt: draft.publishedAt,
        durationSeconds: draft.durationSeconds,
        strategy: draft.template.strategy,
        topics: draft.template.topics,
        hashtags: draft.hashtags,
        views: draft.views,
        likes: draft.likes,
        shares: draft.shares,
      }),
    );
  });
}

// Training enrolments --------------------------------------------------------------------------------------

export interface CreatorEnrolmentSeed {
  readonly session: SessionTitle;
  readonly creatorHandle: string;
  readonly attended: boolean;
  readonly completed: boolean;
}

const ENROLMENT_SEED = 0x0b_ea_c0_26;

/** Regions whose creators take the Asia-Pacific sitting of the 2026 refresher. */
const ASIA_PACIFIC = new Set(['SG', 'AU', 'NZ', 'IN']);

/**
 * Gaps in the 2026 safe-messaging refresher, kept by hand so the spotlight eligibility check has clear cases:
 * one creator enrolled but did not attend, one attended but did not complete, two never enrolled.
 */
const REFRESHER_GAPS: Readonly<Record<string, 'no-show' | 'not-completed' | 'not-enrolled'>> = {
  'teen.talk.tomas': 'no-show',
  'slow.mornings.sia': 'not-completed',
  'dad.feelings.dan': 'not-enrolled',
  'lena.atmet': 'not-enrolled',
};

/** Who takes each earlier creator session: those whose topics it serves, and a share of everyone else. */
const EARLIER_SESSIONS: readonly { session: SessionTitle; topics: readonly Topic[]; others: number }[] = [
  {
    session: SESSION.safeMessaging2022,
    topics: [T.SUICIDE_PREVENTION, T.SELF_HARM, T.GRIEF],
    others: 0.3,
  },
  { session: SESSION.grief2022, topics: [T.GRIEF], others: 0.2 },
  { session: SESSION.eatingDisorderRecovery2022, topics: [T.EATING_DISORDERS, T.BODY_IMAGE], others: 0.15 },
  { session: SESSION.safeMessaging2023, topics: [T.SUICIDE_PREVENTION, T.SELF_HARM], others: 0.6 },
  { session: SESSION.crisisResponse2023, topics: [T.SUICIDE_PREVENTION, T.SELF_HARM, T.TRAUMA], others: 0.3 },
  { session: SESSION.creatorWellbeing2023, topics: [T.SELF_CARE], others: 0.3 },
];

export function buildCreatorEnrolments(creators: readonly CreatorSeed[] = CREATORS): CreatorEnrolmentSeed[] {
  const rng = mulberry32(ENROLMENT_SEED);
  const enrolments: CreatorEnrolmentSeed[] = [];
  const capacityOf = (title: SessionTitle) => TRAINING_SESSIONS.find((s) => s.title === title)?.capacity ?? 0;

  for (const { session, topics, others } of EARLIER_SESSIONS) {
    const takers = creators.filter((c) => c.topics.some((t) => topics.includes(t)) || rng.chance(others));
    for (const creator of takers.slice(0, capacityOf(session))) {
      const attended = rng.chance(0.9);
      enrolments.push({
        session,
        creatorHandle: creator.handle,
        attended,
        completed: attended && rng.chance(0.95),
      });
    }
  }

  for (const creator of creators) {
    const gap = REFRESHER_GAPS[creator.handle];
    if (creator.status === CreatorStatus.SUSPENDED || gap === 'not-enrolled') continue;
    enrolments.push({
      session: ASIA_PACIFIC.has(creator.region) ? SESSION.safeMessaging2026Apac : SESSION.safeMessaging2026,
      creatorHandle: creator.handle,
      attended: gap !== 'no-show',
      completed: gap === undefined,
    });
  }
  return enrolments;
}
