// The guide's three deployment examples (部署示例), kept as the guide wrote them: code.zh is the
// guide's block byte for byte, code.en has the same commands with the comments translated.
// They are outdated in places; `note` says where, with its source. Current, working
// snippets are a separate set (origin 'current') added elsewhere.
import type { z } from 'zod';
import type { Snippet } from '../schema';

const deploymentExamples = {
  kind: 'guide',
  section: { en: 'Deployment examples', zh: '部署示例' },
} as const;

// Template literals hold the blocks exactly; the lines are deliberately not indented.
const wasmedgeZh = `# 安装 WasmEdge
curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash

# 配置 K3s 使用 WasmEdge
kubectl apply -f - <<EOF
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: wasm
handler: wasm
EOF`;

const wasmedgeEn = `# Install WasmEdge
curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash

# Configure K3s to use WasmEdge
kubectl apply -f - <<EOF
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: wasm
handler: wasm
EOF`;

const runcZh = `# runc 通常随 containerd 一起安装
# containerd 默认使用 runc 作为运行时

# 配置 containerd
cat > /etc/containerd/config.toml <<EOF
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
  runtime_type = "io.containerd.runc.v2"
EOF`;

const runcEn = `# runc is usually installed together with containerd
# containerd uses runc as its default runtime

# Configure containerd
cat > /etc/containerd/config.toml <<EOF
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
  runtime_type = "io.containerd.runc.v2"
EOF`;

const kataZh = `# 安装 Kata Containers
sudo apt-get install -y kata-runtime kata-proxy kata-shim

# 配置 containerd 使用 Kata
cat >> /etc/containerd/config.toml <<EOF
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.kata]
  runtime_type = "io.containerd.kata.v2"
EOF`;

const kataEn = `# Install Kata Containers
sudo apt-get install -y kata-runtime kata-proxy kata-shim

# Configure containerd to use Kata
cat >> /etc/containerd/config.toml <<EOF
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.kata]
  runtime_type = "io.containerd.kata.v2"
EOF`;

export const guideSnippets: z.input<typeof Snippet>[] = [
  {
    id: 'guide_wasmedge',
    runtime: 'wasmedge',
    title: {
      en: 'WasmEdge deployment example (from the guide, 2025)',
      zh: 'WasmEdge 部署示例（指南原文，2025）',
    },
    language: 'bash',
    code: { en: wasmedgeEn, zh: wasmedgeZh },
    origin: 'guide',
    note: {
      en: 'Outdated. K3s does not create a handler named "wasm": when it finds the WasmEdge shim it creates the RuntimeClass and handler "wasmedge". A "wasm" handler works only if you define a containerd runtime named "wasm" yourself. install.sh is the old installer; the current one is install_v2.sh.',
      zh: '已过时。K3s 不会创建名为 “wasm” 的 handler：检测到 WasmEdge shim 时，它创建的 RuntimeClass 和 handler 名为 “wasmedge”。只有自行定义名为 “wasm” 的 containerd 运行时，“wasm” handler 才能使用。install.sh 是旧版安装脚本，当前版本是 install_v2.sh。',
    },
    source: deploymentExamples,
  },
  {
    id: 'guide_runc',
    runtime: 'runc',
    title: {
      en: 'runc deployment example (from the guide, 2025)',
      zh: 'runc 部署示例（指南原文，2025）',
    },
    language: 'bash',
    code: { en: runcEn, zh: runcZh },
    origin: 'guide',
    note: {
      en: 'Written for containerd 1.x: the plugins."io.containerd.grpc.v1.cri" path belongs to config version 2. containerd 2.x uses version = 3 and plugins.\'io.containerd.cri.v1.runtime\' (it still converts version 2 files). Also, "cat >" overwrites the whole /etc/containerd/config.toml with this one table, dropping every other setting in it.',
      zh: '按 containerd 1.x 编写：plugins."io.containerd.grpc.v1.cri" 路径属于第 2 版配置格式。containerd 2.x 使用 version = 3 和 plugins.\'io.containerd.cri.v1.runtime\'（仍会转换第 2 版配置文件）。另外，“cat >” 会用这一张表覆盖整个 /etc/containerd/config.toml，文件中的其他设置都会丢失。',
    },
    source: deploymentExamples,
  },
  {
    id: 'guide_kata',
    runtime: 'kata',
    title: {
      en: 'Kata Containers deployment example (from the guide, 2025)',
      zh: 'Kata Containers 部署示例（指南原文，2025）',
    },
    language: 'bash',
    code: { en: kataEn, zh: kataZh },
    origin: 'guide',
    note: {
      en: 'Outdated. kata-proxy and kata-shim are Kata 1.x packages: Kata 2.0 replaced them with one containerd-shim-kata-v2 per pod. The current install path is the kata-deploy Helm chart. The config table uses the containerd 1.x path (see the runc example).',
      zh: '已过时。kata-proxy 和 kata-shim 是 Kata 1.x 的组件：Kata 2.0 用每个 Pod 一个的 containerd-shim-kata-v2 取代了它们。当前的安装方式是 kata-deploy Helm chart。配置表使用的是 containerd 1.x 的路径（见 runc 示例）。',
    },
    source: deploymentExamples,
  },
];
