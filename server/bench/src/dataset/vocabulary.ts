/**
 * Words and sentences the generated programme is made of. Everything is fictional: no real person is named,
 * handles and names are recombined from neutral parts. Captions follow the shape awareness posts take (a
 * content note first on sensitive topics, a story or tip, a help resource, hashtags); a small, fixed share
 * departs from safe-messaging guidance on purpose, so stored findings and the review queue look as they do
 * in production.
 */
import { ContentStrategy, Topic } from '@beacon/shared';

/** Where creators are based, weighted roughly like a global platform's audience. */
export const REGIONS: readonly [region: string, weight: number, languages: readonly string[]][] = [
  ['US', 30, ['en', 'es']],
  ['GB', 8, ['en']],
  ['IN', 7, ['en', 'hi']],
  ['BR', 6, ['pt']],
  ['ID', 5, ['id']],
  ['MX', 4, ['es']],
  ['PH', 4, ['en', 'tl']],
  ['DE', 3, ['de']],
  ['FR', 3, ['fr']],
  ['CA', 3, ['en', 'fr']],
  ['AU', 3, ['en']],
  ['NG', 2, ['en']],
  ['ZA', 2, ['en']],
  ['IE', 1, ['en']],
  ['SG', 1, ['en', 'zh']],
  ['JP', 2, ['ja']],
  ['KR', 2, ['ko']],
  ['ES', 2, ['es']],
  ['IT', 2, ['it']],
  ['NL', 1, ['nl', 'en']],
  ['SE', 1, ['sv', 'en']],
  ['PL', 1, ['pl']],
  ['TR', 2, ['tr']],
  ['EG', 1, ['ar']],
  ['AR', 1, ['es']],
  ['CO', 1, ['es']],
  ['KE', 1, ['en', 'sw']],
  ['NZ', 1, ['en']],
];

/** How often each topic is covered: everyday well-being far more than the sensitive topics. */
export const TOPIC_WEIGHTS: Readonly<Record<Topic, number>> = {
  [Topic.GENERAL_WELLBEING]: 14,
  [Topic.ANXIETY]: 12,
  [Topic.SELF_CARE]: 11,
  [Topic.STRESS]: 10,
  [Topic.DEPRESSION]: 8,
  [Topic.PEER_SUPPORT]: 7,
  [Topic.LONELINESS]: 5,
  [Topic.BODY_IMAGE]: 5,
  [Topic.NEURODIVERSITY]: 4,
  [Topic.GRIEF]: 4,
  [Topic.BULLYING]: 3,
  [Topic.EATING_DISORDERS]: 3,
  [Topic.TRAUMA]: 3,
  [Topic.SUICIDE_PREVENTION]: 3,
  [Topic.SUBSTANCE_USE]: 2,
  [Topic.SELF_HARM]: 2,
};

export const STRATEGY_WEIGHTS: Readonly<Record<ContentStrategy, number>> = {
  [ContentStrategy.EDUCATIONAL]: 30,
  [ContentStrategy.PERSONAL_STORYTELLING]: 25,
  [ContentStrategy.CREATIVE_CHALLENGE]: 12,
  [ContentStrategy.COLLABORATION]: 10,
  [ContentStrategy.COMMUNITY_ENGAGEMENT]: 13,
  [ContentStrategy.RESOURCE_SHARING]: 10,
};

export const FIRST_NAMES = [
  'Aiyana',
  'Bo',
  'Carmen',
  'Dario',
  'Ebony',
  'Farah',
  'Gus',
  'Hana',
  'Idris',
  'Juno',
  'Kai',
  'Lena',
  'Milo',
  'Noor',
  'Oren',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tariq',
  'Uma',
  'Vik',
  'Wren',
  'Xiomara',
  'Yusuf',
  'Zoe',
  'Amara',
  'Bryn',
  'Cleo',
  'Dev',
  'Esme',
  'Femi',
  'Gita',
  'Hugo',
  'Isla',
  'Jalen',
  'Kemi',
  'Luca',
  'Mira',
  'Nico',
  'Ola',
  'Pax',
  'Rhea',
  'Soren',
  'Tess',
  'Ugo',
  'Vera',
  'Wes',
  'Yara',
  'Zain',
];

