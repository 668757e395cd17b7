/** How the spotlight workflow's states, checks and notes are named on screen. */
import type { EligibilityCheckName, RecognitionNoteKind, RecognitionStatus } from '../../gql/graphql';

export const STATUS_LABELS: Record<RecognitionStatus, string> = {
  NOMINATED: 'Awaiting safety review',
  RETURNED_FOR_CHANGES: 'Returned for changes',
  REJECTED: 'Rejected',
  SAFETY_REVIEWED: 'Signed off, awaiting approval',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  WITHDRAWN: 'Withdrawn',
};

/** Badge colours: dark shades so text on a light badge keeps its contrast. */
export const STATUS_COLOURS: Record<RecognitionStatus, string> = {
  NOMINATED: 'blue.9',
  RETURNED_FOR_CHANGES: 'red.9',
  REJECTED: 'red.9',
  SAFETY_REVIEWED: 'teal.9',
  APPROVED: 'teal.9',
  SCHEDULED: 'violet.9',
  PUBLISHED: 'teal.9',
  WITHDRAWN: 'gray.8',
};

export const CHECK_LABELS: Record<EligibilityCheckName, string> = {
  CONSENT: 'Spotlight consent',
  CREATOR_ACTIVE: 'Creator in good standing',
  SAFE_MESSAGING_TRAINING: 'Safe-messaging training',
  VIDEO_ADVISORIES: 'Video advisories',
  SAFE_MESSAGING: 'Safe messaging',
  CAMPAIGN_CAPACITY: 'Campaign capacity',
};

export const NOTE_KIND_LABELS: Record<RecognitionNoteKind, string> = {
  COMMENT: 'Comment',
  RETURNED_FOR_CHANGES: 'Returned for changes',
  RESUBMITTED: 'Resubmitted',
  SIGNED_OFF: 'Signed off',
  REJECTED: 'Rejected',
};

/** The lifecycle as a sequence of steps, for the stepper; side exits (returned, rejected, withdrawn) noted. */
export const LIFECYCLE: readonly { status: RecognitionStatus; label: string }[] = [
  { status: 'NOMINATED', label: 'Nominated' },
  { status: 'SAFETY_REVIEWED', label: 'Safety reviewed' },
  { status: 'APPROVED', label: 'Approved' },
  { status: 'SCHEDULED', label: 'Scheduled' },
  { status: 'PUBLISHED', label: 'Published' },
];
