/** Every entity Beacon stores, in one list both engines and the migration tooling read. */
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Campaign, ProgrammingWindow } from '../modules/campaigns/campaign.entity.js';
import { Creator, SpotlightConsent } from '../modules/creators/creator.entity.js';
import { CreatorImport, CreatorImportRow } from '../modules/creators/creator-import.entity.js';
import { ContactMethod, CrisisResource } from '../modules/crisis-resources/crisis-resource.entity.js';
import { AdCreditGrant } from '../modules/grants/ad-credit-grant.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Recognition } from '../modules/recognitions/recognition.entity.js';
import { RecognitionNote } from '../modules/recognitions/recognition-note.entity.js';
import { StaffSession } from '../modules/staff/staff-session.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { TrainingEnrolment } from '../modules/training/training-enrolment.entity.js';
import { TrainingSession } from '../modules/training/training-session.entity.js';
import { AwarenessVideo } from '../modules/videos/awareness-video.entity.js';

export const entities = [
  AdCreditGrant,
  AuditEvent,
  AwarenessVideo,
  Campaign,
  ContactMethod,
  Creator,
  CreatorImport,
  CreatorImportRow,
  CrisisResource,
  Organisation,
  ProgrammingWindow,
  Recognition,
  RecognitionNote,
  SpotlightConsent,
  StaffSession,
  StaffUser,
  TrainingEnrolment,
  TrainingSession,
];
