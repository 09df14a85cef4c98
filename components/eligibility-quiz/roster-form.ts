/**
 * The roster: one screen where the person lists the household, each member
 * with a role, an age, a sex, a school stage and four ticks. This is all the
 * quiz asks of every member; the flow asks more only where it can change a
 * verdict.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Answers } from '../../src/eligibility/facts.js';
import { MAX_MEMBERS, ROLES, type Household, type Member, type Role } from '../../src/eligibility/household.js';
import { schoolStageLabel } from '../../src/eligibility/describe.js';
import { SCHOOL_STAGES } from '../../src/eligibility/facts.js';
import { roleLabel } from './members.js';

/** One row as typed: strings, so nothing the person typed is lost while it is not yet valid. */
export interface RosterRow {
  id: string;
  role: Role;
  age: string;
  sex: '' | 'f' | 'm';
  schoolStage: string;
  disability: boolean;
  developmentalDelay: boolean;
  employed: boolean;
  caredFor: boolean;
}

const TICKS = ['disability', 'developmentalDelay', 'employed', 'caredFor'] as const;

export function emptyRow(id: string, role: Role): RosterRow {
  return { id, role, age: '', sex: '', schoolStage: '', disability: false, developmentalDelay: false, employed: false, caredFor: false };
}

export function rowsOf(household: Household): RosterRow[] {
  return household.members.map((m) => ({
    id: m.id,
    role: m.role,
    age: typeof m.facts.age === 'number' ? String(m.facts.age) : '',
    sex: m.facts.female === true ? 'f' : m.facts.female === false ? 'm' : '',
    schoolStage: typeof m.facts.schoolStage === 'string' ? m.facts.schoolStage : '',
    disability: m.facts.disability === true,
    developmentalDelay: m.facts.developmentalDelay === true,
    employed: m.facts.employed === true,
    caredFor: m.facts.caredFor === true,
  }));
}

/** A tick is offered where it can be true: a delay under 18, work from 15 (any age when the age is not given). */
export function tickOffered(row: RosterRow, tick: (typeof TICKS)[number]): boolean {
  const age = /^\d{1,3}$/.test(row.age.trim()) ? Number(row.age) : undefined;
  if (tick === 'developmentalDelay') return age === undefined || age < 18;
  if (tick === 'employed') return age === undefined || age >= 15;
  return true;
}

export function schoolStageOffered(row: RosterRow): boolean {
  const age = /^\d{1,3}$/.test(row.age.trim()) ? Number(row.age) : undefined;
  return age === undefined || (age >= 2 && age <= 30);
}

export type RosterErrors = Record<string, string>;

/**
 * The household the rows describe, keeping every other answer the members
 * already have; or what is wrong, by row id.
 */
export function householdOfRows(rows: readonly RosterRow[], previous: Household): { household: Household } | { errors: RosterErrors } {
  const errors: RosterErrors = {};
  const members: Member[] = rows.map((row, i) => {
    const before = previous.members.find((m) => m.id === row.id)?.facts ?? {};
    const facts: Answers = { ...before };
    const text = row.age.normalize('NFKC').trim();
    delete facts.age;
    if (text) {
      if (!/^\d{1,3}$/.test(text) || Number(text) > 120) {
        errors[row.id] = msg('年齡請填 0 到 120 之間的整數，不知道可以空著。', {
          desc: 'Eligibility quiz: roster error, an age from 0 to 120, or blank',
        });
      } else {
        facts.age = Number(text);
      }
    }
    delete facts.female;
    if (row.sex) facts.female = row.sex === 'f';
    delete facts.schoolStage;
    if (row.schoolStage && schoolStageOffered(row)) facts.schoolStage = row.schoolStage;
    for (const tick of TICKS) {
      delete facts[tick];
      // Not ticked means no; a tick not offered is left to what the age implies.
      if (tickOffered(row, tick)) facts[tick] = row[tick];
    }
    return { id: row.id, role: i === 0 ? 'self' : row.role, facts };
  });
  if (Object.keys(errors).length) return { errors };
  return { household: { members, facts: previous.facts } };
}

export interface RosterView {
  rows: readonly RosterRow[];
  errors: RosterErrors;
  /** The person answering for someone else (the wording changes). */
  change: (id: string, patch: Partial<RosterRow>) => void;
  add: () => void;
  remove: (id: string) => void;
  submit: (event: Event) => void;
  back: () => void;
}

function rowLegend(row: RosterRow, index: number): string {
  return index === 0
    ? msg('第 1 位：本人（要查詢的人）', { desc: 'Eligibility quiz: roster, the first row is the person the quiz is for' })
    : msg(str`第 ${index + 1} 位`, { desc: 'Eligibility quiz: roster, the row number of a household member' });
}

function tickLabel(tick: (typeof TICKS)[number]): string {
  switch (tick) {
    case 'disability':
      return msg('有身心障礙證明（或手冊）', { desc: 'Eligibility quiz: roster tick, holds a disability certificate' });
    case 'developmentalDelay':
      return msg('發展遲緩（含疑似）', { desc: 'Eligibility quiz: roster tick, a (suspected) developmental delay' });
    case 'employed':
      return msg('現在有工作', { desc: 'Eligibility quiz: roster tick, has a job now' });
    case 'caredFor':
      return msg('需要家人照顧', { desc: 'Eligibility quiz: roster tick, is cared for by the family' });
  }
}

