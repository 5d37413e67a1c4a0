import { defineStrings } from '../../../i18n';

export const planNavStrings = defineStrings({
  en: {
    navPlan: 'Plan',
    navPlanWorkloads: ': {n} workloads',
  },
  zh: {
    navPlan: '规划',
    navPlanWorkloads: '：{n} 个工作负载',
  },
});
