import { createFileRoute } from '@tanstack/react-router';
import { usePageTitle } from '../app/page-title';
import { RuntimeIndex } from '../features/runtime-profile/runtime-index';

/** `#/runtimes`: the four runtimes, each linking to its page. */
export const Route = createFileRoute('/runtimes/')({
  component: RuntimeIndexRoute,
});

function RuntimeIndexRoute() {
  usePageTitle((t) => t.runtimes);
  return <RuntimeIndex />;
}
