import { useId, useMemo, useRef } from 'react';
import { useContent } from '../../app/content-context';
import { getRuntime } from '../../content';
import { withCurrentSnippets } from '../../content/current-snippets';
import { RuntimeBadge } from '../../components/ui/runtime-badge';
import { format, useLang, useStrings } from '../../i18n';
import { GuideExamples } from './guide-examples';
import { buildRuntimeSnippets, resolveTarget } from './snippet-model';
import { BlockGroup, SnippetSet } from './snippet-set';
import { snippetStrings } from './strings';
import { panelId, tabId, TargetTabs } from './target-tabs';
import { useTargetParam } from './use-target-param';
import './snippets.css';

/**
 * A runtime's deployment snippets: the current sets, one tab per target (remembered in the URL
 * as `target`), then the guide's own example. Self-contained: give it a runtime id anywhere.
 */
export function RuntimeSnippets({
  runtimeId,
  nested = false,
}: {
  runtimeId: string;
  /**
   * Inside another card that shows the guide's example after it (the runtime page's deployment
   * section): no card of its own, a level-3 heading, and no second copy of the guide's example.
   */
  nested?: boolean;
}) {
  const lang = useLang();
  const t = useStrings(snippetStrings);
  const content = useContent();
  const runtime = getRuntime(content, runtimeId);
  const model = useMemo(
    () => buildRuntimeSnippets(withCurrentSnippets(content.snippets), runtimeId),
    [content.snippets, runtimeId],
  );
  const [requested, selectTarget] = useTargetParam();
  const selected = resolveTarget(requested, model.sets);
  const selectedSet = model.sets.find((set) => set.target === selected);
  const idPrefix = `snippets-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (model.sets.length === 0 && model.untargeted.length === 0 && model.guide.length === 0) {
    return null;
  }
  const name = runtime ? runtime.name[lang] : runtimeId;
  const Heading = nested ? 'h3' : 'h2';

  return (
    <section
      className={nested ? 'runtime-snippets runtime-snippets-nested' : 'card runtime-snippets'}
      aria-labelledby={`${idPrefix}-heading`}
      data-runtime={runtimeId}
    >
      <Heading
        id={`${idPrefix}-heading`}
        ref={headingRef}
        tabIndex={-1}
        className="snippets-heading"
      >
        {format(t.heading, { runtime: name })}{' '}
        <RuntimeBadge runtime={runtime} fallbackId={runtimeId} />
      </Heading>
      <p className="snippets-intro">{t.intro}</p>

      {selectedSet && (
        <>
          <TargetTabs
            idPrefix={idPrefix}
            targets={model.sets.map((set) => set.target)}
            selected={selectedSet.target}
            onSelect={selectTarget}
          />
          <div
            className="target-panel"
            role="tabpanel"
            id={panelId(idPrefix, selectedSet.target)}
            aria-labelledby={tabId(idPrefix, selectedSet.target)}
            data-target={selectedSet.target}
          >
            <SnippetSet key={selectedSet.target} set={selectedSet} runtime={runtime} />
          </div>
        </>
      )}
      <BlockGroup heading={t.otherSnippets} snippets={model.untargeted} runtime={runtime} />

      {!nested && (
        <GuideExamples
          snippets={model.guide}
          runtime={runtime}
          runtimeId={runtimeId}
          onGoToCurrent={
            selectedSet
              ? () => {
                  headingRef.current?.scrollIntoView({ block: 'start' });
                  headingRef.current?.focus();
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