export const LAST_NAMES = [
  'Adeyemi',
  'Bergström',
  'Castillo',
  'Dubois',
  'Eze',
  'Fontaine',
  'García',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Mensah',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quispe',
  'Rossi',
  'Santos',
  'Tanaka',
  'Ueda',
  'Varga',
  'Walsh',
  'Xu',
  'Yilmaz',
  'Zhou',
  'Abara',
  'Brennan',
  'Chaudhry',
  'Delgado',
  'Ekström',
  'Ferreira',
  'Gallagher',
  'Hossain',
  'Iwu',
  'Kim',
  'Laine',
  'Moreau',
  'Nguyen',
  'Ortiz',
];

export const HANDLE_WORDS = [
  'calm',
  'kind',
  'brave',
  'gentle',
  'steady',
  'bright',
  'honest',
  'open',
  'soft',
  'hopeful',
  'quiet',
  'warm',
  'mind',
  'heart',
  'talks',
  'notes',
  'days',
  'steps',
  'space',
  'corner',
  'club',
  'journal',
  'waves',
  'roots',
];

/** One or two sentences a creator writes about themselves, by topic. */
export const BIO_LINES: Readonly<Record<Topic, readonly string[]>> = {
  [Topic.SUICIDE_PREVENTION]: [
    'Talking openly about suicide prevention and the people who help us stay.',
    'Sharing what helped me through my darkest season, and where to find support.',
  ],
  [Topic.SELF_HARM]: ['Recovery is not a straight line. Sharing coping skills that are not harmful.'],
  [Topic.EATING_DISORDERS]: [
    'In recovery from an eating disorder, posting about food freedom and body neutrality.',
    'Dietitian in training. Recovery stories without numbers.',
  ],
  [Topic.SUBSTANCE_USE]: ['Sober and curious. Harm reduction, recovery community and honest talk.'],
  [Topic.TRAUMA]: ['Trauma-informed yoga teacher. Slow breath, safe space.'],
  [Topic.GRIEF]: ['Grief is love with nowhere to go. Sharing how we remember.'],
  [Topic.ANXIETY]: [
    'Breathing, boundaries and small routines for anxious brains.',
    'Anxiety explained in sixty seconds or less.',
  ],
  [Topic.DEPRESSION]: ['Living with depression and still making art. Small wins count.'],
  [Topic.STRESS]: ['Burnout survivor. Posting about rest, limits and saying no.'],
  [Topic.LONELINESS]: ['Building community one comment at a time. You are welcome here.'],
  [Topic.BODY_IMAGE]: ['Every body is a good body. Mirror talk and media literacy.'],
  [Topic.NEURODIVERSITY]: ['ADHD and autistic, sharing what works for my brain.'],
  [Topic.BULLYING]: ['Former school counsellor. Standing up to bullying online and off.'],
  [Topic.SELF_CARE]: ['Tiny acts of self-care, every morning.'],
  [Topic.PEER_SUPPORT]: ['Peer supporter. Listening is a skill and anyone can learn it.'],
  [Topic.GENERAL_WELLBEING]: ['Sleep, sunlight, movement and friends: the boring basics that work.'],
};

/** Title parts: a hook, what it is about, and a tail. */
export const TITLE_HOOKS = [
  'What I wish I knew about',
  'Three things that help with',
  'A gentle guide to',
  'Real talk:',
  'Storytime:',
  'Myths and facts about',
  'How to support a friend through',
  'My morning routine for',
  'Ask me anything about',
  'Stitch this if you relate:',
  'Sixty seconds on',
  'A letter to anyone facing',
  'Small steps for',
  'The science of',
  'Q&A with a counsellor on',
  'Why we need to talk about',
];

export const TOPIC_PHRASES: Readonly<Record<Topic, readonly string[]>> = {
  [Topic.SUICIDE_PREVENTION]: ['suicide prevention', 'checking in on friends', 'staying safe tonight'],
  [Topic.SELF_HARM]: ['self-harm recovery', 'urges and coping skills', 'healing scars'],
  [Topic.EATING_DISORDERS]: ['eating disorder recovery', 'food freedom', 'recovery meals'],
  [Topic.SUBSTANCE_USE]: ['sobriety', 'harm reduction', 'recovery community'],
  [Topic.TRAUMA]: ['trauma and the body', 'grounding after trauma', 'feeling safe again'],
  [Topic.GRIEF]: ['grief', 'losing a parent', 'the first year of grief'],
  [Topic.ANXIETY]: ['anxiety', 'panic attacks', 'social anxiety'],
  [Topic.DEPRESSION]: ['depression', 'low mood days', 'getting out of bed'],
  [Topic.STRESS]: ['exam stress', 'burnout', 'work stress'],
  [Topic.LONELINESS]: ['loneliness', 'making friends as an adult', 'feeling left out'],
  [Topic.BODY_IMAGE]: ['body image', 'mirror talk', 'filters and self-worth'],
  [Topic.NEURODIVERSITY]: ['ADHD', 'autistic burnout', 'sensory overload'],
  [Topic.BULLYING]: ['cyberbullying', 'standing up to bullies', 'bullying at school'],
  [Topic.SELF_CARE]: ['self-care', 'rest days', 'a calmer evening'],
  [Topic.PEER_SUPPORT]: ['peer support', 'listening well', 'being there'],
  [Topic.GENERAL_WELLBEING]: ['well-being', 'sleep', 'a kinder week'],
};

