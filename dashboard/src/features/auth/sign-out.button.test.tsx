/**
 * Signing out never drops work unasked: with a changed form on the page, or in a dialog open on it, Sign out
 * asks "Discard your changes?" (Keep editing focused); the session ends only once the person discards.
 */
import { Button, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FormModal } from '../../common/forms/form-modal';
import { LeavePageGuard } from '../../common/forms/unsaved-changes';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { answeringServer } from '../../test/answering-server';
import { renderWithApp } from '../../test/render';
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

/** The signed-in layout in small: Sign out in the header, the page under the same guard. */
function open(page: ReactNode) {
  const { client, sent } = answeringServer({ data: { signOut: true } });
  let signedOut = 0;
  const rendered = renderWithApp(
    <Provider value={client}>
      <LeavePageGuard>
        <SignOutButton onSignedOut={() => signedOut++} />
        {page}
      </LeavePageGuard>
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
});
