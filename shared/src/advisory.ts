/**
 * Derives a video's content advisory from its topics. Pure, so the dashboard previews exactly what the
 * server will serve. A staff override may replace the warning text, never the derived flags.
 */
import { TOPIC_INFO, type Topic } from './topics.js';

export interface DerivedAdvisory {
  /** True when at least one topic is sensitive. */
  readonly required: boolean;
  /** The sensitive topics, in the programme's topic order. */
  readonly sensitiveTopics: Topic[];
  /** The default warning text, or null when no advisory is needed. */
  readonly warningText: string | null;
  /** Viewers must opt in before the video plays. */
  readonly requiresOptIn: boolean;
  /** The highest minimum age any topic needs, or null. */
  readonly minimumAge: number | null;
}

export function deriveAdvisory(topics: readonly Topic[]): DerivedAdvisory {
  const order = Object.keys(TOPIC_INFO) as Topic[];
  const sensitiveTopics = order.filter((t) => topics.includes(t) && TOPIC_INFO[t].sensitive);
  if (sensitiveTopics.length === 0) {
    return { required: false, sensitiveTopics, warningText: null, requiresOptIn: false, minimumAge: null };
  }
  const phrases = sensitiveTopics.map((t) => TOPIC_INFO[t].warningPhrase ?? TOPIC_INFO[t].label);
  const ages = sensitiveTopics.map((t) => TOPIC_INFO[t].minimumAge).filter((a): a is number => a !== null);
  return {
    required: true,
    sensitiveTopics,
    warningText: `Content warning: this video discusses ${joinList(phrases)}. Support is available if you need it.`,
    requiresOptIn: sensitiveTopics.some((t) => TOPIC_INFO[t].requiresOptIn),
    minimumAge: ages.length > 0 ? Math.max(...ages) : null,
  };
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
