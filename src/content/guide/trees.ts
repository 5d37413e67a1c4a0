// The decision trees. `guideTree` is the guide's own tree, node for node (its ids are part of the
// share links, so they never change). `fullTree` is our extension: it reuses the very same node
// objects for the guide's subtree, so the two can never drift apart (the guide's tree adds only
// the counterparts of two questions, which point into the extended tree).
import type { z } from 'zod';
import type { Answer, OutcomeNode, QuestionNode, Tree } from '../schema';

type AnswerInput = z.input<typeof Answer>;
type QuestionInput = z.input<typeof QuestionNode>;
type OutcomeInput = z.input<typeof OutcomeNode>;
type TreeInput = z.input<typeof Tree>;

function yesNo(yesNext: string, noNext: string): AnswerInput[] {
  return [
    { id: 'yes', label: { en: 'Yes', zh: '是' }, next: yesNext },
    { id: 'no', label: { en: 'No', zh: '否' }, next: noNext },
  ];
}

// ---------------------------------------------------------------- the guide's tree

const resourceConstrained: QuestionInput = {
  kind: 'question',
  id: 'resource_constrained',
  text: { en: 'Is the environment resource-constrained?', zh: '资源受限?' },
  help: {
    en: 'The guide counts an environment as resource-constrained at memory < 100 MB and CPU < 1 core, as on edge nodes. It does not say per what; we read both as per node: what a node can give its workloads.',
    zh: '指南以内存 < 100MB、CPU < 1 核为资源受限的标准（例如边缘节点）。指南没有说明按什么计算；我们理解为每个节点，即节点能分给工作负载的资源。',
  },
  guideText: '资源受限?',
  answers: yesNo('strong_isolation', 'fast_startup'),
};

const strongIsolation: QuestionInput = {
  kind: 'question',
  id: 'strong_isolation',
  text: { en: 'Do you need strong isolation?', zh: '需要强隔离?' },
  help: {
    en: 'Whether workloads must be kept apart more strongly than ordinary containers. The guide means VM-level isolation and memory-safety guarantees, as needed for multi-tenant environments and strict security compliance.',
    zh: '工作负载之间是否需要比普通容器更强的隔离。指南指的是 VM 级别隔离和内存安全保证，用于需要强隔离的多租户环境和严格的安全合规要求。',
  },
  guideText: '需要强隔离?',
  answers: yesNo('wasmedge', 'runc'),
};

const fastStartup: QuestionInput = {
  kind: 'question',
  id: 'fast_startup',
  text: { en: 'Do you need fast startup?', zh: '需要快速启动?' },
  help: {
    en: 'Whether cold-start time matters, for example when instances start per request or scale from zero. The guide means a cold start under 10 ms (<10ms).',
    zh: '冷启动时间是否关键，例如按请求启动实例或从零扩容。指南指的是 <10ms 冷启动。',
  },
  guideText: '需要快速启动?',
  answers: yesNo('wasmedge', 'gpu'),
};

const gpu: QuestionInput = {
  kind: 'question',
  id: 'gpu',
  text: { en: 'Do you need GPU acceleration?', zh: '需要GPU?' },
  help: {
    en: 'Whether the workload needs a GPU, for example for AI inference. The guide means GPU acceleration through CUDA/OpenCL.',
    zh: '工作负载是否需要 GPU，例如用于 AI 推理。指南指的是 GPU 加速，支持 CUDA/OpenCL。',
  },
  guideText: '需要GPU?',
  answers: yesNo('wasmedge', 'runc'),
};

const wasmedgeOutcome: OutcomeInput = {
  kind: 'outcome',
  id: 'wasmedge',
  runtime: 'wasmedge',
  label: { en: 'WasmEdge · Y=4 sandbox isolation', zh: 'WasmEdge · Y=4 沙盒隔离' },
  scenario: { en: 'Edge / AI / Serverless scenarios', zh: '边缘/AI/Serverless场景' },
};

const runcOutcome: OutcomeInput = {
  kind: 'outcome',
  id: 'runc',
  runtime: 'runc',
  label: { en: 'runc · Y=3 container isolation', zh: 'runc · Y=3 容器隔离' },
  scenario: { en: 'Traditional microservice scenarios', zh: '传统微服务场景' },
};

export const guideTree: TreeInput = {
  id: 'guide',
  title: { en: 'The guide’s decision tree', zh: '指南的决策树' },
  description: {
    en: 'The decision tree from the runtime selection guide (2025), exactly as the guide draws it. It leads to WasmEdge or runc only.',
    zh: '运行时选型决策指南（2025）中的决策树，与指南原图完全一致。结果只有 WasmEdge 或 runc。',
  },
  origin: 'guide',
  root: 'resource_constrained',
  // Two of the guide's questions ask what the extended tree asks for container images; naming
  // the counterpart lets a disputed result carry the answer over.
  nodes: [
    resourceConstrained,
    { ...strongIsolation, counterparts: { full: 'oci_strong_isolation' } },
    fastStartup,
    { ...gpu, counterparts: { full: 'oci_gpu' } },
    wasmedgeOutcome,
    runcOutcome,
  ],
};

// ---------------------------------------------------------------- our extension

