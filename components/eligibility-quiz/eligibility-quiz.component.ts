import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from '../base/welfare-element.js';
import { renderStatus } from '../base/status.js';
import { renderSafetyLine } from '../base/crisis-lines.js';
import '../base/qr-code.js';
import { AUDIENCES, contentLang, parseAudiences, pick } from '../base/labels.js';
import { resolveDistrict } from '../../src/geo/districts.js';
import { renderContactPhones } from '../base/phone-link.js';
import { loadBenefitDetail, loadBenefitIndex, loadBenefitRules } from '../../src/data/benefits.js';
import type { Amount, Audience, BenefitDetail, BenefitRules, BenefitSummary } from '../../src/data/benefit-types.js';
import { formatAmount } from '../../src/format/amount.js';
import { fragmentWith, readFragment, writeFragment } from '../../src/url-state.js';
import { evaluate, holds, type Outcome } from '../../src/eligibility/evaluate.js';
import type { Answers } from '../../src/eligibility/facts.js';
import { isOpen, type Rule } from '../../src/eligibility/rules.js';
import { describeExplainedLeaf, explainRule, type Explained } from '../../src/eligibility/describe.js';
import {
  LIFE_EVENTS,
  QUESTIONS,
  lifeEventById,
  questionById,
  type LifeEventId,
  type Question,
  type Subject,
} from '../../src/eligibility/questions.js';
import {
  AnswersFormatError,
  EMPTY_STATE,
  answer,
  answerOf,
  decodeState,
  effectiveFacts,
  encodeState,
  remainingQuestions,
  matchStrength,
  parsePrefill,
  startWithLifeEvent,
  type QuestionAnswer,
  type QuizState,
} from '../../src/eligibility/next-question.js';
import { quizStyles } from './eligibility-quiz.styles.js';

const URL_PREFIX = 'wq';

type Screen = 'intro' | 'question' | 'summary' | 'results';

/** One benefit's result, as the `results` property and the results screen give it. */
export interface QuizBenefitResult {
  id: string;
  outcome: Exclude<Outcome, 'open'>;
}

/** The quiz's results: benefit ids by group, and the facts they were computed from. */
export interface QuizResults {
  answers: Answers;
  likely: string[];
  moreInfo: string[];
  unlikely: string[];
}

/** Documents are printed in several ways; these are the same paper. */
const DOCUMENT_SYNONYMS: Readonly<Record<string, string>> = {
  國民身分證: '身分證',
};

function normalizeDocument(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/[。.]$/, '')
    .trim();
  return DOCUMENT_SYNONYMS[folded] ?? folded;
}

/**
 * A few plain questions, then the benefits this household is likely to get,
 * might get, or not — each with the reasons, the amount for this household
 * and the next step. Answers stay in the browser: they go into a link only
 * when the person asks for one.
 *
 * @fires welfare-quiz-change - An answer was recorded; `detail` has the question, the answer and all facts so far.
 * @fires welfare-quiz-complete - The results were shown; `detail` has the benefit ids by group.
 * @fires welfare-error - The benefit data could not be loaded.
 *
 * @csspart base - The element's wrapper.
 * @csspart step - The current screen.
 * @csspart progress - The progress line of a question.
 * @csspart result - One benefit in the results.
 * @csspart documents - The combined documents checklist.
 * @csspart share-code - In kiosk mode, the QR code of the share link.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --welfare-kiosk-target-size - Touch target size in kiosk mode (default 60px).
 */
export class WelfareEligibilityQuiz extends WelfareElement {
  static override styles = [...WelfareElement.styles, quizStyles];

  /** Audience tags that limit the benefits considered, comma-separated (e.g. `older-people`). */
  @property() audience = '';
  /** The resident's district (e.g. 豐原區): "where to apply" names its office. */
  @property() district = '';
  /**
   * Kiosk mode: bigger touch targets (≥ 60 px), and the results offer a QR
   * code of the share link, to continue on a phone, instead of copying it to
   * a clipboard the next visitor could paste.
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /**
   * The page a share link opens: where this quiz is on the public site (a
   * kiosk's own address may be one a phone cannot reach). Default: this page.
   */
  @property({ attribute: 'share-base' }) shareBase = '';
  /**
   * Answers to start from: a JSON object of facts (`{"age":68,"householdStatus":"middle-low-income"}`)
   * or the share link's encoding (`wq-a=ag.68~hs.m`). A malformed value shows a message, never throws.
   */
  @property() answers = '';
  /** Keep the answers in the URL fragment as they change (off by default: answers stay on screen only). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private rules: Readonly<Record<string, BenefitRules>> = {};
  @state() private benefits: readonly BenefitSummary[] = [];
  @state() private details: Readonly<Record<string, BenefitDetail>> = {};
  @state() private loading = true;
  @state() private loadError = false;
  @state() private prefillError = false;

  @state() private quiz: QuizState = EMPTY_STATE;
  @state() private screen: Screen = 'intro';
  @state() private currentId = '';
  @state() private history: string[] = [];
  /** Editing one answer from the summary: back returns there. */
  @state() private editing = false;

  // The answer being given on the current screen.
  @state() private draftChoice = '';
  @state() private draftNumber = '';
  @state() private draftHasChildren = '';
  @state() private draftAges: string[] = [''];
  @state() private inputError = '';

  @state() private announcement = '';
  @state() private shareUrl = '';
  @state() private shareMessage = '';

  private readonly onPopState = () => this.readUrl();
  private loaded?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
    this.loaded ??= this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Newer data (or the bundled data again): the answers given so far stay. */
  protected override reloadData(): void {
    this.details = {};
    this.loaded = this.load({ keepAnswers: true });
  }

