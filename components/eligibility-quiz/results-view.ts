/**
 * The results: for each benefit, whom in the household it is for, the
 * verdict, what the office still decides and why, the amount for that
 * member, and the next step. Rendering only; the verdicts come from
 * src/eligibility/verdicts.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Amount, BenefitSummary } from '../../src/data/benefit-types.js';
import { formatAmount } from '../../src/format/amount.js';
import { contextFor, holds, type Context, type LeafStatus } from '../../src/eligibility/evaluate.js';
import { describeExplainedLeaf, explainRule, type Explained } from '../../src/eligibility/describe.js';
import type { Household } from '../../src/eligibility/household.js';
import type { Rule } from '../../src/eligibility/rules.js';
import type { Verdict } from '../../src/eligibility/verdicts.js';
import { contentLang, pick } from '../base/labels.js';
import type { Locale } from '../base/locale.js';
import { memberLabel } from './members.js';

export interface ResultsContext {
  locale: Locale;
  household: Household;
  titleOf: (id: string) => string;
  ruleOf: (id: string) => { rule: Rule; amounts: readonly Amount[] };
  renderNextStep: (id: string) => TemplateResult;
}

/** The context of a verdict's best evaluation: the member it is for, or the household. */
export function bestContext(verdict: Verdict, household: Household): Context {
  const memberId = verdict.evaluations[0]?.member;
  return contextFor(household, memberId ? household.members.find((m) => m.id === memberId) : undefined);
}

function colon(): string {
  return msg('：', { desc: 'Eligibility quiz: the colon after a label, full-width in Chinese' });
}

function statusText(status: LeafStatus): string {
  switch (status) {
    case 'met':
      return msg('符合', { desc: 'Eligibility quiz: condition status, met' });
    case 'failed':
      return msg('不符合', { desc: 'Eligibility quiz: condition status, not met' });
    case 'unknown':
      return msg('不確定', { desc: 'Eligibility quiz: condition status, unknown' });
    case 'office':
      return msg('備齊文件', { desc: 'Eligibility quiz: condition status, routine paperwork for the office' });
    case 'pending':
      return msg('由受理單位審核', { desc: 'Eligibility quiz: condition status, decided by the office' });
  }
}

const ICON: Record<LeafStatus, string> = { met: '✓', failed: '✗', unknown: '?', office: '•', pending: '…' };

export function renderConditions(items: Explained[], ctx: ResultsContext): TemplateResult {
  return html`<ul class="conditions">
    ${items.map((item) => {
      const head = html`<span class="mark" aria-hidden="true">${ICON[item.status]}</span>`;
      if (item.kind === 'leaf') {
        return html`<li class="condition condition--${item.status}">
          ${head}<span><strong>${statusText(item.status)}${colon()}</strong>${describeExplainedLeaf(item, ctx.locale, ctx.titleOf)}</span>
        </li>`;
      }
      const who = item.kind === 'some' && item.member ? ctx.household.members.find((m) => m.id === item.member) : undefined;
      const title =
        item.kind === 'any'
          ? msg('符合下列其中一項', { desc: 'Eligibility quiz: a group of conditions of which one is enough' })
          : item.kind === 'some'
            ? who
              ? msg(str`家裡有人符合下列條件（${memberLabel(who, ctx.household)}）`, {
                  desc: 'Eligibility quiz: a group of conditions that one member meets, naming the member',
                })
              : msg('家裡有人符合下列條件', { desc: 'Eligibility quiz: a group of conditions that one member of the household must meet' })
            : msg('下列條件都要符合', { desc: 'Eligibility quiz: a group of conditions that must all hold' });
      return html`<li class="condition condition--${item.status}">
        ${head}<span><strong>${statusText(item.status)}${colon()}</strong>${title} ${renderConditions(item.items, ctx)}</span>
      </li>`;
    })}
  </ul>`;
}

function forMembers(verdict: Verdict, ctx: ResultsContext): TemplateResult | typeof nothing {
  if (!verdict.for.length) return nothing;
  const names = verdict.for.map((id) => ctx.household.members.find((m) => m.id === id)).filter((m) => m !== undefined);
  return html`<p class="for-members">
    <strong>${msg('適用：', { desc: 'Eligibility quiz: the household members a benefit is for' })}</strong>
    ${names.map((m) => html`<span class="member-chip">${memberLabel(m, ctx.household)}</span>`)}
  </p>`;
}

