// Current, working deployment snippets: one set per runtime and target (Kubernetes on
// containerd 2.x or 1.x, K3s, plain containerd with ctr), with versions pinned and named, each
// block with its source (each block's `source` says where its facts and versions come from).
// Commands are the same in both languages; only the `#` comment lines are translated.
// `verified: false` marks a block that departs from its source (a pin the source does not
// show, a translated config path, an asset name we have not seen on the release page); the UI
// shows the reason. None of these blocks has been run by us on a cluster: the UI says so.
import type { z } from 'zod';
import type { Localized, Snippet } from '../schema';

type SnippetInput = z.input<typeof Snippet>;
type Target = NonNullable<SnippetInput['target']>;
type Step = NonNullable<SnippetInput['step']>;
type Line = string | readonly [en: string, zh: string];

/** Joins lines into code in both languages; a pair is a comment line in English and Chinese. */
function bi(...lines: Line[]): Localized {
  return {
    en: lines.map((line) => (typeof line === 'string' ? line : line[0])).join('\n'),
    zh: lines.map((line) => (typeof line === 'string' ? line : line[1])).join('\n'),
  };
}

// ---------------------------------------------------------------- versions

const V = {
  wasmedge: '0.17.1',
  runwasi: 'v0.6.0',
  k3s: 'v1.37.1+k3s1',
  containerd2: '2.3.4',
  containerd1: '1.7.34',
  runc: '1.5.1',
  kata: '4.1.0',
  gvisor: '20260817.0',
  // The version NVIDIA's install guide showed in 2025; newer releases exist (not verified).
  nvidiaToolkit: '1.17.8-1',
  busybox: '1.37',
  cuda: '12.4.1-base-ubuntu22.04',
} as const;

const version = {
  wasmedge: { component: 'WasmEdge', version: V.wasmedge },
  runwasi: { component: 'runwasi containerd-shim-wasmedge', version: V.runwasi },
  k3s: { component: 'K3s', version: V.k3s },
  containerd2: { component: 'containerd', version: V.containerd2 },
  containerd1: { component: 'containerd', version: V.containerd1 },
  runc: { component: 'runc', version: V.runc },
  kata: { component: 'Kata Containers (kata-deploy chart)', version: V.kata },
  kataStatic: { component: 'Kata Containers (static release)', version: V.kata },
  gvisor: { component: 'gVisor release', version: V.gvisor },
  nvidiaToolkit: { component: 'NVIDIA Container Toolkit', version: V.nvidiaToolkit },
} as const;

// ---------------------------------------------------------------- sources

const cite = (title: string, url: string, date: string) =>
  ({ kind: 'citation', title, url, date }) as const;

const S = {
  wasmedgeInstaller: cite(
    'WasmEdge docs: installer v2 (utils/install_v2.sh)',
    'https://wasmedge.org/docs/contribute/installer_v2/',
    '2026-06-12',
  ),
  runwasiInstall: cite(
    'runwasi docs: installation',
    'https://github.com/containerd/runwasi/blob/main/docs/src/getting-started/installation.md',
    '2025-05-20',
  ),
  runwasiQuickstart: cite(
    'runwasi docs: quickstart',
    'https://github.com/containerd/runwasi/blob/main/docs/src/getting-started/quickstart.md',
    '2025-05-20',
  ),
  containerdCri: cite(
    'containerd docs: CRI plugin configuration (docs/cri/config.md)',
    'https://github.com/containerd/containerd/blob/main/docs/cri/config.md',
    '2026-08-12',
  ),
  containerdGettingStarted: cite(
    'containerd docs: getting started (docs/getting-started.md)',
    'https://github.com/containerd/containerd/blob/main/docs/getting-started.md',
    '2026-08-12',
  ),
  k8sRuntimeClass: cite(
    'Kubernetes docs: Runtime Class',
    'https://kubernetes.io/docs/concepts/containers/runtime-class/',
    '2026-09',
  ),
  k3sAdvanced: cite(
    'K3s docs: advanced options (alternative container runtime support)',
    'https://docs.k3s.io/advanced',
    '2026-09-30',
  ),
  k3sRuntimes: cite(
    'K3s: manifests/runtimes.yaml',
    'https://github.com/k3s-io/k3s/blob/master/manifests/runtimes.yaml',
    '2026-09-30',
  ),
  k3sInstall: cite(
    'K3s docs: installation configuration (INSTALL_K3S_VERSION)',
    'https://docs.k3s.io/installation/configuration',
    '2026-09-30',
  ),
  kataHelm: cite(
    'Kata Containers: kata-deploy Helm chart README',
    'https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/helm-chart/README.md',
    '2026-08-21',
  ),
  kataRuntimeClasses: cite(
    'Kata Containers: kata-deploy runtimeclasses.yaml template',
    'https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/helm-chart/kata-deploy/templates/runtimeclasses.yaml',
    '2026-08-21',
  ),
  kataContainerd: cite(
    'Kata Containers docs: install Kata Containers with containerd',
    'https://github.com/kata-containers/kata-containers/blob/main/docs/install/container-manager/containerd/containerd-install.md',
    '2026-08-21',
  ),
  gvisorInstall: cite(
    'gVisor docs: installation',
    'https://gvisor.dev/docs/user_guide/install/',
    '2026-08-17',
  ),
  gvisorQuickStart: cite(
    'gVisor docs: containerd quick start',
    'https://gvisor.dev/docs/user_guide/containerd/quick_start/',
    '2026-08-17',
  ),
  gvisorConfig: cite(
    'gVisor docs: containerd advanced configuration',
    'https://gvisor.dev/docs/user_guide/containerd/configuration/',
    '2026-08-17',
  ),
  gvisorGpu: cite(
    'gVisor docs: GPU support (nvproxy)',
    'https://gvisor.dev/docs/user_guide/gpu/',
    '2026-08-17',
  ),
  nvidiaToolkit: cite(
    'NVIDIA Container Toolkit: installation guide',
    'https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html',
    '2025',
  ),
} as const;

// ---------------------------------------------------------------- shared wording

const shimAssetNote: Localized = {
  en: 'The shim’s release asset name (containerd-shim-wasmedge-<arch>-linux-musl.tar.gz) comes from public build scripts; runwasi’s docs only say to download the shim from the releases page. Check the asset list of containerd-shim-wasmedge/v0.6.0 before running.',
  zh: 'shim 发布文件名（containerd-shim-wasmedge-<arch>-linux-musl.tar.gz）取自公开的构建脚本；runwasi 文档只说从 releases 页面下载 shim。运行前请核对 containerd-shim-wasmedge/v0.6.0 的发布文件列表。',
};

const gvisorPinNote: Localized = {
  en: 'Pinned to release-20260817.0 through the documented release path (…/releases/release/<yyyymmdd>.<n>/); the gVisor docs show the same commands with “latest”. We have not fetched this URL.',
  zh: '按文档中的发布路径（…/releases/release/<yyyymmdd>.<n>/）固定为 release-20260817.0；gVisor 文档中的同一命令使用 “latest”。我们没有实际下载过这个 URL。',
};

const nvidiaPinNote: Localized = {
  en: 'The toolkit is pinned to 1.17.8-1, the version NVIDIA’s install guide showed in 2025. Newer releases exist (1.19.0 release candidates appeared in early 2026); we have not checked which is newest. Pick a current one from NVIDIA’s release notes.',
  zh: '工具包固定为 1.17.8-1，即 2025 年 NVIDIA 安装指南中给出的版本。之后已有更新版本（2026 年初出现了 1.19.0 候选版），我们未核实最新版本号。请按 NVIDIA 发布说明选择当前版本。',
};

// ---------------------------------------------------------------- code fragments

const V3_RUNTIMES = "plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes";
const V2_RUNTIMES = 'plugins."io.containerd.grpc.v1.cri".containerd.runtimes';

