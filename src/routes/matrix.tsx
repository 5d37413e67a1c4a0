import { createFileRoute } from '@tanstack/react-router';
import { MatrixView } from '../features/matrix/matrix-view';

/** `#/matrix`: the guide's decision matrix; each scenario opens the wizard as a preset. */
export const Route = createFileRoute('/matrix')({
  component: MatrixView,
});