export function renderRoster(view: RosterView): TemplateResult {
  const { rows, errors } = view;
  return html`<form class="step roster" part="step" data-step="roster" novalidate @submit=${view.submit}>
    <h2 id="step-heading" tabindex="-1">${msg('家裡有哪些人？', { desc: 'Eligibility quiz: roster heading' })}</h2>
    <p class="hint" id="roster-hint">
      ${msg('請列出住在一起的家人。每個人勾選符合的項目，沒勾就是「沒有」；年齡不知道可以空著。不會留下姓名。', {
        desc: 'Eligibility quiz: roster hint: list the people living together; unticked means no; no names are kept',
      })}
    </p>
    <ol class="members">
      ${rows.map((row, i) => {
        const error = errors[row.id];
        const errorId = `roster-error-${row.id}`;
        return html`<li class="member" data-member=${row.id}>
          <fieldset aria-describedby=${error ? errorId : nothing}>
            <legend>${rowLegend(row, i)}</legend>
            <div class="member-fields">
              ${
                i > 0
                  ? html`<label class="field"
                      ><span>${msg('關係', { desc: 'Eligibility quiz: roster field, relation to the person the quiz is for' })}</span>
                      <select
                        data-field="role"
                        .value=${row.role}
                        @change=${(e: Event) => view.change(row.id, { role: (e.target as HTMLSelectElement).value as Role })}
                      >
                        ${ROLES.filter((r) => r !== 'self').map((r) => html`<option value=${r} ?selected=${row.role === r}>${roleLabel(r)}</option>`)}
                      </select></label
                    >`
                  : nothing
              }
              <label class="field"
                ><span>${msg('年齡（足歲）', { desc: 'Eligibility quiz: roster field, age in whole years' })}</span>
                <input
                  data-field="age"
                  type="text"
                  inputmode="numeric"
                  autocomplete="off"
                  maxlength="3"
                  class="number"
                  .value=${row.age}
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${error ? errorId : nothing}
                  @input=${(e: Event) => view.change(row.id, { age: (e.target as HTMLInputElement).value })}
              /></label>
              <label class="field"
                ><span>${msg('性別', { desc: 'Eligibility quiz: roster field, sex' })}</span>
                <select
                  data-field="sex"
                  .value=${row.sex}
                  @change=${(e: Event) => view.change(row.id, { sex: (e.target as HTMLSelectElement).value as RosterRow['sex'] })}
                >
                  <option value="" ?selected=${row.sex === ''}>
                    ${msg('不填', { desc: 'Eligibility quiz: roster choice, not given' })}
                  </option>
                  <option value="f" ?selected=${row.sex === 'f'}>${msg('女性', { desc: 'Eligibility quiz: sex choice, female' })}</option>
                  <option value="m" ?selected=${row.sex === 'm'}>${msg('男性', { desc: 'Eligibility quiz: sex choice, male' })}</option>
                </select></label
              >
              ${
                schoolStageOffered(row)
                  ? html`<label class="field"
                      ><span>${msg('上學', { desc: 'Eligibility quiz: roster field, school stage' })}</span>
                      <select
                        data-field="school-stage"
                        .value=${row.schoolStage}
                        @change=${(e: Event) => view.change(row.id, { schoolStage: (e.target as HTMLSelectElement).value })}
                      >
                        <option value="" ?selected=${row.schoolStage === ''}>
                          ${msg('不填', { desc: 'Eligibility quiz: roster choice, not given' })}
                        </option>
                        ${SCHOOL_STAGES.map((s) => html`<option value=${s} ?selected=${row.schoolStage === s}>${schoolStageLabel(s)}</option>`)}
                      </select></label
                    >`
                  : nothing
              }
            </div>
            <div class="ticks">
              ${TICKS.filter((t) => tickOffered(row, t)).map(
                (tick) =>
                  html`<label class="option tick"
                    ><input
                      type="checkbox"
                      data-tick=${tick}
                      .checked=${row[tick]}
                      @change=${(e: Event) => view.change(row.id, { [tick]: (e.target as HTMLInputElement).checked })}
                    /><span>${tickLabel(tick)}</span></label
                  >`,
              )}
            </div>
            ${error ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
            ${
              i > 0
                ? html`<button type="button" class="secondary small" data-action="remove-member" @click=${() => view.remove(row.id)}>
                    ${msg(str`刪除第 ${i + 1} 位`, { desc: 'Eligibility quiz: roster, remove this member' })}
                  </button>`
                : nothing
            }
          </fieldset>
        </li>`;
      })}
    </ol>
    ${
      rows.length < MAX_MEMBERS
        ? html`<button type="button" class="secondary" data-action="add-member" @click=${view.add}>
            + ${msg('再加一位家人', { desc: 'Eligibility quiz: roster, add a member' })}
          </button>`
        : html`<p class="note">${msg(str`最多 ${MAX_MEMBERS} 位。`, { desc: 'Eligibility quiz: roster, the most members' })}</p>`
    }
    <div class="actions">
      <button type="submit" class="primary" data-action="roster-next">
        ${msg('下一步', { id: 'quiz-submit', desc: 'Eligibility quiz: submit an answer and go on' })}
      </button>
    </div>
    <div class="actions actions--nav">
      <button type="button" class="link" data-action="back" @click=${view.back}>
        ← ${msg('上一步', { desc: 'Eligibility quiz: back one step' })}
      </button>
    </div>
  </form>`;
}
