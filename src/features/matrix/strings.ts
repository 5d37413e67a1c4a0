import { defineStrings } from '../../i18n';

export const matrixStrings = defineStrings({
  en: {
    title: 'Decision matrix',
    lead: 'The guide’s four scenarios against the four questions of its decision tree, with the runtime it recommends for each.',
    presetsLead:
      'Each scenario opens the decision guide with the answers the matrix fixes. Questions it marks “partly” are left to you, and answers the walk never reaches stay out of the link.',
    caption: 'The guide’s decision matrix: scenarios by criteria',
    scenario: 'Scenario',
    recommended: 'Recommended runtime',
    preset: 'Open in the decision guide',
    openPreset: 'Open “{scenario}” in the decision guide',
    weighPreset: 'Weigh “{scenario}” yourself',
    landsOutcome: 'Leads straight to the result: {runtime}.',
    landsQuestion: 'Opens at the question “{question}”.',
    landsOpen: 'Opens at “{question}”, which the matrix marks “partly”: your call.',
    presetColumn: 'Preset',
    legend: 'Cells: ✓ yes, ⚠ partly (either answer can fit), ✗ no.',
    beyondTitle: 'Beyond the matrix',
    beyondLead:
      'The guide’s 2025 practice also recommends runtimes for a case the matrix has no row for:',
    firstChoice: 'First choice',
    secondChoice: 'Second choice',
    traditional: 'Traditional alternative',
    fullTree:
      'The guide’s own tree never leads to these; the extended tree (ours, built on the guide) does.',
    openFullTree: 'Open the extended tree',
  },
  zh: {
    title: '决策矩阵',
    lead: '指南中的四个场景与其决策树的四个问题的对照，以及指南对每个场景推荐的运行时。',
    presetsLead:
      '每个场景都会以矩阵确定的回答打开选型决策。矩阵标为“部分”的问题留给你回答，决策路径不会经过的回答不会写入链接。',
    caption: '指南的决策矩阵：场景与判断条件',
    scenario: '场景',
    recommended: '推荐运行时',
    preset: '在选型决策中打开',
    openPreset: '在选型决策中打开“{scenario}”',
    weighPreset: '自己权衡“{scenario}”',
    landsOutcome: '直接得出结果：{runtime}。',
    landsQuestion: '从问题“{question}”开始。',
    landsOpen: '从“{question}”开始：矩阵将其标为“部分”，由你决定。',
    presetColumn: '预设',
    legend: '单元格：✓ 是，⚠ 部分（两种回答都可能适用），✗ 否。',
    beyondTitle: '矩阵之外',
    beyondLead: '指南的 2025 年实践还为矩阵中没有的情形推荐了运行时：',
    firstChoice: '首选',
    secondChoice: '次选',
    traditional: '传统方案',
    fullTree: '指南自身的决策树不会通向这些运行时；本应用在指南基础上扩展的决策树可以。',
    openFullTree: '打开扩展决策树',
  },
});
