import { defineStrings } from '../../i18n';

export const shellStrings = defineStrings({
  en: {
    appName: 'Runtime Advisor',
    tagline: 'Container and sandbox runtime selection',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    navWizard: 'Decision guide',
    navMatrix: 'Matrix',
    navCompare: 'Compare',
    navRuntimes: 'Runtimes',
    language: 'Language',
    footerSource:
      'Based on the runtime selection guide (2025-11). The guide’s figures are shown as the guide’s; published measurements carry their own sources.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. The decision guide starts here:',
    startGuide: 'Start the decision guide',
    errorTitle: 'Something went wrong on this page',
    errorBody: 'The rest of the app still works. You can start the decision guide again.',
  },
  zh: {
    appName: '运行时选型助手',
    tagline: '容器与沙盒运行时选型',
    skipToContent: '跳到正文',
    mainNav: '主导航',
    navWizard: '选型决策',
    navMatrix: '决策矩阵',
    navCompare: '对比',
    navRuntimes: '运行时',
    language: '语言',
    footerSource:
      '依据《运行时选型决策》指南（2025-11）。指南中的数据按指南原文展示；公开测量数据另注来源。',
    notFoundTitle: '页面不存在',
    notFoundBody: '此地址没有页面。可从这里开始选型决策：',
    startGuide: '开始选型决策',
    errorTitle: '此页面出错了',
    errorBody: '应用的其他部分仍可使用。可以重新开始选型决策。',
  },
});
