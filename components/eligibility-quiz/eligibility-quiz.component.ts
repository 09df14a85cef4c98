import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from '../base/welfare-element.js';
import { renderStatus } from '../base/status.js';
import { renderSafetyLine } from '../base/crisis-lines.js';
import '../base/qr-code.js';
import { AUDIENCES, parseAudiences, pick } from '../base/labels.js';
import { resolveDistrict } from '../../src/geo/districts.js';
import { renderContactPhones } from '../base/phone-link.js';
import { loadBenefitDetail, loadBenefitIndex, loadBenefitRules } from '../../src/data/benefits.js';
import type { Audience, BenefitDetail, BenefitRules, BenefitSummary } from '../../src/data/benefit-types.js';
import { fragmentWith, httpAddress, readFragment, writeFragment } from '../../src/url-state.js';
import type { Outcome } from '../../src/eligibility/evaluate.js';
import { emptyHousehold, householdToJson, type Household } from '../../src/eligibility/household.js';
import { isOpen } from '../../src/eligibility/rules.js';
import { LIFE_EVENTS, lifeEventById, type LifeEventId } from '../../src/eligibility/questions.js';
import {
  answer,
  answerOf,
  nextStep,
  parseKey,
  choicesOf,
  receivedBenefitIds,
  startWithLifeEvent,
  type AskedQuestion,
  type NextStep,
  type QuestionAnswer,
  type QuizState,
  type RuleSet,
} from '../../src/eligibility/flow.js';
import { AnswersFormatError, decodeState, encodeState, parsePrefill } from '../../src/eligibility/share.js';
import { householdVerdicts, type Verdict } from '../../src/eligibility/verdicts.js';
import { emptyRow, householdOfRows, renderRoster, rowsOf, type RosterErrors, type RosterRow } from './roster-form.js';
import {
  EMPTY_DRAFT,
  aboutLabel,
  answerText,
  draftOf,
  promptOf,
  readDraft,
  renderAnswer,
  skipLabel,
  type QuestionDraft,
} from './question-form.js';
import { renderBenefit, renderByMember, renderUnlikely, type ResultsContext } from './results-view.js';
import { memberLabel } from './members.js';
import { quizStyles } from './eligibility-quiz.styles.js';

const URL_PREFIX = 'wq';

type Screen = 'intro' | 'roster' | 'question' | 'summary' | 'results';

/** One benefit's result, as the `results` property and the results screen give it. */
export interface QuizBenefitResult {
  id: string;
  outcome: Exclude<Outcome, 'open'>;
}

/** The quiz's results: benefit ids by group, the verdicts, and the household they were computed from. */
export interface QuizResults {
  household: ReturnType<typeof householdToJson>;
  likely: string[];
  moreInfo: string[];
  unlikely: string[];
  verdicts: Verdict[];
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

const EMPTY_STATE: QuizState = { household: emptyHousehold(), asked: [] };

/**
 * The household first (one short screen: who lives there, their ages and a
 * few ticks), then only the questions whose answers can still change a
 * verdict, the ones that change most first; then the benefits each member is
 * likely to get, should check with the office (and what the office decides),
 * or not, each with the reasons, the amount and the next step. Answers stay in
 * the browser: they go into a link only when the person asks for one.
 *
 * @fires welfare-quiz-change - An answer was recorded; `detail` has the question key, the answer and the household so far.
 * @fires welfare-quiz-complete - The results were shown; `detail` has the household and the benefit ids by group.
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
   * Answers to start from: the household JSON (`{"members":[{"role":"self","facts":{"age":68}}],"facts":{}}`,
   * docs/eligibility.md), one person's facts (`{"age":68,"householdStatus":"middle-low-income"}`) or a
   * share link's fragment. A malformed value shows a message, never throws.
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
  @state() private legacyLink = false;

  @state() private quiz: QuizState = EMPTY_STATE;
  @state() private screen: Screen = 'intro';
  @state() private current: AskedQuestion | undefined;
  /** Question keys shown before the current one, for "back". */
  @state() private history: string[] = [];
  /** Changing one answer from the summary: the next step returns there. */
  @state() private editing = false;
  @state() private rosterStarted = false;

