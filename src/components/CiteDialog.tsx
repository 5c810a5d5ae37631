// "Cite": the citation of a feature (or of the map) in plain text, APA-like and BibTeX, each with a copy button.
import type { Citation } from '../domain/citation';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/I18nProvider';
import { CopyDisclosure } from './CopyDisclosure';

export interface CiteButtonProps {
  /** Built when opened, so the access date and permalink are those of the moment. */
  getCitation(): Citation;
  label?: string;
  /** Accessible name of the panel, e.g. "Citation of Khasan–Tumangang Road Bridge". */
  title: string;
}

const FORMATS = ['plain', 'apa', 'bibtex'] as const;

export function CiteButton({ getCitation, label, title }: CiteButtonProps) {
  const tr = useT();
  return (
    <CopyDisclosure
      label={label ?? tr.t('cite.button')}
      title={title}
      className="cite"
      panelClassName="cite__panel"
      build={getCitation}
    >
      {(citation, copy) =>
        FORMATS.map((key) => {
          const format = tr.t(`cite.format.${key}` as MessageKey);
          return (
            <div className="cite__format" key={key}>
              <h4 className="cite__name">{format}</h4>
              <pre className="cite__text" tabIndex={0} aria-label={tr.t('cite.textLabel', { format })}>
                {citation[key]}
              </pre>
              <button
                type="button"
                className="tools__button"
                onClick={() =>
                  copy(citation[key], tr.t('cite.copied', { format }), tr.t('cite.selectToCopy', { format }))
                }
              >
                {tr.t('cite.copy', { format })}
              </button>
            </div>
          );
        })
      }
    </CopyDisclosure>
  );
}
