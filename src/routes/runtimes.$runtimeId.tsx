import { createFileRoute } from '@tanstack/react-router';
import { RuntimeProfile } from '../features/runtime-profile/runtime-profile';

/** `#/runtimes/<id>`: one runtime's page. Unknown ids get a page that lists the known ones. */
export const Route = createFileRoute('/runtimes/$runtimeId')({
  component: RuntimeRoute,
});

function RuntimeRoute() {
  const { runtimeId } = Route.useParams();
  // The deployment section (id "deployment") shows the guide's own example; further snippet
  // sets from other features are composed in here, e.g. <RuntimeSnippets runtimeId={runtimeId} />.
  const deploymentExtras = null;
  return <RuntimeProfile runtimeId={runtimeId} deploymentExtras={deploymentExtras} />;
}
