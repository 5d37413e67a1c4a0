import { defineStrings } from '../../../i18n';

/** The stand-in for a team's tree whose content file could not be loaded (loaded with it). */
export const teamTreeStrings = defineStrings({
  en: {
    treeTitle: 'This site’s content could not be loaded',
    treeBody:
      'This link opens the decision tree “{tree}”, which comes from this site’s own content file. The file could not be used, so the tree is not available right now. The link is kept as it is: try again, or open the guide’s tree instead.',
    treeReasonUnreachable: 'The file {file} could not be reached (the connection failed).',
    treeReasonAbsent: 'No content file was found at {file}.',
    treeReasonFile: 'The file {file} {reason}.',
    treeReasonInvalid: 'The file {file} has a problem at {path}: {reason}.',
    treeReasonList: 'The file {file} has problems, listed above.',
    treeRetry: 'Try again',
    treeRetrying: 'Trying again…',
    treeStillMissing: 'The file loaded, but it has no tree “{tree}”.',
    treeOpenDefault: 'Open the guide’s tree instead',
  },
  zh: {
    treeTitle: '无法加载本站的内容',
    treeBody:
      '此链接打开的决策树“{tree}”来自本站自己的内容文件。该文件目前无法使用，因此这棵决策树暂不可用。链接保持不变：可以重试，或改为打开指南的决策树。',
    treeReasonUnreachable: '无法连接到文件 {file}（连接失败）。',
    treeReasonAbsent: '在 {file} 未找到内容文件。',
    treeReasonFile: '文件 {file}：{reason}。',
    treeReasonInvalid: '文件 {file} 在 {path} 处有问题：{reason}。',
    treeReasonList: '文件 {file} 有问题，见上方列表。',
    treeRetry: '重试',
    treeRetrying: '正在重试…',
    treeStillMissing: '文件已加载，但其中没有决策树“{tree}”。',
    treeOpenDefault: '改为打开指南的决策树',
  },
});
