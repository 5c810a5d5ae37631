// Skip links, the first stops in the Tab order. They move focus themselves: the URL's fragment holds the camera
// (#map=…), so following a fragment link would read as a new camera.
import type { MouseEvent } from 'react';
import './components.css';
import './panel.css';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/I18nProvider';

export interface SkipTarget {
  label: MessageKey;
  /** The element's id, for the link's href. */
  target: string;
  onActivate(): void;
}

export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  const tr = useT();
  return (
    <div className="skip-links">
      {targets.map((t) => (
        <a
          key={t.target}
          className="skip-links__link"
          href={`#${t.target}`}
          onClick={(event: MouseEvent) => {
            event.preventDefault();
            t.onActivate();
          }}
        >
          {tr.t(t.label)}
        </a>
      ))}
    </div>
  );
}
