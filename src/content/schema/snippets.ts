// The schema of deployment snippets.
import { z } from 'zod';
import { Id, text, Localized, Source } from './primitives';

// ---------------------------------------------------------------- snippets

/** Where a snippet set deploys: Kubernetes on containerd 2.x or 1.x, K3s, or plain containerd (ctr). */
export const SnippetTarget = z.enum(['k8s_containerd2', 'k8s_containerd1', 'k3s', 'ctr']);
export type SnippetTarget = z.infer<typeof SnippetTarget>;

/** What a block does, in the order a set is shown; `gpu` blocks form the set's GPU variant. */
export const SnippetStep = z.enum(['install', 'configure', 'runtimeclass', 'pod', 'smoke', 'gpu']);
export type SnippetStep = z.infer<typeof SnippetStep>;

/** A component version the block pins, as it appears in the code ("4.1.0", "v1.37.1+k3s1"). */
export const SnippetVersion = z
  .object({ component: text, version: z.string().min(1).max(80) })
  .strict();

export const Snippet = z
  .object({
    id: Id,
    runtime: Id,
    title: Localized,
    language: z.enum(['bash', 'yaml', 'toml']),
    /** Commands stay as they are; only comments may differ between languages. */
    code: Localized,
    origin: z.enum(['guide', 'current']),
    /** For the guide's examples: what is outdated. For current ones: limits and caveats. */
    note: Localized.optional(),
    source: Source,
    // The fields below are optional so the guide's examples and older content files stay valid.
    target: SnippetTarget.optional(),
    step: SnippetStep.optional(),
    versions: z.array(SnippetVersion).max(20).optional(),
    /** false: the block departs from its source or was not checked; `unverifiedNote` says how. */
    verified: z.boolean().optional(),
    unverifiedNote: Localized.optional(),
    /** The id of the containerd configuration block whose runtime a RuntimeClass names. */
    pairsWith: Id.optional(),
    /** The name the block downloads as. */
    filename: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be a plain file name: a-z, 0-9, ., _ and -')
      .optional(),
  })
  .strict();
export type Snippet = z.infer<typeof Snippet>;
