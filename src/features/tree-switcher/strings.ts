import { defineStrings } from '../../i18n';

export const treeSwitcherStrings = defineStrings({
  en: {
    label: 'Decision tree',
    originGuide: 'The guide’s tree',
    originExtension: 'Extension of the guide',
    originCustom: 'Custom, from this site',
    about: 'About this tree',
    startsOver: 'Choosing another tree starts over.',
  },
  zh: {
    label: '决策树',
    originGuide: '指南原有的决策树',
    originExtension: '指南的扩展',
    originCustom: '自定义，由本站提供',
    about: '关于此决策树',
    startsOver: '选择其他决策树会从头开始。',
  },
});
