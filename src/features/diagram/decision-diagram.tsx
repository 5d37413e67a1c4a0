import { useCallback, useId, useMemo, useState } from 'react';
import type { WizardState } from '../../app/wizard-state';
import { useContent } from '../../app/content-context';
import { useTheme } from '../../app/theme';
import { pathMarks, toOutline, type PathMarks } from '../../domain/diagram-path';
import { needsFocus } from '../../domain/diagram-focus';
import { toMermaid } from '../../domain/to-mermaid';
import type { Resolution } from '../../domain/engine';
import { getTree } from '../../content';
import { format, useLang, useStrings } from '../../i18n';
import { DiagramCanvas, type ViewControls, type ViewMode } from './diagram-canvas';
import { DiagramLegend } from './diagram-legend';
import { DiagramOutline } from './diagram-outline';
import { diagramStrings } from './strings';
import { focusDrawing } from './fold-label';
import { RetryButton } from '../../components/ui/retry-button';
import { lazyModule } from '../../lib/lazy-module';
import { useRenderedDiagram } from './use-rendered-diagram';
import './diagram.css';

type View = 'diagram' | 'outline';
type Scope = 'focus' | 'whole';
type Strings = (typeof diagramStrings)['en'];

/** Pixels the pan buttons move the drawing by. */
const PAN_BUTTON_STEP = 120;

// Export is used rarely, so its code loads on the first download.
const exportModule = lazyModule(() => import('./export'));

function describePath(resolution: Resolution, t: Strings, lang: 'en' | 'zh'): string {
  const { steps, current, outcome } = resolution;
  if (steps.length === 0 && current)
    return format(t.describeStart, { question: current.text[lang] });
  const parts: string[] = [];
  if (steps.length > 0) {
    const trail = steps
      .map((step) =>
        format(t.describeStep, {
          question: step.question.text[lang],
          answer: step.answer.label[lang],
        }),
      )
      .join(' → ');
    parts.push(format(t.describeSteps, { steps: trail }));
  }
  if (current) parts.push(format(t.describeCurrent, { question: current.text[lang] }));
  else if (outcome)
    parts.push(
      format(t.describeOutcome, { outcome: outcome.label[lang], scenario: outcome.scenario[lang] }),
    );
  else parts.push(t.describeBroken);
  return parts.reduce((first, second) => format(t.describeJoin, { first, second }));
}

/** The first value seen for as long as `key` stays the same. */
function useSameWhile<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key !== key) {
    setKept({ key, value });
    return value;
  }
  return kept.value;
}

function marksKey(marks: PathMarks): string {
  const nodes = [...marks.nodes].map(([id, mark]) => `${id}:${mark}`);
  const edges = marks.edges.map((edge) => `${edge.from}=${edge.answerId}`);
  return [...nodes, ...edges].join('\n');
}

/**
 * The decision tree drawn by Mermaid (at build time for the built-in trees, in the browser for
 * others), with the walk's path marked on it, beside the wizard.
 * Answering only changes attributes on the drawing; an outline view (the fallback when Mermaid
 * cannot load) carries the same marks.
 */
