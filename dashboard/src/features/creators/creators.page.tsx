/**
 * Creators: search by handle or name, filter by topic and region, and page through the results. The
 * filters live in the URL, so a filtered list can be bookmarked or shared with a colleague.
 */
import { TOPIC_INFO } from '@beacon/shared';
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../app/error-alert';
import type { CreatorFilter, CreatorsQuery as CreatorsResult, Topic } from '../../gql/graphql';
import { CreatorsQuery } from './creators.operations';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 300;
const TOPICS = Object.entries(TOPIC_INFO) as [Topic, { label: string }][];
const isTopic = (value: string | null): value is Topic => value !== null && value in TOPIC_INFO;

type CreatorRow = CreatorsResult['creators']['nodes'][number];

const followers = new Intl.NumberFormat('en-GB');
const countOf = (n: number, noun: string) => `${followers.format(n)} ${noun}${n === 1 ? '' : 's'}`;
const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const regionName = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

function consentLabel(consent: CreatorRow['consent']): { text: string; tone: 'ok' | 'warn' | 'none' } {
  if (!consent) return { text: 'None on file', tone: 'none' };
  if (!consent.active) return { text: 'Withdrawn', tone: 'warn' };
  return {
    text:
      consent.scope === 'SPOTLIGHT_AND_PROMOTION' ? 'Active: spotlight and promotion' : 'Active: spotlight',
    tone: 'ok',
  };
}

/** A text field that updates a URL parameter once the user pauses typing. */
function useDebouncedParam(name: string, accept: (value: string) => boolean = () => true) {
  const [params, setParams] = useSearchParams();
  const committed = params.get(name) ?? '';
  const [text, setText] = useState(committed);
  useEffect(() => {
    const value = text.trim();
    if (value === committed || !accept(value)) return;
    const timer = setTimeout(() => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, committed, accept, name, setParams]);
  return [text, setText] as const;
}

const acceptRegion = (value: string) => value === '' || /^[A-Za-z]{2}$/.test(value);

export function CreatorsPage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useDebouncedParam('q');
  const [region, setRegion] = useDebouncedParam('region', acceptRegion);
  const topicParam = params.get('topic');
  const topic = isTopic(topicParam) ? topicParam : null;

  const filter: CreatorFilter = {
    search: params.get('q') || null,
    topic,
    region: params.get('region')?.toUpperCase() || null,
  };
  // Cursors of the pages before this one; a change of filter starts again at the first page.
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = paging.key === filterKey ? paging.cursors : [];

  const [{ data, fetching, error }] = useQuery({
    query: CreatorsQuery,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, filter },
  });
  const connection = data?.creators;
  const firstShown = cursors.length * PAGE_SIZE + 1;
  const ids = { search: useId(), topic: useId(), region: useId(), regionHint: useId() };

  return (
    <section aria-labelledby="creators-title">
      <title>Creators · Beacon</title>
      <h1 id="creators-title">Creators</h1>

      <search>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor={ids.search}>Search</label>
            <input
              id={ids.search}
              type="search"
              placeholder="Handle or name"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.topic}>Topic</label>
            <select
              id={ids.topic}
              value={topic ?? ''}
              onChange={(e) =>
                setParams(
                  (previous) => {
                    const next = new URLSearchParams(previous);
                    if (e.target.value) next.set('topic', e.target.value);
                    else next.delete('topic');
                    return next;
                  },
                  { replace: true },
                )
              }
            >
              <option value="">Any topic</option>
              {TOPICS.map(([value, info]) => (
                <option key={value} value={value}>
                  {info.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-narrow">
            <label htmlFor={ids.region}>Region</label>
            <input
              id={ids.region}
              value={region}
              maxLength={2}
              autoComplete="off"
              spellCheck={false}
              placeholder="GB"
              aria-describedby={ids.regionHint}
              aria-invalid={!acceptRegion(region.trim())}
              onChange={(e) => setRegion(e.target.value.toUpperCase())}
            />
            <span className="hint" id={ids.regionHint}>
              Two-letter code
            </span>
          </div>
        </form>
      </search>

      {error && <ErrorAlert error={error} />}

      <p className="summary" role="status">
        {fetching && !connection
          ? 'Loading creators…'
          : connection && connection.totalCount > 0
            ? connection.totalCount === connection.nodes.length
              ? countOf(connection.totalCount, 'creator')
              : `Showing ${firstShown}–${firstShown + connection.nodes.length - 1} of ${countOf(connection.totalCount, 'creator')}`
            : connection
              ? 'No creators match these filters.'
              : ''}
      </p>

      {connection && connection.nodes.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="table-scroll" aria-label="Creators found" tabIndex={0}>
          <table aria-busy={fetching}>
            <thead>
              <tr>
                <th scope="col">Handle</th>
                <th scope="col">Display name</th>
                <th scope="col">Region</th>
                <th scope="col">Topics</th>
                <th scope="col" className="numeric">
                  Followers
                </th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((creator) => {
                const consent = consentLabel(creator.consent);
                return (
                  <tr key={creator.id}>
                    <th scope="row" className="nowrap">
                      @{creator.handle}
                      {creator.status === 'SUSPENDED' && <span className="tag tag-warn">Suspended</span>}
                    </th>
                    <td>{creator.displayName}</td>
                    <td>
                      <abbr title={regionName(creator.region)}>{creator.region}</abbr>
                    </td>
                    <td>
                      <ul className="tags">
                        {creator.topics.map((t) => (
                          <li key={t} className="tag">
                            {TOPIC_INFO[t]?.label ?? t}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="numeric">{followers.format(creator.followerCount)}</td>
                    <td>
                      <span className={`consent consent-${consent.tone}`}>{consent.text}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {connection && (cursors.length > 0 || connection.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label="Creator pages">
          <button
            type="button"
            disabled={cursors.length === 0 || fetching}
            onClick={() => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) })}
          >
            Previous page
          </button>
          <span>Page {cursors.length + 1}</span>
          <button
            type="button"
            disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || fetching}
            onClick={() => {
              const { endCursor } = connection.pageInfo;
              if (endCursor) setPaging({ key: filterKey, cursors: [...cursors, endCursor] });
            }}
          >
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
