import { expect, waitUntil } from '@open-wc/testing';

/**
 * The kit hosted on another origin than the page (a CDN), as
 * docs/embedding.md ("Hosting the kit on another origin") describes: with the
 * documented headers every element renders; without them nothing loads, and
 * the fallback content the host put inside the tags stays visible. The other
 * origin is the test server under 127.0.0.1 (the page is at localhost); its
 * paths are set up in web-test-runner.config.mjs. Needs `npm run build`.
 */
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const TAGS = ['welfare-benefit-finder', 'welfare-eligibility-quiz', 'welfare-contact-directory', 'welfare-service-map', 'welfare-kiosk'];

function placeElements(): HTMLElement[] {
  return TAGS.map((tag) => {
    const el = document.createElement(tag);
    el.setAttribute('district', '豐原區');
    const fallback = document.createElement('a');
    fallback.href = 'https://www.society.taichung.gov.tw/';
    fallback.textContent = '臺中市政府社會局';
    el.append(fallback);
    document.body.append(el);
    return el;
  });
}

describe('the kit on another origin', () => {
  it('without CORS headers nothing loads, the page is unharmed and the fallback links show', async () => {
    const elements = placeElements();
    let failed = false;
    await import(/* @vite-ignore */ `${otherOrigin}/__cross-origin__/no-cors/dist/welfare-navigator.js`).catch(() => (failed = true));
    expect(failed, 'the browser refuses a module without Access-Control-Allow-Origin').to.equal(true);
    for (const el of elements) {
      expect(customElements.get(el.localName), el.localName).to.equal(undefined);
      expect(el.querySelector('a')!.getBoundingClientRect().height, `${el.localName}: fallback link`).to.be.greaterThan(0);
      el.remove();
    }
  });

  it('with the documented headers every element renders from there', async () => {
    const elements = placeElements();
    expect(location.origin).not.to.equal(otherOrigin);
    await import(/* @vite-ignore */ `${otherOrigin}/__cross-origin__/cors/dist/welfare-navigator.js`);
    for (const el of elements) {
      await customElements.whenDefined(el.localName);
      await waitUntil(() => (el.shadowRoot?.textContent ?? '').trim().length > 0, `${el.localName} renders`, { timeout: 8000 });
      expect(el.querySelector('a')!.getBoundingClientRect().height, `${el.localName}: fallback hidden once drawn`).to.equal(0);
    }
    const map = elements[3]!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="map"]'), 'the map draws', { timeout: 8000 });
    const kitFiles = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/__cross-origin__/cors/'));
    expect(kitFiles.every((n) => n.startsWith(otherOrigin))).to.equal(true);
    expect(kitFiles.length).to.be.greaterThan(5);
    for (const el of elements) el.remove();
  });
});
