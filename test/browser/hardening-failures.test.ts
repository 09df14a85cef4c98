/**
 * Failures that used to leave an element stuck: a chunk of the kit that does
 * not load (a dropped request, a proxy that blocks it) and then does, and a
 * `data-src` file that breaks the validator itself. Each says so inside the
 * element, and "try again" really tries again.
 */
import { expect } from '@open-wc/testing';
import '../../components/all.js';
import { benefitChunks, loadBenefitIndex, loadBenefitRules } from '../../src/data/benefits.js';
import { loadDirectory } from '../../src/data/directory.js';
import { localeModules } from '../../components/base/locale.js';
import { mount, removeMounted, until } from './helpers.js';

afterEach(removeMounted);

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const blocked = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module (blocked)'));

/** Plays a chunk that fails until `unblock()` is called. */
function block<K extends 'index' | 'rules' | 'details'>(part: K): { unblock: () => void; calls: () => number } {
  const original = benefitChunks[part];
  let calls = 0;
  (benefitChunks as Record<K, unknown>)[part] = () => {
    calls++;
    return blocked();
  };
  return { unblock: () => void ((benefitChunks as Record<K, unknown>)[part] = original), calls: () => calls };
}

describe('a chunk that fails to load, then loads', function () {
  this.timeout(20000);

  // First in this file: no other element has loaded the benefit index yet.
  it('the finder says the list could not load, and its retry loads it', async () => {
    const chunk = block('index');
    try {
      const el = mount('welfare-benefit-finder', { query: '老人' });
      const retry = await until(() => $(el, '.status--error button'));
      chunk.unblock();
      retry.click();
      await until(() => $(el, '.result'));
    } finally {
      chunk.unblock();
    }
  });

  for (const part of ['details', 'rules'] as const) {
    it(`an open benefit whose ${part} did not load says so, and its retry opens it`, async () => {
      const chunk = block(part);
      try {
        const el = mount('welfare-benefit-finder', { benefit: 'birth-allowance' });
        const retry = await until(() => $(el, '.status--error button'));
        expect(chunk.calls()).to.be.greaterThan(0);
        chunk.unblock();
        retry.click();
        await until(() => $(el, '[part=detail] #detail-heading'));
        expect($(el, '.status--error')).to.equal(null);
      } finally {
        chunk.unblock();
      }
    });
  }
});

describe('a language whose strings do not load', function () {
  this.timeout(20000);

  it('is said inside the element, in the language shown, and its retry switches', async () => {
    const original = localeModules['id']!;
    localeModules['id'] = blocked;
    try {
      const el = mount('welfare-benefit-finder', { lang: 'id' });
      const notice = await until(() => $(el, '.status--notice[part=language-note]'));
      expect(notice.textContent).to.include('Bahasa Indonesia');
      expect(notice.textContent).to.include('無法載入');
      expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('zh-Hant');
      await expect(el).to.be.accessible();
      localeModules['id'] = original;
      notice.querySelector('button')!.click();
      await until(() => $(el, '[part=base]')!.getAttribute('lang') === 'id');
      expect($(el, '.status--notice[part=language-note]')).to.equal(null);
    } finally {
      localeModules['id'] = original;
    }
  });
});

describe('a data-src file that breaks the validator', function () {
  this.timeout(20000);

  it('rules nested 3,000 levels deep are refused with a notice; the directory and map keep their bundled data', async () => {
    const { benefits, chapters } = await loadBenefitIndex();
    const rules = structuredClone(await loadBenefitRules()) as Record<string, { rule?: unknown }>;
    const withRule = Object.values(rules).find((r) => r.rule)!;
    let rule: unknown = withRule.rule;
    for (let i = 0; i < 3000; i++) rule = { not: rule };
    withRule.rule = rule;
    const directory = await loadDirectory();
    const url = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            format: 'welfare-navigator-data',
            version: 1,
            benefits: { index: benefits, chapters, rules, details: {} },
            directory,
          }),
        ],
        {
          type: 'application/json',
        },
      ),
    );
    for (const [tag, ready] of [
      ['welfare-contact-directory', '.entry, .group'],
      ['welfare-service-map', '.place-button, .service-name'],
      ['welfare-benefit-finder', '.result, .category'],
    ] as const) {
      const el = mount(tag, { 'data-src': url, lang: 'en' });
      const notice = await until(() => $(el, '[part="data-notice"]'));
      expect(notice.textContent, tag).to.match(/format/i);
      await until(() => $(el, ready));
      expect($(el, '.status--error'), tag).to.equal(null);
    }
  });
});
