// The guide's three case studies (实际应用案例), as the guide reports them. They name no
// organisation and cite no measurement, so they are shown as the guide's account.
import type { z } from 'zod';
import type { CaseStudy } from '../schema';

const caseStudiesSection = {
  kind: 'guide',
  section: { en: 'Case studies', zh: '实际应用案例' },
} as const;

export const caseStudies: z.input<typeof CaseStudy>[] = [
  {
    id: 'edge_nodes',
    runtime: 'wasmedge',
    scenarioId: 'edge',
    title: {
      en: 'Case 1: edge computing runtime selection',
      zh: '案例 1：边缘计算运行时选型',
    },
    scenario: {
      en: 'Runtime selection for 1000+ edge nodes',
      zh: '1000+ 边缘节点的运行时选型',
    },
    stack: ['WasmEdge 0.14.1', 'K3s 1.30', 'Kubernetes 1.30'],
    reasons: [
      {
        title: { en: 'Startup performance', zh: '启动性能' },
        text: {
          en: '< 5 ms cold start meets real-time response needs',
          zh: '< 5ms 冷启动，满足实时响应需求',
        },
      },
      {
        title: { en: 'Resource use', zh: '资源占用' },
        text: {
          en: '< 3 MB memory suits resource-constrained environments',
          zh: '< 3MB 内存，适合资源受限环境',
        },
      },
      {
        title: { en: 'Offline capability', zh: '离线能力' },
        text: {
          en: 'Runs offline, which meets edge needs',
          zh: '支持离线运行，满足边缘场景需求',
        },
      },
    ],
    results: [
      {
        label: { en: 'Startup time', zh: '启动时间' },
        value: { en: '< 5 ms (P99)', zh: '< 5ms（P99）' },
      },
      { label: { en: 'Memory use', zh: '内存占用' }, value: { en: '< 3 MB', zh: '< 3MB' } },
      {
        label: { en: 'System availability', zh: '系统可用性' },
        value: { en: '99.99%', zh: '99.99%' },
      },
    ],
    source: caseStudiesSection,
  },
  {
    id: 'serverless_platform',
    runtime: 'wasmedge',
    scenarioId: 'serverless',
    title: {
      en: 'Case 2: serverless platform runtime selection',
      zh: '案例 2：Serverless 平台运行时选型',
    },
    scenario: {
      en: 'A serverless platform supporting 10,000+ concurrent functions',
      zh: '支持 10000+ 并发函数的 Serverless 平台',
    },
    stack: ['WasmEdge 0.14.1', 'K3s 1.30', 'Knative 1.12'],
    reasons: [
      {
        title: { en: 'Startup performance', zh: '启动性能' },
        text: {
          en: '< 5 ms cold start supports fast scale-out',
          zh: '< 5ms 冷启动，支持快速扩展',
        },
      },
      {
        title: { en: 'Resource use', zh: '资源占用' },
        text: { en: '< 3 MB memory supports high concurrency', zh: '< 3MB 内存，支持高并发' },
      },
      {
        title: { en: 'Cost optimisation', zh: '成本优化' },
        text: {
          en: 'Low resource use lowers operating cost',
          zh: '低资源占用，降低运营成本',
        },
      },
    ],
    results: [
      {
        label: { en: 'Startup time', zh: '启动时间' },
        value: { en: '< 5 ms (P99)', zh: '< 5ms（P99）' },
      },
      {
        label: { en: 'Concurrency', zh: '并发能力' },
        value: { en: '5,000+ instances per node', zh: '单节点 5000+ 实例' },
      },
      { label: { en: 'Cost saving', zh: '成本节省' }, value: { en: '70%', zh: '70%' } },
    ],
    source: caseStudiesSection,
  },
  {
    id: 'ai_inference_service',
    runtime: 'wasmedge',
    scenarioId: 'ai_inference',
    title: {
      en: 'Case 3: AI inference runtime selection',
      zh: '案例 3：AI 推理运行时选型',
    },
    scenario: { en: 'Real-time AI inference service', zh: '实时 AI 推理服务' },
    // The guide lists "GPU 加速": words, so localised, unlike the product names.
    stack: ['WasmEdge 0.14.1', { en: 'GPU acceleration', zh: 'GPU 加速' }, 'Kubernetes 1.30'],
    reasons: [
      {
        title: { en: 'GPU support', zh: 'GPU 支持' },
        text: { en: 'Native GPU acceleration support', zh: '原生 GPU 加速支持' },
      },
      {
        title: { en: 'Low latency', zh: '低延迟' },
        text: { en: 'Inference latency < 50 ms', zh: '推理延迟 < 50ms' },
      },
      {
        title: { en: 'Resource optimisation', zh: '资源优化' },
        text: {
          en: 'Low resource use raises GPU utilisation',
          zh: '低资源占用，提高 GPU 利用率',
        },
      },
    ],
    results: [
      {
        label: { en: 'Inference latency', zh: '推理延迟' },
        value: { en: '< 50 ms (P99)', zh: '< 50ms（P99）' },
      },
      { label: { en: 'GPU utilisation', zh: 'GPU 利用率' }, value: { en: '> 85%', zh: '> 85%' } },
      { label: { en: 'Resource saving', zh: '资源节省' }, value: { en: '60%', zh: '60%' } },
    ],
    source: caseStudiesSection,
  },
];