function renderAmounts(amounts: readonly Amount[], context: Context, locale: Locale): TemplateResult | typeof nothing {
  if (!amounts.length) return nothing;
  return html`<h5>${msg('金額', { id: 'quiz-amount-heading', desc: 'Eligibility quiz: how much heading' })}</h5>
    <ul class="amounts">
      ${amounts.map((a) => {
        const base = formatAmount(a, locale);
        const tiers = (a.tiers ?? []).map((t) => ({ tier: t, status: holds(t.when, context) }));
        const mine = tiers.filter((t) => t.status === 'met');
        const shown = mine.length ? mine : tiers.filter((t) => t.status !== 'failed');
        const tierText = (t: (typeof tiers)[number]) =>
          formatAmount({ ...t.tier, unit: a.unit, per: a.per, cap: a.cap, actualCost: a.actualCost }, locale);
        const line = (t: (typeof tiers)[number]) =>
          html`${pick(t.tier.label, locale)}${tierText(t) ? html` — <strong>${tierText(t)}</strong>` : nothing}`;
        return html`<li>
          <span>${pick(a.label, locale)}</span>${base ? html`${colon()}<strong>${base}</strong>` : nothing}
          ${
            shown.length
              ? html`<ul>
                  ${
                    mine.length
                      ? html`<li class="tier--mine">
                          ${msg('依您的回答：', { desc: 'Eligibility quiz: the amount tier for this household' })}
                          ${mine.map((t) => html`<span>${line(t)}</span>`)}
                        </li>`
                      : shown.map((t) => html`<li>${line(t)}</li>`)
                  }
                </ul>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
}

/** A likely or check-with-the-office benefit. */
export function renderBenefit(benefit: BenefitSummary, verdict: Verdict, ctx: ResultsContext): TemplateResult {
  const outcome = verdict.outcome as 'likely' | 'more-info';
  const { rule, amounts } = ctx.ruleOf(benefit.id);
  const context = bestContext(verdict, ctx.household);
  const conditions = explainRule(rule, context);
  const best = verdict.evaluations[0]!;
  const unknownLeaves = (items: Explained[]): Extract<Explained, { kind: 'leaf' }>[] =>
    items.flatMap((i) => (i.kind === 'leaf' ? (i.status === 'unknown' ? [i] : []) : i.status === 'unknown' ? unknownLeaves(i.items) : []));
  const unknown = unknownLeaves(conditions);
  const headingId = `b-${benefit.id}`;
  return html`<li class="benefit benefit--${outcome}" part="result" data-benefit=${benefit.id}>
    <article aria-labelledby=${headingId}>
      <h4 id=${headingId} lang=${contentLang(ctx.locale)}>${pick(benefit.title, ctx.locale)}</h4>
      ${forMembers(verdict, ctx)}
      ${
        outcome === 'more-info'
          ? html`<div class="to-check">
              ${
                best.pending.length
                  ? html`<p>
                        <strong
                          >${msg('受理單位還要審核：', { desc: 'Eligibility quiz: what the office still decides for a benefit' })}</strong
                        >
                      </p>
                      <ul class="pending">
                        ${best.pending.map((p) => html`<li>${pick(p.label, ctx.locale)}</li>`)}
                      </ul>`
                  : nothing
              }
              ${
                unknown.length
                  ? html`<p>
                        <strong
                          >${msg('還不確定的條件：', { desc: 'Eligibility quiz: the conditions not yet known for a benefit' })}</strong
                        >
                      </p>
                      ${renderConditions(unknown, ctx)}`
                  : nothing
              }
            </div>`
          : nothing
      }
      <details class="why-details">
        <summary>
          ${
            outcome === 'likely'
              ? msg('為什麼很可能符合', { desc: 'Eligibility quiz: disclosure of the conditions of a likely benefit' })
              : msg('所有條件', { desc: 'Eligibility quiz: disclosure of all the conditions of a benefit to check' })
          }
        </summary>
        ${renderConditions(conditions, ctx)}
      </details>
      ${renderAmounts(amounts, context, ctx.locale)} ${ctx.renderNextStep(benefit.id)}
    </article>
  </li>`;
}

export function renderUnlikely(benefit: BenefitSummary, verdict: Verdict, ctx: ResultsContext): TemplateResult {
  const failed = explainRule(ctx.ruleOf(benefit.id).rule, bestContext(verdict, ctx.household)).filter((i) => i.status === 'failed');
  return html`<li class="benefit benefit--unlikely" data-benefit=${benefit.id}>
    <strong>${pick(benefit.title, ctx.locale)}</strong>
    ${renderConditions(failed, ctx)}
  </li>`;
}

/** Each member with the benefits likely for them: what a family wants to know first. */
export function renderByMember(likely: readonly Verdict[], ctx: ResultsContext): TemplateResult | typeof nothing {
  const { household } = ctx;
  if (household.members.length < 2) return nothing;
  const rows = household.members.map((m) => ({ m, ids: likely.filter((v) => v.for.includes(m.id)).map((v) => v.id) }));
  const shared = likely.filter((v) => !v.for.length).map((v) => v.id);
  return html`<section class="by-member" aria-labelledby="by-member-heading" data-section="by-member">
    <h3 id="by-member-heading">
      ${msg('每個人很可能可以申請的', { desc: 'Eligibility quiz: heading, likely benefits by household member' })}
    </h3>
    <dl>
      ${rows.map(
        ({ m, ids }) =>
          html`<div class="member-row" data-member=${m.id}>
            <dt>${memberLabel(m, household)}</dt>
            <dd>
              ${ids.length ? ids.map(ctx.titleOf).join(msg('、', { desc: 'Eligibility quiz: list separator' })) : msg('依目前的回答，沒有很可能符合的項目。', { desc: 'Eligibility quiz: no likely benefits' })}
            </dd>
          </div>`,
      )}
      ${
        shared.length
          ? html`<div class="member-row" data-member="household">
              <dt>${msg('全家', { desc: 'Eligibility quiz: benefits for the household as a whole' })}</dt>
              <dd>${shared.map(ctx.titleOf).join(msg('、', { desc: 'Eligibility quiz: list separator' }))}</dd>
            </div>`
          : nothing
      }
    </dl>
  </section>`;
}
