// One deployment bundle for a whole plan, on one snippet target: the node preparation, one
// containerd configuration with every runtime the plan needs, one RuntimeClass per runtime,
// one Pod per workload, and the commands that apply them. Built from the current snippet sets
// (content data) by reading their blocks, never by writing per-runtime text here: the
// configuration tables, RuntimeClasses and Pods are the sets' own, merged; only the glue
// comments below are ours. Pure: the same plan, target and language give the same files.
import type { Lang, Localized } from '../tree';

export type BundleTarget = 'k8s_containerd2' | 'k8s_containerd1' | 'k3s' | 'ctr';
export const BUNDLE_TARGETS: readonly BundleTarget[] = [
  'k8s_containerd2',
  'k8s_containerd1',
  'k3s',
  'ctr',
];

/** A snippet as the bundle reads it (the content schema's type is structurally compatible). */
export interface BundleSnippet {
  id: string;
  runtime: string;
  title: Localized;
  language: 'bash' | 'yaml' | 'toml';
  code: Localized;
  origin: 'guide' | 'current';
  target?: BundleTarget | undefined;
  step?: 'install' | 'configure' | 'runtimeclass' | 'pod' | 'smoke' | 'gpu' | undefined;
  pairsWith?: string | undefined;
  filename?: string | undefined;
  note?: Localized | undefined;
}

export interface BundleWorkload {
  name: string;
  runtime: string;
  gpu: boolean;
}

export interface BundleFile {
  filename: string;
  language: 'bash' | 'yaml' | 'toml';
  title: string;
  code: string;
  /** The snippet blocks it was built from, for their sources and caveats. */
  from: string[];
}

export interface BundleClass {
  name: string;
  runtime: string;
  /** The containerd runtime it runs on; undefined when an install step creates the class. */
  handler: string | undefined;
  /** `bundle`: runtimeclasses.yaml defines it. `install`: a preparation step creates it. */
  definedBy: 'bundle' | 'install';
}

export interface BundlePod {
  name: string;
  workload: number;
  runtime: string;
  runtimeClassName: string | undefined;
  gpu: boolean;
}

export interface BundleGap {
  kind: 'no-set' | 'no-gpu-set';
  runtime: string;
}

export interface Bundle {
  target: BundleTarget;
  files: BundleFile[];
  classes: BundleClass[];
  pods: BundlePod[];
  /** Runtimes (or their GPU variants) the snippet sets have nothing for on this target. */
  gaps: BundleGap[];
}

const GLUE = {
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

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? match) : match,
  );
}

const isComment = (line: string) => line.trimStart().startsWith('#');

/** The part a GPU block plays, from the name it downloads as (`…-gpu-<part>.<ext>`). */
export function gpuPart(snippet: BundleSnippet): string | undefined {
  return /-gpu-([a-z0-9]+)\.[a-z]+$/.exec(snippet.filename ?? '')?.[1];
}

/** The `kind:` of a YAML block (our blocks hold one document each). */
export function yamlKind(code: string): string | undefined {
  return /^kind:\s*(\S+)\s*$/m.exec(code)?.[1];
}

/** metadata.name of a one-document YAML block. */
function yamlName(code: string): string | undefined {
  return /^metadata:\s*\n\s+name:\s*(\S+)\s*$/m.exec(code)?.[1];
}

export function yamlField(code: string, field: string): string | undefined {
  return new RegExp(`^\\s*${field}:\\s*(\\S+)\\s*$`, 'm').exec(code)?.[1];
}

/**
 * Splits a script into sections that each start at a comment line following a command, so a
 * step that several runtimes' scripts share (installing K3s) is kept once.
 */
function segments(code: string): string[] {
  const out: string[][] = [];
  let current: string[] = [];
  let sawCommand = false;
  for (const line of code.split('\n')) {
    if (isComment(line) && sawCommand) {
      out.push(current);
      current = [];
      sawCommand = false;
    }
    current.push(line);
    if (line.trim() !== '' && !isComment(line)) sawCommand = true;
  }
  if (current.length > 0) out.push(current);
  return out.map((lines) => lines.join('\n').trim()).filter((text) => text !== '');
}

