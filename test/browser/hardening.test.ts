/**
 * Bad input from the host page: attributes that make no sense, data strings
 * with markup, languages switched mid-flow, elements moved around. Nothing
 * throws into the page; each bad value is said inside the element or
 * ignored with one console warning.
 */
import { expect } from '@open-wc/testing';
import '../../components/all.js';
import { loadBenefitIndex, loadBenefitRules } from '../../src/data/benefits.js';
import { loadDirectory } from '../../src/data/directory.js';
import { keepForCleanup, mount, removeMounted, until, watchProblems, type ProblemWatch } from './helpers.js';

let watch: ProblemWatch;
let warnings: string[] = [];
let errors: string[] = [];

beforeEach(() => {
  watch = watchProblems();
  ({ warnings, errors } = watch);
});
afterEach(() => {
  watch.stop();
  removeMounted();
});

async function settled(el: HTMLElement): Promise<ShadowRoot> {
  const start = performance.now();
  while (!el.shadowRoot?.childElementCount || el.shadowRoot.querySelector('.status--loading')) {
    if (performance.now() - start > 8000) throw new Error(`${el.localName} did not render`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 100));
  return el.shadowRoot;
}

/** Each bad value: said inside the element (matching `says`), or exactly one warning naming it. */
const BAD: { tag: string; attributes: Record<string, string>; says?: RegExp; warns?: RegExp }[] = [
  { tag: 'welfare-benefit-finder', attributes: { district: '火星區' }, warns: /火星區/ },
  { tag: 'welfare-benefit-finder', attributes: { category: '99' }, warns: /99/ },
  { tag: 'welfare-benefit-finder', attributes: { audience: 'martians' }, warns: /martians/ },
  { tag: 'welfare-benefit-finder', attributes: { benefit: 'no-such-benefit' }, says: /找不到這項福利/ },
  { tag: 'welfare-benefit-finder', attributes: { lang: 'xx-YY' }, warns: /xx-YY/ },
  { tag: 'welfare-eligibility-quiz', attributes: { answers: '{"age": "very old"}' }, says: /./, warns: /answers/ },
  { tag: 'welfare-eligibility-quiz', attributes: { answers: 'ag.999~zz.1' }, says: /./, warns: /answers/ },
  { tag: 'welfare-eligibility-quiz', attributes: { district: '火星區' }, warns: /火星區/ },
  { tag: 'welfare-eligibility-quiz', attributes: { audience: 'martians' }, warns: /martians/ },
  { tag: 'welfare-contact-directory', attributes: { district: '火星區' }, warns: /火星區/ },
  { tag: 'welfare-contact-directory', attributes: { category: 'nothing-like-it' }, warns: /nothing-like-it/ },
  { tag: 'welfare-contact-directory', attributes: { benefit: 'no-such-benefit' }, warns: /no-such-benefit/ },
  { tag: 'welfare-service-map', attributes: { zoom: '-40' }, warns: /zoom/ },
  { tag: 'welfare-service-map', attributes: { zoom: '1e9' }, warns: /zoom/ },
  { tag: 'welfare-service-map', attributes: { center: 'north pole' }, warns: /center/ },
  { tag: 'welfare-service-map', attributes: { district: '火星區' }, warns: /火星區/ },
  { tag: 'welfare-service-map', attributes: { category: 'nothing-like-it' }, warns: /nothing-like-it/ },
];

describe('bad attributes', () => {
  for (const { tag, attributes, says, warns } of BAD) {
    it(`${tag} ${JSON.stringify(attributes)}: ${says ? 'says so' : 'one warning'}, never throws`, async () => {
      const root = await settled(mount(tag, attributes));
      expect(errors).to.deep.equal([]);
      if (says) expect(root.textContent).to.match(says);
      if (warns)
        expect(
          warnings.filter((w) => warns.test(w)),
          warnings.join('\n'),
        ).to.have.length(1);
      await expect(root.host).to.be.accessible();
    });
  }
});

