/**
 * One question of the flow on screen: its words (about whom), its answer
 * controls by kind, and reading what was typed or chosen into an answer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AskedQuestion, QuestionAnswer } from '../../src/eligibility/flow.js';
import type { Household } from '../../src/eligibility/household.js';
import { situationLabel } from '../../src/eligibility/questions.js';
import type { FactName } from '../../src/eligibility/facts.js';
import { memberLabel } from './members.js';

/** What is chosen or typed, before it is an answer. */
export interface QuestionDraft {
  choice: string;
  number: string;
  /** Ticked ids: options, checklist facts or members. */
  picked: readonly string[];
}

export const EMPTY_DRAFT: QuestionDraft = { choice: '', number: '', picked: [] };

/** The draft for an answer already given. */
export function draftOf(asked: AskedQuestion, given: QuestionAnswer | undefined): QuestionDraft {
  if (given === undefined || given === null) return EMPTY_DRAFT;
  if (asked.members || asked.question.kind === 'multi' || asked.question.kind === 'checklist')
    return { ...EMPTY_DRAFT, picked: given as readonly string[] };
  switch (asked.question.kind) {
    case 'yes-no':
      return { ...EMPTY_DRAFT, choice: given ? 'yes' : 'no' };
    case 'number':
      return { ...EMPTY_DRAFT, number: String(given) };
    default:
      return { ...EMPTY_DRAFT, choice: String(given) };
  }
}

/** Whether a question is answered by ticking (nothing ticked is an answer too). */
export function isTicked(asked: AskedQuestion): boolean {
  return Boolean(asked.members) || asked.question.kind === 'multi' || asked.question.kind === 'checklist';
}

/** The draft as an answer, or what is wrong with it in the reader's words. */
export function readDraft(asked: AskedQuestion, draft: QuestionDraft): { value: Exclude<QuestionAnswer, null> } | { error: string } {
  const { question } = asked;
  const pickOne = msg('請選一個答案，或按「不知道」。', { desc: 'Eligibility quiz: error, nothing chosen' });
  if (isTicked(asked)) return { value: draft.picked };
  switch (question.kind) {
    case 'choice':
      return draft.choice ? { value: draft.choice } : { error: pickOne };
    case 'yes-no':
      return draft.choice ? { value: draft.choice === 'yes' } : { error: pickOne };
    default: {
      const text = draft.number.normalize('NFKC').trim();
      const min = question.min ?? 0;
      const max = question.max ?? 150;
      if (!/^\d{1,3}$/.test(text) || Number(text) < min || Number(text) > max) {
        return {
          error: msg(str`請填 ${min} 到 ${max} 之間的整數。`, { desc: 'Eligibility quiz: error, a whole number in a range is needed' }),
        };
      }
      return { value: Number(text) };
    }
  }
}

export function skipLabel(asked: AskedQuestion): string {
  return asked.question.sensitive
    ? msg('不想回答', { desc: 'Eligibility quiz: skip button for a sensitive question' })
    : msg('不知道', { desc: 'Eligibility quiz: skip button, I don’t know' });
}

/** The question's words: about the person answering, another member, several, or the household. */
export function promptOf(asked: AskedQuestion): string {
  if (asked.members) return asked.question.whoPrompt?.() ?? asked.question.prompt(false);
  const self = !asked.member || asked.member.role === 'self';
  return asked.question.prompt(self);
}

/** Who a member question is about, shown above it. */
export function aboutLabel(asked: AskedQuestion, household: Household): string | undefined {
  if (!asked.member || asked.member.role === 'self') return undefined;
  return msg(str`關於：${memberLabel(asked.member, household)}`, { desc: 'Eligibility quiz: whom the question is about' });
}

export interface QuestionControls {
  draft: QuestionDraft;
  error: string;
  describedBy?: string;
  titleOf: (benefitId: string) => string;
  setChoice: (id: string) => void;
  setNumber: (text: string) => void;
  setPicked: (ids: readonly string[]) => void;
}

