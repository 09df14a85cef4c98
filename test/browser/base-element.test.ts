import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { WelfareElement } from '../../components/base/welfare-element.js';
import { renderStatus } from '../../components/base/status.js';

/** The smallest element on the base: it shows the shared loading status. */
class LangProbe extends WelfareElement {
  override render() {
    return renderStatus({ kind: 'loading' });
  }
}
WelfareElement.define.call(LangProbe, 'lang-probe');

async function settled(el: WelfareElement): Promise<string> {
  // A language change loads its strings, then renders.
  for (let i = 0; i < 10; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  return el.shadowRoot!.textContent!.trim();
}

describe('WelfareElement', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('renders in zh-Hant by default and is accessible', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(await settled(el)).to.equal('載入中…');
    await expect(el).to.be.accessible();
  });

  it('follows its own lang attribute and its changes', async () => {
    document.documentElement.setAttribute('lang', 'zh-Hant');
    const el = await fixture<LangProbe>(html`<lang-probe lang="en"></lang-probe>`);
    expect(await settled(el)).to.equal('Loading…');
    el.setAttribute('lang', 'zh-TW');
    expect(await settled(el)).to.equal('載入中…');
  });

  it('follows <html lang> and the nearest ancestor lang', async () => {
    document.documentElement.setAttribute('lang', 'zh-Hant');
    const wrapper = await fixture(
      html`<div>
        <section><lang-probe></lang-probe></section>
      </div>`,
    );
    const el = wrapper.querySelector('lang-probe') as LangProbe;
    expect(await settled(el)).to.equal('載入中…');
    document.documentElement.setAttribute('lang', 'en-GB');
    expect(await settled(el)).to.equal('Loading…');
    wrapper.querySelector('section')!.setAttribute('lang', 'zh-Hant');
    expect(await settled(el)).to.equal('載入中…');
  });

  it('falls back to zh-Hant with one warning for an unknown language', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const a = await fixture<LangProbe>(html`<lang-probe lang="xx-unknown"></lang-probe>`);
      const b = await fixture<LangProbe>(html`<lang-probe lang="xx-unknown"></lang-probe>`);
      expect(await settled(a)).to.equal('載入中…');
      expect(await settled(b)).to.equal('載入中…');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => String(w[0]).includes('xx-unknown'))).to.have.length(1);
  });

  it('registers a tag a second time with a warning instead of an error', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Another extends WelfareElement {}
      expect(() => WelfareElement.define.call(Another, 'lang-probe')).not.to.throw();
      expect(() => WelfareElement.define.call(LangProbe, 'lang-probe')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get('lang-probe')).to.equal(LangProbe);
  });

  it('emits events that bubble out of shadow roots with their detail', async () => {
    class Emitter extends WelfareElement {
      fire() {
        this.emit('welfare-error', { message: 'x' });
      }
    }
    WelfareElement.define.call(Emitter, 'emitter-probe');
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('emitter-probe') as Emitter;
    shadow.append(el);
    let detail: unknown;
    document.addEventListener('welfare-error', (e) => (detail = (e as CustomEvent).detail), { once: true });
    el.fire();
    expect(detail).to.deep.equal({ message: 'x' });
  });
});
