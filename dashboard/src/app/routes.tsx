/**
 * Every page of the dashboard in one table: its address, the code that draws it (loaded on demand, so
 * the first load carries only the shell), its place in the navigation and the permission it needs. The
 * navigation hides what a role cannot use; the router shows such a page with the reason instead. A
 * feature adds its pages here.
 */
import { Permission } from '@beacon/shared';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export interface AppRoute {
  /** React Router path, relative to `/`. */
  readonly path: string;
  readonly page: LazyExoticComponent<ComponentType>;
  /** Shown in the main navigation under this label when set. */
  readonly nav?: string;
  /** Needed to open the page; the server enforces the same rule on every operation. */
  readonly permission?: Permission;
}

/** `lazy()` for a named export, so pages stay named exports. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

export const ROUTES: readonly AppRoute[] = [
  {
    // The start page: what needs the signed-in person now.
    path: '',
    nav: 'Home',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/home/home.page'), 'HomePage'),
  },
  {
    path: 'creators',
    nav: 'Creators',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/creators/creators.page'), 'CreatorsPage'),
  },
  {
    path: 'creators/import',
    permission: Permission.CATALOGUE_WRITE,
    page: page(() => import('../features/creators/creator-import.page'), 'CreatorImportPage'),
  },
  {
    path: 'creators/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/creators/creator.page'), 'CreatorPage'),
  },
  {
    // Every awareness video: findings, advisories and the staff override of the warning text.
    path: 'videos',
    nav: 'Videos',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/videos/videos.page'), 'VideosPage'),
  },
  {
    path: 'videos/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/videos/video.page'), 'VideoPage'),
  },
  {
    path: 'campaigns',
    nav: 'Campaigns',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/campaigns/campaigns.page'), 'CampaignsPage'),
  },
  {
    path: 'campaigns/:slug',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/campaigns/campaign-board.page'), 'CampaignBoardPage'),
  },
  {
    // Details, capacity, partners and programming windows: `updateCampaign` and the window mutations.
    path: 'campaigns/:slug/edit',
    permission: Permission.CATALOGUE_WRITE,
    page: page(() => import('../features/campaigns/campaign-edit.page'), 'CampaignEditPage'),
  },
  {
    path: 'recognitions/new',
    permission: Permission.NOMINATE,
    page: page(() => import('../features/recognitions/nominate.page'), 'NominatePage'),
  },
  {
    path: 'recognitions/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/recognitions/recognition.page'), 'RecognitionPage'),
  },
  {
    path: 'training',
    nav: 'Training',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/training/training-sessions.page'), 'TrainingSessionsPage'),
  },
  {
    path: 'training/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/training/training-session.page'), 'TrainingSessionPage'),
  },
  {
    path: 'organisations',
    nav: 'Organisations',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/grants/organisations.page'), 'OrganisationsPage'),
  },
  {
    path: 'organisations/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/grants/organisation.page'), 'OrganisationPage'),
  },
  {
    path: 'grants',
    nav: 'Grants',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/grants/grants.page'), 'GrantsPage'),
  },
  {
    path: 'grants/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/grants/grant.page'), 'GrantPage'),
  },
  {
    path: 'crisis-resources',
    nav: 'Crisis resources',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/crisis-resources/crisis-resources.page'), 'CrisisResourcesPage'),
  },
  {
    path: 'crisis-resources/all',
    permission: Permission.STAFF_READ,
    page: page(
      () => import('../features/crisis-resources/crisis-resource-directory.page'),
      'CrisisResourceDirectoryPage',
    ),
  },
  {
    path: 'crisis-resources/:id',
    permission: Permission.STAFF_READ,
    page: page(() => import('../features/crisis-resources/crisis-resource.page'), 'CrisisResourcePage'),
  },
  {
    path: 'staff',
    nav: 'Staff',
    permission: Permission.STAFF_ADMIN,
    page: page(() => import('../features/staff/staff.page'), 'StaffPage'),
  },
  {
    path: 'staff/:id',
    permission: Permission.STAFF_ADMIN,
    page: page(() => import('../features/staff/staff-member.page'), 'StaffMemberPage'),
  },
  {
    path: 'audit',
    nav: 'Audit log',
    permission: Permission.AUDIT_READ,
    page: page(() => import('../features/audit/audit-log.page'), 'AuditLogPage'),
  },
];

/** The start page (the brand and "Go to the start page" lead here). */
export const HOME_PATH = '/';
