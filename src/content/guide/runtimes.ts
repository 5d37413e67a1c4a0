// The four runtimes and the guide's "when it fits" guidance for each (选型指南 and 最佳实践).
// zh is the guide's own text; en follows the English rendering. Empty lists are deliberate:
// the guide has no advantages for Kata Containers or gVisor and no best practices for gVisor.
import type { z } from 'zod';
import type { Runtime } from '../schema';

type RuntimeInput = z.input<typeof Runtime>;

const selectionGuide = { en: 'Selection guide; Best practices', zh: '选型指南；最佳实践' };

// Okabe-Ito hues (colour-blind safe). `light` is darkened until it reaches at least 4.5:1 on
// #ffffff and `dark` is the plain hue, which reaches 4.5:1 on #111418; runtimes.test.ts checks both.
export const runtimes: RuntimeInput[] = [
  {
    id: 'wasmedge',
    name: { en: 'WasmEdge', zh: 'WasmEdge' },
    // Vermillion #D55E00 darkened for light mode; orange #E69F00 in dark mode.
    color: { light: '#b75100', dark: '#e69f00' },
    summary: {
      en: 'A lightweight WebAssembly runtime for cloud-native, edge and AI workloads.',
      zh: '面向云原生、边缘和 AI 场景的轻量级 WebAssembly 运行时。',
    },
    coreTraits: [
      {
        title: { en: 'Resource constrained', zh: '资源受限' },
        text: {
          en: 'Memory < 100 MB, CPU < 1 core, suits constrained environments',
          zh: '内存 < 100MB，CPU < 1 核，适合资源受限环境',
        },
      },
      {
        title: { en: 'Fast startup', zh: '快速启动' },
        text: {
          en: 'Needs < 10 ms cold start, 100-500x faster than containers',
          zh: '需要 <10ms 冷启动，比容器快 100-500 倍',
        },
      },
      {
        title: { en: 'Strong isolation', zh: '强隔离' },
        text: {
          en: 'Needs VM-level isolation, memory-safety guarantees',
          zh: '需要 VM 级别隔离，内存安全保证',
        },
      },
      {
        title: { en: 'GPU acceleration', zh: 'GPU 加速' },
        text: { en: 'Needs GPU, supports CUDA/OpenCL', zh: '需要 GPU 支持，支持 CUDA/OpenCL' },
      },
      {
        title: { en: 'Cross-platform', zh: '跨平台' },
        text: { en: 'Compile once, run on many platforms', zh: '一次编译，多平台运行' },
      },
    ],
    typicalUses: [
      { en: 'Edge computing runtime', zh: '边缘计算运行时' },
      { en: 'Serverless function runtime', zh: 'Serverless 函数运行时' },
      { en: 'AI inference runtime', zh: 'AI 推理运行时' },
      { en: 'Plugin system runtime', zh: '插件系统运行时' },
    ],
    advantages: [
      { en: 'Very fast startup (< 10 ms)', zh: '极速启动（<10ms）' },
      { en: 'Low resource use (1-5 MB)', zh: '低资源占用（1-5MB）' },
      { en: 'Strong isolation (VM level)', zh: '强隔离（VM 级别）' },
      { en: 'GPU acceleration', zh: 'GPU 加速支持' },
    ],
    bestPractices: [
      {
        title: { en: 'Module optimisation', zh: '模块优化' },
        text: { en: 'Use AOT compilation and optimisation options', zh: '使用 AOT 编译和优化选项' },
      },
      {
        title: { en: 'Resource limits', zh: '资源限制' },
        text: { en: 'Set sensible resource limits', zh: '合理设置资源限制' },
      },
      {
        title: { en: 'GPU acceleration', zh: 'GPU 加速' },
        text: { en: 'Use GPU acceleration judiciously', zh: '合理使用 GPU 加速' },
      },
      {
        title: { en: 'Security configuration', zh: '安全配置' },
        text: { en: 'Configure security policies and permissions', zh: '配置安全策略和权限' },
      },
    ],
    source: { kind: 'guide', section: selectionGuide },
  },
  {
    id: 'runc',
    name: { en: 'runc/containerd', zh: 'runc/containerd' },
    // Blue #0072B2 already passes on white; sky blue #56B4E9 in dark mode.
    color: { light: '#0072b2', dark: '#56b4e9' },
    summary: {
      en: 'The standard OCI container runtime, used by containerd by default; containers share the host kernel.',
      zh: '标准的 OCI 容器运行时，containerd 默认使用它；容器共享宿主机内核。',
    },
    coreTraits: [
      {
        title: { en: 'Traditional microservices', zh: '传统微服务' },
        text: {
          en: 'Standard containerised apps, good compatibility',
          zh: '标准容器化应用，兼容性好',
        },
      },
      {
        title: { en: 'Compatibility first', zh: '兼容性优先' },
        text: { en: 'Must run existing container images', zh: '需要运行现有容器镜像' },
      },
      {
        title: { en: 'Ample resources', zh: '资源充足' },
        text: { en: 'Enough memory and CPU', zh: '有足够的内存和 CPU' },
      },
      {
        title: { en: 'Rich ecosystem', zh: '生态丰富' },
        text: { en: 'Full container ecosystem support', zh: '完整的容器生态支持' },
      },
    ],
    typicalUses: [
      { en: 'Traditional microservice architectures', zh: '传统微服务架构' },
      { en: 'Standard containerised applications', zh: '标准容器化应用' },
      { en: 'CI/CD pipelines', zh: 'CI/CD 流水线' },
      { en: 'Development and test environments', zh: '开发测试环境' },
    ],
    advantages: [
      { en: 'Good compatibility', zh: '兼容性好' },
      { en: 'Rich ecosystem', zh: '生态丰富' },
      { en: 'Complete features', zh: '功能完整' },
      { en: 'Mature and stable', zh: '成熟稳定' },
    ],
    bestPractices: [
      {
        title: { en: 'Image optimisation', zh: '镜像优化' },
        text: { en: 'Use multi-stage builds to optimise images', zh: '使用多阶段构建优化镜像' },
      },
      {
        title: { en: 'Resource limits', zh: '资源限制' },
        text: { en: 'Set sensible resource limits', zh: '合理设置资源限制' },
      },
      {
        title: { en: 'Hardening', zh: '安全加固' },
        text: { en: 'Use seccomp and AppArmor', zh: '使用 seccomp 和 AppArmor' },
      },
      {
        title: { en: 'Monitoring and alerting', zh: '监控告警' },
        text: { en: 'Monitor container state', zh: '监控容器运行状态' },
      },
    ],
    source: { kind: 'guide', section: selectionGuide },
  },
  {
    id: 'kata',
    name: { en: 'Kata Containers', zh: 'Kata Containers' },
    // Bluish green #009E73, darkened for light mode.
    color: { light: '#007e5c', dark: '#009e73' },
    summary: {
      en: 'Runs containers inside lightweight virtual machines, each with its own guest kernel.',
      zh: '在轻量级虚拟机中运行容器，每个虚拟机有自己的客户机内核。',
    },
    coreTraits: [
      {
        title: { en: 'Strong isolation needs', zh: '强隔离需求' },
        text: { en: 'VM-level isolation required', zh: '需要 VM 级别隔离' },
      },
      {
        title: { en: 'Multi-tenant scenarios', zh: '多租户场景' },
        text: {
          en: 'Multi-tenant environments needing strong isolation',
          zh: '需要强隔离的多租户环境',
        },
      },
      {
        title: { en: 'Security compliance', zh: '安全合规' },
        text: {
          en: 'Strict security compliance requirements',
          zh: '需要满足严格的安全合规要求',
        },
      },
    ],
    typicalUses: [
      { en: 'Multi-tenant cloud platforms', zh: '多租户云平台' },
      { en: 'Security-sensitive applications', zh: '安全敏感应用' },
      { en: 'High-compliance scenarios', zh: '合规性要求高的场景' },
    ],
    advantages: [],
    bestPractices: [
      {
        title: { en: 'Resource planning', zh: '资源规划' },
        text: { en: 'Plan VM resources', zh: '合理规划 VM 资源' },
      },
      {
        title: { en: 'Network configuration', zh: '网络配置' },
        text: { en: 'Choose a suitable network mode', zh: '配置合适的网络模式' },
      },
      {
        title: { en: 'Storage configuration', zh: '存储配置' },
        text: { en: 'Configure persistent storage', zh: '配置持久化存储' },
      },
      {
        title: { en: 'Performance tuning', zh: '性能优化' },
        text: {
          en: 'Optimise VM startup and runtime performance',
          zh: '优化 VM 启动和运行性能',
        },
      },
    ],
    source: { kind: 'guide', section: selectionGuide },
  },
  {
    id: 'gvisor',
    name: { en: 'gVisor', zh: 'gVisor' },
    // Reddish purple #CC79A7, darkened for light mode.
    color: { light: '#995b7d', dark: '#cc79a7' },
    summary: {
      en: 'A sandbox (runsc) whose user-space application kernel handles the container’s system calls.',
      zh: '一种沙盒运行时（runsc），由用户态的应用内核处理容器的系统调用。',
    },
    coreTraits: [
      {
        title: { en: 'Security sandbox', zh: '安全沙盒' },
        text: { en: 'Needs a user-space-kernel security sandbox', zh: '需要用户态内核安全沙盒' },
      },
      {
        title: { en: 'System-call filtering', zh: '系统调用过滤' },
        text: { en: 'Fine-grained system-call control', zh: '需要细粒度的系统调用控制' },
      },
      {
        title: { en: 'Lightweight isolation', zh: '轻量级隔离' },
        text: { en: 'Lighter than a VM, safer than a container', zh: '比 VM 轻量，比容器安全' },
      },
    ],
    typicalUses: [
      { en: 'Running untrusted code', zh: '不可信代码执行' },
      { en: 'Secure sandbox environments', zh: '安全沙盒环境' },
      { en: 'System-call-restricted scenarios', zh: '系统调用受限场景' },
    ],
    advantages: [],
    bestPractices: [],
    source: { kind: 'guide', section: selectionGuide },
  },
];
