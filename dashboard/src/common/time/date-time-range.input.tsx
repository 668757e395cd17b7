/**
 * A start and an end, each a date, a time and an IANA zone (`DateTimeZoneInput`), bound to a form's
 * `startsAt` and `endsAt`. One zone for the whole range: changing it on either end moves both, so a window
 * or a session cannot open in one zone and close in another by accident.
 *
 *   <DateTimeRangeFields form={form} start={{ legend: 'Starts' }} end={{ legend: 'Ends' }} />
 */
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { DateTimeZoneInput } from './date-time-zone.input';
import type { ZonedDateTime } from './zoned-time';

interface RangeValues {
  startsAt: ZonedDateTime;
  endsAt: ZonedDateTime;
}

interface End {
  legend: string;
  description?: ReactNode;
}

export function DateTimeRangeFields<Values extends RangeValues>({
  form,
  start,
  end,
}: {
  form: UseFormReturn<Values>;
  start: End;
  end: End;
}) {
  // The form's own type is wider than the two fields used here.
  const range = form as unknown as UseFormReturn<RangeValues>;
  const sameZone = (value: ZonedDateTime, other: keyof RangeValues) => {
    const current = range.getValues(other);
    if (current.timeZone !== value.timeZone)
      range.setValue(other, { ...current, timeZone: value.timeZone }, { shouldDirty: true });
  };
  const field = (name: keyof RangeValues, other: keyof RangeValues, end: End) => (
    <Controller
      control={range.control}
      name={name}
      render={({ field, fieldState }) => (
        <DateTimeZoneInput
          legend={end.legend}
          description={end.description}
          required
          value={field.value}
          onChange={(value) => {
            field.onChange(value);
            sameZone(value, other);
          }}
          error={fieldState.error?.message}
        />
      )}
    />
  );
  return (
    <>
      {field('startsAt', 'endsAt', start)}
      {field('endsAt', 'startsAt', end)}
    </>
  );
}
