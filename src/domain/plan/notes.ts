// Notes that only the combination raises: what running several runtimes side by side in one
// cluster asks of its nodes and classes, derived from the snippet sets and the bundle built
// from them, never written per plan.
import type { Localized } from '../tree';
import { gpuPart, yamlField, yamlKind, type Bundle, type BundleInput } from './bundle';

export type PlanNote =
  /** GPU workloads on this runtime run under another RuntimeClass than its other workloads. */
  | {
      kind: 'gpu-class';
      runtime: string;
      gpuClass: string;
      plainClass: string | undefined;
      detail: Localized | undefined;
    }
  /** The GPU variant changes the runtime's own configuration: every workload on it gets it. */
  | { kind: 'gpu-config'; runtime: string; files: string[]; detail: Localized | undefined }
  /** The runtime needs a shim installed on each node that may run its workloads. */
  | { kind: 'shim'; runtime: string; shims: string[]; classes: string[] }
  /** The snippet sets have nothing for this runtime (or its GPU variant) on this target. */
  | { kind: 'no-set'; runtime: string }
  | { kind: 'no-gpu-set'; runtime: string };

const SHIM = /containerd-shim-[a-z0-9]+-v[0-9]+/g;

export function planNotes(input: BundleInput, bundle: Bundle): PlanNote[] {
  const { lang, target } = input;
  const blocks = input.snippets.filter(
    (snippet) => snippet.origin === 'current' && snippet.target === target,
  );
  const runtimes = [...new Set(bundle.pods.map((pod) => pod.runtime))];
  for (const workload of input.workloads) {
    if (!runtimes.includes(workload.runtime)) runtimes.push(workload.runtime);
  }
  const notes: PlanNote[] = [];
  for (const gap of bundle.gaps) notes.push({ kind: gap.kind, runtime: gap.runtime });

  for (const runtime of runtimes) {
    const own = blocks.filter((snippet) => snippet.runtime === runtime);
    const gpuPods = bundle.pods.filter((pod) => pod.runtime === runtime && pod.gpu);
    const plainPod = own.find(
      (snippet) =>
        snippet.step === 'pod' &&
        snippet.language === 'yaml' &&
        yamlKind(snippet.code[lang]) === 'Pod',
    );
    const plainClass = plainPod ? yamlField(plainPod.code[lang], 'runtimeClassName') : undefined;
    const gpuClass = gpuPods.find((pod) => pod.runtimeClassName !== plainClass)?.runtimeClassName;
    if (gpuClass !== undefined) {
      const gpuPod = own.find(
        (snippet) =>
          snippet.step === 'gpu' &&
          snippet.language === 'yaml' &&
          yamlKind(snippet.code[lang]) === 'Pod',
      );
      notes.push({ kind: 'gpu-class', runtime, gpuClass, plainClass, detail: gpuPod?.note });
    }
    if (gpuPods.length > 0) {
      const configs = own.filter(
        (snippet) =>
          snippet.step === 'gpu' && snippet.language === 'toml' && gpuPart(snippet) !== undefined,
      );
      if (configs.some((snippet) => snippet.code[lang].includes('runtime_type'))) {
        notes.push({
          kind: 'gpu-config',
          runtime,
          files: bundle.files
            .filter((file) => configs.some((snippet) => file.from.includes(snippet.id)))
            .map((file) => file.filename),
          detail: configs[0]?.note,
        });
      }
    }
  }

  // A shim lives on the node: with several runtimes in one cluster, a Pod of this runtime
  // scheduled onto a node prepared only for the others fails to start.
  if (runtimes.length > 1) {
    for (const runtime of runtimes) {
      const shims = new Set<string>();
      for (const snippet of blocks) {
        if (snippet.runtime !== runtime || snippet.step !== 'install') continue;
        for (const match of snippet.code[lang].matchAll(SHIM)) shims.add(match[0]);
      }
      if (shims.size === 0) continue;
      notes.push({
        kind: 'shim',
        runtime,
        shims: [...shims],
        classes: [
          ...new Set(
            bundle.classes.filter((known) => known.runtime === runtime).map((known) => known.name),
          ),
        ],
      });
    }
  }
  return notes;
}
