/**
 * The shared form dialog never loses what was typed: Escape, the close button and Cancel close at once when
 * nothing changed and otherwise ask first, with "Keep editing" focused; a save closes without asking; and a
 * dialog opened from the form (the conflict dialog) takes its own Escape.
 */
import { Button, Modal, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderWithApp } from '../../test/render';
import { CurrentUserProvider } from '../permissions/current-user';
import { DialogForm, FormDialog } from './form-dialog';
import { useBeaconForm } from './use-beacon-form';

const schema = z.object({ note: z.string() });

function NoteForm({ onSaved }: { onSaved: () => void }) {
  const { form, submit, problem } = useBeaconForm({ schema, defaultValues: { note: 'Pledged' } });
  const [conflict, setConflict] = useState(false);
  return (
    <DialogForm
      onSubmit={submit(async () => {
        onSaved();
        return {};
      })}
      problem={problem}
      submitLabel="Save grant"
      submitting={false}
      after={
        <Modal opened={conflict} onClose={() => setConflict(false)} title="Someone else saved this first">
          <Button onClick={() => setConflict(false)}>Keep editing</Button>
        </Modal>
      }
    >
      <TextInput label="Note" {...form.register('note')} />
      <Button onClick={() => setConflict(true)}>Show the conflict</Button>
    </DialogForm>
  );
}

function EditGrant() {
  return (
    <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role: 'EDITOR' }}>
      <FormDialog title="Edit the grant" buttonLabel="Edit grant">
        {(close) => <NoteForm onSaved={close} />}
      </FormDialog>
    </CurrentUserProvider>
  );
}

const open = async () => {
  const rendered = renderWithApp(<EditGrant />);
  await rendered.user.click(screen.getByRole('button', { name: 'Edit grant' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit the grant' });
  return { ...rendered, dialog };
};

const question = () => screen.findByRole('dialog', { name: 'Discard your changes?' });

const expectClosedWithFocusOnEdit = async () => {
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await waitFor(() => expect(screen.getByRole('button', { name: 'Edit grant' })).toHaveFocus());
};

describe('a form dialog with nothing changed', () => {
  it('closes at once on Escape, with focus back on the button that opened it', async () => {
    const { user } = await open();
    await user.keyboard('{Escape}');
    await expectClosedWithFocusOnEdit();
  });

  it('closes at once on Cancel', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await expectClosedWithFocusOnEdit();
  });
});

describe('a form dialog with changes', () => {
  it('asks on Escape; Escape again keeps editing, with the text and the focus where they were', async () => {
    const { user, dialog } = await open();
    const note = within(dialog).getByLabelText('Note');
    await user.type(note, ' by email');
    await user.keyboard('{Escape}');
    const asking = await question();
    expect(asking).toHaveTextContent('have not saved');
    await waitFor(() => expect(within(asking).getByRole('button', { name: 'Keep editing' })).toHaveFocus());

    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('dialog', { name: 'Edit the grant' })).toBeInTheDocument();
    expect(note).toHaveValue('Pledged by email');
    await waitFor(() => expect(note).toHaveFocus());
  });

  it('asks on the close button, and Discard closes with focus back on the button that opened it', async () => {
    const { user, dialog } = await open();
    await user.type(within(dialog).getByLabelText('Note'), ' by email');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await expectClosedWithFocusOnEdit();
  });

  it('asks on Cancel', async () => {
    const { user, dialog } = await open();
    await user.type(within(dialog).getByLabelText('Note'), ' by email');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await question();
    expect(screen.getByRole('dialog', { name: 'Edit the grant' })).toBeInTheDocument();
  });

  it('closes without asking once saved', async () => {
    const { user, dialog } = await open();
    await user.type(within(dialog).getByLabelText('Note'), ' by email');
    await user.click(within(dialog).getByRole('button', { name: 'Save grant' }));
    await expectClosedWithFocusOnEdit();
  });

  it('leaves Escape in a dialog opened from the form to that dialog alone', async () => {
    const { user, dialog } = await open();
    await user.type(within(dialog).getByLabelText('Note'), ' by email');
    await user.click(within(dialog).getByRole('button', { name: 'Show the conflict' }));
    const conflict = await screen.findByRole('dialog', { name: 'Someone else saved this first' });
    await waitFor(() => expect(conflict).toContainElement(document.activeElement as HTMLElement));
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Someone else saved this first' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('dialog', { name: 'Edit the grant' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).not.toBeInTheDocument();
  });
});
