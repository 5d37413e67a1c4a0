import { createFileRoute } from '@tanstack/react-router';
import { usePageTitle } from '../app/page-title';
import { MatrixView } from '../features/matrix/matrix-view';

/** `#/matrix`: the guide's decision matrix; each scenario opens the wizard as a preset. */
export const Route = createFileRoute('/matrix')({
  component: MatrixRoute,
});

function MatrixRoute() {
  usePageTitle((t) => t.matrix);
  return <MatrixView />;
}
