// The one way the app writes to the clipboard.

/** Copies text; false where the clipboard is missing (outside secure contexts, some embedded browsers) or refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