/** The answer controls, with the question as their legend or label. */
export function renderAnswer(asked: AskedQuestion, household: Household, controls: QuestionControls, help: TemplateResult): TemplateResult {
  const prompt = promptOf(asked);
  const { draft } = controls;
  if (asked.question.kind === 'number' && !asked.members) {
    return html`<h2 id="step-heading" tabindex="-1"><label for="q-input">${prompt}</label></h2>
      ${help}
      <input
        id="q-input"
        data-first-input
        type="text"
        inputmode="numeric"
        autocomplete="off"
        maxlength="3"
        class="number"
        .value=${draft.number}
        aria-describedby=${controls.describedBy ?? nothing}
        aria-invalid=${controls.error ? 'true' : 'false'}
        @input=${(e: Event) => controls.setNumber((e.target as HTMLInputElement).value)}
      />`;
  }
  if (isTicked(asked)) {
    const items = tickItems(asked, household, controls.titleOf);
    const toggle = (id: string, on: boolean) =>
      controls.setPicked(on ? [...new Set([...draft.picked, id])] : draft.picked.filter((x) => x !== id));
    return html`<fieldset class="choices" aria-describedby=${controls.describedBy ?? nothing}>
      <legend><h2 id="step-heading" tabindex="-1">${prompt}</h2></legend>
      ${help}
      <div class="options">
        ${items.map(
          (item, i) =>
            html`<label class="option">
              <input
                type="checkbox"
                value=${item.id}
                ?data-first-input=${i === 0}
                .checked=${draft.picked.includes(item.id)}
                @change=${(e: Event) => toggle(item.id, (e.target as HTMLInputElement).checked)}
              />
              <span>${item.label}</span>
            </label>`,
        )}
      </div>
      <p class="hint">
        ${msg('都沒有就不要勾，直接按「下一步」。', { desc: 'Eligibility quiz: hint, tick nothing when nothing applies' })}
      </p>
    </fieldset>`;
  }
  const options =
    asked.question.kind === 'yes-no'
      ? [
          { id: 'yes', label: msg('是', { desc: 'Eligibility quiz: yes' }) },
          { id: 'no', label: msg('否', { desc: 'Eligibility quiz: no' }) },
        ]
      : (asked.choices ?? []).map((c) => ({ id: c.id, label: c.label() }));
  return html`<fieldset class="choices" aria-describedby=${controls.describedBy ?? nothing}>
    <legend><h2 id="step-heading" tabindex="-1">${prompt}</h2></legend>
    ${help}
    <div class="options">
      ${options.map(
        (o, i) =>
          html`<label class="option">
            <input
              type="radio"
              name="q-${asked.question.id}"
              value=${o.id}
              ?data-first-input=${i === 0}
              .checked=${draft.choice === o.id}
              @change=${() => controls.setChoice(o.id)}
            />
            <span>${o.label}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The boxes of a ticked question: members, checklist facts or options. */
export function tickItems(asked: AskedQuestion, household: Household, titleOf: (id: string) => string): { id: string; label: string }[] {
  if (asked.members) return asked.members.map((m) => ({ id: m.id, label: memberLabel(m, household) }));
  if (asked.question.kind === 'checklist') {
    const label = asked.question.itemLabel ?? situationLabel;
    return (asked.items ?? asked.question.facts).map((f: FactName) => ({
      id: f,
      label: label(f, !asked.member || asked.member.role === 'self'),
    }));
  }
  if (asked.question.benefitOptions) return (asked.options ?? []).map((id) => ({ id, label: titleOf(id) }));
  return (asked.question.options ?? []).map((o) => ({ id: o.id, label: o.label() }));
}

/** An answer in words, for the summary. */
export function answerText(
  asked: AskedQuestion,
  given: QuestionAnswer | undefined,
  household: Household,
  titleOf: (id: string) => string,
): string {
  if (given === undefined) return '';
  if (given === null) return skipLabel(asked);
  const list = (items: string[]) =>
    items.length
      ? items.join(msg('、', { desc: 'Eligibility quiz: list separator' }))
      : msg('都沒有', { desc: 'Eligibility quiz: summary, none ticked' });
  if (isTicked(asked)) {
    const labels = new Map(tickItems(asked, household, titleOf).map((i) => [i.id, i.label]));
    return list((given as readonly string[]).map((id) => labels.get(id) ?? id));
  }
  switch (asked.question.kind) {
    case 'yes-no':
      return given ? msg('是', { desc: 'Eligibility quiz: yes' }) : msg('否', { desc: 'Eligibility quiz: no' });
    case 'number':
      return msg(str`${String(given)} 歲`, { id: 'quiz-summary-age', desc: 'Eligibility quiz: summary, an age in years' });
    default:
      return asked.choices?.find((c) => c.id === given)?.label() ?? '';
  }
}
