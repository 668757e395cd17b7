/**
 * The lifecycle stepper as staff read it for each status: the steps done (with who and when), the one
 * being waited for, and, for a nomination that ended early, where it stopped and which steps it never
 * reached.
 */
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecognitionStatus } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { LifecycleStepper } from './lifecycle-stepper';
import { PAT, RAE, recognitionIn } from './recognition.fixture';

const LABELS = ['Nominated', 'Safety reviewed', 'Approved', 'Scheduled', 'Published'];

/** Each step as "Label: what it says", in order, with a tick (✓) on the steps shown as done. */
function steps(): string[] {
  return LABELS.map((label) => {
    const step = screen.getByText(label).closest('button');
    if (!step) throw new Error(`no step ${label}`);
    const description = step.textContent?.slice(step.textContent.indexOf(label) + label.length) ?? '';
    return `${step.hasAttribute('data-completed') ? '✓ ' : ''}${label}: ${description}`;
  });
}

describe('the lifecycle stepper', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/London';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  const approved = { approvedAt: '2026-09-03T11:00:00Z', approvedBy: PAT };
  const cases: [RecognitionStatus, object, string[]][] = [
    [
      'NOMINATED',
      {},
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        'Safety reviewed: Next',
        'Approved: Later',
        'Scheduled: Later',
        'Published: Later',
      ],
    ],
    [
      'RETURNED_FOR_CHANGES',
      { reviewedBy: RAE, reviewedAt: '2026-09-02T10:00:00Z' },
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        'Safety reviewed: Returned for changes by Rae Reviewer: waiting for the nominator',
        'Approved: Later',
        'Scheduled: Later',
        'Published: Later',
      ],
    ],
    [
      'SAFETY_REVIEWED',
      {},
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        '✓ Safety reviewed: Rae Reviewer, Wed 2 Sep 2026, 11:00 BST',
        'Approved: Next',
        'Scheduled: Later',
        'Published: Later',
      ],
    ],
    [
      'APPROVED',
      approved,
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        '✓ Safety reviewed: Rae Reviewer, Wed 2 Sep 2026, 11:00 BST',
        '✓ Approved: Pat Publisher, Thu 3 Sep 2026, 12:00 BST',
        'Scheduled: Next',
        'Published: Later',
      ],
    ],
    [
      'SCHEDULED',
      { ...approved, scheduledFor: '2030-10-10T01:30:00Z', scheduledTimeZone: 'Asia/Singapore' },
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        '✓ Safety reviewed: Rae Reviewer, Wed 2 Sep 2026, 11:00 BST',
        '✓ Approved: Pat Publisher, Thu 3 Sep 2026, 12:00 BST',
        '✓ Scheduled: For Thu 10 Oct 2030, 09:30 GMT+8',
        'Published: Next',
      ],
    ],
    [
      'PUBLISHED',
      { ...approved, publishedAt: '2026-09-04T08:00:00Z', publishedBy: PAT },
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        '✓ Safety reviewed: Rae Reviewer, Wed 2 Sep 2026, 11:00 BST',
        '✓ Approved: Pat Publisher, Thu 3 Sep 2026, 12:00 BST',
        '✓ Scheduled: Skipped: published directly',
        '✓ Published: Pat Publisher, Fri 4 Sep 2026, 09:00 BST',
      ],
    ],
    [
      'REJECTED',
      { reviewedBy: RAE, reviewedAt: '2026-09-02T10:00:00Z' },
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        'Safety reviewed: Rejected by Rae Reviewer, Wed 2 Sep 2026, 11:00 BST',
        'Approved: Not reached',
        'Scheduled: Not reached',
        'Published: Not reached',
      ],
    ],
    [
      'WITHDRAWN',
      approved,
      [
        '✓ Nominated: Eddie Editor, Tue 1 Sep 2026, 10:00 BST',
        '✓ Safety reviewed: Rae Reviewer, Wed 2 Sep 2026, 11:00 BST',
        '✓ Approved: Pat Publisher, Thu 3 Sep 2026, 12:00 BST',
        'Scheduled: Not reached: withdrawn',
        'Published: Not reached',
      ],
    ],
  ];

  it.each(cases)('reads a %s recognition step by step', (status, overrides, expected) => {
    renderWithApp(<LifecycleStepper recognition={recognitionIn(status, overrides)} />);
    expect(steps()).toEqual(expected);
  });

  it('shows a spotlight withdrawn after publishing with every step it took done, and who published it', () => {
    renderWithApp(
      <LifecycleStepper
        recognition={recognitionIn('WITHDRAWN', {
          approvedAt: '2026-09-03T11:00:00Z',
          approvedBy: PAT,
          publishedAt: '2026-09-04T08:00:00Z',
        })}
      />,
    );
    // Who published is not known (an older record): the date alone, without a dangling comma.
    expect(steps().at(-1)).toBe('✓ Published: Fri 4 Sep 2026, 09:00 BST');
  });
});
