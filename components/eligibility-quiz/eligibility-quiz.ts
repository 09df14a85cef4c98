import { WelfareEligibilityQuiz } from './eligibility-quiz.component.js';

export { WelfareEligibilityQuiz };
export type { QuizResults } from './eligibility-quiz.component.js';

WelfareEligibilityQuiz.define('welfare-eligibility-quiz');

declare global {
  interface HTMLElementTagNameMap {
    'welfare-eligibility-quiz': WelfareEligibilityQuiz;
  }
}
