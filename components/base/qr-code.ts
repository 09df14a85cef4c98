import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from './welfare-element.js';
import type { QrSymbol } from '../../src/format/qr.js';

type QrModule = typeof import('../../src/format/qr.js');
let qrModule: Promise<QrModule> | undefined;

/** Loads the QR encoder once, when the first code is shown: pages that show none never fetch it. */
export function loadQr(): Promise<QrModule> {
  qrModule ??= import('../../src/format/qr.js').catch((error: unknown) => {
    qrModule = undefined;
    throw error;
  });
  return qrModule;
}

type Problem = 'too-long' | 'failed';

/**
 * A QR code of a link or a phone number, for a resident to take away on a
 * phone: dark on white with its quiet zone, sharp at any size, and the text
 * it holds printed under it. Used by the kiosk and by the quiz in kiosk mode.
 *
 * @csspart base - The figure: the code and its text.
 * @csspart code - The code (an SVG image).
 * @csspart text - The text under the code.
 *
 * @cssprop --welfare-qr-size - Width and height of the code with its quiet zone (default 12rem).
 */
export class WelfareQrCode extends WelfareElement {
  static override styles = [
    ...WelfareElement.styles,
    css`
      :host {
        display: inline-block;
      }
      figure {
        margin: 0;
        display: grid;
        justify-items: center;
        gap: 0.5rem;
      }
      .code {
        width: var(--welfare-qr-size, 12rem);
        height: var(--welfare-qr-size, 12rem);
        /* Readers need dark on light whatever the page's theme. */
        background: #ffffff;
        border: 1px solid #000000;
      }
      svg {
        display: block;
        width: 100%;
        height: 100%;
      }
      .placeholder {
        display: grid;
        place-items: center;
        padding: 1rem;
        color: #1b1b1b;
        text-align: center;
      }
      figcaption {
        max-width: max(var(--welfare-qr-size, 12rem), 20rem);
        text-align: center;
        font-weight: bold;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The text the code holds: a URL, `tel:…` or `mailto:…`. */
  @property() value = '';
  /** The words under the code and in its label (e.g. the phone number as printed); default: `value`. */
  @property() text = '';

  @state() private symbol?: QrSymbol;
  @state() private problem?: Problem;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) void this.encode(this.value);
  }

  private async encode(value: string): Promise<void> {
    this.symbol = undefined;
    this.problem = undefined;
    if (!value) return;
    try {
      const qr = await loadQr();
      if (value !== this.value) return;
      try {
        this.symbol = qr.encodeQr(value);
      } catch (error) {
        if (!(error instanceof qr.QrTooLongError)) throw error;
        this.problem = 'too-long';
      }
    } catch (error) {
      if (value !== this.value) return;
      console.warn('welfare-qr-code: the code could not be made', error);
      this.problem = 'failed';
    }
  }

  override render(): TemplateResult {
    const text = this.text || this.value;
    return html`<figure part="base">
      ${this.renderCode(text)} ${text ? html`<figcaption part="text" dir="auto">${text}</figcaption>` : nothing}
    </figure>`;
  }

  private renderCode(text: string): TemplateResult {
    const symbol = this.symbol;
    if (symbol) {
      const n = symbol.extent;
      return html`<svg
        class="code"
        part="code"
        role="img"
        aria-label=${msg(str`QR 碼：${text}`, { desc: 'QR code: accessible name of the code image; the text is what it holds' })}
        viewBox="0 0 ${n} ${n}"
        shape-rendering="crispEdges"
      >
        <rect width=${n} height=${n} fill="#ffffff"></rect>
        <path d=${symbol.path} fill="#000000"></path>
      </svg>`;
    }
    const note =
      this.problem === 'too-long'
        ? msg('內容太長，無法做成 QR 碼。', { desc: 'QR code: the text is too long for a code that scans from a screen' })
        : this.problem === 'failed'
          ? msg('QR 碼無法產生。', { desc: 'QR code: the code could not be made' })
          : msg('正在產生 QR 碼…', { desc: 'QR code: the code is being made' });
    return html`<div class="code placeholder" part="code" role=${this.problem ? 'alert' : 'status'}>${note}</div>`;
  }
}

WelfareQrCode.define('welfare-qr-code');

declare global {
  interface HTMLElementTagNameMap {
    'welfare-qr-code': WelfareQrCode;
  }
}
