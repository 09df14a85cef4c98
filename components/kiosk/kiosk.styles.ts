import { css } from 'lit';

export const kioskStyles = css`
  :host {
    /* Every tool inside reads these: 60 px targets and large type throughout. */
    --welfare-target-size: var(--welfare-kiosk-target-size, 60px);
    --welfare-font-size: var(--welfare-kiosk-font-size, 1.375rem);
    --welfare-map-height: 55vh;
    position: fixed;
    inset: 0;
    z-index: 1;
    background: var(--_surface);
    /* A public screen: no selecting text (inputs still can), no callouts. */
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .kiosk {
    height: 100%;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    font-size: var(--welfare-font-size);
    background: var(--_surface);
    color: var(--_text);
  }
  .large-text {
    --welfare-font-size: calc(var(--welfare-kiosk-font-size, 1.375rem) * 1.3);
  }
  .high-contrast {
    --welfare-color-primary: #00264d;
    --welfare-color-text: #000000;
    --welfare-color-muted: #000000;
    --welfare-color-border: #000000;
    --welfare-color-danger: #7a0000;
    --welfare-color-focus: #000000;
    --_primary: #00264d;
    --_text: #000000;
    --_muted: #000000;
    --_border: #000000;
    --_danger: #7a0000;
    --_focus: #000000;
  }
  .high-contrast :focus-visible {
    outline-width: 5px;
  }
  button {
    cursor: pointer;
    font-weight: bold;
    border-radius: var(--_radius);
  }

  /* ---- header ---- */
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem 1.5rem;
    padding: 0.5rem clamp(0.75rem, 2vw, 1.5rem);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .nav,
  .settings,
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  header button {
    padding: 0 1rem;
    border: 2px solid currentColor;
    background: transparent;
    color: inherit;
    font-size: 0.9em;
  }
  header button[aria-pressed='true'],
  header button[aria-current='page'] {
    background: var(--_on-primary);
    color: var(--_primary);
  }
  header :focus-visible {
    outline-color: var(--_on-primary);
  }

  /* ---- views ---- */
  main {
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 1.5rem clamp(1rem, 4vw, 3rem) 2.5rem;
  }
  main:focus {
    outline: none;
  }
  .start,
  .view {
    max-width: var(--welfare-kiosk-max-width, 72rem);
    margin: 0 auto;
    display: grid;
    gap: 1.25rem;
  }
  .start[hidden],
  .view[hidden] {
    display: none;
  }
  h1,
  .view-heading {
    margin: 0;
    font-size: 1.6em;
    line-height: 1.25;
  }
  h1:focus,
  .view-heading:focus {
    outline: none;
  }
  h1:focus-visible,
  .view-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .lead {
    margin: 0;
    font-size: 1.1em;
  }
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: 1.25rem;
  }
  .choice {
    width: 100%;
    height: 100%;
    min-height: 9rem;
    display: grid;
    align-content: center;
    gap: 0.5rem;
    padding: 1.25rem 1.5rem;
    border: 3px solid var(--_primary);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    font-weight: normal;
  }
  /* A portrait screen: one choice a row, each a broad button. */
  @media (orientation: portrait) {
    .choices {
      grid-template-columns: 1fr;
    }
    .choice {
      min-height: 10rem;
    }
  }
  .choice:active {
    background: var(--_tint);
  }
  .choice-title {
    font-size: 1.45em;
    font-weight: bold;
    color: var(--_primary);
  }
  .promises {
    padding: 1rem 1.25rem 1rem 2.5rem;
    gap: 0.5rem;
  }

  /*
   * A short window (200% zoom of a landscape screen: 640 × 400): a fixed
   * header and crisis line would leave no room for the view. The page then
   * scrolls as one and only the crisis line, in one row, stays at the bottom.
   */
  @media (max-height: 500px) {
    .kiosk {
      display: block;
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    main {
      overflow: visible;
    }
    .crisis {
      position: sticky;
      bottom: 0;
      flex-wrap: nowrap;
      overflow-x: auto;
    }
    .crisis p {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  /* ---- crisis line ---- */
  .crisis {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem clamp(0.75rem, 2vw, 1.5rem);
    background: var(--_warn-bg);
    border-top: 4px solid var(--_warn);
    color: var(--_text);
  }
  .crisis p {
    margin: 0;
    font-weight: bold;
  }
  .crisis button {
    padding: 0 1.25rem;
    border: 3px solid var(--_danger);
    background: var(--_surface);
    color: var(--_danger);
    font-size: 1.05em;
  }

  /* ---- dialogs ---- */
  dialog {
    width: min(44rem, 92vw);
    max-height: 92vh;
    padding: 2rem;
    border: 3px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
  }
  dialog[open] {
    display: grid;
    justify-items: center;
    gap: 1.25rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.65);
  }
  dialog h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.3;
  }
  dialog p {
    margin: 0;
  }
  welfare-qr-code {
    --welfare-qr-size: var(--welfare-kiosk-qr-size, min(26rem, 70vw, 48vh));
  }
  .close,
  .continue {
    min-width: 14rem;
    min-height: max(var(--_target), 4.5rem);
    padding: 0 2rem;
    border: 0;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 1.3em;
  }
  .idle h2 {
    font-size: 1.8em;
  }
  .note {
    color: var(--_muted);
  }
`;
