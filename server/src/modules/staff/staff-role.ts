/**
 * Staff roles and what each may do: the one table that decides authorisation, so a generated test can
 * enumerate every operation against every role.
 */
import { describeEnum } from '../common/enums.js';

export enum StaffRole {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  SAFETY_REVIEWER = 'SAFETY_REVIEWER',
  PUBLISHER = 'PUBLISHER',
  ADMIN = 'ADMIN',
}

describeEnum(StaffRole, 'StaffRole', 'What a staff member may do in Beacon.', {
  VIEWER: 'Reads everything staff can see; changes nothing.',
  EDITOR:
    'Keeps the catalogue (creators, videos, training, organisations, grants, crisis resources, campaigns) and nominates creators.',
  SAFETY_REVIEWER:
    'Signs off, returns or rejects nominations on safe-messaging grounds; may also edit the catalogue.',
  PUBLISHER: 'Approves, schedules, publishes and withdraws spotlights; may also edit the catalogue.',
  ADMIN: 'Does all of the above and manages staff accounts; reads the audit log.',
});

export enum Permission {
  /** Read staff-only data (catalogue internals, training, grants, staff list). */
  STAFF_READ = 'STAFF_READ',
  CATALOGUE_WRITE = 'CATALOGUE_WRITE',
  NOMINATE = 'NOMINATE',
  SAFETY_REVIEW = 'SAFETY_REVIEW',
  PUBLISH = 'PUBLISH',
  STAFF_ADMIN = 'STAFF_ADMIN',
  AUDIT_READ = 'AUDIT_READ',
}

const ALL = Object.values(Permission);

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  [StaffRole.VIEWER]: [Permission.STAFF_READ],
  [StaffRole.EDITOR]: [Permission.STAFF_READ, Permission.CATALOGUE_WRITE, Permission.NOMINATE],
  [StaffRole.SAFETY_REVIEWER]: [Permission.STAFF_READ, Permission.CATALOGUE_WRITE, Permission.SAFETY_REVIEW],
  [StaffRole.PUBLISHER]: [Permission.STAFF_READ, Permission.CATALOGUE_WRITE, Permission.PUBLISH],
  [StaffRole.ADMIN]: ALL,
};

export function can(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
