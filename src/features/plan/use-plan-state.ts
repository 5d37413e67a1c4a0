// The plan page's one write path, as useWizardState is the wizard's. The URL is the plan:
// `#/plan?w=…&w=…`. A link without `w` opens the working plan (localStorage) and rewrites the
// address to name it; a link with `w` becomes the working plan. A damaged link is rewritten to
// what could be read (replace), and the notices travel in the history entry's state so that
// they outlive the rewrite.
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { BUNDLE_TARGETS, type BundleTarget } from '../../domain/plan/bundle';
import { decodePlan, encodePlan, PLAN_KEY, type PlanNotice } from '../../domain/plan/plan-link';
import type { PlanWorkload } from '../../domain/plan/plan';
import { OVERSIZE_KEY, type RawSearch } from '../../domain/share-state';
import { useLang } from '../../i18n';
import { readPlanValues, writePlanValues } from './plan-store';

declare module '@tanstack/history' {
  interface HistoryState {
    /** What the last rewrite of a plan link dropped, so the notice outlives the rewrite. */
    planNotices?: PlanNotice[];
  }
}

const KEPT = ['lang', 'embed', 'theme'] as const;

export interface PlanState {
  plan: PlanWorkload[];
  notices: PlanNotice[];
  target: BundleTarget;
  /** The plan page's search for this plan (language and embed options included). */
  search: Record<string, string | string[]>;
  setPlan: (plan: PlanWorkload[]) => void;
  setTarget: (target: BundleTarget) => void;
}

function isTarget(value: unknown): value is BundleTarget {
  return BUNDLE_TARGETS.includes(value as BundleTarget);
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function usePlanState(): PlanState {
  const raw: RawSearch = useSearch({ strict: false });
  const lang = useLang();
  const content = useContent();
  const navigate = useNavigate();
  const location = useLocation();

  const linked = raw[PLAN_KEY];
  const oversize = typeof raw[OVERSIZE_KEY] === 'string' ? Number(raw[OVERSIZE_KEY]) : undefined;
  // No plan in the link: the working plan, read once per render from the store.
  const given = linked ?? (oversize === undefined ? [...readPlanValues()] : undefined);
  // `given` is a fresh array when it comes from the store: key the decoding on its contents.
  const givenKey = JSON.stringify(
    given === undefined ? null : typeof given === 'string' ? [given] : given,
  );
  const decoded = useMemo(() => {
    const values: unknown = JSON.parse(givenKey);
    return decodePlan(
      Array.isArray(values) ? values.filter((value) => typeof value === 'string') : undefined,
      content.trees,
      lang,
      oversize,
    );
  }, [givenKey, content.trees, lang, oversize]);
  const target = isTarget(raw.target) ? raw.target : 'k8s_containerd2';

  const search = useMemo(() => {
    const out: Record<string, string | string[]> = {};
    const values = encodePlan(decoded.workloads);
    if (values.length > 0) out[PLAN_KEY] = values;
    for (const key of KEPT) {
      const value = raw[key];
      if (typeof value === 'string') out[key] = value;
    }
    out.lang = lang;
    if (target !== 'k8s_containerd2') out.target = target;
    return out;
  }, [decoded.workloads, raw, lang, target]);

  const canonicalValues = useMemo(() => encodePlan(decoded.workloads), [decoded.workloads]);
  const linkedValues =
    linked === undefined ? undefined : typeof linked === 'string' ? [linked] : linked;
  const langMissing = raw.lang !== lang;
  const needsRewrite =
    oversize !== undefined ||
    langMissing ||
    (linkedValues === undefined
      ? canonicalValues.length > 0
      : !sameValues(linkedValues, canonicalValues));

  const { notices } = decoded;
  // A link that names a plan makes it the working plan (an oversize link names none).
  const fromLink = linkedValues !== undefined;
  useEffect(() => {
    if (fromLink) writePlanValues(canonicalValues);
  }, [fromLink, canonicalValues]);
  useEffect(() => {
    if (!needsRewrite) return;
    void navigate({
      to: '/plan',
      search,
      replace: true,
      state: (prev) => ({ ...prev, planNotices: notices.length > 0 ? notices : prev.planNotices }),
    });
  }, [needsRewrite, search, notices, navigate]);

  const setPlan = useCallback(
    (plan: PlanWorkload[]) => {
      const values = encodePlan(plan);
      writePlanValues(values);
      const next = Object.fromEntries(Object.entries(search).filter(([key]) => key !== PLAN_KEY));
      if (values.length > 0) next[PLAN_KEY] = values;
      void navigate({ to: '/plan', search: next, replace: true });
    },
    [search, navigate],
  );

  const setTarget = useCallback(
    (next: BundleTarget) => {
      const out = Object.fromEntries(Object.entries(search).filter(([key]) => key !== 'target'));
      if (next !== 'k8s_containerd2') out.target = next;
      void navigate({ to: '/plan', search: out, replace: true });
    },
    [search, navigate],
  );

  return {
    plan: decoded.workloads,
    notices: notices.length > 0 ? notices : (location.state.planNotices ?? []),
    target,
    search,
    setPlan,
    setTarget,
  };
}
