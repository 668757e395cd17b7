/**
 * What the programme export (`pnpm db:export`) carries, decided table by table. Every table Beacon owns
 * must have an entry: the export refuses to run, and its test fails, for a table nobody decided about.
 * Adding an entity: one line, `Thing: EXPORTED,` or `Thing: omitted('why')`.
 */

export type TablePolicy =
  | { readonly export: true; readonly omitFields?: Readonly<Record<string, string>> }
  | { readonly export: false; readonly reason: string };

const EXPORTED: TablePolicy = { export: true };
const omitted = (reason: string): TablePolicy => ({ export: false, reason });

/**
 * Staff are exported without credentials. An export is a portable file that gets copied, mailed and
 * kept; the argon2id hashes and invitation tokens in it would be a standing offline-guessing target, and
 * nothing in the programme needs them. Imported staff keep their identity, role and history (every audit
 * event still names them) and set a new password through an invitation (`pnpm db:import` issues one to
 * each active member). A native backup (`pnpm db:backup`) keeps credentials: it restores the same
 * deployment.
 */
const STAFF_CREDENTIALS = {
  passwordHash: 'a credential: imported staff set a new password through an invitation',
  invitationTokenHash: 'a credential: imports issue fresh invitations',
  invitationExpiresAt: 'belongs to the omitted invitation',
};

/** By entity class name (pivot tables of many-to-many relations by table name). */
export const EXPORT_POLICY: Readonly<Record<string, TablePolicy>> = {
  AdCreditGrant: EXPORTED,
  AuditEvent: EXPORTED,
  AwarenessVideo: EXPORTED,
  Campaign: EXPORTED,
  Creator: EXPORTED,
  CrisisResource: EXPORTED,
  Organisation: EXPORTED,
  ProgrammingWindow: EXPORTED,
  Recognition: EXPORTED,
  RecognitionNote: EXPORTED,
  StaffUser: { export: true, omitFields: STAFF_CREDENTIALS },
  TrainingEnrolment: EXPORTED,
  TrainingSession: EXPORTED,
  campaign_partner: EXPORTED,
  recognition_featured_video: EXPORTED,
  CreatorImport: omitted(
    'a staged CSV import in progress belongs to its session of work and expires in 24 hours',
  ),
  CreatorImportRow: omitted('rows of a staged import, not yet part of the catalogue'),
  StaffSession: omitted('signed-in sessions are bearer credentials and end with the deployment'),
};
