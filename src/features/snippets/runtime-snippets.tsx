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

// The GPU variant serves the need that the feature table's GPU row rates.
const GPU_FEATURE = 'gpu';

/**
 * A runtime's deployment snippets: the current sets, one tab per target (remembered in the URL
 * as `target`), then the guide's own example. Self-contained: give it a runtime id anywhere.
 */
export function RuntimeSnippets({
  runtimeId,
  nested = false,
  folded = false,
  statedFeatures = [],
}: {
  runtimeId: string;
  /**
   * Inside another card that shows the guide's example after it (the runtime page's deployment
   * section): no card of its own, a level-3 heading, and no second copy of the guide's example.
   */
  nested?: boolean;
  /**
   * Inside a fold whose summary already names it ("Deploy …", the result page): no card and no
   * heading of its own, so the page does not say the same title twice.
   */
  folded?: boolean;
  /**
   * The feature rows the reader's answers state a need on (a result). In a fold, the GPU variant
   * is open only when they include the GPU row; the guide's outdated examples stay closed.
   */
  statedFeatures?: readonly string[];
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
  const sectionRef = useRef<HTMLElement>(null);

  if (model.sets.length === 0 && model.untargeted.length === 0 && model.guide.length === 0) {
    return null;
  }
  const name = runtime ? runtime.name[lang] : runtimeId;
  const Heading = nested ? 'h3' : 'h2';

  const title = format(t.heading, { runtime: name });
  const frame = nested
    ? 'runtime-snippets runtime-snippets-nested'
    : folded
      ? 'runtime-snippets runtime-snippets-folded'
      : 'card runtime-snippets';

  return (
    <section
      ref={sectionRef}
      className={frame}
      aria-labelledby={folded ? undefined : `${idPrefix}-heading`}
      aria-label={folded ? title : undefined}
      data-runtime={runtimeId}
    >
      {!folded && (
        <Heading
          id={`${idPrefix}-heading`}
          ref={headingRef}
          tabIndex={-1}
          className="snippets-heading"
        >
          {title} <RuntimeBadge runtime={runtime} fallbackId={runtimeId} />
        </Heading>
      )}
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
            <SnippetSet
              key={selectedSet.target}
              set={selectedSet}
              runtime={runtime}
              foldGpu={folded && !statedFeatures.includes(GPU_FEATURE)}
            />
          </div>
        </>
      )}
      <BlockGroup heading={t.otherSnippets} snippets={model.untargeted} runtime={runtime} />

      {!nested && (
        <GuideExamples
          folded={folded}
          snippets={model.guide}
          runtime={runtime}
          runtimeId={runtimeId}
          onGoToCurrent={
            selectedSet
              ? () => {
                  // Without a heading of its own, the current set starts at its selected tab.
                  const start = folded
                    ? sectionRef.current?.querySelector<HTMLElement>(
                        '[role="tab"][aria-selected="true"]',
                      )
                    : headingRef.current;
                  (folded ? sectionRef.current : start)?.scrollIntoView({ block: 'start' });
                  start?.focus({ preventScroll: true });
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
