// One deployment bundle for a whole plan, on one snippet target: the node preparation, one
// containerd configuration with every runtime the plan needs, one RuntimeClass per runtime,
// one Pod per workload, and the commands that apply them. Built from the current snippet sets
// (content data) by reading their blocks, never by writing per-runtime text here: the
// configuration tables, RuntimeClasses and Pods are the sets' own, merged; only the glue
// comments below are ours. Pure: the same plan, target and language give the same files.
export type {
  Bundle,
  BundleClass,
  BundleFile,
  BundleGap,
  BundleInput,
  BundlePod,
  BundleSnippet,
  BundleTarget,
  BundleWorkload,
} from './types';
export { BUNDLE_TARGETS } from './types';
export { gpuPart, podName, yamlField, yamlKind } from './blocks';
export { buildBundle } from './build';
