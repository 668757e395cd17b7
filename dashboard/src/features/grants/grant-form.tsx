/**
 * A grant's fields, shared by "New grant" and the grant's edit form: the amount as people write it (checked
 * against the currency's decimals and turned into exact minor units), the currency, how far it has gone,
 * whether the figure is illustrative (no per-organisation split was published) and a note on its source.
 */
import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { GrantStatus } from '../../gql/graphql';
import { options, STATUS_LABELS } from './grant-labels';
import { minorDigits, toMinor } from './money';

export const GRANT_AMOUNT_MAX = 1_000_000_000_000;

const amountFields = {
  amount: z.string().trim().min(1, 'Enter the amount'),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'A three-letter currency code in capitals, such as USD'),
  status: z.enum(Object.keys(STATUS_LABELS) as [GrantStatus, ...GrantStatus[]]),
  illustrative: z.boolean(),
  note: z.string().trim().max(2000, 'At most 2,000 characters'),
};

const checkAmount = (v: { amount: string; currency: string }, ctx: z.RefinementCtx) => {
  const minor = toMinor(v.amount, v.currency);
  const digits = minorDigits(v.currency);
  if (minor === null)
    ctx.addIssue({
      code: 'custom',
      path: ['amount'],
      message:
        digits === 0
          ? `Enter a whole amount (${v.currency} has no smaller unit)`
          : `Enter an amount such as 2500.00, with at most ${digits} decimals`,
    });
  else if (minor < 1 || minor > GRANT_AMOUNT_MAX)
    ctx.addIssue({
      code: 'custom',
      path: ['amount'],
      message: 'Enter an amount above zero and within the grant limit',
    });
};

export const grantEditSchema = z.object(amountFields).superRefine(checkAmount);
export const grantCreateSchema = z
  .object({
    organisationId: z.string().min(1, 'Choose the organisation'),
    campaignId: z.string().min(1, 'Choose the campaign'),
    ...amountFields,
  })
  .superRefine(checkAmount);

export type GrantEditValues = z.output<typeof grantEditSchema>;

export const GRANT_LABELS = {
  amount: 'Amount',
  currency: 'Currency',
  status: 'Status',
  illustrative: 'Illustrative figure',
  note: 'Note',
} as const satisfies Record<keyof GrantEditValues, string>;

/** What the server takes for the amount fields. */
export const grantInput = ({ amount, ...rest }: GrantEditValues) => ({
  ...rest,
  amountMinor: toMinor(amount, rest.currency) as number,
});

export function GrantAmountFields({ form }: { form: UseFormReturn<GrantEditValues> }) {
  const { errors } = form.formState;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Amount"
          description="In the currency's main unit, such as 2500.00"
          inputMode="decimal"
          autoComplete="off"
          required
          {...form.register('amount')}
          error={errors.amount?.message}
        />
        <TextInput
          label="Currency"
          description="ISO 4217 code"
          maxLength={3}
          autoComplete="off"
          spellCheck={false}
          required
          {...form.register('currency', { setValueAs: (v: string) => v.toUpperCase() })}
          error={errors.currency?.message}
        />
        <NativeSelect
          label="Status"
          description="How far it has gone"
          data={options(STATUS_LABELS)}
          {...form.register('status')}
        />
      </SimpleGrid>
      <Checkbox
        label="Illustrative figure"
        description="No per-organisation split was published: the amount is an example and must say so."
        {...form.register('illustrative')}
      />
      <Textarea
        label="Note"
        description="For staff, such as where the figure comes from"
        autosize
        minRows={2}
        {...form.register('note')}
        error={errors.note?.message}
      />
    </Stack>
  );
}
