import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { DateTimeZoneInput } from './date-time-zone.input';
import type { ZonedDateTime } from './zoned-time';

function Schedule({ initial }: { initial: ZonedDateTime }) {
  const [value, setValue] = useState(initial);
  return <DateTimeZoneInput legend="Publish at" value={value} onChange={setValue} />;
}

describe('DateTimeZoneInput', () => {
  it('shows the instant in the chosen zone and in UTC as the date and time change', () => {
    renderWithApp(<Schedule initial={{ date: '2024-10-10', time: '09:00', timeZone: 'Europe/London' }} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'Thu 10 Oct 2024, 09:00 BST (Europe/London, UTC+01:00) is Thu 10 Oct 2024, 08:00 UTC',
    );
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2024-12-10' } });
    expect(status).toHaveTextContent(
      'Tue 10 Dec 2024, 09:00 GMT (Europe/London, UTC+00:00) is Tue 10 Dec 2024, 09:00 UTC',
    );
  });

  it('lets the person pick another zone by typing its name', async () => {
    const { user } = renderWithApp(
      <Schedule initial={{ date: '2024-10-10', time: '09:00', timeZone: 'UTC' }} />,
    );
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'Singapore');
    await user.click(await screen.findByRole('option', { name: 'Asia/Singapore' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      '09:00 GMT+8 (Asia/Singapore, UTC+08:00) is Thu 10 Oct 2024, 01:00 UTC',
    );
  });

  it('warns when the clocks skip or repeat the time chosen', () => {
    renderWithApp(<Schedule initial={{ date: '2024-03-31', time: '01:30', timeZone: 'Europe/London' }} />);
    expect(screen.getByText(/01:30 does not happen/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('02:30 BST');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2024-10-27' } });
    expect(screen.getByText(/01:30 happens twice; this is the first/)).toBeInTheDocument();
  });

  it('says when the date does not exist', () => {
    renderWithApp(<Schedule initial={{ date: '2024-04-31', time: '09:00', timeZone: 'UTC' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('That date and time do not exist');
  });
});
