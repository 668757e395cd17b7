/**
 * A crisis resource's fields, shared by "New crisis resource" and "Edit": name, who runs it, how to reach it
 * (a list of contacts, each a channel, a value that suits it and optional instructions), where (regions, or
 * the global directory), the topics it specialises in, when, and in which languages. The rules mirror the
 * server's so mistakes show beside the field before anything is sent; the server's own refusals land on the
 * same fields.
 */
import { NAME_MAX } from '@beacon/shared';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { TopicsSelect, topicsSchema } from '../../common/topics/topics';
import type { ContactChannel, Topic } from '../../gql/graphql';

export const CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  CALL: 'Call',
  TEXT: 'Text',
  CHAT: 'Chat',
  WEB: 'Web',
};
const CHANNELS = Object.keys(CHANNEL_LABELS) as [ContactChannel, ...ContactChannel[]];
export const CONTACTS_MAX = 10;

/** The server's rule: a number for call and text, an https URL for chat and web. */
const PHONE = /^(?=.*\d)[\d +-]{3,20}$/;
const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** "gb, ie" → ['GB', 'IE']; empty parts dropped. */
export const splitList = (text: string, upper = false) =>
  text
    .split(/[,\s]+/)
    .map((part) => (upper ? part.trim().toUpperCase() : part.trim()))
    .filter(Boolean);

const contactSchema = z
  .object({
    channel: z.enum(CHANNELS),
    value: z.string().trim().min(1, 'Enter the number or address'),
    instructions: z.string().trim().max(300, 'At most 300 characters'),
  })
  .superRefine((c, ctx) => {
    if (!c.value) return;
    const phone = c.channel === 'CALL' || c.channel === 'TEXT';
    if (phone ? !PHONE.test(c.value) : !isHttps(c.value))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: phone
          ? 'A phone number or short code: 3 to 20 digits, spaces, + or -'
          : 'An address starting https://',
      });
  });

export const resourceSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the name').max(NAME_MAX, `At most ${NAME_MAX} characters`),
    organisationName: z
      .string()
      .trim()
      .min(1, 'Enter the organisation that runs it')
      .max(NAME_MAX, `At most ${NAME_MAX} characters`),
    contacts: z
      .array(contactSchema)
      .min(1, 'Add at least one way to reach it')
      .max(CONTACTS_MAX, `At most ${CONTACTS_MAX} contacts`),
    regions: z
      .string()
      .refine(
        (v) => splitList(v).every((code) => /^[A-Za-z]{2}$/.test(code)),
        'Two-letter region codes separated by commas, such as GB, IE',
      ),
    isGlobal: z.boolean(),
    topics: topicsSchema,
    hours: z
      .string()
      .trim()
      .min(1, 'Enter when it can be reached, such as 24/7')
      .max(200, 'At most 200 characters'),
    languages: z
      .string()
      .refine(
        (v) => splitList(v).every((tag) => /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)),
        'Language tags separated by commas, such as en, cy',
      ),
  })
  .superRefine((v, ctx) => {
    if (!v.isGlobal && splitList(v.regions).length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['regions'],
        message: 'Enter at least one region, or mark it as a global directory',
      });
  });

export type ResourceValues = z.output<typeof resourceSchema>;

export const RESOURCE_LABELS = {
  name: 'Name',
  organisationName: 'Organisation',
  contacts: 'Contacts',
  regions: 'Regions',
  isGlobal: 'Global directory',
  topics: 'Topics',
  hours: 'Hours',
  languages: 'Languages',
} as const satisfies Record<keyof ResourceValues, string>;

export const EMPTY_CONTACT: ResourceValues['contacts'][number] = {
  channel: 'CALL',
  value: '',
  instructions: '',
};

export const EMPTY_RESOURCE: ResourceValues = {
  name: '',
  organisationName: '',
  contacts: [EMPTY_CONTACT],
  regions: '',
  isGlobal: false,
  topics: [],
  hours: '',
  languages: '',
};

interface ResourceRecord {
  name: string;
  organisationName: string;
  regions: readonly string[];
  isGlobal: boolean;
  topics?: readonly Topic[] | null;
  hours: string;
  languages?: readonly string[] | null;
  contacts: readonly { channel: ContactChannel; value: string; instructions?: string | null }[];
}

/** A record's values as the form holds them. */
export const resourceValues = (r: ResourceRecord): ResourceValues => ({
  name: r.name,
  organisationName: r.organisationName,
  contacts: r.contacts.map((c) => ({
    channel: c.channel,
    value: c.value,
    instructions: c.instructions ?? '',
  })),
  regions: r.regions.join(', '),
  isGlobal: r.isGlobal,
  topics: [...(r.topics ?? [])],
  hours: r.hours,
  languages: (r.languages ?? []).join(', '),
});

