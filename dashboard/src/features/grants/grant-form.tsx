/**
 * A grant's fields, shared by "New grant" and "Edit grant": the amount as people write money (the currency's
 * symbol beside it, thousands separators allowed, read back formatted as they type; checked against the
 * currency's decimals and sent as exact minor units), the currency, how far it has gone, whether the figure
 * is illustrative (no per-organisation split was published) and a note on its source.
 */
import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { FieldDescribers } from '../../common/conflict/diff';
import type { GrantStatus } from '../../gql/graphql';
import { options, STATUS_LABELS } from './grant-labels';
import { currencySymbol, formatMoney, fromMinor, minorDigits, toMinor } from './money';

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

/** A grant as the API gives it, in the form's terms: the amount in major units, as a person edits it. */
export const grantValues = (g: {
  amount: { amountMinor: number; currency: string };
  status: GrantStatus;
  illustrative: boolean;
  note: string;
}): GrantEditValues => ({
  amount: fromMinor(g.amount.amountMinor, g.amount.currency),
  currency: g.amount.currency,
  status: g.status,
  illustrative: g.illustrative,
  note: g.note,
});

/** The status in the conflict dialog as the form shows it ("Allocated", not ALLOCATED). */
export const GRANT_DESCRIBE = {
  status: (status: GrantStatus) => STATUS_LABELS[status],
} as const satisfies FieldDescribers<GrantEditValues>;

/** What the server takes for the amount fields. */
export const grantInput = ({ amount, ...rest }: GrantEditValues) => ({
  ...rest,
  amountMinor: toMinor(amount, rest.currency) as number,
});

export function GrantAmountFields({ form }: { form: UseFormReturn<GrantEditValues> }) {
  const { errors } = form.formState;
  const [amount = '', currency = ''] = useWatch({ control: form.control, name: ['amount', 'currency'] });
  const code = currency.trim().toUpperCase();
  const known = /^[A-Z]{3}$/.test(code);
  const minor = known ? toMinor(amount, code) : null;
  // Read back as money once it is one, so a slipped digit or decimal point shows before it is saved.
  const readBack =
    minor !== null && minor > 0 ? `Reads as ${formatMoney(minor, code)}` : "In the currency's main unit";
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Amount"
          description={readBack}
          inputMode="decimal"
          autoComplete="off"
          placeholder={known && minorDigits(code) === 0 ? '2500' : '2,500.00'}
          leftSection={known ? <span aria-hidden="true">{currencySymbol(code)}</span> : null}
          leftSectionWidth={known ? Math.max(36, currencySymbol(code).length * 10 + 16) : undefined}
          required
          {...form.register('amount')}
          error={errors.amount?.message}
          styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
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
