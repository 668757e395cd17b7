import { describe, expect, it } from 'vitest';
import { actionLabel, fieldLabel } from './history-timeline';

describe('history wording', () => {
  it('names an action by its verb, in words', () => {
    expect(actionLabel('recognition.return_for_changes')).toBe('Return for changes');
    expect(actionLabel('creator.update')).toBe('Update');
  });

  it('names a field in words', () => {
    expect(fieldLabel('displayName')).toBe('display name');
    expect(fieldLabel('spotlightCapacity')).toBe('spotlight capacity');
  });
});
