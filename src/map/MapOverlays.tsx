// What the map shows over itself in the DOM: the tooltip of the hovered (or list-focused) feature and the
// chooser of stacked features. The map reports hover and choice; keyboard focus on any element carrying
// data-feature-id (the list's entries, the chooser's) shows that feature's tooltip at its icon.
import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { ClusterTooltip, MapTooltip } from './MapTooltip';
import { StackChooser } from './StackChooser';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { MapChoice, MapHover, MapInstance, MapPoint } from './map-types';
import { overlayEntry, placeBeside } from './overlay-text';
import { useT } from '../i18n/I18nProvider';

const TOOLTIP_SIZE = { width: 240, height: 48 };
const CHOOSER_ROW_PX = 52;

export interface MapOverlaysProps {
  host: RefObject<HTMLDivElement | null>;
  instance: RefObject<MapInstance | null>;
  features: readonly MapFeature[];
  lang: Lang;
  hover: MapHover | null;
  choice: MapChoice | null;
  onPick(id: string): void;
  onCloseChoice(): void;
}

function useFocusedFeature(instance: RefObject<MapInstance | null>): (MapPoint & { id: string }) | null {
  const [focused, setFocused] = useState<(MapPoint & { id: string }) | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const el = e.target instanceof Element ? e.target.closest('[data-feature-id]') : null;
      const id = el?.getAttribute('data-feature-id') ?? null;
      const at = id ? (instance.current?.iconPoint?.(id) ?? null) : null;
      setFocused(id && at ? { id, ...at } : null);
    };
    const onBlur = () => setFocused(null);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onBlur);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onBlur);
    };
  }, [instance]);
  return focused;
}

export function MapOverlays({
  host,
  instance,
  features,
  lang,
  hover,
  choice,
  onPick,
  onCloseChoice,
}: MapOverlaysProps) {
  const tr = useT();
  const byId = useMemo(() => new Map(features.map((f) => [f.id, f])), [features]);
  const focused = useFocusedFeature(instance);
  const bounds = { width: host.current?.clientWidth ?? 0, height: host.current?.clientHeight ?? 0 };
  const tip = focused ?? hover;
  let tooltip = null;
  if (tip && 'count' in tip) {
    const at = placeBeside(tip, TOOLTIP_SIZE, bounds);
    tooltip = <ClusterTooltip count={tip.count} {...at} />;
  } else if (tip) {
    const f = byId.get(tip.id);
    if (f) {
      const e = overlayEntry(f.properties, lang, tr);
      tooltip = (
        <MapTooltip
          name={e.name}
          nameLang={e.nameLang}
          meta={e.meta}
          date={e.date}
          {...placeBeside(tip, TOOLTIP_SIZE, bounds)}
        />
      );
    }
  }
  const entries = choice
    ? choice.ids.flatMap((id) => {
        const f = byId.get(id);
        return f ? [overlayEntry(f.properties, lang, tr)] : [];
      })
    : [];
  const chooserSize = { width: 280, height: 52 + CHOOSER_ROW_PX * entries.length };
  return (
    <>
      {choice && entries.length > 0 && (
        <StackChooser
          key={choice.ids.join(' ') + `@${choice.x},${choice.y}`}
          entries={entries}
          {...placeBeside(choice, chooserSize, bounds, 18)}
          onPick={onPick}
          onClose={onCloseChoice}
        />
      )}
      {!choice && tooltip}
    </>
  );
}