/** A config.toml with the given runtime tables, for containerd 2.x (v3) or 1.x (v2). */
function containerdConfig(
  target: 'k8s_containerd2' | 'k8s_containerd1',
  tables: { name: string; runtimeType: string; options?: string[] }[],
  extraComment?: readonly [string, string],
): Localized {
  const v3 = target === 'k8s_containerd2';
  const root = v3 ? V3_RUNTIMES : V2_RUNTIMES;
  const q = (value: string) => (v3 ? `'${value}'` : `"${value}"`);
  const lines: Line[] = [
    v3
      ? [
          '# /etc/containerd/config.toml (containerd 2.x, config version 3)',
          '# /etc/containerd/config.toml（containerd 2.x，配置格式第 3 版）',
        ]
      : [
          '# /etc/containerd/config.toml (containerd 1.x, config version 2)',
          '# /etc/containerd/config.toml（containerd 1.x，配置格式第 2 版）',
        ],
    [
      '# Merge into the existing file (no file yet? start from `containerd config default`).',
      '# 合并到现有文件中（还没有配置文件？先用 `containerd config default` 生成）。',
    ],
    [
      '# The runtime table name is the RuntimeClass handler. Then: sudo systemctl restart containerd',
      '# 运行时表名就是 RuntimeClass 的 handler。然后执行：sudo systemctl restart containerd',
    ],
  ];
  if (extraComment) lines.push(extraComment);
  lines.push(`version = ${v3 ? 3 : 2}`);
  for (const table of tables) {
    lines.push('', `[${root}.${table.name}]`, `  runtime_type = ${q(table.runtimeType)}`);
    if (table.options) {
      lines.push(
        `  [${root}.${table.name}.options]`,
        ...table.options.map((line) => `    ${line}`),
      );
    }
  }
  return bi(...lines);
}

function runtimeClassYaml(name: string, handler: string, comment?: readonly [string, string]) {
  return bi(
    comment ?? [
      '# RuntimeClass: the handler must equal the runtime table name in containerd’s config',
      '# RuntimeClass：handler 必须与 containerd 配置中的运行时表名一致',
    ],
    'apiVersion: node.k8s.io/v1',
    'kind: RuntimeClass',
    'metadata:',
    `  name: ${name}`,
    `handler: ${handler}`,
  );
}

function busyboxPod(
  name: string,
  runtimeClassName: string | undefined,
  comment: readonly [string, string],
) {
  return bi(
    comment,
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    ...(runtimeClassName ? [`  runtimeClassName: ${runtimeClassName}`] : []),
    '  containers:',
    '    - name: demo',
    `      image: docker.io/library/busybox:${V.busybox}`,
    '      command: ["sleep", "3600"]',
  );
}

function gpuPod(
  name: string,
  runtimeClassName: string,
  resource: string,
  comment: readonly [string, string],
) {
  return bi(
    comment,
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  runtimeClassName: ${runtimeClassName}`,
    '  restartPolicy: Never',
    '  containers:',
    '    - name: cuda',
    `      image: docker.io/nvidia/cuda:${V.cuda}`,
    '      command: ["nvidia-smi"]',
    '      resources:',
    '        limits:',
    `          ${resource}: 1`,
  );
}

/** Applies the downloaded files, waits, checks, cleans up. `check` runs inside the pod. */
function k8sSmoke(opts: {
  files: string[];
  pod: string;
  check: Line[];
  kubeconfig?: boolean;
}): Localized {
  return bi(
    ...(opts.kubeconfig
      ? [
          [
            '# K3s keeps its kubeconfig here (or use `sudo k3s kubectl`)',
            '# K3s 的 kubeconfig 在这里（也可以用 `sudo k3s kubectl`）',
          ] as const,
          'export KUBECONFIG=/etc/rancher/k3s/k3s.yaml',
        ]
      : []),
    [
      '# Apply the downloaded files (names as the Download buttons save them)',
      '# 应用下载的文件（文件名与“下载”按钮保存的一致）',
    ],
    `kubectl apply ${opts.files.map((file) => `-f ${file}`).join(' ')}`,
    `kubectl wait --for=condition=Ready pod/${opts.pod} --timeout=180s`,
    ...opts.check,
    ['# Clean up', '# 清理'],
    `kubectl delete pod ${opts.pod}`,
  );
}

const k3sInstallLines: Line[] = [
  [
    `# K3s ${V.k3s} (bundles containerd 2.x and runc); skip if K3s is already installed. The script comes from the release's tag, not get.k3s.io (the master branch)`,
    `# K3s ${V.k3s}（自带 containerd 2.x 和 runc）；已安装 K3s 时跳过。安装脚本取自该版本的标签，而不是 get.k3s.io（master 分支）`,
  ],
  // The tag's "+" is escaped in the path: it is part of the tag name, not a space.
  `curl -sfL https://raw.githubusercontent.com/k3s-io/k3s/${encodeURIComponent(V.k3s)}/install.sh | INSTALL_K3S_VERSION=${V.k3s} sh -`,
];

function shimDownloadLines(dest: '/usr/local/bin/' | '/usr/bin/'): Line[] {
  return [
    dest === '/usr/bin/'
      ? [
          `# runwasi's WasmEdge shim ${V.runwasi}, in /usr/bin: K3s looks in /opt/kwasm/bin, /usr/bin and /usr/sbin`,
          `# runwasi 的 WasmEdge shim ${V.runwasi}，放到 /usr/bin：K3s 只在 /opt/kwasm/bin、/usr/bin 和 /usr/sbin 中查找`,
        ]
      : [
          `# runwasi's WasmEdge shim ${V.runwasi}, somewhere on containerd's PATH`,
          `# runwasi 的 WasmEdge shim ${V.runwasi}，放在 containerd 的 PATH 中`,
        ],
    `curl -fsSLO https://github.com/containerd/runwasi/releases/download/containerd-shim-wasmedge%2F${V.runwasi}/containerd-shim-wasmedge-$(uname -m)-linux-musl.tar.gz`,
    'tar -xzf containerd-shim-wasmedge-$(uname -m)-linux-musl.tar.gz',
    `sudo install containerd-shim-wasmedge-v1 ${dest}`,
  ];
}

const wasmedgeInstallLines: Line[] = [
  [
    `# WasmEdge ${V.wasmedge} (runtime library and CLI) with the official installer`,
    `# 用官方安装脚本安装 WasmEdge ${V.wasmedge}（运行时库和命令行工具）`,
  ],
  `curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/${V.wasmedge}/utils/install_v2.sh | bash -s -- -v ${V.wasmedge}`,
  'source $HOME/.wasmedge/env',
];

function gvisorInstallLines(): Line[] {
  return [
    [
      `# gVisor release-${V.gvisor}: runsc and containerd-shim-runsc-v1 (Linux 5.6 or later)`,
      `# gVisor release-${V.gvisor}：runsc 和 containerd-shim-runsc-v1（需要 Linux 5.6 或更高版本）`,
    ],
    'ARCH=$(uname -m)',
    `URL=https://storage.googleapis.com/gvisor/releases/release/${V.gvisor}/\${ARCH}`,
    'wget ${URL}/gvisor.tar.bz2 ${URL}/gvisor.tar.bz2.sha512',
    'sha512sum -c gvisor.tar.bz2.sha512',
    'sudo tar -xjf gvisor.tar.bz2 -C /usr/local/bin',
    'runsc --version',
  ];
}

