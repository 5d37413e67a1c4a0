// What the extended tree asks that the guide's tables do not state as such, each cell with its
// published source: whether a runtime runs unmodified Linux container images, and whether it
// puts a hardware-virtualisation boundary around the workload. The criteria for
// `existing_images` and `vm_boundary` read these rows; the guide's compatibility marks and
// isolation stars stay on the page beside them, as the guide's.
//
// Also here: the managed services that run a runtime for you, and where a runtime needs
// hardware virtualisation on the node. Both are facts from the providers' and projects' own
// documentation, read about December 2026.
import type { z } from 'zod';
import type { ManagedOffer, PropertyRow, PublishedPractice, Source } from '../schema';

type SourceInput = z.input<typeof Source>;

const AS_OF = '2026-12';

function cite(title: string, url: string): SourceInput {
  return { kind: 'citation', title, url, date: AS_OF };
}

const runcReadme = cite(
  'runc README (opencontainers/runc)',
  'https://github.com/opencontainers/runc',
);
const kataArchitecture = cite(
  'Kata Containers architecture (kata-containers/kata-containers, docs/design/architecture.md)',
  'https://github.com/kata-containers/kata-containers/blob/main/docs/design/architecture.md',
);
const gvisorCompatibility = cite(
  'gVisor documentation: Compatibility',
  'https://gvisor.dev/docs/user_guide/compatibility/',
);
const gvisorPlatforms = cite(
  'gVisor documentation: Platforms',
  'https://gvisor.dev/docs/architecture_guide/platforms/',
);
const runwasi = cite(
  'runwasi README (containerd/runwasi)',
  'https://github.com/containerd/runwasi',
);
const wasmedgeDocker = cite(
  'WasmEdge documentation: Running with WasmEdge (Docker + Wasm)',
  'https://wasmedge.org/docs/zh/category/running-with-wasmedge',
);
const kataRustRuntime = cite(
  'Kata Containers 3.0 rust runtime installation guide (kata-containers/kata-containers, docs/install/kata-containers-3.0-rust-runtime-installation-guide.md)',
  'https://github.com/kata-containers/kata-containers/blob/main/docs/install/kata-containers-3.0-rust-runtime-installation-guide.md',
);
const kataRuntimeReadme = cite(
  'Kata Containers runtime README, hardware requirements (kata-containers/kata-containers, src/runtime/README.md)',
  'https://github.com/kata-containers/kata-containers/blob/main/src/runtime/README.md',
);
const gkeSandbox = cite(
  'Google Cloud documentation: Harden workload isolation with GKE Sandbox',
  'https://cloud.google.com/kubernetes-engine/docs/how-to/sandbox-pods',
);
const aksSandboxing = cite(
  'Microsoft Learn: Pod Sandboxing with Azure Kubernetes Service (AKS)',
  'https://learn.microsoft.com/en-us/azure/aks/use-pod-sandboxing',
);
const eksFargate = cite(
  'Amazon EKS User Guide: AWS Fargate',
  'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
);

export const properties: z.input<typeof PropertyRow>[] = [
  {
    id: 'runs_linux_images',
    label: {
      en: 'Runs unmodified Linux container images',
      zh: '可直接运行未经修改的 Linux 容器镜像',
    },
    values: {
      runc: {
        support: 'yes',
        text: {
          en: 'yes: it runs OCI container images as they are',
          zh: '是：按原样运行 OCI 容器镜像',
        },
        source: runcReadme,
      },
      kata: {
        support: 'yes',
        text: {
          en: 'yes: the same OCI images, each pod in a lightweight VM',
          zh: '是：同样的 OCI 镜像，每个 Pod 运行在轻量虚拟机中',
        },
        source: kataArchitecture,
      },
      gvisor: {
        support: 'partly',
        text: {
          en: 'most: it serves system calls from its own user-space kernel, which does not implement every Linux system call, so some images fail; test yours',
          zh: '大多数：它用自己的用户态内核处理系统调用，但并未实现全部 Linux 系统调用，因此部分镜像无法运行；请先测试你的镜像',
        },
        source: gvisorCompatibility,
      },
      wasmedge: {
        support: 'no',
        text: {
          en: 'no: it runs WebAssembly modules; the application needs a Wasm build',
          zh: '否：它运行 WebAssembly 模块；应用需要构建为 Wasm',
        },
        source: runwasi,
      },
    },
  },
  {
    id: 'vm_boundary',
    label: {
      en: 'Hardware-virtualisation (VM) boundary',
      zh: '硬件虚拟化（VM）边界',
    },
    values: {
      kata: {
        support: 'yes',
        text: {
          en: 'yes: each pod runs in its own lightweight VM with its own guest kernel',
          zh: '是：每个 Pod 运行在独立的轻量虚拟机中，拥有自己的客户机内核',
        },
        source: kataArchitecture,
      },
      gvisor: {
        support: 'no',
        text: {
          en: 'no: its default platform (systrap) runs without hardware virtualisation; the sandbox is its user-space kernel',
          zh: '否：其默认平台（systrap）不使用硬件虚拟化；沙盒是它的用户态内核',
        },
        source: gvisorPlatforms,
      },
      runc: {
        support: 'no',
        text: {
          en: 'no: containers share the host kernel',
          zh: '否：容器共享宿主机内核',
        },
        source: runcReadme,
      },
      wasmedge: {
        support: 'no',
        text: {
          en: 'no: a software sandbox in a process on the host kernel',
          zh: '否：宿主机内核上一个进程中的软件沙盒',
        },
        source: wasmedgeDocker,
      },
    },
  },
];

