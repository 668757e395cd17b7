import { describe, expect, it } from 'vitest';
import { diffValues } from './diff';

describe('what changed between two versions', () => {
  const labels = { status: 'Status', partnerIds: 'Partners', note: 'Note' } as const;
  const before = { status: 'ALLOCATED', partnerIds: ['o1'], note: '' };
  const after = { status: 'DISBURSED', partnerIds: ['o1', 'o2'], note: '' };

  it('names only the fields that changed, their values as stored when nothing says otherwise', () => {
    expect(diffValues(before, after, labels)).toEqual([
      { field: 'status', label: 'Status', from: 'ALLOCATED', to: 'DISBURSED' },
      { field: 'partnerIds', label: 'Partners', from: 'o1', to: 'o1, o2' },
    ]);
  });

  it('writes codes and ids in words where the form says how', () => {
    const names: Record<string, string> = { o1: 'Kind Minds', o2: 'Open Door' };
    const changes = diffValues(before, after, labels, {
      status: (s) => s.charAt(0) + s.slice(1).toLowerCase(),
      partnerIds: (ids) => ids.map((id) => names[id]).join(', '),
    });
    expect(changes.map((c) => `${c.label}: ${c.from} → ${c.to}`)).toEqual([
      'Status: Allocated → Disbursed',
      'Partners: Kind Minds → Kind Minds, Open Door',
    ]);
  });
});
