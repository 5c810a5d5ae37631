// What a reader is told when a data file failed to load.
/**
 * A failure's reason in words a reader understands: the loader's own reasons as they are, anything else (a
 * browser's "Failed to fetch", an error class such as "AJAXError") as a failed network request.
 */
export function plainReason(message: string): string {
  if (/^HTTP \d{3}$/.test(message)) return `the server answered ${message}`;
  if (message === 'the file is not valid JSON') return message;
  return 'the network request failed';
}
