import { defineStrings } from '../../i18n';

export const errorStrings = defineStrings({
  en: {
    title: 'Something went wrong on this page',
    body: 'This is a fault in the app, not in your answers. Start over to begin the decision guide again in the same language and tree, or reload the page.',
    chunkTitle: 'Part of the app could not be loaded',
    chunkBody:
      'The connection may have dropped, or a new version was published while this page was open. Your answers are kept in the address: try again.',
    startOver: 'Start over',
    reload: 'Reload the page',
    retry: 'Try again',
    offline: 'You seem to be offline. Try again once you are connected.',
    reloading: 'Loading the latest version…',
  },
  zh: {
    title: '此页面出错了',
    body: '这是应用本身的故障，与你的回答无关。可以重新开始选型决策（保留当前语言和决策树），或重新加载页面。',
    chunkTitle: '应用的部分内容无法加载',
    chunkBody: '可能是网络中断，或在此页面打开期间发布了新版本。你的回答保存在地址中：请重试。',
    startOver: '重新开始',
    reload: '重新加载页面',
    retry: '重试',
    offline: '你似乎处于离线状态。请在联网后重试。',
    reloading: '正在加载最新版本…',
  },
});
