import { createFileRoute } from '@tanstack/react-router';
import { useContent } from '../app/content-context';
import { usePageTitle } from '../app/page-title';
import { format, useLang } from '../i18n';
import { RuntimeProfile } from '../features/runtime-profile/runtime-profile';
import { RuntimeSnippets } from '../features/snippets/runtime-snippets';

/** `#/runtimes/<id>`: one runtime's page. Unknown ids get a page that lists the known ones. */
export const Route = createFileRoute('/runtimes/$runtimeId')({
  component: RuntimeRoute,
});

function RuntimeRoute() {
  const { runtimeId } = Route.useParams();
  const content = useContent();
  const lang = useLang();
  const runtime = content.runtimes.find((candidate) => candidate.id === runtimeId);
  usePageTitle((t) =>
    runtime ? format(t.runtime, { runtime: runtime.name[lang] }) : t.unknownRuntime,
  );
  // The deployment section (id "deployment") leads with the current snippet sets; the guide's
  // own, outdated example follows them, folded.
  return (
    <RuntimeProfile
      runtimeId={runtimeId}
      deploymentExtras={<RuntimeSnippets runtimeId={runtimeId} nested />}
    />
  );
}
