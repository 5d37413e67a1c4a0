// The guide's decision matrix: scenarios by criteria, each cell in words as well as the guide's
// symbol, and each scenario a preset that opens the wizard with the answers the matrix fixes.
// A table on wide screens; the same rows as cards on narrow ones.
import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { getRuntime, getTree } from '../../content';
import type { Content } from '../../content/schema';
import { matrixPreset, type MatrixPreset, type Support } from '../../domain/explain';
import { encodeShareState } from '../../domain/share-state';
import { encodeWeighState, scenarioWeights } from '../../domain/weigh/state';
import { RuntimeBadge, runtimeColorStyle } from '../../components/ui/runtime-badge';
import { SourceCitation } from '../../components/ui/source-citation';
import { format, useLang, useStrings } from '../../i18n';
import { matrixStrings } from './strings';
import './matrix.css';
import { SupportWord } from '../../components/ui/support-word';

function Cell({ support }: { support: Support | undefined }) {
  return support ? <SupportWord support={support} /> : <span>—</span>;
}

interface Row {
  scenario: Content['matrix']['scenarios'][number];
  preset: MatrixPreset | undefined;
}

export function MatrixView() {
  const lang = useLang();
  const t = useStrings(matrixStrings);
  const content = useContent();
  const { matrix } = content;
  const tree = getTree(content, matrix.treeId);
  const rows: Row[] = useMemo(
    () =>
      matrix.scenarios.map((scenario) => ({
        scenario,
        preset: tree ? matrixPreset(matrix, tree, scenario.id) : undefined,
      })),
    [matrix, tree],
  );
  const presetSearch = (preset: MatrixPreset) =>
    encodeShareState(matrix.treeId, preset.answers, { lang });

  // The same scenario as weights (✓ 5, ⚠ 3, ✗ 1) on the weighing page.
  const weighLink = (row: Row) => {
    const weights = scenarioWeights(content, row.scenario.id);
    if (!weights) return null;
    return (
      <Link
        to="/weigh"
        search={encodeWeighState(content, { weights, must: [], source: 'guide' }, { lang })}
        className="preset-weigh"
        data-weigh-scenario={row.scenario.id}
      >
        {format(t.weighPreset, { scenario: row.scenario.label[lang] })}
      </Link>
    );
  };

  const presetDetails = (row: Row) => {
    const { preset } = row;
    if (!preset) return null;
    const lands =
      preset.lands.kind === 'outcome'
        ? format(t.landsOutcome, {
            runtime: getRuntime(content, preset.lands.outcome.runtime)?.name[lang] ?? '',
          })
        : preset.lands.kind === 'question'
          ? format(preset.open.includes(preset.lands.question.id) ? t.landsOpen : t.landsQuestion, {
              question: preset.lands.question.text[lang],
            })
          : '';
    return (
      <div className="preset">
        <Link
          to="/wizard"
          search={presetSearch(preset)}
          className="btn preset-link"
          data-scenario={row.scenario.id}
        >
          {format(t.openPreset, { scenario: row.scenario.label[lang] })}
        </Link>
        <p className="muted preset-lands">{lands}</p>
        {weighLink(row)}
      </div>
    );
  };

  return (
    <section className="matrix-page" aria-labelledby="matrix-title" data-testid="matrix">
      <div className="card">
        <h1 id="matrix-title">{t.title}</h1>
        <p>{t.lead}</p>
        <p className="muted">{t.presetsLead}</p>
        <p className="muted matrix-legend">{t.legend}</p>

        <table className="matrix-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scenario}</th>
              {matrix.criteria.map((criterion) => (
                <th key={criterion.id} scope="col">
                  {criterion.label[lang]}
                </th>
              ))}
              <th scope="col">{t.recommended}</th>
              <th scope="col">{t.presetColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.scenario.id} data-scenario={row.scenario.id}>
                <th scope="row">{row.scenario.label[lang]}</th>
                {matrix.criteria.map((criterion) => (
                  <td key={criterion.id} data-criterion={criterion.id}>
                    <Cell support={row.scenario.cells[criterion.id]} />
                  </td>
                ))}
                <td>
                  <RuntimeBadge
                    runtime={getRuntime(content, row.scenario.runtime)}
                    fallbackId={row.scenario.runtime}
                  />
                </td>
                <td>{presetDetails(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <ul className="matrix-cards">
          {rows.map((row) => {
            const runtime = getRuntime(content, row.scenario.runtime);
            return (
              <li
                key={row.scenario.id}
                className="matrix-card"
                data-scenario={row.scenario.id}
                style={runtimeColorStyle(runtime)}
              >
                <h2 className="matrix-card-title">{row.scenario.label[lang]}</h2>
                <dl>
                  {matrix.criteria.map((criterion) => (
                    <div key={criterion.id}>
                      <dt>{criterion.label[lang]}</dt>
                      <dd>
                        <Cell support={row.scenario.cells[criterion.id]} />
                      </dd>
                    </div>
                  ))}
                  <div>
                    <dt>{t.recommended}</dt>
                    <dd>
                      <RuntimeBadge runtime={runtime} fallbackId={row.scenario.runtime} />
                    </dd>
                  </div>
                </dl>
                {presetDetails(row)}
              </li>
            );
          })}
        </ul>
        <p className="source-line">
          <SourceCitation source={matrix.source} />
        </p>
      </div>
      <BeyondMatrix content={content} />
    </section>
  );
}

/** The 2025 recommendations for cases the matrix has no row for (strong isolation). */
function BeyondMatrix({ content }: { content: Content }) {
  const lang = useLang();
  const t = useStrings(matrixStrings);
  const scenarioIds = new Set(content.matrix.scenarios.map((scenario) => scenario.id));
  const beyond = content.practice2025.recommendations.filter(
    (recommendation) => !scenarioIds.has(recommendation.scenarioId),
  );
  if (beyond.length === 0) return null;
  // Say where these runtimes can be reached: not in the matrix's own tree, but perhaps in ours.
  const reaches = (treeId: string | undefined, runtime: string) =>
    content.trees
      .find((tree) => tree.id === treeId)
      ?.nodes.some((node) => node.kind === 'outcome' && node.runtime === runtime) ?? false;
  const runtimes = beyond.flatMap((r) => [r.first.runtime, r.alternative.runtime]);
  const candidate = content.trees.find((tree) => tree.origin === 'extension');
  const extension =
    candidate &&
    runtimes.every((runtime) => reaches(candidate.id, runtime)) &&
    !runtimes.some((runtime) => reaches(content.matrix.treeId, runtime))
      ? candidate
      : undefined;
  return (
    <section className="card" aria-labelledby="beyond-title">
      <h2 id="beyond-title">{t.beyondTitle}</h2>
      <p>{t.beyondLead}</p>
      <ul className="beyond-list">
        {beyond.map((recommendation) => (
          <li key={recommendation.scenarioId}>
            <h3>{recommendation.label[lang]}</h3>
            <dl className="beyond-choices">
              <div>
                <dt>{t.firstChoice}</dt>
                <dd>
                  <RuntimeBadge
                    runtime={getRuntime(content, recommendation.first.runtime)}
                    fallbackId={recommendation.first.runtime}
                  />{' '}
                  {recommendation.first.reason[lang]}
                </dd>
              </div>
              <div>
                <dt>
                  {recommendation.alternative.kind === 'traditional'
                    ? t.traditional
                    : t.secondChoice}
                </dt>
                <dd>
                  <RuntimeBadge
                    runtime={getRuntime(content, recommendation.alternative.runtime)}
                    fallbackId={recommendation.alternative.runtime}
                  />{' '}
                  {recommendation.alternative.reason[lang]}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <p className="source-line">
        <SourceCitation source={content.practice2025.source} />
      </p>
      {extension && (
        <p>
          {t.fullTree}{' '}
          <Link to="/wizard" search={{ tree: extension.id, lang }}>
            {t.openFullTree}
          </Link>
        </p>
      )}
    </section>
  );
}