export function DecisionDiagram({ state }: { state: WizardState }) {
  const lang = useLang();
  const theme = useTheme();
  const content = useContent();
  const t = useStrings(diagramStrings);
  const { tree, resolution } = state;
  const ids = useId();
  const titleId = `${ids}-title`;
  const descriptionId = `${ids}-description`;
  const hintId = `${ids}-hint`;
  const keysId = `${ids}-keys`;

  const large = needsFocus(tree);
  const [scope, setScope] = useState<Scope>('focus');
  const focused = large && scope === 'focus';
  const focusDrawn = useMemo(
    () => (focused ? focusDrawing(tree, resolution, t) : undefined),
    [focused, tree, resolution, t],
  );
  const focus = focusDrawn?.view;
  const drawn = useMemo(
    () => toMermaid(tree, { lang, focus: focusDrawn }),
    [tree, lang, focusDrawn],
  );
  // The same drawing is the same object: the walk's state may be rebuilt on any render, and a
  // new object would start the drawing again (a focus changes only when its text does).
  const shownDiagram = useSameWhile(drawn, drawn.source);
  // Likewise the marks: following the path moves the view only when the path moved.
  const newMarks = useMemo(() => pathMarks(resolution), [resolution]);
  const marks = useSameWhile(newMarks, marksKey(newMarks));
  const [renderAttempt, setRenderAttempt] = useState(0);
  const { rendered, onLabelsOverflow } = useRenderedDiagram(
    tree.id,
    lang,
    theme,
    shownDiagram,
    renderAttempt,
  );

  const [view, setView] = useState<View>('diagram');
  const [mode, setMode] = useState<ViewMode>('follow');
  const [controls, setControls] = useState<ViewControls>();
  const onControls = useCallback((next: ViewControls | undefined) => {
    setControls(() => next);
  }, []);
  const [exportError, setExportError] = useState<'png' | 'load' | 'write'>();
  const [exporting, setExporting] = useState(false);

  const failed = rendered.status === 'failed';
  const showOutline = view === 'outline' || failed;
  const outline = useMemo(
    () => (showOutline ? toOutline(tree, lang, resolution, focus) : undefined),
    [showOutline, tree, lang, resolution, focus],
  );
  const svg = rendered.status === 'ready' ? rendered.svg : undefined;
  const treeTitle = getTree(content, tree.id)?.title[lang] ?? tree.id;

  const guideTree = getTree(content, tree.id)?.origin === 'guide';
  // Not `!controls`: the canvas hands them over in its first effect, and the build's first paint
  // of this page (rendered without effects) should show the buttons as the app will.
  const viewDisabled = !svg || showOutline;

  const fileName = `decision-tree-${tree.id}-${lang}`;
  const exportAs = (kind: 'svg' | 'png') => {
    if (!svg || exporting) return;
    setExportError(undefined);
    setExporting(true);
    exportModule
      .load()
      .then(
        async (exporter) => {
          try {
            const serialized = exporter.serializeDiagram(svg);
            if (kind === 'svg') {
              exporter.downloadBlob(exporter.svgBlob(serialized), `${fileName}.svg`);
              return;
            }
            try {
              exporter.downloadBlob(await exporter.pngBlob(serialized), `${fileName}.png`);
            } catch {
              setExportError('png');
            }
          } catch {
            // Whatever fails in writing the file is said, never swallowed.
            setExportError('write');
          }
        },
        () => {
          setExportError('load');
        },
      )
      .finally(() => {
        setExporting(false);
      });
  };

  return (
    <section
      className="card diagram-panel"
      data-testid="decision-diagram"
      aria-labelledby={titleId}
    >
      <div className="diagram-header">
        <h2 id={titleId} className="diagram-title">
          {t.title}
        </h2>
        <div className="diagram-toolbar">
          <div className="diagram-segmented" role="group" aria-label={t.viewLabel}>
            <button
              type="button"
              className="btn diagram-tool"
              aria-pressed={!showOutline}
              disabled={failed}
              onClick={() => {
                setView('diagram');
              }}
            >
              {t.viewDiagram}
            </button>
            <button
              type="button"
              className="btn diagram-tool"
              aria-pressed={showOutline}
              onClick={() => {
                setView('outline');
              }}
            >
              {t.viewOutline}
            </button>
          </div>
          {large && (
            <div className="diagram-segmented" role="group" aria-label={t.scopeLabel}>
              <button
                type="button"
                className="btn diagram-tool"
                aria-pressed={scope === 'focus'}
                title={t.scopeHint}
                onClick={() => {
                  setScope('focus');
                  setMode('follow');
                }}
              >
                {t.scopeFocus}
              </button>
              <button
                type="button"
                className="btn diagram-tool"
                aria-pressed={scope === 'whole'}
                onClick={() => {
                  setScope('whole');
                  setMode('follow');
                }}
              >
                {t.scopeWhole}
              </button>
            </div>
          )}
          <div className="diagram-segmented" role="group" aria-label={t.zoomLabel}>
            <button
              type="button"
              className="btn diagram-tool"
              aria-label={t.zoomOut}
              disabled={viewDisabled}
              onClick={() => controls?.zoomOut()}
            >
              <span aria-hidden="true">−</span>
            </button>
            <button
              type="button"
              className="btn diagram-tool"
              aria-pressed={mode === 'fit'}
              title={t.fitHint}
              disabled={viewDisabled}
              onClick={() => controls?.fit()}
            >
              {t.fit}
            </button>
            <button
              type="button"
              className="btn diagram-tool"
              aria-label={t.zoomIn}
              disabled={viewDisabled}
              onClick={() => controls?.zoomIn()}
            >
              <span aria-hidden="true">+</span>
            </button>
            <button
              type="button"
              className="btn diagram-tool"
              aria-pressed={mode === 'follow'}
              title={t.followHint}
              disabled={viewDisabled}
              onClick={() => controls?.follow()}
            >
              {t.follow}
            </button>
          </div>
          <div
            className="diagram-segmented"
            role="group"
            aria-label={t.exportLabel}
            aria-busy={exporting || undefined}
            onPointerEnter={() => {
              exportModule.load().catch(() => undefined);
            }}
          >
            <button
              type="button"
              className="btn diagram-tool"
              aria-label={t.exportSvgLabel}
              disabled={!svg}
              onClick={() => {
                exportAs('svg');
              }}
            >
              <span aria-hidden="true">↓</span>
              {t.exportSvg}
            </button>
            <button
              type="button"
              className="btn diagram-tool"
              aria-label={t.exportPngLabel}
              disabled={!svg}
              onClick={() => {
                exportAs('png');
              }}
            >
              <span aria-hidden="true">↓</span>
              {t.exportPng}
            </button>
          </div>
        </div>
      </div>

      {failed && (
        <div className="notice diagram-notice" role="status">
          <p>{rendered.reason === 'load' ? t.loadFailed : t.renderFailed}</p>
          {rendered.reason === 'load' && (
            <RetryButton
              onRetry={() => {
                setRenderAttempt((count) => count + 1);
              }}
            />
          )}
        </div>
      )}
      {exportError && (
        <p className="notice diagram-notice" role="status">
          {exportError === 'png'
            ? t.exportPngFailed
            : exportError === 'write'
              ? t.exportFailed
              : t.exportLoadFailed}
        </p>
      )}

      <figure
        className="diagram-figure"
        aria-label={format(t.figureLabel, { tree: treeTitle })}
        aria-describedby={descriptionId}
        data-view={showOutline ? 'outline' : 'diagram'}
      >
        {outline ? (
          <DiagramOutline root={outline} runtimes={content.runtimes} onJump={state.jumpTo} />
        ) : svg ? (
          <DiagramCanvas
            svg={svg}
            diagram={shownDiagram}
            marks={marks}
            mode={mode}
            runtimes={content.runtimes}
            hintId={hintId}
            keysId={keysId}
            label={t.canvasLabel}
            onJump={state.jumpTo}
            onModeChange={setMode}
            onControls={onControls}
            panLabels={t}
            panStep={PAN_BUTTON_STEP}
            onLabelsOverflow={
              rendered.status === 'ready' && rendered.origin === 'built'
                ? onLabelsOverflow
                : undefined
            }
          />
        ) : (
          <p className="diagram-loading" role="status">
            {t.loading}
          </p>
        )}
        <figcaption id={descriptionId} className="diagram-description">
          {describePath(resolution, t, lang)}
        </figcaption>
      </figure>
      <p id={hintId} hidden>
        {t.goBack}
      </p>
      <p id={keysId} hidden>
        {t.keysHint}
      </p>
      <DiagramLegend guideTree={guideTree} folded={focused} />
    </section>
  );
}
