/**
 * A training session's fields, shared by "New session" and "Edit session": what it is, who it is for, when
 * (start and end in one time zone, the zone it is held in) and how many places it has. The schema carries
 * the server's limits, so most mistakes are caught before anything is sent.
 */
import { TITLE_MAX } from '@beacon/shared';
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { DateTimeRangeFields } from '../../common/time/date-time-range.input';
import { fromInstant, toInstant } from '../../common/time/zoned-time';
import type { TrainingAudience, TrainingOccasion, TrainingTopic } from '../../gql/graphql';
import { AUDIENCE_LABELS, OCCASION_LABELS, options, TOPIC_LABELS } from './training-labels';

export const CAPACITY_MAX = 10_000;
const DESCRIPTION_MAX = 5_000;

const keys = <K extends string>(labels: Readonly<Record<K, string>>) => Object.keys(labels) as [K, ...K[]];

const zoned = z
  .object({ date: z.string(), time: z.string(), timeZone: z.string() })
  .refine((value) => toInstant(value) !== null, 'Enter a date, a time and a time zone');

export const sessionSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Give the session a title')
      .max(TITLE_MAX, `At most ${TITLE_MAX} characters`),
    description: z.string().trim().max(DESCRIPTION_MAX, `At most ${DESCRIPTION_MAX} characters`),
    topic: z.enum(keys<TrainingTopic>(TOPIC_LABELS)),
    occasion: z.enum(keys<TrainingOccasion>(OCCASION_LABELS)),
    audience: z.enum(keys<TrainingAudience>(AUDIENCE_LABELS)),
    capacity: z.coerce
      .number<string | number>({ message: 'Enter the number of places' })
      .int('Enter a whole number of places')
      .min(1, 'At least one place')
      .max(CAPACITY_MAX, `At most ${CAPACITY_MAX.toLocaleString('en-GB')} places`),
    startsAt: zoned,
    endsAt: zoned,
  })
  .refine(
    (v) => {
      const start = toInstant(v.startsAt);
      const end = toInstant(v.endsAt);
      return !start || !end || end.instant > start.instant;
    },
    { path: ['endsAt'], message: 'The session must end after it starts' },
  );

export type SessionValues = z.output<typeof sessionSchema>;

export const SESSION_LABELS = {
  title: 'Title',
  description: 'Description',
  topic: 'Topic',
  occasion: 'Occasion',
  audience: 'Audience',
  capacity: 'Places',
  startsAt: 'Starts',
  endsAt: 'Ends',
} as const satisfies Record<keyof SessionValues, string>;

/** The form's values for a session as the server returned it (times in the session's own zone). */
export function sessionValues(session: {
  title: string;
  description: string;
  topic: TrainingTopic;
  occasion: TrainingOccasion;
  audience: TrainingAudience;
  capacity: number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}): SessionValues {
  return {
    title: session.title,
    description: session.description,
    topic: session.topic,
    occasion: session.occasion,
    audience: session.audience,
    capacity: session.capacity,
    startsAt: fromInstant(new Date(session.startsAt), session.timeZone),
    endsAt: fromInstant(new Date(session.endsAt), session.timeZone),
  };
}

/** What the server takes: instants, and the zone the start was planned in. */
export function sessionInput(values: SessionValues) {
  const { startsAt, endsAt, ...rest } = values;
  return {
    ...rest,
    startsAt: (toInstant(startsAt) as { instant: Date }).instant.toISOString(),
    endsAt: (toInstant(endsAt) as { instant: Date }).instant.toISOString(),
    timeZone: startsAt.timeZone,
  };
}

export function SessionFields({ form }: { form: UseFormReturn<SessionValues> }) {
  const { errors } = form.formState;
  return (
    <Stack gap="sm">
      <TextInput label="Title" required {...form.register('title')} error={errors.title?.message} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label="Topic"
          data={options(TOPIC_LABELS)}
          {...form.register('topic')}
          error={errors.topic?.message}
        />
        <NativeSelect
          label="Occasion"
          data={options(OCCASION_LABELS)}
          {...form.register('occasion')}
          error={errors.occasion?.message}
        />
        <NativeSelect
          label="Audience"
          data={options(AUDIENCE_LABELS)}
          {...form.register('audience')}
          error={errors.audience?.message}
        />
      </SimpleGrid>
      <DateTimeRangeFields form={form} start={{ legend: 'Starts' }} end={{ legend: 'Ends' }} />
      <TextInput
        label="Places"
        type="number"
        inputMode="numeric"
        min={1}
        max={CAPACITY_MAX}
        required
        w={{ base: '100%', sm: 200 }}
        {...form.register('capacity')}
        error={errors.capacity?.message}
      />
      <Textarea
        label="Description"
        autosize
        minRows={3}
        {...form.register('description')}
        error={errors.description?.message}
      />
    </Stack>
  );
}
