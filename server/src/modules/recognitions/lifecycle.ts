/**
 * The spotlight lifecycle in one place: every transition, the states it may start from, the state it
 * leads to, the permission it needs, and whether the four-eyes rule bars the nominator from it.
 *
 *   nominated -> safety reviewed -> approved -> scheduled -> published -> withdrawn
 *   nominated -> returned for changes -> (edited) nominated;  nominated -> rejected
 */
import type { AuditAction } from '../audit/audit-actions.js';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { Permission } from '../staff/staff-role.js';
import { RecognitionStatus as S } from './recognition.entity.js';

export enum Transition {
  EDIT = 'EDIT',
  SIGN_OFF = 'SIGN_OFF',
  RETURN_FOR_CHANGES = 'RETURN_FOR_CHANGES',
  REJECT = 'REJECT',
  APPROVE = 'APPROVE',
  SCHEDULE = 'SCHEDULE',
  UNSCHEDULE = 'UNSCHEDULE',
  PUBLISH = 'PUBLISH',
  WITHDRAW = 'WITHDRAW',
}

export interface TransitionRule {
  readonly from: readonly S[];
  readonly to: S;
  readonly permission: Permission;
  /** The nominator may not take this step on their own nomination, whatever their role. */
  readonly fourEyes: boolean;
  /** Audit action name. */
  readonly action: AuditAction;
}

export const TRANSITIONS: Readonly<Record<Transition, TransitionRule>> = {
  // Editing a returned nomination resubmits it for review.
  [Transition.EDIT]: {
    from: [S.NOMINATED, S.RETURNED_FOR_CHANGES],
    to: S.NOMINATED,
    permission: Permission.NOMINATE,
    fourEyes: false,
    action: 'recognition.edit',
  },
  [Transition.SIGN_OFF]: {
    from: [S.NOMINATED],
    to: S.SAFETY_REVIEWED,
    permission: Permission.SAFETY_REVIEW,
    fourEyes: true,
    action: 'recognition.sign_off',
  },
  [Transition.RETURN_FOR_CHANGES]: {
    from: [S.NOMINATED],
    to: S.RETURNED_FOR_CHANGES,
    permission: Permission.SAFETY_REVIEW,
    fourEyes: true,
    action: 'recognition.return_for_changes',
  },
  [Transition.REJECT]: {
    from: [S.NOMINATED, S.RETURNED_FOR_CHANGES],
    to: S.REJECTED,
    permission: Permission.SAFETY_REVIEW,
    fourEyes: true,
    action: 'recognition.reject',
  },
  [Transition.APPROVE]: {
    from: [S.SAFETY_REVIEWED],
    to: S.APPROVED,
    permission: Permission.PUBLISH,
    fourEyes: true,
    action: 'recognition.approve',
  },
  [Transition.SCHEDULE]: {
    from: [S.APPROVED, S.SCHEDULED],
    to: S.SCHEDULED,
    permission: Permission.PUBLISH,
    fourEyes: true,
    action: 'recognition.schedule',
  },
  [Transition.UNSCHEDULE]: {
    from: [S.SCHEDULED],
    to: S.APPROVED,
    permission: Permission.PUBLISH,
    fourEyes: false,
    action: 'recognition.unschedule',
  },
  [Transition.PUBLISH]: {
    from: [S.APPROVED, S.SCHEDULED],
    to: S.PUBLISHED,
    permission: Permission.PUBLISH,
    fourEyes: true,
    action: 'recognition.publish',
  },
  [Transition.WITHDRAW]: {
    from: [S.APPROVED, S.SCHEDULED, S.PUBLISHED],
    to: S.WITHDRAWN,
    permission: Permission.PUBLISH,
    fourEyes: false,
    action: 'recognition.withdraw',
  },
};

/** States in which a nomination is live: it holds its creator's place in the campaign. */
export const LIVE_STATES: readonly S[] = [
  S.NOMINATED,
  S.RETURNED_FOR_CHANGES,
  S.SAFETY_REVIEWED,
  S.APPROVED,
  S.SCHEDULED,
  S.PUBLISHED,
];

/** Each status as staff say it, for messages: one ("a rejected nomination") and many ("rejected nominations"). */
const STATUS_WORDS: Readonly<Record<S, readonly [one: string, many: string]>> = {
  [S.NOMINATED]: ['a nomination awaiting safety review', 'nominations awaiting safety review'],
  [S.RETURNED_FOR_CHANGES]: ['a nomination returned for changes', 'nominations returned for changes'],
  [S.REJECTED]: ['a rejected nomination', 'rejected nominations'],
  [S.SAFETY_REVIEWED]: ['a signed-off nomination', 'signed-off nominations'],
  [S.APPROVED]: ['an approved spotlight', 'approved spotlights'],
  [S.SCHEDULED]: ['a scheduled spotlight', 'scheduled spotlights'],
  [S.PUBLISHED]: ['a published spotlight', 'published spotlights'],
  [S.WITHDRAWN]: ['a withdrawn spotlight', 'withdrawn spotlights'],
};

/** What each step does to the nomination, as the end of "another staff member must …". */
const STEP_WORDS: Readonly<Record<Transition, string>> = {
  EDIT: 'edit it',
  SIGN_OFF: 'sign it off',
  RETURN_FOR_CHANGES: 'return it for changes',
  REJECT: 'reject it',
  APPROVE: 'approve it',
  SCHEDULE: 'schedule it',
  UNSCHEDULE: 'unschedule it',
  PUBLISH: 'publish it',
  WITHDRAW: 'withdraw it',
};

/** The same steps as past participles, for "it cannot be …". */
const DONE_WORDS: Readonly<Record<Transition, string>> = {
  EDIT: 'edited',
  SIGN_OFF: 'signed off',
  RETURN_FOR_CHANGES: 'returned for changes',
  REJECT: 'rejected',
  APPROVE: 'approved',
  SCHEDULE: 'scheduled',
  UNSCHEDULE: 'unscheduled',
  PUBLISH: 'published',
  WITHDRAW: 'withdrawn',
};

const joinOr = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** Fails with INVALID_TRANSITION unless `transition` may start from `status`. */
export function assertTransition(transition: Transition, status: S): TransitionRule {
  const rule = TRANSITIONS[transition];
  if (!rule.from.includes(status)) {
    throw new DomainError(
      DomainErrorCode.INVALID_TRANSITION,
      `This is ${STATUS_WORDS[status][0]}, so it cannot be ${DONE_WORDS[transition]}: only ${joinOr(rule.from.map((s) => STATUS_WORDS[s][1]))} can.`,
      { transition, status, allowedFrom: rule.from },
    );
  }
  return rule;
}

/**
 * FOUR_EYES: the nominator asked to take a step the rule leaves to someone else. Its own code, because
 * the remedy differs from a missing role: another staff member with the role can do it.
 */
export function fourEyesRefusal(transition: Transition, nominatorGlobalId: string): DomainError {
  return new DomainError(
    DomainErrorCode.FOUR_EYES,
    `You nominated this creator, so another staff member must ${STEP_WORDS[transition]} (the four-eyes rule).`,
    { transition, nominatedBy: nominatorGlobalId },
  );
}
