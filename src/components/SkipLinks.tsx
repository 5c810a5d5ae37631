// Skip links, the first stops in the Tab order. They move focus themselves: the URL's fragment holds the camera
// (#map=…), so following a fragment link would read as a new camera.
import type { MouseEvent } from 'react';
import './components.css';
import './panel.css';

export interface SkipTarget {
  label: string;
  /** The element's id, for the link's href. */
  target: string;
  onActivate(): void;
}

export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
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
          {t.label}
        </a>
      ))}
    </div>
  );
}
