// "Cite": the citation of a feature (or of the map) in plain text, APA-like and BibTeX, each with a copy button.
import { useId, useState } from 'react';
import type { Citation } from '../domain/citation';
import { copyText } from './copy-text';
import './tools.css';

export interface CiteButtonProps {
  /** Built when opened, so the access date and permalink are those of the moment. */
  getCitation(): Citation;
  label?: string;
  /** Accessible name of the panel, e.g. "Citation of Khasan–Tumangang Road Bridge". */
  title: string;
}

const FORMATS = [
  ['plain', 'Plain text'],
  ['apa', 'APA'],
  ['bibtex', 'BibTeX'],
] as const;

export function CiteButton({ getCitation, label = 'Cite', title }: CiteButtonProps) {
  const panelId = useId();
  const [citation, setCitation] = useState<Citation | null>(null);
  const [status, setStatus] = useState('');

  async function copy(name: string, text: string) {
    setStatus((await copyText(text)) ? `${name} citation copied.` : `Select the ${name} text and copy it.`);
  }

  return (
    <div className="cite">
      <button
        type="button"
        className="tools__button"
        aria-expanded={citation !== null}
        aria-controls={panelId}
        onClick={() => {
          setStatus('');
          setCitation((c) => (c ? null : getCitation()));
        }}
      >
        {label}
      </button>
      {citation && (
        <section id={panelId} className="cite__panel" aria-label={title}>
          {FORMATS.map(([key, name]) => (
            <div className="cite__format" key={key}>
              <h4 className="cite__name">{name}</h4>
              <pre className="cite__text" tabIndex={0} aria-label={`${name} citation`}>
                {citation[key]}
              </pre>
              <button type="button" className="tools__button" onClick={() => void copy(name, citation[key])}>
                {`Copy ${name}`}
              </button>
            </div>
          ))}
          <p className="cite__status" role="status">
            {status}
          </p>
        </section>
      )}
    </div>
  );
}
