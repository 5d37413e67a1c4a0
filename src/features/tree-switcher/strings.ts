import { defineStrings } from '../../i18n';

export const treeSwitcherStrings = defineStrings({
  en: {
    label: 'Decision tree',
    originGuide: 'From the guide',
    originExtension: 'Extension of the guide',
    originCustom: 'Custom, from this site',
    about: 'About this tree',
    startsOver: 'Choosing another tree keeps the answers it asks too.',
  },
  zh: {
    label: '决策树',
    originGuide: '出自指南',
    originExtension: '指南的扩展',
    originCustom: '自定义，由本站提供',
    about: '关于此决策树',
    startsOver: '切换决策树时，保留另一棵树同样提出的问题的回答。',
  },
});
