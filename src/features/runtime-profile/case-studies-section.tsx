import type { Content, Runtime } from '../../content/schema';
import { CaseStudyCard } from '../../components/ui/case-study-card';
import { format, useLang, useStrings } from '../../i18n';
import { runtimeStrings } from './strings';

/**
 * The guide's case studies that name this runtime, as reported, or a plain statement that there
 * are none.
 */
export function CaseStudiesSection({
  runtime,
  content,
  ids,
}: {
  runtime: Runtime;
  content: Content;
  ids: readonly string[];
}) {
  const lang = useLang();
  const t = useStrings(runtimeStrings);
  const studies = content.caseStudies.filter((study) => ids.includes(study.id));
  return (
    <section className="card" id="case-studies" aria-labelledby="cases-title">
      <h2 id="cases-title">{t.caseStudiesTitle}</h2>
      {studies.length === 0 ? (
        <p className="guide-gap">{format(t.noCaseStudies, { runtime: runtime.name[lang] })}</p>
      ) : (
        <>
          <p className="muted">{t.caseAsReported}</p>
          <div className="case-grid">
            {studies.map((study) => (
              <CaseStudyCard key={study.id} study={study} level={3} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
