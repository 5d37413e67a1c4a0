// Both shipped trees as designed (edges only, the guide's tree as the guide draws it), with a tiny walker: the
// expectations of the recommendation tests come from here, not from the app's content files.
export type Edges = Record<string, { yes: string; no: string }>;

export const OUTCOMES = ['wasmedge', 'runc', 'kata', 'gvisor'] as const;

export const TREES: Record<'guide' | 'full', { root: string; edges: Edges }> = {
  guide: {
    root: 'resource_constrained',
    edges: {
      resource_constrained: { yes: 'strong_isolation', no: 'fast_startup' },
      strong_isolation: { yes: 'wasmedge', no: 'runc' },
      fast_startup: { yes: 'wasmedge', no: 'gpu' },
      gpu: { yes: 'wasmedge', no: 'runc' },
    },
  },
  full: {
    root: 'existing_images',
    edges: {
      existing_images: { yes: 'oci_strong_isolation', no: 'resource_constrained' },
      oci_strong_isolation: { yes: 'oci_gpu', no: 'runc' },
      oci_gpu: { yes: 'kata', no: 'vm_boundary' },
      vm_boundary: { yes: 'kata', no: 'gvisor' },
      resource_constrained: { yes: 'strong_isolation', no: 'fast_startup' },
      strong_isolation: { yes: 'wasmedge', no: 'runc' },
      fast_startup: { yes: 'wasmedge', no: 'gpu' },
      gpu: { yes: 'wasmedge', no: 'runc' },
    },
  },
};

export type Answer = 'yes' | 'no';
export type Where = { kind: 'outcome'; runtime: string } | { kind: 'question'; id: string };

/** Follows the answers from the root; stops at the first unanswered question or an outcome. */
export function walk(
  treeId: 'guide' | 'full',
  answers: Record<string, Answer>,
): { where: Where; used: [string, Answer][] } {
  const { root, edges } = TREES[treeId];
  const used: [string, Answer][] = [];
  let node = root;
  for (;;) {
    const edge = edges[node];
    if (!edge) return { where: { kind: 'outcome', runtime: node }, used };
    const answer = answers[node];
    if (answer === undefined) return { where: { kind: 'question', id: node }, used };
    used.push([node, answer]);
    node = edge[answer];
  }
}

/** Every complete path of a tree, in yes-first order. */
export function allPaths(treeId: 'guide' | 'full'): [string, Answer][][] {
  const { root, edges } = TREES[treeId];
  const out: [string, Answer][][] = [];
  const visit = (node: string, path: [string, Answer][]): void => {
    const edge = edges[node];
    if (!edge) {
      out.push(path);
      return;
    }
    visit(edge.yes, [...path, [node, 'yes']]);
    visit(edge.no, [...path, [node, 'no']]);
  };
  visit(root, []);
  return out;
}

export const QUESTION_TEXT: Record<string, string> = {
  resource_constrained: 'Is the environment resource-constrained?',
  strong_isolation: 'Do you need strong isolation?',
  fast_startup: 'Do you need fast startup?',
  gpu: 'Do you need GPU acceleration?',
  existing_images:
    'Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?',
  oci_strong_isolation:
    'Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?',
  oci_gpu: 'Does it need GPU access?',
  vm_boundary: 'Is a hardware-virtualisation (VM) boundary required?',
};
