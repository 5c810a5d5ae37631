// Getting around the page without a mouse: the skip links' targets, Escape to close the card from anywhere, and
// `/` to the search field.
import { useRef } from 'react';
import type { SkipTarget } from '../components/SkipLinks';
import { useGlobalKeys } from './use-global-keys';
import type { PanelTabId } from './use-panel-layout';

export function usePageNavigation(options: {
  /** Closes the open card; null when none is open. */
  closeCard: (() => void) | null;
  /** Makes the list visible (opens the panel and its List tab). */
  showList(tab: PanelTabId): void;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const mapRegionRef = useRef<HTMLElement>(null);
  useGlobalKeys({ onEscape: options.closeCard, onSlash: () => searchRef.current?.focus() });
  const skipTargets: SkipTarget[] = [
    {
      label: 'skip.map',
      target: 'map-region',
      // The map's canvas takes the arrow keys; without a map (no WebGL) the region itself.
      onActivate: () =>
        (
          mapRegionRef.current?.querySelector<HTMLElement>('.maplibregl-canvas') ?? mapRegionRef.current
        )?.focus(),
    },
    {
      label: 'skip.list',
      target: 'feature-list',
      onActivate: () => {
        options.showList('list');
        // After the list tab has rendered: its first entry, or the list itself when it is empty.
        requestAnimationFrame(() =>
          (listRef.current?.querySelector<HTMLElement>('button') ?? listRef.current)?.focus(),
        );
      },
    },
  ];
  return { searchRef, listRef, mapRegionRef, skipTargets };
}
