import { css } from 'lit';

/**
 * Design tokens and the rules every element shares. Hosts theme the kit
 * with the `--welfare-*` custom properties; by default the widgets inherit
 * the host page's font and colour.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--welfare-color-primary, #0b5cab);
    --_on-primary: var(--welfare-color-on-primary, #ffffff);
    --_surface: var(--welfare-color-surface, #ffffff);
    --_text: var(--welfare-color-text, #1b1b1b);
    --_muted: var(--welfare-color-muted, #4a4a4a);
    --_border: var(--welfare-color-border, #767676);
    --_danger: var(--welfare-color-danger, #a4262c);
    --_radius: var(--welfare-radius, 0.5rem);
    --_space: var(--welfare-spacing, 1rem);
    --_target: var(--welfare-target-size, 44px);
    --_focus: var(--welfare-color-focus, #1a73e8);
    --_warn: var(--welfare-color-warning, #8a5a00);
    --_success: var(--welfare-color-success, #1e7b34);
    /* Tints are mixed with the surface, so a dark or high-contrast theme gets dark or plain tints. */
    --_tint: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    --_warn-bg: color-mix(in srgb, var(--_warn) 10%, var(--_surface));
    --_danger-bg: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
    --_rule: color-mix(in srgb, var(--_border) 45%, var(--_surface));
    display: block;
    box-sizing: border-box;
    font-family: var(--welfare-font-family, inherit);
    font-size: var(--welfare-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    /* Inherited text styles of the host page (centred text, spacing, breaks) must not reach in. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    word-break: normal;
    white-space: normal;
    /* Text wraps at 360 px and 200 % zoom. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a page's "* { box-sizing: content-box }" reaches the host element itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  a,
  input,
  select {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
  }
  input[type='search'],
  select {
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* A list of documents a resident ticks off; the ticks stay in the page. */
  .checklist {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .checklist li {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .checklist input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    min-width: 1.5rem;
    min-height: 1.5rem;
    margin: 0.6rem 0.5rem;
  }
  .checklist label {
    /* The whole row is the target: a short item (照片) would be narrower than a finger. */
    flex: 1;
    font-weight: normal;
    padding: 0.5rem 0;
    min-height: var(--_target);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status--error {
    border-color: var(--_danger);
    border-left-width: 6px;
  }
  .content-language-note {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-left: 4px solid var(--_primary);
    background: var(--_surface);
  }
  /* What the tool promises the visitor (nothing stored or sent; not an application): quiz and kiosk. */
  .promises {
    margin: 0;
    padding: 0.75rem 1rem 0.75rem 2rem;
    border-left: 6px solid var(--_primary);
    background: var(--_tint);
    display: grid;
    gap: 0.25rem;
  }
  /* A secondary action: a pill outlined in the primary colour (finder, directory, map). */
  .secondary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    padding: 0.25rem 0.9rem;
    border: 2px solid var(--_primary);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
    text-align: center;
  }
  /* Only where hovering is real: on a touch screen the hover state sticks after a tap. */
  @media (hover: hover) {
    .secondary:hover:not(:disabled):not([aria-pressed='true']) {
      background: var(--_tint);
    }
  }
  /*
   * Forced colours (Windows high contrast) drop every background, and with it
   * every selected state drawn as one: pressed and current controls keep the
   * system's own selected colours instead.
   */
  @media (forced-colors: active) {
    [aria-pressed='true'],
    [aria-current='page'],
    [aria-current='true'] {
      /* important: an element's own pressed colours (the kiosk header's) would otherwise win here. */
      forced-color-adjust: none;
      background: SelectedItem !important;
      color: SelectedItemText !important;
      border-color: SelectedItem !important;
    }
  }
  .secondary:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  /* The crisis lines (components/base/crisis-lines.ts). */
  .safety {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 6px solid var(--_danger);
    background: var(--_danger-bg);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .safety a {
    display: inline-flex;
    align-items: center;
    font-weight: 700;
    color: var(--_danger);
  }
  .status--notice {
    border-left-width: 6px;
    margin-block-end: var(--_space);
  }
  .status button {
    padding: 0 var(--_space);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    .status--loading::before {
      content: '';
      width: 1em;
      height: 1em;
      border: 3px solid var(--_border);
      border-top-color: var(--_primary);
      border-radius: 50%;
      animation: welfare-spin 0.9s linear infinite;
    }
  }
  @keyframes welfare-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
