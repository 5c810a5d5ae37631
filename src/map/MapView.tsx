// The React face of the map: creates one map per mount in its own child element and diffs props into it.
import { useEffect, useRef } from 'react';
import type { Position } from 'geojson';
import type { MapAdapter, MapFactory, MapHandlers, Padding } from './map-types';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { Camera } from '../url-state/app-state';

export interface MapViewProps {
  factory: MapFactory;
  features: MapFeature[];
  lang: Lang;
  filters: FilterState;
  matchingIds: string[] | null;
  selectedId: string | null;
  initialCamera: Camera | null;
  /** Room around the default view for panels over the map (read once, when the map is created). */
  fitPadding?: Padding;
  /** Changes whenever the app asks the map to move (e.g. a list choice); position to fly to. */
  flyRequest: { position: Position; padding?: Padding; seq: number } | null;
  /** Camera to jump to after history navigation. */
  cameraRequest: { camera: Camera; seq: number } | null;
  handlers: MapHandlers;
  /** Told the live map (and null when it goes), for tools that need it directly, e.g. the PNG export. */
  onAdapter?(adapter: MapAdapter | null): void;
}

export function MapView(props: MapViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const handlersRef = useRef(props.handlers);
  handlersRef.current = props.handlers;
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // A fresh child per map instance: under StrictMode the discarded map's remove() must not touch the live one.
    const container = document.createElement('div');
    container.className = 'map-view__canvas';
    host.appendChild(container);
    let disposed = false;
    let adapter: MapAdapter | null = null;
    const handlers: MapHandlers = {
      onSelect: (id) => handlersRef.current.onSelect(id),
      onCameraChange: (c) => handlersRef.current.onCameraChange(c),
      onStatus: (s) => handlersRef.current.onStatus(s),
    };
    handlers.onStatus({ state: 'loading' });
    props
      .factory(container, handlers, {
        camera: latest.current.initialCamera,
        lang: latest.current.lang,
        fitPadding: latest.current.fitPadding,
      })
      .then(
        (created) => {
          if (disposed) return created.destroy();
          adapter = created;
          adapterRef.current = created;
          latest.current.onAdapter?.(created);
          const p = latest.current;
          created.setFeatures(p.features, p.lang);
          created.setFilters(p.filters, p.matchingIds);
          created.setSelected(p.selectedId);
          // A fly request made while maplibre-gl was still loading (e.g. a feature link) is honoured now.
          if (p.flyRequest) created.flyTo(p.flyRequest.position, p.flyRequest.padding);
        },
        (error: unknown) => {
          if (disposed) return;
          const detail = error instanceof Error ? error.message : String(error);
          handlers.onStatus({
            state: 'error',
            message: `The map cannot be shown in this browser (${detail}). The list, cards and filters still work.`,
          });
        },
      );
    return () => {
      disposed = true;
      adapter?.destroy();
      adapterRef.current = null;
      latest.current.onAdapter?.(null);
      container.remove();
    };
    // The map is created once per factory; later prop changes are diffed below.
  }, [props.factory]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => adapterRef.current?.setFeatures(props.features, props.lang), [props.features, props.lang]);
  useEffect(
    () => adapterRef.current?.setFilters(props.filters, props.matchingIds),
    [props.filters, props.matchingIds],
  );
  useEffect(() => adapterRef.current?.setSelected(props.selectedId), [props.selectedId]);
  useEffect(() => {
    if (props.flyRequest) adapterRef.current?.flyTo(props.flyRequest.position, props.flyRequest.padding);
  }, [props.flyRequest]);
  useEffect(() => {
    if (props.cameraRequest) adapterRef.current?.jumpTo(props.cameraRequest.camera);
  }, [props.cameraRequest]);

  return <div ref={hostRef} className="map-view" />;
}
