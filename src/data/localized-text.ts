/** A string in each language the content is written in. */
export interface LocalizedText {
  'zh-Hant': string;
  en: string;
}
