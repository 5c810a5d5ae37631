// The card's permalink (the state without the camera, naming the feature) and its copy button's notice.
import { useCallback, useMemo, useState } from 'react';
import { copyText } from '../components/copy-text';
import type { PermalinkNotice } from '../components/CardHost';
import type { MapFeature } from '../domain/schema';
import type { AppState } from '../url-state/app-state';
import { permalinkFor } from '../url-state/url-codec';

export function usePermalink(selected: MapFeature | null, state: AppState) {
  const url = useMemo(() => {
    if (!selected) return '';
    return permalinkFor(state, selected.id, `${window.location.origin}${window.location.pathname}`);
  }, [selected, state]);

  // The notice belongs to the feature it was given for: another selection does not show it.
  const [notice, setNotice] = useState<{ id: string; notice: PermalinkNotice } | null>(null);
  const copy = useCallback(() => {
    const id = selected?.id;
    if (!id) return;
    void copyText(url).then((copied) => setNotice({ id, notice: { copied, url } }));
  }, [selected, url]);

  return { url, notice: notice && notice.id === selected?.id ? notice.notice : null, copy };
}
