// The guide's "2025 practice" section (2025 年最新实践): its WasmEdge 0.14.1 notes and its
// per-scenario recommendations. These are the guide's claims as written; no primary source was
// found for the 0.14.1 figures (see published-figures.ts).
import type { z } from 'zod';
import type { Practice2025 } from '../schema';

export const practice2025: z.input<typeof Practice2025> = {
  runtime: 'wasmedge',
  title: { en: 'WasmEdge 0.14.1 new features (2025)', zh: 'WasmEdge 0.14.1 新特性（2025）' },
  // The guide labels 0.14.1 "2025 最新" (latest in 2025); the title carries the year.
  stack: ['WasmEdge 0.14.1', 'Kubernetes 1.30', 'K3s 1.30.4+k3s2'],
  features: [
    {
      title: { en: 'Startup performance', zh: '启动性能' },
      text: { en: 'Cold start < 5 ms (50% better)', zh: '冷启动时间 < 5ms（提升 50%）' },
    },
    {
      title: { en: 'Better GPU support', zh: 'GPU 支持增强' },
      text: { en: 'Improved CUDA/OpenCL support', zh: '改进的 CUDA/OpenCL 支持' },
    },
    {
      title: { en: 'Memory optimisation', zh: '内存优化' },
      text: { en: 'Memory use < 3 MB (40% less)', zh: '内存占用 < 3MB（减少 40%）' },
    },
    {
      title: { en: 'Better tooling', zh: '工具链增强' },
      text: { en: 'Improved compile and debug tooling', zh: '改进的编译和调试工具' },
    },
  ],
  recommendations: [
    {
      scenarioId: 'edge',
      label: { en: 'Edge computing', zh: '边缘计算场景' },
      first: {
        runtime: 'wasmedge',
        reason: {
          en: 'WasmEdge 0.14.1: < 5 ms startup, < 3 MB memory',
          zh: 'WasmEdge 0.14.1（<5ms 启动，<3MB 内存）',
        },
      },
      alternative: {
        runtime: 'runc',
        kind: 'traditional',
        reason: { en: 'Standard compatibility, rich ecosystem', zh: '标准兼容，生态丰富' },
      },
    },
    {
      scenarioId: 'ai_inference',
      label: { en: 'AI inference', zh: 'AI 推理场景' },
      first: {
        runtime: 'wasmedge',
        reason: {
          en: 'WasmEdge 0.14.1: GPU acceleration, low latency',
          zh: 'WasmEdge 0.14.1（GPU 加速，低延迟）',
        },
      },
      alternative: {
        runtime: 'runc',
        kind: 'traditional',
        reason: { en: 'Good compatibility', zh: '兼容性好' },
      },
    },
    {
      scenarioId: 'serverless',
      label: { en: 'Serverless', zh: 'Serverless 场景' },
      first: {
        runtime: 'wasmedge',
        reason: {
          en: 'WasmEdge 0.14.1: very fast startup, low resource use',
          zh: 'WasmEdge 0.14.1（极速启动，低资源）',
        },
      },
      alternative: {
        runtime: 'runc',
        kind: 'traditional',
        reason: { en: 'Standard compatibility', zh: '标准兼容' },
      },
    },
    {
      scenarioId: 'strong_isolation',
      label: { en: 'Strong isolation', zh: '强隔离场景' },
      first: { runtime: 'kata', reason: { en: 'VM-level isolation', zh: 'VM 级隔离' } },
      alternative: {
        runtime: 'gvisor',
        kind: 'second',
        reason: { en: 'User-space kernel', zh: '用户态内核' },
      },
    },
  ],
  source: { kind: 'guide', section: { en: '2025 practice', zh: '2025 年最新实践' } },
};
