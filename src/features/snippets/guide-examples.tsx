import type { Runtime, Snippet } from '../../content/schema';
import { format, useLang, useStrings } from '../../i18n';
import { SnippetBlock } from './snippet-block';
import { snippetStrings } from './strings';

interface GuideExamplesProps {
  snippets: Snippet[];
  runtime: Runtime | undefined;
  runtimeId: string;
  /** Moves focus to the current set (an in-page link would change the hash route). */
  onGoToCurrent?: () => void;
  /** Each example behind a disclosure named by its title (the result page): outdated code is
   *  shown, with its Copy button, only to a reader who asks for it. */
  folded?: boolean;
}

/** The guide's own deployment examples, verbatim, with what is outdated in each. */
export function GuideExamples({
  snippets,
  runtime,
  runtimeId,
  onGoToCurrent,
  folded = false,
}: GuideExamplesProps) {
  const lang = useLang();
  const t = useStrings(snippetStrings);
  const name = runtime ? runtime.name[lang] : runtimeId;
  return (
    <section className="snippet-group snippet-guide-group">
      <h3>{t.fromGuideHeading}</h3>
      {snippets.length === 0 ? (
        <p className="muted">{format(t.guideHasNoExample, { runtime: name })}</p>
      ) : (
        <>
          <p className="snippet-group-intro">{t.fromGuideIntro}</p>
          {snippets.map((snippet) => {
            const block = (
              <SnippetBlock
                key={snippet.id}
                snippet={snippet}
                runtime={runtime}
                kicker={t.fromGuideLabel}
                footer={
                  onGoToCurrent && (
                    <p className="snippet-footer">
                      <button type="button" className="btn btn-quiet" onClick={onGoToCurrent}>
                        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
                          <path
                            d="M8 13V3M3.5 7.5 8 3l4.5 4.5"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="1.8"
                          />
                        </svg>
                        {t.toCurrentSet}
                      </button>
                    </p>
                  )
                }
              />
            );
            return folded ? (
              <details key={snippet.id} className="snippet-fold">
                <summary className="fold-summary snippet-fold-summary">
                  {snippet.title[lang]}
                </summary>
                {block}
              </details>
            ) : (
              block
            );
          })}
        </>
      )}
    </section>
  );
}
