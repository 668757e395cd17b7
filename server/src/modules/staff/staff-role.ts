/**
 * Staff roles and what each may do. The table itself lives in @beacon/shared (roles.ts) so the dashboard
 * decides "can this role do X" from the same data the server enforces; here it is registered with the
 * schema and re-exported for the server's modules.
 */
import { PERMISSION_DESCRIPTIONS, Permission, ROLE_INFO, StaffRole } from '@beacon/shared';
import { describeEnum } from '../common/enums.js';

export {
  can,
  Permission,
  permissionDeniedReason,
  ROLE_PERMISSIONS,
  rolesWith,
  StaffRole,
} from '@beacon/shared';

describeEnum(StaffRole, 'StaffRole', 'What a staff member may do in Beacon.', {
  VIEWER: ROLE_INFO.VIEWER.description,
  EDITOR: ROLE_INFO.EDITOR.description,
  SAFETY_REVIEWER: ROLE_INFO.SAFETY_REVIEWER.description,
  PUBLISHER: ROLE_INFO.PUBLISHER.description,
  ADMIN: ROLE_INFO.ADMIN.description,
});

describeEnum(
  Permission,
  'Permission',
  'Something a staff role allows; `me { permissions }` lists yours.',
  PERMISSION_DESCRIPTIONS,
);
