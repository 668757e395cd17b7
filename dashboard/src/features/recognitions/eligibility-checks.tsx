/**
 * The named eligibility checks, each passed or not with its reason in plain words (one line a problem,
 * days in the reader's locale and time zone: eligibility-words.ts). Pass and fail are said in words (and
 * an icon-free badge), never by colour alone.
 */
import { Badge, Group, List, Text } from '@mantine/core';
import type { EligibilityCheckName } from '../../gql/graphql';
import { reasonSentences } from './eligibility-words';
import { CHECK_LABELS } from './recognition-words';

export interface Check {
  readonly name: EligibilityCheckName;
  readonly passed: boolean;
  readonly reason: string;
  /** When the reason's dated fact happened (consent, training), if it has one. */
  readonly at?: string | null;
}

export function EligibilityChecks({ checks, labelledBy }: { checks: readonly Check[]; labelledBy: string }) {
  return (
    <List listStyleType="none" spacing="xs" aria-labelledby={labelledBy} m={0} p={0}>
      {checks.map((check) => (
        <List.Item key={check.name}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge
              // Filled, white on teal 9 (5.0:1) or red 9 (5.4:1). A light badge in a shade drew its text in
              // the colour of its own background: a row of blank green pills.
              variant="filled"
              color={check.passed ? 'teal.9' : 'red.9'}
              miw={64}
              style={{ flexShrink: 0 }}
            >
              {check.passed ? 'Passes' : 'Fails'}
            </Badge>
            <div>
              <Text fw={500} size="sm">
                {CHECK_LABELS[check.name] ?? check.name}
              </Text>
              <Reason check={check} />
            </div>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** "4 of 6 checks pass", for headings and the live region. */
export function checksSummary(checks: readonly Check[]): string {
  const passed = checks.filter((c) => c.passed).length;
  return passed === checks.length
    ? `All ${checks.length} eligibility checks pass`
    : `${passed} of ${checks.length} eligibility checks pass`;
}

function Reason({ check }: { check: Check }) {
  const sentences = reasonSentences(check);
  if (sentences.length === 1)
    return (
      <Text size="sm" c="dimmed">
        {sentences[0]}
      </Text>
    );
  return (
    <List size="sm" c="dimmed" spacing={2}>
      {sentences.map((s) => (
        <List.Item key={s}>{s}</List.Item>
      ))}
    </List>
  );
}
