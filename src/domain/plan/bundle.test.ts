import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { currentSnippets } from '../../content/guide/snippets-current';
import { runtimes as builtInRuntimes } from '../../content/guide/runtimes';
import {
  BUNDLE_TARGETS,
  buildBundle,
  podName,
  type BundleSnippet,
  type BundleWorkload,
} from './bundle';
import { planNotes } from './notes';
import type { Lang } from '../tree';

const snippets = currentSnippets as BundleSnippet[];
const runtimeIds = builtInRuntimes.map((runtime) => runtime.id);
const runtimeName = (id: string) =>
  builtInRuntimes.find((runtime) => runtime.id === id)?.name.en ?? id;

/** Every non-empty set of runtimes, each with every choice of which of them run GPU workloads. */
function combinations(): BundleWorkload[][] {
  const out: BundleWorkload[][] = [];
  for (let mask = 1; mask < 1 << runtimeIds.length; mask += 1) {
    const chosen = runtimeIds.filter((_, i) => (mask & (1 << i)) !== 0);
    for (let gpuMask = 0; gpuMask < 1 << chosen.length; gpuMask += 1) {
      out.push(
        chosen.flatMap((runtime, i) => {
          const workloads: BundleWorkload[] = [{ name: `${runtime} service`, runtime, gpu: false }];
          if ((gpuMask & (1 << i)) !== 0)
            workloads.push({ name: `${runtime} service`, runtime, gpu: true });
          return workloads;
        }),
      );
    }
  }
  return out;
}

function withoutTemplateActions(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\{\{.*\}\}\s*$/.test(line))
    .join('\n');
}

interface K8sObject {
  kind?: string;
  metadata?: { name?: string };
  handler?: string;
  spec?: {
    runtimeClassName?: string;
    containers?: { resources?: { limits?: Record<string, unknown> } }[];
  };
}

function yamlDocs(text: string): K8sObject[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
    const value = doc.toJS() as K8sObject | null;
    return value ? [value] : [];
  });
}

/** Runtime table names of a containerd configuration (the RuntimeClass handlers it offers). */
function runtimeTables(config: Record<string, unknown>): string[] {
  const plugins = config.plugins as Record<string, { containerd?: { runtimes?: object } }>;
  return Object.values(plugins).flatMap((plugin) => Object.keys(plugin.containerd?.runtimes ?? {}));
}

const cases = combinations();

