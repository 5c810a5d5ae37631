import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import './phone.css';
import { App } from './app/App';
import { lazyMapFactory } from './map/load-map';
import { DATA_FILES } from './data/data-files';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App mapFactory={lazyMapFactory} files={DATA_FILES} />
    </StrictMode>,
  );
}