function containerdInstallLines(containerdVersion: string): Line[] {
  return [
    [
      `# containerd ${containerdVersion} and runc ${V.runc} from their GitHub releases (amd64 shown; use arm64 on ARM)`,
      `# 从 GitHub 发布页安装 containerd ${containerdVersion} 和 runc ${V.runc}（示例为 amd64；ARM 节点用 arm64）`,
    ],
    [
      '# Most nodes already have both: check `containerd --version` and `runc --version` first',
      '# 多数节点已装有二者：先用 `containerd --version` 和 `runc --version` 检查',
    ],
    `CONTAINERD_VERSION=${containerdVersion}`,
    `RUNC_VERSION=${V.runc}`,
    'curl -fsSLO https://github.com/containerd/containerd/releases/download/v${CONTAINERD_VERSION}/containerd-${CONTAINERD_VERSION}-linux-amd64.tar.gz',
    'curl -fsSLO https://github.com/containerd/containerd/releases/download/v${CONTAINERD_VERSION}/containerd-${CONTAINERD_VERSION}-linux-amd64.tar.gz.sha256sum',
    'sha256sum -c containerd-${CONTAINERD_VERSION}-linux-amd64.tar.gz.sha256sum',
    'sudo tar Cxzf /usr/local containerd-${CONTAINERD_VERSION}-linux-amd64.tar.gz',
    'sudo curl -fsSLo /usr/local/lib/systemd/system/containerd.service --create-dirs https://raw.githubusercontent.com/containerd/containerd/v${CONTAINERD_VERSION}/containerd.service',
    'curl -fsSLO https://github.com/opencontainers/runc/releases/download/v${RUNC_VERSION}/runc.amd64',
    'sudo install -m 755 runc.amd64 /usr/local/sbin/runc',
    'sudo systemctl daemon-reload && sudo systemctl enable --now containerd',
  ];
}

const nvidiaToolkitLines: Line[] = [
  [
    '# NVIDIA driver first: `nvidia-smi` must work on the node. Then the NVIDIA Container Toolkit (apt)',
    '# 先装 NVIDIA 驱动：节点上 `nvidia-smi` 必须可用。然后安装 NVIDIA Container Toolkit（apt）',
  ],
  'curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey | sudo gpg --dearmor -o /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg',
  'curl -s -L https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list | \\',
  "  sed 's#deb https://#deb [signed-by=/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg] https://#g' | \\",
  '  sudo tee /etc/apt/sources.list.d/nvidia-container-toolkit.list',
  `export NVIDIA_CONTAINER_TOOLKIT_VERSION=${V.nvidiaToolkit}`,
  'sudo apt-get update && sudo apt-get install -y \\',
  '  nvidia-container-toolkit=${NVIDIA_CONTAINER_TOOLKIT_VERSION} \\',
  '  nvidia-container-toolkit-base=${NVIDIA_CONTAINER_TOOLKIT_VERSION} \\',
  '  libnvidia-container-tools=${NVIDIA_CONTAINER_TOOLKIT_VERSION} \\',
  '  libnvidia-container1=${NVIDIA_CONTAINER_TOOLKIT_VERSION}',
];

// ---------------------------------------------------------------- builders

const TARGET_SHORT: Record<Target, string> = {
  k8s_containerd2: 'c2',
  k8s_containerd1: 'c1',
  k3s: 'k3s',
  ctr: 'ctr',
};

const EXT = { bash: 'sh', yaml: 'yaml', toml: 'toml' } as const;

function snippetId(runtime: string, target: Target, step: Step, part?: string): string {
  return [runtime, TARGET_SHORT[target], step, part].filter(Boolean).join('_');
}

/** The name a block downloads as; smoke tests refer to files by these names. */
export function currentFileName(
  runtime: string,
  target: Target,
  step: Step,
  language: keyof typeof EXT,
  part?: string,
): string {
  return `${[runtime, target, step, part].filter(Boolean).join('-')}.${EXT[language]}`;
}

interface Block {
  runtime: string;
  target: Target;
  step: Step;
  /** Distinguishes blocks that share a step (the GPU variant's blocks). */
  part?: string;
  title: Localized;
  language: 'bash' | 'yaml' | 'toml';
  code: Localized;
  source: SnippetInput['source'];
  note?: Localized;
  versions?: { component: string; version: string }[];
  unverified?: Localized;
  pairsWith?: { step: Step; part?: string };
}

function block(b: Block): SnippetInput {
  return {
    id: snippetId(b.runtime, b.target, b.step, b.part),
    runtime: b.runtime,
    title: b.title,
    language: b.language,
    code: b.code,
    origin: 'current',
    ...(b.note ? { note: b.note } : {}),
    source: b.source,
    target: b.target,
    step: b.step,
    ...(b.versions ? { versions: b.versions } : {}),
    verified: b.unverified === undefined,
    ...(b.unverified ? { unverifiedNote: b.unverified } : {}),
    ...(b.pairsWith
      ? { pairsWith: snippetId(b.runtime, b.target, b.pairsWith.step, b.pairsWith.part) }
      : {}),
    filename: currentFileName(b.runtime, b.target, b.step, b.language, b.part),
  };
}

const file = (runtime: string, target: Target, step: Step, language: keyof typeof EXT) =>
  currentFileName(runtime, target, step, language);
const gpuFile = (runtime: string, target: Target, part: string, language: keyof typeof EXT) =>
  currentFileName(runtime, target, 'gpu', language, part);

const K8S_TARGETS = ['k8s_containerd2', 'k8s_containerd1'] as const;

// ================================================================ WasmEdge

