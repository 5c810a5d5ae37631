// The name, status and date of the feature under the pointer (or of the list entry with keyboard focus), drawn
// beside its icon. Text only: React escapes it, nothing is parsed as HTML.
import { useT } from '../i18n/I18nProvider';
import './map-overlays.css';

export interface MapTooltipProps {
  name: string;
  nameLang: string;
  meta: string;
  date: string;
  left: number;
  top: number;
}

export function MapTooltip({ name, nameLang, meta, date, left, top }: MapTooltipProps) {
  return (
    <div className="map-tooltip" role="tooltip" style={{ left, top }}>
      <span className="map-tooltip__name" lang={nameLang}>
        {name}
      </span>
      <span className="map-tooltip__meta">
        {meta} · {date}
      </span>
    </div>
  );
}

/** A cluster under the pointer: how many features it holds. */
export function ClusterTooltip({ count, left, top }: { count: number; left: number; top: number }) {
  const tr = useT();
  return (
    <div className="map-tooltip" role="tooltip" style={{ left, top }}>
      <span className="map-tooltip__name">{tr.t('map.featuresHere', { count })}</span>
      <span className="map-tooltip__meta">{tr.t('map.clusterHint')}</span>
    </div>
  );
}
