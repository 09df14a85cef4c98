/**
 * `data-src` on every element: newer data is used when it is valid; any
 * failure is said inside the element, in its language, with a retry, and the
 * bundled data stays in use.
 */
import { expect } from '@open-wc/testing';
import '../../components/all.js';
import { loadBenefitIndex, loadBenefitRules } from '../../src/data/benefits.js';
import { loadDirectory } from '../../src/data/directory.js';
import { mount, removeMounted, until } from './helpers.js';

const TAGS = ['welfare-benefit-finder', 'welfare-eligibility-quiz', 'welfare-contact-directory', 'welfare-service-map'] as const;

/**
 * Something each element shows only once its data is in use: never a button
 * of the failure notice itself, nor anything drawn before the data came.
 */
const READY: Record<(typeof TAGS)[number], string> = {
  'welfare-benefit-finder': '.result',
  'welfare-eligibility-quiz': '[data-action=start]',
  'welfare-contact-directory': '.entry, .group',
  'welfare-service-map': '.place-button, .service-name',
};

afterEach(removeMounted);

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const jsonUrl = (value: unknown) =>
  URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));

const FAILURES: [string, () => string, RegExp][] = [
  ['404', () => '/__data__/no-such-file.json', /error|錯誤/i],
  ['invalid JSON', () => jsonUrl('{"format": "welfare-navigator-data", '), /format|格式/i],
  [
    'data against the schema',
    () => jsonUrl({ format: 'welfare-navigator-data', version: 1, directory: { services: 'none' } }),
    /format|格式/i,
  ],
  ['a server that never answers', () => '/__data__/never.json', /did not answer|沒有回應/i],
];

describe('data-src', () => {
  for (const tag of TAGS) {
    for (const [name, url, words] of FAILURES) {
      it(`${tag}: ${name} is said inside the element, and the bundled data stays in use`, async () => {
        const el = mount(tag, { 'data-src': url(), 'data-timeout': '0.5', lang: 'en' });
        const notice = await until(() => $(el, '[part="data-notice"]'));
        expect(notice.textContent).to.match(words);
        expect(notice.querySelector('button')!.textContent).to.include('Try again');
        // "The data built into this tool is shown": only true once it is.
        expect(notice.textContent).to.include('built into this tool');
        const ready = await until(() => $(el, READY[tag]));
        expect(notice.contains(ready), 'the data, not the notice').to.equal(false);
        expect($(el, '.status--error'), 'no failure to load the bundled data').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('says it in the element’s own language', async () => {
    const el = mount('welfare-benefit-finder', { 'data-src': '/__data__/no-such-file.json', lang: 'vi' });
    const notice = await until(() => $(el, '[part="data-notice"]'));
    expect(notice.textContent).to.include('Thử lại');
    expect(notice.textContent).not.to.include('built into');
  });

  it('tries again when asked, and uses the file once it can be read', async () => {
    const el = mount('welfare-contact-directory', { 'data-src': `/__data__/flaky.json?key=${Math.random()}`, lang: 'en' });
    const notice = await until(() => $(el, '[part="data-notice"]'));
    notice.querySelector('button')!.click();
    await until(() => !$(el, '[part="data-notice"]') && $(el, READY['welfare-contact-directory']));
  });

  it('shows newer benefits in the finder and the quiz (its results), and a newer directory in the directory and the map', async () => {
    const { benefits, chapters } = await loadBenefitIndex();
    const rules = await loadBenefitRules();
    const directory = structuredClone(await loadDirectory());
    const index = structuredClone(benefits) as (typeof benefits)[number][];
    const first = index.find((b) => b.chapter === 1 && !b.parent)!;
    first.title = { 'zh-Hant': '新版資料的福利', en: 'A benefit from newer data' };
    const bus = index.find((b) => b.id === 'senior-bus-fare-subsidy')!;
    bus.title = { 'zh-Hant': '新版資料的乘車補助', en: 'A bus fare subsidy from newer data' };
    const service = directory.services.find((s) => s.name['zh-Hant'] === '豐原區家庭福利服務中心')!;
    service.name = { 'zh-Hant': '新版資料的服務中心' };
    const url = jsonUrl({
      format: 'welfare-navigator-data',
      version: 1,
      benefits: { index, chapters, rules, details: {} },
      directory,
    });
    const finder = mount('welfare-benefit-finder', { 'data-src': url, query: '新版資料' });
    await until(() => $(finder, '.result-title')?.textContent?.includes('新版資料的福利'));
    // The quiz's results, opened from a link, name the benefit as the newer data does.
    const senior = JSON.stringify({
      members: [{ role: 'self', facts: { age: 68, registeredInTaichung: true, livesInTaichung: true } }],
      facts: {},
    });
    const quiz = mount('welfare-eligibility-quiz', { 'data-src': url, answers: `#wq-h=${encodeURIComponent(senior)}&wq-v=r` });
    await until(() => $(quiz, '[data-benefit="senior-bus-fare-subsidy"]')?.textContent?.includes('新版資料的乘車補助'));
    expect($(quiz, '[part="data-notice"]')).to.equal(null);
    const map = mount('welfare-service-map', { 'data-src': url, district: 'fengyuan' });
    await until(() => [...map.shadowRoot!.querySelectorAll('.service-name')].some((n) => n.textContent?.includes('新版資料的服務中心')));
    expect($(finder, '[part="data-notice"]')).to.equal(null);
  });

  it('checks a URL that is not even a URL without breaking the page', async () => {
    const el = mount('welfare-service-map', { 'data-src': 'http://[not a url', lang: 'en' });
    const notice = await until(() => $(el, '[part="data-notice"]'));
    expect(notice.textContent).to.include('could not be reached');
  });
});
