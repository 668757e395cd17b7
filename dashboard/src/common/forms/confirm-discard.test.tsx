import { Button } from '@mantine/core';
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { useConfirmDiscard } from './confirm-discard';

function Form() {
  const [name, setName] = useState('Safer Internet Day');
  const [left, setLeft] = useState(false);
  const discard = useConfirmDiscard({ dirty: name !== 'Safer Internet Day', what: 'the details' });
  if (left) return <p>Back on the board</p>;
  return (
    <>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </label>
      <Button variant="default" onClick={() => discard.leave(() => setLeft(true))}>
        Cancel
      </Button>
      {discard.dialog}
    </>
  );
}

describe('leaving a form with unsaved changes', () => {
  it('leaves at once when nothing changed', async () => {
    const { user } = renderWithApp(<Form />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Back on the board')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks first when something changed, and Keep editing keeps what was typed', async () => {
    const { user } = renderWithApp(<Form />);
    await user.type(screen.getByLabelText('Name'), ' 2026');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(dialog).toHaveTextContent('You changed the details and have not saved.');
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Safer Internet Day 2026');
  });

  it('leaves once the person chooses to discard', async () => {
    const { user } = renderWithApp(<Form />);
    await user.type(screen.getByLabelText('Name'), ' 2026');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(screen.getByText('Back on the board')).toBeInTheDocument();
  });
});
