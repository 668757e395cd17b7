/**
 * A multi-select's clear button is one a keyboard can reach and a screen reader can name: it clears every
 * choice and leaves the focus in the field with its choices closed.
 */
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ClearableMultiSelect } from './reachable-clear';

function Topics({ initial }: { initial: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ClearableMultiSelect
        label="Topics"
        clearLabel="Clear topics"
        data={['Anxiety', 'Grief', 'Loneliness']}
        value={value}
        onChange={setValue}
        searchable
      />
      <output aria-label="chosen">{value.join(', ')}</output>
    </>
  );
}

const chosen = () => screen.getByRole('status', { name: 'chosen' }).textContent;

describe('a clearable multi-select', () => {
  it('clears every choice from a named button reached by Tab, and keeps the focus in the field, closed', async () => {
    const { user } = renderWithApp(<Topics initial={['Anxiety', 'Grief']} />);
    const field = screen.getByLabelText('Topics', { selector: 'input' });
    await user.click(field);
    await user.keyboard('{Escape}');
    await user.tab();
    const clear = screen.getByRole('button', { name: 'Clear topics' });
    expect(clear).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chosen()).toBe(''));
    expect(field).toHaveFocus();
    expect(screen.queryByRole('option', { name: 'Anxiety' })).not.toBeInTheDocument();
    // Nothing chosen, nothing to clear: the button goes.
    expect(screen.queryByRole('button', { name: 'Clear topics' })).not.toBeInTheDocument();
  });

  it('has no clear button while nothing is chosen', () => {
    renderWithApp(<Topics initial={[]} />);
    expect(screen.queryByRole('button', { name: 'Clear topics' })).not.toBeInTheDocument();
  });
});