  private async load({ keepAnswers = false } = {}): Promise<void> {
    this.loading = true;
    this.loadError = false;
    try {
      // Titles, tags and rules: the quiz shows no summaries, so it fetches none.
      const [{ benefits }, rules] = await Promise.all([
        this.withDataSource((source) => loadBenefitIndex(source, { languages: [] })),
        this.withDataSource(loadBenefitRules),
      ]);
      this.benefits = benefits;
      this.rules = rules;
      if (!keepAnswers) this.applyPrefill();
      if (this.screen === 'results') await this.loadDetails();
    } catch (error) {
      console.warn('welfare-eligibility-quiz: the benefit data could not be loaded', error);
      this.loadError = true;
      this.emit('welfare-error', {
        message: this.inLocale(() => msg('資料無法載入。', { desc: 'Shared status: data failed to load' })),
        cause: error,
      });
    } finally {
      this.loading = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('answers') && changed.get('answers') !== undefined && !this.loading) this.applyPrefill();
    if (changed.has('district') && this.district && !this.ownDistrict) {
      this.warnOnce(`district:${this.district}`, `unknown district "${this.district}" ignored (use an id such as fengyuan, or 豐原區).`);
    }
    if (changed.has('audience')) {
      const { unknown } = parseAudiences(this.audience);
      if (unknown.length)
        this.warnOnce(`audience:${unknown.join()}`, `unknown audience "${unknown.join(', ')}" ignored. Known: ${AUDIENCES.join(', ')}.`);
    }
  }

  /** Starts from the `answers` attribute, else from a shared link in the fragment. */
  private applyPrefill(): void {
    this.prefillError = false;
    try {
      if (this.answers.trim()) {
        const { state, view } = parsePrefill(this.answers);
        this.quiz = state;
        this.screen = view === 'results' ? 'results' : 'intro';
      } else {
        this.readUrl();
      }
    } catch (error) {
      if (!(error instanceof AnswersFormatError)) throw error;
      console.warn('welfare-eligibility-quiz: the answers could not be read', error.message);
      this.prefillError = true;
      this.quiz = EMPTY_STATE;
      this.screen = 'intro';
    }
  }

  private readUrl(): void {
    const fragment = readFragment(URL_PREFIX);
    if (!fragment.size) return;
    try {
      const { state, view } = decodeState(Object.fromEntries(fragment));
      this.quiz = state;
      this.screen = view === 'results' ? 'results' : 'intro';
      if (this.screen === 'results' && this.rules !== undefined && Object.keys(this.rules).length) void this.loadDetails();
    } catch (error) {
      if (!(error instanceof AnswersFormatError)) throw error;
      console.warn('welfare-eligibility-quiz: the link could not be read', error.message);
      this.prefillError = true;
    }
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    writeFragment(URL_PREFIX, encodeState(this.quiz, this.screen === 'results' ? 'results' : undefined), 'replace');
  }

  // ---- The benefits in scope -------------------------------------------------

  private get scopeAudiences(): Audience[] {
    return parseAudiences(this.audience).audiences;
  }

  /** The `district` attribute as one of the 29 districts, else nothing (with a warning). */
  private get ownDistrict(): string | null {
    return resolveDistrict(this.district)?.name['zh-Hant'] ?? null;
  }

  /** Benefits a household can qualify for: no procedures open to all, nothing only for organisations. */
  private get scope(): BenefitSummary[] {
    const audiences = this.scopeAudiences;
    return this.benefits.filter((b) => {
      const rule = this.rules[b.id]?.rule;
      if (!rule || isOpen(rule)) return false;
      if (b.audiences.length && b.audiences.every((a) => a === 'organizations')) return false;
      return audiences.length === 0 || b.audiences.some((a) => audiences.includes(a));
    });
  }

  private get scopeRules(): Rule[] {
    return this.scope.map((b) => this.rules[b.id]!.rule);
  }

  /** The results for the answers so far (null until the data has loaded). */
  get results(): QuizResults | null {
    if (this.loading || this.loadError) return null;
    const facts = effectiveFacts(this.quiz.answers);
    const out: QuizResults = { answers: { ...this.quiz.answers }, likely: [], moreInfo: [], unlikely: [] };
    for (const b of this.scope) {
      const { outcome } = evaluate(this.rules[b.id]!.rule, facts);
      if (outcome === 'likely') out.likely.push(b.id);
      else if (outcome === 'more-info') out.moreInfo.push(b.id);
      else if (outcome === 'unlikely') out.unlikely.push(b.id);
    }
    return out;
  }

  /** Forgets every answer and returns to the first screen. */
  reset(): void {
    this.quiz = EMPTY_STATE;
    this.history = [];
    this.editing = false;
    this.currentId = '';
    this.shareUrl = '';
    this.shareMessage = '';
    this.prefillError = false;
    this.clearDraft();
    this.screen = 'intro';
    if (this.syncUrl) writeFragment(URL_PREFIX, {}, 'replace');
    void this.afterStep(this.inLocale(() => msg('已清除所有回答，重新開始。', { desc: 'Eligibility quiz: announcement after reset' })));
  }

  // ---- Moving through the quiz -----------------------------------------------

  private get current(): Question | undefined {
    return questionById(this.currentId);
  }

  private remaining(): Question[] {
    return remainingQuestions(this.quiz, this.scopeRules);
  }

  private start(lifeEvent?: LifeEventId): void {
    this.prefillError = false;
    this.quiz = startWithLifeEvent(this.quiz, lifeEvent);
    this.history = [];
    this.editing = false;
    this.goNext();
  }

  private goNext(): void {
    const next = this.remaining()[0];
    if (next) this.show(next, true);
    else void this.showSummary();
  }

  private show(question: Question, forward: boolean): void {
    if (forward && this.screen === 'question' && this.currentId) this.history = [...this.history, this.currentId];
    this.currentId = question.id;
    this.screen = 'question';
    this.loadDraft(question);
    const asked = this.history.length + 1;
    const left = this.remaining().filter((q) => q.id !== question.id).length;
    void this.afterStep(
      this.inLocale(() =>
        msg(str`第 ${asked} 題，大約還有 ${left} 題`, {
          desc: 'Eligibility quiz: announcement of a new question: its number and about how many are left',
        }),
      ),
    );
  }