/** Where a runtime needs something of the node before it can run at all. */
export const prerequisitePractices: z.input<typeof PublishedPractice>[] = [
  {
    id: 'kata_needs_kvm',
    runtime: 'kata',
    title: {
      en: 'Prerequisite: hardware virtualisation on the node (/dev/kvm)',
      zh: '前提：节点需支持硬件虚拟化（/dev/kvm）',
    },
    text: {
      en: 'Kata Containers needs hardware virtualisation on every node that runs its pods: bare metal, or a cloud VM with nested virtualisation. Check with `ls -l /dev/kvm` or `kata-runtime check`. gVisor does not need it: its default platform, systrap, runs without hardware virtualisation.',
      zh: 'Kata Containers 要求运行其 Pod 的每个节点都支持硬件虚拟化：裸金属，或启用了嵌套虚拟化的云虚拟机。可用 `ls -l /dev/kvm` 或 `kata-runtime check` 检查。gVisor 不需要：其默认平台 systrap 不使用硬件虚拟化。',
    },
    source: kataRustRuntime,
  },
  {
    id: 'kata_hardware_requirements',
    runtime: 'kata',
    title: {
      en: 'Hardware requirements',
      zh: '硬件要求',
    },
    text: {
      en: 'The Kata runtime lists the CPU virtualisation support it needs (for example Intel VT-x or AMD SVM on x86_64); in a cloud, that means bare-metal instances or instances with nested virtualisation.',
      zh: 'Kata 运行时列出了它所需的 CPU 虚拟化支持（例如 x86_64 上的 Intel VT-x 或 AMD SVM）；在云上，这意味着裸金属实例或启用了嵌套虚拟化的实例。',
    },
    source: kataRuntimeReadme,
  },
];

export const managedOffers: z.input<typeof ManagedOffer>[] = [
  {
    id: 'gke_sandbox',
    runtime: 'gvisor',
    provider: { en: 'Google Cloud (GKE)', zh: 'Google Cloud（GKE）' },
    name: { en: 'GKE Sandbox', zh: 'GKE Sandbox' },
    text: {
      en: 'GKE Sandbox runs gVisor. Ready to use in Autopilot clusters on GKE 1.27.4-gke.800 and later; Standard clusters need a node pool created with `--sandbox type=gvisor` (the default node pool cannot be the only pool). Pods opt in with `runtimeClassName: gvisor`. GPU workloads in GKE Sandbox are in Preview on 1.29.2-gke.1108000 and later.',
      zh: 'GKE Sandbox 运行的是 gVisor。在 GKE 1.27.4-gke.800 及以上的 Autopilot 集群中可直接使用；Standard 集群需要用 `--sandbox type=gvisor` 创建节点池（默认节点池不能是唯一的节点池）。Pod 通过 `runtimeClassName: gvisor` 启用。GKE Sandbox 中的 GPU 工作负载在 1.29.2-gke.1108000 及以上为预览版。',
    },
    source: gkeSandbox,
  },
  {
    id: 'aks_pod_sandboxing',
    runtime: 'kata',
    provider: { en: 'Microsoft Azure (AKS)', zh: 'Microsoft Azure（AKS）' },
    name: { en: 'AKS Pod Sandboxing', zh: 'AKS Pod Sandboxing' },
    text: {
      en: 'AKS Pod Sandboxing runs Kata Containers, on Kubernetes 1.27.0 and later: a node pool with `--workload-runtime KataVmIsolation` on a VM size that supports nested virtualisation; Pods use `runtimeClassName: kata-vm-isolation`. Limits: no host-network access, Defender for Containers does not assess Kata pods, and IOPS may be lower.',
      zh: 'AKS Pod Sandboxing 运行的是 Kata Containers，要求 Kubernetes 1.27.0 及以上：在支持嵌套虚拟化的 VM 规格上用 `--workload-runtime KataVmIsolation` 创建节点池；Pod 使用 `runtimeClassName: kata-vm-isolation`。限制：不能使用主机网络，Defender for Containers 不评估 Kata Pod，IOPS 可能较低。',
    },
    source: aksSandboxing,
  },
  {
    id: 'eks_fargate',
    runtime: 'kata',
    provider: { en: 'Amazon Web Services (EKS)', zh: 'Amazon Web Services（EKS）' },
    name: { en: 'EKS on AWS Fargate', zh: 'EKS on AWS Fargate' },
    text: {
      en: 'EKS offers no sandbox RuntimeClass of its own; its isolated option is AWS Fargate: “Each pod that runs on Fargate has its own isolation boundary. They don’t share the underlying kernel, CPU resources, memory resources, or elastic network interface with another pod.” Fargate is not Kata Containers; it is listed here as the managed route to a per-pod boundary. Self-managed Kata on EKS EC2 nodes needs bare-metal (*.metal) instances or instances with nested virtualisation (inference).',
      zh: 'EKS 没有自己的沙盒 RuntimeClass；它的隔离选项是 AWS Fargate：“在 Fargate 上运行的每个 Pod 都有自己的隔离边界，不与其他 Pod 共享底层内核、CPU 资源、内存资源或弹性网络接口。”Fargate 不是 Kata Containers；列在这里是因为它是获得按 Pod 隔离边界的托管途径。在 EKS 的 EC2 节点上自行部署 Kata 需要裸金属（*.metal）实例或启用了嵌套虚拟化的实例（推断）。',
    },
    source: eksFargate,
  },
];
