import { css } from 'lit';

export const finderStyles = css`
  .finder {
    display: grid;
    gap: var(--_space);
  }
  label,
  legend {
    font-weight: 600;
  }
  .search {
    display: grid;
    gap: 0.25rem;
  }
  .filters {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .chapter {
    display: grid;
    gap: 0.25rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  legend {
    margin-bottom: 0.25rem;
  }
  .chip[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .count {
    font-size: 0.85em;
    opacity: 0.85;
    /* Room for the number before the data has come, so the chips do not move. */
    display: inline-block;
    min-width: 2ch;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  /* Cards below the fold are laid out only when scrolled to: typing redraws the list on each key. */
  .result {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .result-button {
    display: grid;
    gap: 0.25rem;
    width: 100%;
    padding: 0.75rem 1rem;
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .result-button:hover {
    border-color: var(--_primary);
  }
  .result-title {
    font-weight: 700;
    font-size: 1.1em;
    color: var(--_primary);
  }
  .result-parent,
  .result-summary {
    color: var(--_muted);
  }
  mark {
    /* A fixed highlight with fixed dark text: readable in every theme. */
    background: var(--welfare-color-highlight, #fff0a8);
    color: #1b1b1b;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .tag {
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .tag--updated {
    border-color: var(--_warn);
    color: var(--_text);
  }
  .detail {
    display: grid;
    gap: 0.5rem;
  }
  .detail h2 {
    margin: 0;
  }
  .detail h3 {
    margin: 0.75rem 0 0.25rem;
  }
  .detail p {
    margin: 0.25rem 0;
  }
  .lead {
    font-size: 1.1em;
  }
  .updated {
    padding: 0.5rem 0.75rem;
    border-left: 6px solid var(--_warn);
    background: var(--_warn-bg);
  }
  .updated h3 {
    margin-top: 0;
  }
  .amounts,
  .contacts {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .office {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .contacts .secondary,
  .office .secondary {
    margin-inline-end: 0.5rem;
  }
  .amount-label {
    display: block;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.25rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    overflow-wrap: normal;
  }
  td {
    white-space: nowrap;
  }
  .tier--mine th,
  .tier--mine td {
    font-weight: 700;
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  .mine-badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.85em;
  }
  .phone {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    margin-inline-end: 0.75rem;
  }
  a {
    color: var(--_primary);
  }
  .disclaimer,
  .note-language,
  .source {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Room for the first results, reserved while they load. */
  .results-pending {
    min-height: 16rem;
  }
  .show-more {
    margin-top: 0.75rem;
  }
  :host([compact]) .result-summary {
    display: none;
  }
  @media print {
    .search,
    .filters,
    .back,
    .chip,
    .show-more,
    .safety {
      display: none;
    }
    .result {
      content-visibility: visible;
    }
    .result-button {
      border: 0;
      padding: 0;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
