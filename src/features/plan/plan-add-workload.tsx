// Adding a workload: walk a tree from its first question, or start from one of the matrix's
// scenarios with its answers filled in.
import { useState } from 'react';
import type { Content } from '../../content/schema';
import { matrixPreset } from '../../domain/explain';
import { MAX_WORKLOADS } from '../../domain/plan/plan';
import { format, useLang, useStrings } from '../../i18n';
import type { WalkRequest } from './plan-walk';
import { planStrings } from './strings';

export function PlanAddWorkload({
  content,
  full,
  onStart,
}: {
  content: Content;
  full: boolean;
  onStart: (request: WalkRequest) => void;
}) {
  const t = useStrings(planStrings);
  const lang = useLang();
  const [treeId, setTreeId] = useState(content.defaultTree);
  const matrixTree = content.trees.find((tree) => tree.id === content.matrix.treeId);
  const [scenarioId, setScenarioId] = useState(content.matrix.scenarios[0]?.id ?? '');
  if (full) return <p className="muted">{format(t.planFull, { max: MAX_WORKLOADS })}</p>;
  return (
    <div className="plan-add" role="group" aria-labelledby="plan-add-heading">
      <h3 id="plan-add-heading">{t.addWorkload}</h3>
      <form
        className="plan-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          onStart({ mode: 'add', treeId, answers: {} });
        }}
      >
        <label htmlFor="plan-add-tree">{t.treeLabel}</label>
        <select
          id="plan-add-tree"
          value={treeId}
          onChange={(event) => {
            setTreeId(event.target.value);
          }}
        >
          {content.trees.map((tree) => (
            <option key={tree.id} value={tree.id}>
              {tree.title[lang]}
            </option>
          ))}
        </select>
        <button type="submit" className="btn">
          {t.walkTree}
        </button>
      </form>
      {matrixTree && content.matrix.scenarios.length > 0 && (
        <form
          className="plan-add-row"
          onSubmit={(event) => {
            event.preventDefault();
            const preset = matrixPreset(content.matrix, matrixTree, scenarioId);
            if (preset) onStart({ mode: 'add', treeId: matrixTree.id, answers: preset.answers });
          }}
        >
          <label htmlFor="plan-add-preset">{t.presetLabel}</label>
          <select
            id="plan-add-preset"
            value={scenarioId}
            onChange={(event) => {
              setScenarioId(event.target.value);
            }}
          >
            {content.matrix.scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.label[lang]}
              </option>
            ))}
          </select>
          <button type="submit" className="btn">
            {t.fromPreset}
          </button>
        </form>
      )}
    </div>
  );
}
