// The hook over history: the URL is the single source of shareable state.
// Camera moves replace the entry; filter and selection changes push one, so Back and Forward undo and redo them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Camera } from '../domain/camera';
import type { AppState } from './app-state';
import type { ParseOptions } from './url-codec';
import { parseAppState, serialiseAppState } from './url-codec';

function readLocation(options: ParseOptions) {
  return parseAppState(window.location.search, window.location.hash, options);
}

function urlFor(state: AppState): string {
  const { search, hash } = serialiseAppState(state);
  return `${window.location.pathname}${search}${hash}`;
}

export interface UrlState {
  state: AppState;
  notices: string[];
  /** Filter or selection change: a new history entry. */
  push(update: (s: AppState) => AppState): void;
  /** Camera move: replaces the current entry. */
  setCamera(camera: Camera): void;
  dismissNotices(): void;
}

export function useUrlState(options: ParseOptions): UrlState {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [{ state, notices }, setParsed] = useState(() => readLocation(options));
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const onPop = () => setParsed(readLocation(optionsRef.current));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const push = useCallback((update: (s: AppState) => AppState) => {
    const next = update(stateRef.current);
    stateRef.current = next;
    const url = urlFor(next);
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.pushState(null, '', url);
    setParsed((prev) => ({ state: next, notices: prev.notices }));
  }, []);

  const setCamera = useCallback((camera: Camera) => {
    const next = { ...stateRef.current, camera };
    stateRef.current = next;
    window.history.replaceState(null, '', urlFor(next));
    // The camera lives in the map; no re-render is needed for it.
  }, []);

  const dismissNotices = useCallback(() => setParsed((prev) => ({ ...prev, notices: [] })), []);

  return { state, notices, push, setCamera, dismissNotices };
}
