import type { Source } from '../../content/schema';
import { format, useLang, useStrings } from '../../i18n';
import { uiStrings } from './strings';
import { punctuationStrings } from '../../i18n/strings';

/**
 * Where a figure or claim comes from, in words: the guide's own word, a published source with
 * its title, link and date, or our inference (labelled as such).
 */
export function SourceCitation({ source, className }: { source: Source; className?: string }) {
  const lang = useLang();
  const t = useStrings(uiStrings);
  const classes = `source-citation ${className ?? ''}`.trim();
  switch (source.kind) {
    case 'guide':
      return (
        <span className={classes} data-source-kind="guide">
          {source.section
            ? format(t.sourceGuideSection, { section: source.section[lang] })
            : t.sourceGuide}
        </span>
      );
    case 'citation':
      return (
        <span className={classes} data-source-kind="citation">
          {t.sourceCitation}
          {punctuationStrings[lang].colon}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
            <span className="visually-hidden"> {t.opensInNewTab}</span>
          </a>{' '}
          ({source.date}){source.note ? ` · ${source.note[lang]}` : ''}
        </span>
      );
    case 'inference':
      return (
        <span className={classes} data-source-kind="inference">
          {t.sourceInference}
          {punctuationStrings[lang].colon}
          {source.basis[lang]}
        </span>
      );
  }
}
