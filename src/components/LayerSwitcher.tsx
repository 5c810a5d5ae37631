// The map's layers: the basemap (offline by default, or an online one) and the online overlays. Picking an online
// layer is the user's opt-in to loading tiles from that provider.
import { useId } from 'react';
import type { Basemap, MapLayers, Overlay } from '../domain/map-layers';
import {
  BASEMAPS,
  BASEMAP_LABEL,
  OVERLAYS,
  OVERLAY_LABEL,
  isOnline,
  withOverlay,
} from '../domain/map-layers';
import './layer-switcher.css';

export interface LayerSwitcherProps {
  layers: MapLayers;
  onChange(layers: MapLayers): void;
}

export function LayerSwitcher({ layers, onChange }: LayerSwitcherProps) {
  const id = useId();
  const setBasemap = (basemap: Basemap) => onChange({ ...layers, basemap });
  const setOverlay = (overlay: Overlay, on: boolean) =>
    onChange({ ...layers, overlays: withOverlay(layers.overlays, overlay, on) });
  return (
    <section className="layer-switcher" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="layer-switcher__heading">
        Map layers
      </h2>
      <fieldset className="layer-switcher__group" role="radiogroup" aria-labelledby={`${id}-basemap`}>
        <legend id={`${id}-basemap`}>Basemap</legend>
        {BASEMAPS.map((basemap) => (
          <label key={basemap} className="layer-switcher__option">
            <input
              type="radio"
              name={`${id}-basemap`}
              value={basemap}
              checked={layers.basemap === basemap}
              onChange={() => setBasemap(basemap)}
            />
            {BASEMAP_LABEL[basemap]}
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
            {OVERLAY_LABEL[overlay]}
          </label>
        ))}
      </div>
      <p className="layer-switcher__note">
        {isOnline(layers)
          ? 'Online layers load map tiles from their providers over the internet.'
          : 'Offline: nothing is loaded from other sites. OpenStreetMap, Satellite and the overlays load tiles over the internet.'}
      </p>
    </section>
  );
}
