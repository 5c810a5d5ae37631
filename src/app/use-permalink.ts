// The card's permalink (the state without the camera, naming the feature) and its copy button's notice.
import { useCallback, useMemo, useState } from 'react';
import { copyText } from '../components/copy-text';
import type { MapFeature } from '../domain/schema';
import type { AppState } from '../url-state/app-state';
import { permalinkFor } from '../url-state/url-codec';

export function usePermalink(selected: MapFeature | null, state: AppState) {
  const url = useMemo(() => {
    if (!selected) return '';
    return permalinkFor(state, selected.id, `${window.location.origin}${window.location.pathname}`);
  }, [selected, state]);

  // The notice belongs to the feature it was given for: another selection does not show it.
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  const copy = useCallback(() => {
    const id = selected?.id;
    if (!id) return;
    void copyText(url).then((copied) =>
      setNotice({ id, text: copied ? 'Link to this feature copied.' : `Copy this link: ${url}` }),
    );
  }, [selected, url]);

  return { url, notice: notice && notice.id === selected?.id ? notice.text : null, copy };
}
