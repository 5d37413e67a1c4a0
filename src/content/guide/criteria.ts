// How each answer reads against the guide's own tables. A "yes" to a question of either tree
// states a need; the guide's feature comparison says how well each runtime meets it, and its
// performance comparison gives the figure behind that. The result's reasons and the why-not of
// every other runtime are derived from these rows and the tables, never written per path.
//
// Which cells count as meeting a need is our reading of the guide's thresholds, so each row's
// source is an inference that says what it rests on.
import type { z } from 'zod';
import type { Criterion } from '../schema';

type CriterionInput = z.input<typeof Criterion>;

const resourceNeed: Omit<CriterionInput, 'id' | 'questionId'> = {
  answerId: 'yes',
  feature: 'resource_use',
  acceptable: ['very_low', 'low', 'medium'],
  performance: 'memoryMb',
  metrics: ['memory'],
  source: {
    kind: 'inference',
    basis: {
      en: 'The guide calls an environment resource-constrained at memory < 100 MB and CPU < 1 core, which we read as per node (the guide does not say). Its performance table puts Kata Containers at 100-200MB, the one runtime it rates “high” for resource use, so we read “high” as over that limit.',
      zh: '指南对资源受限的定义是内存 < 100MB、CPU < 1 核，我们理解为每个节点（指南未说明）。其性能对比表中 Kata Containers 为 100-200MB，也是唯一被评为资源占用“高”的运行时，因此我们把“高”理解为超出该限制。',
    },
  },
};

const isolationNeed: Omit<CriterionInput, 'id' | 'questionId'> = {
  answerId: 'yes',
  feature: 'isolation',
  acceptable: ['high', 'very_high'],
  performance: 'isolationStars',
  metrics: ['isolation'],
  recommendation: 'strong_isolation',
  source: {
    kind: 'inference',
    basis: {
      en: 'The guide rates an ordinary shared-kernel container (runc) “medium”, 3 stars, and describes gVisor as “safer than a container”; we read strong isolation as “high” or “very high” in its feature table.',
      zh: '指南将普通的共享内核容器（runc）评为“中等”（3 星），并称 gVisor“比容器安全”；因此我们把强隔离理解为功能对比表中的“高”或“极高”。',
    },
  },
};

const gpuNeed: Omit<CriterionInput, 'id' | 'questionId'> = {
  answerId: 'yes',
  feature: 'gpu',
  acceptable: ['yes', 'partly'],
  capability: true,
  performance: 'gpu',
  metrics: ['gpu'],
  source: {
    kind: 'inference',
    basis: {
      en: 'The guide marks GPU support ✅ yes, ⚠️ partly or ❌ no; we read “partly” as usable with limits and “no” as ruling a runtime out.',
      zh: '指南将 GPU 支持标为 ✅ 支持、⚠️ 部分或 ❌ 不支持；我们把“部分”理解为有限制地可用，把“不支持”理解为排除该运行时。',
    },
  },
};

export const criteria: CriterionInput[] = [
  { id: 'resource_constrained', questionId: 'resource_constrained', ...resourceNeed },
  { id: 'strong_isolation', questionId: 'strong_isolation', ...isolationNeed },
  {
    id: 'fast_startup',
    questionId: 'fast_startup',
    answerId: 'yes',
    feature: 'startup_speed',
    acceptable: ['very_high'],
    performance: 'coldStartMs',
    metrics: ['cold_start'],
    source: {
      kind: 'inference',
      basis: {
        en: 'The guide means a cold start under 10 ms; in its feature table only “very fast” startup goes with a figure in that range (<10ms).',
        zh: '指南所说的快速启动是 <10ms 冷启动；在其功能对比表中，只有“极快”的启动速度对应这一范围的数据（<10ms）。',
      },
    },
  },
  { id: 'gpu', questionId: 'gpu', ...gpuNeed },
  {
    id: 'existing_images',
    questionId: 'existing_images',
    answerId: 'yes',
    feature: 'compatibility',
    acceptable: ['yes'],
    performance: 'compatibility',
    metrics: ['compatibility'],
    // The guide's ✅ / ⚠️ compatibility marks do not say which images run unchanged: WasmEdge's
    // ⚠️ means "needs a Wasm build", gVisor's "most images". The published row says which.
    property: { id: 'runs_linux_images', acceptable: ['yes', 'partly'] },
    source: {
      kind: 'inference',
      basis: {
        en: 'The question asks whether existing Linux container images must run unchanged. We read that from published sources, not from the guide’s compatibility marks (✅ runc and Kata Containers, ⚠️ WasmEdge and gVisor): runc and Kata run OCI images as they are; gVisor runs most, limited by the system calls its user-space kernel implements; WasmEdge needs a Wasm build.',
        zh: '该问题问的是现有 Linux 容器镜像是否必须不经修改地运行。我们依据已发布的资料而不是指南的兼容性评价（runc 和 Kata Containers ✅，WasmEdge 和 gVisor ⚠️）来判断：runc 和 Kata 按原样运行 OCI 镜像；gVisor 能运行大多数镜像，受其用户态内核实现的系统调用所限；WasmEdge 需要构建为 Wasm。',
      },
    },
  },
  { id: 'oci_strong_isolation', questionId: 'oci_strong_isolation', ...isolationNeed },
  { id: 'oci_gpu', questionId: 'oci_gpu', ...gpuNeed },
  {
    id: 'vm_boundary',
    questionId: 'vm_boundary',
    answerId: 'yes',
    feature: 'isolation',
    acceptable: ['very_high'],
    performance: 'isolationStars',
    metrics: ['isolation'],
    recommendation: 'strong_isolation',
    // A VM boundary is a kind of isolation, not an amount of it: the guide gives WasmEdge the
    // same 5 stars as Kata, and WebAssembly has no VM boundary.
    property: { id: 'vm_boundary', acceptable: ['yes'] },
    source: {
      kind: 'inference',
      basis: {
        en: 'The question asks for a hardware-virtualisation boundary, which we read from published sources: only Kata Containers runs each pod in its own VM. The guide’s isolation stars (5 for both Kata Containers and WasmEdge) stay beside it as the guide’s.',
        zh: '该问题要求硬件虚拟化边界，我们依据已发布的资料判断：只有 Kata Containers 让每个 Pod 运行在自己的虚拟机中。指南的隔离星级（Kata Containers 和 WasmEdge 均为 5 星）作为指南的评价列在旁边。',
      },
    },
  },
];
