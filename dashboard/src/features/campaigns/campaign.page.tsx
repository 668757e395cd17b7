/** One campaign: its facts, its programming windows (in their own time zones) and its partners. */
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../app/error-alert';
import { formatDateRange, formatWindow } from './campaign-dates';
import { CampaignQuery } from './campaigns.operations';

const KIND_LABELS: Record<string, string> = {
  CRISIS_SERVICE: 'Crisis service',
  EDUCATION: 'Education',
  EXPERT_BODY: 'Expert body',
  NON_PROFIT: 'Non-profit',
  OTHER: 'Other',
  RESEARCH: 'Research',
};

export function CampaignPage() {
  const { slug = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: CampaignQuery, variables: { slug } });
  const campaign = data?.campaign;

  const back = (
    <p>
      <Link to="/campaigns">← All campaigns</Link>
    </p>
  );
  if (fetching && !data) {
    return (
      <p role="status" className="status">
        Loading campaign…
      </p>
    );
  }
  if (error && !data) {
    return (
      <>
        {back}
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!campaign) {
    return (
      <section aria-labelledby="campaign-title">
        <title>Campaign not found · Beacon</title>
        {back}
        <h1 id="campaign-title">Campaign not found</h1>
        <p>There is no campaign with the address “{slug}”.</p>
      </section>
    );
  }

  const windows = campaign.programmingWindows;
  const partners = campaign.partners;
  return (
    <article aria-labelledby="campaign-title">
      <title>{`${campaign.name} · Beacon`}</title>
      {back}
      <h1 id="campaign-title">
        {campaign.name}
        {campaign.archivedAt && <span className="tag tag-warn">Archived</span>}
      </h1>
      <p>{campaign.theme}</p>
      <dl className="facts">
        <dt>Hashtag</dt>
        <dd>{campaign.hashtag}</dd>
        <dt>Dates</dt>
        <dd>{formatDateRange(campaign.startsOn, campaign.endsOn)}</dd>
        <dt>Spotlight capacity</dt>
        <dd>{campaign.spotlightCapacity} creators at once</dd>
        <dt>Slug</dt>
        <dd>
          <code>{campaign.slug}</code>
        </dd>
      </dl>
      {campaign.description && <p>{campaign.description}</p>}

      <section aria-labelledby="windows-title">
        <h2 id="windows-title">Programming windows ({windows.totalCount})</h2>
        {windows.nodes.length === 0 ? (
          <p className="status">No programming windows yet.</p>
        ) : (
          <ol className="cards">
            {windows.nodes.map((slot) => (
              <li key={slot.id}>
                <h3>{slot.title}</h3>
                <p className="hint">{formatWindow(slot.startsAt, slot.endsAt, slot.timeZone)}</p>
                {slot.description && <p>{slot.description}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="partners-title">
        <h2 id="partners-title">Partners ({partners.totalCount})</h2>
        {partners.nodes.length === 0 ? (
          <p className="status">No partners yet.</p>
        ) : (
          <ul className="cards">
            {partners.nodes.map((partner) => (
              <li key={partner.id}>
                <h3>{partner.name}</h3>
                <p className="hint">{KIND_LABELS[partner.kind] ?? partner.kind}</p>
                {partner.description && <p>{partner.description}</p>}
                <a href={partner.website} rel="noopener noreferrer" target="_blank">
                  Website<span className="visually-hidden"> of {partner.name} (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
