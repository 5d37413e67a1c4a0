// The result's case studies: the guide's, those that match this result.
import type { Content } from '../../content/schema';
import { CaseStudyCard } from '../../components/ui/case-study-card';
import { useStrings } from '../../i18n';
import { resultStrings } from './result-strings';
import { ResultFold } from './result-fold';

export function CaseStudiesSection({ ids, content }: { ids: readonly string[]; content: Content }) {
  const t = useStrings(resultStrings);
  const studies = content.caseStudies.filter((study) => ids.includes(study.id));
  if (studies.length === 0) return null;
  return (
    <ResultFold id="case-studies" title={t.caseStudiesTitle}>
      <p className="muted">{t.caseAsReported}</p>
      <div className="case-grid">
        {studies.map((study) => (
          <CaseStudyCard key={study.id} study={study} level={4} />
        ))}
      </div>
    </ResultFold>
  );
}
