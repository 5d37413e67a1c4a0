import type { Runtime, Snippet } from '../../content/schema';
import { CopyButton } from '../../components/ui/copy-button';
import { useLang, useStrings } from '../../i18n';
import { SnippetBlock } from './snippet-block';
import { joinForCopy, type TargetSet } from './snippet-model';
import { snippetStrings } from './strings';

interface SnippetSetProps {
  set: TargetSet;
  runtime: Runtime | undefined;
}

/** One target's blocks: the steps in order with "Copy all", then the GPU variant if any. */
export function SnippetSet({ set, runtime }: SnippetSetProps) {
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
}

export function BlockGroup({
  heading,
  intro,
  snippets,
  runtime,
  numbered = true,
}: BlockGroupProps) {
  const lang = useLang();
  const t = useStrings(snippetStrings);
  if (snippets.length === 0) return null;
  return (
    <section className="snippet-group">
      <div className="snippet-group-header">
        <h3>{heading}</h3>
        {snippets.length > 1 && <CopyButton text={joinForCopy(snippets, lang)} label={t.copyAll} />}
      </div>
      {intro && <p className="snippet-group-intro">{intro}</p>}
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
    </section>
  );
}
