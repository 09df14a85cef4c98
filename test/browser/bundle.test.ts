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
  await import(/* @vite-ignore */ await copy(new URL('/dist/welfare-navigator-all.js', location.href).href));
}

describe('the built bundle', () => {
  it('registers every element from one module (the eager entry)', async () => {
    await import('/dist/welfare-navigator-all.js' as string);
    expect(customElements.get('welfare-benefit-finder')).to.exist;
  });

  it('loaded twice on one page warns once and never throws', async () => {
    await import('/dist/welfare-navigator-all.js' as string);
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

  it('keeps the QR encoder and MapLibre out of every entry’s first load; they load on demand', async () => {
    /** Every file an entry loads before it runs: its static imports, transitively, with their code. */
    const firstLoad = async (entry: string): Promise<Map<string, string>> => {
      const files = new Map<string, string>();
      const visit = async (url: string): Promise<void> => {
        if (files.has(url)) return;
        const code = await (await fetch(url)).text();
        files.set(url, code);
        for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) await visit(new URL(spec!, url).href);
      };
      await visit(new URL(`/dist/${entry}.js`, location.href).href);
      return files;
    };
    const isQr = (code: string) => code.includes('"QrTooLongError"');
    const isMapLibre = (url: string) => /\/chunks\/(maplibre|map-engine)-/.test(url);
    for (const entry of [
      'welfare-benefit-finder',
      'welfare-eligibility-quiz',
      'welfare-contact-directory',
      'welfare-kiosk',
      'welfare-navigator',
      'welfare-navigator-all',
    ]) {
      const files = await firstLoad(entry);
      expect(
        [...files].filter(([, code]) => isQr(code)).map(([url]) => url),
        `${entry}: QR encoder`,
      ).to.deep.equal([]);
      expect([...files.keys()].filter(isMapLibre), `${entry}: MapLibre`).to.deep.equal([]);
    }
    // The quiz (and so the kiosk) reaches the encoder through a dynamic import.
    const quiz = await firstLoad('welfare-eligibility-quiz');
    const dynamic = [...quiz].flatMap(([url, code]) =>
      [...code.matchAll(/import\("(\.{1,2}\/[^"]+)"\)/g)].map(([, spec]) => new URL(spec!, url).href),
    );
    const loaded = await Promise.all(dynamic.map(async (url) => isQr(await (await fetch(url)).text())));
    expect(loaded.filter(Boolean)).to.have.length(1);
  });
});
