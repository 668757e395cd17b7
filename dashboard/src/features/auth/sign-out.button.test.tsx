/**
 * Signing out never drops work unasked: with a changed form on the page, or in a dialog open on it, Sign out
 * (and "Sign out instead" when the session has ended) asks "Discard your changes?" (Keep editing focused);
 * the session ends only once the person discards.
 */
import { Button, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import type { AuthUtilities } from '@urql/exchange-auth';
import { type ReactNode, useEffect, useState } from 'react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FormModal } from '../../common/forms/form-modal';
import { LeavePageGuard, useLeavePage } from '../../common/forms/unsaved-changes';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { SessionExpiry } from '../../common/session/session-expiry';
import { answeringServer } from '../../test/answering-server';
import { renderWithApp } from '../../test/render';
import { SessionExpiredDialog } from './session-expired.dialog';
import { SignOutButton } from './sign-out.button';

function NoteForm() {
  const { form } = useBeaconForm({
    schema: z.object({ note: z.string() }),
    defaultValues: { note: 'Pledged' },
  });
  return <TextInput label="Note" {...form.register('note')} />;
}

function DialogPage() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>New grant</Button>
      <FormModal opened={opened} onClose={() => setOpened(false)} title="New grant">
        <NoteForm />
      </FormModal>
    </>
  );
}

/** A page whose guard, as the signed-in layout's, also answers "Sign out instead". */
function SessionEndPage({ expiry }: { expiry: SessionExpiry }) {
  const leavePage = useLeavePage();
  useEffect(() => expiry.guardLeaving(leavePage), [expiry, leavePage]);
  return <NoteForm />;
}

/**
 * The signed-in layout in small: Sign out in the header, the page under the same guard; `beside` is drawn
 * outside the layout, as the session-ended dialog is.
 */
function open(page: ReactNode, beside?: ReactNode) {
  const { client, sent } = answeringServer({ data: { signOut: true } });
  let signedOut = 0;
  const rendered = renderWithApp(
    <Provider value={client}>
      <LeavePageGuard>
        <SignOutButton onSignedOut={() => signedOut++} />
        {page}
      </LeavePageGuard>
      {beside}
    </Provider>,
  );
  return { ...rendered, sent, signedOut: () => signedOut };
}

const question = () => screen.findByRole('dialog', { name: 'Discard your changes?' });

describe('Sign out', () => {
  it('signs out at once when nothing changed', async () => {
    const { user, sent, signedOut } = open(<NoteForm />);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(signedOut()).toBe(1));
    expect(sent).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks first with a changed form on the page; Keep editing keeps it and stays signed in', async () => {
    const { user, sent, signedOut } = open(<NoteForm />);
    await user.type(screen.getByLabelText('Note'), ' in full');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const asking = await question();
    expect(within(asking).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Note')).toHaveValue('Pledged in full');
    expect(sent).toHaveLength(0);
    expect(signedOut()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(signedOut()).toBe(1));
    expect(sent).toHaveLength(1);
  });

  it('asks first with a changed form in an open dialog', async () => {
    const { user, sent, signedOut } = open(<DialogPage />);
    await user.click(screen.getByRole('button', { name: 'New grant' }));
    await user.type(await screen.findByLabelText('Note'), ' in full');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull());
    expect(screen.getByLabelText('Note')).toHaveValue('Pledged in full');
    expect(sent).toHaveLength(0);
    expect(signedOut()).toBe(0);
  });

  it('"Sign out instead", when the session has ended, asks first too', async () => {
    let restarted = 0;
    const expiry = new SessionExpiry({ restartSession: () => restarted++, reconnect: () => {} });
    const { user } = open(<SessionEndPage expiry={expiry} />, <SessionExpiredDialog expiry={expiry} />);
    await user.type(screen.getByLabelText('Note'), ' in full');
    void expiry.expired({} as AuthUtilities);
    const ended = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.click(within(ended).getByRole('button', { name: 'Sign out instead' }));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull());
    expect(restarted).toBe(0);
    expect(screen.getByLabelText('Note')).toHaveValue('Pledged in full');

    await user.click(within(ended).getByRole('button', { name: 'Sign out instead' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(restarted).toBe(1));
  });
});
