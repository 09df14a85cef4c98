/**
 * Types for the kit's elements in TSX (React 19). docs/embedding.md shows
 * this declaration with the package's import paths; here it imports the
 * source, so `npm run typecheck` checks test/react/app.tsx against it.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WelfareEventMap } from '../../components/index.ts';
import type { WelfareBenefitFinder } from '../../components/benefit-finder/benefit-finder.ts';
import type { WelfareEligibilityQuiz } from '../../components/eligibility-quiz/eligibility-quiz.ts';
import type { WelfareContactDirectory } from '../../components/contact-directory/contact-directory.ts';
import type { WelfareServiceMap } from '../../components/service-map/service-map.ts';

/** React 19 adds an `on<event-name>` prop as a listener for `<event-name>`. */
type WelfareEventProps = {
  [K in keyof WelfareEventMap as `on${K}`]?: (event: CustomEvent<WelfareEventMap[K]>) => void;
};

/** The usual HTML attributes, the element's own properties (React 19 sets them as properties) and its events. */
type WelfareProps<E extends HTMLElement, P extends keyof E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P> &
  Partial<Pick<E, P>> &
  WelfareEventProps;

type Common = 'dataSrc' | 'dataTimeout';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'welfare-benefit-finder': WelfareProps<
        WelfareBenefitFinder,
        Common | 'query' | 'category' | 'audience' | 'district' | 'benefit' | 'syncUrl' | 'compact' | 'answers'
      >;
      'welfare-eligibility-quiz': WelfareProps<WelfareEligibilityQuiz, Common | 'audience' | 'district' | 'kiosk' | 'answers' | 'syncUrl'>;
      'welfare-contact-directory': WelfareProps<
        WelfareContactDirectory,
        Common | 'district' | 'districtMatch' | 'category' | 'query' | 'benefit' | 'compact' | 'mapButtons'
      >;
      'welfare-service-map': WelfareProps<WelfareServiceMap, Common | 'category' | 'district' | 'location' | 'basemap' | 'center' | 'zoom'>;
    }
  }
}