export const TITLE_TAILS = [
  '',
  '',
  '',
  ' (part 2)',
  ' for beginners',
  ' in real life',
  ' with my sister',
  ' before exams',
  ' at work',
  ' this winter',
  ' on a hard day',
  ' 🌱',
  ' 💛',
  ' #MentalHealthAwareness',
];

/** Sentences of the body of a caption, by topic. */
export const CAPTION_LINES: Readonly<Record<Topic, readonly string[]>> = {
  [Topic.SUICIDE_PREVENTION]: [
    'If someone you love seems withdrawn, ask them directly how they are doing and really listen.',
    'Asking about suicide does not put the idea in anyone’s head; it opens a door.',
    'I am still here because someone noticed and stayed with me until I got help.',
    'Recovery took time, a good doctor and friends who kept texting even when I did not answer.',
  ],
  [Topic.SELF_HARM]: [
    'Coping skills that helped me: holding ice, squeezing a stress ball, calling a friend.',
    'If you are struggling with urges, you deserve support, not judgement.',
    'Healing is not linear and a setback does not erase your progress.',
  ],
  [Topic.EATING_DISORDERS]: [
    'Recovery meals do not need to look perfect; they need to happen.',
    'I stopped following accounts that made me compare my body and my recovery got easier.',
    'Talk to a professional who understands eating disorders; you do not have to do this alone.',
  ],
  [Topic.SUBSTANCE_USE]: [
    'Sobriety looks different for everyone and every day counts.',
    'Harm reduction saves lives: never use alone and know where to get help.',
    'My recovery community showed up for me when I could not show up for myself.',
  ],
  [Topic.TRAUMA]: [
    'Grounding helps me come back to the room: five things I see, four I hear, three I can touch.',
    'Your nervous system learned to protect you; healing teaches it that you are safe now.',
  ],
  [Topic.GRIEF]: [
    'Grief comes in waves, and some days the tide is higher than others.',
    'We still set a place for her at the table on her birthday, and we tell stories.',
    'There is no timeline for grief and no wrong way to remember someone.',
  ],
  [Topic.ANXIETY]: [
    'Box breathing: in for four, hold for four, out for four, hold for four. Repeat.',
    'Anxiety lies about how dangerous ordinary things are; practice proves it wrong.',
    'I used to cancel plans every week; now I go for ten minutes and decide then.',
  ],
  [Topic.DEPRESSION]: [
    'On low days my only goal is a shower and a glass of water, and that is enough.',
    'Depression is an illness, not a personality flaw, and it is treatable.',
    'Therapy plus a walk in daylight did more for me than I expected.',
  ],
  [Topic.STRESS]: [
    'I block thirty minutes after work with no screens and my sleep is better for it.',
    'Burnout crept up on me; the warning signs were there for months.',
    'Saying no is a complete sentence, even at work.',
  ],
  [Topic.LONELINESS]: [
    'Comment one thing you are looking forward to this week and reply to someone else.',
    'Loneliness is common and it says nothing bad about you.',
  ],
  [Topic.BODY_IMAGE]: [
    'Filters changed how I saw my own face; a week without them changed it back.',
    'Your body is an instrument, not an ornament.',
  ],
  [Topic.NEURODIVERSITY]: [
    'Body doubling is my favourite ADHD hack: work next to someone, even on a video call.',
    'Noise-cancelling headphones are an accessibility tool, not a luxury.',
  ],
  [Topic.BULLYING]: [
    'If you see bullying in the comments, report it and message the person being targeted.',
    'Tell a trusted adult; keeping screenshots helps them help you.',
  ],
  [Topic.SELF_CARE]: [
    'Self-care today: clean sheets, a slow breakfast and a walk without my phone.',
    'Rest is productive. You do not have to earn a nap.',
  ],
  [Topic.PEER_SUPPORT]: [
    'You do not need the perfect words; “I am here and I am listening” goes a long way.',
    'Peer support is not therapy, but it is connection, and connection matters.',
  ],
  [Topic.GENERAL_WELLBEING]: [
    'Sleep, sunlight, movement and friends: the boring basics work.',
    'Drink some water, step outside for five minutes, text someone you miss.',
    'Progress over perfection, every single day.',
  ],
};

