/** Grant and organisation vocabulary in words. */
import type { GrantStatus, OrganisationKind } from '../../gql/graphql';

export const STATUS_LABELS: Readonly<Record<GrantStatus, string>> = {
  PLEDGED: 'Pledged',
  ALLOCATED: 'Allocated',
  DISBURSED: 'Disbursed',
};

export const KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  CRISIS_SERVICE: 'Crisis service',
  EDUCATION: 'Education',
  EXPERT_BODY: 'Expert body',
  NON_PROFIT: 'Non-profit',
  OTHER: 'Other',
  RESEARCH: 'Research',
};

export const options = <K extends string>(labels: Readonly<Record<K, string>>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** "US$2,000,000.00; £10,000.00" — one figure per currency, never summed across currencies. */
export const totalText = (totals: readonly { formatted: string }[] | null | undefined) =>
  totals && totals.length > 0 ? totals.map((t) => t.formatted).join('; ') : 'None';
