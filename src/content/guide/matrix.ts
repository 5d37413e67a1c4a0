// The guide's decision matrix (决策矩阵): four scenarios against the four questions of its tree.
// Criterion ids equal the guide tree's question ids, so a scenario can preset the wizard's answers.
// Cells keep the guide's three symbols: ✅ yes, ⚠️ partly, ❌ no.
import type { z } from 'zod';
import type { Matrix } from '../schema';

export const matrix: z.input<typeof Matrix> = {
  treeId: 'guide',
  criteria: [
    {
      id: 'resource_constrained',
      questionId: 'resource_constrained',
      label: { en: 'Resource constrained', zh: '资源受限' },
    },
    {
      id: 'fast_startup',
      questionId: 'fast_startup',
      label: { en: 'Fast startup', zh: '快速启动' },
    },
    {
      id: 'strong_isolation',
      questionId: 'strong_isolation',
      label: { en: 'Strong isolation', zh: '强隔离' },
    },
    { id: 'gpu', questionId: 'gpu', label: { en: 'GPU', zh: 'GPU' } },
  ],
  scenarios: [
    {
      id: 'edge',
      label: { en: 'Edge computing', zh: '边缘计算' },
      cells: {
        resource_constrained: 'yes',
        fast_startup: 'yes',
        strong_isolation: 'yes',
        gpu: 'no',
      },
      runtime: 'wasmedge',
    },
    {
      id: 'ai_inference',
      label: { en: 'AI inference', zh: 'AI 推理' },
      cells: {
        resource_constrained: 'partly',
        fast_startup: 'yes',
        strong_isolation: 'yes',
        gpu: 'yes',
      },
      runtime: 'wasmedge',
    },
    {
      id: 'serverless',
      label: { en: 'Serverless', zh: 'Serverless' },
      cells: {
        resource_constrained: 'partly',
        fast_startup: 'yes',
        strong_isolation: 'yes',
        gpu: 'no',
      },
      runtime: 'wasmedge',
    },
    {
      id: 'microservices',
      label: { en: 'Microservices', zh: '微服务' },
      cells: {
        resource_constrained: 'no',
        fast_startup: 'partly',
        strong_isolation: 'partly',
        gpu: 'no',
      },
      runtime: 'runc',
    },
  ],
  source: { kind: 'guide', section: { en: 'Decision matrix', zh: '决策矩阵' } },
};
