import { css } from 'lit';

export const quizStyles = css`
  :host([kiosk]) {
    --_target: var(--welfare-kiosk-target-size, 60px);
    font-size: var(--welfare-font-size, 1.25rem);
  }
  .quiz,
  .step {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  h4,
  h5,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.4em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.1em;
    color: var(--_primary);
  }
  h5 {
    font-size: 1em;
    margin-top: 0.5rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .lead {
    font-size: 1.1em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  legend h2 {
    font-weight: 700;
  }
  .event-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem;
  }
  .event,
  .primary,
  .secondary,
  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    padding: 0.4rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  .event {
    justify-content: flex-start;
    text-align: start;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .link {
    border-color: transparent;
    text-decoration: underline;
    font-weight: normal;
  }
  .small {
    padding: 0.2rem 0.75rem;
    font-size: 0.95em;
  }
  .event:hover,
  .secondary:hover {
    background: var(--_tint);
  }
  .primary:hover {
    filter: brightness(1.1);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
  }
  .actions--nav {
    justify-content: space-between;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    color: var(--_muted);
  }
  .progress progress {
    width: 100%;
    height: 0.6rem;
  }
  .scene {
    padding: 0.5rem 0.75rem;
    border-left: 6px solid var(--_primary);
    background: var(--_tint);
  }
  .hint,
  .why {
    color: var(--_muted);
    margin-bottom: 0.5rem;
  }
  .why {
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .options {
    display: grid;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    padding: 0.4rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_tint);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    min-width: 1.5rem;
    min-height: 1.5rem;
    margin: 0;
  }
  input[type='text'] {
    padding: 0.4rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input.number {
    width: 7rem;
    font-size: 1.2em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  #share-url {
    width: 100%;
  }
  .members {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .member > fieldset {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .member-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field select,
  .field input {
    min-height: var(--_target);
    font: inherit;
  }
  .field select {
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .ticks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem;
  }
  .about {
    font-weight: 700;
    color: var(--_primary);
  }
  .for-members {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .member-chip {
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    background: var(--_tint);
    border: 1px solid var(--_primary);
  }
  .by-member dl {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .member-row {
    padding: 0.4rem 0;
    border-bottom: 1px solid var(--_rule);
  }
  .member-row dt {
    font-weight: 700;
  }
  .member-row dd {
    margin: 0;
  }
  .roster-summary ul,
  .pending {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .ages ul {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .ages li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .answers {
    margin: 0;
    display: grid;
    gap: 0;
  }
  .answer-row {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_rule);
  }
  .answers dt {
    color: var(--_muted);
  }
  .answers dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    font-weight: 700;
  }
  .note,
  .disclaimer {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_warn-bg);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .note-language {
    color: var(--_muted);
  }
  .group {
    display: grid;
    gap: 0.5rem;
  }
  .group--likely > h3 {
    border-bottom: 4px solid var(--_success);
  }
  .group--more-info > h3 {
    border-bottom: 4px solid var(--_warn);
  }
  details.group > summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
    padding: 0.25rem 0;
  }
  details.group > summary::marker,
  details.group > summary::-webkit-details-marker {
    display: none;
  }
  details.group > summary::before {
    content: '▸';
    margin-inline-end: 0.5rem;
  }
  details.group[open] > summary::before {
    content: '▾';
  }
  details.group > summary h3 {
    display: inline;
  }
  .benefits {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .benefit {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .benefit--likely {
    border-left: 6px solid var(--_success);
  }
  .benefit--more-info {
    border-left: 6px solid var(--_warn);
  }
  .benefit article {
    display: grid;
    gap: 0.25rem;
  }
  .to-check {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_warn-bg);
  }
  .why-details > summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .why-details[open] > summary {
    margin-bottom: 0.25rem;
  }
  .conditions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .conditions .conditions {
    margin-top: 0.25rem;
    padding-inline-start: 0.5rem;
  }
  .condition {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .mark {
    flex: none;
    width: 1.25rem;
    font-weight: 700;
    text-align: center;
  }
  .condition--met > .mark {
    color: var(--_success);
  }
  .condition--failed > .mark {
    color: var(--_danger);
  }
  .condition--unknown > .mark {
    color: var(--_warn);
  }
  .amounts,
  .contacts {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .amounts ul {
    padding-inline-start: 1.25rem;
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
  .documents,
  .share {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .documents > button,
  .share > button {
    justify-self: start;
  }
  .share-code {
    display: grid;
    gap: 0.5rem;
    justify-items: center;
    --welfare-qr-size: min(18rem, 70vw);
  }
  .doc-benefits {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media print {
    .actions,
    .share,
    .note,
    button,
    details.group--unlikely {
      display: none !important;
    }
    .benefit {
      break-inside: avoid;
    }
    .why-details > summary {
      display: none;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
