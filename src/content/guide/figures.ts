// The guide's performance comparison (性能对比) and feature comparison (功能对比), as the guide
// states them. Several of these figures are disputed by published measurements; those live in
// published-figures.ts and are shown next to these, never instead of them.
import type { z } from 'zod';
import type { FeatureRow, PerformanceRow, Quantity } from '../schema';

type QuantityInput = z.input<typeof Quantity>;

const performanceSource = {
  kind: 'guide',
  section: { en: 'Performance comparison', zh: '性能对比' },
} as const;

/** The guide's own text, identical in both languages ("<10ms", "1-5s", "1-5MB"). */
function range(min: number, max: number, text: string): QuantityInput {
  return { bound: 'range', min, max, display: { en: text, zh: text } };
}

export const performance: z.input<typeof PerformanceRow>[] = [
  {
    runtime: 'wasmedge',
    coldStartMs: { bound: 'lt', max: 10, display: { en: '<10ms', zh: '<10ms' } },
    memoryMb: range(1, 5, '1-5MB'),
    isolationStars: 5,
    gpu: 'yes',
    compatibility: 'partly',
    source: performanceSource,
  },
  {
    runtime: 'runc',
    coldStartMs: range(1000, 5000, '1-5s'),
    memoryMb: range(10, 50, '10-50MB'),
    isolationStars: 3,
    gpu: 'partly',
    compatibility: 'yes',
    source: performanceSource,
  },
  {
    runtime: 'kata',
    coldStartMs: range(5000, 15000, '5-15s'),
    memoryMb: range(100, 200, '100-200MB'),
    isolationStars: 5,
    gpu: 'partly',
    compatibility: 'yes',
    source: performanceSource,
  },
  {
    runtime: 'gvisor',
    coldStartMs: range(2000, 5000, '2-5s'),
    memoryMb: range(20, 50, '20-50MB'),
    isolationStars: 4,
    gpu: 'no',
    compatibility: 'partly',
    source: performanceSource,
  },
];

// The guide's qualitative words, mapped onto one five-step scale so they can be charted.
const veryFast = {
  kind: 'level',
  level: 'very_high',
  text: { en: 'very fast', zh: '极快' },
} as const;
const slow = { kind: 'level', level: 'low', text: { en: 'slow', zh: '慢' } } as const;
const veryLow = { kind: 'level', level: 'very_low', text: { en: 'very low', zh: '极低' } } as const;
const low = { kind: 'level', level: 'low', text: { en: 'low', zh: '低' } } as const;
const medium = { kind: 'level', level: 'medium', text: { en: 'medium', zh: '中等' } } as const;
const high = { kind: 'level', level: 'high', text: { en: 'high', zh: '高' } } as const;
const veryHigh = {
  kind: 'level',
  level: 'very_high',
  text: { en: 'very high', zh: '极高' },
} as const;
const yes = { kind: 'support', support: 'yes' } as const;
const partly = { kind: 'support', support: 'partly' } as const;
const no = { kind: 'support', support: 'no' } as const;

export const features: z.input<typeof FeatureRow>[] = [
  {
    id: 'startup_speed',
    label: { en: 'Startup speed', zh: '启动速度' },
    higherIsBetter: true,
    values: { wasmedge: veryFast, runc: slow, kata: slow, gvisor: medium },
  },
  {
    id: 'resource_use',
    label: { en: 'Resource use', zh: '资源占用' },
    higherIsBetter: false,
    values: { wasmedge: veryLow, runc: low, kata: high, gvisor: medium },
  },
  {
    id: 'isolation',
    label: { en: 'Isolation strength', zh: '隔离强度' },
    higherIsBetter: true,
    values: { wasmedge: veryHigh, runc: medium, kata: veryHigh, gvisor: high },
  },
  {
    id: 'gpu',
    label: { en: 'GPU support', zh: 'GPU 支持' },
    higherIsBetter: true,
    values: { wasmedge: yes, runc: partly, kata: partly, gvisor: no },
  },
  {
    id: 'compatibility',
    label: { en: 'Compatibility', zh: '兼容性' },
    higherIsBetter: true,
    values: { wasmedge: partly, runc: yes, kata: yes, gvisor: partly },
  },
  {
    id: 'ecosystem',
    label: { en: 'Ecosystem support', zh: '生态支持' },
    higherIsBetter: true,
    values: { wasmedge: partly, runc: yes, kata: partly, gvisor: partly },
  },
];