  @state() private rows: RosterRow[] = rowsOf(EMPTY_STATE.household);
  @state() private rosterErrors: RosterErrors = {};
  @state() private draft: QuestionDraft = EMPTY_DRAFT;
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
    this.legacyLink = false;
    try {
      if (this.answers.trim()) {
        const { state, view, legacy } = parsePrefill(this.answers);
        this.open(state, view, legacy);
      } else {
        this.readUrl();
      }
    } catch (error) {
      if (!(error instanceof AnswersFormatError)) throw error;
      console.warn('welfare-eligibility-quiz: the answers could not be read', error.message);
      this.prefillError = true;
      this.open(EMPTY_STATE);
    }
  }

  private open(state: QuizState, view?: 'results', legacy?: true): void {
    this.quiz = state;
    this.rows = rowsOf(state.household);
    this.rosterStarted = state.household.members.length > 1 || Object.keys(state.household.members[0]!.facts).length > 0;
    this.legacyLink = Boolean(legacy);
    this.screen = view === 'results' ? 'results' : 'intro';
  }

  private readUrl(): void {
    const fragment = readFragment(URL_PREFIX);
    if (!fragment.size) return;
    try {
      const { state, view, legacy } = decodeState(Object.fromEntries(fragment));
      this.open(state, view, legacy);
      if (this.screen === 'results' && Object.keys(this.rules).length) void this.loadDetails();
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
      const rule = Object.hasOwn(this.rules, b.id) ? this.rules[b.id]!.rule : undefined;
      if (!rule || isOpen(rule)) return false;
      if (b.audiences.length && b.audiences.every((a) => a === 'organizations')) return false;
      return audiences.length === 0 || b.audiences.some((a) => audiences.includes(a));
    });
  }

  /** The rules of the benefits in scope: the flow asks only what can change these. */
  private get scopeRules(): RuleSet {
    return Object.fromEntries(this.scope.map((b) => [b.id, this.rules[b.id]!]));
  }

  private verdictsMemo?: { quiz: QuizState; rules: unknown; audience: string; verdicts: Verdict[] };

  private get verdicts(): Verdict[] {
    const rules = this.scopeRules;
    const memo = this.verdictsMemo;
    if (memo && memo.quiz === this.quiz && memo.rules === this.rules && memo.audience === this.audience) return memo.verdicts;
    const verdicts = householdVerdicts(rules, this.quiz.household);
    this.verdictsMemo = { quiz: this.quiz, rules: this.rules, audience: this.audience, verdicts };
    return verdicts;
  }

  /** The results for the answers so far (null until the data has loaded). */
  get results(): QuizResults | null {
    if (this.loading || this.loadError) return null;
    const verdicts = this.verdicts;
    const ids = (outcome: Outcome) => verdicts.filter((v) => v.outcome === outcome).map((v) => v.id);
    return {
      household: householdToJson(this.quiz.household),
      likely: ids('likely'),
      moreInfo: ids('more-info'),
      unlikely: ids('unlikely'),
      verdicts,
    };
  }

  /** Forgets every answer and returns to the first screen. */
  reset(): void {
    this.quiz = EMPTY_STATE;
    this.rows = rowsOf(EMPTY_STATE.household);
    this.rosterErrors = {};
    this.rosterStarted = false;
    this.history = [];
    this.editing = false;
    this.current = undefined;
    this.shareUrl = '';
    this.shareMessage = '';
    this.prefillError = false;
    this.legacyLink = false;
    this.draft = EMPTY_DRAFT;
    this.inputError = '';
    this.screen = 'intro';
    if (this.syncUrl) writeFragment(URL_PREFIX, {}, 'replace');
    void this.afterStep(this.inLocale(() => msg('已清除所有回答，重新開始。', { desc: 'Eligibility quiz: announcement after reset' })));
  }

  // ---- Moving through the quiz -----------------------------------------------

  private stepMemo?: { quiz: QuizState; rules: unknown; audience: string; step: NextStep };

  /** The next question and how many may follow: weighing them is costly, so once per state. */
  private step(): NextStep {
    const memo = this.stepMemo;
    if (memo && memo.quiz === this.quiz && memo.rules === this.rules && memo.audience === this.audience) return memo.step;
    const step = nextStep(this.quiz, this.scopeRules, this.verdicts);
    this.stepMemo = { quiz: this.quiz, rules: this.rules, audience: this.audience, step };
    return step;
  }

  private start(lifeEvent?: LifeEventId): void {
    this.prefillError = false;
    this.quiz = startWithLifeEvent(this.quiz, lifeEvent);
    this.history = [];
    this.editing = false;
    this.showRoster();
  }

  private showRoster(): void {
    this.rows = rowsOf(this.quiz.household);
    this.rosterErrors = {};
    this.screen = 'roster';
    this.current = undefined;
    void this.afterStep(this.inLocale(() => msg('家裡有哪些人？', { desc: 'Eligibility quiz: roster heading' })));
  }

  private changeRow(id: string, patch: Partial<RosterRow>): void {
    this.rows = this.rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
    if (this.rosterErrors[id]) {
      const { [id]: _, ...rest } = this.rosterErrors;
      this.rosterErrors = rest;
    }
  }

  private async addRow(): Promise<void> {
    const next = Math.max(0, ...this.rows.map((r) => Number(r.id.slice(1)))) + 1;
    this.rows = [...this.rows, emptyRow(`m${next}`, 'child')];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-member="m${next}"] select`)?.focus();
  }

  private async removeRow(id: string): Promise<void> {
    const index = this.rows.findIndex((r) => r.id === id);
    this.rows = this.rows.filter((r) => r.id !== id);
    await this.updateComplete;
    const to = this.rows[Math.min(index, this.rows.length - 1)];
    this.renderRoot.querySelector<HTMLElement>(`[data-member="${to?.id ?? 'm1'}"] input`)?.focus();
  }

  private submitRoster(event: Event): void {
    event.preventDefault();
    const read = householdOfRows(this.rows, this.quiz.household);
    if ('errors' in read) {
      this.rosterErrors = read.errors;
      const first = Object.keys(read.errors)[0];
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-member="${first}"] [data-field=age]`)?.focus());
      return;
    }
    // Answers about members no longer listed are dropped with them.
    const ids = new Set(read.household.members.map((m) => m.id));
    const asked = this.quiz.asked.filter(
      (k) =>
        !k.includes('@') ||
        k
          .split('@')[1]!
          .split('+')
          .every((m) => ids.has(m)),
    );
    this.quiz = { ...this.quiz, household: read.household, asked };
    this.rosterStarted = true;
    this.writeUrl();
    this.emitChange('roster', null);
    if (this.editing) {
      this.editing = false;
      void this.showSummary();
    } else {
      this.goNext();
    }
  }

  private goNext(): void {
    const { next } = this.step();
    if (next) this.show(next, true);
    else void this.showSummary();
  }

  private show(asked: AskedQuestion, forward: boolean): void {
    if (forward && this.screen === 'question' && this.current) this.history = [...this.history, this.current.key];
    this.current = asked;
    this.screen = 'question';
    this.draft = draftOf(asked, answerOf(this.quiz, asked));
    this.inputError = '';
    const number = this.history.length + 1;
    const left = Math.max(0, this.step().remaining - 1);
    void this.afterStep(
      this.inLocale(() =>
        msg(str`第 ${number} 題，大約還有 ${left} 題`, {
          desc: 'Eligibility quiz: announcement of a new question: its number and about how many are left',
        }),
      ),
    );
  }

  /** The question a key names now, with the choices and items it offers. */
  private askedOf(key: string): AskedQuestion | undefined {
    if (key.includes('+')) {
      const [id = '', members = ''] = key.split('@');
      const parsed = parseKey(`${id}@${members.split('+')[0]}`, this.quiz.household);
      if (!parsed) return undefined;
      const list = members
        .split('+')
        .map((m) => this.quiz.household.members.find((x) => x.id === m))
        .filter((m) => m !== undefined);
      return { key, question: parsed.question, members: list };
    }
    const parsed = parseKey(key, this.quiz.household);
    if (!parsed) return undefined;
    const choices = choicesOf(parsed.question, this.scopeRules);
    const options = parsed.question.benefitOptions ? receivedBenefitIds(this.scopeRules) : undefined;
    return { key, ...parsed, ...(choices ? { choices } : {}), ...(options ? { options } : {}) };
  }

  private back(): void {
    if (this.screen === 'results') {
      void this.showSummary();
      return;
    }
    if (this.screen === 'summary') {
      const last = this.quiz.asked.at(-1);
      const asked = last ? this.askedOf(last) : undefined;
      if (asked) {
        this.history = this.quiz.asked.slice(0, -1);
        this.show(asked, false);
      } else {
        this.showRoster();
      }
      return;
    }
    if (this.screen === 'roster') {
      this.goIntro();
      return;
    }
    const previous = this.history.at(-1);
    const asked = previous ? this.askedOf(previous) : undefined;
    if (asked) {
      this.history = this.history.slice(0, -1);
      this.show(asked, false);
    } else if (this.editing) {
      void this.showSummary();
    } else {
      this.showRoster();
    }
  }

  private goIntro(): void {
    this.screen = 'intro';
    this.current = undefined;
    void this.afterStep('');
  }

  private edit(key: string): void {
    const asked = this.askedOf(key);
    if (!asked) return;
    this.history = [];
    this.editing = true;
    this.screen = 'summary';
    this.show(asked, false);
  }

  private editRoster(): void {
    this.editing = true;
    this.showRoster();
  }

  private async showSummary(): Promise<void> {
    this.screen = 'summary';
    this.current = undefined;
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
    if (results) {
      this.emit('welfare-quiz-complete', {
        household: results.household,
        likely: results.likely,
        moreInfo: results.moreInfo,
        unlikely: results.unlikely,
      });
    }
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

  private submit(event: Event): void {
    event.preventDefault();
    const asked = this.current;
    if (!asked) return;
    const read = readDraft(asked, this.draft);
    if ('error' in read) {
      this.inputError = read.error;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-first-input]')?.focus());
      return;
    }
    this.record(asked, read.value);
  }

  private record(asked: AskedQuestion, value: QuestionAnswer): void {
    this.quiz = answer(this.quiz, asked, value);
    this.writeUrl();
    this.emitChange(asked.key, value);
    // An answer changed from the summary goes back there; the summary offers the questions it opened up.
    if (this.editing) {
      this.editing = false;
      void this.showSummary();
    } else {
      this.goNext();
    }
  }

  private emitChange(key: string, value: QuestionAnswer): void {
    this.emit('welfare-quiz-change', {
      question: key,
      answer: value,
      household: householdToJson(this.quiz.household),
      asked: this.quiz.asked.length,
      remaining: this.step().remaining,
    });
  }

  // ---- Sharing -------------------------------------------------------------------

  /** `share-base` if it is an http(s) address (warned once otherwise), else this page. */
  private get shareBaseAddress(): string {
    const given = String(this.shareBase ?? '').trim();
    const address = given ? httpAddress(given, document.baseURI) : undefined;
    if (given && !address)
      this.warnOnce(`share-base:${given}`, `share-base "${given}" is not an http(s) address; the link opens this page.`);
    return address ?? location.href;
  }

  private shareLink(): string {
    const base = new URL(this.shareBaseAddress);
    // The link carries the quiz's own keys and nothing else of the page's fragment.
    base.hash = fragmentWith(URL_PREFIX, encodeState(this.quiz, 'results'), '');
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
      case 'roster':
        return renderRoster({
          rows: this.rows,
          errors: this.rosterErrors,
          change: (id, patch) => this.changeRow(id, patch),
          add: () => void this.addRow(),
          remove: (id) => void this.removeRow(id),
          submit: (e) => this.submitRoster(e),
          back: () => this.back(),
        });
      case 'question':
        return this.current ? this.renderQuestion(this.current) : this.renderIntro();
      case 'summary':
        return this.renderSummary();
      case 'results':
        return this.renderResults();
    }
  }

  private renderIntro(): TemplateResult {
    const started = this.rosterStarted || this.quiz.asked.length > 0;
    return html`<section class="step intro" part="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('看看可以申請哪些福利', { desc: 'Eligibility quiz: first screen heading' })}</h2>
      ${
        this.legacyLink
          ? html`<p class="note" role="status">
              ${msg('這個連結是舊版測驗做的：答案已帶入，請檢查「家裡有哪些人」，新版會再問幾題。', {
                desc: 'Eligibility quiz: a link from before households was opened; check the roster',
              })}
            </p>`
          : nothing
      }
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

  private renderQuestion(asked: AskedQuestion): TemplateResult {
    const household = this.quiz.household;
    const number = this.history.length + 1;
    const left = Math.max(0, this.step().remaining - 1);
    const event = this.quiz.lifeEvent ? lifeEventById(this.quiz.lifeEvent) : undefined;
    const showScene = event && this.history.length === 0 && !this.editing;
    const hint = asked.question.hint?.();
    const why = asked.question.why?.();
    const about = aboutLabel(asked, household);
    const describedBy = [hint ? 'q-hint' : '', why ? 'q-why' : '', this.inputError ? 'q-error' : ''].filter(Boolean).join(' ') || undefined;
    const help = html`${hint ? html`<p id="q-hint" class="hint">${hint}</p>` : nothing}
    ${
      why
        ? html`<p id="q-why" class="why">
            <strong>${msg('為什麼問這題：', { desc: 'Eligibility quiz: label before why a sensitive question is asked' })}</strong> ${why}
          </p>`
        : nothing
    }`;
    return html`<form
      class="step question"
      part="step"
      data-question=${asked.question.id}
      data-key=${asked.key}
      novalidate
      @submit=${this.submit}
    >
      <div class="progress" part="progress">
        <span>${msg(str`第 ${number} 題`, { desc: 'Eligibility quiz: question number' })}</span>
        <span
          >${
            left
              ? msg(str`大約還有 ${left} 題`, { desc: 'Eligibility quiz: about how many questions are left' })
              : msg('最後一題', { desc: 'Eligibility quiz: this is the last question' })
          }</span
        >
        <progress max=${number + left} value=${number} aria-hidden="true"></progress>
      </div>
      ${showScene ? html`<p class="scene">${event.scene()}</p>` : nothing} ${asked.question.id === 'events' ? renderSafetyLine() : nothing}
      ${about ? html`<p class="about">${about}</p>` : nothing}
      ${renderAnswer(
        asked,
        household,
        {
          draft: this.draft,
          error: this.inputError,
          ...(describedBy ? { describedBy } : {}),
          titleOf: this.titleOf,
          setChoice: (id) => {
            this.draft = { ...this.draft, choice: id };
            this.inputError = '';
          },
          setNumber: (text) => (this.draft = { ...this.draft, number: text }),
          setPicked: (ids) => (this.draft = { ...this.draft, picked: ids }),
        },
        help,
      )}
      ${this.inputError ? html`<p id="q-error" class="error">${this.inputError}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary">
          ${msg('下一步', { id: 'quiz-submit', desc: 'Eligibility quiz: submit an answer and go on' })}
        </button>
        <button type="button" class="secondary" data-action="skip" @click=${() => this.record(asked, null)}>${skipLabel(asked)}</button>
      </div>
      <div class="actions actions--nav">
        <button type="button" class="link" data-action="back" @click=${() => this.back()}>
          ←
          ${
            this.editing && !this.history.length
              ? msg('回到確認頁', { desc: 'Eligibility quiz: back to the summary' })
              : msg('上一步', { desc: 'Eligibility quiz: back one step' })
          }
        </button>
        <button type="button" class="link" data-action="finish" @click=${() => void this.showSummary()}>
          ${msg('先看結果', { desc: 'Eligibility quiz: stop answering and see the summary and results now' })}
        </button>
      </div>
    </form>`;
  }

  private renderSummary(): TemplateResult {
    const household = this.quiz.household;
    const asked = this.quiz.asked.map((k) => this.askedOf(k)).filter((a) => a !== undefined);
    const left = this.step().remaining;
    const event = this.quiz.lifeEvent ? lifeEventById(this.quiz.lifeEvent) : undefined;
    const promptWithWhom = (a: AskedQuestion) => {
      const about = a.member && a.member.role !== 'self' ? `${memberLabel(a.member, household)}${this.colon()}` : '';
      return `${about}${promptOf(a)}`;
    };
    return html`<section class="step summary" part="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('確認您的回答', { desc: 'Eligibility quiz: summary heading' })}</h2>
      ${event ? html`<p>${msg(str`從「${event.label()}」開始`, { desc: 'Eligibility quiz: summary, the life event chosen' })}</p>` : nothing}
      <div class="roster-summary" data-section="roster">
        <h3>${msg('家裡的人', { desc: 'Eligibility quiz: summary, the household members heading' })}</h3>
        <ul>
          ${household.members.map((m) => html`<li>${memberLabel(m, household)}</li>`)}
        </ul>
        <button type="button" class="secondary small" data-action="edit-roster" @click=${() => this.editRoster()}>
          ${msg('修改家裡的人', { desc: 'Eligibility quiz: edit the household members' })}
        </button>
      </div>
      ${
        asked.length
          ? html`<dl class="answers">
              ${asked.map(
                (a) =>
                  html`<div class="answer-row">
                    <dt>${promptWithWhom(a)}</dt>
                    <dd>
                      <span>${answerText(a, answerOf(this.quiz, a), household, this.titleOf)}</span>
                      <button type="button" class="secondary small" data-edit=${a.key} @click=${() => this.edit(a.key)}>
                        ${msg('修改', { desc: 'Eligibility quiz: edit an answer' })}<span class="visually-hidden"
                          >${this.colon()}${promptWithWhom(a)}</span
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

  /** A label's colon: full-width in Chinese. */
  private colon(): string {
    return msg('：', { desc: 'Eligibility quiz: the colon after a label, full-width in Chinese' });
  }

  private renderResults(): TemplateResult {
    const results = this.results;
    if (!results) return renderStatus({ kind: 'loading' });
    const byId = new Map(this.benefits.map((b) => [b.id, b]));
    const household: Household = this.quiz.household;
    const ctx: ResultsContext = {
      locale: this.locale,
      household,
      titleOf: this.titleOf,
      ruleOf: (id) => this.rules[id]!,
      renderNextStep: (id) => this.renderNextStep(id),
    };
    const group = (outcome: Outcome) => results.verdicts.filter((v) => v.outcome === outcome && byId.has(v.id));
    const likely = group('likely');
    const moreInfo = group('more-info');
    const unlikely = group('unlikely');
    const left = this.step().remaining;
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
              ${msg(str`還有 ${left} 題沒有回答；回答後結果會更準確。`, {
                desc: 'Eligibility quiz: results, unanswered questions could sharpen the results',
              })}
              <button type="button" class="secondary" data-action="continue" @click=${() => this.goNext()}>
                ${msg('繼續回答', { desc: 'Eligibility quiz: continue with prefilled answers' })}
              </button>
            </p>`
          : nothing
      }
      ${renderSafetyLine()} ${renderByMember(likely, ctx)}
      <section class="group group--likely" aria-labelledby="group-likely" data-group="likely">
        <h3 id="group-likely">
          ${msg(str`很可能符合（${likely.length} 項）`, { desc: 'Eligibility quiz: group heading, likely eligible, with count' })}
        </h3>
        ${
          likely.length
            ? html`<ul class="benefits">
                ${likely.map((v) => renderBenefit(byId.get(v.id)!, v, ctx))}
              </ul>`
            : html`<p>${msg('依目前的回答，沒有很可能符合的項目。', { desc: 'Eligibility quiz: no likely benefits' })}</p>`
        }
      </section>
      <section class="group group--more-info" aria-labelledby="group-more-info" data-group="more-info">
        <h3 id="group-more-info">
          ${msg(str`可能符合——請向受理單位確認（${moreInfo.length} 項）`, {
            desc: 'Eligibility quiz: group heading, might be eligible, check with the office, with count',
          })}
        </h3>
        ${
          moreInfo.length
            ? html`<ul class="benefits">
                ${moreInfo.map((v) => renderBenefit(byId.get(v.id)!, v, ctx))}
              </ul>`
            : html`<p>${msg('沒有需要再確認的項目。', { desc: 'Eligibility quiz: no benefits to check' })}</p>`
        }
      </section>
      <details class="group group--unlikely" data-group="unlikely">
        <summary>
          <h3>${msg(str`依回答不符合（${unlikely.length} 項）`, { desc: 'Eligibility quiz: group heading, not eligible, with count' })}</h3>
        </summary>
        <ul class="benefits benefits--unlikely">
          ${unlikely.map((v) => renderUnlikely(byId.get(v.id)!, v, ctx))}
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
