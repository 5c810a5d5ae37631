// MapLibre's own controls (zoom buttons, scale bar, attribution toggle) and the canvas' accessible name, in the
// reader's language: given to MapLibre as its `locale` when the map is made, and relabelled when the language
// changes (the map is not re-created for that).
import * as maplibregl from 'maplibre-gl';
import type { Translator } from '../i18n/translator';

/** MapLibre's UI strings this map shows (its zoom-only navigation, metric scale and compact attribution). */
export function maplibreLocale(tr: Translator): Record<string, string> {
  return {
    'Map.Title': tr.t('map.canvas'),
    'NavigationControl.ZoomIn': tr.t('map.zoomIn'),
    'NavigationControl.ZoomOut': tr.t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': tr.t('map.toggleAttribution'),
    'ScaleControl.Meters': tr.t('map.scale.metres'),
    'ScaleControl.Kilometers': tr.t('map.scale.kilometres'),
  };
}

/** Buttons MapLibre labelled when it made them: class → UI string. */
const LABELLED: Record<string, string> = {
  'maplibregl-ctrl-zoom-in': 'NavigationControl.ZoomIn',
  'maplibregl-ctrl-zoom-out': 'NavigationControl.ZoomOut',
  'maplibregl-ctrl-attrib-button': 'AttributionControl.ToggleAttribution',
};

/** Adds the controls; returns how to relabel them (and the canvas) in another language. */
export function addControls(map: maplibregl.Map, tr: Translator): (tr: Translator) => void {
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const scale = new maplibregl.ScaleControl({ unit: 'metric' });
  map.addControl(scale, 'bottom-left');
  const relabel = (next: Translator) => {
    // `_locale` is the table MapLibre reads its UI strings from (typed in its declarations); later redraws of the
    // scale bar read it too.
    Object.assign(map._locale, maplibreLocale(next));
    map.getCanvas().setAttribute('aria-label', next.t('map.canvas'));
    const container = map.getContainer();
    for (const [className, key] of Object.entries(LABELLED)) {
      const text = map._locale[key] ?? '';
      for (const el of container.getElementsByClassName(className)) {
        el.setAttribute('title', text);
        el.setAttribute('aria-label', text);
      }
    }
    // The providers' credits are worded as they require, in English.
    for (const el of container.getElementsByClassName('maplibregl-ctrl-attrib-inner')) {
      if (next.lang === 'en') el.removeAttribute('lang');
      else el.setAttribute('lang', 'en');
    }
    scale.setUnit('metric');
  };
  relabel(tr);
  return relabel;
}
