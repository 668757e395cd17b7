/** A recognition as the dashboard's RecognitionFields fragment reads it, for component tests. */
import type { RecognitionFieldsFragment, RecognitionStatus } from '../../gql/graphql';

export const EDDIE = { id: 'S-editor', displayName: 'Eddie Editor' };
export const RAE = { id: 'S-reviewer', displayName: 'Rae Reviewer' };
export const PAT = { id: 'S-publisher', displayName: 'Pat Publisher' };

export function recognitionIn(
  status: RecognitionStatus,
  overrides: Partial<RecognitionFieldsFragment> = {},
): RecognitionFieldsFragment {
  const reviewed = !['NOMINATED', 'RETURNED_FOR_CHANGES'].includes(status);
  return {
    id: 'R1',
    version: 4,
    status,
    citation: 'For patient, hopeful videos that help young people talk about how they feel.',
    rank: status === 'PUBLISHED' ? 1 : null,
    nominatedAt: '2026-09-01T09:00:00Z',
    reviewedAt: reviewed ? '2026-09-02T10:00:00Z' : null,
    approvedAt: null,
    scheduledFor: null,
    scheduledTimeZone: null,
    scheduleFailure: null,
    publishedAt: null,
    withdrawnAt: null,
    withdrawalReason: null,
    updatedAt: '2026-09-02T10:00:00Z',
    nominatedBy: EDDIE,
    reviewedBy: reviewed ? RAE : null,
    approvedBy: null,
    scheduledBy: null,
    publishedBy: null,
    withdrawnBy: null,
    creator: {
      id: 'C1',
      handle: 'ava.brightwater',
      displayName: 'Ava Brightwater',
      region: 'GB',
      topics: [],
    },
    campaign: {
      id: 'CAMP1',
      slug: 'world-mental-health-day-2026',
      name: 'World Mental Health Day 2026',
      hashtag: '#WorldMentalHealthDay',
      spotlightCapacity: 10,
    },
    eligibility: [],
    safetyFindings: [],
    featuredVideos: { nodes: [] },
    notes: { totalCount: 0, pageInfo: { hasPreviousPage: false, startCursor: null }, nodes: [] },
    ...overrides,
  } as unknown as RecognitionFieldsFragment;
}
