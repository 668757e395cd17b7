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
  /** Add a comment to a nomination's note thread: everyone who takes part in the workflow. */
  COMMENT = 'COMMENT',
  STAFF_ADMIN = 'STAFF_ADMIN',
  AUDIT_READ = 'AUDIT_READ',
}

describeEnum(Permission, 'Permission', 'Something a staff role allows; `me { permissions }` lists yours.', {
  STAFF_READ: 'Read staff-only data: nominations, training, grants, staff, record history.',
  CATALOGUE_WRITE:
    'Keep the catalogue: creators, videos, training, organisations, grants, crisis resources, campaigns.',
  NOMINATE: 'Nominate creators and edit nominations.',
  SAFETY_REVIEW: 'Sign off, return or reject nominations.',
  PUBLISH: 'Approve, schedule, publish, withdraw and reorder spotlights.',
  COMMENT: "Add a comment to a nomination's note thread.",
  STAFF_ADMIN: 'Invite staff, change their roles and deactivate accounts.',
  AUDIT_READ: 'Read the full audit log and the history of staff accounts.',
});

const ALL = Object.values(Permission);

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  [StaffRole.VIEWER]: [Permission.STAFF_READ],
  [StaffRole.EDITOR]: [
    Permission.STAFF_READ,
    Permission.CATALOGUE_WRITE,
    Permission.NOMINATE,
    Permission.COMMENT,
  ],
  [StaffRole.SAFETY_REVIEWER]: [
    Permission.STAFF_READ,
    Permission.CATALOGUE_WRITE,
    Permission.SAFETY_REVIEW,
    Permission.COMMENT,
  ],
  [StaffRole.PUBLISHER]: [
    Permission.STAFF_READ,
    Permission.CATALOGUE_WRITE,
    Permission.PUBLISH,
    Permission.COMMENT,
  ],
  [StaffRole.ADMIN]: ALL,
};

export function can(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Role names as staff say them, for messages. */
export const ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  [StaffRole.VIEWER]: 'viewer',
  [StaffRole.EDITOR]: 'editor',
  [StaffRole.SAFETY_REVIEWER]: 'safety reviewer',
  [StaffRole.PUBLISHER]: 'publisher',
  [StaffRole.ADMIN]: 'admin',
};

/** What each permission lets a person do, as the end of "… does not allow you to …". */
const PERMISSION_ACTIVITIES: Readonly<Record<Permission, string>> = {
  [Permission.STAFF_READ]: 'read staff-only data',
  [Permission.CATALOGUE_WRITE]: 'change the catalogue',
  [Permission.NOMINATE]: 'nominate creators or edit nominations',
  [Permission.SAFETY_REVIEW]: 'safety-review nominations',
  [Permission.PUBLISH]: 'approve, schedule, publish or withdraw spotlights',
  [Permission.COMMENT]: 'comment on nominations',
  [Permission.STAFF_ADMIN]: 'manage staff accounts',
  [Permission.AUDIT_READ]: 'read the audit log',
};

/** The roles that hold `permission`, in the order of the enum. */
export function rolesWith(permission: Permission): StaffRole[] {
  return Object.values(StaffRole).filter((role) => can(role, permission));
}

const joinOr = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/**
 * Why `role` may not do something that needs `permission`, in words a person understands:
 * "As a viewer you cannot change the catalogue: that needs an editor, safety reviewer, publisher or admin."
 */
export function refusalFor(role: StaffRole, permission: Permission): string {
  const roles = rolesWith(permission).map((r) => ROLE_LABELS[r]);
  const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
  const first = roles[0] ?? 'admin';
  return `As ${article(ROLE_LABELS[role])} ${ROLE_LABELS[role]} you cannot ${PERMISSION_ACTIVITIES[permission]}: that needs ${article(first)} ${joinOr(roles)}.`;
}
