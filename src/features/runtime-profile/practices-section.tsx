// The runtime page's best practices: the guide's, or a plain statement that it has none, and
// practices published elsewhere.
import type { Content, Runtime } from '../../content/schema';
import {
  GuidePracticeList,
  ManagedOfferList,
  PublishedPracticeList,
} from '../../components/ui/practice-lists';
import { format, useLang, useStrings } from '../../i18n';
import { runtimeStrings } from './strings';

export function PracticesSection({ runtime, content }: { runtime: Runtime; content: Content }) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const name = runtime.name[lang];
  return (
    <section className="card" id="best-practices" aria-labelledby="practices-title">
      <h2 id="practices-title">{t.bestPracticesTitle}</h2>
      {runtime.bestPractices.length > 0 ? (
        <GuidePracticeList runtime={runtime} />
      ) : (
        <p className="guide-gap">{format(t.noBestPractices, { runtime: name })}</p>
      )}
      <PublishedPractices runtime={runtime} content={content} />
      <ManagedOffers runtime={runtime} content={content} />
    </section>
  );
}

function PublishedPractices({ runtime, content }: { runtime: Runtime; content: Content }) {
  const t = useStrings(runtimeStrings);
  const practices = content.publishedPractices.filter(
    (practice) => practice.runtime === runtime.id,
  );
  if (practices.length === 0) return null;
  return (
    <>
      <h3>{t.publishedPractices}</h3>
      <PublishedPracticeList practices={practices} />
    </>
  );
}

function ManagedOffers({ runtime, content }: { runtime: Runtime; content: Content }) {
  const t = useStrings(runtimeStrings);
  const offers = content.managedOffers.filter((offer) => offer.runtime === runtime.id);
  if (offers.length === 0) return null;
  return (
    <>
      <h3>{t.managedOffers}</h3>
      <ManagedOfferList offers={offers} />
    </>
  );
}
