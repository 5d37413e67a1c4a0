// The plan in its link: `#/plan?w=<workload>&w=<workload>…&lang=en`, one `w` per workload in
// plan order. A workload is `<tree id>.<answer ids along the path, joined by ->.<name>`:
// `full.yes-yes-no-yes.batch-etl`. The answers are the answer ids met on the walk from the
// root, so the questions need not be spelled out (the tree says which one comes next), and the
// link stays valid as long as the ids do, as the wizard's links do.
//
// Names are written as they are when they use only characters a URL keeps unescaped
// (A-Z a-z 0-9 space . _ -); any other name is `*` followed by its UTF-8 in base64url, which
// costs 4 characters per 3 bytes instead of 9 per Chinese character percent-encoded. With
// names capped at 40 characters and 120 bytes, 20 workloads fit in the 4,096 characters the
// app reads from a link.
//
// Decoding never throws: a workload that cannot be read is dropped and a notice says which
// and why; a name that cannot be read is replaced by the outcome's label, with a notice.
import { isSafeId, type DecisionTree, type Lang, type Localized } from '../tree';
import { cleanName, MAX_WORKLOADS, resolveWorkload, type PlanWorkload } from './plan';

export { cleanName };

export const PLAN_KEY = 'w';

const PLAIN_NAME = /^[A-Za-z0-9 ._-]+$/;
const ENCODED = '*';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return undefined;
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function encodeName(name: string): string {
  const clean = cleanName(name);
  return PLAIN_NAME.test(clean) ? clean : `${ENCODED}${toBase64Url(clean)}`;
}

function decodeName(field: string): string | undefined {
  const raw = field.startsWith(ENCODED) ? fromBase64Url(field.slice(1)) : field;
  if (raw === undefined || (!field.startsWith(ENCODED) && !PLAIN_NAME.test(raw))) return undefined;
  const clean = cleanName(raw);
  return clean.length > 0 ? clean : undefined;
}

/** One workload as its `w` value. */
export function encodeWorkload(workload: PlanWorkload): string {
  return `${workload.treeId}.${Object.values(workload.answers).join('-')}.${encodeName(workload.name)}`;
}

/** The plan's search values, in plan order. */
export function encodePlan(plan: readonly PlanWorkload[]): string[] {
  return plan.slice(0, MAX_WORKLOADS).map(encodeWorkload);
}

export type PlanNotice =
  | { kind: 'unreadable'; position: number; value: string }
  | { kind: 'unknown-tree'; position: number; treeId: string }
  | { kind: 'answers'; position: number; name: string }
  | { kind: 'name'; position: number; name: string }
  | { kind: 'too-many'; dropped: number }
  | { kind: 'oversize'; length: number };

export interface DecodedPlan {
  workloads: PlanWorkload[];
  notices: PlanNotice[];
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The answers a path of answer ids gives, walking from the root; undefined if one does not fit. */
function answersAlong(
  tree: DecisionTree,
  ids: readonly string[],
): Record<string, string> | undefined {
  const answers: Record<string, string> = {};
  let nodeId = tree.root;
  for (const id of ids) {
    const node = tree.nodes.find((candidate) => candidate.id === nodeId);
    if (node?.kind !== 'question' || Object.hasOwn(answers, node.id)) return undefined;
    const answer = node.answers.find((candidate) => candidate.id === id);
    if (!answer) return undefined;
    answers[node.id] = answer.id;
    nodeId = answer.next;
  }
  return answers;
}

const WORKLOAD = /^([a-z][a-z0-9_]{0,47})\.([a-z0-9_-]{0,600})\.(.*)$/s;

/**
 * The plan a link holds. `values` are the `w` parameters as the router parsed them (one
 * string, several, or none); `labelLang` names the language for the outcome labels that
 * stand in for names that could not be read.
 */
export function decodePlan(
  values: string | readonly string[] | undefined,
  trees: readonly DecisionTree[],
  labelLang: Lang,
  oversizeLength?: number,
): DecodedPlan {
  const notices: PlanNotice[] = [];
  if (oversizeLength !== undefined) notices.push({ kind: 'oversize', length: oversizeLength });
  const list = values === undefined ? [] : typeof values === 'string' ? [values] : [...values];
  const workloads: PlanWorkload[] = [];
  list.forEach((value, index) => {
    const position = index + 1;
    if (workloads.length >= MAX_WORKLOADS) return;
    const match = WORKLOAD.exec(value);
    if (!match) {
      notices.push({ kind: 'unreadable', position, value: clip(value) });
      return;
    }
    const [, treeId = '', path = '', nameField = ''] = match;
    const tree = trees.find((candidate) => candidate.id === treeId);
    if (!tree) {
      notices.push({ kind: 'unknown-tree', position, treeId: clip(treeId) });
      return;
    }
    const name = decodeName(nameField);
    const ids = path === '' ? [] : path.split('-');
    const answers = ids.every(isSafeId) ? answersAlong(tree, ids) : undefined;
    const resolved = answers && resolveWorkload(trees, { name: '', treeId, answers });
    if (!resolved) {
      notices.push({ kind: 'answers', position, name: name ?? '' });
      return;
    }
    const label: Localized = resolved.outcome.label;
    if (name === undefined) {
      notices.push({ kind: 'name', position, name: cleanName(label[labelLang]) });
    }
    workloads.push({
      name: name ?? cleanName(label[labelLang]),
      treeId,
      answers: resolved.workload.answers,
    });
  });
  if (list.length > MAX_WORKLOADS) {
    notices.push({ kind: 'too-many', dropped: list.length - MAX_WORKLOADS });
  }
  return { workloads, notices };
}
