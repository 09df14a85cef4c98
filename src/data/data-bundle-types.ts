import type { BenefitDetail, BenefitRules, BenefitSummary, Chapter } from './benefit-types.js';
import type { Directory } from './directory-types.js';

/**
 * Newer data an embedding site may publish and point an element's
 * `data-src` at. `npm run build` writes the bundled data in this shape to
 * `dist/data/welfare-data.json`, which is the template to start from. Either
 * part may be left out; the element then keeps its bundled copy of it.
 */
export interface WelfareDataBundle {
  format: 'welfare-navigator-data';
  version: 1;
  /** When the file was made (ISO 8601), shown to nobody, kept for whoever maintains it. */
  generated?: string;
  /** The counts are far above the handbook's (about 220 benefits): a file beyond them is a mistake or an attack. */
  benefits?: {
    /** @maxItems 2000 */
    index: BenefitSummary[];
    /** @maxItems 50 */
    chapters: Chapter[];
    /** @maxProperties 2000 */
    rules: Record<string, BenefitRules>;
    /** @maxProperties 2000 */
    details: Record<string, BenefitDetail>;
  };
  directory?: Directory;
}
