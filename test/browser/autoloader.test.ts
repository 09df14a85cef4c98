import { expect, waitUntil } from '@open-wc/testing';

/**
 * The one-tag entry (dist/welfare-navigator.js) registers each element when
 * its tag first appears: a page with only the map must not download the
 * code of the other elements. Needs `npm run build` (it reads dist/ and the
 * bundle graph rollup writes beside it).
 */
type Graph = { chunks: { fileName: string; modules: string[] }[] };

/** The files of dist/ that hold a module of these element folders. */
async function filesOf(folders: string[]): Promise<Set<string>> {
  const graph = (await (await fetch('/out-tsc/bundle-graph.json')).json()) as Graph;
  return new Set(
    graph.chunks.filter((c) => c.modules.some((m) => folders.some((f) => m.startsWith(`out-tsc/components/${f}/`)))).map((c) => c.fileName),
  );
}

/** Files of dist/ the page has requested so far. */
const requested = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'))
    .map((p) => p.slice('/dist/'.length));

describe('the one-tag entry loads only the elements on the page', () => {
  it('a page with only <welfare-service-map> requests no finder, quiz, directory or kiosk code', async () => {
    const map = document.createElement('welfare-service-map');
    map.setAttribute('district', 'xitun');
    document.body.append(map);
    await import('/dist/welfare-navigator.js' as string);
    await customElements.whenDefined('welfare-service-map');
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="map"], [part~="list"]'), 'the map renders', { timeout: 8000 });
    const others = await filesOf(['benefit-finder', 'eligibility-quiz', 'contact-directory', 'kiosk']);
    expect(others.size, 'the graph names the other elements’ files').to.be.greaterThan(0);
    expect(requested().filter((f) => others.has(f))).to.deep.equal([]);
    expect(requested().some((f) => f === 'welfare-service-map.js')).to.equal(true);
    for (const tag of ['welfare-benefit-finder', 'welfare-eligibility-quiz', 'welfare-contact-directory', 'welfare-kiosk']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    map.remove();
  });

  it('registers an element added to the page later, on first appearance', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<section><welfare-contact-directory district="xitun"></welfare-contact-directory></section>';
    document.body.append(holder);
    await customElements.whenDefined('welfare-contact-directory');
    expect(requested()).to.include('welfare-contact-directory.js');
    expect(customElements.get('welfare-benefit-finder')).to.equal(undefined);
    holder.remove();
  });

  it('defineAll() is the eager opt-in: every element registered, shown or not', async () => {
    const entry = (await import('/dist/welfare-navigator.js' as string)) as { defineAll(): Promise<void>; AUTOLOADED_TAGS: string[] };
    await entry.defineAll();
    for (const tag of entry.AUTOLOADED_TAGS) expect(customElements.get(tag), tag).to.exist;
  });
});
