// Published measurements and current facts that bear on the guide's figures, each with its
// source and date. They are shown beside the guide's figures,
// never instead of them. `relation` compares each with the guide's figure for the same runtime
// and metric. Reasoning of our own is a Source of kind 'inference' and says what it rests on.
import type { z } from 'zod';
import type { PublishedFigure, Quantity, Source } from '../schema';

type FigureInput = z.input<typeof PublishedFigure>;
type QuantityInput = z.input<typeof Quantity>;
type SourceInput = z.input<typeof Source>;

/** Our research notes are dated "as of about September 2026"; used where a source gives no date. */
const AS_OF = '2026-09';

type Citation = Extract<SourceInput, { kind: 'citation' }>;

function cite(title: string, url: string, date: string): Citation {
  return { kind: 'citation', title, url, date };
}

function same(text: string): { en: string; zh: string } {
  return { en: text, zh: text };
}

function approx(value: number, display: string): QuantityInput {
  return { bound: 'approx', max: value, display: same(display) };
}

function range(min: number, max: number, display: string): QuantityInput {
  return { bound: 'range', min, max, display: same(display) };
}

// ---------------------------------------------------------------- sources

const gvisorStartup = cite(
  'gVisor performance data: startup.csv (google/gvisor, website/performance)',
  'https://github.com/google/gvisor/blob/master/website/performance/startup.csv',
  '2020',
);
const gvisorDensity = cite(
  'gVisor performance data: density.csv (google/gvisor, website/performance)',
  'https://github.com/google/gvisor/blob/master/website/performance/density.csv',
  AS_OF,
);
const apoxyColdStart = cite(
  'gVisor cold start: where the time goes (Apoxy blog)',
  'https://www.apoxy.dev/blog/gvisor-cold-start-where-the-time-goes',
  AS_OF,
);
const studentLabs: SourceInput = {
  kind: 'citation',
  title: 'inno-devops-labs/DevSecOps-Intro, student lab reports (pull requests #1576 and #1421)',
  url: 'https://github.com/inno-devops-labs/DevSecOps-Intro/pull/1576',
  date: '2026',
  note: {
    en: 'Two lab reports; the second is pull request #1421 in the same repository.',
    zh: '两份实验报告；另一份是同一仓库的 pull request #1421。',
  },
};
const kataIssue1102 = cite(
  'kata-containers/kata-containers issue #1102 (startup time)',
  'https://github.com/kata-containers/kata-containers/issues/1102',
  '2020',
);
const kataIssue7031 = cite(
  'kata-containers/kata-containers issue #7031 (pod startup in Kubernetes)',
  'https://github.com/kata-containers/kata-containers/issues/7031',
  '2023',
);
const kataRuntimeClasses = cite(
  'kata-deploy Helm chart: templates/runtimeclasses.yaml (kata-containers/kata-containers)',
  'https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/helm-chart/kata-deploy/templates/runtimeclasses.yaml',
  AS_OF,
);
const k8sPodOverhead = cite(
  'Kubernetes documentation: Pod Overhead',
  'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/',
  AS_OF,
);
const firecrackerSpec = cite(
  'Firecracker SPECIFICATION.md (firecracker-microvm/firecracker)',
  'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
  AS_OF,
);
const runwasiBenchmarks = cite(
  'runwasi benchmarks (containerd/runwasi, docs/src/benchmarks.md)',
  'https://github.com/containerd/runwasi/blob/main/docs/src/benchmarks.md',
  AS_OF,
);
const kakatiBrorsson = cite(
  'Kakati & Brorsson, “Performance and Usability Implications of Multiplatform and WebAssembly Containers”, SCITEPRESS 2025',
  'https://scitepress.org/PublishedPapers/2025/132032',
  '2025',
);
const atLarge = cite(
  'AtLarge Research, WebAssembly on Kubernetes, Intel4EC’25 (IPDPS workshop)',
  'https://atlarge-research.com/talks/2025-intel4ec-wasm.html',
  '2025',
);
const wasmedgeVendor = cite(
  'WasmEdge documentation: Running with WasmEdge (Docker + Wasm)',
  'https://wasmedge.org/docs/zh/category/running-with-wasmedge',
  AS_OF,
);
const gvisorGpu = cite(
  'gVisor documentation: GPU support (nvproxy)',
  'https://gvisor.dev/docs/user_guide/gpu/',
  AS_OF,
);
const cncfSummit = cite(
  'CNCF Maintainer Summit, discussion #119 (gVisor GPU limits)',
  'https://github.com/cncf/maintainer-summit/discussions/119',
  AS_OF,
);
const wasmedgeReleases = cite(
  'WasmEdge releases (WasmEdge/WasmEdge)',
  'https://github.com/WasmEdge/WasmEdge/releases',
  '2026-07',
);
const wasmedgeInstallerV2 = cite(
  'WasmEdge documentation: installer v2 (install_v2.sh)',
  'https://wasmedge.org/docs/contribute/installer_v2',
  AS_OF,
);
const k3sAdvanced = cite(
  'K3s documentation: Advanced options, alternative container runtime support (k3s-io/docs, docs/advanced.md)',
  'https://github.com/k3s-io/docs/blob/main/docs/advanced.md',
  AS_OF,
);
const k3sRuntimesManifest = cite(
  'K3s manifests/runtimes.yaml (k3s-io/k3s)',
  'https://github.com/k3s-io/k3s/blob/master/manifests/runtimes.yaml',
  AS_OF,
);
const kataIssue3417 = cite(
  'kata-containers/kata-containers issue #3417 (Docker support in Kata 2.x)',
  'https://github.com/kata-containers/kata-containers/issues/3417',
  '2022',
);
const k3sRuntimesGo = cite(
  'K3s pkg/agent/containerd/runtimes.go (k3s-io/k3s)',
  'https://github.com/k3s-io/k3s/blob/master/pkg/agent/containerd/runtimes.go',
  AS_OF,
);
const kataArchitecture = cite(
  'Kata Containers architecture (kata-containers/kata-containers, docs/design/architecture.md)',
  'https://github.com/kata-containers/kata-containers/blob/main/docs/design/architecture.md',
  AS_OF,
);
const kataHelmChart = cite(
  'kata-deploy Helm chart README (kata-containers/kata-containers)',
  'https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/helm-chart/README.md',
  AS_OF,
);
const kataValues = cite(
  'kata-deploy Helm chart values.yaml (kata-containers/kata-containers)',
  'https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/helm-chart/kata-deploy/values.yaml',
  AS_OF,
);
const containerdCriConfig = cite(
  'containerd CRI plugin configuration (containerd/containerd, docs/cri/config.md)',
  'https://github.com/containerd/containerd/blob/main/docs/cri/config.md',
  AS_OF,
);
const gvisorInstall = cite(
  'gVisor documentation: Installation',
  'https://gvisor.dev/docs/user_guide/install/',
  '2026-07',
);
const runcReleases = cite(
  'runc releases (opencontainers/runc)',
  'https://github.com/opencontainers/runc/releases',
  '2026-07',
);
const kataReleases = cite(
  'Kata Containers releases (kata-containers/kata-containers)',
  'https://github.com/kata-containers/kata-containers/releases',
  '2026-08',
);
const gvisorReleases = cite(
  'gVisor releases (google/gvisor)',
  'https://github.com/google/gvisor/releases',
  '2026-08',
);