  private back(): void {
    if (this.screen === 'results') {
      void this.showSummary();
      return;
    }
    if (this.screen === 'summary') {
      const last = this.quiz.asked.at(-1);
      const question = last ? questionById(last) : undefined;
      if (question) {
        this.history = this.quiz.asked.slice(0, -1);
        this.show(question, false);
      } else {
        this.goIntro();
      }
      return;
    }
    const previous = this.history.at(-1);
    if (previous) {
      this.history = this.history.slice(0, -1);
      this.show(questionById(previous)!, false);
    } else if (this.editing) {
      void this.showSummary();
    } else {
      this.goIntro();
    }
  }

  private goIntro(): void {
    this.screen = 'intro';
    this.currentId = '';
    void this.afterStep('');
  }

  private edit(id: string): void {
    const question = questionById(id);
    if (!question) return;
    this.history = [];
    this.editing = true;
    this.screen = 'summary';
    this.show(question, false);
  }

  private async showSummary(): Promise<void> {
    this.screen = 'summary';
    this.currentId = '';
    this.history = [];
    this.writeUrl();
    await this.afterStep(this.inLocale(() => msg('請確認您的回答', { desc: 'Eligibility quiz: announcement of the summary screen' })));
  }

  private async showResults(): Promise<void> {
    this.screen = 'results';
    this.editing = false;
    this.writeUrl();
    await this.loadDetails();
    const results = this.results;
    if (results)
      this.emit('welfare-quiz-complete', {
        answers: results.answers,
        likely: results.likely,
        moreInfo: results.moreInfo,
        unlikely: results.unlikely,
      });
    await this.afterStep(
      this.inLocale(() =>
        msg(str`結果：很可能符合 ${results?.likely.length ?? 0} 項，需要確認 ${results?.moreInfo.length ?? 0} 項`, {
          desc: 'Eligibility quiz: announcement of the results screen with the counts',
        }),
      ),
    );
  }

  private async loadDetails(): Promise<void> {
    const wanted = this.scope.map((b) => b.id).filter((id) => !this.details[id]);
    if (!wanted.length) return;
    try {
      const loaded = await Promise.all(wanted.map((id) => this.withDataSource((source) => loadBenefitDetail(id, source))));
      const next = { ...this.details };
      for (const d of loaded) if (d) next[d.id] = d;
      this.details = next;
    } catch (error) {
      // The results still show reasons and amounts; only the documents and contacts are missing.
      console.warn('welfare-eligibility-quiz: the benefit texts could not be loaded', error);
    }
  }

  /** After a step change: announce it and move focus to the step's heading. */
  private async afterStep(announcement: string): Promise<void> {
    this.announcement = '';
    this.inputError = '';
    await this.updateComplete;
    this.announcement = announcement;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // ---- Answering ---------------------------------------------------------------

  private clearDraft(): void {
    this.draftChoice = '';
    this.draftNumber = '';
    this.draftHasChildren = '';
    this.draftAges = [''];
    this.inputError = '';
  }

  private loadDraft(question: Question): void {
    this.clearDraft();
    const given = answerOf(this.quiz, question);
    if (given === undefined || given === null) return;
    switch (question.kind) {
      case 'choice':
        this.draftChoice = String(given);
        break;
      case 'yes-no':
        this.draftChoice = given ? 'yes' : 'no';
        break;
      case 'number':
        this.draftNumber = String(given);
        break;
      case 'child-ages': {
        const ages = given as readonly number[];
        this.draftHasChildren = ages.length ? 'yes' : 'no';
        this.draftAges = ages.length ? ages.map(String) : [''];
        break;
      }
    }
  }

  /** The draft as an answer, or an error message for the person. */
  private readDraft(question: Question): { value: Exclude<QuestionAnswer, null> } | { error: string } {
    const pickOne = msg('請選一個答案，或按「不知道」。', { desc: 'Eligibility quiz: error, nothing chosen' });
    const wholeNumber = (text: string) =>
      /^\d{1,3}$/.test(text.trim()) && Number(text) >= (question.min ?? 0) && Number(text) <= (question.max ?? 150);
    switch (question.kind) {
      case 'choice':
        return this.draftChoice ? { value: this.draftChoice } : { error: pickOne };
      case 'yes-no':
        return this.draftChoice ? { value: this.draftChoice === 'yes' } : { error: pickOne };
      case 'number': {
        const text = this.draftNumber.normalize('NFKC');
        if (!wholeNumber(text)) {
          return {
            error: msg(str`請填 ${question.min ?? 0} 到 ${question.max ?? 150} 之間的整數。`, {
              desc: 'Eligibility quiz: error, a whole number in a range is needed',
            }),
          };
        }
        return { value: Number(text.trim()) };
      }
      case 'child-ages': {
        if (!this.draftHasChildren) return { error: pickOne };
        if (this.draftHasChildren === 'no') return { value: [] };
        const filled = this.draftAges.map((a) => a.normalize('NFKC').trim()).filter(Boolean);
        if (!filled.length || !filled.every(wholeNumber)) {
          return {
            error: msg(str`請填每個孩子的年齡（${question.min ?? 0} 到 ${question.max ?? 25} 歲）。`, {
              desc: 'Eligibility quiz: error, each child’s age is needed in a range',
            }),
          };
        }
        return { value: filled.map(Number) };
      }
    }
  }

  private submit(event: Event): void {
    event.preventDefault();
    const question = this.current;
    if (!question) return;
    const read = this.readDraft(question);
    if ('error' in read) {
      this.inputError = read.error;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-first-input]')?.focus());
      return;
    }
    this.record(question, read.value);
  }

  private record(question: Question, value: QuestionAnswer): void {
    this.quiz = answer(this.quiz, question, value);
    this.writeUrl();
    const remaining = this.remaining();
    this.emit('welfare-quiz-change', {
      question: question.id,
      answer: value,
      answers: { ...this.quiz.answers },
      asked: this.quiz.asked.length,
      remaining: remaining.length,
    });
    // An answer changed from the summary goes back there; the summary offers the questions it opened up.
    if (this.editing) {
      this.editing = false;
      void this.showSummary();
    } else {
      this.goNext();
    }
  }