/** A Kubernetes object name from a workload's name: lower case, digits and '-', at most 63. */
export function podName(name: string, taken: ReadonlySet<string>, position: number): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || `workload-${position}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

interface ConfigPart {
  runtime: string;
  /** The first non-comment line: `version = 3`, or K3s's `{{ template "base" . }}`. */
  divider: string;
  header: string[];
  body: string[];
  path: string | undefined;
  id: string;
}

function configPart(snippet: BundleSnippet, lang: Lang): ConfigPart | undefined {
  const lines = snippet.code[lang].split('\n');
  const at = lines.findIndex((line) => line.trim() !== '' && !isComment(line));
  const divider = lines[at];
  if (at === -1 || divider === undefined) return undefined;
  const header = lines.slice(0, at);
  return {
    runtime: snippet.runtime,
    divider,
    header,
    body: lines.slice(at + 1),
    path: /^#\s+(\/[^\s:]+)/.exec(header[0] ?? '')?.[1],
    id: snippet.id,
  };
}

function basename(path: string | undefined, fallback: string): string {
  const name = path?.split('/').pop();
  return name && /^[a-z0-9][a-z0-9._-]*$/i.test(name) ? name : fallback;
}

export interface BundleInput {
  snippets: readonly BundleSnippet[];
  target: BundleTarget;
  workloads: readonly BundleWorkload[];
  /** Runtimes in the order to show them (the content's order). */
  runtimeOrder: readonly string[];
  runtimeName: (runtime: string) => string;
  lang: Lang;
}

export function buildBundle(input: BundleInput): Bundle {
  const { target, workloads, lang, runtimeName } = input;
  const g = GLUE[lang];
  const rank = (runtime: string) => {
    const i = input.runtimeOrder.indexOf(runtime);
    return i === -1 ? input.runtimeOrder.length : i;
  };
  const runtimes = [...new Set(workloads.map((w) => w.runtime))].sort((a, b) => rank(a) - rank(b));
  const gpuRuntimes = new Set(workloads.filter((w) => w.gpu).map((w) => w.runtime));
  const blocks = input.snippets.filter(
    (snippet) => snippet.origin === 'current' && snippet.target === target,
  );
  const of = (runtime: string) => blocks.filter((snippet) => snippet.runtime === runtime);
  const stepOf = (runtime: string, step: BundleSnippet['step']) =>
    of(runtime).filter((snippet) => snippet.step === step);
  const gpuOf = (runtime: string) => (gpuRuntimes.has(runtime) ? stepOf(runtime, 'gpu') : []);

  const gaps: BundleGap[] = [];
  const files: BundleFile[] = [];

  // ---- node preparation: install steps (and GPU install steps), shared sections once
  const seen = new Set<string>();
  const prepare: string[] = [...g.prepareHead];
  const prepareFrom: string[] = [];
  const addScript = (snippet: BundleSnippet, template: string) => {
    const fresh = segments(snippet.code[lang]).filter((segment) => !seen.has(segment));
    if (fresh.length === 0) return;
    for (const segment of fresh) seen.add(segment);
    prepare.push(
      '',
      fill(template, { runtime: runtimeName(snippet.runtime), title: snippet.title[lang] }),
      ...fresh.flatMap((segment, i) => (i === 0 ? [segment] : ['', segment])),
    );
    prepareFrom.push(snippet.id);
  };
  for (const runtime of runtimes) {
    if (of(runtime).length === 0) gaps.push({ kind: 'no-set', runtime });
    else if (
      gpuRuntimes.has(runtime) &&
      !stepOf(runtime, 'gpu').some((snippet) => gpuPart(snippet) !== undefined)
    )
      gaps.push({ kind: 'no-gpu-set', runtime });
    for (const snippet of stepOf(runtime, 'install')) addScript(snippet, g.section);
    for (const snippet of gpuOf(runtime)) {
      if (snippet.language === 'bash' && gpuPart(snippet) === 'install')
        addScript(snippet, g.gpuSection);
    }
  }
  if (prepareFrom.length > 0) {
    files.push({
      filename: 'prepare-nodes.sh',
      language: 'bash',
      title: g.prepareTitle,
      code: prepare.join('\n'),
      from: prepareFrom,
    });
  }

  if (target === 'ctr') {
    // ---- plain containerd: one run per runtime, naming its workloads
    const run: string[] = [g.runHead];
    const runFrom: string[] = [];
    for (const runtime of runtimes) {
      const names = workloads
        .filter((w) => w.runtime === runtime)
        .map((w) => `“${w.name}”`)
        .join(lang === 'zh' ? '、' : ', ');
      for (const snippet of stepOf(runtime, 'smoke')) {
        run.push(
          '',
          fill(g.section, { runtime: runtimeName(runtime), title: snippet.title[lang] }),
          fill(g.runWorkloads, { runtime: runtimeName(runtime), names }),
          snippet.code[lang],
        );
        runFrom.push(snippet.id);
      }
    }
    if (runFrom.length > 0) {
      files.push({
        filename: 'run-workloads.sh',
        language: 'bash',
        title: g.runTitle,
        code: run.join('\n'),
        from: runFrom,
      });
    }
    return { target, files, classes: [], pods: [], gaps };
  }

  // ---- containerd configuration: every runtime's table in one file (per file the sets name)
  const parts: ConfigPart[] = [];
  const extras: BundleSnippet[] = [];
  for (const runtime of runtimes) {
    const gpuConfigs = gpuOf(runtime).filter(
      (snippet) => snippet.language === 'toml' && snippet.code[lang].includes('runtime_type'),
    );
    // A GPU variant's table replaces the plain one (same name, with options).
    const configs = gpuConfigs.length > 0 ? gpuConfigs : stepOf(runtime, 'configure');
    for (const snippet of configs) {
      const part = configPart(snippet, lang);
      if (part) parts.push(part);
    }
    extras.push(
      ...gpuOf(runtime).filter(
        (snippet) => snippet.language === 'toml' && !snippet.code[lang].includes('runtime_type'),
      ),
    );
  }
  const dividers = [...new Set(parts.map((part) => part.divider))];
  for (const divider of dividers) {
    const group = parts.filter((part) => part.divider === divider);
    const first = group[0];
    if (!first) continue;
    const common = first.header.filter((line) => group.every((part) => part.header.includes(line)));
    const lines = [...common, divider];
    for (const part of group) {
      const own = part.header.filter((line) => !common.includes(line));
      const body = part.body.join('\n').trim();
      lines.push('', fill(g.runtimeHead, { runtime: runtimeName(part.runtime) }), ...own, body);
    }
    if (divider === dividers[0]) {
      for (const runtime of runtimes) {
        if (parts.some((part) => part.runtime === runtime)) continue;
        if (stepOf(runtime, 'install').length === 0) continue;
        // Runtimes whose own preparation writes the configuration (kata-deploy, K3s's
        // auto-detection) are named, so the file says why they have no table.
        lines.push('', fill(g.registersItself, { runtime: runtimeName(runtime) }));
      }
    }
    files.push({
      filename: basename(first.path, 'config.toml'),
      language: 'toml',
      title: g.configTitle,
      code: lines.join('\n'),
      from: group.map((part) => part.id),
    });
  }
  for (const snippet of extras) {
    const part = configPart(snippet, lang);
    files.push({
      filename: basename(part?.path, snippet.filename ?? 'extra.toml'),
      language: 'toml',
      title: `${g.extraTitle}: ${snippet.title[lang]}`,
      code: snippet.code[lang],
      from: [snippet.id],
    });
  }

  // ---- RuntimeClasses: the sets' YAML classes, each name once
  const classes: BundleClass[] = [];
  const classDocs: string[] = [];
  const classFrom: string[] = [];
  const addClass = (snippet: BundleSnippet) => {
    const code = snippet.code[lang];
    const name = yamlName(code);
    if (!name || classes.some((known) => known.name === name)) return;
    classes.push({
      name,
      runtime: snippet.runtime,
      handler: yamlField(code, 'handler'),
      definedBy: 'bundle',
    });
    classDocs.push(code);
    classFrom.push(snippet.id);
  };
  for (const runtime of runtimes) {
    for (const snippet of stepOf(runtime, 'runtimeclass')) {
      if (snippet.language === 'yaml' && yamlKind(snippet.code[lang]) === 'RuntimeClass')
        addClass(snippet);
    }
    for (const snippet of gpuOf(runtime)) {
      if (snippet.language === 'yaml' && yamlKind(snippet.code[lang]) === 'RuntimeClass')
        addClass(snippet);
    }
  }

  // ---- Pods: one per workload, from its runtime's Pod (its GPU Pod when it needs a GPU)
  const pods: BundlePod[] = [];
  const podDocs: string[] = [];
  const podFrom = new Set<string>();
  const taken = new Set<string>();
  workloads.forEach((workload, index) => {
    const gpuPod = workload.gpu
      ? gpuOf(workload.runtime).find(
          (snippet) => snippet.language === 'yaml' && yamlKind(snippet.code[lang]) === 'Pod',
        )
      : undefined;
    const template =
      gpuPod ??
      stepOf(workload.runtime, 'pod').find(
        (snippet) => snippet.language === 'yaml' && yamlKind(snippet.code[lang]) === 'Pod',
      );
    if (!template) return;
    const name = podName(workload.name, taken, index + 1);
    taken.add(name);
    const code = template.code[lang].replace(
      /^(metadata:\s*\n\s+name:\s*)\S+(\s*)$/m,
      (_match, head: string, tail: string) => `${head}${name}${tail}`,
    );
    const runtimeClassName = yamlField(code, 'runtimeClassName');
    pods.push({
      name,
      workload: index,
      runtime: workload.runtime,
      runtimeClassName,
      gpu: gpuPod !== undefined,
    });
    const label = fill(gpuPod ? g.workloadGpu : g.workload, {
      name: workload.name,
      runtime: runtimeName(workload.runtime),
    });
    podDocs.push(`${label}\n${code}`);
    podFrom.add(template.id);
    if (
      runtimeClassName !== undefined &&
      !classes.some((known) => known.name === runtimeClassName)
    ) {
      classes.push({
        name: runtimeClassName,
        runtime: workload.runtime,
        handler: undefined,
        definedBy: 'install',
      });
    }
  });

  const installed = classes.filter((known) => known.definedBy === 'install');
  if (classDocs.length > 0 || installed.length > 0) {
    const head: string[] = [g.classesHead];
    for (const known of installed) {
      head.push(fill(g.createdBy, { name: known.name, runtime: runtimeName(known.runtime) }));
    }
    files.push({
      filename: 'runtimeclasses.yaml',
      language: 'yaml',
      title: g.classesTitle,
      code: [head.join('\n'), ...classDocs].join('\n---\n'),
      from: classFrom,
    });
  }
  if (podDocs.length > 0) {
    files.push({
      filename: 'workloads.yaml',
      language: 'yaml',
      title: g.workloadsTitle,
      code: [g.workloadsHead, ...podDocs].join('\n---\n'),
      from: [...podFrom],
    });
  }

  // ---- apply: the classes, the checks of classes preparation created, the workloads
  const apply: string[] = [g.applyHead];
  const applyFrom: string[] = [];
  const k3sConfig = blocks
    .filter((snippet) => snippet.language === 'bash')
    .map((snippet) => /^export KUBECONFIG=\S+$/m.exec(snippet.code[lang])?.[0])
    .find((line) => line !== undefined);
  if (k3sConfig) apply.push(k3sConfig);
  if (classDocs.length > 0) apply.push('kubectl apply -f runtimeclasses.yaml');
  for (const runtime of runtimes) {
    for (const snippet of stepOf(runtime, 'runtimeclass')) {
      if (snippet.language !== 'bash') continue;
      const fresh = segments(snippet.code[lang]).filter(
        (segment) => !seen.has(segment) && segment !== k3sConfig,
      );
      if (fresh.length === 0) continue;
      for (const segment of fresh) seen.add(segment);
      apply.push(
        '',
        fill(g.section, { runtime: runtimeName(runtime), title: snippet.title[lang] }),
        ...fresh,
      );
      applyFrom.push(snippet.id);
    }
  }
  if (podDocs.length > 0) apply.push('', 'kubectl apply -f workloads.yaml');
  files.push({
    filename: 'apply.sh',
    language: 'bash',
    title: g.applyTitle,
    code: apply.join('\n'),
    from: applyFrom,
  });

  return { target, files, classes, pods, gaps };
}
