import { useRef } from 'react';
import type { SnippetTarget } from '../../content/schema';
import { useStrings } from '../../i18n';
import { snippetStrings } from './strings';

interface TargetTabsProps {
  idPrefix: string;
  targets: readonly SnippetTarget[];
  selected: SnippetTarget;
  onSelect: (target: SnippetTarget) => void;
}

export function tabId(idPrefix: string, target: SnippetTarget): string {
  return `${idPrefix}-tab-${target}`;
}

export function panelId(idPrefix: string, target: SnippetTarget): string {
  return `${idPrefix}-panel-${target}`;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: arrow keys, Home and End move between
 * tabs and select them; only the selected tab is in the Tab order.
 */
export function TargetTabs({ idPrefix, targets, selected, onSelect }: TargetTabsProps) {
  const t = useStrings(snippetStrings);
  const listRef = useRef<HTMLDivElement>(null);

  const move = (index: number) => {
    const count = targets.length;
    const target = targets[((index % count) + count) % count];
    if (!target) return;
    onSelect(target);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, target))}`)?.focus();
  };

  return (
    <div className="target-tabs" role="tablist" aria-label={t.targetsLabel} ref={listRef}>
      {targets.map((target, index) => {
        const isSelected = target === selected;
        return (
          <button
            key={target}
            type="button"
            role="tab"
            id={tabId(idPrefix, target)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, target)}
            tabIndex={isSelected ? 0 : -1}
            className="target-tab"
            data-target={target}
            onClick={() => {
              onSelect(target);
            }}
            onKeyDown={(event) => {
              const keys: Record<string, number> = {
                ArrowRight: index + 1,
                ArrowLeft: index - 1,
                Home: 0,
                End: targets.length - 1,
              };
              const next = keys[event.key];
              if (next === undefined) return;
              event.preventDefault();
              move(next);
            }}
          >
            {t[`target_${target}`]}
          </button>
        );
      })}
    </div>
  );
}
