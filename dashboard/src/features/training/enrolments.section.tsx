/**
 * A session's enrolments: who is enrolled, whether they attended and completed, and the buttons to record
 * each (completion also records attendance, as the server does), to withdraw an enrolment and to enrol
 * someone new while places remain. Controls are disabled, with the reason, for roles that cannot use them.
 * A session takes up to 10,000 enrolments, so they are paged, 100 at a time (one page for almost every
 * session), with the page in the URL as `enrolments-page`, `enrolments-after`….
 */
import { Permission } from '@beacon/shared';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import { PagedList } from '../../common/data-table/paged-list';
import { useListParams } from '../../common/data-table/use-list-params';
import { type SearchOption, SearchSelect } from '../../common/forms/search-select';
import { problemOf } from '../../common/graphql/problem';
import { useAction } from '../../common/notifications/use-action';
import { Guarded, useCan } from '../../common/permissions/use-can';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import type {
  SessionEnrolmentsQuery as EnrolmentsResult,
  TrainingSessionQuery as SessionResult,
  TrainingAudience,
} from '../../gql/graphql';
import {
  EnroleeCreatorsQuery,
  EnroleeOrganisationsQuery,
  EnrolInTrainingMutation,
  RecordAttendanceMutation,
  RecordCompletionMutation,
  SessionEnrolmentsQuery,
  WithdrawEnrolmentMutation,
} from './training.operations';

type Session = Extract<NonNullable<SessionResult['node']>, { __typename?: 'TrainingSession' }>;
type Enrolments = EnrolmentsResult['trainingEnrolments'];
type Enrolment = Enrolments['nodes'][number];

/** The most a page may hold (the server's PAGE_SIZE_MAX): one page for almost every session. */
const PAGE_SIZE = 100;
const enrolmentsOf = (data: EnrolmentsResult): Enrolments => data.trainingEnrolments;

export const enroleeName = (e: {
  creator: { displayName: string; handle: string } | null;
  organisation: { name: string } | null;
}) => (e.creator ? `${e.creator.displayName} (@${e.creator.handle})` : (e.organisation?.name ?? 'Unknown'));

const at = (iso: string | null | undefined) => (iso ? formatInZone(new Date(iso), userTimeZone()) : '');

function EnrolmentActions({ enrolment }: { enrolment: Enrolment }) {
  const name = enroleeName(enrolment);
  const [attendState, attend] = useAction(RecordAttendanceMutation, {
    success: `${name} marked as attended`,
    failure: `Attendance for ${name} was not recorded`,
    announceConflict: true,
  });
  const [completeState, complete] = useAction(RecordCompletionMutation, {
    success: `${name} marked as completed`,
    failure: `Completion for ${name} was not recorded`,
    announceConflict: true,
  });
  const [withdrawState, withdraw] = useAction(WithdrawEnrolmentMutation, {
    success: `${name} withdrawn from the session`,
    failure: `${name} was not withdrawn`,
    announceConflict: true,
  });
  const input = { id: enrolment.id, expectedVersion: enrolment.version };
  return (
    <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
      {(props) => (
        <Group gap="xs" wrap="wrap">
          {!enrolment.attended && (
            <Button
              size="compact-sm"
              variant="default"
              {...props}
              loading={attendState.fetching}
              onClick={() => attend({ input: { ...input, attended: true } })}
              aria-label={`Mark attended: ${name}`}
            >
              Mark attended
            </Button>
          )}
          {!enrolment.completed && (
            <Button
              size="compact-sm"
              variant="default"
              {...props}
              loading={completeState.fetching}
              onClick={() => complete({ input })}
              aria-label={`Mark completed: ${name}`}
            >
              Mark completed
            </Button>
          )}
          {!enrolment.completed && (
            <Button
              size="compact-sm"
              variant="default"
              c="red.9"
              {...props}
              loading={withdrawState.fetching}
              onClick={() => withdraw({ input })}
              aria-label={`Withdraw: ${name}`}
            >
              Withdraw
            </Button>
          )}
        </Group>
      )}
    </Guarded>
  );
}

const col = listColumns<Enrolment>();
const columns = col.columns([
  col.display({
    id: 'name',
    header: 'Enrolled',
    cell: (c) => enroleeName(c.row.original),
    meta: { rowHeader: true },
  }),
  col.accessor('attended', {
    header: 'Attended',
    cell: (c) =>
      c.getValue() ? (
        <Text span size="sm">
          Yes{c.row.original.attendedAt ? `, ${at(c.row.original.attendedAt)}` : ''}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          Not yet
        </Text>
      ),
  }),
  col.accessor('completed', {
    header: 'Completed',
    cell: (c) =>
      c.getValue() ? (
        <Text span size="sm" fw={600}>
          Yes, {at(c.row.original.completedAt)}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          Not yet
        </Text>
      ),
  }),
  col.display({
    id: 'actions',
    header: 'Record',
    cell: (c) => <EnrolmentActions enrolment={c.row.original} />,
  }),
]);

