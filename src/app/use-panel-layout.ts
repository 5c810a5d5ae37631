// Which layout the panel has (a bottom sheet with tabs on phones), the open tab and the sheet's size.
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { SheetSnap } from '../domain/sheet';
import { PHONE_QUERY } from './layout';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isPhoneNow = () => typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;

export type PanelTabId = 'filters' | 'list' | 'about';

export function usePanelLayout() {
  const phone = useSyncExternalStore(subscribe, isPhoneNow, () => false);
  const [tab, setTab] = useState<PanelTabId>('list');
  const [snap, setSnap] = useState<SheetSnap>('half');
  /** Opens a tab, and on a phone makes sure the sheet is tall enough to read it. */
  const show = useCallback((id: PanelTabId) => {
    setTab(id);
    setSnap((s) => (s === 'peek' ? 'half' : s));
  }, []);
  return { phone, tab, snap, setSnap, show };
}
