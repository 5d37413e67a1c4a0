import { defineStrings } from '../../i18n';
import { uiStrings } from '../../components/ui/strings';

// Support words are the shared ones (the guide's answers), so a table cell here reads as it
// does on the result and the runtime pages.

export const compareStrings = defineStrings({
  en: {
    title: 'Compare the runtimes',
    lead: 'The guide’s performance and feature tables as charts, each with the table behind it. The guide’s figures are shown as the guide states them; published measurements, with their sources and dates, can be shown instead or beside them.',
    highlightNotice: '{runtime} is highlighted in every chart.',
    clearHighlight: 'Show all equally',
    highlightedWord: 'highlighted',
    highlightedRow: '(highlighted)',
    highlightColumn: '◆ {runtime}: highlighted',

    figuresLegend: 'Figures',
    figuresHelp:
      'Applies to cold start and memory. Ratings (stars, yes / partly / no) exist only in the guide; published notes on them are listed under their charts.',
    figuresGuide: 'The guide’s',
    figuresPublished: 'Published',
    figuresBoth: 'Both, side by side',

    legendTitle: 'How to read the charts',
    legendSolid: 'Solid bar: the guide’s range, from its lower to its upper value',
    legendOutline: 'Outlined bar: a published range',
    legendOpen: 'Dashed bar with an arrow: only an upper value is stated (“<10ms”)',
    legendPoint: 'Diamond: a single stated value',
    legendLabels:
      'Every bar carries its runtime’s name and value in words; colour is never needed.',
    runtimesLegend: 'Runtimes',

    performanceHeading: 'Performance',
    featuresHeading: 'Features',

    coldStartTitle: 'Cold start',
    coldStartUnits:
      'Time to start, in milliseconds (ms) and seconds (s), on a logarithmic axis: each gridline is ten times the one before.',
    memoryTitle: 'Memory',
    memoryUnits:
      'Memory per instance, in megabytes (MB), on a logarithmic axis: each gridline is ten times the one before.',
    isolationTitle: 'Isolation strength',
    isolationUnits: 'The guide’s stars, from 1 to 5.',
    supportTitle: 'GPU support, compatibility and ecosystem',
    supportUnits: 'The guide’s categories: ✓ yes, ⚠ partly, ✗ no.',
    featuresTitle: 'Feature comparison',
    featuresUnits:
      'The guide’s own words for six features, placed on a five-step scale from very low to very high, and shaded from worse to better for you.',

    chartLabel: '{title} chart. Use the arrow keys to read it row by row.',
    showTable: 'Show table',
    hideTable: 'Hide table',
    chartLoading: 'Loading the chart…',
    chartFailed:
      'The chart could not be loaded (the connection may have dropped). The table below has the same values.',

    originGuide: 'Guide',
    originPublished: 'Published',
    publishedRef: 'Published [{ref}]',
    captionValue: '{origin}: {value}',
    captionUpTo: '{origin}: {value} (up to {max})',
    noGuideFigure: 'Guide: no figure',
    noPublishedFigure: 'Published: no measurement found',
    readRange: 'from {min} to {max}',
    readUpTo: 'up to {max}; no lower value is stated',
    readPoint: 'about {value}',
    asStated: 'As stated',
    readAs: 'Read as',
    conditions: 'Conditions',

    upToNote:
      'Only an upper value is stated for {values}. Such a bar is dashed and starts at the axis floor ({floor}) with an arrow: the floor is where the chart begins, not a measurement. Only the solid edge at the upper value is a stated figure.',
    bothNote:
      'Each runtime’s solid bar is the guide’s figure and the outlined bars below it are published ones. Where the guide’s bar lies to the left of the published ones, the guide is optimistic; to the right, it is pessimistic.',
    publishedSourcesTitle: 'Published figures and their sources',
    unchartedTitle: 'Also published, not drawn (no single figure to chart)',
    publishedNotesTitle: 'Published notes on these ratings',
    noPublishedRatings:
      'There are no published ratings on this scale; the chart shows the guide’s. Published notes are listed below it.',
    relationAgrees: 'agrees with the guide',
    relationDisagrees: 'disagrees with the guide',
    relationAdds: 'adds to the guide',

    colRuntime: 'Runtime',
    colFigure: 'Figure',
    colAsStated: 'As stated',
    colValue: 'Value ({unit})',
    colStars: 'Stars',
    colInWords: 'In words',
    colFeature: 'Feature',
    valueRange: '{min} to {max}',
    valueUpTo: 'up to {max}',
    valuePoint: 'about {value}',
    noValue: 'none',

    starsOf: '{n} of {max}',
    noStars: 'no rating',

    criterionGpu: 'GPU support',
    criterionCompatibility: 'Compatibility',
    criterionEcosystem: 'Ecosystem',

    supportYes: uiStrings.en.supportYes,
    supportPartly: uiStrings.en.supportPartly,
    supportNo: uiStrings.en.supportNo,
    missing: 'not rated',

    levelVeryLow: 'very low',
    levelLow: 'low',
    levelMedium: 'medium',
    levelHigh: 'high',
    levelVeryHigh: 'very high',
    levelOnScale: '{word} ({level} on the scale)',
    scaleTitle: 'The scale',
    scaleHelp:
      'The guide describes each feature in words (“very fast”, “slow”), and each word is placed on one five-step scale; the cell shows the guide’s own word and the table its place on the scale. The shade says what that place means for you: the more intense, the better. For resource use, low is good, so a “high” is shaded as worse.',
    shadeTitle: 'Shade: worse to better for you',
    meritWorst: 'worst',
    meritWorse: 'worse',
    meritMiddle: 'middling',
    meritBetter: 'better',
    meritBest: 'best',
    lowerIsBetter: '{label} (lower is better)',
    supportScale:
      'GPU support, compatibility and ecosystem use the guide’s ✓ yes, ⚠ partly and ✗ no.',
    featureSection: 'Feature comparison',
    ecosystemSection: 'Feature comparison (ecosystem)',
  },
  zh: {
    title: '运行时对比',
    lead: '把指南中的性能对比表和功能对比表画成图表，每张图都附有对应的数据表。指南的数据按指南原文展示；公开测量数据附有来源和日期，可以替换显示或并排显示。',
    highlightNotice: '{runtime} 在每张图中突出显示。',
    clearHighlight: '取消突出显示',
    highlightedWord: '突出显示',
    highlightedRow: '（突出显示）',
    highlightColumn: '◆ {runtime}：突出显示',

    figuresLegend: '数据',
    figuresHelp:
      '适用于冷启动和内存。评级（星级、支持 / 部分 / 不支持）只有指南给出；相关的公开说明列在对应图表下方。',
    figuresGuide: '指南数据',
    figuresPublished: '公开数据',
    figuresBoth: '两者并排',

    legendTitle: '如何阅读图表',
    legendSolid: '实心条：指南给出的范围，从下限到上限',
    legendOutline: '空心条：公开数据给出的范围',
    legendOpen: '带箭头的虚线条：只给出上限（如“<10ms”）',
    legendPoint: '菱形：单个数值',
    legendLabels: '每个条形都用文字标出运行时名称和数值，不需要依靠颜色辨认。',
    runtimesLegend: '运行时',

    performanceHeading: '性能',
    featuresHeading: '功能',

    coldStartTitle: '冷启动',
    coldStartUnits:
      '启动所需时间，单位为毫秒（ms）和秒（s），对数坐标轴：每条网格线是前一条的十倍。',
    memoryTitle: '内存',
    memoryUnits: '每个实例的内存占用，单位为兆字节（MB），对数坐标轴：每条网格线是前一条的十倍。',
    isolationTitle: '隔离强度',
    isolationUnits: '指南的星级，1 到 5 星。',
    supportTitle: 'GPU 支持、兼容性与生态支持',
    supportUnits: '指南的分类：✓ 支持，⚠ 部分，✗ 不支持。',
    featuresTitle: '功能对比',
    featuresUnits:
      '指南对六项功能的原文描述，放在从“极低”到“极高”的五级刻度上，并按对你从差到好着色。',

    chartLabel: '{title}图表。使用方向键逐行查看。',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    chartLoading: '正在加载图表…',
    chartFailed: '图表无法加载（可能是网络中断）。下方的数据表包含相同的数值。',

    originGuide: '指南',
    originPublished: '公开数据',
    publishedRef: '公开数据 [{ref}]',
    captionValue: '{origin}：{value}',
    captionUpTo: '{origin}：{value}（最多 {max}）',
    noGuideFigure: '指南：无数据',
    noPublishedFigure: '公开数据：未找到测量值',
    readRange: '从 {min} 到 {max}',
    readUpTo: '最多 {max}；未给出下限',
    readPoint: '约 {value}',
    asStated: '原文',
    readAs: '含义',
    conditions: '条件',

    upToNote:
      '{values} 只给出了上限。这类条形为虚线，从坐标轴起点（{floor}）开始并带有箭头：起点只是图表开始的位置，不是测量值。只有上限处的实线边缘是给出的数值。',
    bothNote:
      '每个运行时的实心条是指南数据，其下方的空心条是公开数据。指南的条形位于公开数据左侧时，说明指南偏乐观；位于右侧时，说明指南偏保守。',
    publishedSourcesTitle: '公开数据及其来源',
    unchartedTitle: '其他公开资料（没有可绘制的单一数值）',
    publishedNotesTitle: '关于这些评级的公开说明',
    noPublishedRatings:
      '没有按此刻度给出的公开评级；图表显示的是指南的评级。相关的公开说明列在图表下方。',
    relationAgrees: '与指南一致',
    relationDisagrees: '与指南不符',
    relationAdds: '对指南的补充',

    colRuntime: '运行时',
    colFigure: '数据',
    colAsStated: '原文',
    colValue: '数值（{unit}）',
    colStars: '星级',
    colInWords: '文字',
    colFeature: '功能',
    valueRange: '{min} 至 {max}',
    valueUpTo: '最多 {max}',
    valuePoint: '约 {value}',
    noValue: '无',

    starsOf: '{n} / {max} 星',
    noStars: '无评级',

    criterionGpu: 'GPU 支持',
    criterionCompatibility: '兼容性',
    criterionEcosystem: '生态支持',

    supportYes: uiStrings.zh.supportYes,
    supportPartly: uiStrings.zh.supportPartly,
    supportNo: uiStrings.zh.supportNo,
    missing: '未评级',

    levelVeryLow: '极低',
    levelLow: '低',
    levelMedium: '中等',
    levelHigh: '高',
    levelVeryHigh: '极高',
    levelOnScale: '{word}（刻度：{level}）',
    scaleTitle: '刻度',
    scaleHelp:
      '指南用文字描述每项功能（如“极快”“慢”），每个描述都放在同一个五级刻度上；单元格显示指南的原文，表格给出它在刻度上的位置。颜色表示这个位置对你意味着什么：颜色越浓越好。对于资源占用，越低越好，所以“高”按较差着色。',
    shadeTitle: '颜色：对你从差到好',
    meritWorst: '最差',
    meritWorse: '较差',
    meritMiddle: '中等',
    meritBetter: '较好',
    meritBest: '最好',
    lowerIsBetter: '{label}（越低越好）',
    supportScale: 'GPU 支持、兼容性和生态支持使用指南的 ✓ 支持、⚠ 部分和 ✗ 不支持。',
    featureSection: '功能对比',
    ecosystemSection: '功能对比（生态支持）',
  },
});

export type CompareStrings = (typeof compareStrings)['en'];
