// The bundle's shapes: what it reads (snippet blocks, workloads) and the files it writes.
import type { Lang, Localized } from '../../tree';

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

export interface BundleInput {
  snippets: readonly BundleSnippet[];
  target: BundleTarget;
  workloads: readonly BundleWorkload[];
  /** Runtimes in the order to show them (the content's order). */
  runtimeOrder: readonly string[];
  runtimeName: (runtime: string) => string;
  lang: Lang;
}