export const CONTENT_NOTES = [
  'CW: this video talks about {topic}. ',
  'Content note: {topic}. ',
  '⚠️ Sensitive topic: {topic}. ',
];

export const HELP_LINES = [
  ' If you are struggling, call or text 988 (US) or Samaritans on 116 123 (UK and Ireland). You are not alone.',
  ' Support is available: text HOME to 741741, or find a helpline near you at befrienders.org.',
  ' Please reach out to someone you trust or a local helpline; help is out there and recovery is possible.',
];

export const CLOSINGS = [
  ' Share this with someone who needs it today. 💛',
  ' What helps you? Tell me in the comments.',
  ' Follow for more gentle reminders.',
  ' Save this for a hard day.',
  '',
];

/** Lines that depart from safe-messaging guidance (warn or block), used in a small share of posts. */
export const UNSAFE_LINES = {
  warn: [
    'My uncle committed suicide when I was twelve and nobody talked about it.',
    'Anxiety in teens is skyrocketing and it is an epidemic nobody is ready for.',
  ],
  block: ['Back then I weighed 41kg and ate 600 calories a day.'],
};

export const HASHTAGS_GENERAL = [
  'mentalhealthawareness',
  'mentalhealthmatters',
  'youarenotalone',
  'wellbeing',
  'selfcare',
  'itsoknottobeok',
  'mentalhealth',
  'endthestigma',
  'talkaboutit',
  'recoveryispossible',
];

export const CITATION_LINES = [
  '{name} turns hard moments into small, doable steps and reminds viewers that asking for help is a strength.',
  '{name} built a kind, well-moderated community where followers share what helps and point each other to support.',
  '{name} worked with mental-health experts to explain {topic} clearly, with hope and recovery at the centre.',
  'Throughout the campaign, {name} shared their own story of {topic} safely, with a content note and a help resource every time.',
  '{name} answered hundreds of questions in lives and support chats, always signposting crisis lines and professional help.',
];

export const ORGANISATION_PARTS = {
  prefix: [
    'Northbridge',
    'Harbour',
    'Open Door',
    'Bright Path',
    'Lantern',
    'Common Ground',
    'Riverside',
    'Kindred',
    'Second Wind',
    'Safe Harbour',
    'Evergreen',
    'Waypoint',
    'Compass',
    'Hearth',
    'Beacon Hill',
    'Tidewater',
  ],
  focus: [
    'Mental Health',
    'Eating Disorder',
    'Grief',
    'Youth Wellbeing',
    'Suicide Prevention',
    'Peer Support',
    'Recovery',
    'Student Wellbeing',
    'Trauma Care',
    'Neurodiversity',
  ],
  suffix: [
    'Alliance',
    'Foundation',
    'Network',
    'Trust',
    'Collective',
    'Institute',
    'Society',
    'Project',
    'Centre',
  ],
};

export const CAMPAIGN_OCCASIONS = [
  {
    key: 'mental-health-awareness-month',
    name: 'Mental Health Awareness Month',
    hashtag: '#MentalHealthAwareness',
    month: 5,
    days: 31,
  },
  {
    key: 'world-suicide-prevention-day',
    name: 'World Suicide Prevention Day',
    hashtag: '#WorldSuicidePreventionDay',
    month: 9,
    days: 14,
  },
  {
    key: 'world-mental-health-day',
    name: 'World Mental Health Day',
    hashtag: '#WorldMentalHealthDay',
    month: 10,
    days: 21,
  },
  {
    key: 'back-to-school',
    name: 'Back to school, gently',
    hashtag: '#BackToSchoolWellbeing',
    month: 8,
    days: 40,
  },
  {
    key: 'eating-disorders-awareness-week',
    name: 'Eating Disorders Awareness Week',
    hashtag: '#EDAwarenessWeek',
    month: 2,
    days: 10,
  },
] as const;
