import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DataSourceProblem } from '../../src/data/data-source.js';

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

function dataSourceProblemText(problem: DataSourceProblem): string {
  switch (problem) {
    case 'network':
      return msg('無法連線到提供較新資料的網址。', { desc: 'Data source notice: the data-src server could not be reached' });
    case 'timeout':
      return msg('提供較新資料的網址沒有回應。', { desc: 'Data source notice: the data-src server did not answer in time' });
    case 'http':
      return msg('提供較新資料的網址回應錯誤（找不到檔案或伺服器錯誤）。', {
        desc: 'Data source notice: the data-src server answered with an HTTP error such as 404',
      });
    case 'json':
    case 'invalid':
      return msg('較新資料的檔案格式不正確，所以沒有使用。', {
        desc: 'Data source notice: the data-src file is not valid JSON or does not match the expected format',
      });
  }
}

/**
 * Newer data (`data-src`) was refused: why, what is shown instead, and a
 * retry. A status, not an alert: the element still works with its own data.
 */
export function renderDataSourceNotice(problem: DataSourceProblem, retry: () => void): TemplateResult {
  return html`<div class="status status--notice" role="status" part="data-notice">
    <span
      >${dataSourceProblemText(problem)}
      ${msg('目前顯示本工具內建的資料（2015 年福利導航服務手冊及 108–111 年中程計畫）。', {
        desc: 'Data source notice: the bundled data (2015 handbook and 108-111 plan) is shown instead',
      })}</span
    >
    <button type="button" @click=${retry}>${msg('再試一次', { desc: 'Shared status: retry button' })}</button>
  </div>`;
}
