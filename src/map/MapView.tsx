// The React face of the map: creates one map per mount in its own child element, diffs the data, filters and
// selection props into it, and hands the app a MapHandle (through `ref`) for moves: flyTo, jumpTo.
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { Ref } from 'react';
import type {
  MapChoice,
  MapFactory,
  MapHandle,
  MapHover,
  MapHandlers,
  MapInstance,
  Padding,
} from './map-types';
import { DeferredMapHandle } from './deferred-map-handle';
import { MapOverlays } from './MapOverlays';
import type { Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { MapLayers } from '../domain/map-layers';
import { useT } from '../i18n/I18nProvider';

export interface MapViewProps {
  factory: MapFactory;
  features: readonly MapFeature[];
  lang: Lang;
  filters: FilterState;
  matchingIds: readonly string[] | null;
  selectedId: string | null;
  /** The basemap and online overlays. */
  layers: MapLayers;
  /** Read once, when the map is created. */
  initialCamera: Camera | null;
  /** Room around the default view for panels over the map (read once, when the map is created). */
  fitPadding?: Padding;
  handlers: MapHandlers;
  ref?: Ref<MapHandle>;
}

export function MapView(props: MapViewProps) {
  const { factory, features, lang, filters, matchingIds, selectedId, layers, handlers, ref } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<MapInstance | null>(null);
  const [hover, setHover] = useState<MapHover | null>(null);
  const [choice, setChoice] = useState<MapChoice | null>(null);
  const [handle] = useState(() => new DeferredMapHandle());
  const tr = useT();
  const [initial] = useState(() => ({ camera: props.initialCamera, lang, fitPadding: props.fitPadding }));
  // The map is made once; it starts in the language of that moment and is told of later changes.
  const trRef = useRef(tr);
  // Map events call the latest handlers without re-creating the map.
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
    trRef.current = tr;
  });
  useImperativeHandle(ref, () => handle, [handle]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // A fresh child per map instance: under StrictMode the discarded map's remove() must not touch the live one.
    const container = document.createElement('div');
    container.className = 'map-view__canvas';
    host.appendChild(container);
    let disposed = false;
    let instance: MapInstance | null = null;
    const forward: MapHandlers = {
      onSelect: (id) => handlersRef.current.onSelect(id),
      onCameraChange: (c) => handlersRef.current.onCameraChange(c),
      onStatus: (s) => handlersRef.current.onStatus(s),
      onHover: setHover,
      onChoose: setChoice,
    };
    forward.onStatus({ state: 'loading' });
    factory(container, forward, { ...initial, tr: trRef.current }).then(
      (created) => {
        if (disposed) return created.destroy();
        instance = created;
        instanceRef.current = created;
        created.setTranslator?.(trRef.current);
        handle.attach(created);
      },
      () => {
        if (disposed) return;
        // Plain words in the reader's language: never the error's own text (a class name, a WebGL status).
        forward.onStatus({ state: 'error', message: trRef.current.t('map.cannotShow') });
      },
    );
    return () => {
      disposed = true;
      if (instance) {
        if (instanceRef.current === instance) instanceRef.current = null;
        handle.detach(instance);
        instance.destroy();
      }
      container.remove();
    };
  }, [factory, handle, initial]);

  useEffect(() => handle.setData(features, lang), [handle, features, lang]);
  useEffect(() => handle.setFilters(filters, matchingIds), [handle, filters, matchingIds]);
  useEffect(() => handle.select(selectedId), [handle, selectedId]);
  useEffect(() => handle.setLayers(layers), [handle, layers]);
  useEffect(() => instanceRef.current?.setTranslator?.(tr), [tr]);

  const closeChoice = () => {
    setChoice(null);
    hostRef.current?.querySelector('canvas')?.focus({ preventScroll: true });
  };
  return (
    <div ref={hostRef} className="map-view">
      <MapOverlays
        host={hostRef}
        instance={instanceRef}
        features={features}
        lang={lang}
        hover={hover}
        choice={choice}
        onPick={(id) => {
          setChoice(null);
          handlersRef.current.onSelect(id);
        }}
        onCloseChoice={closeChoice}
      />
    </div>
  );
}
