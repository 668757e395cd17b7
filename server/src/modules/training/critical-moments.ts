/**
 * The critical moments of the awareness year (the occasions training prepares for), with their dates in a
 * given year, so a calendar can show which sessions fall before each one. The dates follow the
 * observances: fixed days, the month of May, the week around 10 September, the northern back-to-school
 * season (20 August to 30 September).
 */

import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from '../common/scalars.js';
import { TrainingOccasion } from './training-session.entity.js';

@ObjectType({ description: 'A critical moment of the awareness year, with its dates in one year.' })
export class CriticalMoment {
  @Field(() => TrainingOccasion, {
    description: 'Which moment (the occasion training sessions prepare for).',
  })
  occasion!: TrainingOccasion;

  @Field({ description: 'Its name, as people say it.' })
  name!: string;

  @Field(() => GraphQLLocalDate, { description: 'Its first day.' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Its last day (the same as the first for a single day).' })
  endsOn!: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** The Monday-to-Sunday week around 10 September. */
function weekAround10September(year: number): [Date, Date] {
  const tenth = day(year, 9, 10);
  const monday = new Date(tenth.getTime() - ((tenth.getUTCDay() + 6) % 7) * 86_400_000);
  return [monday, new Date(monday.getTime() + 6 * 86_400_000)];
}

/** The year's critical moments, in calendar order. */
export function criticalMoments(year: number): CriticalMoment[] {
  const moment = (occasion: TrainingOccasion, name: string, start: Date, end = start) =>
    Object.assign(new CriticalMoment(), { occasion, name, startsOn: iso(start), endsOn: iso(end) });
  const [weekStart, weekEnd] = weekAround10September(year);
  return [
    moment(
      TrainingOccasion.MENTAL_HEALTH_AWARENESS_MONTH,
      'Mental Health Awareness Month',
      day(year, 5, 1),
      day(year, 5, 31),
    ),
    moment(TrainingOccasion.BACK_TO_SCHOOL, 'Back to school', day(year, 8, 20), day(year, 9, 30)),
    moment(TrainingOccasion.SUICIDE_PREVENTION_WEEK, 'Suicide Prevention Week', weekStart, weekEnd),
    moment(TrainingOccasion.WORLD_SUICIDE_PREVENTION_DAY, 'World Suicide Prevention Day', day(year, 9, 10)),
    moment(TrainingOccasion.WORLD_MENTAL_HEALTH_DAY, 'World Mental Health Day', day(year, 10, 10)),
  ];
}
