import { describe, expect, it } from 'vitest';
import { can, Permission, permissionDeniedReason, ROLE_PERMISSIONS, rolesWith, StaffRole } from './roles.js';

describe('the role table', () => {
  it('lets an admin do everything and a viewer only read', () => {
    for (const permission of Object.values(Permission)) expect(can(StaffRole.ADMIN, permission)).toBe(true);
    expect(ROLE_PERMISSIONS[StaffRole.VIEWER]).toEqual([Permission.STAFF_READ]);
  });

  it('keeps nominating, reviewing and publishing with different roles (four eyes by role)', () => {
    expect(rolesWith(Permission.NOMINATE)).toEqual([StaffRole.EDITOR, StaffRole.ADMIN]);
    expect(rolesWith(Permission.SAFETY_REVIEW)).toEqual([StaffRole.SAFETY_REVIEWER, StaffRole.ADMIN]);
    expect(rolesWith(Permission.PUBLISH)).toEqual([StaffRole.PUBLISHER, StaffRole.ADMIN]);
  });

  it('says who can, and who the person is, when a role may not', () => {
    expect(permissionDeniedReason(StaffRole.VIEWER, Permission.NOMINATE)).toBe(
      'Only editors and admins can nominate creators. You are signed in as a viewer.',
    );
    expect(permissionDeniedReason(StaffRole.EDITOR, Permission.AUDIT_READ)).toBe(
      'Only admins can read the audit log. You are signed in as an editor.',
    );
    expect(permissionDeniedReason(StaffRole.EDITOR, Permission.NOMINATE)).toBeNull();
  });
});
