import { defineStrings } from '../../i18n';

export const landingStrings = defineStrings({
  en: {
    title: 'Choose a container or sandbox runtime',
    lead: 'Answer a few yes/no questions from the runtime selection guide and get a recommendation that says why, with the alternatives and where each figure comes from.',
    covers: 'Covers WasmEdge, runc/containerd, Kata Containers and gVisor.',
    start: 'Start the decision guide',
    questions: '{count} questions at most',
    runtimesLabel: 'Runtimes in the guide',
  },
  zh: {
    title: '选择容器或沙盒运行时',
    lead: '根据《运行时选型决策》指南回答几个是/否问题，得到附带理由、备选方案和数据来源的推荐。',
    covers: '涵盖 WasmEdge、runc/containerd、Kata Containers 和 gVisor。',
    start: '开始选型决策',
    questions: '最多 {count} 个问题',
    runtimesLabel: '指南涉及的运行时',
  },
});
