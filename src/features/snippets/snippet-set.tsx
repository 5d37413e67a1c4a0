import type { Runtime, Snippet } from '../../content/schema';
import { CopyButton } from '../../components/ui/copy-button';
import { format, useLang, useStrings } from '../../i18n';
import { SnippetBlock } from './snippet-block';
import { joinForCopy, type TargetSet } from './snippet-model';
import { snippetStrings } from './strings';

interface SnippetSetProps {
  set: TargetSet;
  runtime: Runtime | undefined;
  /** Fold the GPU variant (a result whose answers state no GPU need): it opens on request. */
  foldGpu?: boolean;
}

/** One target's blocks: the steps in order with "Copy all", then the GPU variant if any. */
export function SnippetSet({ set, runtime, foldGpu = false }: SnippetSetProps) {
  const t = useStrings(snippetStrings);
  return (
    <>
      <p className="snippet-target-info">{t[`targetInfo_${set.target}`]}</p>
      <BlockGroup heading={t.stepsHeading} snippets={set.steps} runtime={runtime} />
      {set.gpu.length > 0 && (
        <BlockGroup
          heading={t.gpuHeading}
          intro={t.gpuIntro}
          snippets={set.gpu}
          runtime={runtime}
          numbered={false}
          folded={foldGpu}
        />
      )}
    </>
  );
}

interface BlockGroupProps {
  heading: string;
  intro?: string;
  snippets: Snippet[];
  runtime: Runtime | undefined;
  numbered?: boolean;
  /** Shown as a closed disclosure whose summary is the heading and the number of blocks. */
  folded?: boolean;
}

export function BlockGroup({
  heading,
  intro,
  snippets,
  runtime,
  numbered = true,
  folded = false,
}: BlockGroupProps) {
  const lang = useLang();
  const t = useStrings(snippetStrings);
  if (snippets.length === 0) return null;
  const copyAll = snippets.length > 1 && (
    <CopyButton text={joinForCopy(snippets, lang)} label={t.copyAll} />
  );
  const list = (
    <ol className="snippet-list">
      {snippets.map((snippet, index) => {
        const step = snippet.step ? t[`step_${snippet.step}`] : undefined;
        const kicker = numbered
          ? [String(index + 1), step].filter(Boolean).join(' · ')
          : (step ?? String(index + 1));
        return (
          <li key={snippet.id}>
            <SnippetBlock snippet={snippet} runtime={runtime} kicker={kicker} />
          </li>
        );
      })}
    </ol>
  );
  if (folded) {
    // A button cannot sit in a summary: "Copy all" comes first inside the opened group.
    return (
      <details className="snippet-group snippet-fold">
        <summary className="fold-summary snippet-fold-summary">
          <h3>{heading}</h3>
          <span className="snippet-fold-count">
            {snippets.length === 1
              ? t.oneBlockFolded
              : format(t.blocksFolded, { count: snippets.length })}
          </span>
        </summary>
        <div className="snippet-group-header">
          {intro && <p className="snippet-group-intro">{intro}</p>}
          {copyAll}
        </div>
        {list}
      </details>
    );
  }
  return (
    <section className="snippet-group">
      <div className="snippet-group-header">
        <h3>{heading}</h3>
        {copyAll}
      </div>
      {intro && <p className="snippet-group-intro">{intro}</p>}
      {list}
    </section>
  );
}
