// "Take this away": the current view's features as CSV or GeoJSON, its picture as PNG, an embed and a citation.
import { useId, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import { downloadName } from '../domain/picture';
import type { Citation } from '../domain/citation';
import { downloadBlob } from './download';
import { CiteButton, EmbedButton } from './lazy-tools';
import './tools.css';

export interface ExportButtonsProps {
  /** The features that pass the current filters. */
  features: MapFeature[];
  today: string;
  getViewUrl(): string;
  getEmbedUrl(): string;
  getCitation(): Citation;
  /** The picture of the view, or null when the map cannot draw one. */
  makePicture(scale: number): Promise<Blob | null>;
}

export function ExportButtons({
  features,
  today,
  getViewUrl,
  getEmbedUrl,
  getCitation,
  makePicture,
}: ExportButtonsProps) {
  const scaleId = useId();
  const [scale, setScale] = useState(1);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // The writers load on first use: they are not needed to show the map.
  async function csv() {
    const { featuresToCsv } = await import('../domain/export-csv');
    const blob = new Blob([featuresToCsv(features, today)], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, downloadName(today, 'csv'));
    setStatus(`CSV of ${features.length} features downloaded.`);
  }

  async function geojson() {
    const { featuresToGeoJson } = await import('../domain/export-geojson');
    const text = featuresToGeoJson(features, { url: getViewUrl(), date: today });
    downloadBlob(new Blob([text], { type: 'application/geo+json' }), downloadName(today, 'geojson'));
    setStatus(`GeoJSON of ${features.length} features downloaded.`);
  }

  async function png() {
    setBusy(true);
    setStatus('Drawing the picture…');
    try {
      const blob = await makePicture(scale);
      if (!blob) setStatus('The picture cannot be made: the map is not shown in this browser.');
      else {
        downloadBlob(blob, downloadName(today, 'png', scale === 1 ? '' : `${scale}x`));
        setStatus(`Picture (${scale}×) downloaded.`);
      }
    } catch (error) {
      setStatus(`The picture could not be made (${error instanceof Error ? error.message : String(error)}).`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tools" aria-labelledby={`${scaleId}-h`}>
      <h2 className="panel-heading" id={`${scaleId}-h`}>
        Take this away
      </h2>
      <div className="tools__row">
        <button type="button" className="tools__button" onClick={() => void csv()}>
          Download CSV
        </button>
        <button type="button" className="tools__button" onClick={() => void geojson()}>
          Download GeoJSON
        </button>
      </div>
      <div className="tools__row">
        <button type="button" className="tools__button" disabled={busy} onClick={() => void png()}>
          Download PNG
        </button>
        <label className="tools__label" htmlFor={scaleId}>
          Size
        </label>
        <select id={scaleId} value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          <option value={1}>1×</option>
          <option value={2}>2× (print)</option>
        </select>
      </div>
      <div className="tools__row">
        <EmbedButton getEmbedUrl={getEmbedUrl} />
        <CiteButton getCitation={getCitation} label="Citation of this map" title="Citation of this view" />
      </div>
      <p className="tools__status" role="status">
        {status}
      </p>
    </section>
  );
}
