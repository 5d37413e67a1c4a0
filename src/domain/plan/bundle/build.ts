// Building the bundle: preparation once per shared section, the configuration tables merged
// per file, each RuntimeClass once, one Pod per workload, and the commands that apply them.
import {
  basename,
  configPart,
  fill,
  gpuPart,
  podName,
  segments,
  yamlField,
  yamlKind,
  yamlName,
  type ConfigPart,
} from './blocks';
import { GLUE } from './glue';
import type {
  Bundle,
  BundleClass,
  BundleFile,
  BundleGap,
  BundleInput,
  BundlePod,
  BundleSnippet,
} from './types';

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
