// The year the map shows, written on the map itself, so a screenshot says what year it is.
import { useT } from '../i18n/I18nProvider';
import './tools.css';

export function MapYear({
  year,
  range,
}: {
  year: number | null;
  range: { from: number; to: number } | null;
}) {
  const { t } = useT();
  const text = range ? `${range.from}–${range.to}` : year === null ? t('year.allYears') : String(year);
  // The slider and the caption already announce the year; this is for the eye and for screenshots.
  return (
    <p className="map-year" aria-hidden="true" data-testid="map-year">
      {text}
    </p>
  );
}
