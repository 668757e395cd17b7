/**
 * The programme's topics and content strategies, and what each sensitive topic demands of a video that
 * covers it. Both the server (advisories, validation) and the dashboard (forms, previews) read these.
 */

/** What an awareness video, creator, organisation, training session or crisis resource is about. */
export enum Topic {
  SUICIDE_PREVENTION = 'SUICIDE_PREVENTION',
  SELF_HARM = 'SELF_HARM',
  EATING_DISORDERS = 'EATING_DISORDERS',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  TRAUMA = 'TRAUMA',
  GRIEF = 'GRIEF',
  ANXIETY = 'ANXIETY',
  DEPRESSION = 'DEPRESSION',
  STRESS = 'STRESS',
  LONELINESS = 'LONELINESS',
  BODY_IMAGE = 'BODY_IMAGE',
  NEURODIVERSITY = 'NEURODIVERSITY',
  BULLYING = 'BULLYING',
  SELF_CARE = 'SELF_CARE',
  PEER_SUPPORT = 'PEER_SUPPORT',
  GENERAL_WELLBEING = 'GENERAL_WELLBEING',
}

/** How a creator raises awareness: the six content strategies of the programme. */
export enum ContentStrategy {
  EDUCATIONAL = 'EDUCATIONAL',
  PERSONAL_STORYTELLING = 'PERSONAL_STORYTELLING',
  CREATIVE_CHALLENGE = 'CREATIVE_CHALLENGE',
  COLLABORATION = 'COLLABORATION',
  COMMUNITY_ENGAGEMENT = 'COMMUNITY_ENGAGEMENT',
  RESOURCE_SHARING = 'RESOURCE_SHARING',
}

export interface TopicInfo {
  /** Human label, as staff and readers see it. */
  readonly label: string;
  /** Sensitive topics need a content advisory and crisis resources beside them. */
  readonly sensitive: boolean;
  /** Whether a viewer must opt in before a video on this topic plays. */
  readonly requiresOptIn: boolean;
  /** Minimum viewer age for this topic, where one applies. */
  readonly minimumAge: number | null;
  /** The sentence the default warning uses for this topic. */
  readonly warningPhrase: string | null;
}

export const TOPIC_INFO: Readonly<Record<Topic, TopicInfo>> = {
  [Topic.SUICIDE_PREVENTION]: {
    label: 'Suicide and suicide prevention',
    sensitive: true,
    requiresOptIn: true,
    minimumAge: null,
    warningPhrase: 'suicide',
  },
  [Topic.SELF_HARM]: {
    label: 'Self-harm',
    sensitive: true,
    requiresOptIn: true,
    minimumAge: null,
    warningPhrase: 'self-harm',
  },
  [Topic.EATING_DISORDERS]: {
    label: 'Eating disorders',
    sensitive: true,
    requiresOptIn: true,
    minimumAge: 13,
    warningPhrase: 'eating disorders',
  },
  [Topic.SUBSTANCE_USE]: {
    label: 'Substance use',
    sensitive: true,
    requiresOptIn: false,
    minimumAge: 18,
    warningPhrase: 'substance use',
  },
  [Topic.TRAUMA]: {
    label: 'Trauma',
    sensitive: true,
    requiresOptIn: false,
    minimumAge: null,
    warningPhrase: 'trauma',
  },
  [Topic.GRIEF]: {
    label: 'Grief and loss',
    sensitive: true,
    requiresOptIn: false,
    minimumAge: null,
    warningPhrase: 'grief and loss',
  },
  [Topic.ANXIETY]: plain('Anxiety'),
  [Topic.DEPRESSION]: plain('Depression'),
  [Topic.STRESS]: plain('Stress'),
  [Topic.LONELINESS]: plain('Loneliness'),
  [Topic.BODY_IMAGE]: plain('Body image'),
  [Topic.NEURODIVERSITY]: plain('Neurodiversity'),
  [Topic.BULLYING]: plain('Bullying'),
  [Topic.SELF_CARE]: plain('Self-care'),
  [Topic.PEER_SUPPORT]: plain('Peer support'),
  [Topic.GENERAL_WELLBEING]: plain('General well-being'),
};

function plain(label: string): TopicInfo {
  return { label, sensitive: false, requiresOptIn: false, minimumAge: null, warningPhrase: null };
}

export const ALL_TOPICS: readonly Topic[] = Object.values(Topic);

export const SENSITIVE_TOPICS: readonly Topic[] = ALL_TOPICS.filter((t) => TOPIC_INFO[t].sensitive);

export function isSensitiveTopic(topic: Topic): boolean {
  return TOPIC_INFO[topic].sensitive;
}

export function isTopic(value: string): value is Topic {
  return Object.hasOwn(TOPIC_INFO, value);
}

export const STRATEGY_LABELS: Readonly<Record<ContentStrategy, string>> = {
  [ContentStrategy.EDUCATIONAL]: 'Educational content',
  [ContentStrategy.PERSONAL_STORYTELLING]: 'Personal storytelling',
  [ContentStrategy.CREATIVE_CHALLENGE]: 'Creative challenges',
  [ContentStrategy.COLLABORATION]: 'Collaborations',
  [ContentStrategy.COMMUNITY_ENGAGEMENT]: 'Community engagement (comments, lives, support chats)',
  [ContentStrategy.RESOURCE_SHARING]: 'Resource sharing',
};
