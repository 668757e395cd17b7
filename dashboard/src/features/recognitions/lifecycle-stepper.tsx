/**
 * Where a recognition is in its lifecycle, as a vertical stepper: each step done says who and when, the
 * current one says what it waits for, and a nomination that ended early (rejected, withdrawn) says where it
 * stopped and marks the steps after it as not reached rather than "later" or "done".
 */
import { Stepper } from '@mantine/core';
import { formatInZone } from '../../common/time/zoned-time';
import type { RecognitionFieldsFragment } from '../../gql/graphql';
import { formatWhen } from './format-when';
import { LIFECYCLE } from './recognition-words';

type Recognition = RecognitionFieldsFragment;

const by = (who: { displayName: string } | null | undefined, when: string | null | undefined) =>
  [who?.displayName, when ? formatWhen(when) : null].filter(Boolean).join(', ');

/**
 * How many steps the record has completed: a status is the step it names done (an approved spotlight has
 * its approval ticked and waits to be scheduled or published). Returned and rejected stop at review; a
 * withdrawal counts the furthest the spotlight got.
 */
function reached(r: Recognition): number {
  switch (r.status) {
    case 'NOMINATED':
    case 'RETURNED_FOR_CHANGES':
    case 'REJECTED':
      return 1;
    case 'SAFETY_REVIEWED':
      return 2;
    case 'APPROVED':
      return 3;
    case 'SCHEDULED':
      return 4;
    case 'PUBLISHED':
      return 5;
    case 'WITHDRAWN':
      if (r.publishedAt) return 5;
      if (r.scheduledFor) return 4;
      if (r.approvedAt) return 3;
      if (r.reviewedAt) return 2;
      return 1;
  }
}

export function LifecycleStepper({ recognition: r }: { recognition: Recognition }) {
  const ended = r.status === 'REJECTED' || r.status === 'WITHDRAWN';
  const current = reached(r);
  const done: (string | null)[] = [
    by(r.nominatedBy, r.nominatedAt),
    r.reviewedBy && r.reviewedAt ? by(r.reviewedBy, r.reviewedAt) : null,
    r.approvedBy && r.approvedAt ? by(r.approvedBy, r.approvedAt) : null,
    r.scheduledFor && r.scheduledTimeZone
      ? `For ${formatInZone(new Date(r.scheduledFor), r.scheduledTimeZone)}`
      : null,
    // Who published may be unknown (a scheduled publish whose scheduler has gone, an older record).
    r.publishedAt ? by(r.publishedBy, r.publishedAt) : null,
  ];
  const describe = (index: number): string => {
    if (index < current) return done[index] || (index === 3 ? 'Skipped: published directly' : 'Done');
    if (index === current) {
      if (r.status === 'REJECTED')
        return `Rejected${r.reviewedBy ? ` by ${by(r.reviewedBy, r.reviewedAt)}` : ''}`;
      if (r.status === 'WITHDRAWN') return 'Not reached: withdrawn';
      if (r.status === 'RETURNED_FOR_CHANGES')
        return `Returned for changes${r.reviewedBy ? ` by ${r.reviewedBy.displayName}` : ''}: waiting for the nominator`;
      return 'Next';
    }
    return ended ? 'Not reached' : 'Later';
  };
  return (
    <Stepper
      active={current}
      orientation="vertical"
      size="sm"
      allowNextStepsSelect={false}
      color={ended ? 'gray.7' : 'teal.9'}
      aria-label="Lifecycle"
    >
      {LIFECYCLE.map((step, index) => (
        <Stepper.Step key={step.status} label={step.label} description={describe(index)} />
      ))}
    </Stepper>
  );
}
