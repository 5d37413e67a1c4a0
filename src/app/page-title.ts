// The tab's title names the page and, where it has one, its state ("gVisor recommended ·
// Runtime Advisor"), in the page's language, so shared and bookmarked tabs tell themselves
// apart. Each route sets its own with usePageTitle; the app's name always comes last.
import { useEffect } from 'react';
import { defineStrings, useLang, useStrings } from '../i18n';

export const pageTitleStrings = defineStrings({
  en: {
    app: 'Runtime Advisor',
    separator: ' · ',
    home: 'Choose a container runtime',
    question: 'Question {n}/{total}',
    recommended: '{runtime} recommended',
    wizardBroken: 'Decision guide',
    compare: 'Compare runtimes',
    matrix: 'Decision matrix',
    runtimes: 'Runtimes',
    runtime: '{runtime}: runtime page',
    unknownRuntime: 'Unknown runtime',
    weigh: 'Weigh it yourself',
    plan: 'Platform plan',
    playground: 'Content playground',
    notFound: 'Page not found',
  },
  zh: {
    app: '运行时选型助手',
    separator: ' · ',
    home: '选择容器运行时',
    question: '问题 {n}/{total}',
    recommended: '推荐 {runtime}',
    wizardBroken: '决策向导',
    compare: '对比运行时',
    matrix: '决策矩阵',
    runtimes: '运行时',
    runtime: '{runtime}：运行时页面',
    unknownRuntime: '未知运行时',
    weigh: '自己权衡',
    plan: '平台规划',
    playground: '内容试验场',
    notFound: '页面不存在',
  },
});

export type PageTitleStrings = (typeof pageTitleStrings)['en'];

/**
 * Sets `document.title` to "<page> · <app>" while the calling page is shown. `title` gets the
 * strings of the page's language, so the title follows a language switch.
 */
export function usePageTitle(title: (t: PageTitleStrings) => string | undefined): void {
  const t = useStrings(pageTitleStrings);
  const lang = useLang();
  const page = title(t);
  useEffect(() => {
    document.title = page ? `${page}${t.separator}${t.app}` : t.app;
  }, [page, t, lang]);
}
