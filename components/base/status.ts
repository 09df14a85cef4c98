import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The loading, empty and error presentation every element shares, so a
 * resident sees the same words and the same retry button everywhere.
 */
export type Status = { kind: 'loading' } | { kind: 'empty'; message?: string } | { kind: 'error'; message?: string; retry?: () => void };

export function renderStatus(status: Status): TemplateResult {
  switch (status.kind) {
    case 'loading':
      return html`<div class="status status--loading" role="status" part="status">
        ${msg('載入中…', { desc: 'Shared status: data is loading' })}
      </div>`;
    case 'empty':
      return html`<div class="status status--empty" role="status" part="status">
        ${status.message ?? msg('沒有符合的資料。', { desc: 'Shared status: nothing to show' })}
      </div>`;
    case 'error':
      return html`<div class="status status--error" role="alert" part="status">
        <span>${status.message ?? msg('資料無法載入。', { desc: 'Shared status: data failed to load' })}</span>
        ${
          status.retry
            ? html`<button type="button" @click=${status.retry}>${msg('再試一次', { desc: 'Shared status: retry button' })}</button>`
            : nothing
        }
      </div>`;
  }
}
