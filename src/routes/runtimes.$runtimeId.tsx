import { createFileRoute } from '@tanstack/react-router';
import { RuntimeProfile } from '../features/runtime-profile/runtime-profile';
import { RuntimeSnippets } from '../features/snippets/runtime-snippets';

/** `#/runtimes/<id>`: one runtime's page. Unknown ids get a page that lists the known ones. */
export const Route = createFileRoute('/runtimes/$runtimeId')({
  component: RuntimeRoute,
});

function RuntimeRoute() {
  const { runtimeId } = Route.useParams();
  // The deployment section (id "deployment") leads with the current snippet sets; the guide's
  // own, outdated example follows them, folded.
  return (
    <RuntimeProfile
      runtimeId={runtimeId}
      deploymentExtras={<RuntimeSnippets runtimeId={runtimeId} nested />}
    />
  );
}