  // ---- Sharing -------------------------------------------------------------------

  private shareLink(): string {
    const base = new URL(this.shareBase || location.href, document.baseURI);
    base.hash = fragmentWith(URL_PREFIX, encodeState(this.quiz, 'results'), base.hash);
    return base.href;
  }

  private async copyLink(): Promise<void> {
    this.shareUrl = this.shareLink();
    let copied = false;
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      copied = true;
    } catch {
      // No clipboard (an insecure page, a kiosk browser): the link is shown to copy by hand.
    }
    this.shareMessage = this.inLocale(() =>
      copied
        ? msg('已複製連結。用這個連結可以再打開同樣的結果；答案就在連結裡，請只分享給信任的人。', {
            desc: 'Eligibility quiz: the share link was copied; the answers are in the link',
          })
        : msg('請複製下面的連結。答案就在連結裡，請只分享給信任的人。', {
            desc: 'Eligibility quiz: copy the link shown by hand; the answers are in the link',
          }),
    );
  }

  /** In kiosk mode: a QR code of the share link `url`, so the visitor continues on a phone. */
  protected renderShareCode(url: string): TemplateResult {
    return html`<p>
        ${msg('用手機相機掃描這個 QR 碼，就能在手機上繼續看這些結果。答案就在連結裡，掃描後請只分享給信任的人。', {
          desc: 'Eligibility quiz (kiosk): scan the QR code to continue on a phone; the answers are in the link',
        })}
      </p>
      <welfare-qr-code .value=${url}></welfare-qr-code>`;
  }

  // ---- Rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    return html`<div part="base" class="quiz" lang=${this.locale}>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.renderContentLanguageNote()} ${this.renderDataSourceNotice()}
      ${
        this.loading
          ? renderStatus({ kind: 'loading' })
          : this.loadError
            ? renderStatus({ kind: 'error', retry: () => void (this.loaded = this.load()) })
            : this.renderScreen()
      }
    </div>`;
  }

  private renderScreen(): TemplateResult {
    switch (this.screen) {
      case 'intro':
        return this.renderIntro();
      case 'question':
        return this.current ? this.renderQuestion(this.current) : this.renderIntro();
      case 'summary':
        return this.renderSummary();
      case 'results':
        return this.renderResults();
    }
  }

  private renderIntro(): TemplateResult {
    const started = this.quiz.asked.length > 0;
    return html`<section class="step intro" part="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('看看可以申請哪些福利', { desc: 'Eligibility quiz: first screen heading' })}</h2>
      ${
        this.prefillError
          ? html`<div class="status status--error" role="alert" part="status">
              ${msg('帶進來的答案格式不正確，無法使用。請從頭回答。', { desc: 'Eligibility quiz: the prefilled answers or link could not be read' })}
            </div>`
          : nothing
      }
      <p class="lead">
        ${msg('回答幾個簡單的問題，就能看到這個家可能符合的福利、原因、金額和去哪裡申請。', {
          desc: 'Eligibility quiz: what the quiz does',
        })}
      </p>
      <ul class="promises">
        <li>${msg('答案只留在這個畫面，不會傳送到任何地方，也不會被儲存。', { desc: 'Eligibility quiz: privacy promise' })}</li>
        <li>
          ${msg('這不是申請。結果只是「可能符合」，實際資格和金額以受理單位審核為準。', {
            desc: 'Eligibility quiz: this is not an application',
          })}
        </li>
        <li>${msg('每一題都可以選「不知道」或「不想回答」。', { desc: 'Eligibility quiz: every question can be skipped' })}</li>
      </ul>
      <fieldset class="events">
        <legend>
          ${msg('最近發生了什麼事嗎？選一項，會先問相關的問題（可以不選）。', { desc: 'Eligibility quiz: life events legend' })}
        </legend>
        <div class="event-grid">
          ${LIFE_EVENTS.map(
            (e) => html`<button type="button" class="event" data-event=${e.id} @click=${() => this.start(e.id)}>${e.label()}</button>`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" data-action="start" @click=${() => this.start()}>
          ${
            started
              ? msg('繼續回答', { desc: 'Eligibility quiz: continue with prefilled answers' })
              : msg('不選，直接開始', { desc: 'Eligibility quiz: start without a life event' })
          }
        </button>
        ${
          started
            ? html`<button type="button" class="secondary" @click=${() => this.reset()}>
                ${msg('清除答案重新開始', { desc: 'Eligibility quiz: clear the answers and start over' })}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  private skipLabel(question: Question): string {
    return question.sensitive
      ? msg('不想回答', { desc: 'Eligibility quiz: skip button for a sensitive question' })
      : msg('不知道', { desc: 'Eligibility quiz: skip button, I don’t know' });
  }

  private renderQuestion(question: Question): TemplateResult {
    const subject: Subject = this.quiz.subject ?? 'self';
    const asked = this.history.length + 1;
    const left = this.remaining().filter((q) => q.id !== question.id).length;
    const event = this.quiz.lifeEvent ? lifeEventById(this.quiz.lifeEvent) : undefined;
    const showScene = event && this.history.length <= 1 && !this.editing && event.first.includes(question.id);
    const hint = question.hint?.();
    const why = question.why?.();
    const describedBy = [hint ? 'q-hint' : '', why ? 'q-why' : '', this.inputError ? 'q-error' : ''].filter(Boolean).join(' ') || undefined;
    return html`<form class="step question" part="step" data-question=${question.id} novalidate @submit=${this.submit}>
      <div class="progress" part="progress">
        <span>${msg(str`第 ${asked} 題`, { desc: 'Eligibility quiz: question number' })}</span>
        <span
          >${left ? msg(str`大約還有 ${left} 題`, { desc: 'Eligibility quiz: about how many questions are left' }) : msg('最後一題', { desc: 'Eligibility quiz: this is the last question' })}</span
        >
        <progress max=${asked + left} value=${asked} aria-hidden="true"></progress>
      </div>
      ${showScene ? html`<p class="scene">${event.scene()}</p>` : nothing} ${question.id === 'violence' ? renderSafetyLine() : nothing}
      ${question.kind === 'number' ? this.renderNumber(question, subject, hint, why, describedBy) : this.renderChoices(question, subject, hint, why, describedBy)}
      ${this.inputError ? html`<p id="q-error" class="error">${this.inputError}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary">
          ${msg('下一步', { id: 'quiz-submit', desc: 'Eligibility quiz: submit an answer and go on' })}
        </button>
        <button type="button" class="secondary" data-action="skip" @click=${() => this.record(question, null)}>
          ${this.skipLabel(question)}
        </button>
      </div>
      <div class="actions actions--nav">
        <button type="button" class="link" data-action="back" @click=${() => this.back()}>
          ←
          ${this.editing && !this.history.length ? msg('回到確認頁', { desc: 'Eligibility quiz: back to the summary' }) : msg('上一步', { desc: 'Eligibility quiz: back one step' })}
        </button>
        ${
          this.quiz.asked.length
            ? html`<button type="button" class="link" data-action="finish" @click=${() => void this.showSummary()}>
                ${msg('先看結果', { desc: 'Eligibility quiz: stop answering and see the summary and results now' })}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderHelp(hint: string | undefined, why: string | undefined): TemplateResult {
    return html`${hint ? html`<p id="q-hint" class="hint">${hint}</p>` : nothing}
    ${
      why
        ? html`<p id="q-why" class="why">
            <strong>${msg('為什麼問這題：', { desc: 'Eligibility quiz: label before why a sensitive question is asked' })}</strong> ${why}
          </p>`
        : nothing
    }`;
  }

  private renderNumber(question: Question, subject: Subject, hint?: string, why?: string, describedBy?: string): TemplateResult {
    return html`<h2 id="step-heading" tabindex="-1"><label for="q-input">${question.prompt(subject)}</label></h2>
      ${this.renderHelp(hint, why)}
      <input
        id="q-input"
        data-first-input
        type="text"
        inputmode="numeric"
        autocomplete="off"
        pattern="[0-9]*"
        maxlength="3"
        class="number"
        .value=${this.draftNumber}
        aria-describedby=${describedBy ?? nothing}
        aria-invalid=${this.inputError ? 'true' : 'false'}
        @input=${(e: Event) => (this.draftNumber = (e.target as HTMLInputElement).value)}
      />`;
  }

  private renderChoices(question: Question, subject: Subject, hint?: string, why?: string, describedBy?: string): TemplateResult {
    const options: { id: string; label: string }[] =
      question.kind === 'yes-no' || question.kind === 'child-ages'
        ? [
            { id: 'yes', label: msg('是', { desc: 'Eligibility quiz: yes' }) },
            { id: 'no', label: msg('否', { desc: 'Eligibility quiz: no' }) },
          ]
        : (question.choices ?? []).map((c) => ({ id: c.id, label: c.label() }));
    const selected = question.kind === 'child-ages' ? this.draftHasChildren : this.draftChoice;
    const choose = (id: string) => {
      if (question.kind === 'child-ages') this.draftHasChildren = id;
      else this.draftChoice = id;
      this.inputError = '';
    };
    return html`<fieldset class="choices" aria-describedby=${describedBy ?? nothing}>
        <legend><h2 id="step-heading" tabindex="-1">${question.prompt(subject)}</h2></legend>
        ${this.renderHelp(hint, why)}
        <div class="options">
          ${options.map(
            (o, i) =>
              html`<label class="option">
                <input
                  type="radio"
                  name="q-${question.id}"
                  value=${o.id}
                  ?data-first-input=${i === 0}
                  .checked=${selected === o.id}
                  @change=${() => choose(o.id)}
                />
                <span>${o.label}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      ${question.kind === 'child-ages' && this.draftHasChildren === 'yes' ? this.renderAges() : nothing}`;
  }

  private renderAges(): TemplateResult {
    const setAge = (i: number, value: string) => {
      const next = [...this.draftAges];
      next[i] = value;
      this.draftAges = next;
    };
    const remove = async (i: number) => {
      this.draftAges = this.draftAges.filter((_, j) => j !== i);
      if (!this.draftAges.length) this.draftAges = [''];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#age-${Math.min(i, this.draftAges.length - 1)}`)?.focus();
    };
    const add = async () => {
      this.draftAges = [...this.draftAges, ''];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#age-${this.draftAges.length - 1}`)?.focus();
    };
    return html`<fieldset class="ages">
      <legend>${msg('孩子的年齡（足歲，未滿 1 歲填 0）', { desc: 'Eligibility quiz: legend of the children’s ages' })}</legend>
      <ul>
        ${this.draftAges.map(
          (age, i) =>
            html`<li>
              <label for="age-${i}">${msg(str`第 ${i + 1} 個孩子`, { desc: 'Eligibility quiz: label of one child’s age' })}</label>
              <input
                id="age-${i}"
                type="text"
                inputmode="numeric"
                pattern="[0-9]*"
                maxlength="2"
                autocomplete="off"
                class="number"
                .value=${age}
                aria-invalid=${this.inputError ? 'true' : 'false'}
                @input=${(e: Event) => setAge(i, (e.target as HTMLInputElement).value)}
              />
              <span aria-hidden="true">${msg('歲', { desc: 'Eligibility quiz: years (after an age field)' })}</span>
              ${
                this.draftAges.length > 1
                  ? html`<button type="button" class="secondary small" @click=${() => void remove(i)}>
                      ${msg(str`刪除第 ${i + 1} 個孩子`, { desc: 'Eligibility quiz: remove one child’s age' })}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      <button type="button" class="secondary" data-action="add-child" @click=${() => void add()}>
        + ${msg('再加一個孩子', { desc: 'Eligibility quiz: add another child’s age' })}
      </button>
    </fieldset>`;
  }

  private answerText(question: Question): string {
    const given = answerOf(this.quiz, question);
    if (given === undefined) return '';
    if (given === null)
      return question.sensitive ? this.skipLabel(question) : msg('不知道', { desc: 'Eligibility quiz: skip button, I don’t know' });
    switch (question.kind) {
      case 'choice':
        return question.choices?.find((c) => c.id === given)?.label() ?? '';
      case 'yes-no':
        return given ? msg('是', { desc: 'Eligibility quiz: yes' }) : msg('否', { desc: 'Eligibility quiz: no' });
      case 'number':
        return question.id === 'age'
          ? msg(str`${String(given)} 歲`, { id: 'quiz-summary-age', desc: 'Eligibility quiz: summary, an age in years' })
          : msg(str`${String(given)} 年`, { desc: 'Eligibility quiz: summary, a number of years' });
      case 'child-ages': {
        const ages = given as readonly number[];
        return ages.length
          ? ages
              .map((a) => msg(str`${a} 歲`, { id: 'quiz-summary-child-age', desc: 'Eligibility quiz: summary, an age in years' }))
              .join(msg('、', { desc: 'Eligibility quiz: list separator' }))
          : msg('沒有', { desc: 'Eligibility quiz: summary, no children' });
      }
    }
  }

  private renderSummary(): TemplateResult {
    const subject: Subject = this.quiz.subject ?? 'self';
    const asked = QUESTIONS.filter((q) => this.quiz.asked.includes(q.id));
    const left = this.remaining().length;
    const event = this.quiz.lifeEvent ? lifeEventById(this.quiz.lifeEvent) : undefined;
    return html`<section class="step summary" part="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('確認您的回答', { desc: 'Eligibility quiz: summary heading' })}</h2>
      ${event ? html`<p>${msg(str`從「${event.label()}」開始`, { desc: 'Eligibility quiz: summary, the life event chosen' })}</p>` : nothing}
      ${
        asked.length
          ? html`<dl class="answers">
              ${asked.map(
                (q) =>
                  html`<div class="answer-row">
                    <dt>${q.prompt(subject)}</dt>
                    <dd>
                      <span>${this.answerText(q)}</span>
                      <button type="button" class="secondary small" data-edit=${q.id} @click=${() => this.edit(q.id)}>
                        ${msg('修改', { desc: 'Eligibility quiz: edit an answer' })}<span class="visually-hidden"
                          >${this.colon()}${q.prompt(subject)}</span
                        >
                      </button>
                    </dd>
                  </div>`,
              )}
            </dl>`
          : html`<p>${msg('還沒有回答任何問題。', { desc: 'Eligibility quiz: summary with no answers' })}</p>`
      }
      ${
        left
          ? html`<p class="note">
              ${msg(str`還有 ${left} 題可以讓結果更準確。`, { desc: 'Eligibility quiz: summary, more questions could make the results more precise' })}
              <button type="button" class="secondary" data-action="continue" @click=${() => this.goNext()}>
                ${msg('繼續回答', { desc: 'Eligibility quiz: continue with prefilled answers' })}
              </button>
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="primary" data-action="results" @click=${() => void this.showResults()}>
          ${msg('看結果', { desc: 'Eligibility quiz: show the results' })}
        </button>
        <button type="button" class="link" data-action="back" @click=${() => this.back()}>
          ← ${msg('上一步', { desc: 'Eligibility quiz: back one step' })}
        </button>
      </div>
    </section>`;
  }

  // ---- Results -------------------------------------------------------------------------

  private titleOf = (id: string): string => {
    const b = this.benefits.find((x) => x.id === id);
    return b ? pick(b.title, this.locale) : id;
  };

  private renderResults(): TemplateResult {
    const results = this.results;
    if (!results) return renderStatus({ kind: 'loading' });
    const byId = new Map(this.benefits.map((b) => [b.id, b]));
    const list = (ids: string[]) => ids.map((id) => byId.get(id)!).filter(Boolean);
    const facts = effectiveFacts(this.quiz.answers);
    const left = this.remaining().length;
    return html`<section class="step results" part="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('可能適合這個家的福利', { desc: 'Eligibility quiz: results heading' })}</h2>
      <p class="disclaimer">
        ${msg('這不是申請，也不是核定。「很可能符合」是依您的回答推估，實際資格與金額以受理單位審核為準。', {
          desc: 'Eligibility quiz: results disclaimer',
        })}
      </p>
      ${
        this.locale !== 'zh-Hant'
          ? html`<p class="note-language">
              ${msg('申請地點與文件名稱只有中文版。', { desc: 'Eligibility quiz: where to apply and documents are only in Chinese' })}
            </p>`
          : nothing
      }
      ${
        left
          ? html`<p class="note">
              ${msg(str`還有 ${left} 題沒有回答；回答後結果會更準確。`, { desc: 'Eligibility quiz: results, unanswered questions could sharpen the results' })}
              <button type="button" class="secondary" data-action="continue" @click=${() => this.goNext()}>
                ${msg('繼續回答', { desc: 'Eligibility quiz: continue with prefilled answers' })}
              </button>
            </p>`
          : nothing
      }
      ${renderSafetyLine()}
      <section class="group group--likely" aria-labelledby="group-likely" data-group="likely">
        <h3 id="group-likely">
          ${msg(str`很可能符合（${results.likely.length} 項）`, { desc: 'Eligibility quiz: group heading, likely eligible, with count' })}
        </h3>
        ${
          results.likely.length
            ? html`<ul class="benefits">
                ${list(results.likely)
                  .map((b, i) => ({ b, i, strength: matchStrength(this.rules[b.id]!.rule, facts) }))
                  .sort((x, y) => y.strength - x.strength || x.i - y.i)
                  .map(({ b }) => this.renderBenefit(b, 'likely', facts))}
              </ul>`
            : html`<p>${msg('依目前的回答，沒有很可能符合的項目。', { desc: 'Eligibility quiz: no likely benefits' })}</p>`
        }
      </section>
      <section class="group group--more-info" aria-labelledby="group-more-info" data-group="more-info">
        <h3 id="group-more-info">
          ${msg(str`可能符合——請向受理單位確認（${results.moreInfo.length} 項）`, {
            desc: 'Eligibility quiz: group heading, might be eligible, check with the office, with count',
          })}
        </h3>
        ${
          results.moreInfo.length
            ? html`<p class="group-note">
                  ${msg('標示「不確定」的條件，請向受理單位確認。', { desc: 'Eligibility quiz: the unknown conditions are to be checked with the office' })}
                </p>
                <ul class="benefits">
                  ${list(results.moreInfo).map((b) => this.renderBenefit(b, 'more-info', facts))}
                </ul>`
            : html`<p>${msg('沒有需要再確認的項目。', { desc: 'Eligibility quiz: no benefits to check' })}</p>`
        }
      </section>
      <details class="group group--unlikely" data-group="unlikely">
        <summary>
          <h3>
            ${msg(str`依回答不符合（${results.unlikely.length} 項）`, { desc: 'Eligibility quiz: group heading, not eligible, with count' })}
          </h3>
        </summary>
        <ul class="benefits benefits--unlikely">
          ${list(results.unlikely).map((b) => this.renderUnlikely(b, facts))}
        </ul>
      </details>
      ${this.renderDocuments(results.likely)} ${this.renderShare()}
      <div class="actions actions--nav">
        <button type="button" class="secondary" data-action="edit-answers" @click=${() => void this.showSummary()}>
          ${msg('修改回答', { desc: 'Eligibility quiz: go back to the answers' })}
        </button>
        <button type="button" class="secondary" data-action="reset" @click=${() => this.reset()}>
          ${msg('清除答案重新開始', { desc: 'Eligibility quiz: clear the answers and start over' })}
        </button>
      </div>
    </section>`;
  }

  /** A label's colon: full-width in Chinese. */
  private colon(): string {
    return msg('：', { desc: 'Eligibility quiz: the colon after a label, full-width in Chinese' });
  }

  private statusText(status: Explained['status']): string {
    switch (status) {
      case 'met':
        return msg('符合', { desc: 'Eligibility quiz: condition status, met' });
      case 'failed':
        return msg('不符合', { desc: 'Eligibility quiz: condition status, not met' });
      case 'unknown':
        return msg('不確定', { desc: 'Eligibility quiz: condition status, unknown' });
      case 'office':
        return msg('由受理單位審核', { desc: 'Eligibility quiz: condition status, decided by the office' });
    }
  }

  private renderConditions(items: Explained[]): TemplateResult {
    const icon = { met: '✓', failed: '✗', unknown: '?', office: '•' } as const;
    return html`<ul class="conditions">
      ${items.map((item) =>
        item.kind === 'leaf'
          ? html`<li class="condition condition--${item.status}">
              <span class="mark" aria-hidden="true">${icon[item.status]}</span>
              <span
                ><strong>${this.statusText(item.status)}${this.colon()}</strong
                >${describeExplainedLeaf(item, this.locale, this.titleOf)}</span
              >
            </li>`
          : html`<li class="condition condition--${item.status}">
              <span class="mark" aria-hidden="true">${icon[item.status]}</span>
              <span
                ><strong>${this.statusText(item.status)}${this.colon()}</strong>${
                  item.kind === 'any'
                    ? msg('符合下列其中一項', { desc: 'Eligibility quiz: a group of conditions of which one is enough' })
                    : msg('下列條件都要符合', { desc: 'Eligibility quiz: a group of conditions that must all hold' })
                }
                ${this.renderConditions(item.items)}</span
              >
            </li>`,
      )}
    </ul>`;
  }

  private renderAmounts(amounts: readonly Amount[], facts: Answers): TemplateResult | typeof nothing {
    if (!amounts.length) return nothing;
    return html`<h5>${msg('金額', { id: 'quiz-amount-heading', desc: 'Eligibility quiz: how much heading' })}</h5>
      <ul class="amounts">
        ${amounts.map((a) => {
          const base = formatAmount(a, this.locale);
          const tiers = (a.tiers ?? []).map((t) => ({ tier: t, status: holds(t.when, facts) }));
          const mine = tiers.filter((t) => t.status === 'met');
          const shown = mine.length ? mine : tiers.filter((t) => t.status !== 'failed');
          const tierText = (t: (typeof tiers)[number]) =>
            formatAmount({ ...t.tier, unit: a.unit, per: a.per, cap: a.cap, actualCost: a.actualCost }, this.locale);
          return html`<li>
            <span>${pick(a.label, this.locale)}</span>${base ? html`${this.colon()}<strong>${base}</strong>` : nothing}
            ${
              shown.length
                ? html`<ul>
                    ${
                      mine.length
                        ? html`<li class="tier--mine">
                            ${msg('依您的回答：', { desc: 'Eligibility quiz: the amount tier for this household' })}
                            ${mine.map((t) => html`<span>${pick(t.tier.label, this.locale)}${tierText(t) ? html` — <strong>${tierText(t)}</strong>` : nothing}</span>`)}
                          </li>`
                        : shown.map(
                            (t) =>
                              html`<li>
                                ${pick(t.tier.label, this.locale)}${tierText(t) ? html` — <strong>${tierText(t)}</strong>` : nothing}
                              </li>`,
                          )
                    }
                  </ul>`
                : nothing
            }
          </li>`;
        })}
      </ul>`;
  }

  private renderNextStep(id: string): TemplateResult {
    const detail = this.details[id];
    if (!detail)
      return html`<h5>${msg('下一步', { desc: 'Eligibility quiz: next step heading' })}</h5>
        ${renderStatus({ kind: 'loading' })}`;
    const ownOffice = detail.apply.targets.some((t) => t.kind === 'district-office-of-residence');
    return html`<h5>${msg('下一步：去哪裡申請、打給誰', { desc: 'Eligibility quiz: next step heading' })}</h5>
      ${detail.apply.text ? html`<p lang="zh-Hant">${detail.apply.text}</p>` : nothing}
      ${
        ownOffice && this.ownDistrict
          ? html`<p>
              ${msg(str`您的戶籍地區公所：${this.ownDistrict}公所`, { id: 'quiz-own-district-office', desc: 'Eligibility quiz: the resident’s own district office' })}
            </p>`
          : nothing
      }
      ${
        detail.contacts.length
          ? html`<ul class="contacts">
              ${detail.contacts.map(
                (c) =>
                  html`<li>
                    <span lang="zh-Hant">${c.name}</span>
                    ${renderContactPhones(c.phones, this.locale)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  private renderBenefit(benefit: BenefitSummary, outcome: 'likely' | 'more-info', facts: Answers): TemplateResult {
    const rules = this.rules[benefit.id]!;
    const headingId = `b-${benefit.id}`;
    const conditions = explainRule(rules.rule, facts);
    const leaves = (items: Explained[]): Extract<Explained, { kind: 'leaf' }>[] =>
      items.flatMap((i) => (i.kind === 'leaf' ? [i] : i.status === 'unknown' ? leaves(i.items) : []));
    const unknown = leaves(conditions).filter((i) => i.status === 'unknown');
    const flat = (items: Explained[]): Extract<Explained, { kind: 'leaf' }>[] =>
      items.flatMap((i) => (i.kind === 'leaf' ? [i] : i.status === 'failed' ? [] : flat(i.items)));
    const why = html`<details class="why-details">
      <summary>
        ${
          outcome === 'likely'
            ? msg('為什麼很可能符合', { desc: 'Eligibility quiz: disclosure of the conditions of a likely benefit' })
            : msg('所有條件', { desc: 'Eligibility quiz: disclosure of all the conditions of a benefit to check' })
        }
      </summary>
      ${this.renderConditions(conditions)}
    </details>`;
    return html`<li class="benefit benefit--${outcome}" part="result" data-benefit=${benefit.id}>
      <article aria-labelledby=${headingId}>
        <h4 id=${headingId} lang=${contentLang(this.locale)}>${pick(benefit.title, this.locale)}</h4>
        <p lang=${contentLang(this.locale)}>${pick(benefit.summary, this.locale)}</p>
        ${
          outcome === 'more-info'
            ? html`<div class="to-check">
                <strong
                  >${
                    unknown.length
                      ? msg('還不確定的條件：', { desc: 'Eligibility quiz: the conditions not yet known for a benefit' })
                      : msg('您的回答沒有不符合的地方，但這項的資格由受理單位審核決定：', {
                          desc: 'Eligibility quiz: nothing failed, the office decides this benefit',
                        })
                  }</strong
                >
                ${
                  unknown.length
                    ? this.renderConditions(unknown)
                    : this.renderConditions(flat(conditions).filter((i) => i.status === 'office'))
                }
              </div>`
            : nothing
        }
        ${why} ${this.renderAmounts(rules.amounts, facts)} ${this.renderNextStep(benefit.id)}
      </article>
    </li>`;
  }

  private renderUnlikely(benefit: BenefitSummary, facts: Answers): TemplateResult {
    const failed = explainRule(this.rules[benefit.id]!.rule, facts).filter((i) => i.status === 'failed');
    return html`<li class="benefit benefit--unlikely" data-benefit=${benefit.id}>
      <strong>${pick(benefit.title, this.locale)}</strong>
      ${this.renderConditions(failed)}
    </li>`;
  }

  private renderDocuments(likely: string[]): TemplateResult | typeof nothing {
    const counts = new Map<string, Set<string>>();
    for (const id of likely) {
      for (const doc of this.details[id]?.documents ?? []) {
        const key = normalizeDocument(doc);
        if (!counts.has(key)) counts.set(key, new Set());
        counts.get(key)!.add(id);
      }
    }
    if (!counts.size) return nothing;
    const rows = [...counts].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0], 'zh-Hant'));
    return html`<section class="documents" part="documents" aria-labelledby="documents-heading">
      <h3 id="documents-heading">${msg('要準備的文件', { desc: 'Eligibility quiz: combined documents checklist heading' })}</h3>
      <p>
        ${msg(str`合併 ${likely.length} 項「很可能符合」福利的應備文件。實際所需以受理單位為準。`, {
          desc: 'Eligibility quiz: the checklist combines the documents of the likely benefits',
        })}
      </p>
      <ul class="checklist">
        ${rows.map(
          ([doc, ids], i) =>
            html`<li data-document=${doc}>
              <input type="checkbox" id="doc-${i}" />
              <label for="doc-${i}"
                ><span lang="zh-Hant">${doc}</span> —
                ${msg(str`${ids.size} 項福利需要`, { desc: 'Eligibility quiz: how many of the likely benefits need this document' })}
                <span class="doc-benefits"
                  >（${[...ids].map(this.titleOf).join(msg('、', { desc: 'Eligibility quiz: list separator' }))}）</span
                ></label
              >
            </li>`,
        )}
      </ul>
      <button type="button" class="secondary" data-action="print" @click=${() => window.print()}>
        ${msg('列印結果與文件清單', { desc: 'Eligibility quiz: print the results and checklist' })}
      </button>
    </section>`;
  }

  private renderShare(): TemplateResult {
    return html`<section class="share" aria-labelledby="share-heading">
      <h3 id="share-heading">${msg('之後再看、或換手機看', { desc: 'Eligibility quiz: share heading' })}</h3>
      ${
        this.kiosk
          ? html`<div class="share-code" part="share-code">${this.renderShareCode(this.shareLink())}</div>`
          : html`<p>
                ${msg('按下面的按鈕，會把答案放進一個連結；只有您分享時別人才看得到。', {
                  desc: 'Eligibility quiz: explains that the link holds the answers',
                })}
              </p>
              <button type="button" class="secondary" data-action="copy-link" @click=${() => void this.copyLink()}>
                ${msg('複製連結', { desc: 'Eligibility quiz: copy the share link' })}
              </button>
              ${
                this.shareUrl
                  ? html`<p role="status">${this.shareMessage}</p>
                      <label for="share-url">${msg('結果連結', { desc: 'Eligibility quiz: label of the share link field' })}</label>
                      <input
                        id="share-url"
                        type="text"
                        readonly
                        .value=${this.shareUrl}
                        @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                      />`
                  : nothing
              }`
      }
    </section>`;
  }
}
