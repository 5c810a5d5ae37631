// The map's layers: the basemap (offline by default, or an online one) and the online overlays. Picking an online
// layer is the user's opt-in to loading tiles from that provider.
import { useId } from 'react';
import type { Basemap, MapLayers, Overlay } from '../domain/map-layers';
import { BASEMAPS, OVERLAYS, isOnline, layerLabel, withOverlay } from '../domain/map-layers';
import { useT } from '../i18n/I18nProvider';
import './layer-switcher.css';

export interface LayerSwitcherProps {
  layers: MapLayers;
  onChange(layers: MapLayers): void;
}

export function LayerSwitcher({ layers, onChange }: LayerSwitcherProps) {
  const tr = useT();
  const id = useId();
  const setBasemap = (basemap: Basemap) => onChange({ ...layers, basemap });
  const setOverlay = (overlay: Overlay, on: boolean) =>
    onChange({ ...layers, overlays: withOverlay(layers.overlays, overlay, on) });
  return (
    <section className="layer-switcher" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="layer-switcher__heading">
        {tr.t('layers.heading')}
      </h2>
      <fieldset className="layer-switcher__group" role="radiogroup" aria-labelledby={`${id}-basemap`}>
        <legend id={`${id}-basemap`}>{tr.t('layers.basemap')}</legend>
        {BASEMAPS.map((basemap) => (
          <label key={basemap} className="layer-switcher__option">
            <input
              type="radio"
              name={`${id}-basemap`}
              value={basemap}
              checked={layers.basemap === basemap}
              onChange={() => setBasemap(basemap)}
            />
            {layerLabel(basemap, tr)}
          </label>
        ))}
      </fieldset>
      <div className="layer-switcher__group">
        {OVERLAYS.map((overlay) => (
          <label key={overlay} className="layer-switcher__option">
            <input
              type="checkbox"
              checked={layers.overlays.includes(overlay)}
              onChange={(e) => setOverlay(overlay, e.currentTarget.checked)}
            />
            {layerLabel(overlay, tr)}
          </label>
        ))}
      </div>
      <p className="layer-switcher__note">
        {isOnline(layers) ? tr.t('layers.onlineNote') : tr.t('layers.offlineNote')}
      </p>
    </section>
  );
}
