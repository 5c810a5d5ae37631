// A button that opens a panel of text to copy (a citation, an embed snippet): the panel's content is built when it
// opens, so dates and links are those of the moment, and each copy says in a live status whether it worked.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { copyText } from './copy-text';
import './tools.css';

/** Copies `text`; the status then says `done`, or `failed` (select and copy by hand) where the clipboard refuses. */
export type CopyAction = (text: string, done: string, failed: string) => void;

export interface CopyDisclosureProps<T> {
  /** The button's text. */
  label: string;
  /** The panel's accessible name. */
  title: string;
  className: string;
  panelClassName: string;
  /** What the panel shows, built each time it opens. */
  build(): T;
  children(value: T, copy: CopyAction): ReactNode;
}

export function CopyDisclosure<T>({
  label,
  title,
  className,
  panelClassName,
  build,
  children,
}: CopyDisclosureProps<T>) {
  const panelId = useId();
  const [value, setValue] = useState<T | null>(null);
  const [status, setStatus] = useState('');
  const copy: CopyAction = (text, done, failed) =>
    void copyText(text).then((ok) => setStatus(ok ? done : failed));
  return (
    <div className={className}>
      <button
        type="button"
        className="tools__button"
        aria-expanded={value !== null}
        aria-controls={panelId}
        onClick={() => {
          setStatus('');
          setValue((v) => (v === null ? build() : null));
        }}
      >
        {label}
      </button>
      {value !== null && (
        <section id={panelId} className={panelClassName} aria-label={title}>
          {children(value, copy)}
          <p className="cite__status" role="status">
            {status}
          </p>
        </section>
      )}
    </div>
  );
}
