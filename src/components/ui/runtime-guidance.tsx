import type { ReactNode } from 'react';
import type { Runtime } from '../../content/schema';
import { useLang, useStrings } from '../../i18n';
import { SourceCitation } from './source-citation';
import { uiStrings } from './strings';
import { punctuationStrings } from '../../i18n/strings';

/**
 * When a runtime fits, as its source (usually the guide) lists it: core traits, typical uses and
 * technical advantages, with that source. Shown on the runtime pages and in the result; `level`
 * is the lists' heading level, so they nest under the section they are shown in (the runtime
 * page's h2, the result's h3).
 */
export function RuntimeGuidance({ runtime, level }: { runtime: Runtime; level: 3 | 4 }) {
  const lang = useLang();
  const t = useStrings(uiStrings);
  const Heading = level === 3 ? 'h3' : 'h4';
  const colon = punctuationStrings[lang].colon;
  return (
    <>
      <Heading>{t.coreTraits}</Heading>
      <GuidanceList
        items={runtime.coreTraits.map((trait) => (
          <>
            <strong>{trait.title[lang]}</strong>
            {colon}
            {trait.text[lang]}
          </>
        ))}
      />
      <div className="guidance-columns">
        <div>
          <Heading>{t.typicalUses}</Heading>
          <GuidanceList items={runtime.typicalUses.map((use) => use[lang])} />
        </div>
        <div>
          <Heading>{t.advantages}</Heading>
          <GuidanceList items={runtime.advantages.map((advantage) => advantage[lang])} />
        </div>
      </div>
      <p className="source-line">
        <SourceCitation source={runtime.source} />
      </p>
    </>
  );
}

/** A list of the source's items, or a plain statement that it lists none. */
function GuidanceList({ items }: { items: ReactNode[] }) {
  const t = useStrings(uiStrings);
  if (items.length === 0) return <p className="guide-gap">{t.guideHasNone}</p>;
  return (
    <ul className="guidance-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
