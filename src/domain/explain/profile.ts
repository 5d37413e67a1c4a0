// A runtime on its own: what its page shows, gathered from the content.
import type {
  ExplainContent,
  FigureMetric,
  PublishedFigureData,
  RecommendationData,
} from './content';
import { standings, type Standing } from './tables';

export interface RuntimeProfile {
  standings: Standing[];
  /** The 2025 recommendations that name it, and in which role. */
  recommendations: { recommendation: RecommendationData; role: 'first' | 'alternative' }[];
  /** Every published figure for it, by metric, in content order. */
  published: Partial<Record<FigureMetric, PublishedFigureData[]>>;
  caseStudyIds: string[];
}

/** The 2025 recommendations that name a runtime, first choice or alternative. */
export function recommendationsNaming(
  recommendations: readonly RecommendationData[],
  runtime: string,
): RuntimeProfile['recommendations'] {
  const named: RuntimeProfile['recommendations'] = [];
  for (const recommendation of recommendations) {
    if (recommendation.first.runtime === runtime) {
      named.push({ recommendation, role: 'first' });
    } else if (recommendation.alternative.runtime === runtime) {
      named.push({ recommendation, role: 'alternative' });
    }
  }
  return named;
}

/** What the runtime page shows, gathered from the content for one runtime. */
export function runtimeProfile(content: ExplainContent, runtime: string): RuntimeProfile {
  const published: RuntimeProfile['published'] = {};
  for (const figure of content.publishedFigures) {
    if (figure.runtime !== runtime) continue;
    (published[figure.metric] ??= []).push(figure);
  }
  return {
    standings: standings(content, runtime),
    recommendations: recommendationsNaming(content.practice2025.recommendations, runtime),
    published,
    caseStudyIds: content.caseStudies
      .filter((study) => study.runtime === runtime)
      .map((study) => study.id),
  };
}
