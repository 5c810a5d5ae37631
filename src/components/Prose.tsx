// Data prose that exists only in English (notes, publishers, confirmations): marked lang="en" when the interface
// speaks another language, so a screen reader switches voice; plain text in English.
import { useT } from '../i18n/I18nProvider';

export function Prose({ children }: { children: string }) {
  const { lang } = useT();
  return lang === 'en' ? <>{children}</> : <span lang="en">{children}</span>;
}
