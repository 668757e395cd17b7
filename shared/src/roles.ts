/**
 * Staff roles and what each may do: the one table that decides authorisation. The server enforces it on
 * every operation; the dashboard reads the same table to hide or disable what a role cannot use and to say
 * which roles can, so the two never disagree.
 */

export enum StaffRole {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  SAFETY_REVIEWER = 'SAFETY_REVIEWER',
  PUBLISHER = 'PUBLISHER',
  ADMIN = 'ADMIN',
}

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

export interface RoleInfo {
  /** How staff see the role named on screen. */
  readonly label: string;
  /** What the role may do, in a sentence (also the GraphQL enum's description). */
  readonly description: string;
}

export const ROLE_INFO: Readonly<Record<StaffRole, RoleInfo>> = {
  [StaffRole.VIEWER]: { label: 'Viewer', description: 'Reads everything staff can see; changes nothing.' },
  [StaffRole.EDITOR]: {
    label: 'Editor',
    description:
      'Keeps the catalogue (creators, videos, training, organisations, grants, crisis resources, campaigns) and nominates creators.',
  },
  [StaffRole.SAFETY_REVIEWER]: {
    label: 'Safety reviewer',
    description:
      'Signs off, returns or rejects nominations on safe-messaging grounds; may also edit the catalogue.',
  },
  [StaffRole.PUBLISHER]: {
    label: 'Publisher',
    description: 'Approves, schedules, publishes and withdraws spotlights; may also edit the catalogue.',
  },
  [StaffRole.ADMIN]: {
    label: 'Admin',
    description: 'Does all of the above and manages staff accounts; reads the audit log.',
  },
};

/** What each permission lets a person do, as the end of "Only … can <action>." */
export const PERMISSION_ACTIONS: Readonly<Record<Permission, string>> = {
  [Permission.STAFF_READ]: 'read staff data',
  [Permission.CATALOGUE_WRITE]: 'change the catalogue',
  [Permission.NOMINATE]: 'nominate creators',
  [Permission.SAFETY_REVIEW]: 'review nominations',
  [Permission.PUBLISH]: 'approve, schedule, publish and withdraw spotlights',
  [Permission.COMMENT]: 'comment on nominations',
  [Permission.STAFF_ADMIN]: 'manage staff accounts',
  [Permission.AUDIT_READ]: 'read the audit log',
};

/** What each permission allows, as a sentence (the GraphQL enum's descriptions). */
export const PERMISSION_DESCRIPTIONS: Readonly<Record<Permission, string>> = {
  [Permission.STAFF_READ]: 'Read staff-only data: nominations, training, grants, staff, record history.',
  [Permission.CATALOGUE_WRITE]:
    'Keep the catalogue: creators, videos, training, organisations, grants, crisis resources, campaigns.',
  [Permission.NOMINATE]: 'Nominate creators and edit nominations.',
  [Permission.SAFETY_REVIEW]: 'Sign off, return or reject nominations.',
  [Permission.PUBLISH]: 'Approve, schedule, publish, withdraw and reorder spotlights.',
  [Permission.COMMENT]: "Add a comment to a nomination's note thread.",
  [Permission.STAFF_ADMIN]: 'Invite staff, change their roles and deactivate accounts.',
  [Permission.AUDIT_READ]: 'Read the full audit log and the history of staff accounts.',
};

export function can(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The roles that hold `permission`, in the table's order. */
export function rolesWith(permission: Permission): StaffRole[] {
  return Object.values(StaffRole).filter((role) => can(role, permission));
}

/**
 * Why a role may not do something, in words a person understands: "Only editors and admins can nominate
 * creators. You are signed in as a viewer." Null when the role may.
 */
export function permissionDeniedReason(role: StaffRole, permission: Permission): string | null {
  if (can(role, permission)) return null;
  const article = /^[aeiou]/i.test(ROLE_INFO[role].label) ? 'an' : 'a';
  return `${whoCan(permission)} You are signed in as ${article} ${ROLE_INFO[role].label.toLowerCase()}.`;
}

/** "Only editors and admins can nominate creators.": who holds a permission, said once for a whole page. */
export function whoCan(permission: Permission): string {
  const names = rolesWith(permission).map((r) => `${ROLE_INFO[r].label.toLowerCase()}s`);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `Only ${who} can ${PERMISSION_ACTIONS[permission]}.`;
}
