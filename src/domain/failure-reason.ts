// What a reader is told when a data file failed to load.
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';

/**
 * A failure's reason in words a reader understands: the loader's own reasons as they are, anything else (a
 * browser's "Failed to fetch", an error class such as "AJAXError") as a failed network request.
 */
export function plainReason(message: string, tr: Translator = ENGLISH): string {
  const http = /^HTTP (\d{3})$/.exec(message);
  if (http) return tr.t('failure.http', { code: http[1] ?? '' });
  if (message === 'the file is not valid JSON') return tr.t('failure.json');
  return tr.t('failure.network');
}