function wasmedgeSnippets(): SnippetInput[] {
  const r = 'wasmedge';
  const out: SnippetInput[] = [];
  const podYaml = bi(
    [
      '# A Pod that runs runwasi’s WASI demo app (it prints a verse every second)',
      '# 运行 runwasi WASI 演示应用的 Pod（每秒打印一段歌词）',
    ],
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: wasi-demo',
    'spec:',
    '  runtimeClassName: wasmedge',
    '  containers:',
    '    - name: demo',
    '      image: ghcr.io/containerd/runwasi/wasi-demo-app:latest',
  );
  const podTitle = {
    en: 'A Pod that runs a Wasm image with WasmEdge',
    zh: '用 WasmEdge 运行 Wasm 镜像的 Pod',
  };
  const podNote = {
    en: 'The demo image is published only as “latest” in runwasi’s docs.',
    zh: 'runwasi 文档中的演示镜像只发布了 “latest” 标签。',
  };
  const smokeCheck: Line[] = [
    [
      '# The demo prints “This is a song that never ends…”',
      '# 演示程序会打印 “This is a song that never ends…”',
    ],
    'kubectl logs wasi-demo --tail=4',
  ];

  for (const target of K8S_TARGETS) {
    const v3 = target === 'k8s_containerd2';
    out.push(
      block({
        runtime: r,
        target,
        step: 'install',
        title: {
          en: 'Install WasmEdge and runwasi’s WasmEdge shim on each node',
          zh: '在每个节点上安装 WasmEdge 和 runwasi 的 WasmEdge shim',
        },
        language: 'bash',
        code: bi(...wasmedgeInstallLines, ...shimDownloadLines('/usr/local/bin/')),
        source: S.runwasiInstall,
        note: {
          en: 'The installer script is taken from the release’s own tag rather than the master branch the WasmEdge docs show, and -v pins the same release (the docs omit -v to get the latest), so the script and the runtime cannot drift apart. install_v2.sh is the installer that can add the WASI-NN GGML plugin; the plain install.sh remains the documented default.',
          zh: '安装脚本取自该版本自己的标签，而不是 WasmEdge 文档中的 master 分支；-v 固定同一版本（文档省略 -v 以安装最新版），这样脚本与运行时版本不会错开。install_v2.sh 是可以加装 WASI-NN GGML 插件的安装脚本；普通的 install.sh 仍是文档中的默认安装方式。',
        },
        versions: [version.wasmedge, version.runwasi],
        unverified: shimAssetNote,
      }),
      block({
        runtime: r,
        target,
        step: 'configure',
        title: {
          en: `Register the WasmEdge runtime with containerd ${v3 ? '2.x' : '1.x'}`,
          zh: `在 containerd ${v3 ? '2.x' : '1.x'} 中注册 WasmEdge 运行时`,
        },
        language: 'toml',
        code: containerdConfig(target, [
          { name: 'wasmedge', runtimeType: 'io.containerd.wasmedge.v1' },
        ]),
        source: S.containerdCri,
        note: v3
          ? undefined
          : {
              en: 'containerd 1.x uses config version 2 and the plugins."io.containerd.grpc.v1.cri" path. containerd 2.x still reads this file and converts it.',
              zh: 'containerd 1.x 使用第 2 版配置和 plugins."io.containerd.grpc.v1.cri" 路径。containerd 2.x 仍能读取并转换这种文件。',
            },
      }),
      block({
        runtime: r,
        target,
        step: 'runtimeclass',
        title: { en: 'Create the RuntimeClass “wasmedge”', zh: '创建 RuntimeClass “wasmedge”' },
        language: 'yaml',
        code: runtimeClassYaml('wasmedge', 'wasmedge'),
        source: S.k8sRuntimeClass,
        pairsWith: { step: 'configure' },
      }),
      block({
        runtime: r,
        target,
        step: 'pod',
        title: podTitle,
        language: 'yaml',
        code: podYaml,
        source: S.runwasiQuickstart,
        note: podNote,
      }),
      block({
        runtime: r,
        target,
        step: 'smoke',
        title: { en: 'Smoke test', zh: '冒烟测试' },
        language: 'bash',
        code: k8sSmoke({
          files: [file(r, target, 'runtimeclass', 'yaml'), file(r, target, 'pod', 'yaml')],
          pod: 'wasi-demo',
          check: smokeCheck,
        }),
        source: S.runwasiQuickstart,
      }),
    );
  }

  // K3s: it finds the shim and creates the runtime and the RuntimeClass itself.
  out.push(
    block({
      runtime: r,
      target: 'k3s',
      step: 'install',
      title: {
        en: 'Install K3s and the WasmEdge shim where K3s finds it',
        zh: '安装 K3s，并把 WasmEdge shim 放在 K3s 能找到的位置',
      },
      language: 'bash',
      code: bi(
        ...k3sInstallLines,
        ...shimDownloadLines('/usr/bin/'),
        [
          '# K3s looks for shims when it starts (on agent nodes: k3s-agent)',
          '# K3s 在启动时查找 shim（agent 节点上是 k3s-agent）',
        ],
        'sudo systemctl restart k3s',
      ),
      source: S.k3sAdvanced,
      note: {
        en: 'runwasi’s `make install` puts the shim in /usr/local/bin, which K3s does not search. The search paths come from one version of K3s’s runtimes.go; later releases may differ.',
        zh: 'runwasi 的 `make install` 把 shim 放在 /usr/local/bin，而 K3s 不在这里查找。查找路径取自某一版本的 K3s runtimes.go，之后的版本可能不同。',
      },
      versions: [version.k3s, version.runwasi],
      unverified: shimAssetNote,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'runtimeclass',
      title: {
        en: 'Check the RuntimeClass K3s created (“wasmedge”, not “wasm”)',
        zh: '检查 K3s 创建的 RuntimeClass（“wasmedge”，不是 “wasm”）',
      },
      language: 'bash',
      code: bi(
        [
          '# K3s creates the RuntimeClass "wasmedge" with handler "wasmedge" when it finds the shim',
          '# K3s 找到 shim 后会创建 RuntimeClass "wasmedge"，其 handler 为 "wasmedge"',
        ],
        'sudo k3s kubectl get runtimeclass wasmedge',
        [
          '# The generated containerd config should now name the wasmedge runtime',
          '# 生成的 containerd 配置中此时应有 wasmedge 运行时',
        ],
        'sudo grep -n wasmedge /var/lib/rancher/k3s/agent/etc/containerd/config.toml',
      ),
      source: S.k3sRuntimes,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'pod',
      title: podTitle,
      language: 'yaml',
      code: podYaml,
      source: S.runwasiQuickstart,
      note: podNote,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'smoke',
      title: { en: 'Smoke test', zh: '冒烟测试' },
      language: 'bash',
      code: k8sSmoke({
        files: [file(r, 'k3s', 'pod', 'yaml')],
        pod: 'wasi-demo',
        check: smokeCheck,
        kubeconfig: true,
      }),
      source: S.runwasiQuickstart,
    }),
  );

  // Plain containerd: ctr finds the shim by the runtime name, no CRI config needed.
  out.push(
    block({
      runtime: r,
      target: 'ctr',
      step: 'install',
      title: {
        en: 'Install runwasi’s WasmEdge shim for containerd',
        zh: '为 containerd 安装 runwasi 的 WasmEdge shim',
      },
      language: 'bash',
      code: bi(...shimDownloadLines('/usr/local/bin/')),
      source: S.runwasiInstall,
      versions: [version.runwasi],
      unverified: shimAssetNote,
    }),
    block({
      runtime: r,
      target: 'ctr',
      step: 'smoke',
      title: { en: 'Run a Wasm image with ctr', zh: '用 ctr 运行 Wasm 镜像' },
      language: 'bash',
      code: bi(
        [
          '# ctr maps io.containerd.wasmedge.v1 to the containerd-shim-wasmedge-v1 binary on its PATH',
          '# ctr 会把 io.containerd.wasmedge.v1 对应到 PATH 中的 containerd-shim-wasmedge-v1',
        ],
        'sudo ctr image pull ghcr.io/containerd/runwasi/wasi-demo-app:latest',
        "sudo ctr run --rm --runtime=io.containerd.wasmedge.v1 ghcr.io/containerd/runwasi/wasi-demo-app:latest testwasm /wasi-demo-app.wasm echo 'hello from WasmEdge'",
      ),
      source: S.runwasiQuickstart,
    }),
    block({
      runtime: r,
      target: 'ctr',
      step: 'gpu',
      part: 'install',
      title: {
        en: 'GPU: WasmEdge with the WASI-NN GGML plugin built for CUDA',
        zh: 'GPU：带 CUDA 版 WASI-NN GGML 插件的 WasmEdge',
      },
      language: 'bash',
      code: bi(
        [
          `# WasmEdge ${V.wasmedge} and the WASI-NN GGML (llama.cpp) plugin built for CUDA 12`,
          `# WasmEdge ${V.wasmedge} 以及为 CUDA 12 构建的 WASI-NN GGML（llama.cpp）插件`,
        ],
        [
          '# (the installer picks CUDA 11/12 itself when it finds nvcc or libcudart)',
          '# （安装脚本找到 nvcc 或 libcudart 时会自动选择 CUDA 11/12）',
        ],
        `curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/${V.wasmedge}/utils/install_v2.sh | bash -s -- -v ${V.wasmedge} --ggmlcuda=12`,
        'source $HOME/.wasmedge/env',
        ['# Check the version and the installed plugins', '# 检查版本和已安装的插件'],
        'wasmedge --version',
        'ls $HOME/.wasmedge/plugin/',
      ),
      source: S.wasmedgeInstaller,
      note: {
        en: 'Limits: the GPU is reached only through WASI-NN inference (the GGML / llama.cpp backend); Wasm code gets no general CUDA access. Needs the NVIDIA driver and CUDA 11 or 12 on the host. This installs WasmEdge on the host; running WASI-NN inside a Kubernetes pod through the shim is not covered here.',
        zh: '限制：只能通过 WASI-NN 推理（GGML / llama.cpp 后端）使用 GPU，Wasm 代码无法直接使用 CUDA。主机需要 NVIDIA 驱动和 CUDA 11 或 12。这里是在主机上安装 WasmEdge；通过 shim 在 Kubernetes Pod 中运行 WASI-NN 不在本文范围内。',
      },
      versions: [version.wasmedge],
    }),
  );
  return out;
}

// ================================================================ runc

