// "Take this away": the current view's features as CSV or GeoJSON, its picture as PNG, an embed and a citation.
import { useId, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import { downloadName } from '../domain/picture';
import type { Citation } from '../domain/citation';
import { downloadBlob } from './download';
import { CiteButton, EmbedButton } from './lazy-tools';
import { useT } from '../i18n/I18nProvider';
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
  const tr = useT();
  const scaleId = useId();
  const [scale, setScale] = useState(1);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // The writers load on first use: they are not needed to show the map.
  async function csv() {
    const { featuresToCsv } = await import('../domain/export-csv');
    const blob = new Blob([featuresToCsv(features, today, tr)], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, downloadName(today, 'csv'));
    setStatus(tr.t('exports.csvDone', { count: features.length }));
  }

  async function geojson() {
    const { featuresToGeoJson } = await import('../domain/export-geojson');
    const text = featuresToGeoJson(features, { url: getViewUrl(), date: today });
    downloadBlob(new Blob([text], { type: 'application/geo+json' }), downloadName(today, 'geojson'));
    setStatus(tr.t('exports.geojsonDone', { count: features.length }));
  }

  async function png() {
    setBusy(true);
    setStatus(tr.t('exports.drawing'));
    try {
      const blob = await makePicture(scale);
      if (!blob) setStatus(tr.t('exports.noMap'));
      else {
        downloadBlob(blob, downloadName(today, 'png', scale === 1 ? '' : `${scale}x`));
        setStatus(tr.t('exports.pngDone', { scale }));
      }
    } catch (error) {
      // Plain words for the reader; the browser's own error text (in English, and technical) goes to the console.
      console.error(error);
      setStatus(tr.t('exports.pngFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tools" aria-labelledby={`${scaleId}-h`}>
      <h2 className="panel-heading" id={`${scaleId}-h`}>
        {tr.t('exports.heading')}
      </h2>
      <div className="tools__row">
        <button type="button" className="tools__button" onClick={() => void csv()}>
          {tr.t('exports.csv')}
        </button>
        <button type="button" className="tools__button" onClick={() => void geojson()}>
          {tr.t('exports.geojson')}
        </button>
      </div>
      <div className="tools__row">
        <button type="button" className="tools__button" disabled={busy} onClick={() => void png()}>
          {tr.t('exports.png')}
        </button>
        <label className="tools__label" htmlFor={scaleId}>
          {tr.t('exports.size')}
        </label>
        <select id={scaleId} value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          <option value={1}>{tr.t('exports.scale1')}</option>
          <option value={2}>{tr.t('exports.scale2')}</option>
        </select>
      </div>
      <div className="tools__row">
        <EmbedButton getEmbedUrl={getEmbedUrl} />
        <CiteButton
          getCitation={getCitation}
          label={tr.t('exports.citeMap')}
          title={tr.t('exports.citeMapTitle')}
        />
      </div>
      <p className="tools__status" role="status">
        {status}
      </p>
    </section>
  );
}
