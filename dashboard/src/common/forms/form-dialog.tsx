/**
 * The frame every catalogue dialog form shares, so "New …" and "Edit …" cannot drift apart: a button
 * guarded by a permission opens a form dialog (form-modal.tsx: closing it with changes asks first; Mantine
 * puts focus back on the button when it closes) holding a form with its problem on top, the fields, then
 * Cancel and the submit button bottom right.
 * `versioned-edit-dialog.tsx` builds "Edit" on it; `NewRecordDialog` builds "New …".
 */
import type { Permission as PermissionType } from '@beacon/shared';
import { Permission } from '@beacon/shared';
import { Button, type ButtonProps, Group, type MantineSize } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { type AnyVariables, type TypedDocumentNode, useMutation } from 'urql';
import type { z } from 'zod';
import type { Problem } from '../graphql/problem';
import { notify } from '../notifications/notify';
import { Guarded } from '../permissions/use-can';
import { CancelButton, FormModal } from './form-modal';
import { FormProblem } from './form-problem';
import { useBeaconForm } from './use-beacon-form';

type AnySchema = z.ZodType<FieldValues, FieldValues>;

export interface DialogButtonProps {
  /** The dialog's title, such as "Edit Samaritans" or "New ad-credit grant". */
  title: string;
  buttonLabel: string;
  buttonVariant?: ButtonProps['variant'];
  /** What people without the permission see: the button disabled (described by the page's role notice), or nothing. */
  guard?: 'disable' | 'hide';
  permission?: PermissionType;
  size?: MantineSize;
}

/** The guarded button and the dialog; `children` gets the function that closes it without asking (on save). */
export function FormDialog({
  title,
  buttonLabel,
  buttonVariant,
  guard = 'disable',
  permission = Permission.CATALOGUE_WRITE,
  size = 'lg',
  children,
}: DialogButtonProps & { children: (close: () => void) => ReactNode }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={permission} mode={guard}>
        {(props) => (
          <Button variant={buttonVariant} {...props} onClick={open}>
            {buttonLabel}
          </Button>
        )}
      </Guarded>
      <FormModal opened={opened} onClose={close} title={title} size={size}>
        {opened && children(close)}
      </FormModal>
    </>
  );
}

/** The form inside: its problem, the fields, Cancel and submit; `after` for a dialog of its own (a conflict). */
export function DialogForm({
  onSubmit,
  problem,
  problemTitle,
  submitLabel,
  submitting,
  children,
  after,
}: {
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  problem: Problem | null;
  problemTitle?: string;
  submitLabel: string;
  submitting: boolean;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <FormProblem problem={problem} title={problemTitle} />
      {children}
      <Group justify="flex-end" mt="md">
        <CancelButton />
        <Button type="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
      {after}
    </form>
  );
}

/**
 * "New …": the shared dialog with a schema-validated form that creates a record, announces it and closes,
 * then `created` may go to the new record's page.
 *
 *   <NewRecordDialog title="New ad-credit grant" buttonLabel="New grant" schema={grantCreateSchema}
 *     defaultValues={…} mutation={CreateGrantMutation} input={(v) => ({ input: … })}
 *     saved={(d) => `${…} granted`} created={(d) => navigate(…)} submitLabel="Add grant"
 *     fields={(form) => …} />
 */
export function NewRecordDialog<Schema extends AnySchema, Data, Variables extends AnyVariables>({
  schema,
  defaultValues,
  mutation,
  variables,
  saved,
  created,
  problemTitle,
  submitLabel,
  fields,
  ...button
}: DialogButtonProps & {
  schema: Schema;
  defaultValues: Parameters<typeof useBeaconForm<Schema>>[0]['defaultValues'];
  mutation: TypedDocumentNode<Data, Variables>;
  /** The mutation's variables from the form's values. */
  variables: (values: z.output<Schema>) => Variables;
  /** What to announce once created. */
  saved: (data: Data) => string;
  /** After the dialog closed: go to the new record, say. */
  created?: (data: Data) => void;
  problemTitle?: string;
  submitLabel: string;
  fields: (form: UseFormReturn<z.output<Schema>>) => ReactNode;
}) {
  return (
    <FormDialog {...button}>
      {(close) => (
        <NewRecordForm
          schema={schema}
          defaultValues={defaultValues}
          mutation={mutation}
          variables={variables}
          onCreated={(data) => {
            notify.success(saved(data));
            close();
            created?.(data);
          }}
          problemTitle={problemTitle}
          submitLabel={submitLabel}
          fields={fields}
        />
      )}
    </FormDialog>
  );
}

function NewRecordForm<Schema extends AnySchema, Data, Variables extends AnyVariables>({
  schema,
  defaultValues,
  mutation,
  variables,
  onCreated,
  problemTitle,
  submitLabel,
  fields,
}: {
  schema: Schema;
  defaultValues: Parameters<typeof useBeaconForm<Schema>>[0]['defaultValues'];
  mutation: TypedDocumentNode<Data, Variables>;
  variables: (values: z.output<Schema>) => Variables;
  onCreated: (data: Data) => void;
  problemTitle?: string;
  submitLabel: string;
  fields: (form: UseFormReturn<z.output<Schema>>) => ReactNode;
}) {
  const { form, submit, problem } = useBeaconForm({ schema, defaultValues });
  const [{ fetching }, create] = useMutation(mutation);
  return (
    <DialogForm
      onSubmit={submit(async (values) => {
        const result = await create(variables(values));
        if (result.data && !result.error) onCreated(result.data);
        return result;
      })}
      problem={problem}
      problemTitle={problemTitle}
      submitLabel={submitLabel}
      submitting={fetching}
    >
      {fields(form)}
    </DialogForm>
  );
}
