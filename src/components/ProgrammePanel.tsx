// The 2025 Kremlin instructions and the rare-earth reserve figures, each with its sources.
import type { Programme } from '../domain/schema';
import { formatPartialDate } from '../domain/partial-date';
import { safeLinks } from '../domain/data-rules';

export function ProgrammePanel({ programme }: { programme: Programme | null }) {
  if (!programme) return null;
  return (
    <details className="programme">
      <summary>
        <h2 className="panel-heading">The 2025 programme</h2>
      </summary>
      <ul className="programme__list">
        {programme.instructions.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong>
            {item.deadline && (
              <span className="programme__deadline"> — due {formatPartialDate(item.deadline)}</span>
            )}
            <p>{item.text}</p>
            {item.responsible && <p className="programme__meta">Responsible: {item.responsible}</p>}
            {item.outcome && <p className="programme__meta">Since: {item.outcome}</p>}
            <SourceLinks sources={item.sources} />
          </li>
        ))}
      </ul>
      {programme.reserves.length > 0 && (
        <>
          <h3 className="panel-subheading">Rare-earth reserves: the figures disagree</h3>
          <ul className="programme__list">
            {programme.reserves.map((r, i) => (
              <li key={i}>
                <strong>
                  {r.value} {r.unit}
                </strong>{' '}
                {r.what} ({r.attribution}
                {r.date ? `, ${formatPartialDate(r.date)}` : ''})
                <SourceLinks sources={r.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function SourceLinks({ sources }: { sources: Programme['instructions'][number]['sources'] }) {
  const safe = safeLinks(sources);
  if (safe.length === 0) return null;
  return (
    <p className="programme__sources">
      Sources:{' '}
      {safe.map((s, i) => (
        <span key={s.url}>
          {i > 0 && ', '}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.publisher}
          </a>
        </span>
      ))}
    </p>
  );
}
