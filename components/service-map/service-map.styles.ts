import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLORS } from '../../src/geo/map-style.js';

/** The category colours as rules, not style attributes: pages with a strict style-src CSP keep them. */
const swatchColors = unsafeCSS(
  Object.entries(CATEGORY_COLORS)
    .map(([id, color]) => `.swatch[data-category='${id}'] { background: ${color}; }`)
    .join('\n'),
);

export const serviceMapStyles = css`
  :host {
    container-type: inline-size;
    --_map-height: var(--welfare-map-height, clamp(280px, 60vh, 560px));
  }
  .service-map {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'note' 'controls' 'map' 'results';
  }
  .service-map > .note {
    grid-area: note;
  }
  .controls {
    grid-area: controls;
  }
  .map-frame {
    grid-area: map;
  }
  /* While the places load: room for the controls and the map, so the page below does not jump. */
  .pending {
    min-height: calc(var(--_map-height) + 8rem);
  }
  .results {
    grid-area: results;
  }
  /* Wide: the list beside the map, the map staying in view while the list scrolls. */
  @container (min-width: 52rem) {
    .service-map {
      grid-template-columns: minmax(20rem, 2fr) 3fr;
      grid-template-areas: 'note note' 'controls map' 'results map';
      grid-template-rows: auto auto 1fr;
      align-items: start;
    }
    .map-frame {
      position: sticky;
      top: 0;
    }
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1.05em;
  }
  label {
    font-weight: 600;
  }
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .hint,
  .muted {
    margin: 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 6px solid var(--_primary);
    background: var(--_tint);
  }
  .note--warn {
    border-left-color: var(--_warn);
    background: var(--_warn-bg);
  }
  /* The one filled pill: the main action of the list. */
  .near {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    padding: 0.25rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: 999px;
    cursor: pointer;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    justify-self: start;
  }
  .near:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  .link-button {
    display: inline-flex;
    align-items: center;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }

  /* The map */
  .map-frame {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .map-stage {
    display: grid;
  }
  .map-stage[hidden] {
    display: none;
  }
  .map-stage > * {
    grid-area: 1 / 1;
  }
  .map-canvas {
    position: relative;
    height: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: #dbe5ec;
  }
  .map-placeholder {
    z-index: 1;
    align-self: center;
    justify-self: center;
    margin: var(--_space);
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_surface) 94%, transparent);
    color: var(--_text);
    text-align: center;
  }
  .map-fallback {
    margin: 0;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_warn);
    border-left-width: 6px;
    border-radius: var(--_radius);
    background: var(--_warn-bg);
  }
  .map-caption {
    display: grid;
    gap: 0.35rem;
    font-size: 0.92em;
    color: var(--_muted);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: #495057;
    border: 2px solid #ffffff;
    box-shadow: 0 0 0 1px #6b6b6b;
  }
  ${swatchColors}
  .swatch--cluster {
    background: #1b1b1b;
  }
  /* MapLibre's own controls: big enough to touch, and our focus ring. */
  .map-canvas .maplibregl-ctrl-group button {
    width: var(--_target);
    height: var(--_target);
  }
  /* Credits always shown (no toggle to hit); readable on the map. */
  .map-canvas .maplibregl-ctrl-attrib {
    background: rgba(255, 255, 255, 0.9);
    color: #1b1b1b;
    font-size: 12px;
  }
  .map-canvas .maplibregl-ctrl-attrib a {
    color: #1b1b1b;
    text-decoration: underline;
    min-height: 0;
    min-width: 0;
  }
  .map-canvas .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .map-canvas .maplibregl-ctrl button:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: none;
  }

  /* The list */
  .results {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .results section {
    display: grid;
    gap: 0.5rem;
  }
  .district-head,
  .detail-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .places,
  .services,
  .service-places {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .place-button {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    width: 100%;
    padding: 0.6rem 0.85rem;
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .place-button .swatch {
    margin-top: 0.3em;
  }
  .place-button:hover {
    border-color: var(--_primary);
  }
  .place--selected .place-button {
    border: 3px solid var(--_primary);
    background: var(--_tint);
  }
  .place-text {
    display: grid;
    gap: 0.1rem;
    min-width: 0;
  }
  .place-name {
    font-weight: 700;
    color: var(--_primary);
  }
  .place-meta,
  .place-address {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .place-distance {
    font-weight: 600;
  }
  .place-approx {
    margin: 0;
    color: var(--_text);
    font-size: 0.92em;
  }
  .service {
    display: grid;
    gap: 0.3rem;
    padding: 0.75rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .service-meta {
    margin: 0;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.92em;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.15rem;
  }
  .facts dt,
  .facts dd {
    display: inline;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: '：';
  }
  .service-map:not(:lang(zh)) .facts dt::after {
    content: ': ';
  }
  .facts dd {
    margin: 0;
  }
  .phones {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .phone-item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4rem;
  }
  .phone-label {
    color: var(--_muted);
  }
  a.phone {
    display: inline-flex;
    align-items: center;
    font-weight: 600;
    color: var(--_primary);
  }
  .phone--fax,
  .phone--doubtful {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .detail {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 3px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail p {
    margin: 0;
  }
  .detail h3:focus {
    outline: none;
  }
  .detail h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .directions {
    display: inline-flex;
    align-items: center;
    font-weight: 600;
    color: var(--_primary);
  }
  .city-wide summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
  }
  .city-wide[open] summary {
    margin-bottom: 0.5rem;
  }
  .more {
    justify-self: start;
  }
  #results-heading:focus {
    outline: none;
  }
`;