export function EnrolmentsSection({ session }: { session: Session }) {
  const canWrite = useCan(Permission.CATALOGUE_WRITE).allowed;
  const editable = canWrite ? columns : columns.filter((c) => c.id !== 'actions');
  // Oldest first, the server's one order for a session's enrolments.
  const list = useListParams({
    prefix: 'enrolments-',
    filters: [],
    sorts: ['OLDEST'] as const,
    defaultSort: 'OLDEST',
  });
  const [result, retry] = useQuery({
    query: SessionEnrolmentsQuery,
    variables: { sessionId: session.id, ...list.pageVariables(PAGE_SIZE) },
  });
  const shown = result.data ? enrolmentsOf(result.data).nodes : [];
  return (
    <Stack component="section" aria-labelledby="enrolments-title" gap="sm">
      <Title order={2} id="enrolments-title" size="h3">
        Enrolments ({session.enrolledCount})
      </Title>
      <EnrolForm session={session} shown={shown} />
      <PagedList
        result={result}
        retry={retry}
        list={list}
        pageSize={PAGE_SIZE}
        connection={enrolmentsOf}
        noun="enrolment"
        label="Enrolments"
        pagerLabel="Enrolment pages"
        columns={editable}
        cardHeadingOrder={3}
        emptyTitle="Nobody is enrolled yet"
        emptyText="Nobody is enrolled yet."
        emptyHint={null}
      />
    </Stack>
  );
}

function EnrolForm({ session, shown }: { session: Session; shown: readonly Enrolment[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const audience: TrainingAudience = session.audience;
  const forCreators = audience === 'CREATORS';
  // Those enrolled on the page shown are not offered again; anyone enrolled on another page is refused by
  // the server in words ("… is already enrolled"), shown next to the picker.
  const enrolled = new Set(shown.map((e) => e.creator?.id ?? e.organisation?.id));
  // Every name the searches met, for the notice once the chosen one is enrolled.
  const names = useRef(new Map<string, string>());
  const offered = (options: SearchOption[]) => {
    for (const option of options) names.current.set(option.value, option.label);
    return options.filter((option) => !enrolled.has(option.value));
  };
  const [{ fetching }, enrol] = useAction(EnrolInTrainingMutation, {
    success: `${(chosen && names.current.get(chosen)) || 'They are'} enrolled`,
    failure: 'Not enrolled',
    announceConflict: true,
  });
  const full = session.seatsLeft <= 0;
  const noun = forCreators ? 'creator' : 'organisation';
  const picked = {
    ref: picker,
    label: `Enrol a ${noun}`,
    placeholder: forCreators ? 'Search by handle or name' : 'Search by name',
    nothingFound: `No ${noun} by that name`,
    value: chosen,
    onChange: (value: string | null) => {
      setChosen(value);
      setError(null);
    },
    clearable: true,
    clearLabel: `Clear the chosen ${noun}`,
    error,
    disabled: full,
    description: full ? 'The session is full: withdraw someone or add places to enrol more.' : undefined,
    w: { base: '100%', sm: 360 },
  };

  return (
    <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
      {() => (
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (!chosen) {
              setError(`Choose a ${noun} to enrol`);
              picker.current?.focus();
              return;
            }
            setError(null);
            const result = await enrol({
              input: {
                sessionId: session.id,
                ...(forCreators ? { creatorId: chosen } : { organisationId: chosen }),
              },
            });
            if (result.error) {
              setError(problemOf(result.error).message);
              picker.current?.focus();
            } else {
              setChosen(null);
              picker.current?.focus();
            }
          }}
        >
          <Group align="flex-start" gap="sm" wrap="wrap">
            {forCreators ? (
              <SearchSelect
                {...picked}
                query={EnroleeCreatorsQuery}
                variables={(search) => ({ search })}
                options={(data) =>
                  offered(
                    data.creators.nodes.map((c) => ({
                      value: c.id,
                      label: `${c.displayName} (@${c.handle})`,
                    })),
                  )
                }
              />
            ) : (
              <SearchSelect
                {...picked}
                query={EnroleeOrganisationsQuery}
                variables={(search) => ({ search })}
                options={(data) =>
                  offered(data.organisations.nodes.map((o) => ({ value: o.id, label: o.name })))
                }
              />
            )}
            <Button type="submit" mt={{ base: 0, sm: 25 }} loading={fetching} disabled={full}>
              Enrol
            </Button>
          </Group>
        </form>
      )}
    </Guarded>
  );
}