// Conditions shared by the rows of the same gVisor benchmark run.
const dockerRun2020 = {
  en: 'Measured through Docker, end to end (start to exit or app ready), 2020 data. The source says most of this time is Docker itself, not the runtime.',
  zh: '通过 Docker 端到端测量（从启动到退出或应用就绪），2020 年数据。来源指出其中大部分时间花在 Docker 本身，而不是运行时。',
};
const densityMethod = {
  en: 'Host free memory before and after starting the containers, divided by the number of containers.',
  zh: '启动容器前后宿主机空闲内存之差，除以容器数量。',
};

// ---------------------------------------------------------------- figures

export const publishedFigures: FigureInput[] = [
  // ----- cold start
  {
    id: 'runc_docker_startup',
    runtime: 'runc',
    metric: 'cold_start',
    quantity: approx(1193, '1193 ms'),
    statement: {
      en: 'An empty alpine container (running `true`) started and exited with runc through Docker in about 1193 ms.',
      zh: '通过 Docker 使用 runc 启动并退出一个空的 alpine 容器（运行 `true`）约需 1193 ms。',
    },
    conditions: {
      en: `${dockerRun2020.en} Inside the guide’s 1-5 s, but runc’s own share is smaller.`,
      zh: `${dockerRun2020.zh}数值落在指南的 1-5s 之内，但 runc 本身所占的时间更少。`,
    },
    source: gvisorStartup,
    relation: 'agrees',
  },
  {
    id: 'runc_docker_app_startup',
    runtime: 'runc',
    metric: 'cold_start',
    quantity: range(2530, 2558, '2530-2558 ms'),
    statement: {
      en: 'A node app and a ruby app were ready after 2558 ms and 2530 ms with runc through Docker.',
      zh: '通过 Docker 使用 runc，node 应用和 ruby 应用分别在 2558 ms 和 2530 ms 后就绪。',
    },
    conditions: {
      en: `${dockerRun2020.en} Includes the application’s own start-up.`,
      zh: `${dockerRun2020.zh}包含应用自身的启动时间。`,
    },
    source: gvisorStartup,
    relation: 'agrees',
  },
  {
    id: 'gvisor_docker_startup',
    runtime: 'gvisor',
    metric: 'cold_start',
    quantity: approx(1144, '1144 ms'),
    statement: {
      en: 'An empty container started and exited with runsc (gVisor) through Docker in about 1144 ms, about the same as runc in the same run.',
      zh: '通过 Docker 使用 runsc（gVisor）启动并退出一个空容器约需 1144 ms，与同一轮测试中的 runc 大致相同。',
    },
    conditions: dockerRun2020,
    source: gvisorStartup,
    relation: 'disagrees',
  },
  {
    id: 'gvisor_docker_app_startup',
    runtime: 'gvisor',
    metric: 'cold_start',
    quantity: range(2442, 2456, '2442-2456 ms'),
    statement: {
      en: 'A node app and a ruby app were ready after 2442 ms and 2456 ms with runsc through Docker, about the same as runc.',
      zh: '通过 Docker 使用 runsc，node 应用和 ruby 应用分别在 2442 ms 和 2456 ms 后就绪，与 runc 大致相同。',
    },
    conditions: {
      en: `${dockerRun2020.en} Includes the application’s own start-up.`,
      zh: `${dockerRun2020.zh}包含应用自身的启动时间。`,
    },
    source: gvisorStartup,
    relation: 'agrees',
  },
  {
    id: 'gvisor_create_start',
    runtime: 'gvisor',
    metric: 'cold_start',
    quantity: range(81, 280, '81-280 ms'),
    statement: {
      en: '`runsc create` plus `runsc start` took 81-280 ms.',
      zh: '`runsc create` 加 `runsc start` 耗时 81-280 ms。',
    },
    conditions: {
      en: 'Third-party measurement on 8 hosts, systrap platform, no image pull.',
      zh: '第三方测量，8 台主机，systrap 平台，不含镜像拉取。',
    },
    source: apoxyColdStart,
    relation: 'disagrees',
  },
  {
    id: 'runc_lab_startup_2026',
    runtime: 'runc',
    metric: 'cold_start',
    quantity: range(210, 450, '0.21-0.45 s'),
    statement: {
      en: 'Average container start-up with runc was 0.21 s in one lab run and 0.45 s in another.',
      zh: '两次实验中 runc 的平均容器启动时间分别为 0.21 s 和 0.45 s。',
    },
    conditions: {
      en: 'Student lab reports, 5 runs each, 2026: a weak source.',
      zh: '学生实验报告，每次 5 轮，2026 年：来源较弱。',
    },
    source: studentLabs,
    relation: 'disagrees',
  },
  {
    id: 'kata_lab_startup_2026',
    runtime: 'kata',
    metric: 'cold_start',
    quantity: range(1250, 1350, '1.25-1.35 s'),
    statement: {
      en: 'Average container start-up with Kata Containers was 1.25 s (Kata 3.31.0) and 1.35 s (Kata 3.32.0).',
      zh: 'Kata Containers 的平均容器启动时间为 1.25 s（Kata 3.31.0）和 1.35 s（Kata 3.32.0）。',
    },
    conditions: {
      en: 'Student lab reports, 5 runs each, 2026: a weak source. runc measured 0.21 s and 0.45 s in the same labs.',
      zh: '学生实验报告，每次 5 轮，2026 年：来源较弱。同一实验中 runc 为 0.21 s 和 0.45 s。',
    },
    source: studentLabs,
    relation: 'disagrees',
  },
  {
    id: 'kata_ctr_run',
    runtime: 'kata',
    metric: 'cold_start',
    quantity: approx(483, '0.483 s'),
    statement: {
      en: '`ctr run … busybox true` with Kata Containers took 0.483 s.',
      zh: '使用 Kata Containers 执行 `ctr run … busybox true` 耗时 0.483 s。',
    },
    conditions: {
      en: 'A maintainer’s result with QEMU 5 and virtio-fs, 2020. The reporter of the issue saw about 4 s with default settings.',
      zh: '维护者的结果，QEMU 5 + virtio-fs，2020 年。提出该 issue 的用户在默认设置下测得约 4 s。',
    },
    source: kataIssue1102,
    relation: 'disagrees',
  },
  {
    id: 'kata_k8s_ten_pods',
    runtime: 'kata',
    metric: 'cold_start',
    statement: {
      en: 'Starting 10 Kata pods in Kubernetes took about 20 s in total; the report cites RunD (USENIX ATC’22) at 88 ms per sandbox.',
      zh: '在 Kubernetes 中启动 10 个 Kata Pod 总共约需 20 s；该报告引用了 RunD（USENIX ATC’22）每个沙盒 88 ms 的结果。',
    },
    conditions: {
      en: 'A user report, 2023. A total for a burst of 10 pods, not a single start, so it is not charted against the guide’s per-start figure.',
      zh: '用户报告，2023 年。这是一批 10 个 Pod 的总时间，而不是单次启动，因此不与指南的单次启动数据放在同一图表中比较。',
    },
    source: kataIssue7031,
    relation: 'adds',
  },
  {
    id: 'kata_firecracker_boot',
    runtime: 'kata',
    metric: 'cold_start',
    quantity: { bound: 'lt', max: 125, display: same('≤125 ms') },
    statement: {
      en: 'Firecracker, one of the VMMs Kata Containers can use (kata-fc), boots to the guest’s /sbin/init in at most 125 ms.',
      zh: 'Firecracker 是 Kata Containers 可以使用的 VMM 之一（kata-fc），启动到客户机 /sbin/init 最多 125 ms。',
    },
    conditions: {
      en: 'Firecracker’s own specification, enforced in its CI: 1 vCPU, 128 MiB, minimal kernel and root filesystem. The VMM alone, not a whole Kata pod.',
      zh: 'Firecracker 自身的规格，在其 CI 中强制检查：1 个 vCPU、128 MiB、最小化的内核和根文件系统。仅指 VMM，不是完整的 Kata Pod。',
    },
    source: firecrackerSpec,
    relation: 'adds',
  },
  {
    id: 'wasm_runwasi_throughput',
    runtime: 'wasmedge',
    metric: 'cold_start',
    statement: {
      en: 'runwasi’s stress test ran 329.85 “hello” tasks per second with its wasmtime shim, against 84.78 per second with runc and a distroless wasmtime image.',
      zh: 'runwasi 的压力测试中，wasmtime shim 每秒运行 329.85 个 “hello” 任务，而 runc 加 distroless wasmtime 镜像为每秒 84.78 个。',
    },
    conditions: {
      en: 'Throughput over 1000 tasks, not per-task latency. Measures the wasmtime shim, not WasmEdge; runwasi also provides the WasmEdge shim.',
      zh: '1000 个任务的吞吐量，不是单个任务的延迟。测量的是 wasmtime shim，不是 WasmEdge；runwasi 同样提供 WasmEdge shim。',
    },
    source: runwasiBenchmarks,
    relation: 'adds',
  },
  {
    id: 'wasm_containers_startup_study',
    runtime: 'wasmedge',
    metric: 'cold_start',
    statement: {
      en: 'Native containers started slightly faster than Wasm containers. Wasm images were about 27% of the native size, and pull times were up to 25% lower.',
      zh: '原生容器的启动略快于 Wasm 容器。Wasm 镜像约为原生镜像大小的 27%，拉取时间最多减少 25%。',
    },
    conditions: {
      en: 'Peer-reviewed study. Wasmtime (not WasmEdge) under containerd and Docker, on AMD64, ARM64 and RISC-V.',
      zh: '同行评审研究。在 containerd 和 Docker 下使用 Wasmtime（不是 WasmEdge），平台为 AMD64、ARM64 和 RISC-V。',
    },
    source: kakatiBrorsson,
    relation: 'adds',
  },
  {
    id: 'wasm_k8s_startup_study',
    runtime: 'wasmedge',
    metric: 'cold_start',
    statement: {
      en: 'Wasm integrated into crun on Kubernetes started 3-18% faster than Python containers.',
      zh: '在 Kubernetes 上集成到 crun 的 Wasm 比 Python 容器启动快 3-18%。',
    },
    conditions: {
      en: 'Workshop talk (Intel4EC’25). crun-integrated Wasm runtimes, WAMR among them; not WasmEdge specifically.',
      zh: '研讨会报告（Intel4EC’25）。集成到 crun 的 Wasm 运行时（包括 WAMR），并非专门针对 WasmEdge。',
    },
    source: atLarge,
    relation: 'adds',
  },
  {
    id: 'wasmedge_vendor_startup',
    runtime: 'wasmedge',
    metric: 'cold_start',
    statement: {
      en: 'WasmEdge’s documentation says WasmEdge apps are 1/10 the size and have 1/10 the startup time of Linux containers.',
      zh: 'WasmEdge 文档称，WasmEdge 应用的体积和启动时间均为 Linux 容器的 1/10。',
    },
    conditions: {
      en: 'A vendor claim without stated test conditions. A factor of 10, where the guide says 100-500 times faster than containers.',
      zh: '厂商说法，未说明测试条件。其倍数为 10 倍，而指南称比容器快 100-500 倍。',
    },
    source: wasmedgeVendor,
    relation: 'disagrees',
  },
  {
    id: 'wasmedge_pod_startup',
    runtime: 'wasmedge',
    metric: 'cold_start',
    statement: {
      en: 'The guide’s <10ms fits starting a module inside an already running WasmEdge process. Run as a containerd shim or Kubernetes pod, the pod sandbox and the shim dominate start-up time.',
      zh: '指南的 <10ms 适用于在已运行的 WasmEdge 进程内启动模块。作为 containerd shim 或 Kubernetes Pod 运行时，启动时间主要花在 Pod 沙盒和 shim 上。',
    },
    conditions: {
      en: 'Our reading of the studies above; no study measured WasmEdge as a pod.',
      zh: '这是我们对上述研究的解读；没有研究测量过以 Pod 方式运行的 WasmEdge。',
    },
    source: {
      kind: 'inference',
      basis: {
        en: 'A peer-reviewed study (Kakati & Brorsson, SCITEPRESS 2025) and a workshop talk (AtLarge, Intel4EC’25) find Wasm-container start-up comparable to native containers.',
        zh: '一项同行评审研究（Kakati & Brorsson，SCITEPRESS 2025）和一场研讨会报告（AtLarge，Intel4EC’25）发现 Wasm 容器的启动时间与原生容器相当。',
      },
    },
    relation: 'disagrees',
  },
  {
    id: 'runc_startup_excluding_pull',
    runtime: 'runc',
    metric: 'cold_start',
    quantity: range(100, 1000, '~0.1-1 s'),
    statement: {
      en: 'runc itself starts a container in roughly 0.1-1 s, excluding image pull. Seconds-scale starts come from pulling the image and from the application’s own start-up.',
      zh: '不含镜像拉取时，runc 本身启动容器大约需要 0.1-1 s。秒级的启动时间来自镜像拉取和应用自身的启动。',
    },
    conditions: {
      en: 'An estimate, not a measurement.',
      zh: '估计值，不是测量值。',
    },
    source: {
      kind: 'inference',
      basis: {
        en: 'Docker measured about 1.2 s end to end, most of it Docker itself (gVisor data, 2020); 2026 student labs measured 0.21-0.45 s.',
        zh: 'Docker 端到端测得约 1.2 s，其中大部分是 Docker 本身（gVisor 数据，2020 年）；2026 年的学生实验测得 0.21-0.45 s。',
      },
    },
    relation: 'disagrees',
  },

  // ----- memory
  {
    id: 'runc_memory_idle',
    runtime: 'runc',
    metric: 'memory',
    quantity: approx(4.1, '4.1 MB'),
    statement: {
      en: 'An idle container (sleep) with runc used about 4.1 MB.',
      zh: '使用 runc 的空闲容器（sleep）约占用 4.1 MB 内存。',
    },
    conditions: {
      en: `${densityMethod.en} The guide’s 10-50 MB is mostly the application.`,
      zh: `${densityMethod.zh}指南的 10-50MB 主要是应用本身的内存。`,
    },
    source: gvisorDensity,
    relation: 'disagrees',
  },
  {
    id: 'runc_memory_apps',
    runtime: 'runc',
    metric: 'memory',
    quantity: range(45.7, 76.7, '45.7-76.7 MB'),
    statement: {
      en: 'With runc, a node container used 76.7 MB and a ruby container 45.7 MB.',
      zh: '使用 runc 时，node 容器占用 76.7 MB，ruby 容器占用 45.7 MB。',
    },
    conditions: {
      en: `${densityMethod.en} Mostly the application’s own memory.`,
      zh: `${densityMethod.zh}主要是应用自身的内存。`,
    },
    source: gvisorDensity,
    relation: 'adds',
  },
  {
    id: 'gvisor_memory_idle',
    runtime: 'gvisor',
    metric: 'memory',
    quantity: approx(23.7, '23.7 MB'),
    statement: {
      en: 'An idle container (sleep) with runsc used about 23.7 MB; the fixed sandbox overhead is about 20 MB.',
      zh: '使用 runsc 的空闲容器（sleep）约占用 23.7 MB 内存；沙盒的固定开销约为 20 MB。',
    },
    conditions: densityMethod,
    source: gvisorDensity,
    relation: 'agrees',
  },
  {
    id: 'gvisor_memory_apps',
    runtime: 'gvisor',
    metric: 'memory',
    quantity: range(106, 124, '106-124 MB'),
    statement: {
      en: 'With runsc, a node container used 124 MB and a ruby container 106 MB.',
      zh: '使用 runsc 时，node 容器占用 124 MB，ruby 容器占用 106 MB。',
    },
    conditions: {
      en: `${densityMethod.en} Includes the application’s own memory.`,
      zh: `${densityMethod.zh}包含应用自身的内存。`,
    },
    source: gvisorDensity,
    relation: 'adds',
  },
  {
    id: 'kata_pod_overhead',
    runtime: 'kata',
    metric: 'memory',
    quantity: range(130, 160, '130-160 MiB'),
    statement: {
      en: 'kata-deploy accounts 160 MiB of memory per pod for QEMU and 130 MiB for Cloud Hypervisor, Firecracker and Dragonball, plus 250m CPU (2048 MiB for TDX/SNP, 4096 MiB for NVIDIA GPU).',
      zh: 'kata-deploy 为每个 Pod 计入的内存开销：QEMU 为 160 MiB，Cloud Hypervisor、Firecracker 和 Dragonball 为 130 MiB，另加 250m CPU（TDX/SNP 为 2048 MiB，NVIDIA GPU 为 4096 MiB）。',
    },
    conditions: {
      en: 'Configured values (RuntimeClass overhead.podFixed), not measurements. 1 MiB ≈ 1.05 MB.',
      zh: '配置值（RuntimeClass 的 overhead.podFixed），不是测量值。1 MiB ≈ 1.05 MB。',
    },
    source: kataRuntimeClasses,
    relation: 'agrees',
  },
  {
    id: 'kata_fc_overhead_example',
    runtime: 'kata',
    metric: 'memory',
    quantity: approx(120, '~120 MiB'),
    statement: {
      en: 'The Kubernetes documentation’s example puts the VM and guest OS of a Kata Firecracker pod at about 120 MiB.',
      zh: 'Kubernetes 文档的示例中，Kata Firecracker Pod 的虚拟机和客户机操作系统约占 120 MiB。',
    },
    conditions: {
      en: 'An example value in documentation, not a measurement.',
      zh: '文档中的示例值，不是测量值。',
    },
    source: k8sPodOverhead,
    relation: 'agrees',
  },
  {
    id: 'kata_firecracker_memory',
    runtime: 'kata',
    metric: 'memory',
    quantity: { bound: 'lt', max: 5, display: same('≤5 MiB') },
    statement: {
      en: 'Firecracker’s VMM memory overhead is at most 5 MiB.',
      zh: 'Firecracker 的 VMM 内存开销最多 5 MiB。',
    },
    conditions: {
      en: 'Firecracker’s own specification (1 vCPU, 128 MiB guest). The VMM process alone, without the guest’s memory or the rest of a Kata pod.',
      zh: 'Firecracker 自身的规格（1 个 vCPU、128 MiB 客户机）。仅指 VMM 进程，不含客户机内存和 Kata Pod 的其他部分。',
    },
    source: firecrackerSpec,
    relation: 'adds',
  },
  {
    id: 'wasm_k8s_memory_study',
    runtime: 'wasmedge',
    metric: 'memory',
    statement: {
      en: 'WAMR integrated into crun used 11-78% less memory than other Wasm runtimes, and Wasm used at least 16% less memory than Python containers.',
      zh: '集成到 crun 的 WAMR 比其他 Wasm 运行时少用 11-78% 的内存，Wasm 比 Python 容器至少少用 16% 的内存。',
    },
    conditions: {
      en: 'Workshop talk (Intel4EC’25), crun-integrated Wasm on Kubernetes; WAMR, not WasmEdge.',
      zh: '研讨会报告（Intel4EC’25），Kubernetes 上集成到 crun 的 Wasm；测量的是 WAMR，不是 WasmEdge。',
    },
    source: atLarge,
    relation: 'adds',
  },

  // ----- the guide's own WasmEdge figures, read with care
  {
    id: 'wasmedge_guide_0141_unverified',
    runtime: 'wasmedge',
    metric: 'cold_start',
    statement: {
      en: 'The guide’s 2025 practice and case studies give WasmEdge 0.14.1 “<5ms” startup and “<3MB” memory. We found no published measurement behind these figures: unverified.',
      zh: '指南的 2025 年实践和案例研究给出 WasmEdge 0.14.1 “<5ms”启动、“<3MB”内存。我们没有找到支撑这些数据的公开测量：未经验证。',
    },
    conditions: {
      en: 'The guide does not say how, or on what, it measured them.',
      zh: '指南没有说明测量方法和测量对象。',
    },
    source: {
      kind: 'inference',
      basis: {
        en: 'A search of WasmEdge’s release notes and documentation for 0.14.1, and of the published measurements cited on this page.',
        zh: '查阅了 WasmEdge 0.14.1 的发布说明和文档，以及本页引用的公开测量。',
      },
    },
    relation: 'adds',
  },
  {
    id: 'wasmedge_memory_scope',
    runtime: 'wasmedge',
    metric: 'memory',
    statement: {
      en: 'The guide’s “1-5MB” fits a WebAssembly module running in-process, not a Kubernetes pod: a pod that runs WasmEdge through a containerd shim also pays for the shim process and the pod’s own overhead.',
      zh: '指南的“1-5MB”适用于在进程内运行的 WebAssembly 模块，而不是 Kubernetes Pod：通过 containerd shim 运行 WasmEdge 的 Pod 还要计入 shim 进程和 Pod 自身的开销。',
    },
    conditions: {
      en: 'Compare like with like: per module, or per pod.',
      zh: '比较时需口径一致：按模块，或按 Pod。',
    },
    source: {
      kind: 'inference',
      basis: {
        en: 'How WasmEdge runs in Kubernetes: a runwasi shim process per pod (runwasi benchmarks, cited on this page), plus the pod overhead Kubernetes accounts for.',
        zh: 'WasmEdge 在 Kubernetes 中的运行方式：每个 Pod 一个 runwasi shim 进程（见本页引用的 runwasi 基准），外加 Kubernetes 计入的 Pod 开销。',
      },
    },
    relation: 'adds',
  },

  // ----- isolation
  {
    id: 'wasmedge_isolation_judgement',
    runtime: 'wasmedge',
    metric: 'isolation',
    statement: {
      en: 'The guide gives WasmEdge 5 isolation stars, equal to Kata Containers. That is questionable: WebAssembly’s sandbox is enforced in software and shares the host kernel, while Kata uses hardware virtualisation.',
      zh: '指南给 WasmEdge 的隔离强度评为 5 星，与 Kata Containers 相同。这值得商榷：WebAssembly 的沙盒由软件实现并共享宿主机内核，而 Kata 使用硬件虚拟化。',
    },
    conditions: {
      en: 'A judgement, not a measured or published figure.',
      zh: '这是判断，不是测量或已发布的数据。',
    },
    source: {
      kind: 'inference',
      basis: {
        en: 'How each runtime isolates a workload: a software sandbox on a shared host kernel versus a hardware-virtualised guest kernel.',
        zh: '两者隔离工作负载的方式：共享宿主机内核的软件沙盒，对比硬件虚拟化的客户机内核。',
      },
    },
    relation: 'disagrees',
  },

  // ----- GPU
  {
    id: 'gvisor_gpu_nvproxy',
    runtime: 'gvisor',
    metric: 'gpu',
    statement: {
      en: 'gVisor runs GPU workloads through nvproxy (runsc --nvproxy): most CUDA applications, PyTorch, Vulkan and NVENC/NVDEC, on T4, A100, A10G, L4 and H100 GPUs. It works with Docker --gpus, CDI (containerd 1.7 or later), the NVIDIA k8s-device-plugin and the GKE device plugin.',
      zh: 'gVisor 通过 nvproxy（runsc --nvproxy）运行 GPU 工作负载：支持大多数 CUDA 应用、PyTorch、Vulkan 和 NVENC/NVDEC，GPU 型号为 T4、A100、A10G、L4 和 H100。可与 Docker --gpus、CDI（containerd 1.7 及以上）、NVIDIA k8s-device-plugin 和 GKE device plugin 一起使用。',
    },
    conditions: {
      en: 'NVIDIA only, on selected driver versions (runsc nvproxy list-supported-drivers). Best read as “yes (NVIDIA, limited)”. nvproxy dates from 2023 (gVisor blog, 2023-06-20), before the guide was written.',
      zh: '仅限 NVIDIA，且仅支持部分驱动版本（runsc nvproxy list-supported-drivers）。更准确的评价是“支持（NVIDIA，有限制）”。nvproxy 始于 2023 年（gVisor 博客，2023-06-20），早于指南的写作时间。',
    },
    source: gvisorGpu,
    relation: 'disagrees',
    // "yes (NVIDIA, limited)" on the guide's scale: usable, with limits.
    reading: 'partly',
  },
  {
    id: 'gvisor_gpu_limits',
    runtime: 'gvisor',
    metric: 'gpu',
    statement: {
      en: 'Limits of gVisor’s GPU support: only a few qualified drivers, no MIG, no multi-node NVLink.',
      zh: 'gVisor GPU 支持的限制：只有少数经过验证的驱动，不支持 MIG，不支持多节点 NVLink。',
    },
    conditions: {
      en: 'Noted at the CNCF Maintainer Summit.',
      zh: '来自 CNCF Maintainer Summit 上的讨论。',
    },
    source: cncfSummit,
    relation: 'adds',
  },
  {
    id: 'wasmedge_gpu_wasi_nn',
    runtime: 'wasmedge',
    metric: 'gpu',
    statement: {
      en: 'WasmEdge uses GPUs through WASI-NN plugins, for example the GGML (llama.cpp) backend built for CUDA; 0.14.1 shipped CUDA 12.0 and CUDA 11.3 builds of the plugin, and install_v2.sh has --ggmlcuda=[11/12]. It is not general CUDA access for Wasm code.',
      zh: 'WasmEdge 通过 WASI-NN 插件使用 GPU，例如为 CUDA 构建的 GGML（llama.cpp）后端；0.14.1 提供了该插件的 CUDA 12.0 和 CUDA 11.3 版本，install_v2.sh 提供 --ggmlcuda=[11/12] 选项。这并不是让 Wasm 代码通用地访问 CUDA。',
    },
    conditions: {
      en: 'True but narrow: GPU use is limited to what the plugins expose (mainly AI inference).',
      zh: '属实但范围有限：只能使用插件提供的 GPU 功能（主要是 AI 推理）。',
    },
    source: {
      ...wasmedgeInstallerV2,
      note: {
        en: 'The CUDA builds of the plugin are listed among the 0.14.1 release assets: https://github.com/WasmEdge/WasmEdge/releases/tag/0.14.1',
        zh: '该插件的 CUDA 版本列在 0.14.1 的发布资源中：https://github.com/WasmEdge/WasmEdge/releases/tag/0.14.1',
      },
    },
    relation: 'adds',
    // General CUDA access is what the guide's ✅ suggests; plugins only is usable, with limits.
    reading: 'partly',
  },

  // ----- versions
  {
    id: 'wasmedge_version',
    runtime: 'wasmedge',
    metric: 'version',
    statement: {
      en: 'WasmEdge 0.14.1 is outdated. Later releases: 0.15.0 (2025-08-04), 0.16.0 (2025-12-31), 0.16.4 (2026-06-12), 0.17.1 (2026-07-03).',
      zh: 'WasmEdge 0.14.1 已过时。之后的版本：0.15.0（2025-08-04）、0.16.0（2025-12-31）、0.16.4（2026-06-12）、0.17.1（2026-07-03）。',
    },
    conditions: {
      en: 'Release tags as of about September 2026. 0.15.0 was already out when the guide (November 2025) called 0.14.1 the latest.',
      zh: '截至 2026 年 9 月左右的发布标签。指南（2025 年 11 月）称 0.14.1 为最新版时，0.15.0 已经发布。',
    },
    source: wasmedgeReleases,
    relation: 'disagrees',
  },
  {
    id: 'runc_version',
    runtime: 'runc',
    metric: 'version',
    statement: {
      en: 'Newest runc release: v1.5.1 (2026-07-14). Late 2025: v1.4.0 (2025-11-28).',
      zh: 'runc 最新版本：v1.5.1（2026-07-14）。2025 年底：v1.4.0（2025-11-28）。',
    },
    conditions: {
      en: 'Release tags as of about September 2026.',
      zh: '截至 2026 年 9 月左右的发布标签。',
    },
    source: runcReleases,
    relation: 'adds',
  },
  {
    id: 'kata_version',
    runtime: 'kata',
    metric: 'version',
    statement: {
      en: 'Newest Kata Containers release: 4.1.0 (2026-08-21); 4.0.0 came out on 2026-07-20. Late 2025: 3.23.0 and 3.24.0.',
      zh: 'Kata Containers 最新版本：4.1.0（2026-08-21）；4.0.0 于 2026-07-20 发布。2025 年底：3.23.0 和 3.24.0。',
    },
    conditions: {
      en: 'Release tags as of about September 2026.',
      zh: '截至 2026 年 9 月左右的发布标签。',
    },
    source: kataReleases,
    relation: 'adds',
  },
  {
    id: 'gvisor_version',
    runtime: 'gvisor',
    metric: 'version',
    statement: {
      en: 'Newest gVisor release: release-20260817.0.',
      zh: 'gVisor 最新版本：release-20260817.0。',
    },
    conditions: {
      en: 'Release tags as of about September 2026. gVisor releases are dated, not numbered.',
      zh: '截至 2026 年 9 月左右的发布标签。gVisor 的版本以日期命名，而不是版本号。',
    },
    source: gvisorReleases,
    relation: 'adds',
  },

  // ----- install
  {
    id: 'wasmedge_k3s_handler',
    runtime: 'wasmedge',
    metric: 'install',
    statement: {
      en: 'K3s auto-detects these containerd runtimes: crun, lunatic, nvidia, nvidia-cdi, nvidia-experimental, slight, spin, wasmedge, wasmer, wasmtime, wws. For WasmEdge the handler is "wasmedge", not the guide’s "wasm"; a "wasm" handler works only if you create a containerd runtime named "wasm" yourself.',
      zh: 'K3s 会自动检测以下 containerd 运行时：crun、lunatic、nvidia、nvidia-cdi、nvidia-experimental、slight、spin、wasmedge、wasmer、wasmtime、wws。WasmEdge 对应的 handler 是 “wasmedge”，而不是指南中的 “wasm”；只有自行创建名为 “wasm” 的 containerd 运行时，“wasm” handler 才能使用。',
    },
    conditions: {
      en: 'K3s documentation as of about September 2026.',
      zh: '截至 2026 年 9 月左右的 K3s 文档。',
    },
    source: k3sAdvanced,
    relation: 'disagrees',
  },
  {
    id: 'wasmedge_k3s_shim_path',
    runtime: 'wasmedge',
    metric: 'install',
    statement: {
      en: 'K3s looks for containerd-shim-wasmedge-v1 in /opt/kwasm/bin, /usr/bin and /usr/sbin, not in /usr/local/bin, where runwasi’s make install puts it.',
      zh: 'K3s 在 /opt/kwasm/bin、/usr/bin 和 /usr/sbin 中查找 containerd-shim-wasmedge-v1，不查找 runwasi 的 make install 所用的 /usr/local/bin。',
    },
    conditions: {
      en: 'One version of K3s’s runtimes.go; later releases may differ.',
      zh: '这是 K3s runtimes.go 的某一版本，之后的版本可能不同。',
    },
    source: k3sRuntimesGo,
    relation: 'adds',
  },
  {
    id: 'wasmedge_k3s_runtimeclasses',
    runtime: 'wasmedge',
    metric: 'install',
    statement: {
      en: 'K3s pre-installs RuntimeClasses whose name equals the handler: wasmedge, wasmtime, spin and others.',
      zh: 'K3s 预装的 RuntimeClass 名称与 handler 相同：wasmedge、wasmtime、spin 等。',
    },
    conditions: {
      en: 'K3s’s bundled manifest, as of about September 2026.',
      zh: 'K3s 自带的清单，截至 2026 年 9 月左右。',
    },
    source: k3sRuntimesManifest,
    relation: 'disagrees',
  },
  {
    id: 'wasmedge_installer_v2',
    runtime: 'wasmedge',
    metric: 'install',
    statement: {
      en: 'install.sh is still WasmEdge’s documented default installer; install_v2.sh is the one that also installs the WASI-NN GGML plugin (with --ggmlcuda=[11/12] for CUDA builds).',
      zh: 'install.sh 仍是 WasmEdge 文档中的默认安装脚本；install_v2.sh 还可以安装 WASI-NN GGML 插件（CUDA 版本用 --ggmlcuda=[11/12]）。',
    },
    conditions: {
      en: 'WasmEdge documentation as of about September 2026.',
      zh: '截至 2026 年 9 月左右的 WasmEdge 文档。',
    },
    source: wasmedgeInstallerV2,
    relation: 'adds',
  },
  {
    id: 'runc_containerd_2_config',
    runtime: 'runc',
    metric: 'install',
    statement: {
      en: 'containerd 2.x configuration uses version = 3 and plugins.\'io.containerd.cri.v1.runtime\'. The guide’s plugins."io.containerd.grpc.v1.cri" is the containerd 1.x (version = 2) form, which 2.x still accepts and converts. SystemdCgroup = true goes under …runtimes.runc.options.',
      zh: 'containerd 2.x 的配置使用 version = 3 和 plugins.\'io.containerd.cri.v1.runtime\'。指南中的 plugins."io.containerd.grpc.v1.cri" 是 containerd 1.x（version = 2）的写法，2.x 仍然接受并会自动转换。SystemdCgroup = true 应放在 …runtimes.runc.options 下。',
    },
    conditions: {
      en: 'containerd documentation as of about September 2026.',
      zh: '截至 2026 年 9 月左右的 containerd 文档。',
    },
    source: containerdCriConfig,
    relation: 'adds',
  },
  {
    id: 'kata_shim_v2',
    runtime: 'kata',
    metric: 'install',
    statement: {
      en: 'kata-proxy and kata-shim belong to Kata 1.x. Kata 2.0 replaced them with a single containerd-shim-kata-v2 per pod; the kata-containers/proxy repository was archived on 2021-05-12.',
      zh: 'kata-proxy 和 kata-shim 属于 Kata 1.x。Kata 2.0 用每个 Pod 一个的 containerd-shim-kata-v2 取代了它们；kata-containers/proxy 仓库已于 2021-05-12 归档。',
    },
    conditions: {
      en: 'Kata Containers architecture documentation, as of about September 2026.',
      zh: '截至 2026 年 9 月左右的 Kata Containers 架构文档。',
    },
    source: kataArchitecture,
    relation: 'disagrees',
  },
  {
    id: 'kata_docker_unsupported',
    runtime: 'kata',
    metric: 'install',
    statement: {
      en: 'Docker is not supported on Kata Containers 2.x: use containerd or CRI-O.',
      zh: 'Kata Containers 2.x 不支持 Docker：请使用 containerd 或 CRI-O。',
    },
    conditions: {
      en: 'Kata Containers 2.x and later; the guide’s install commands are the 1.x ones.',
      zh: '适用于 Kata Containers 2.x 及之后的版本；指南中的安装命令属于 1.x。',
    },
    source: kataIssue3417,
    relation: 'disagrees',
  },
  {
    id: 'kata_deploy_helm',
    runtime: 'kata',
    metric: 'install',
    statement: {
      en: 'The current way to install Kata Containers on Kubernetes is the kata-deploy Helm chart.',
      zh: '目前在 Kubernetes 上安装 Kata Containers 的方式是 kata-deploy Helm chart。',
    },
    conditions: {
      en: 'Kata Containers documentation as of about September 2026.',
      zh: '截至 2026 年 9 月左右的 Kata Containers 文档。',
    },
    source: kataHelmChart,
    relation: 'disagrees',
  },
  {
    id: 'kata_runtime_class_names',
    runtime: 'kata',
    metric: 'install',
    statement: {
      en: 'kata-deploy creates RuntimeClasses named kata-<shim> (kata-qemu, kata-qemu-runtime-rs, kata-clh, kata-fc, kata-dragonball, kata-qemu-nvidia-gpu, …); a plain "kata" class exists only with runtimeClasses.createDefault=true. Since Kata 4.0 the default shim is qemu-runtime-rs.',
      zh: 'kata-deploy 创建名为 kata-<shim> 的 RuntimeClass（kata-qemu、kata-qemu-runtime-rs、kata-clh、kata-fc、kata-dragonball、kata-qemu-nvidia-gpu 等）；只有设置 runtimeClasses.createDefault=true 时才会有名为 “kata” 的类。自 Kata 4.0 起默认 shim 为 qemu-runtime-rs。',
    },
    conditions: {
      en: 'kata-deploy writes runtime_type = "io.containerd.kata-<shim>.v2"; a hand-written containerd config uses "io.containerd.kata.v2", as the guide does.',
      zh: 'kata-deploy 写入 runtime_type = "io.containerd.kata-<shim>.v2"；手写的 containerd 配置使用 "io.containerd.kata.v2"，与指南相同。',
    },
    source: kataValues,
    relation: 'adds',
  },
  {
    id: 'gvisor_install_2026',
    runtime: 'gvisor',
    metric: 'install',
    statement: {
      en: 'Since July 2026 gVisor releases ship gvisor.tar.bz2 with runsc, containerd-shim-runsc-v1 and gvisor-bin/. The old per-binary download URLs are gone for recent releases, and runsc’s auto-download is dropped at the end of September 2026.',
      zh: '自 2026 年 7 月起，gVisor 发布包为 gvisor.tar.bz2，其中包含 runsc、containerd-shim-runsc-v1 和 gvisor-bin/。较新的版本不再提供单个二进制文件的下载地址，runsc 的自动下载将于 2026 年 9 月底停止。',
    },
    conditions: {
      en: 'Requires Linux 5.6 or later. The guide has no gVisor deployment example.',
      zh: '需要 Linux 5.6 或更高版本。指南没有 gVisor 部署示例。',
    },
    source: gvisorInstall,
    relation: 'adds',
  },
];
