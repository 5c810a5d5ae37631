// What the map reports back to the app: a click on a feature, a camera move, and its loading or failure status.
import { useMemo, useState } from 'react';
import type { MapHandlers, MapStatus } from '../map/map-types';
import type { Camera } from '../domain/camera';

export function useMapHandlers(
  select: (id: string | null, fly: boolean) => void,
  setCamera: (camera: Camera) => void,
) {
  const [mapStatus, setMapStatus] = useState<MapStatus>({ state: 'loading' });
  const mapHandlers: MapHandlers = useMemo(
    () => ({ onSelect: (id) => select(id, false), onCameraChange: setCamera, onStatus: setMapStatus }),
    [select, setCamera],
  );
  return { mapStatus, mapHandlers };
}
