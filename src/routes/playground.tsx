import { createFileRoute } from '@tanstack/react-router';
import { usePageTitle } from '../app/page-title';
import { PlaygroundPage } from '../features/playground/playground-page';
import { TreeSwitcher } from '../features/tree-switcher/tree-switcher';
import { WizardPanel } from '../features/wizard/wizard-panel';
import { DeferredRuntimeSnippets } from '../features/snippets/deferred-runtime-snippets';
import { DecisionDiagram } from '../features/diagram/decision-diagram';

/**
 * `#/playground`: write, check and preview a content file. The preview is the wizard's own
 * features, composed here as on `#/wizard`, under the draft's merged content; its walk is the
 * playground's state, not the URL's (see features/playground/use-preview-walk.ts).
 */
export const Route = createFileRoute('/playground')({
  component: PlaygroundRoute,
});

function PlaygroundRoute() {
  usePageTitle((t) => t.playground);
  return (
    <PlaygroundPage
      renderPreview={(state, revision) => {
        const runtime = state.resolution.outcome?.runtime;
        return (
          <div className="wizard-layout">
            <div className="wizard-main">
              <TreeSwitcher currentId={state.tree.id} onSwitch={state.switchTree} />
              {/* A new key per valid edit: the panel moves focus to its heading on each step,
                  which must follow the reader's answers, never the author's typing. */}
              <WizardPanel key={revision} state={state} />
              {runtime && <DeferredRuntimeSnippets runtimeId={runtime} />}
            </div>
            <div className="wizard-aside">
              <DecisionDiagram state={state} />
            </div>
          </div>
        );
      }}
    />
  );
}
