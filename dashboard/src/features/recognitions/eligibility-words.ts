/**
 * An eligibility check's reason in words a person reads easily. The server writes its reasons for logs and
 * API clients: consent scopes as codes ("SPOTLIGHT_AND_PROMOTION"), days as ISO dates in UTC, several
 * problems joined by semicolons, "video(s)". Here each problem becomes its own sentence, the scope is said
 * in words and the day comes from the check's `at`, written in the reader's locale and time zone. A reason
 * in a shape not known here is shown as the server wrote it.
 */
import { formatDateInZone, userTimeZone } from '../../common/time/zoned-time';
import type { ConsentScope } from '../../gql/graphql';

export interface CheckReason {
  readonly reason: string;
  readonly at?: string | null;
}

const SCOPE_WORDS: Record<ConsentScope, string> = {
  SPOTLIGHT: 'be featured in the awareness hub',
  SPOTLIGHT_AND_PROMOTION: 'be featured in the awareness hub and in promotion outside the app',
};

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
/** Where the server starts the next problem in a list: a quoted title, the citation or the crisis line. */
const NEXT_PROBLEM = /; (?="|citation: |no crisis resource )/;

const curly = (text: string) => text.replace(/"([^"]*)"/g, '“$1”');

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?”)]$/.test(capital) ? capital : `${capital}.`;
};

function rewrite(part: string): string {
  return part
    .replace(/^Consent \((SPOTLIGHT(?:_AND_PROMOTION)?)\) given on/, (_, scope: ConsentScope) => {
      return `Consent to ${SCOPE_WORDS[scope]}, given on`;
    })
    .replace(/^(\d+) sensitive video\(s\) carry/, (_, n: string) =>
      n === '1' ? '1 sensitive video carries' : `${n} sensitive videos carry`,
    )
    .replace(/^citation: /, 'In the citation: ')
    .replace(/^"([^"]+)" (caption|title|hashtags): /, (_, title: string, field: string) => {
      return `In the ${field} of "${title}": `;
    })
    .replace(/^(\d+) of (\d+) spotlight places taken$/, '$1 of $2 spotlight places are taken');
}

/** The reason as sentences, one per problem, with its day in the reader's words. */
export function reasonSentences(check: CheckReason, timeZone = userTimeZone(), locale?: string): string[] {
  const day = check.at ? formatDateInZone(new Date(check.at), timeZone, locale) : null;
  return check.reason
    .split(NEXT_PROBLEM)
    .map((part) => rewrite(part.trim()))
    .map((part) => (day ? part.replace(ISO_DAY, day) : part))
    .map((part) => sentence(curly(part)));
}