/** Every element under `root`, inside every open shadow root too. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

describe('markup in data', function () {
  this.timeout(30000);

  it('renders HTML and script inside benefit and directory strings as inert text, in every element and nested shadow root', async () => {
    const { benefits, chapters } = await loadBenefitIndex();
    const rules = await loadBenefitRules();
    const directory = structuredClone(await loadDirectory());
    const index = structuredClone(benefits) as (typeof benefits)[number][];
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">';
    // A word no other benefit has, so the record is among the first results drawn.
    index[0]!.title = { 'zh-Hant': `標記測試${payload}`, en: `Markup test${payload}` };
    index[0]!.summary = { 'zh-Hant': payload, en: payload };
    const service = directory.services.find((s) => s.name['zh-Hant'] === '豐原區家庭福利服務中心')!;
    service.name = { 'zh-Hant': `標記服務${payload}`, en: `Markup service${payload}` };
    const organization = directory.organizations.find((o) => o.id === service.organizationId)!;
    organization.name = { ...organization.name, 'zh-Hant': `標記機構${payload}` };
    const url = URL.createObjectURL(
      new Blob(
        [JSON.stringify({ format: 'welfare-navigator-data', version: 1, benefits: { index, chapters, rules, details: {} }, directory })],
        { type: 'application/json' },
      ),
    );
    /** The text of `root` and of every shadow root inside it. */
    const deepText = (root: ParentNode): string =>
      (root.textContent ?? '') + [...root.querySelectorAll('*')].map((e) => (e.shadowRoot ? deepText(e.shadowRoot) : '')).join('');
    const shows = (el: HTMLElement, text: string) => () => deepText(el.shadowRoot!).includes(text);
    const finder = mount('welfare-benefit-finder', { 'data-src': url, query: '標記測試' });
    await until(shows(finder, '<img'));
    const contacts = mount('welfare-contact-directory', { 'data-src': url, district: '豐原區' });
    await until(shows(contacts, '標記服務<img'));
    const map = mount('welfare-service-map', { 'data-src': url, district: 'fengyuan' });
    await until(shows(map, '標記服務<img'));
    await new Promise((r) => setTimeout(r, 300));
    for (const el of [finder, contacts, map]) {
      expect(deepAll(el.shadowRoot!, 'img, script:not([type]), svg[onload]'), el.localName).to.deep.equal([]);
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });
});

describe('languages switched mid-flow, elements moved', () => {
  it('keeps the quiz answers when the language changes between questions', async () => {
    type Quiz = HTMLElement & { results: { household: unknown } | null; updateComplete: Promise<unknown> };
    const quiz = mount('welfare-eligibility-quiz', { lang: 'zh-Hant' }) as Quiz;
    const root = await settled(quiz);
    root.querySelector<HTMLButtonElement>('[data-action=start]')!.click();
    await settled(quiz);
    // The roster: two people, then the first question answered with its first choice or box.
    root.querySelector<HTMLButtonElement>('[data-action=add-member]')!.click();
    await quiz.updateComplete;
    const ages = ['68', '40'];
    root.querySelectorAll<HTMLInputElement>('[data-field=age]').forEach((input, i) => {
      input.value = ages[i]!;
      input.dispatchEvent(new Event('input'));
    });
    await quiz.updateComplete;
    root.querySelector<HTMLButtonElement>('[data-action=roster-next]')!.click();
    await settled(quiz);
    root.querySelector<HTMLInputElement>('form.question input')!.click();
    await quiz.updateComplete;
    const first = root.querySelector<HTMLFormElement>('form.question')!.dataset.key;
    root.querySelector<HTMLButtonElement>('form.question button[type=submit]')!.click();
    await settled(quiz);
    const key = root.querySelector<HTMLFormElement>('form.question')!.dataset.key;
    expect(key, 'the next question').to.not.equal(first);
    const household = JSON.stringify(quiz.results!.household);
    expect(household).to.contain('"age":68').and.contain('"age":40');
    for (const lang of ['en', 'vi', 'id', 'zh-Hant', 'en']) {
      quiz.setAttribute('lang', lang);
      await until(() => root.querySelector('[part="base"]')?.getAttribute('lang') === lang);
      await settled(quiz);
      expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expect(root.querySelector<HTMLFormElement>('form.question')?.dataset.key, `the same question in ${lang}`).to.equal(key);
      expect(JSON.stringify(quiz.results!.household), `the answers in ${lang}`).to.equal(household);
    }
    // Back to the answered question: its answer is still chosen.
    root.querySelector<HTMLButtonElement>('[data-action=back]')!.click();
    await settled(quiz);
    expect(root.querySelector<HTMLFormElement>('form.question')!.dataset.key).to.equal(first);
    expect(root.querySelectorAll('form.question input:checked').length).to.be.greaterThan(0);
    expect(errors).to.deep.equal([]);
  });

  it('survives being removed and re-added, and moved between parents', async () => {
    const finder = mount('welfare-benefit-finder', { query: '身障' });
    await settled(finder);
    const other = document.createElement('section');
    document.body.append(other);
    keepForCleanup(other);
    for (let i = 0; i < 10; i++) {
      finder.remove();
      (i % 2 ? document.body : other).append(finder);
    }
    const root = await settled(finder);
    expect(root.querySelectorAll('.result').length).to.be.greaterThan(3);
    expect(errors).to.deep.equal([]);
  });
});
