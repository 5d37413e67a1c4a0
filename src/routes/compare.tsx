import { createFileRoute } from '@tanstack/react-router';
import {
  figuresLinkValue,
  figuresModeOf,
  isFiguresMode,
  type FiguresMode,
} from '../domain/figures-mode';
import { isSafeId } from '../domain/tree';
import { usePageTitle } from '../app/page-title';
import { ComparePage } from '../features/compare/compare-page';

/**
 * `#/compare?highlight=<runtime id>&figures=guide|published|both&lang=en`. Both are optional;
 * a value that is not an id or not a mode is ignored, never an error. Whether the id names a
 * runtime is for the page to decide: the content in force (possibly a team's) knows.
 */
interface CompareSearch {
  highlight?: string;
  figures?: FiguresMode;
}

export const Route = createFileRoute('/compare')({
  validateSearch: (raw: Record<string, unknown>): CompareSearch => ({
    highlight: isSafeId(raw.highlight) ? raw.highlight : undefined,
    figures: isFiguresMode(raw.figures) ? raw.figures : undefined,
  }),
  component: CompareRoute,
});

function CompareRoute() {
  usePageTitle((t) => t.compare);
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ComparePage
      highlight={search.highlight}
      figures={figuresModeOf(search.figures)}
      onFiguresChange={(mode) => {
        void navigate({
          search: (prev) => ({ ...prev, figures: figuresLinkValue(mode) }),
          replace: true,
        });
      }}
    />
  );
}
