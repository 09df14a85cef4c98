import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** Handbook 捌 lists these lines for violence and abuse (lines 5184–5188). */
export const PROTECTION_LINE = '113';
export const POLICE = '110';

/** The words of the crisis lines, one translation each for every element that shows them. */
export const crisisPrompt = () =>
  msg('遇到家庭暴力、性侵害或兒少受虐？', { desc: 'Crisis lines: the question before the protection hotline and police numbers' });
export const protectionLineLabel = () =>
  msg('保護專線 113', { desc: 'Crisis lines: protection hotline (a link or button that calls 113)' });
export const policeLineLabel = () => msg('報案 110', { desc: 'Crisis lines: police emergency (a link or button that calls 110)' });

/** The crisis lines as a banner of dialable links (styled by `.safety` in the base styles). */
export function renderSafetyLine(): TemplateResult {
  return html`<p class="safety">
    ${crisisPrompt()}
    <a href="tel:${PROTECTION_LINE}">${protectionLineLabel()}</a>
    <a href="tel:${POLICE}">${policeLineLabel()}</a>
  </p>`;
}
