/**
 * Who may run each GraphQL operation: Beacon's authorisation, as one table to read and review.
 *
 * Each line names a root field (`Query.x`, `Mutation.x`, `Subscription.x`) and the principals ALLOWED to
 * run it; every principal not listed is DENIED. "Allowed" means the operation is not refused with
 * UNAUTHENTICATED or FORBIDDEN (it may still fail for other reasons: bad input, not found, a lifecycle
 * rule such as four eyes). "Denied" means it is refused with one of those two codes before it reads or
 * changes anything. What an allowed principal then SEES (public clients see only published, unarchived
 * records; staff-only fields) is decided by each resolver and tested with each feature.
 *
 * `authorisation-table.test.ts` runs every query, mutation and subscription in the schema as an
 * anonymous client and as each staff role against this table, and fails for any operation without a
 * line here. Adding an operation: add ONE line, for example
 *     'Mutation.archiveThing': CATALOGUE,
 * or with an explicit list: `'Mutation.purgeThing': [ADMIN],`. A query open to public clients is
 * declared in `PUBLIC_QUERIES` (visibility.ts) instead, which says too whether its answers may be shared.
 */
import { StaffRole } from '../staff/staff-role.js';
import { PUBLIC_QUERIES } from './visibility.js';

/** An anonymous client (no staff session), or a signed-in staff member of a role. */
export type Principal = 'anonymous' | StaffRole;

const { VIEWER, EDITOR, SAFETY_REVIEWER, PUBLISHER, ADMIN } = StaffRole;

export const PRINCIPALS: readonly Principal[] = [
  'anonymous',
  VIEWER,
  EDITOR,
  SAFETY_REVIEWER,
  PUBLISHER,
  ADMIN,
];

/** Anyone, signed in or not. */
const EVERYONE = PRINCIPALS;
/** Any signed-in staff member. */
const STAFF = [VIEWER, EDITOR, SAFETY_REVIEWER, PUBLISHER, ADMIN] as const;
/** Staff who keep the catalogue (creators, videos, training, organisations, grants, resources, campaigns). */
const CATALOGUE = [EDITOR, SAFETY_REVIEWER, PUBLISHER, ADMIN] as const;
/** Nominating creators and editing nominations. */
const NOMINATE = [EDITOR, ADMIN] as const;
/** Signing off, returning and rejecting nominations. */
const SAFETY_REVIEW = [SAFETY_REVIEWER, ADMIN] as const;
/** Approving, scheduling, publishing, withdrawing and ordering spotlights. */
const PUBLISH = [PUBLISHER, ADMIN] as const;

export const AUTHORISATION_TABLE: Readonly<Record<string, readonly Principal[]>> = {
  // Public reads (the awareness hub, partners' sites, the app): declared once, in visibility.ts.
  ...Object.fromEntries(Object.keys(PUBLIC_QUERIES).map((name) => [`Query.${name}`, EVERYONE])),

  // Staff reads.
  'Query.adCreditGrants': STAFF,
  'Query.adCreditGrantTotals': STAFF,
  'Query.checkSafeMessaging': STAFF,
  'Query.recognitions': STAFF,
  'Query.staleCrisisResources': STAFF,
  'Query.crisisResourceDirectory': STAFF,
  'Query.staffUsers': STAFF,
  'Query.trainingEnrolments': STAFF,
  'Query.trainingSessions': STAFF,
  'Query.recognition': STAFF,
  'Query.recognitionStatusCounts': STAFF,
  'Query.nominationEligibility': STAFF,
  'Query.spotlightPreview': STAFF,
  'Query.criticalMoments': STAFF,
  'Query.recordHistory': STAFF,
  'Query.creatorImport': CATALOGUE,
  'Query.auditEvents': [ADMIN],

  // Signing in and out, and accepting an invitation, need no session.
  'Mutation.signIn': EVERYONE,
  'Mutation.signOut': EVERYONE,
  'Mutation.acceptInvitation': EVERYONE,

  // The catalogue.
  'Mutation.createCampaign': CATALOGUE,
  'Mutation.updateCampaign': CATALOGUE,
  'Mutation.archiveCampaign': CATALOGUE,
  'Mutation.addProgrammingWindow': CATALOGUE,
  'Mutation.removeProgrammingWindow': CATALOGUE,
  'Mutation.createCreator': CATALOGUE,
  'Mutation.updateCreator': CATALOGUE,
  'Mutation.archiveCreator': CATALOGUE,
  'Mutation.recordCreatorConsent': CATALOGUE,
  'Mutation.withdrawCreatorConsent': CATALOGUE,
  'Mutation.createCrisisResource': CATALOGUE,
  'Mutation.updateCrisisResource': CATALOGUE,
  'Mutation.archiveCrisisResource': CATALOGUE,
  'Mutation.markCrisisResourceVerified': CATALOGUE,
  'Mutation.createAdCreditGrant': CATALOGUE,
  'Mutation.updateAdCreditGrant': CATALOGUE,
  'Mutation.archiveAdCreditGrant': CATALOGUE,
  'Mutation.createOrganisation': CATALOGUE,
  'Mutation.updateOrganisation': CATALOGUE,
  'Mutation.archiveOrganisation': CATALOGUE,
  'Mutation.createTrainingSession': CATALOGUE,
  'Mutation.updateTrainingSession': CATALOGUE,
  'Mutation.archiveTrainingSession': CATALOGUE,
  'Mutation.enrolInTraining': CATALOGUE,
  'Mutation.recordTrainingAttendance': CATALOGUE,
  'Mutation.recordTrainingCompletion': CATALOGUE,
  'Mutation.archiveTrainingEnrolment': CATALOGUE,
  'Mutation.createAwarenessVideo': CATALOGUE,
  'Mutation.updateAwarenessVideo': CATALOGUE,
  'Mutation.archiveAwarenessVideo': CATALOGUE,
  'Mutation.startCreatorImport': CATALOGUE,
  'Mutation.addCreatorImportRows': CATALOGUE,
  'Mutation.commitCreatorImport': CATALOGUE,
  'Mutation.cancelCreatorImport': CATALOGUE,

  // The spotlight lifecycle (the nominator's own nomination is refused by the four-eyes rule, not here).
  'Mutation.nominateCreator': NOMINATE,
  'Mutation.editNomination': NOMINATE,
  'Mutation.reviewNomination': SAFETY_REVIEW,
  'Mutation.approveRecognition': PUBLISH,
  'Mutation.scheduleRecognition': PUBLISH,
  'Mutation.unscheduleRecognition': PUBLISH,
  'Mutation.publishRecognition': PUBLISH,
  'Mutation.withdrawRecognition': PUBLISH,
  'Mutation.reorderSpotlight': PUBLISH,
  // Comments on a nomination's note thread: everyone who takes part in the workflow.
  'Mutation.addRecognitionNote': [EDITOR, SAFETY_REVIEWER, PUBLISHER, ADMIN],

  // Staff accounts.
  'Mutation.createStaffUser': [ADMIN],
  'Mutation.changeStaffRole': [ADMIN],
  'Mutation.deactivateStaffUser': [ADMIN],

  // Live updates.
  'Subscription.recognitionChanged': STAFF,
};