/** What the server takes. */
export const resourceInput = (v: ResourceValues) => ({
  name: v.name,
  organisationName: v.organisationName,
  contacts: v.contacts.map((c) => ({
    channel: c.channel,
    value: c.value,
    instructions: c.instructions ? c.instructions : null,
  })),
  regions: splitList(v.regions, true),
  isGlobal: v.isGlobal,
  topics: v.topics,
  hours: v.hours,
  languages: splitList(v.languages),
});

export function ResourceFields({ form }: { form: UseFormReturn<ResourceValues> }) {
  const { errors } = form.formState;
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const addContact = () => {
    contacts.append(EMPTY_CONTACT, { focusName: `contacts.${contacts.fields.length}.channel` });
  };
  const removeContact = (index: number) => {
    contacts.remove(index);
    // Focus stays in the list: on the row that took its place, or the one before, or "Add contact".
    const next = Math.min(index, contacts.fields.length - 2);
    requestAnimationFrame(() => {
      if (next >= 0) form.setFocus(`contacts.${next}.value`);
      else document.getElementById('add-contact')?.focus();
    });
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Name"
          description="As people search for it, such as Samaritans"
          data-autofocus
          required
          autoComplete="off"
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextInput
          label="Organisation"
          description="Who runs it"
          required
          autoComplete="off"
          {...form.register('organisationName')}
          error={errors.organisationName?.message}
        />
      </SimpleGrid>

      <Fieldset
        legend={
          <Text component="span" fw={600} size="sm">
            How to reach it
          </Text>
        }
        variant="unstyled"
      >
        <Text size="sm" c="dimmed" mb="xs">
          Most direct first. Call and text take a number or short code; chat and web an https address.
        </Text>
        <Stack gap="sm">
          {contacts.fields.map((field, index) => {
            const n = index + 1;
            const rowErrors = errors.contacts?.[index];
            return (
              <Paper key={field.id} withBorder p="xs" radius="sm" role="group" aria-label={`Contact ${n}`}>
                <Group align="flex-end" gap="xs" wrap="wrap">
                  <NativeSelect
                    label={<RowLabel n={n}>Channel</RowLabel>}
                    data={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
                    w={{ base: '100%', sm: 170 }}
                    {...form.register(`contacts.${index}.channel`)}
                  />
                  <TextInput
                    label={<RowLabel n={n}>Number or address</RowLabel>}
                    required
                    autoComplete="off"
                    spellCheck={false}
                    style={{ flex: '1 1 12rem' }}
                    {...form.register(`contacts.${index}.value`)}
                    error={rowErrors?.value?.message}
                  />
                  <TextInput
                    label={<RowLabel n={n}>Instructions</RowLabel>}
                    placeholder="Optional, such as Text SHOUT"
                    autoComplete="off"
                    style={{ flex: '1 1 12rem' }}
                    {...form.register(`contacts.${index}.instructions`)}
                    error={rowErrors?.instructions?.message}
                  />
                  <Button
                    variant="default"
                    disabled={contacts.fields.length === 1}
                    onClick={() => removeContact(index)}
                    aria-label={`Remove contact ${n}`}
                    title={contacts.fields.length === 1 ? 'A resource needs at least one contact' : undefined}
                  >
                    Remove
                  </Button>
                </Group>
              </Paper>
            );
          })}
          {errors.contacts?.root?.message || errors.contacts?.message ? (
            <Text size="sm" c="red.8" role="alert">
              {errors.contacts?.root?.message ?? errors.contacts?.message}
            </Text>
          ) : null}
          <Group>
            <Button
              id="add-contact"
              variant="default"
              onClick={addContact}
              disabled={contacts.fields.length >= CONTACTS_MAX}
            >
              Add contact
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Regions"
          description="Two-letter codes separated by commas, such as GB, IE"
          autoComplete="off"
          spellCheck={false}
          {...form.register('regions')}
          error={errors.regions?.message}
        />
        <TextInput
          label="Languages"
          description="Language tags separated by commas, such as en, cy"
          autoComplete="off"
          spellCheck={false}
          {...form.register('languages')}
          error={errors.languages?.message}
        />
        <TextInput
          label="Hours"
          description="When it can be reached, such as 24/7"
          required
          autoComplete="off"
          {...form.register('hours')}
          error={errors.hours?.message}
        />
      </SimpleGrid>
      <TopicsSelect
        control={form.control}
        name="topics"
        label="Topics"
        description="What it specialises in; leave empty for any crisis. Readers looking at these topics see it first."
        placeholder="Any crisis"
      />
      <Checkbox
        label="Global directory"
        description="Shown to readers in regions that have no resource of their own"
        {...form.register('isGlobal')}
      />
    </Stack>
  );
}

/**
 * A contact field's label: short on screen, where the row shows which contact it is, and whole for a
 * screen reader ("Contact 2: Number or address"), which meets the field alone.
 */
function RowLabel({ n, children }: { n: number; children: string }) {
  return (
    <>
      <VisuallyHidden>{`Contact ${n}: `}</VisuallyHidden>
      {children}
    </>
  );
}
