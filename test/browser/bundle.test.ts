import { expect, nextFrame } from '@open-wc/testing';

/** Loads the built runtime chunk as a second, independent copy (as a second script tag from another path would). */
async function loadSecondCopy(): Promise<void> {
  const entry = await (await fetch('/dist/welfare-navigator.js')).text();
  const chunk = /from"\.\/(chunks\/[^"]+)"/.exec(entry)![1];
  const code = await (await fetch(`/dist/${chunk}`)).text();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  await import(/* @vite-ignore */ url);
}

describe('the built bundle', () => {
  it('registers every element from one module', async () => {
    await import('/dist/welfare-navigator.js' as string);
    expect(customElements.get('welfare-benefit-finder')).to.exist;
  });

  it('loaded twice on one page warns once and never throws', async () => {
    await import('/dist/welfare-navigator.js' as string);
    const warnings: string[] = [];
    const errors: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      await loadSecondCopy();
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('already registered'))).to.have.length.greaterThan(0);
    const el = document.createElement('welfare-benefit-finder');
    document.body.append(el);
    await nextFrame();
    expect(el.shadowRoot).to.exist;
    el.remove();
  });
});
