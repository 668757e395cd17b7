/** Training vocabulary in words, and how a session's time and capacity read. */

import { formatInZone } from '../../common/time/zoned-time';
import type { TrainingAudience, TrainingOccasion, TrainingTopic } from '../../gql/graphql';

export const TOPIC_LABELS: Readonly<Record<TrainingTopic, string>> = {
  SAFE_MESSAGING_SUICIDE: 'Safe messaging about suicide and self-harm',
  EATING_DISORDER_RECOVERY: 'Eating-disorder recovery',
  GRIEF: 'Grief',
  CRISIS_RESPONSE: 'Crisis response',
  CREATOR_WELLBEING: 'Creator well-being',
  CAMPAIGN_READINESS: 'Campaign readiness',
};

export const OCCASION_LABELS: Readonly<Record<TrainingOccasion, string>> = {
  WORLD_MENTAL_HEALTH_DAY: 'World Mental Health Day',
  WORLD_SUICIDE_PREVENTION_DAY: 'World Suicide Prevention Day',
  SUICIDE_PREVENTION_WEEK: 'Suicide prevention week',
  MENTAL_HEALTH_AWARENESS_MONTH: 'Mental Health Awareness Month',
  BACK_TO_SCHOOL: 'Back to school',
  ONGOING: 'Ongoing',
};

export const AUDIENCE_LABELS: Readonly<Record<TrainingAudience, string>> = {
  CREATORS: 'Creators',
  PARTNER_ORGANISATIONS: 'Partner organisations',
};

export const options = <K extends string>(labels: Readonly<Record<K, string>>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** "Thu 10 Oct 2024, 09:00 BST – 11:00" in the session's own zone (the end's date only when it differs). */
export function sessionWhen(startsAt: string, endsAt: string, timeZone: string): string {
  const start = formatInZone(new Date(startsAt), timeZone);
  const end = formatInZone(new Date(endsAt), timeZone);
  const [startDay] = start.split(', ');
  const [endDay, endRest] = end.split(', ');
  return endDay === startDay ? `${start} – ${endRest}` : `${start} – ${end}`;
}

/** "12 of 20 places taken, 8 left" / "Full: 20 of 20 places taken". */
export function capacityText(enrolled: number, capacity: number): string {
  const left = Math.max(0, capacity - enrolled);
  return left === 0
    ? `Full: ${enrolled} of ${capacity} places taken`
    : `${enrolled} of ${capacity} places taken, ${left} left`;
}
