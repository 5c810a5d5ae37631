// A pseudo-locale for tests: every message wrapped in ⟦…⟧ with its vowels accented, arguments, plurals and selects
// kept, so text that is not in the result came from somewhere other than the catalogue (a hard-coded string).
import { TYPE, parse } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Messages } from './messages';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
};

/** Latin vowels accented: still readable, plainly not English. */
export function accent(text: string): string {
  return text.replace(/[aeiouyAEIOUY]/g, (c) => ACCENTED[c] ?? c);
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: transform(o.value) }]),
      );
      return { ...el, options };
    }
    if (el.type === TYPE.tag) return { ...el, children: transform(el.children) };
    return el;
  });
}

/** One message in pseudo form: its literal text accented and the whole wrapped in markers. */
export function pseudoMessage(message: string): string {
  return `${PSEUDO_OPEN}${printAST(transform(parse(message)))}${PSEUDO_CLOSE}`;
}

/** A whole catalogue in pseudo form. */
export function pseudoCatalogue(messages: Messages): Messages {
  return Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, pseudoMessage(m)]));
}