function runcSnippets(): SnippetInput[] {
  const r = 'runc';
  const out: SnippetInput[] = [];
  const podComment = [
    '# A Pod on runc; runtimeClassName is optional: runc is containerd’s default runtime',
    '# 使用 runc 的 Pod；runtimeClassName 可省略：runc 是 containerd 的默认运行时',
  ] as const;
  const smokeCheck: Line[] = [
    [
      '# Same kernel as the node: compare with `uname -r` on the node',
      '# 与节点内核相同：可与节点上的 `uname -r` 对比',
    ],
    'kubectl exec runc-demo -- uname -r',
  ];
  const gpuLimits: Localized = {
    en: 'Limits: runc gives the container the host’s GPU with no extra isolation. Pods request nvidia.com/gpu, which needs NVIDIA’s device plugin (or the GPU Operator) on the cluster; installing it is not covered here. The NVIDIA driver must be installed on the node.',
    zh: '限制：runc 把主机 GPU 直接交给容器，没有额外隔离。Pod 申请 nvidia.com/gpu，需要集群中运行 NVIDIA device plugin（或 GPU Operator），其安装不在本文范围内。节点上必须已安装 NVIDIA 驱动。',
  };

  for (const target of K8S_TARGETS) {
    const v3 = target === 'k8s_containerd2';
    out.push(
      block({
        runtime: r,
        target,
        step: 'install',
        title: {
          en: `Install containerd ${v3 ? V.containerd2 : V.containerd1} and runc ${V.runc}`,
          zh: `安装 containerd ${v3 ? V.containerd2 : V.containerd1} 和 runc ${V.runc}`,
        },
        language: 'bash',
        code: bi(...containerdInstallLines(v3 ? V.containerd2 : V.containerd1)),
        source: S.containerdGettingStarted,
        note: {
          en: 'A Kubernetes node also needs CNI plugins and kubelet; follow your distribution for those.',
          zh: 'Kubernetes 节点还需要 CNI 插件和 kubelet，请按所用发行版的说明安装。',
        },
        versions: [v3 ? version.containerd2 : version.containerd1, version.runc],
      }),
      block({
        runtime: r,
        target,
        step: 'configure',
        title: {
          en: 'runc with the systemd cgroup driver',
          zh: '使用 systemd cgroup 驱动的 runc',
        },
        language: 'toml',
        code: containerdConfig(
          target,
          [
            {
              name: 'runc',
              runtimeType: 'io.containerd.runc.v2',
              options: ['SystemdCgroup = true'],
            },
          ],
          [
            '# The default config already has the runc table: set SystemdCgroup there, do not add a second one.',
            '# 默认配置中已有 runc 表：在其中设置 SystemdCgroup，不要再添加一张。',
          ],
        ),
        source: S.containerdCri,
        note: {
          en: 'SystemdCgroup = true matches kubelet’s systemd cgroup driver (the usual choice with cgroup v2).',
          zh: 'SystemdCgroup = true 与 kubelet 的 systemd cgroup 驱动一致（cgroup v2 下的常见选择）。',
        },
      }),
      block({
        runtime: r,
        target,
        step: 'runtimeclass',
        title: {
          en: 'Create the RuntimeClass “runc” (optional)',
          zh: '创建 RuntimeClass “runc”（可选）',
        },
        language: 'yaml',
        code: runtimeClassYaml('runc', 'runc'),
        source: S.k8sRuntimeClass,
        pairsWith: { step: 'configure' },
      }),
      block({
        runtime: r,
        target,
        step: 'pod',
        title: { en: 'A Pod on runc', zh: '使用 runc 的 Pod' },
        language: 'yaml',
        code: busyboxPod('runc-demo', 'runc', podComment),
        source: S.k8sRuntimeClass,
      }),
      block({
        runtime: r,
        target,
        step: 'smoke',
        title: { en: 'Smoke test', zh: '冒烟测试' },
        language: 'bash',
        code: k8sSmoke({
          files: [file(r, target, 'runtimeclass', 'yaml'), file(r, target, 'pod', 'yaml')],
          pod: 'runc-demo',
          check: smokeCheck,
        }),
        source: S.k8sRuntimeClass,
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'install',
        title: {
          en: 'GPU: NVIDIA Container Toolkit and the “nvidia” runtime',
          zh: 'GPU：NVIDIA Container Toolkit 和 “nvidia” 运行时',
        },
        language: 'bash',
        code: bi(
          ...nvidiaToolkitLines,
          [
            '# Adds a containerd runtime named "nvidia" (the RuntimeClass handler below)',
            '# 添加名为 "nvidia" 的 containerd 运行时（即下面 RuntimeClass 的 handler）',
          ],
          'sudo nvidia-ctk runtime configure --runtime=containerd',
          'sudo systemctl restart containerd',
        ),
        source: S.nvidiaToolkit,
        note: gpuLimits,
        versions: [version.nvidiaToolkit],
        unverified: nvidiaPinNote,
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'runtimeclass',
        title: {
          en: 'GPU: create the RuntimeClass “nvidia”',
          zh: 'GPU：创建 RuntimeClass “nvidia”',
        },
        language: 'yaml',
        code: runtimeClassYaml('nvidia', 'nvidia', [
          '# The handler is the runtime that nvidia-ctk added to containerd’s config',
          '# handler 是 nvidia-ctk 添加到 containerd 配置中的运行时',
        ]),
        source: S.nvidiaToolkit,
        pairsWith: { step: 'gpu', part: 'install' },
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'pod',
        title: { en: 'GPU: a Pod that runs nvidia-smi', zh: 'GPU：运行 nvidia-smi 的 Pod' },
        language: 'yaml',
        code: gpuPod('gpu-demo', 'nvidia', 'nvidia.com/gpu', [
          '# Needs NVIDIA’s device plugin for the nvidia.com/gpu resource',
          '# nvidia.com/gpu 资源需要 NVIDIA device plugin',
        ]),
        source: S.nvidiaToolkit,
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'smoke',
        title: { en: 'GPU: smoke test', zh: 'GPU：冒烟测试' },
        language: 'bash',
        code: bi(
          [
            '# Apply the downloaded files; the Pod prints the GPU table and exits',
            '# 应用下载的文件；Pod 打印 GPU 信息表后退出',
          ],
          `kubectl apply -f ${gpuFile(r, target, 'runtimeclass', 'yaml')} -f ${gpuFile(r, target, 'pod', 'yaml')}`,
          "kubectl wait --for=jsonpath='{.status.phase}'=Succeeded pod/gpu-demo --timeout=300s",
          'kubectl logs gpu-demo',
          ['# Clean up', '# 清理'],
          'kubectl delete pod gpu-demo',
        ),
        source: S.nvidiaToolkit,
      }),
    );
  }

  out.push(
    block({
      runtime: r,
      target: 'k3s',
      step: 'install',
      title: { en: 'Install K3s (runc included)', zh: '安装 K3s（已包含 runc）' },
      language: 'bash',
      code: bi(
        ...k3sInstallLines,
        [
          '# K3s bundles runc and uses it by default: no runtime configuration needed',
          '# K3s 自带 runc 并默认使用它：无需配置运行时',
        ],
        'sudo k3s crictl info | grep -i runc',
      ),
      source: S.k3sInstall,
      note: {
        en: 'K3s v1.37 bundles runc v1.4.2 (its release notes).',
        zh: 'K3s v1.37 自带 runc v1.4.2（见其发布说明）。',
      },
      versions: [version.k3s],
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'pod',
      title: { en: 'A Pod on runc (the default)', zh: '使用 runc（默认）的 Pod' },
      language: 'yaml',
      code: busyboxPod('runc-demo', undefined, [
        '# No runtimeClassName: the Pod runs on K3s’s default runtime, runc',
        '# 不设 runtimeClassName：Pod 运行在 K3s 的默认运行时 runc 上',
      ]),
      source: S.k8sRuntimeClass,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'smoke',
      title: { en: 'Smoke test', zh: '冒烟测试' },
      language: 'bash',
      code: k8sSmoke({
        files: [file(r, 'k3s', 'pod', 'yaml')],
        pod: 'runc-demo',
        check: smokeCheck,
        kubeconfig: true,
      }),
      source: S.k8sRuntimeClass,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'gpu',
      part: 'install',
      title: {
        en: 'GPU: NVIDIA Container Toolkit on K3s',
        zh: 'GPU：在 K3s 上安装 NVIDIA Container Toolkit',
      },
      language: 'bash',
      code: bi(
        ...nvidiaToolkitLines,
        [
          '# Do not run nvidia-ctk here: K3s finds the NVIDIA runtime itself when it restarts',
          '# 这里不要运行 nvidia-ctk：K3s 重启时会自己找到 NVIDIA 运行时',
        ],
        'sudo systemctl restart k3s',
        ['# K3s creates the RuntimeClass "nvidia"', '# K3s 会创建 RuntimeClass "nvidia"'],
        'sudo k3s kubectl get runtimeclass nvidia',
      ),
      source: S.k3sAdvanced,
      note: gpuLimits,
      versions: [version.nvidiaToolkit],
      unverified: nvidiaPinNote,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'gpu',
      part: 'pod',
      title: { en: 'GPU: a Pod that runs nvidia-smi', zh: 'GPU：运行 nvidia-smi 的 Pod' },
      language: 'yaml',
      code: gpuPod('gpu-demo', 'nvidia', 'nvidia.com/gpu', [
        '# runtimeClassName nvidia is created by K3s; nvidia.com/gpu needs NVIDIA’s device plugin',
        '# RuntimeClass nvidia 由 K3s 创建；nvidia.com/gpu 需要 NVIDIA device plugin',
      ]),
      source: S.k3sAdvanced,
    }),
    block({
      runtime: r,
      target: 'ctr',
      step: 'install',
      title: {
        en: `Install containerd ${V.containerd2} and runc ${V.runc}`,
        zh: `安装 containerd ${V.containerd2} 和 runc ${V.runc}`,
      },
      language: 'bash',
      code: bi(...containerdInstallLines(V.containerd2)),
      source: S.containerdGettingStarted,
      versions: [version.containerd2, version.runc],
    }),
    block({
      runtime: r,
      target: 'ctr',
      step: 'smoke',
      title: { en: 'Run a container with ctr', zh: '用 ctr 运行容器' },
      language: 'bash',
      code: bi(
        [
          '# ctr uses runc (io.containerd.runc.v2) unless told otherwise',
          '# 未另行指定时，ctr 使用 runc（io.containerd.runc.v2）',
        ],
        `sudo ctr image pull docker.io/library/busybox:${V.busybox}`,
        `sudo ctr run --rm docker.io/library/busybox:${V.busybox} runc-test uname -a`,
      ),
      source: S.containerdGettingStarted,
    }),
  );
  return out;
}

