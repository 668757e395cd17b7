import { fireEvent, screen, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { DateTimeRangeFields } from './date-time-range.input';
import type { ZonedDateTime } from './zoned-time';

interface Values {
  title: string;
  startsAt: ZonedDateTime;
  endsAt: ZonedDateTime;
}

let latest: Values | undefined;

function Window() {
  const form = useForm<Values>({
    defaultValues: {
      title: 'Launch',
      startsAt: { date: '2024-10-10', time: '09:00', timeZone: 'UTC' },
      endsAt: { date: '2024-10-10', time: '17:00', timeZone: 'UTC' },
    },
  });
  latest = form.watch();
  return <DateTimeRangeFields form={form} start={{ legend: 'Opens' }} end={{ legend: 'Closes' }} />;
}

describe('DateTimeRangeFields', () => {
  it('keeps both ends in one zone: picking a zone for the start moves the end, its date and time kept', async () => {
    const { user } = renderWithApp(<Window />);
    const opens = screen.getByRole('group', { name: 'Opens' });
    const zone = within(opens).getByRole('combobox', { name: 'Time zone' });
    // The zone is searched by name (typing it key by key is DateTimeZoneInput's own test).
    await user.click(zone);
    fireEvent.change(zone, { target: { value: 'Singapore' } });
    await user.click(await screen.findByRole('option', { name: 'Asia/Singapore' }));
    expect(latest?.startsAt).toEqual({ date: '2024-10-10', time: '09:00', timeZone: 'Asia/Singapore' });
    expect(latest?.endsAt).toEqual({ date: '2024-10-10', time: '17:00', timeZone: 'Asia/Singapore' });
    const closes = screen.getByRole('group', { name: 'Closes' });
    expect(within(closes).getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Singapore');
  });
});
