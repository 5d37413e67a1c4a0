import { createFileRoute } from '@tanstack/react-router';
import { useWizardState } from '../app/wizard-state';
import { stringifySearch } from '../domain/share-state';
import { format, useLang } from '../i18n';
import { TreeSwitcher } from '../features/tree-switcher/tree-switcher';
import { WizardPanel } from '../features/wizard/wizard-panel';
import { DeferredRuntimeSnippets } from '../features/snippets/deferred-runtime-snippets';
import { ShareActions } from '../features/share/share-actions';
import { useEmbedResult } from '../features/embed/use-embed-frame';
import { DecisionDiagram } from '../features/diagram/decision-diagram';
import { DeferredTeamTreeUnavailable } from '../features/content-errors/deferred-team-tree';
import { useContent } from '../app/content-context';
import { usePageTitle } from '../app/page-title';
import { getRuntime } from '../content';

import { AddToPlan } from '../features/plan/result/add-to-plan';

/**
 * `#/wizard?tree=guide&<question id>=<answer id>…&lang=en`. Answers are not typed here:
 * which keys are questions depends on the tree, so the raw strings go to the domain decoder,
 * which validates them against the tree and reports what it dropped.
 */
type WizardSearch = { tree?: string } & Record<string, string | string[] | undefined>;

export const Route = createFileRoute('/wizard')({
  validateSearch: (raw: Record<string, unknown>): WizardSearch => {
    const search: WizardSearch = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string' || Array.isArray(value))
        search[key] = value as string | string[];
    }
    return search;
  },
  staticData: { ownsCanonicalUrl: true },
  component: WizardRoute,
});

function WizardRoute() {
  const state = useWizardState();
  const content = useContent();
  const lang = useLang();
  const outcomeRuntime = state.resolution.outcome?.runtime;
  useEmbedResult(state);
  const { steps, maxRemaining, current } = state.resolution;
  const outcomeName = outcomeRuntime
    ? (getRuntime(content, outcomeRuntime)?.name[lang] ?? outcomeRuntime)
    : undefined;
  usePageTitle((t) =>
    outcomeName !== undefined
      ? format(t.recommended, { runtime: outcomeName })
      : current
        ? format(t.question, { n: steps.length + 1, total: steps.length + maxRemaining })
        : t.wizardBroken,
  );
  if (state.missingTree !== undefined) {
    const { switchTree } = state;
    return (
      <DeferredTeamTreeUnavailable
        treeId={state.missingTree}
        onOpenDefault={() => {
          switchTree(content.defaultTree);
        }}
      />
    );
  }
  // On a result the answer comes first: sharing sits in its actions row, and the tree switcher
  // follows the result instead of pushing it below the first screen.
  const switcher = <TreeSwitcher currentId={state.tree.id} onSwitch={state.switchTree} />;
  return (
    <div className="wizard-layout">
      <div className="wizard-main">
        {!outcomeRuntime && switcher}
        <WizardPanel
          state={state}
          resultExtras={() =>
            state.resolution.outcome && (
              <>
                <ShareActions state={state} />
                <AddToPlan
                  key={stringifySearch(state.canonical)}
                  treeId={state.tree.id}
                  answers={state.resolution.answers}
                  defaultName={state.resolution.outcome.label[lang]}
                  search={state.canonical}
                />
              </>
            )
          }
          resultDeploy={(runtimeId) => <DeferredRuntimeSnippets runtimeId={runtimeId} />}
        />
        {!outcomeRuntime && <ShareActions state={state} />}
        {outcomeRuntime && switcher}
      </div>
      <div className="wizard-aside">
        <DecisionDiagram state={state} />
      </div>
    </div>
  );
}