describe('buildBundle', () => {
  it('covers every combination of runtimes and GPU use', () => {
    expect(cases.length).toBe(3 ** runtimeIds.length - 1);
  });

  for (const target of BUNDLE_TARGETS) {
    for (const lang of ['en', 'zh'] as Lang[]) {
      it(`${target} (${lang}): every YAML and TOML file parses, names are unique, classes pair with the configuration`, () => {
        for (const workloads of cases) {
          const input = {
            snippets,
            target,
            workloads,
            runtimeOrder: runtimeIds,
            runtimeName,
            lang,
          };
          const bundle = buildBundle(input);
          const where = `${target} ${workloads.map((w) => `${w.runtime}${w.gpu ? '+gpu' : ''}`).join(',')}`;

          const filenames = bundle.files.map((file) => file.filename);
          expect(new Set(filenames).size, where).toBe(filenames.length);

          const handlers = new Set<string>();
          const docs: K8sObject[] = [];
          for (const file of bundle.files) {
            if (file.language === 'toml') {
              const parsed = parseToml(withoutTemplateActions(file.code));
              if (parsed.plugins) for (const name of runtimeTables(parsed)) handlers.add(name);
            }
            if (file.language === 'yaml') docs.push(...yamlDocs(file.code));
          }
          // Handlers a preparation step registers itself (nvidia-ctk): the class's pairsWith
          // names that step, and the step is in the bundle.
          const prepared = bundle.files.flatMap((file) => file.from);
          for (const snippet of snippets) {
            if (snippet.target !== target || !snippet.pairsWith) continue;
            const partner = snippets.find((candidate) => candidate.id === snippet.pairsWith);
            if (partner?.language === 'bash' && prepared.includes(partner.id)) {
              const handler = /^handler:\s*(\S+)/m.exec(snippet.code[lang])?.[1];
              if (handler) handlers.add(handler);
            }
          }

          const classes = docs.filter((doc) => doc.kind === 'RuntimeClass');
          const pods = docs.filter((doc) => doc.kind === 'Pod');
          const classNames = classes.map((doc) => doc.metadata?.name);
          expect(new Set(classNames).size, where).toBe(classNames.length);
          for (const doc of classes) {
            expect(handlers.has(doc.handler ?? ''), `${where}: handler ${doc.handler}`).toBe(true);
          }

          if (target === 'ctr') {
            expect(docs, where).toEqual([]);
            expect(filenames, where).toContain('run-workloads.sh');
            continue;
          }
          expect(pods.length, where).toBe(workloads.length);
          const podNames = pods.map((doc) => doc.metadata?.name);
          expect(new Set(podNames).size, where).toBe(podNames.length);
          const installed = bundle.classes.filter((known) => known.definedBy === 'install');
          for (const known of installed) expect(classNames, where).not.toContain(known.name);
          pods.forEach((pod, i) => {
            const className = pod.spec?.runtimeClassName;
            if (className !== undefined) {
              const defined =
                classNames.includes(className) || installed.some((k) => k.name === className);
              expect(defined, `${where}: class ${className}`).toBe(true);
            }
            const meta = bundle.pods[i];
            expect(meta?.name).toBe(pod.metadata?.name);
            const limits = pod.spec?.containers?.[0]?.resources?.limits ?? {};
            expect(
              Object.keys(limits).some((key) => key.includes('gpu')),
              where,
            ).toBe(meta?.gpu ?? false);
          });
        }
      });
    }
  }

  it('gives each workload on a runtime with a GPU set a GPU resource, and says where there is none', () => {
    const workloads: BundleWorkload[] = [
      { name: 'Inference', runtime: 'kata', gpu: true },
      { name: 'Edge fn', runtime: 'wasmedge', gpu: true },
    ];
    const input = {
      snippets,
      target: 'k8s_containerd2' as const,
      workloads,
      runtimeOrder: runtimeIds,
      runtimeName,
      lang: 'en' as Lang,
    };
    const bundle = buildBundle(input);
    expect(bundle.pods.map((pod) => [pod.name, pod.runtimeClassName, pod.gpu])).toEqual([
      ['inference', 'kata-qemu-nvidia-gpu', true],
      ['edge-fn', 'wasmedge', false],
    ]);
    expect(bundle.gaps).toEqual([{ kind: 'no-gpu-set', runtime: 'wasmedge' }]);
    const notes = planNotes(input, bundle);
    expect(notes.map((note) => `${note.kind}:${note.runtime}`)).toEqual([
      'no-gpu-set:wasmedge',
      'gpu-class:kata',
      'shim:wasmedge',
    ]);
  });

  it('keeps a step that several runtimes share once (installing K3s)', () => {
    const bundle = buildBundle({
      snippets,
      target: 'k3s',
      workloads: runtimeIds.map((runtime) => ({ name: runtime, runtime, gpu: false })),
      runtimeOrder: runtimeIds,
      runtimeName,
      lang: 'en',
    });
    const prepare = bundle.files.find((file) => file.filename === 'prepare-nodes.sh');
    expect(prepare?.code.match(/get\.k3s\.io/g)).toHaveLength(1);
  });

  it('merges the configuration tables of every runtime into one file', () => {
    const bundle = buildBundle({
      snippets,
      target: 'k8s_containerd1',
      workloads: runtimeIds.map((runtime) => ({
        name: runtime,
        runtime,
        gpu: runtime === 'gvisor',
      })),
      runtimeOrder: runtimeIds,
      runtimeName,
      lang: 'en',
    });
    const configs = bundle.files.filter((file) => file.filename === 'config.toml');
    expect(configs).toHaveLength(1);
    const tables = runtimeTables(parseToml(configs[0]?.code ?? ''));
    expect(tables.sort()).toEqual(['runc', 'runsc', 'wasmedge']);
    // The GPU variant of the runsc table, with its options, replaced the plain one.
    expect(configs[0]?.code).toContain('ConfigPath');
    expect(bundle.files.map((file) => file.filename)).toContain('runsc.toml');
  });
});

describe('podName', () => {
  it('makes Kubernetes names and keeps them distinct', () => {
    expect(podName('Batch ETL (nightly)', new Set(), 1)).toBe('batch-etl-nightly');
    expect(podName('批处理', new Set(), 3)).toBe('workload-3');
    expect(podName('api', new Set(['api', 'api-2']), 1)).toBe('api-3');
  });
});