const existingImages: QuestionInput = {
  kind: 'question',
  id: 'existing_images',
  text: {
    en: 'Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?',
    zh: '工作负载是否必须以现有的 Linux 容器镜像原样运行（不重新构建为 WebAssembly）？',
  },
  help: {
    en: 'runc/containerd, Kata Containers and gVisor run existing container images; WasmEdge runs WebAssembly modules, so the code would have to be rebuilt. The guide rates WasmEdge’s compatibility as “partly”. Answering No continues with the guide’s own tree.',
    zh: 'runc/containerd、Kata Containers 和 gVisor 可以运行现有容器镜像；WasmEdge 运行 WebAssembly 模块，代码需要重新构建。指南对 WasmEdge 兼容性的评价是“部分”（⚠️）。回答“否”则进入指南原有的决策树。',
  },
  answers: yesNo('oci_strong_isolation', 'resource_constrained'),
};

const ociStrongIsolation: QuestionInput = {
  kind: 'question',
  id: 'oci_strong_isolation',
  text: {
    en: 'Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?',
    zh: '是否需要比共享内核的容器更强的隔离（多租户、不可信代码、合规）？',
  },
  help: {
    en: 'For strong isolation the guide recommends Kata Containers first (VM-level isolation) and gVisor second (user-space kernel): multi-tenant platforms, untrusted code and strict security compliance. Without such needs, the guide’s choice for existing images is runc.',
    zh: '对于强隔离场景，指南的建议是首选 Kata Containers（VM 级隔离），次选 gVisor（用户态内核），适用于多租户云平台、不可信代码执行和严格的安全合规要求。没有这类需求时，指南对现有容器镜像的选择是 runc。',
  },
  answers: yesNo('oci_gpu', 'runc'),
};

const ociGpu: QuestionInput = {
  kind: 'question',
  id: 'oci_gpu',
  text: { en: 'Does it need GPU access?', zh: '是否需要 GPU？' },
  help: {
    en: 'The guide rates GPU support as “partly” for Kata Containers and “no” for gVisor, so a GPU leads to Kata here. Newer gVisor releases do support selected NVIDIA GPUs; see the published figures.',
    zh: '指南对 GPU 支持的评价：Kata Containers 为“部分”（⚠️），gVisor 为“不支持”（❌），因此这里需要 GPU 时推荐 Kata。较新的 gVisor 版本已支持部分 NVIDIA GPU，见已发布的数据。',
  },
  answers: yesNo('kata', 'vm_boundary'),
};

const vmBoundary: QuestionInput = {
  kind: 'question',
  id: 'vm_boundary',
  text: {
    en: 'Is a hardware-virtualisation (VM) boundary required?',
    zh: '是否必须有硬件虚拟化（VM）边界？',
  },
  help: {
    en: 'Kata Containers runs workloads in lightweight virtual machines (VM-level isolation, in the guide’s words). gVisor intercepts the workload’s system calls and serves them from its own user-space kernel, on the host’s kernel: lighter than a VM, safer than a container, as the guide puts it. Neither WasmEdge nor runc has a VM boundary. Kata needs hardware virtualisation on the node (/dev/kvm: bare metal, or a cloud VM with nested virtualisation); gVisor does not, its default platform (systrap) runs without it. Managed: GKE Sandbox runs gVisor, AKS Pod Sandboxing runs Kata Containers (sources on the runtime pages).',
    zh: 'Kata Containers 在轻量级虚拟机中运行工作负载（指南所说的 VM 级别隔离）。gVisor 拦截工作负载的系统调用，由它自己的用户态内核处理，运行在宿主机内核之上；按指南的说法：比 VM 轻量，比容器安全。WasmEdge 和 runc 都没有 VM 边界。Kata 要求节点支持硬件虚拟化（/dev/kvm：裸金属或启用了嵌套虚拟化的云虚拟机）；gVisor 不需要，其默认平台 systrap 不使用硬件虚拟化。托管服务：GKE Sandbox 运行 gVisor，AKS Pod Sandboxing 运行 Kata Containers（见各运行时页面的来源）。',
  },
  answers: yesNo('kata', 'gvisor'),
};

const kataOutcome: OutcomeInput = {
  kind: 'outcome',
  id: 'kata',
  runtime: 'kata',
  label: { en: 'Kata Containers · VM-level isolation', zh: 'Kata Containers · VM 级隔离' },
  scenario: {
    en: 'Strong isolation: multi-tenant, compliance',
    zh: '强隔离场景：多租户、安全合规',
  },
};

const gvisorOutcome: OutcomeInput = {
  kind: 'outcome',
  id: 'gvisor',
  runtime: 'gvisor',
  label: { en: 'gVisor · user-space kernel', zh: 'gVisor · 用户态内核' },
  scenario: {
    en: 'Strong isolation: untrusted code, security sandbox',
    zh: '强隔离场景：不可信代码执行、安全沙盒',
  },
};

export const fullTree: TreeInput = {
  id: 'full',
  title: {
    en: 'Extended tree (ours, built on the guide)',
    zh: '扩展决策树（本应用在指南基础上扩展）',
  },
  description: {
    en: 'Our extension of the guide’s tree, not part of the guide. It first asks whether existing container images must run unchanged, then applies the guide’s compatibility and strong-isolation guidance, so that all four runtimes can be reached. Answering No to the first question continues with the guide’s tree, unchanged.',
    zh: '本应用对指南决策树的扩展，不属于指南原文。它先询问是否必须原样运行现有容器镜像，再依据指南的兼容性和强隔离建议作出选择，从而覆盖全部四种运行时。第一个问题回答“否”时，进入未经改动的指南决策树。',
  },
  origin: 'extension',
  root: 'existing_images',
  nodes: [
    existingImages,
    ociStrongIsolation,
    ociGpu,
    vmBoundary,
    resourceConstrained,
    strongIsolation,
    fastStartup,
    gpu,
    wasmedgeOutcome,
    runcOutcome,
    kataOutcome,
    gvisorOutcome,
  ],
};
