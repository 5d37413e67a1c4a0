import { createFileRoute } from '@tanstack/react-router';
import { usePageTitle } from '../app/page-title';
import { PlanPage } from '../features/plan/plan-page';

/**
 * `#/plan?w=<workload>&w=<workload>…&lang=en`: the platform plan. Its values are not typed here:
 * which trees and answers are valid depends on the content, so the raw strings go to the
 * domain decoder (domain/plan/plan-link), which says in words what it dropped.
 */
type PlanSearch = Record<string, string | string[] | undefined>;

export const Route = createFileRoute('/plan')({
  validateSearch: (raw: Record<string, unknown>): PlanSearch => {
    const search: PlanSearch = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string' || Array.isArray(value))
        search[key] = value as string | string[];
    }
    return search;
  },
  staticData: { ownsCanonicalUrl: true },
  component: PlanRoute,
});

function PlanRoute() {
  usePageTitle((t) => t.plan);
  return <PlanPage />;
}
