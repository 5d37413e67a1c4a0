import { defineStrings } from './index';

/** Punctuation that differs by language: Chinese text takes full-width marks. */
export const punctuationStrings = defineStrings({
  en: { colon: ': ' },
  zh: { colon: '：' },
});
