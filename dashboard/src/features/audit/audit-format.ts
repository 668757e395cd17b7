/**
 * How the audit log names things: record types in words, where each record's page is and which fields an
 * event changed.
 */

/** The record types Beacon audits, as the server names them (`targetType`), in words. */
export const TARGET_TYPES: Readonly<Record<string, string>> = {
  AdCreditGrant: 'Ad-credit grant',
  AwarenessVideo: 'Awareness video',
  Campaign: 'Campaign',
  Creator: 'Creator',
  CreatorImport: 'Creator import',
  CrisisResource: 'Crisis resource',
  Organisation: 'Organisation',
  Recognition: 'Recognition',
  StaffUser: 'Staff account',
  TrainingEnrolment: 'Training enrolment',
  TrainingSession: 'Training session',
};

export const targetTypeLabel = (type: string) => TARGET_TYPES[type] ?? type;

/** The dashboard page of a record, where it has one of its own (by global id). */
const RECORD_PAGES: Readonly<Record<string, (id: string) => string>> = {
  AdCreditGrant: (id) => `/grants/${encodeURIComponent(id)}`,
  CrisisResource: (id) => `/crisis-resources/${encodeURIComponent(id)}`,
  Organisation: (id) => `/organisations/${encodeURIComponent(id)}`,
  StaffUser: (id) => `/staff/${encodeURIComponent(id)}`,
  TrainingSession: (id) => `/training/${encodeURIComponent(id)}`,
};

export function recordPath(type: string, id: string): string | null {
  return RECORD_PAGES[type]?.(id) ?? null;
}

/** Bookkeeping that changes with every write and says nothing to a reader. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt', 'id']);

/** The fields an event changed: those whose value differs between before and after. */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => !BOOKKEEPING.has(key))
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null))
    .sort();
}
