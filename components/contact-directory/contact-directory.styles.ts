import { css } from 'lit';

export const directoryStyles = css`
  .directory {
    display: grid;
    gap: var(--_space);
  }
  label,
  legend {
    font-weight: 600;
  }
  .controls {
    display: grid;
    gap: calc(var(--_space) / 2) var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .field--search {
    grid-column: 1 / -1;
  }
  fieldset {
    grid-column: 1 / -1;
    margin: 0;
    padding: 0;
    border: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  legend {
    margin-bottom: 0.25rem;
    padding: 0;
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    font-weight: normal;
    cursor: pointer;
  }
  .radio input {
    width: 1.25rem;
    height: 1.25rem;
    min-width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
  }
  .count-line {
    margin: 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .groups {
    display: grid;
    gap: 0.5rem;
  }
  .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .group-heading {
    margin: 0;
    font-size: 1.1em;
  }
  .group-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
    width: 100%;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .group-toggle::after {
    content: '';
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-right: 3px solid currentColor;
    border-bottom: 3px solid currentColor;
    transform: rotate(45deg);
    margin-inline-start: auto;
  }
  .group-toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  .group-toggle:hover {
    color: var(--_primary);
  }
  .group-toggle .count {
    font-weight: normal;
    color: var(--_muted);
    white-space: nowrap;
  }
  .group-body {
    padding: 0 1rem 0.75rem;
  }
  .entries,
  .contacts,
  .phones {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entries {
    display: grid;
    gap: 0.5rem 1.5rem;
  }
  /* Wide pages: two or three entries a row, each a card's width. */
  .group-body .entries {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
  }
  .entry {
    padding: 0.75rem 0 0.5rem;
    border-top: 1px solid var(--_rule);
  }

  .entry h3,
  .entry h4 {
    margin: 0;
    font-size: 1.05em;
  }
  .entry p {
    margin: 0.15rem 0;
  }
  .name-zh,
  .parent,
  .operator,
  .area,
  .building,
  .hint {
    color: var(--_muted);
  }
  .phones {
    display: grid;
    gap: 0 1rem;
    margin: 0.25rem 0;
  }
  .phone-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
  }
  a.phone {
    display: inline-block;
    padding: calc((var(--_target) - 1.5em) / 2) 0;
    min-height: var(--_target);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
  }
  a.phone::before {
    content: '';
    display: inline-block;
    vertical-align: -0.15em;
    margin-inline-end: 0.3rem;
    width: 1em;
    height: 1em;
    background: currentColor;
    mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z'/%3E%3C/svg%3E")
      center / contain no-repeat;
  }
  .label {
    font-weight: normal;
  }
  .hint {
    font-size: 0.9em;
  }
  .phone--fax,
  .phone--doubtful {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    min-height: 2rem;
  }
  .flag {
    padding: 0 0.5rem;
    border-left: 4px solid var(--_warn);
    background: var(--_warn-bg);
    color: var(--_text);
    font-size: 0.9em;
    font-weight: 600;
  }
  .address {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .map-button {
    font-size: 0.9em;
  }
  mark {
    /* A fixed highlight with fixed dark text: readable in every theme. */
    background: var(--welfare-color-highlight, #fff0a8);
    color: #1b1b1b;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 6px solid var(--_warn);
    background: var(--_warn-bg);
  }
  .focus,
  .benefit {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .focus > *,
  .benefit > * {
    justify-self: stretch;
  }
  .focus > .secondary,
  .benefit > .secondary {
    justify-self: start;
  }
  .focus h2,
  .benefit h2 {
    margin: 0;
  }
  .contacts {
    display: grid;
    gap: 1rem;
  }
  .contact {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .contact > h3 {
    margin: 0 0 0.25rem;
  }
  .contact .entries {
    margin-top: 0.5rem;
    padding-left: 0.75rem;
    border-left: 4px solid var(--_rule);
  }
  .for-benefit {
    margin: 0;
    color: var(--_muted);
  }
  .source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .print-title {
    display: none;
  }
  h3[tabindex='-1']:focus,
  h4[tabindex='-1']:focus {
    outline: none;
  }
  h3[tabindex='-1']:focus-visible,
  h4[tabindex='-1']:focus-visible,
  h2[tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  :host([compact]) .meta,
  :host([compact]) .name-zh,
  :host([compact]) .operator {
    display: none;
  }
  :host([compact]) .entry {
    padding: 0.4rem 0 0.2rem;
  }

  /* A compact phone list on paper: names and numbers, no controls. */
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    .controls,
    .actions,
    .count-line,
    .show-more,
    .map-button,
    .secondary,
    .status button,
    .hint {
      display: none !important;
    }
    .print-title {
      display: block;
      margin: 0 0 0.5rem;
      font-size: 13pt;
    }
    .group {
      border: 0;
      break-inside: auto;
    }
    .group-toggle {
      padding: 0.25rem 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
    }
    .group-toggle::after {
      display: none;
    }
    .group-body {
      padding: 0;
    }
    .group-body[hidden] {
      display: block !important;
    }
    .entry {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 1rem;
      padding: 0.15rem 0;
      border-top: 1px solid #ccc;
      break-inside: avoid;
    }
    .entry > :not(h3, h4, .phones, .parent) {
      display: none;
    }
    .entry > .parent {
      grid-column: 1;
      margin: 0;
      font-size: 9pt;
    }
    .entry h3,
    .entry h4 {
      font-size: 10pt;
    }
    .phones {
      grid-column: 2;
      grid-row: 1 / span 2;
      margin: 0;
      text-align: end;
    }
    .phone-item {
      justify-content: flex-end;
    }
    a.phone {
      min-height: 0;
      padding: 0;
      color: #000;
      text-decoration: none;
      font-weight: normal;
    }
    a.phone::before {
      display: none;
    }
    .phone--fax,
    .phone--doubtful {
      min-height: 0;
    }
    .source {
      margin-top: 0.5rem;
    }
  }
`;
