/**
 * The "Your next steps" panel as each staff member sees it: which steps a role is offered in each state,
 * the ones it may not take shown disabled with the reason read with the button (a role the step needs, or
 * the four-eyes rule for one's own nomination), and the schedule dialog's instant in the chosen zone, in
 * UTC and in the person's own zone.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { Client, Provider } from 'urql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { RecognitionFieldsFragment, RecognitionStatus, StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { EDDIE, recognitionIn } from './recognition.fixture';
import { WorkflowActions } from './workflow-actions';

// Nothing here reaches the network: no test sends a step (the server's refusals are the e2e tests' job).
const client = new Client({ url: '/graphql', exchanges: [() => () => never] });

function panel(
  role: StaffRole,
  recognition: RecognitionFieldsFragment,
  { nominator = false }: { nominator?: boolean } = {},
) {
  const me = nominator
    ? { id: EDDIE.id, email: 'eddie@beacon.test', displayName: EDDIE.displayName, role }
    : { id: 'S-me', email: 'me@beacon.test', displayName: 'Me', role };
  return renderWithApp(
    <Provider value={client}>
      <CurrentUserProvider user={me}>
        <WorkflowActions recognition={recognition} onDone={vi.fn()} onStale={vi.fn()} />
      </CurrentUserProvider>
    </Provider>,
  );
}

/** The steps offered, by name, each marked when disabled. */
const steps = () =>
  screen
    .queryAllByRole('button')
    .map((b) => `${b.textContent?.trim()}${(b as HTMLButtonElement).disabled ? ' (disabled)' : ''}`);

const fourEyes = (verb: string) =>
  `You nominated this creator, so another staff member must ${verb} (the four-eyes rule).`;

