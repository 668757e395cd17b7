/**
 * Campaigns: search by name, hashtag or slug; "Load more" appends the next page. Each page is its own
 * query, so pages already shown stay cached and in place while the next one loads.
 */
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../app/error-alert';
import type { CampaignFilter } from '../../gql/graphql';
import { formatDateRange } from './campaign-dates';
import { CampaignsQuery } from './campaigns.operations';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 300;

function CampaignRows({ filter, after }: { filter: CampaignFilter; after: string | null }) {
  const [{ data }] = useQuery({ query: CampaignsQuery, variables: { first: PAGE_SIZE, after, filter } });
  return (
    <tbody>
      {data?.campaigns.nodes.map((campaign) => (
        <tr key={campaign.id}>
          <th scope="row">
            <Link to={`/campaigns/${encodeURIComponent(campaign.slug)}`}>{campaign.name}</Link>
            {campaign.archivedAt && <span className="tag tag-warn">Archived</span>}
            <div className="hint">{campaign.theme}</div>
          </th>
          <td>{campaign.hashtag}</td>
          <td className="nowrap">{formatDateRange(campaign.startsOn, campaign.endsOn)}</td>
          <td className="numeric">{campaign.spotlightCapacity}</td>
        </tr>
      ))}
    </tbody>
  );
}

export function CampaignsPage() {
  const [params, setParams] = useSearchParams();
  const committed = params.get('q') ?? '';
  const [search, setSearch] = useState(committed);
  useEffect(() => {
    const value = search.trim();
    if (value === committed) return;
    const timer = setTimeout(() => setParams(value ? { q: value } : {}, { replace: true }), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, committed, setParams]);

  const filter: CampaignFilter = { search: committed || null };
  const filterKey = JSON.stringify(filter);
  // The cursor each shown page starts after; a new search starts again from the first page.
  const [pages, setPages] = useState<{ key: string; afters: (string | null)[] }>({
    key: filterKey,
    afters: [null],
  });
  const afters = pages.key === filterKey ? pages.afters : [null];

  // The same query as the last page's rows: urql shares the request, and this reads its paging.
  const [{ data, fetching, error }] = useQuery({
    query: CampaignsQuery,
    variables: { first: PAGE_SIZE, after: afters.at(-1) ?? null, filter },
  });
  const last = data?.campaigns;
  const shown = last ? Math.min(last.totalCount, (afters.length - 1) * PAGE_SIZE + last.nodes.length) : 0;
  const searchId = useId();

  return (
    <section aria-labelledby="campaigns-title">
      <title>Campaigns · Beacon</title>
      <h1 id="campaigns-title">Campaigns</h1>

      <search>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor={searchId}>Search</label>
            <input
              id={searchId}
              type="search"
              placeholder="Name, hashtag or slug"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
        </form>
      </search>

      {error && <ErrorAlert error={error} />}

      <p className="summary" role="status">
        {fetching && !last
          ? 'Loading campaigns…'
          : last && last.totalCount > 0
            ? shown === last.totalCount
              ? `${last.totalCount} ${last.totalCount === 1 ? 'campaign' : 'campaigns'}`
              : `Showing ${shown} of ${last.totalCount} campaigns`
            : last
              ? 'No campaigns match.'
              : ''}
      </p>

      {last && last.totalCount > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="table-scroll" aria-label="Campaigns found" tabIndex={0}>
          <table aria-busy={fetching}>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Hashtag</th>
                <th scope="col">Dates</th>
                <th scope="col" className="numeric">
                  Spotlight capacity
                </th>
              </tr>
            </thead>
            {afters.map((after) => (
              <CampaignRows key={after ?? 'first'} filter={filter} after={after} />
            ))}
          </table>
        </section>
      )}

      {last?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={fetching || !last.pageInfo.endCursor}
          onClick={() => {
            const { endCursor } = last.pageInfo;
            if (endCursor) setPages({ key: filterKey, afters: [...afters, endCursor] });
          }}
        >
          Load more campaigns
        </button>
      )}
    </section>
  );
}
