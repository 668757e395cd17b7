/** One ad-credit grant: its figures, the edit form (on its version, conflicts shown) and its history. */
import { Permission } from '@beacon/shared';
import { Anchor, Badge, Box, Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { useVersionedForm } from '../../common/conflict/use-versioned-form';
import { FormProblem } from '../../common/forms/form-problem';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { notify } from '../../common/notifications/notify';
import { Fact } from '../../common/page/fact';
import { PageHeader } from '../../common/page/page-header';
import { useCan } from '../../common/permissions/use-can';
import { QueryState } from '../../common/query-state/query-state';
import type { GrantQuery as GrantResult } from '../../gql/graphql';
import {
  GRANT_LABELS,
  GrantAmountFields,
  type GrantEditValues,
  grantEditSchema,
  grantInput,
} from './grant-form';
import { STATUS_LABELS } from './grant-labels';
import { GrantQuery, UpdateGrantMutation } from './grants.operations';
import { fromMinor } from './money';

type Grant = Extract<NonNullable<GrantResult['node']>, { __typename?: 'AdCreditGrant' }>;

const back = (
  <Anchor component={Link} to="/grants" size="sm">
    ← All grants
  </Anchor>
);

const valuesOf = (g: Grant): GrantEditValues => ({
  amount: fromMinor(g.amount.amountMinor, g.amount.currency),
  currency: g.amount.currency,
  status: g.status,
  illustrative: g.illustrative,
  note: g.note,
});

export function GrantPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: GrantQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading the grant…"
      errorTitle="This grant could not be loaded"
      isEmpty={(data) => data.node?.__typename !== 'AdCreditGrant'}
      empty={
        <>
          <PageHeader title="Grant not found" before={back} />
          <Text>There is no grant at this address.</Text>
        </>
      }
    >
      {({ node }) => {
        if (node?.__typename !== 'AdCreditGrant') return null;
        const grant = node as Grant;
        return (
          <>
            <PageHeader
              before={back}
              documentTitle={`${grant.amount.formatted} to ${grant.organisation.name}`}
              title={`${grant.amount.formatted} to ${grant.organisation.name}`}
              description={`For ${grant.campaign.name}`}
            />
            <Card withBorder mb="lg">
              <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
                <Fact term="Status">{STATUS_LABELS[grant.status]}</Fact>
                <Fact term="Organisation">
                  <Anchor component={Link} to={`/organisations/${encodeURIComponent(grant.organisation.id)}`}>
                    {grant.organisation.name}
                  </Anchor>
                </Fact>
                <Fact term="Figure">
                  {grant.illustrative ? (
                    <Badge variant="outline" color="gray.7" tt="none">
                      Illustrative: no per-organisation split was published
                    </Badge>
                  ) : (
                    'As agreed'
                  )}
                </Fact>
              </SimpleGrid>
              {grant.note && <Text mt="md">{grant.note}</Text>}
            </Card>
            <EditGrant grant={grant} />
            <Box mt="xl">
              <HistoryTimeline id={grant.id} />
            </Box>
          </>
        );
      }}
    </QueryState>
  );
}

function EditGrant({ grant }: { grant: Grant }) {
  const { allowed, reason } = useCan(Permission.CATALOGUE_WRITE);
  const client = useClient();
  const record = useMemo(() => ({ values: valuesOf(grant), version: grant.version }), [grant]);
  const fetchLatest = useCallback(async () => {
    const r = await client.query(GrantQuery, { id: grant.id }, { requestPolicy: 'network-only' }).toPromise();
    const n = r.data?.node;
    return n?.__typename === 'AdCreditGrant'
      ? { values: valuesOf(n as Grant), version: (n as Grant).version }
      : null;
  }, [client, grant.id]);
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: grantEditSchema,
    record,
    labels: GRANT_LABELS,
    fetchLatest,
  });
  const [{ fetching }, update] = useMutation(UpdateGrantMutation);
  return (
    <Box component="section" aria-labelledby="edit-grant-title">
      <Title order={2} size="h3" id="edit-grant-title" mb="sm">
        Edit grant
      </Title>
      {!allowed ? (
        <Text c="dimmed">{reason}</Text>
      ) : (
        <form
          noValidate
          onSubmit={submit(async (values) => {
            const result = await update({ input: { id: grant.id, expectedVersion, ...grantInput(values) } });
            if (result.data) notify.success('Grant saved');
            return result;
          })}
        >
          <FormProblem problem={problem} />
          <GrantAmountFields form={form} />
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={fetching}>
              Save grant
            </Button>
          </Group>
          {conflictDialog}
        </form>
      )}
    </Box>
  );
}
