// The React face of the URL owner (url-history.ts): one owner per mount, its state as React state.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AppState } from './app-state';
import type { Notice, ParseOptions } from './url-codec';
import { UrlHistory } from './url-history';

export interface UrlState {
  state: AppState;
  notices: Notice[];
  /** The owner itself: push, transient, commit, setCamera, onNavigate (its methods are stable). */
  history: UrlHistory;
}

export function useUrlState(options: ParseOptions, onNavigate?: (state: AppState) => void): UrlState {
  const [history] = useState(() => new UrlHistory(window, options));
  useEffect(() => history.start(), [history]);
  useEffect(() => (onNavigate ? history.onNavigate(onNavigate) : undefined), [history, onNavigate]);
  const { state, notices } = useSyncExternalStore(history.subscribe, history.getSnapshot);
  return { state, notices, history };
}
