import { expect, nextFrame } from '@open-wc/testing';

/**
 * Loads the built kit a second time as independent modules, as a second
 * script tag from another path would: every file the entry statically
 * imports is re-created under a blob: URL, with its imports rewritten.
 */
async function loadSecondCopy(): Promise<void> {
  const copies = new Map<string, Promise<string>>();
  const copy = (url: string): Promise<string> => {
    let pending = copies.get(url);
    if (!pending) {
      pending = (async () => {
        let code = await (await fetch(url)).text();
        // Static imports only: `from"./x.js"` and `import"./x.js"`, not import("./x.js").
        for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) {
          code = code.split(`"${spec}"`).join(`"${await copy(new URL(spec!, url).href)}"`);
        }
        return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      })();
      copies.set(url, pending);
    }
    return pending;
  };
  await import(/* @vite-ignore */ await copy(new URL('/dist/welfare-navigator.js', location.href).href));
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
