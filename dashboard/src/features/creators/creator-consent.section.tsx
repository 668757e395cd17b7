/**
 * Spotlight consent: what is on file, recording it (or a new scope), and withdrawing it. Withdrawing takes
 * the creator's published and scheduled spotlights down at once, so the confirmation first asks the server
 * which ones (`consentWithdrawalImpact`) and names each before anything changes.
 */
import { Permission } from '@beacon/shared';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useClient } from 'urql';
import { ProblemAlert } from '../../common/errors/problem-alert';
import { useTrackChanges } from '../../common/forms/unsaved-changes';
import { type Problem, problemOf } from '../../common/graphql/problem';
import { useAction } from '../../common/notifications/use-action';
import { Guarded } from '../../common/permissions/use-can';
import type {
  ConsentScope,
  CreatorConsentImpactQuery as ImpactResult,
  CreatorProfileQuery as ProfileResult,
} from '../../gql/graphql';
import {
  CreatorConsentImpactQuery,
  RecordConsentMutation,
  WithdrawConsentMutation,
} from './creator.operations';

type Impact = NonNullable<
  Extract<NonNullable<ImpactResult['node']>, { __typename?: 'Creator' }>['consentWithdrawalImpact']
>;

type Profile = Extract<NonNullable<ProfileResult['node']>, { __typename?: 'Creator' }>;

const SCOPE_LABELS: Record<ConsentScope, string> = {
  SPOTLIGHT: 'Spotlight in the awareness hub',
  SPOTLIGHT_AND_PROMOTION: 'Spotlight, and promotion outside the app',
};
const STATUS_WORDS: Record<string, string> = { PUBLISHED: 'published', SCHEDULED: 'scheduled to publish' };

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
const today = () => new Date().toISOString().slice(0, 10);

export function ConsentSection({
  creator,
}: {
  creator: { id: string; handle: string; version: number; consent: Profile['consent'] };
}) {
  const { consent } = creator;
  const client = useClient();
  const [scope, setScope] = useState<ConsentScope>(consent?.scope ?? 'SPOTLIGHT');
  const [givenOn, setGivenOn] = useState(today());
  const [recording, setRecording] = useState(false);
  const [impact, setImpact] = useState<Impact | null>(null);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const [{ fetching: saving }, record] = useAction(RecordConsentMutation, {
    success: `Consent recorded for @${creator.handle}`,
    failure: 'Consent was not recorded',
    announceConflict: true,
  });
  // Leaving the page with the consent half recorded asks first, as for every form.
  useTrackChanges({
    changed: () => recording && (scope !== (consent?.scope ?? 'SPOTLIGHT') || givenOn !== today()),
    saving: () => saving,
  });
  const [{ fetching: withdrawing }, withdraw] = useAction(WithdrawConsentMutation, {
    success: `Consent withdrawn for @${creator.handle}`,
    failure: 'Consent was not withdrawn',
    announceConflict: true,
  });

  const askToWithdraw = async () => {
    setChecking(true);
    setProblem(null);
    const result = await client
      .query(CreatorConsentImpactQuery, { id: creator.id }, { requestPolicy: 'network-only' })
      .toPromise();
    setChecking(false);
    const node = result.data?.node;
    if (result.error || !node || !('consentWithdrawalImpact' in node)) {
      setProblem(result.error ? problemOf(result.error) : null);
      return;
    }
    setImpact(node.consentWithdrawalImpact ?? []);
  };

  const confirmWithdraw = async () => {
    const result = await withdraw({ input: { id: creator.id, expectedVersion: creator.version } });
    setImpact(null);
    if (!result.error) requestAnimationFrame(() => heading.current?.focus());
    else requestAnimationFrame(() => withdrawButton.current?.focus());
  };

  const submitRecord = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await record({
      input: {
        id: creator.id,
        expectedVersion: creator.version,
        consent: { scope, givenAt: new Date(`${givenOn}T12:00:00Z`).toISOString() },
      },
    });
    if (!result.error) {
      setRecording(false);
      requestAnimationFrame(() => heading.current?.focus());
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="consent-title">
      <Title order={2} size="h4" id="consent-title" ref={heading} tabIndex={-1} mb="xs">
        Spotlight consent
      </Title>
      <Stack gap="sm">
        {!consent ? (
          <Text>No consent on file: this creator cannot be spotlighted.</Text>
        ) : consent.active ? (
          <Group gap="xs">
            <Badge color="teal.9" variant="outline" tt="none">
              Active
            </Badge>
            <Text>
              {SCOPE_LABELS[consent.scope]}, given {date.format(new Date(consent.givenAt))}.
            </Text>
          </Group>
        ) : (
          <Group gap="xs">
            <Badge color="red.9" variant="outline" tt="none">
              Withdrawn
            </Badge>
            <Text>
              Withdrawn {consent.withdrawnAt ? date.format(new Date(consent.withdrawnAt)) : ''} (had been
              given {date.format(new Date(consent.givenAt))}).
            </Text>
          </Group>
        )}
        {problem && <ProblemAlert problem={problem} title="Could not check the spotlights" />}

        {recording ? (
          <form onSubmit={submitRecord} aria-label="Record consent">
            <Stack gap="sm">
              <NativeSelect
                label="What the creator agreed to"
                value={scope}
                onChange={(e) => setScope(e.currentTarget.value as ConsentScope)}
                data={Object.entries(SCOPE_LABELS).map(([value, label]) => ({ value, label }))}
              />
              <TextInput
                type="date"
                label="Given on"
                required
                max={today()}
                value={givenOn}
                onChange={(e) => setGivenOn(e.currentTarget.value)}
              />
              <Group gap="sm">
                <Button type="submit" loading={saving} disabled={!givenOn}>
                  Save consent
                </Button>
                <Button variant="default" onClick={() => setRecording(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm">
            <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
              {(props) => (
                <Button
                  variant={consent?.active ? 'default' : 'filled'}
                  onClick={() => setRecording(true)}
                  {...props}
                >
                  {consent?.active ? 'Change consent' : 'Record consent'}
                </Button>
              )}
            </Guarded>
            {consent?.active && (
              <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
                {(props) => (
                  <Button
                    ref={withdrawButton}
                    color="red.9"
                    variant="outline"
                    loading={checking}
                    onClick={() => void askToWithdraw()}
                    {...props}
                  >
                    Withdraw consent
                  </Button>
                )}
              </Guarded>
            )}
          </Group>
        )}
      </Stack>

      <Modal
        opened={impact !== null}
        onClose={() => setImpact(null)}
        title={`Withdraw @${creator.handle}’s consent?`}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {impact && (
          <Stack gap="md">
            {impact.length === 0 ? (
              <Text>No spotlight of this creator is published or scheduled, so none is taken down.</Text>
            ) : (
              <Alert
                color="red"
                variant="light"
                title={`This takes down ${impact.length === 1 ? '1 spotlight' : `${impact.length} spotlights`} at once`}
              >
                <List size="sm" spacing={4}>
                  {impact.map((r) => (
                    <List.Item key={r.id}>
                      {r.campaign.name}: {STATUS_WORDS[r.status] ?? r.status.toLowerCase()}
                      {r.status === 'SCHEDULED' && r.scheduledFor
                        ? ` for ${dateTime.format(new Date(r.scheduledFor))}`
                        : ''}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Text size="sm">The creator will not be spotlighted again until new consent is recorded.</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setImpact(null)} data-autofocus>
                Keep consent
              </Button>
              <Button color="red.9" loading={withdrawing} onClick={() => void confirmWithdraw()}>
                {impact.length === 0 ? 'Withdraw consent' : 'Withdraw consent and take down'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
