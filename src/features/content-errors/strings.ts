import { defineStrings } from '../../i18n';

export const contentErrorStrings = defineStrings({
  en: {
    title: 'This site’s content file could not be used',
    intro:
      'The app is showing its built-in content instead. Fix these problems in {file} and reload the page.',
    count: '{count} problems',
    countOne: '1 problem',
    listLabel: 'Problems in the content file',
    where: 'Where',
    node: 'Node',
    builtIn: 'in the built-in content, broken by this file',
    messagesNote:
      'Each problem gives its place in the file as a JSON path, and the tree node it is in.',
    docsBefore:
      'The file format is described under “Custom content” in the README; editors can check the file against ',
    schema: 'the JSON Schema (content.schema.json)',
    docsAfter: '.',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the list of content problems',
    pending: 'Loading this site’s content…',
    treeTitle: 'This site’s content could not be loaded',
    treeBody:
      'This link opens the decision tree “{tree}”, which comes from this site’s own content file. The file could not be used, so the tree is not available right now. The link is kept as it is: try again, or open the guide’s tree instead.',
    treeReasonUnreachable: 'The file {file} could not be reached (the connection failed).',
    treeReasonAbsent: 'No content file was found at {file}.',
    treeReasonInvalid: 'The file {file} has problems: {reason}',
    treeReasonList: 'The file {file} has problems, listed above.',
    treeRetry: 'Try again',
    treeRetrying: 'Trying again…',
    treeStillMissing: 'The file loaded, but it has no tree “{tree}”.',
    treeOpenDefault: 'Open the guide’s tree instead',
  },
  zh: {
    title: '无法使用本站的内容文件',
    intro: '应用改为显示内置内容。请修正 {file} 中的以下问题，然后重新加载页面。',
    count: '共 {count} 个问题',
    countOne: '共 1 个问题',
    listLabel: '内容文件中的问题',
    where: '位置',
    node: '节点',
    builtIn: '位于内置内容，因本文件而出错',
    messagesNote:
      '每个问题都以 JSON 路径标明它在文件中的位置及所在的决策树节点；问题说明由校验程序生成，为英文。',
    docsBefore: '文件格式见 README 中的“Custom content”一节；编辑器可依据',
    schema: 'JSON Schema（content.schema.json）',
    docsAfter: '校验文件。',
    dismiss: '关闭',
    dismissLabel: '关闭内容问题列表',
    pending: '正在加载本站内容…',
    treeTitle: '无法加载本站的内容',
    treeBody:
      '此链接打开的决策树“{tree}”来自本站自己的内容文件。该文件目前无法使用，因此这棵决策树暂不可用。链接保持不变：可以重试，或改为打开指南的决策树。',
    treeReasonUnreachable: '无法连接到文件 {file}（连接失败）。',
    treeReasonAbsent: '在 {file} 未找到内容文件。',
    treeReasonInvalid: '文件 {file} 有问题：{reason}',
    treeReasonList: '文件 {file} 有问题，见上方列表。',
    treeRetry: '重试',
    treeRetrying: '正在重试…',
    treeStillMissing: '文件已加载，但其中没有决策树“{tree}”。',
    treeOpenDefault: '改为打开指南的决策树',
  },
});
