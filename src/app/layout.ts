// How much of the map the panels cover, by layout: the numbers match styles.css.
import type { MapHandle, Padding } from '../map/map-types';
import type { MapFeature } from '../domain/schema';
import { boundsOf } from '../domain/geometry';

/** The phone layout of styles.css (max-width: 480px): the side panel and the card become a bottom sheet. */
export const PHONE_QUERY = '(max-width: 480px)';
const isPhone = () => typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;

/** The part of the map a feature card covers: the bottom sheet on phones, the left column on wider screens. */
export function cardPadding(): Padding {
  if (isPhone()) return { top: 40, right: 20, bottom: Math.round(window.innerHeight * 0.55), left: 20 };
  return { top: 40, right: 40, bottom: 40, left: 400 };
}

/** Room around the default view: on phones the bottom sheet covers the lower 44 % of the map. */
export function viewPadding(): Padding {
  if (isPhone()) return { top: 16, right: 16, bottom: Math.round(window.innerHeight * 0.44) + 8, left: 16 };
  return { top: 20, right: 20, bottom: 20, left: 20 };
}

/** "Zoom to results": frames these features in the part of the map the panels leave free. */
export function frameFeatures(map: MapHandle | null, features: readonly MapFeature[]): void {
  const bounds = boundsOf(features.map((f) => f.geometry));
  if (bounds) map?.fitBounds(bounds, viewPadding());
}
