import type { OutlineItem } from '../../domain/diagram-path';
import type { Runtime } from '../../content/schema';
import { runtimeColorStyle } from '../../components/ui/runtime-badge';
import { format, useStrings } from '../../i18n';
import { diagramStrings } from './strings';
import { foldParts } from './fold-label';

interface OutlineProps {
  root: OutlineItem;
  runtimes: readonly Runtime[];
  onJump: (questionId: string) => void;
}

/**
 * The tree as nested lists, with the same marks as the diagram (`data-node-id`, `data-path`).
 * Marks are spelled out in words as well, and answered questions are buttons that go back.
 */
export function DiagramOutline({ root, runtimes, onJump }: OutlineProps) {
  return (
    <ul className="diagram-outline">
      <OutlineNode item={root} runtimes={runtimes} onJump={onJump} />
    </ul>
  );
}

function OutlineNode({
  item,
  runtimes,
  onJump,
}: { item: OutlineItem } & Omit<OutlineProps, 'root'>) {
  const t = useStrings(diagramStrings);
  if (item.kind === 'stop') {
    const message =
      item.reason === 'missing'
        ? t.stopMissing
        : item.reason === 'cycle'
          ? t.stopCycle
          : t.stopTooLarge;
    return <li className="outline-stop">{format(message, { id: item.nodeId })}</li>;
  }
  if (item.kind === 'fold') {
    return (
      <li className="outline-fold" data-fold-of={item.nodeId}>
        {format(t.foldedBranch, { parts: foldParts(item, t) })}
      </li>
    );
  }
  if (item.kind === 'outcome') {
    const runtime = runtimes.find((candidate) => candidate.id === item.runtime);
    return (
      <li
        className="outline-outcome"
        data-node-id={item.nodeId}
        data-path={item.mark}
        style={runtimeColorStyle(runtime)}
      >
        <span className="outline-text">{item.text}</span>
        {item.mark && <span className="outline-mark">{t.markOutcome}</span>}
        <span className="outline-scenario">{format(t.scenario, { scenario: item.scenario })}</span>
      </li>
    );
  }
  return (
    <li className="outline-question" data-node-id={item.nodeId} data-path={item.mark}>
      {item.mark === 'visited' ? (
        <button
          type="button"
          className="outline-jump"
          onClick={() => {
            onJump(item.nodeId);
          }}
        >
          <span className="outline-text">{item.text}</span>
          <span className="visually-hidden"> ({t.goBack})</span>
        </button>
      ) : (
        <span className="outline-text">{item.text}</span>
      )}
      {item.mark && (
        <span className="outline-mark">
          {item.mark === 'visited' ? t.markVisited : t.markCurrent}
        </span>
      )}
      {item.folded && (
        <ul>
          <li className="outline-fold" data-fold-of={item.nodeId}>
            {format(t.foldedBranch, { parts: foldParts(item.folded, t) })}
          </li>
        </ul>
      )}
      <ul>
        {item.answers.map((answer) => (
          <li
            key={answer.answerId}
            className="outline-answer"
            data-answer-id={answer.answerId}
            data-path={answer.taken ? 'visited' : undefined}
          >
            <span className="outline-answer-label">
              {answer.label}
              {answer.taken && <span className="outline-mark">{t.markTaken}</span>}
            </span>
            <ul>
              <OutlineNode item={answer.child} runtimes={runtimes} onJump={onJump} />
            </ul>
          </li>
        ))}
      </ul>
    </li>
  );
}
