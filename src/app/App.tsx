// The app: the URL's state, and the language it names around the page (so every hook and component below words
// its text in it).
import { useCallback, useRef } from 'react';
import type { MapFactory, MapHandle } from '../map/map-types';
import type { DataFile, Fetcher } from '../data/load-features';
import { useUrlState } from '../url-state/use-url-state';
import type { AppState } from '../url-state/app-state';
import type { ParseOptions } from '../url-state/url-codec';
import { I18nProvider } from '../i18n/I18nProvider';
import { browserLang } from '../i18n/lang';
import type { Messages } from '../i18n/messages';
import { AppPage } from './AppPage';

export interface AppProps {
  mapFactory: MapFactory;
  files: DataFile[];
  fetcher?: Fetcher;
  today?: string;
  /** A catalogue to use instead of the chosen language's (tests: the pseudo-locale). */
  messages?: Messages;
}

const URL_OPTIONS: ParseOptions = { yearRange: [1800, 2100], defaultLang: browserLang(navigator.languages) };

export function App({ messages, ...page }: AppProps) {
  const map = useRef<MapHandle>(null);
  // Back and Forward: the map follows the camera stored in the entry.
  const onNavigate = useCallback((s: AppState) => s.camera && map.current?.jumpTo(s.camera), []);
  const url = useUrlState(URL_OPTIONS, onNavigate);
  return (
    <I18nProvider lang={url.state.lang} messages={messages}>
      <AppPage {...page} url={url} map={map} />
    </I18nProvider>
  );
}
