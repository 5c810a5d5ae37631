// Composition of the map region: the map, what it says over itself, and the tools drawn on it.
import type { ComponentProps, Ref } from 'react';
import { MapView } from '../map/MapView';
import type { MapViewProps } from '../map/MapView';
import { MapMessages } from '../components/MapMessages';
import type { MapMessagesProps } from '../components/MapMessages';
import { ToolsLayer } from '../components/ToolsLayer';
import { useT } from '../i18n/I18nProvider';

export interface MapRegionProps {
  regionRef: Ref<HTMLElement>;
  map: MapViewProps;
  messages: MapMessagesProps;
  layer: ComponentProps<typeof ToolsLayer>;
}

export function MapRegion({ regionRef, map, messages, layer }: MapRegionProps) {
  const { t } = useT();
  return (
    <section
      className="map-region"
      role="region"
      aria-label={t('app.map')}
      id="map-region"
      tabIndex={-1}
      ref={regionRef}
    >
      <MapView {...map} />
      <MapMessages {...messages} />
      <ToolsLayer {...layer} />
    </section>
  );
}
