import type { Content, Runtime } from '../../content/schema';
import { useLang } from '../../i18n';
import { SourceCitation } from './source-citation';
import { punctuationStrings } from '../../i18n/strings';

type PublishedPractice = Content['publishedPractices'][number];
type ManagedOffer = Content['managedOffers'][number];

/** A runtime's best practices as the guide lists them, with the guide as their source. */
export function GuidePracticeList({ runtime }: { runtime: Runtime }) {
  const lang = useLang();
  const colon = punctuationStrings[lang].colon;
  return (
    <>
      <ol className="practice-list">
        {runtime.bestPractices.map((practice) => (
          <li key={practice.title.en}>
            <strong>{practice.title[lang]}</strong>
            {colon}
            {practice.text[lang]}
          </li>
        ))}
      </ol>
      <p className="source-line">
        <SourceCitation source={runtime.source} />
      </p>
    </>
  );
}

/** Practices published elsewhere (not the guide's), each with its own source. */
export function PublishedPracticeList({ practices }: { practices: readonly PublishedPractice[] }) {
  const lang = useLang();
  const colon = punctuationStrings[lang].colon;
  return (
    <ul className="practice-list">
      {practices.map((practice) => (
        <li key={practice.id}>
          <strong>{practice.title[lang]}</strong>
          {colon}
          {practice.text[lang]} <SourceCitation source={practice.source} />
        </li>
      ))}
    </ul>
  );
}

/** Managed services that run a runtime for you, beside the self-managed routes; each cited. */
export function ManagedOfferList({ offers }: { offers: readonly ManagedOffer[] }) {
  const lang = useLang();
  const colon = punctuationStrings[lang].colon;
  return (
    <ul className="practice-list" data-testid="managed-offers">
      {offers.map((offer) => (
        <li key={offer.id} data-offer={offer.id}>
          <strong>
            {offer.name[lang]} · {offer.provider[lang]}
          </strong>
          {colon}
          {offer.text[lang]} <SourceCitation source={offer.source} />
        </li>
      ))}
    </ul>
  );
}