// ================================================================ Kata Containers

function kataSnippets(): SnippetInput[] {
  const r = 'kata';
  const out: SnippetInput[] = [];
  const helmLines = (k3s: boolean): Line[] => {
    const lines: Line[] = [
      [
        `# Kata Containers ${V.kata} with the kata-deploy Helm chart: it installs Kata on every node,`,
        `# 用 kata-deploy Helm chart 安装 Kata Containers ${V.kata}：它会在每个节点上安装 Kata，`,
      ],
      [
        '# adds the runtimes to containerd’s config and creates the RuntimeClasses (kata-<shim>)',
        '# 把运行时写入 containerd 配置，并创建 RuntimeClass（kata-<shim>）',
      ],
      ...(k3s ? ['export KUBECONFIG=/etc/rancher/k3s/k3s.yaml'] : []),
      `export VERSION=${V.kata}`,
      'export CHART=oci://ghcr.io/kata-containers/kata-deploy-charts/kata-deploy',
      'helm install kata-deploy "$CHART" --version "$VERSION" -n kube-system \\',
    ];
    if (k3s) lines.push('  --set k8sDistribution=k3s \\');
    lines.push('  --wait --timeout 10m --atomic');
    return lines;
  };
  const checkClasses: Line[] = [
    [
      '# kata-deploy creates kata-qemu-runtime-rs (the default since 4.0), kata-qemu, kata-clh, kata-fc, …',
      '# kata-deploy 会创建 kata-qemu-runtime-rs（4.0 起的默认）、kata-qemu、kata-clh、kata-fc 等',
    ],
    'kubectl get runtimeclass',
  ];
  const nodeNote: Localized = {
    en: 'Nodes need hardware virtualisation (/dev/kvm; nested virtualisation in cloud VMs). kata-deploy writes runtime_type = "io.containerd.kata-<shim>.v2" for each shim; a plain “kata” class exists only with runtimeClasses.createDefault=true.',
    zh: '节点需要硬件虚拟化（/dev/kvm；云虚拟机中需要嵌套虚拟化）。kata-deploy 为每个 shim 写入 runtime_type = "io.containerd.kata-<shim>.v2"；只有设置 runtimeClasses.createDefault=true 时才会有名为 “kata” 的类。',
  };
  const podComment = [
    '# A Pod in a Kata VM, with the default Rust runtime and QEMU',
    '# 在 Kata 虚拟机中运行的 Pod，使用默认的 Rust 运行时和 QEMU',
  ] as const;
  const smokeCheck: Line[] = [
    [
      '# Inside Kata this is the guest VM’s kernel: it differs from `uname -r` on the node',
      '# 在 Kata 中这是虚拟机内的内核版本：与节点上的 `uname -r` 不同',
    ],
    'kubectl exec kata-demo -- uname -r',
  ];
  const gpuNote: Localized = {
    en: 'Limits: whole-GPU passthrough into the VM. The node needs IOMMU and VFIO set up and NVIDIA’s GPU Operator (or device plugin) configured for sandboxed workloads; that setup is not covered here. kata-deploy accounts 4096Mi of pod overhead for this class.',
    zh: '限制：整块 GPU 直通进虚拟机。节点需要配置 IOMMU 和 VFIO，并为沙盒工作负载配置 NVIDIA GPU Operator（或 device plugin），这些配置不在本文范围内。kata-deploy 为该类计入 4096Mi 的 Pod 开销。',
  };
  const gpuUnverified: Localized = {
    en: 'The resource name nvidia.com/pgpu depends on how the device plugin is configured; we have not run this on a GPU node.',
    zh: '资源名 nvidia.com/pgpu 取决于 device plugin 的配置；我们没有在 GPU 节点上运行过。',
  };

  for (const target of [...K8S_TARGETS, 'k3s'] as const) {
    const k3s = target === 'k3s';
    out.push(
      block({
        runtime: r,
        target,
        step: 'install',
        title: k3s
          ? {
              en: 'Install K3s, then Kata with kata-deploy',
              zh: '安装 K3s，然后用 kata-deploy 安装 Kata',
            }
          : {
              en: 'Install Kata with the kata-deploy Helm chart',
              zh: '用 kata-deploy Helm chart 安装 Kata',
            },
        language: 'bash',
        code: bi(...(k3s ? k3sInstallLines : []), ...helmLines(k3s)),
        source: S.kataHelm,
        note: nodeNote,
        versions: k3s ? [version.k3s, version.kata] : [version.kata],
        unverified:
          target === 'k8s_containerd1'
            ? {
                en: 'kata-deploy detects the containerd version and writes the matching config; we have not checked Kata 4.1 against containerd 1.7.',
                zh: 'kata-deploy 会检测 containerd 版本并写入相应配置；我们没有核实 Kata 4.1 与 containerd 1.7 的兼容性。',
              }
            : undefined,
      }),
      block({
        runtime: r,
        target,
        step: 'runtimeclass',
        title: {
          en: 'Check the RuntimeClasses kata-deploy created',
          zh: '检查 kata-deploy 创建的 RuntimeClass',
        },
        language: 'bash',
        code: bi(
          ...(k3s ? (['export KUBECONFIG=/etc/rancher/k3s/k3s.yaml'] as Line[]) : []),
          ...checkClasses,
        ),
        source: S.kataRuntimeClasses,
      }),
      block({
        runtime: r,
        target,
        step: 'pod',
        title: { en: 'A Pod in a Kata VM', zh: '运行在 Kata 虚拟机中的 Pod' },
        language: 'yaml',
        code: busyboxPod('kata-demo', 'kata-qemu-runtime-rs', podComment),
        source: S.kataRuntimeClasses,
      }),
      block({
        runtime: r,
        target,
        step: 'smoke',
        title: { en: 'Smoke test', zh: '冒烟测试' },
        language: 'bash',
        code: k8sSmoke({
          files: [file(r, target, 'pod', 'yaml')],
          pod: 'kata-demo',
          check: smokeCheck,
          kubeconfig: k3s,
        }),
        source: S.kataHelm,
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'pod',
        title: {
          en: 'GPU: a Pod with a GPU passed through to its VM (kata-qemu-nvidia-gpu)',
          zh: 'GPU：GPU 直通进虚拟机的 Pod（kata-qemu-nvidia-gpu）',
        },
        language: 'yaml',
        code: gpuPod('kata-gpu-demo', 'kata-qemu-nvidia-gpu', 'nvidia.com/pgpu', [
          '# kata-deploy’s GPU class; the resource name depends on the device plugin’s configuration',
          '# kata-deploy 的 GPU 类；资源名取决于 device plugin 的配置',
        ]),
        source: S.kataRuntimeClasses,
        note: gpuNote,
        unverified: gpuUnverified,
      }),
    );
  }

  out.push(
    block({
      runtime: r,
      target: 'ctr',
      step: 'install',
      title: {
        en: `Install the Kata ${V.kata} static release`,
        zh: `安装 Kata ${V.kata} 静态发布包`,
      },
      language: 'bash',
      code: bi(
        [
          `# Kata Containers ${V.kata} static release into /opt/kata (amd64 shown)`,
          `# 把 Kata Containers ${V.kata} 静态发布包解压到 /opt/kata（示例为 amd64）`,
        ],
        `KATA_VERSION=${V.kata}`,
        [
          '# Kata 4.x ships zstd archives (.tar.zst; 3.x used .tar.xz)',
          '# Kata 4.x 的发布包是 zstd 压缩（.tar.zst；3.x 为 .tar.xz）',
        ],
        'curl -fsSLO https://github.com/kata-containers/kata-containers/releases/download/${KATA_VERSION}/kata-static-${KATA_VERSION}-amd64.tar.zst',
        'sudo tar --zstd -C / -xf kata-static-${KATA_VERSION}-amd64.tar.zst',
        [
          '# containerd finds shims on its PATH. This links the Go runtime’s shim, as Kata’s containerd guide does;',
          '# containerd 在 PATH 中查找 shim。这里链接 Go 运行时的 shim，与 Kata 的 containerd 安装文档一致；',
        ],
        [
          '# for runtime-rs (the Rust runtime) link /opt/kata/runtime-rs/bin/containerd-shim-kata-v2 instead',
          '# 若用 runtime-rs（Rust 运行时），改为链接 /opt/kata/runtime-rs/bin/containerd-shim-kata-v2',
        ],
        'sudo ln -sf /opt/kata/bin/containerd-shim-kata-v2 /usr/local/bin/containerd-shim-kata-v2',
      ),
      source: S.kataContainerd,
      note: nodeNote,
      versions: [version.kataStatic],
    }),
    block({
      runtime: r,
      target: 'ctr',
      step: 'smoke',
      title: { en: 'Run a container in a Kata VM with ctr', zh: '用 ctr 在 Kata 虚拟机中运行容器' },
      language: 'bash',
      code: bi(
        `sudo ctr image pull docker.io/library/busybox:${V.busybox}`,
        ['# The host kernel, for comparison', '# 主机内核版本，用于对比'],
        'uname -r',
        ['# The guest VM’s kernel: a different version', '# 虚拟机内的内核版本：与主机不同'],
        `sudo ctr run --rm --runtime io.containerd.kata.v2 docker.io/library/busybox:${V.busybox} kata-test uname -r`,
      ),
      source: S.kataContainerd,
    }),
  );
  return out;
}

