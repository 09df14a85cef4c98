import { expect } from '@open-wc/testing';
import type { Root } from 'react-dom/client';
import { mount } from '../react/app.tsx';
import type { WelfareBenefitFinder } from '../../components/benefit-finder/benefit-finder.ts';
import type { WelfareEventMap } from '../../components/index.ts';

/**
 * React 19 on a real page: test/react/app.tsx, bundled by the `reactPage`
 * plugin of web-test-runner.config.mjs, sets the finder's properties from
 * React state and receives its events through `on<event-name>` props.
 */
async function until(what: string, condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('.result-title')].map((t) => t.textContent!.trim());

describe('React 19 page with <welfare-benefit-finder>', () => {
  let container: HTMLElement;
  let root: Root;
  let finder: WelfareBenefitFinder;

  before(async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = mount(container);
    await until('React to render the finder', () => Boolean(container.querySelector('welfare-benefit-finder')));
    finder = container.querySelector('welfare-benefit-finder')!;
    await until('the first results', () => titles(finder).length > 0);
  });

  after(() => {
    root.unmount();
    container.remove();
  });

  it('sets the element’s properties, not attributes, from React state', () => {
    expect(finder.query).to.equal('老人');
    expect(finder.district).to.equal('豐原區');
    // Properties: React 19 sets a prop the element has as a property, so no attribute appears.
    expect(finder.hasAttribute('query')).to.be.false;
    expect(finder.dataTimeout).to.equal(5);
    expect(finder.hasAttribute('datatimeout')).to.be.false;
    expect(finder.compact).to.be.true;
    expect(finder.hasAttribute('compact'), 'compact reflects to its attribute').to.be.true;
  });

  it('renders in the language React gave it, with results for the query', () => {
    expect(finder.lang).to.equal('en');
    expect(finder.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect((finder.shadowRoot!.querySelector('#search') as HTMLInputElement).value).to.equal('老人');
    expect(titles(finder)).to.include('Living allowance for older people on low and modest incomes');
  });

  it('follows React state when it changes', async () => {
    container.querySelector<HTMLButtonElement>('#ask-disability')!.click();
    await until('the query to reach the element', () => finder.query === '身障');
    await finder.updateComplete;
    expect((finder.shadowRoot!.querySelector('#search') as HTMLInputElement).value).to.equal('身障');
    expect(titles(finder)).to.include('Living allowance for people with disabilities');

    container.querySelector<HTMLButtonElement>('#toggle-compact')!.click();
    await until('compact to turn off', () => !finder.compact);
    expect(finder.hasAttribute('compact')).to.be.false;
  });

  it('hands welfare-search to the onwelfare-search handler with its typed detail', async () => {
    const input = finder.shadowRoot!.querySelector('#search') as HTMLInputElement;
    input.value = '坐月子';
    input.dispatchEvent(new Event('input'));
    const output = container.querySelector('#last-search')!;
    await until('the handler to write the search', () => output.textContent !== '');
    const detail = JSON.parse(output.textContent!) as WelfareEventMap['welfare-search'];
    await finder.updateComplete;
    expect(detail.query).to.equal('坐月子');
    expect(detail.category).to.equal('');
    expect(detail.audiences).to.deep.equal([]);
    expect(detail.count).to.be.a('number').and.equal(titles(finder).length);
    expect(titles(finder)).to.include('Birth allowance');
    // The handler kept React's state in step: React does not put the old query back.
    await new Promise((r) => setTimeout(r, 100));
    expect(finder.query).to.equal('坐月子');
  });

  it('hands welfare-benefit-select to the onwelfare-benefit-select handler', async () => {
    const button = finder.shadowRoot!.querySelector<HTMLButtonElement>('.result-button')!;
    const id = button.dataset.benefit!;
    button.click();
    const output = container.querySelector('#opened')!;
    await until('the handler to write the benefit id', () => output.textContent !== '');
    expect(output.textContent).to.equal(id);
    expect(finder.benefit).to.equal(id);
  });
});
