/**
 * An organisation's fields, shared by "New organisation" and "Edit": name (unique; the server says so when
 * taken), kind, website (https), what it does, the regions it serves (none for worldwide) and the topics it
 * focuses on. The rules
 * mirror the server's so mistakes show beside the field before anything is sent.
 */
import { BIO_MAX, NAME_MAX, URL_MAX } from '@beacon/shared';
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { TopicsSelect, topicsSchema } from '../../common/topics/topics';
import type { OrganisationKind, Topic } from '../../gql/graphql';
import { splitList } from '../crisis-resources/crisis-resource-form';
import { KIND_LABELS, options } from './grant-labels';

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

export const organisationSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name').max(NAME_MAX, `At most ${NAME_MAX} characters`),
  kind: z.enum(Object.keys(KIND_LABELS) as [OrganisationKind, ...OrganisationKind[]], {
    message: 'Choose what kind of organisation it is',
  }),
  website: z
    .string()
    .trim()
    .max(URL_MAX, `At most ${URL_MAX} characters`)
    .refine(isHttps, 'An address starting https://, such as https://example.org'),
  description: z
    .string()
    .trim()
    .max(BIO_MAX, `At most ${BIO_MAX.toLocaleString('en-GB')} characters`),
  regionsServed: z
    .string()
    .refine(
      (v) => splitList(v).every((code) => /^[A-Za-z]{2}$/.test(code)),
      'Two-letter region codes separated by commas, such as GB, IE',
    ),
  focusTopics: topicsSchema,
});

export type OrganisationValues = z.output<typeof organisationSchema>;

export const ORGANISATION_LABELS = {
  name: 'Name',
  kind: 'Kind',
  website: 'Website',
  description: 'What it does',
  regionsServed: 'Regions served',
  focusTopics: 'Focus topics',
} as const satisfies Record<keyof OrganisationValues, string>;

export const EMPTY_ORGANISATION = {
  name: '',
  kind: '' as OrganisationKind,
  website: 'https://',
  description: '',
  regionsServed: '',
  focusTopics: [] as Topic[],
};

export const organisationValues = (o: {
  name: string;
  kind: OrganisationKind;
  website: string;
  description: string;
  regionsServed: readonly string[];
  focusTopics?: readonly Topic[] | null;
}): OrganisationValues => ({
  name: o.name,
  kind: o.kind,
  website: o.website,
  description: o.description,
  regionsServed: o.regionsServed.join(', '),
  focusTopics: [...(o.focusTopics ?? [])],
});

export const organisationInput = (v: OrganisationValues) => ({
  ...v,
  regionsServed: splitList(v.regionsServed, true),
});

export function OrganisationFields({ form }: { form: UseFormReturn<OrganisationValues> }) {
  const { errors } = form.formState;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Name"
          data-autofocus
          required
          autoComplete="off"
          {...form.register('name')}
          error={errors.name?.message}
        />
        <NativeSelect
          label="Kind"
          required
          data={[{ value: '', label: 'Choose…' }, ...options(KIND_LABELS)]}
          {...form.register('kind')}
          error={errors.kind?.message}
        />
        <TextInput
          label="Website"
          type="url"
          required
          autoComplete="off"
          spellCheck={false}
          {...form.register('website')}
          error={errors.website?.message}
        />
        <TextInput
          label="Regions served"
          description="Two-letter codes separated by commas; leave empty for worldwide"
          autoComplete="off"
          spellCheck={false}
          {...form.register('regionsServed')}
          error={errors.regionsServed?.message}
        />
      </SimpleGrid>
      <Textarea
        label="What it does"
        description="A sentence or two"
        autosize
        minRows={2}
        {...form.register('description')}
        error={errors.description?.message}
      />
      <TopicsSelect
        control={form.control}
        name="focusTopics"
        label="Focus topics"
        description="What its work is about; leave empty when it has no particular focus"
        placeholder="No particular focus"
      />
    </Stack>
  );
}
