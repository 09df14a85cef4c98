import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * Entries drawn at once in a long list; "show more" adds as many again.
 * Drawing a whole long list made every keystroke redraw it.
 */
export const LIST_PAGE = 20;

/** The "show more" button under a list with `hidden` entries still to show (styled by `.secondary`). */
export function renderShowMore(hidden: number, onClick: () => void): TemplateResult | typeof nothing {
  if (hidden <= 0) return nothing;
  return html`<button type="button" class="secondary show-more" @click=${onClick}>
    ${msg(str`再顯示 ${Math.min(hidden, LIST_PAGE)} 筆（還有 ${hidden} 筆）`, {
      desc: 'Finder and contact directory: button under a long list that shows more entries; first number: how many more, second: how many are still hidden',
    })}
  </button>`;
}
