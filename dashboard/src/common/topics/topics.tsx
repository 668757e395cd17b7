/**
 * Topics as staff pick and read them everywhere in the catalogue: the one list from @beacon/shared (so the
 * dashboard offers exactly the topics the server takes), a multi-select bound to a react-hook-form field,
 * and the labels a list shows.
 */
import { ALL_TOPICS, TOPIC_INFO, type Topic } from '@beacon/shared';
import type { MultiSelectProps } from '@mantine/core';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import type { Topic as TopicValue } from '../../gql/graphql';
import { ClearableMultiSelect } from '../forms/reachable-clear';

export const TOPIC_OPTIONS = ALL_TOPICS.map((value) => ({ value, label: TOPIC_INFO[value].label }));

/** A form's topics: any of the shared list (the schema's `Topic`, as the generated types spell it). */
export const topicsSchema = z.array(z.enum(ALL_TOPICS as readonly string[] as [TopicValue, ...TopicValue[]]));

export const topicLabel = (topic: string) => TOPIC_INFO[topic as Topic]?.label ?? topic;

/** "Self-harm, Trauma", or `none` when there are none. */
export const topicsText = (topics: readonly string[], none = 'Any topic') =>
  topics.length === 0 ? none : topics.map(topicLabel).join(', ');

export function TopicsSelect<Values extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<Values>; name: FieldPath<Values> } & Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'name'
>) {
  const named = typeof props.label === 'string' ? props.label.toLowerCase() : 'the topics';
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <ClearableMultiSelect
          data={TOPIC_OPTIONS}
          searchable
          nothingFoundMessage="No topic by that name"
          clearLabel={`Clear ${named}`}
          {...props}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
