// A status as text with its map colour: the colour is a second cue, the dashed border a third (not built).
import type { Status } from '../domain/vocabulary';
import { NOT_BUILT, STATUS_COLOR } from '../domain/vocabulary';
import { statusLabel } from '../domain/labels';
import { useT } from '../i18n/I18nProvider';
import './components.css';

export function StatusBadge({ status }: { status: Status }) {
  const tr = useT();
  const color = STATUS_COLOR[status];
  const notBuilt = NOT_BUILT.has(status);
  return (
    <span
      className={notBuilt ? 'status-badge status-badge--not-built' : 'status-badge'}
      style={{ borderColor: color }}
    >
      <span
        className="status-badge__swatch"
        aria-hidden="true"
        style={notBuilt ? { borderColor: color } : { borderColor: color, backgroundColor: color }}
      />
      {statusLabel(status, tr)}
    </span>
  );
}
