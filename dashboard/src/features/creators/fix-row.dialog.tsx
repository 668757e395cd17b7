/**
 * Fixing one row of an import in place: its cells as fields, each with the problem found in it, checked
 * again with the same rules as the file on saving. The row keeps its number, so once staged the server
 * replaces it rather than adding it twice.
 */
import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { z } from 'zod';
import { CancelButton, FormModal } from '../../common/forms/form-modal';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import type { CreatorImportRowInput } from '../../gql/graphql';
import {
  cellsOf,
  checkRowInput,
  FIELD_LABELS,
  type ImportField,
  type RowProblem,
  toRowInput,
} from './creator-csv';

const schema = z.object({
  handle: z.string(),
  displayName: z.string(),
  bio: z.string(),
  region: z.string(),
  languages: z.string(),
  topics: z.string(),
  followerCount: z.string(),
  profileUrl: z.string(),
  consentScope: z.string(),
  consentGivenAt: z.string(),
});

/** `consent.scope` (as the server may name it) → `consentScope` (the form's field). */
const formField = (field: string) =>
  field.replace(/^consent\.(\w)/, (_, c: string) => `consent${c.toUpperCase()}`) as ImportField;

const SHORT_FIELDS: ImportField[] = [
  'handle',
  'displayName',
  'region',
  'profileUrl',
  'followerCount',
  'languages',
  'topics',
  'consentScope',
  'consentGivenAt',
];

export function FixRowDialog({
  row,
  problems,
  onCancel,
  onSave,
}: {
  row: CreatorImportRowInput;
  problems: readonly RowProblem[];
  onCancel: () => void;
  onSave: (row: CreatorImportRowInput) => void;
}) {
  const { form, submit } = useBeaconForm({ schema, defaultValues: cellsOf(row) });
  const errors = form.formState.errors;
  const dirty = form.formState.dirtyFields;
  // What was found before editing, shown until the person changes the field (then its own check speaks).
  const found = new Map<string, string>();
  for (const p of problems) if (!found.has(formField(p.field))) found.set(formField(p.field), p.message);
  const errorOf = (field: ImportField) =>
    errors[field]?.message ?? (dirty[field] ? undefined : found.get(field));

  const save = submit(async (values) => {
    const input = toRowInput(row.rowNumber, values);
    const local = checkRowInput(input);
    if (local.length > 0) {
      for (const p of local)
        form.setError(formField(p.field), { type: 'check', message: p.message }, { shouldFocus: true });
      return undefined;
    }
    onSave(input);
    return undefined;
  });

  return (
    <FormModal
      opened
      onClose={onCancel}
      dirty={form.formState.isDirty}
      title={`Fix row ${row.rowNumber}`}
      size="lg"
      centered
    >
      <form noValidate onSubmit={save}>
        <Stack gap="sm">
          <Text size="sm">Change what is wrong; the row is checked again when you save it.</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {SHORT_FIELDS.map((field) => (
              <TextInput
                key={field}
                label={FIELD_LABELS[field]}
                {...form.register(field)}
                error={errorOf(field)}
                data-autofocus={
                  found.has(field) && field === formField(problems[0]?.field ?? '') ? true : undefined
                }
              />
            ))}
          </SimpleGrid>
          <Textarea
            label={FIELD_LABELS.bio}
            autosize
            minRows={2}
            {...form.register('bio')}
            error={errorOf('bio')}
          />
          <Group justify="flex-end" gap="sm">
            <CancelButton />
            <Button type="submit">Save row {row.rowNumber}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
