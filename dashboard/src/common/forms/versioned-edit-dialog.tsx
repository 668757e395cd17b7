/**
 * "Edit" on a catalogue record's page, the one way: a button guarded by the catalogue permission opens a
 * dialog (the frame "New …" dialogs share: form-dialog.tsx) with the record's fields on its version (`useVersionedForm`), sends `expectedVersion`, and when
 * someone saved first shows the conflict dialog, so nothing typed is lost. On save it announces the result
 * and closes; Mantine's modal puts focus back on the button that opened it.
 *
 *   <VersionedEditDialog
 *     record={resource} title={`Edit ${resource.name}`} schema={resourceSchema} labels={RESOURCE_LABELS}
 *     valuesOf={resourceValues} latest={{ query: CrisisResourceQuery, pick: (d) => … }}
 *     mutation={UpdateCrisisResourceMutation} input={(values) => resourceInput(values)}
 *     saved={(d) => `${d.updateCrisisResource.crisisResource.name} saved`} submitLabel="Save resource"
 *     fields={(form) => <ResourceFields form={form} />} />
 */
import type { Permission as PermissionType } from '@beacon/shared';
import { Permission } from '@beacon/shared';
import type { MantineSize } from '@mantine/core';
import { type ReactNode, useCallback, useMemo } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { type TypedDocumentNode, useClient, useMutation } from 'urql';
import type { z } from 'zod';
import type { FieldDescribers, FieldLabels } from '../conflict/diff';
import { useVersionedForm } from '../conflict/use-versioned-form';
import { notify } from '../notifications/notify';
import { DialogForm, FormDialog } from './form-dialog';

type AnySchema = z.ZodType<FieldValues, FieldValues>;

interface VersionedEditProps<
  Schema extends AnySchema,
  Rec extends { id: string; version: number },
  Latest,
  Data,
> {
  /** The record as the page shows it. */
  record: Rec;
  /** The dialog's title, such as "Edit Samaritans". */
  title: string;
  /** The button's label ("Edit" unless the page has several). */
  buttonLabel?: string;
  /** What people without the permission see: the button disabled with the reason, or nothing. */
  guard?: 'disable' | 'hide';
  permission?: PermissionType;
  size?: MantineSize;
  schema: Schema;
  /** The editable fields, named as people know them: the conflict dialog compares these. */
  labels: FieldLabels<z.output<Schema>>;
  /** Values the conflict dialog should write in words (a status rather than its code). */
  describe?: FieldDescribers<z.output<Schema>>;
  valuesOf: (record: Rec) => z.output<Schema>;
  /** How to fetch the latest version when the server answers CONFLICT. */
  latest: { query: TypedDocumentNode<Latest, { id: string }>; pick: (data: Latest) => Rec | null };
  mutation: TypedDocumentNode<Data, { input: { id: string; expectedVersion: number } & object }>;
  /** The mutation's input, less `id` and `expectedVersion`. */
  input: (values: z.output<Schema>) => object;
  /** What to announce once saved. */
  saved: (data: Data) => string;
  /** The form problem's heading when the save fails. */
  problemTitle?: string;
  submitLabel: string;
  fields: (form: UseFormReturn<z.output<Schema>>) => ReactNode;
}

export function VersionedEditDialog<
  Schema extends AnySchema,
  Rec extends { id: string; version: number },
  Latest,
  Data,
>({
  title,
  buttonLabel = 'Edit',
  guard = 'hide',
  permission = Permission.CATALOGUE_WRITE,
  size = 'xl',
  ...form
}: VersionedEditProps<Schema, Rec, Latest, Data>) {
  return (
    <FormDialog
      title={title}
      buttonLabel={buttonLabel}
      buttonVariant="default"
      guard={guard}
      permission={permission}
      size={size}
    >
      {(close) => <VersionedEditForm {...form} title={title} onDone={close} />}
    </FormDialog>
  );
}

function VersionedEditForm<
  Schema extends AnySchema,
  Rec extends { id: string; version: number },
  Latest,
  Data,
>({
  record,
  schema,
  labels,
  describe,
  valuesOf,
  latest,
  mutation,
  input,
  saved,
  problemTitle,
  submitLabel,
  fields,
  onDone,
}: VersionedEditProps<Schema, Rec, Latest, Data> & { onDone: () => void }) {
  const client = useClient();
  // The version is the record's identity in time: a new one (a live update) is a new starting point.
  // biome-ignore lint/correctness/useExhaustiveDependencies: valuesOf is the caller's pure mapping
  const current = useMemo(() => ({ values: valuesOf(record), version: record.version }), [record]);
  const fetchLatest = useCallback(async () => {
    const result = await client
      .query(latest.query, { id: record.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const fresh = result.data ? latest.pick(result.data) : null;
    return fresh ? { values: valuesOf(fresh), version: fresh.version } : null;
  }, [client, latest, record.id, valuesOf]);
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema,
    record: current,
    labels,
    describe,
    fetchLatest,
  });
  const [{ fetching }, update] = useMutation(mutation);
  return (
    <DialogForm
      onSubmit={submit(async (values) => {
        const result = await update({ input: { id: record.id, expectedVersion, ...input(values) } });
        if (result.data) {
          notify.success(saved(result.data));
          onDone();
        }
        return result;
      })}
      problem={problem}
      problemTitle={problemTitle}
      submitLabel={submitLabel}
      submitting={fetching}
      after={conflictDialog}
    >
      {fields(form)}
    </DialogForm>
  );
}
