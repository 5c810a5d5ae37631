// The panel's glue for App: whether it is open, its layout (tabs on a phone), the page's skip links and keys, and
// a search that brings its results into sight.
import { useState } from 'react';
import { usePageNavigation } from './use-page-navigation';
import { usePanelLayout } from './use-panel-layout';

/** closeCard: closes the open card (null when none is open); setQuery: the search's own change. */
export function usePanel(closeCard: (() => void) | null, setQuery: (q: string) => void) {
  const [panelOpen, setPanelOpen] = useState(true);
  const layout = usePanelLayout();
  const navigation = usePageNavigation({
    closeCard,
    showList: (tab) => {
      setPanelOpen(true);
      layout.show(tab);
    },
  });
  const onQueryChange = (q: string) => {
    setQuery(q);
    // The results must be in sight: the List tab on a phone, the list scrolled into the panel's view elsewhere.
    if (layout.phone) layout.show('list');
    else navigation.listRef.current?.scrollIntoView?.({ block: 'nearest' });
  };
  const togglePanel = () => setPanelOpen((o) => !o);
  return { ...navigation, panelOpen, togglePanel, layout, onQueryChange };
}
