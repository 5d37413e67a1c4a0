// The only text the bundle writes itself: the comments that join the snippet sets' blocks
// into files, and the files' titles. Everything else in a bundle is the sets' own text.
export const GLUE = {
  en: {
    prepareTitle: 'Node preparation',
    prepareHead: [
      '# Node preparation for the plan: run each section on every node that runs its runtime',
      '# (sections that install into the cluster, such as Helm charts, run once).',
    ],
    section: '# ==== {runtime}: {title}',
    gpuSection: '# ==== {runtime} (GPU): {title}',
    configTitle: 'containerd configuration',
    registersItself:
      '# {runtime}: no table here: its preparation step registers its runtimes itself.',
    runtimeHead: '# ---- {runtime}',
    classesTitle: 'RuntimeClasses',
    classesHead:
      '# One RuntimeClass per runtime; each handler names a runtime table in the containerd configuration.',
    createdBy: '# {name} ({runtime}): created by its preparation step, not defined here.',
    workloadsTitle: 'Workloads (one Pod each)',
    workloadsHead:
      '# One Pod per workload. Replace each demo image and command with the workload’s own.',
    workload: '# Workload “{name}” on {runtime}',
    workloadGpu: '# Workload “{name}” on {runtime}, with a GPU',
    applyTitle: 'Apply',
    applyHead:
      '# Apply the RuntimeClasses, check the ones preparation created, then the workloads.',
    extraTitle: 'Extra configuration file',
    runTitle: 'Run the workloads with ctr',
    runHead: '# One ctr run per runtime (ctr has no Pods): start each workload the same way.',
    runWorkloads: '# Workloads on {runtime}: {names}',
  },
  zh: {
    prepareTitle: '节点准备',
    prepareHead: [
      '# 此规划的节点准备：每一节在运行该运行时的每个节点上执行',
      '#（安装到集群中的步骤，例如 Helm chart，只需执行一次）。',
    ],
    section: '# ==== {runtime}：{title}',
    gpuSection: '# ==== {runtime}（GPU）：{title}',
    configTitle: 'containerd 配置',
    registersItself: '# {runtime}：这里没有它的表：其准备步骤会自行注册运行时。',
    runtimeHead: '# ---- {runtime}',
    classesTitle: 'RuntimeClass',
    classesHead:
      '# 每个运行时一个 RuntimeClass；每个 handler 对应 containerd 配置中的一张运行时表。',
    createdBy: '# {name}（{runtime}）：由其准备步骤创建，这里不再定义。',
    workloadsTitle: '工作负载（每个一个 Pod）',
    workloadsHead: '# 每个工作负载一个 Pod。请把演示镜像和命令换成该工作负载自己的。',
    workload: '# 工作负载“{name}”，运行在 {runtime} 上',
    workloadGpu: '# 工作负载“{name}”，运行在 {runtime} 上，使用 GPU',
    applyTitle: '应用',
    applyHead: '# 先应用 RuntimeClass，检查准备步骤创建的 RuntimeClass，再应用工作负载。',
    extraTitle: '额外的配置文件',
    runTitle: '用 ctr 运行工作负载',
    runHead: '# 每个运行时一条 ctr run（ctr 没有 Pod）：每个工作负载按同样方式启动。',
    runWorkloads: '# 运行在 {runtime} 上的工作负载：{names}',
  },
} as const;
