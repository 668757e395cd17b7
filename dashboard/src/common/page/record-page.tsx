/**
 * The frame of a record's page (a creator, a video, a campaign…), so every record reads and behaves alike:
 * a back link above everything, "Loading the creator…" while it loads, a heading and the server's words
 * with Try again and the request id when it fails, "Creator not found" when the address names nothing,
 * then the record's own heading (taking focus after a navigation, with one Archived badge) and its facts.
 *
 *   <RecordPage result={result} retry={reexecute} noun="video" back={{ to: '/videos', label: 'All videos' }}
 *     pick={(d) => (d.node?.__typename === 'AwarenessVideo' ? d.node : null)}
 *     notFound="There is no video at this address.">
 *     {(video) => (<>
 *       <RecordHeader title={video.title} archived={!!video.archivedAt} actions={…} />
 *       <FactsCard><Fact term="Posted">…</Fact></FactsCard>
 *     </>)}
 *   </RecordPage>
 *
 * A refresh that fails while the record is on screen keeps it there, with the problem under its heading.
 */
import { Anchor, Card, SimpleGrid, type SimpleGridProps, Text } from '@mantine/core';
import { createContext, type ReactNode, useContext } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../errors/problem-alert';
import { LoadingState, type QueryResultLike } from '../query-state/query-state';
import { ArchivedBadge } from './archived-badge';
import { PageHeader } from './page-header';

export interface BackLink {
  to: string;
  /** The link's words after the arrow, such as "All creators". */
  label: string;
}

interface Frame {
  back: BackLink;
  problem: ReactNode;
}

const FrameContext = createContext<Frame | null>(null);

const backLink = ({ to, label }: BackLink) => (
  <Anchor component={Link} to={to} size="sm">
    ← {label}
  </Anchor>
);

const capitalised = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

export function RecordPage<Data, Rec>({
  result,
  retry,
  noun,
  back,
  pick,
  notFound,
  whenMissing,
  children,
}: {
  result: QueryResultLike<Data>;
  /** Runs the query again from the network (urql's reexecute). */
  retry: (options: { requestPolicy: 'network-only' }) => void;
  /** What the record is, in lower case: "creator", "training session". */
  noun: string;
  back: BackLink;
  /** The record in the answer, or null when the address names nothing of this kind. */
  pick: (data: Data) => Rec | null | undefined;
  /** What to say when there is no such record. */
  notFound: ReactNode;
  /** Instead of the not-found page, when the address may name the record another way (it then shows <RecordNotFound>). */
  whenMissing?: ReactNode;
  children: (record: Rec) => ReactNode;
}) {
  const { data, fetching, error } = result;
  const problem = error && (
    <ProblemAlert
      error={error}
      title={`This ${noun} could not be loaded`}
      onRetry={() => retry({ requestPolicy: 'network-only' })}
    />
  );
  if (data === undefined) {
    if (error)
      return (
        <>
          <PageHeader title={`${capitalised(noun)} not loaded`} before={backLink(back)} />
          {problem}
        </>
      );
    if (fetching)
      return (
        <>
          {backLink(back)}
          <LoadingState label={`Loading the ${noun}…`} />
        </>
      );
    return null;
  }
  const record = pick(data);
  if (record === null || record === undefined)
    return (
      whenMissing ?? (
        <RecordNotFound noun={noun} back={back}>
          {problem}
          <Text>{notFound}</Text>
        </RecordNotFound>
      )
    );
  return <FrameContext.Provider value={{ back, problem }}>{children(record)}</FrameContext.Provider>;
}

/** "Creator not found", with the way back. */
export function RecordNotFound({
  noun,
  back,
  children,
}: {
  noun: string;
  back: BackLink;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={`${capitalised(noun)} not found`} before={backLink(back)} />
      {children}
    </>
  );
}

/**
 * The record's heading with the page's back link (or `back`, when the record knows a better one), an
 * Archived badge when it is archived, and any failed refresh under it.
 */
export function RecordHeader({
  title,
  documentTitle,
  description,
  actions,
  archived = false,
  badges,
  back,
}: {
  title: string;
  /** The browser tab's title, when it should say more than the heading. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
  archived?: boolean;
  /** Other states beside the title, such as "Suspended". */
  badges?: ReactNode;
  back?: BackLink;
}) {
  const frame = useContext(FrameContext);
  const link = back ?? frame?.back;
  return (
    <>
      <PageHeader
        before={link && backLink(link)}
        documentTitle={documentTitle ?? title}
        title={
          badges || archived ? (
            <>
              {title}
              {badges}
              {archived && <ArchivedBadge />}
            </>
          ) : (
            title
          )
        }
        description={description}
        actions={actions}
      />
      {frame?.problem}
    </>
  );
}

/** The record's facts: a bordered card holding a `<dl>` grid of <Fact>s, then anything that follows them. */
export function FactsCard({
  children,
  cols = { base: 1, xs: 2, md: 4 },
  after,
}: {
  children: ReactNode;
  cols?: SimpleGridProps['cols'];
  /** Below the facts, inside the card: a description, a progress bar. */
  after?: ReactNode;
}) {
  return (
    <Card withBorder mb="lg">
      <SimpleGrid cols={cols} component="dl" m={0}>
        {children}
      </SimpleGrid>
      {after}
    </Card>
  );
}