// ================================================================ gVisor

function gvisorSnippets(): SnippetInput[] {
  const r = 'gvisor';
  const out: SnippetInput[] = [];
  const podComment = ['# A Pod in a gVisor sandbox', '# 运行在 gVisor 沙盒中的 Pod'] as const;
  const smokeCheck: Line[] = [
    [
      '# gVisor’s own kernel answers: dmesg shows “Starting gVisor...” and friends',
      '# 由 gVisor 自己的内核应答：dmesg 会显示 “Starting gVisor...” 等信息',
    ],
    'kubectl exec gvisor-demo -- dmesg',
  ];
  const gpuLimits: Localized = {
    en: 'Limits: nvproxy supports most CUDA apps, PyTorch, Vulkan and NVENC/NVDEC on T4, A100, A10G, L4 and H100 GPUs, and only with selected NVIDIA driver versions (`runsc nvproxy list-supported-drivers`). No MIG, no multi-node NVLink. Needs the NVIDIA driver on the node and NVIDIA’s device plugin for nvidia.com/gpu.',
    zh: '限制：nvproxy 支持大多数 CUDA 应用、PyTorch、Vulkan 和 NVENC/NVDEC，GPU 限于 T4、A100、A10G、L4 和 H100，并且只支持部分 NVIDIA 驱动版本（`runsc nvproxy list-supported-drivers`）。不支持 MIG，不支持多节点 NVLink。节点需要 NVIDIA 驱动，nvidia.com/gpu 需要 NVIDIA device plugin。',
  };

  const install = (target: Target, k3s = false) =>
    block({
      runtime: r,
      target,
      step: 'install',
      title: k3s
        ? { en: 'Install K3s and gVisor', zh: '安装 K3s 和 gVisor' }
        : {
            en: 'Install gVisor (runsc and its containerd shim)',
            zh: '安装 gVisor（runsc 及其 containerd shim）',
          },
      language: 'bash',
      code: bi(...(k3s ? k3sInstallLines : []), ...gvisorInstallLines()),
      source: S.gvisorInstall,
      note: {
        en: 'Since July 2026 releases ship one gvisor.tar.bz2 (runsc, containerd-shim-runsc-v1, gvisor-bin/); the old per-binary URLs are gone for recent releases. An apt repository also exists (apt-get install runsc).',
        zh: '自 2026 年 7 月起，发布包改为单个 gvisor.tar.bz2（包含 runsc、containerd-shim-runsc-v1 和 gvisor-bin/）；较新版本已没有逐个二进制文件的旧 URL。也可以使用 apt 仓库（apt-get install runsc）。',
      },
      versions: k3s ? [version.k3s, version.gvisor] : [version.gvisor],
      unverified: gvisorPinNote,
    });

  for (const target of K8S_TARGETS) {
    const v3 = target === 'k8s_containerd2';
    out.push(
      install(target),
      block({
        runtime: r,
        target,
        step: 'configure',
        title: {
          en: `Register runsc with containerd ${v3 ? '2.x' : '1.x'}`,
          zh: `在 containerd ${v3 ? '2.x' : '1.x'} 中注册 runsc`,
        },
        language: 'toml',
        code: containerdConfig(target, [{ name: 'runsc', runtimeType: 'io.containerd.runsc.v1' }]),
        source: S.gvisorQuickStart,
      }),
      block({
        runtime: r,
        target,
        step: 'runtimeclass',
        title: {
          en: 'Create the RuntimeClass “gvisor” (handler runsc)',
          zh: '创建 RuntimeClass “gvisor”（handler 为 runsc）',
        },
        language: 'yaml',
        code: runtimeClassYaml('gvisor', 'runsc'),
        source: S.gvisorQuickStart,
        pairsWith: { step: 'configure' },
      }),
      block({
        runtime: r,
        target,
        step: 'pod',
        title: { en: 'A Pod in a gVisor sandbox', zh: '运行在 gVisor 沙盒中的 Pod' },
        language: 'yaml',
        code: busyboxPod('gvisor-demo', 'gvisor', podComment),
        source: S.gvisorQuickStart,
      }),
      block({
        runtime: r,
        target,
        step: 'smoke',
        title: { en: 'Smoke test', zh: '冒烟测试' },
        language: 'bash',
        code: k8sSmoke({
          files: [file(r, target, 'runtimeclass', 'yaml'), file(r, target, 'pod', 'yaml')],
          pod: 'gvisor-demo',
          check: smokeCheck,
        }),
        source: S.gvisorQuickStart,
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'config',
        title: {
          en: 'GPU: point the runsc runtime at a runsc config file',
          zh: 'GPU：让 runsc 运行时使用 runsc 配置文件',
        },
        language: 'toml',
        code: containerdConfig(
          target,
          [
            {
              name: 'runsc',
              runtimeType: 'io.containerd.runsc.v1',
              options: v3
                ? [
                    "TypeUrl = 'io.containerd.runsc.v1.options'",
                    "ConfigPath = '/etc/containerd/runsc.toml'",
                  ]
                : [
                    'TypeUrl = "io.containerd.runsc.v1.options"',
                    'ConfigPath = "/etc/containerd/runsc.toml"',
                  ],
            },
          ],
          [
            '# This runsc table replaces the one from the configure step (same name, with options).',
            '# 这张 runsc 表替换“配置”步骤中的同名表（增加了 options）。',
          ],
        ),
        source: S.gvisorConfig,
        note: gpuLimits,
        unverified: v3
          ? {
              en: 'The gVisor docs show this options block with the containerd 1.x (version 2) path; the version 3 path here is our translation.',
              zh: 'gVisor 文档中的 options 块使用 containerd 1.x（第 2 版）路径；这里的第 3 版路径是我们的转换。',
            }
          : undefined,
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'runsc',
        title: {
          en: 'GPU: /etc/containerd/runsc.toml with nvproxy',
          zh: 'GPU：启用 nvproxy 的 /etc/containerd/runsc.toml',
        },
        language: 'toml',
        code: bi(
          [
            '# /etc/containerd/runsc.toml: runsc flags as keys (--nvproxy becomes nvproxy)',
            '# /etc/containerd/runsc.toml：以键的形式写 runsc 参数（--nvproxy 写作 nvproxy）',
          ],
          '[runsc_config]',
          '  nvproxy = "true"',
        ),
        source: S.gvisorGpu,
        note: gpuLimits,
        unverified: {
          en: 'The nvproxy key follows the docs’ flag-to-key rule; we have not tested it.',
          zh: 'nvproxy 这个键是按文档中“参数转键”的规则写出的；我们没有测试过。',
        },
      }),
      block({
        runtime: r,
        target,
        step: 'gpu',
        part: 'pod',
        title: {
          en: 'GPU: a Pod that runs nvidia-smi under gVisor',
          zh: 'GPU：在 gVisor 中运行 nvidia-smi 的 Pod',
        },
        language: 'yaml',
        code: gpuPod('gvisor-gpu-demo', 'gvisor', 'nvidia.com/gpu', [
          '# Restart containerd after the two config files; nvidia.com/gpu needs NVIDIA’s device plugin',
          '# 写好两个配置文件后重启 containerd；nvidia.com/gpu 需要 NVIDIA device plugin',
        ]),
        source: S.gvisorGpu,
        note: gpuLimits,
        unverified: {
          en: 'Not yet verified end to end: we have not run this Pod on a GPU node with the two configuration files above.',
          zh: '尚未端到端验证：我们没有在 GPU 节点上用上面两个配置文件运行过这个 Pod。',
        },
      }),
    );
  }

  out.push(
    install('k3s', true),
    block({
      runtime: r,
      target: 'k3s',
      step: 'configure',
      title: {
        en: 'Add runsc to K3s’s containerd template',
        zh: '把 runsc 加入 K3s 的 containerd 模板',
      },
      language: 'toml',
      code: bi(
        [
          '# /var/lib/rancher/k3s/agent/etc/containerd/config-v3.toml.tmpl',
          '# /var/lib/rancher/k3s/agent/etc/containerd/config-v3.toml.tmpl',
        ],
        [
          '# Keep K3s’s generated config ("base") and add the runsc runtime; then: sudo systemctl restart k3s',
          '# 保留 K3s 生成的配置（"base"）并添加 runsc 运行时；然后执行：sudo systemctl restart k3s',
        ],
        '{{ template "base" . }}',
        '',
        `[${V3_RUNTIMES}.runsc]`,
        "  runtime_type = 'io.containerd.runsc.v1'",
      ),
      source: S.k3sAdvanced,
      note: {
        en: 'K3s ships containerd 2.x since v1.31.6+k3s1 / v1.32.2+k3s1, so the template is config-v3.toml.tmpl. K3s does not detect runsc by itself.',
        zh: 'K3s 自 v1.31.6+k3s1 / v1.32.2+k3s1 起自带 containerd 2.x，因此模板文件是 config-v3.toml.tmpl。K3s 不会自动检测 runsc。',
      },
      unverified: {
        en: 'This combines K3s’s template docs with gVisor’s containerd config; neither source shows it as one file.',
        zh: '这是把 K3s 的模板文档与 gVisor 的 containerd 配置组合而成；两处来源都没有给出这样的完整文件。',
      },
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'runtimeclass',
      title: {
        en: 'Create the RuntimeClass “gvisor” (handler runsc)',
        zh: '创建 RuntimeClass “gvisor”（handler 为 runsc）',
      },
      language: 'yaml',
      code: runtimeClassYaml('gvisor', 'runsc'),
      source: S.gvisorQuickStart,
      pairsWith: { step: 'configure' },
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'pod',
      title: { en: 'A Pod in a gVisor sandbox', zh: '运行在 gVisor 沙盒中的 Pod' },
      language: 'yaml',
      code: busyboxPod('gvisor-demo', 'gvisor', podComment),
      source: S.gvisorQuickStart,
    }),
    block({
      runtime: r,
      target: 'k3s',
      step: 'smoke',
      title: { en: 'Smoke test', zh: '冒烟测试' },
      language: 'bash',
      code: k8sSmoke({
        files: [file(r, 'k3s', 'runtimeclass', 'yaml'), file(r, 'k3s', 'pod', 'yaml')],
        pod: 'gvisor-demo',
        check: smokeCheck,
        kubeconfig: true,
      }),
      source: S.gvisorQuickStart,
    }),
    install('ctr'),
    block({
      runtime: r,
      target: 'ctr',
      step: 'smoke',
      title: { en: 'Run a container in gVisor with ctr', zh: '用 ctr 在 gVisor 中运行容器' },
      language: 'bash',
      code: bi(
        `sudo ctr image pull docker.io/library/busybox:${V.busybox}`,
        [
          '# dmesg is answered by gVisor’s kernel, not the host’s',
          '# dmesg 由 gVisor 的内核应答，而不是主机内核',
        ],
        `sudo ctr run --rm --runtime io.containerd.runsc.v1 docker.io/library/busybox:${V.busybox} gvisor-test dmesg`,
      ),
      source: S.gvisorQuickStart,
    }),
  );
  return out;
}

export const currentSnippets: SnippetInput[] = [
  ...wasmedgeSnippets(),
  ...runcSnippets(),
  ...kataSnippets(),
  ...gvisorSnippets(),
];
