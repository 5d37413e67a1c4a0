// The result's best practices for the chosen runtime: the guide's, or a plain statement that it
// has none, and practices published elsewhere.
import type { Content, Runtime } from '../../content/schema';
import {
  GuidePracticeList,
  ManagedOfferList,
  PublishedPracticeList,
} from '../../components/ui/practice-lists';
import { format, useLang, useStrings } from '../../i18n';
import { resultStrings } from './result-strings';
import { ResultFold } from './result-fold';

export function BestPracticesSection({ runtime, content }: { runtime: Runtime; content: Content }) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const name = runtime.name[lang];
  const published = content.publishedPractices.filter(
    (practice) => practice.runtime === runtime.id,
  );
  const offers = content.managedOffers.filter((offer) => offer.runtime === runtime.id);
  return (
    <ResultFold id="practices" title={format(t.bestPracticesTitle, { runtime: name })}>
      {runtime.bestPractices.length > 0 ? (
        <GuidePracticeList runtime={runtime} />
      ) : (
        <p className="notice guide-gap">{format(t.noBestPractices, { runtime: name })}</p>
      )}
      {published.length > 0 && (
        <>
          <h4>{t.publishedPractices}</h4>
          <PublishedPracticeList practices={published} />
        </>
      )}
      {offers.length > 0 && (
        <>
          <h4>{t.managedOffers}</h4>
          <ManagedOfferList offers={offers} />
        </>
      )}
    </ResultFold>
  );
}
