import { defineStrings } from '../../i18n';

export const uiStrings = defineStrings({
  en: {
    copy: 'Copy',
    copied: 'Copied',
    preparing: 'Preparing…',
    copiedAnnouncement: 'Copied to the clipboard.',
    copyFallbackLabel: 'Text to copy',
    copyFallbackHint:
      'The clipboard is not available here. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    close: 'Close',
    sourceGuide: 'Source: the guide (runtime selection decision, 2025)',
    sourceGuideSection: 'Source: the guide, {section}',
    sourceCitation: 'Source',
    sourceInference: 'Our inference, not a published figure',
    opensInNewTab: '(opens in a new tab)',
    sectionLoading: 'Loading this section…',
    sectionFailed:
      'This section could not be loaded (the connection dropped, or a new version was published). Reload the page to see it; your answers are kept in the link.',
    reload: 'Reload the page',
    caseStack: 'Stack',
    caseReasons: 'Why',
    caseResults: 'Results reported',
  },
  zh: {
    copy: '复制',
    copied: '已复制',
    preparing: '正在准备…',
    copiedAnnouncement: '已复制到剪贴板。',
    copyFallbackLabel: '待复制的文本',
    copyFallbackHint: '此处无法使用剪贴板。文本已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。',
    close: '关闭',
    sourceGuide: '来源：《运行时选型决策》指南（2025）',
    sourceGuideSection: '来源：指南“{section}”',
    sourceCitation: '来源',
    sourceInference: '我们的推断，并非公开数据',
    opensInNewTab: '（在新标签页打开）',
    sectionLoading: '正在加载本节…',
    sectionFailed:
      '本节无法加载（网络中断，或已发布新版本）。请重新加载页面查看；你的回答保存在链接中。',
    reload: '重新加载页面',
    caseStack: '技术栈',
    caseReasons: '选型理由',
    caseResults: '报告的效果',
  },
});
