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
  },
});
