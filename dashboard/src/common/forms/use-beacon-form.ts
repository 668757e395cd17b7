/**
 * Forms, the one way: react-hook-form with a zod schema (the same limits as the server, from
 * @beacon/shared), errors next to each field, the server's `extensions.fields` mapped onto the fields it
 * names, focus moved to the first error, and what the person typed kept through any failure (nothing here
 * ever resets the form on an error).
 *
 *   const { form, submit, problem } = useBeaconForm({ schema, defaultValues });
 *   <form noValidate onSubmit={submit(async (values) => updateCampaign({ input: { …values } }))}>
 *     <TextInput label="Name" {...form.register('name')} error={form.formState.errors.name?.message} />
 *     <FormProblem problem={problem} />
 *
 * `submit`'s handler returns the urql result; when it carries an error, the fields the server named get
 * their messages, anything else becomes the form's problem (read out, with the request id).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useRef, useState } from 'react';
import {
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { CombinedError } from 'urql';
import type { z } from 'zod';
import { type FieldProblem, type Problem, problemOf } from '../graphql/problem';
import { useTrackChanges } from './unsaved-changes';

export interface BeaconForm<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  /** Wraps a submit handler: validates, runs it, maps what the server refused onto the form. */
  submit: (
    handler: (values: Values) => Promise<{ error?: CombinedError | undefined } | undefined>,
  ) => (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** What went wrong that belongs to no one field (or the server's summary of field errors). */
  problem: Problem | null;
  setProblem: (problem: Problem | null) => void;
}

/** `input.consent.scope` → `consent.scope`: server paths start at the argument, form fields inside it. */
export function fieldNameOf(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

export function useBeaconForm<Schema extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  defaultValues,
  serverPathPrefix = 'input.',
  onServerProblem,
}: {
  schema: Schema;
  defaultValues: DefaultValues<z.input<Schema>>;
  /** Removed from the server's field paths to get the form's field names. */
  serverPathPrefix?: string;
  /** A problem the form should handle itself (CONFLICT opens the conflict dialog): return true. */
  onServerProblem?: (error: CombinedError, problem: Problem) => boolean;
}): BeaconForm<z.output<Schema>> {
  type Values = z.output<Schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues: defaultValues as DefaultValues<Values>,
    // Checked when the person submits, then as they correct it: tabbing through a form with the keyboard
    // does not flag every field passed on the way as an error before anything was typed.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  // Leaving the form (its dialog, its page) with changes asks first: unsaved-changes.tsx. `isDirty` is read
  // during render so react-hook-form keeps it up to date: its formState proxy only computes what a render read.
  const { isDirty } = form.formState;
  const saving = useRef(false);
  useTrackChanges({ changed: () => isDirty, saving: () => saving.current });

  const applyServerFields = useCallback(
    (fields: readonly FieldProblem[]): FieldProblem[] => {
      const known = new Set(Object.keys(form.getValues()));
      const unplaced: FieldProblem[] = [];
      let first: string | null = null;
      for (const field of fields) {
        const name = fieldNameOf(field.path, serverPathPrefix);
        if (!known.has(name.split('.')[0] ?? name)) {
          unplaced.push(field);
          continue;
        }
        form.setError(name as FieldPath<Values>, { type: 'server', message: field.message });
        first ??= name;
      }
      if (first) form.setFocus(first as FieldPath<Values>);
      return unplaced;
    },
    [form, serverPathPrefix],
  );

  const submit: BeaconForm<Values>['submit'] = (handler) =>
    form.handleSubmit(async (values) => {
      setProblem(null);
      saving.current = true;
      const result = await handler(values).finally(() => {
        saving.current = false;
      });
      const error = result?.error;
      if (result && !error) {
        // Saved: what is in the form is now what is stored, so leaving it loses nothing.
        form.reset(form.getValues(), { keepValues: true });
        return;
      }
      if (!error) return;
      const found = problemOf(error);
      if (onServerProblem?.(error, found)) return;
      const unplaced = applyServerFields(found.fields);
      // Field errors speak for themselves next to each field; say so once at the top too, for anyone
      // who cannot see them all, and carry everything the fields could not.
      setProblem(
        found.fields.length > 0 && unplaced.length === 0
          ? { ...found, message: `${found.message}. Check the fields marked below.` }
          : found,
      );
    });

  return { form, submit, problem, setProblem };
}
