/**
 * A React 19 page with a benefit finder: its properties come from React
 * state, and React's `on<event-name>` handlers write what the element sent
 * into the page. test/browser/react.test.ts bundles it with esbuild (React
 * ships CommonJS only) and checks it in Chromium.
 */
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { WelfareEventMap } from '../../components/index.ts';
// A site imports 'welfare-navigator/benefit-finder'; the test serves the kit from source.
import '../../components/benefit-finder/benefit-finder.ts';

export function FinderPage() {
  const [query, setQuery] = useState('老人');
  const [compact, setCompact] = useState(true);
  const [lastSearch, setLastSearch] = useState<WelfareEventMap['welfare-search'] | null>(null);
  const [opened, setOpened] = useState('');

  return (
    <main>
      <button type="button" id="ask-disability" onClick={() => setQuery('身障')}>
        Disability
      </button>
      <button type="button" id="toggle-compact" onClick={() => setCompact((c) => !c)}>
        Compact
      </button>
      <welfare-benefit-finder
        lang="en"
        query={query}
        district="豐原區"
        compact={compact}
        dataTimeout={5}
        onwelfare-search={(event) => {
          setQuery(event.detail.query);
          setLastSearch(event.detail);
        }}
        onwelfare-benefit-select={(event) => setOpened(event.detail.id)}
      />
      <output id="last-search">{lastSearch ? JSON.stringify(lastSearch) : ''}</output>
      <output id="opened">{opened}</output>
    </main>
  );
}

/** Renders the page into `container`. */
export function mount(container: Element): Root {
  const root = createRoot(container);
  root.render(<FinderPage />);
  return root;
}