describe('the next steps a role is offered', () => {
  const offered: [RecognitionStatus, StaffRole, string[]][] = [
    ['NOMINATED', 'SAFETY_REVIEWER', ['Sign off', 'Return for changes', 'Reject']],
    ['RETURNED_FOR_CHANGES', 'SAFETY_REVIEWER', ['Reject']],
    ['SAFETY_REVIEWED', 'PUBLISHER', ['Approve']],
    ['APPROVED', 'PUBLISHER', ['Schedule', 'Publish now', 'Withdraw']],
    ['SCHEDULED', 'PUBLISHER', ['Reschedule', 'Publish now', 'Unschedule', 'Withdraw']],
    ['PUBLISHED', 'PUBLISHER', ['Withdraw']],
    ['NOMINATED', 'ADMIN', ['Sign off', 'Return for changes', 'Reject']],
  ];
  it.each(offered)('%s, to a %s: %j', (status, role, expected) => {
    panel(role, recognitionIn(status));
    expect(steps()).toEqual(expected);
  });

  it('shows an editor the review steps disabled, each with the role it needs read with the button', () => {
    panel('EDITOR', recognitionIn('NOMINATED'));
    expect(steps()).toEqual(['Sign off (disabled)', 'Return for changes (disabled)', 'Reject (disabled)']);
    const signOff = screen.getByRole('button', { name: 'Sign off' });
    expect(signOff).toHaveAccessibleDescription(
      /^Only safety reviewers and admins can .*signed in as an editor/,
    );
  });

  it('says a reason three review steps share once, and still reads it with each of them', () => {
    panel('EDITOR', recognitionIn('NOMINATED'));
    expect(screen.getAllByText(/^Only safety reviewers and admins can/)).toHaveLength(1);
    for (const name of ['Sign off', 'Return for changes', 'Reject'])
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription(
        /^Only safety reviewers and admins can .*signed in as an editor/,
      );
  });

  it('shows a viewer a published spotlight’s withdrawal disabled, with why', () => {
    panel('VIEWER', recognitionIn('PUBLISHED'));
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toHaveAccessibleDescription(
      /^Only publishers and admins can .*signed in as a viewer/,
    );
  });

  it('bars an admin from reviewing their own nomination, naming the four-eyes rule', () => {
    panel('ADMIN', recognitionIn('NOMINATED'), { nominator: true });
    expect(steps()).toEqual(['Sign off (disabled)', 'Return for changes (disabled)', 'Reject (disabled)']);
    expect(screen.getByRole('button', { name: 'Sign off' })).toHaveAccessibleDescription(
      fourEyes('sign it off'),
    );
    expect(screen.getByRole('button', { name: 'Reject' })).toHaveAccessibleDescription(fourEyes('reject it'));
  });

  it('bars the nominator from approving, scheduling and publishing, but not from withdrawing', () => {
    panel('ADMIN', recognitionIn('SAFETY_REVIEWED'), { nominator: true });
    expect(screen.getByRole('button', { name: 'Approve' })).toHaveAccessibleDescription(
      fourEyes('approve it'),
    );
    panel('ADMIN', recognitionIn('APPROVED'), { nominator: true });
    expect(screen.getByRole('button', { name: 'Schedule' })).toHaveAccessibleDescription(
      fourEyes('schedule it'),
    );
    expect(screen.getByRole('button', { name: 'Publish now' })).toHaveAccessibleDescription(
      fourEyes('publish it'),
    );
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeEnabled();
  });

  it('says what happens next when nothing is the reader’s to do', () => {
    panel('EDITOR', recognitionIn('REJECTED'));
    expect(steps()).toEqual([]);
    expect(screen.getByText('No further steps: this spotlight has ended.')).toBeInTheDocument();
    panel('PUBLISHER', recognitionIn('WITHDRAWN'));
    expect(screen.getAllByText('No further steps: this spotlight has ended.')).toHaveLength(2);
  });

  it('asks for a reason before rejecting, and keeps the dialog open without one', async () => {
    const { user } = panel('SAFETY_REVIEWER', recognitionIn('NOMINATED'));
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject the nomination' });
    const reason = within(dialog).getByRole('textbox', { name: /Why it is rejected/ });
    expect(reason).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Say why it is rejected')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Reject the nomination' })).toBeInTheDocument();
  });

  it('warns before withdrawing a published spotlight that it leaves the hub at once', async () => {
    const { user } = panel('PUBLISHER', recognitionIn('PUBLISHED'));
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the spotlight' });
    expect(dialog).toHaveTextContent('It leaves the public hub at once. This cannot be undone');
  });
});

describe('the schedule dialog', () => {
  const zone = process.env.TZ;
  // The person's own zone, as the browser reports it: New York, neither UTC nor the zone chosen below.
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('starts from a rescheduled spotlight’s zone and shows the instant there, in UTC and in the person’s own zone', async () => {
    const { user } = panel(
      'PUBLISHER',
      recognitionIn('SCHEDULED', {
        scheduledFor: '2030-10-09T01:30:00Z',
        scheduledTimeZone: 'Asia/Singapore',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule the spotlight' });
    expect(within(dialog).getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Singapore');
    fireEvent.change(within(dialog).getByLabelText(/^Date/), { target: { value: '2030-10-10' } });
    fireEvent.change(within(dialog).getByLabelText(/^Time(?! zone)/), { target: { value: '09:30' } });
    const said = within(dialog).getByRole('status');
    // 09:30 in Singapore (UTC+8) is 01:30 UTC, and 21:30 the evening before in New York (UTC-4).
    expect(said).toHaveTextContent('(Asia/Singapore, UTC+08:00) is Thu 10 Oct 2030, 01:30 UTC');
    expect(said).toHaveTextContent('Wed 9 Oct 2030, 21:30 GMT-4 in your time zone (America/New_York)');
  });

  it('refuses a time already past, saying so, and sends nothing', async () => {
    const { user } = panel('PUBLISHER', recognitionIn('APPROVED'));
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule the spotlight' });
    fireEvent.change(within(dialog).getByLabelText(/^Date/), { target: { value: '2020-01-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(await within(dialog).findByText('Choose a time in the future.')).toBeInTheDocument();
  });
});
