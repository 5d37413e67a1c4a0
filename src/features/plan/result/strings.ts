import { defineStrings } from '../../../i18n';

export const addToPlanStrings = defineStrings({
  en: {
    addHeading: 'Add to a platform plan',
    nameLabel: 'Name in the plan',
    addToPlan: 'Add to plan',
    added: 'Added “{name}” to the plan, which now holds {n} workload(s).',
    openPlan: 'Open the plan',
    addFailed: 'This could not be added: reload the page and try again.',
    planFull: 'The plan is full ({max} workloads). Remove one from the plan to add another.',
  },
  zh: {
    addHeading: '加入平台规划',
    nameLabel: '在规划中的名称',
    addToPlan: '加入规划',
    added: '已把“{name}”加入规划，规划中现有 {n} 个工作负载。',
    openPlan: '打开规划',
    addFailed: '无法加入：请重新加载页面后重试。',
    planFull: '规划已满（{max} 个工作负载）。请先从规划中移除一个。',
  },
});
