import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { parsePhone } from '../../src/format/phone.js';
import type { PrintedPhone } from '../../src/data/benefit-types.js';

/**
 * A phone number a resident can tap: dials the extension after a pause.
 * A fax is shown as a fax, and a number invalid as printed is shown as
 * printed, unlinked, with a warning.
 */
export function renderPhone(phone: { number: string; extension?: string; kind?: 'voice' | 'fax' }, _locale: string): TemplateResult {
  const parsed = parsePhone(phone.number, phone.extension);
  const ext = phone.extension ? msg(str` 分機 ${phone.extension}`, { desc: 'Phone: extension after the number' }) : '';
  if (phone.kind === 'fax') {
    return html`<span class="phone phone--fax">${msg('傳真', { desc: 'Phone: fax label' })} ${parsed.display}</span>`;
  }
  if (!parsed.valid || !parsed.tel) {
    const why = parsed.missingAreaCode
      ? msg('（手冊未印區碼）', { desc: 'Phone: the handbook printed this number without an area code' })
      : msg('（號碼依手冊原文，可能有誤）', { desc: 'Phone: the number may be wrong as printed' });
    return html`<span class="phone phone--doubtful">${phone.number}${ext} <small>${why}</small></span>`;
  }
  return html`<a class="phone" href=${parsed.tel}>${parsed.display}${ext}</a>`;
}

/** Every number of a benefit's contact, one link per printed extension. */
export function renderContactPhones(phones: readonly PrintedPhone[], locale: string): TemplateResult[] {
  return phones.flatMap((p) =>
    p.extensions?.length
      ? p.extensions.map((extension) => renderPhone({ number: p.number, extension, kind: p.kind }, locale))
      : [renderPhone({ number: p.number, kind: p.kind }, locale)],
  );
}
