import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WizardState } from '../../app/wizard-state';
import { ContentContext } from '../../app/content-context';
import {
  appBaseURI,
  isPlaceholder,
  readContentFile,
  readLocalContentFile,
  resolveContentUrl,
  type ContentFileRead,
} from '../../app/content-loader';
import { useTheme } from '../../app/theme';
import { builtInContent } from '../../content';
import { CUSTOM_CONTENT_FILE } from '../../content/custom-file';
import type { Content } from '../../content/schema';
import { CopyButton } from '../../components/ui/copy-button';
import { format, useLang, useStrings } from '../../i18n';
import { checkDraft, type DraftCheck, type DraftProblem } from './check-draft';
import { DraftEditor, type DraftEditorHandle } from './draft-editor';
import { loadDraft, saveDraft } from './draft-storage';
import { ProblemList } from './problem-list';
import { EXAMPLE_TEXT, SKELETON_TEXT, treeCopyText } from './start-texts';
import { editorPhrasesZh, playgroundStrings } from './strings';
import { usePreviewWalk, type WalkNotice } from './use-preview-walk';
import './playground.css';

/** Long enough not to check on every keystroke, short enough to feel immediate. */
const CHECK_DELAY_MS = 300;

type Message = { kind: 'status' | 'problem'; text: string } | undefined;

interface Preview {
  content: Content;
  /** Counts valid edits: the route remounts the wizard with it (see there). */
  revision: number;
}

export interface PlaygroundPageProps {
  /**
   * The preview: the route composes the app's own features here (features never import each
   * other), with the draft's merged content provided as the content in force.
   */
  renderPreview: (walk: WizardState, revision: number) => ReactNode;
}

function toProblems(check: DraftCheck) {
  if (check.ok) return [];
  return check.problems.flatMap((problem) =>
    problem.at ? [{ from: problem.at.from, to: problem.at.to, message: problem.message }] : [],
  );
}

function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

export function PlaygroundPage({ renderPreview }: PlaygroundPageProps) {
  const t = useStrings(playgroundStrings);
  const lang = useLang();
  const theme = useTheme();
  const ids = useId();
  const keysHintId = `${ids}-keys`;
  const fileInputRef = useRef<HTMLInputElement>(null);

  const [initialText] = useState(() => loadDraft() ?? EXAMPLE_TEXT);
  // Until CodeMirror has loaded, the text lives here; the editor then takes it over.
  const handleRef = useRef<DraftEditorHandle | null>(null);
  handleRef.current ??= {
    getText: () => initialText,
    setText: () => undefined,
    showProblems: () => undefined,
    moveTo: () => undefined,
  };

  const [check, setCheck] = useState<DraftCheck>(() => checkDraft(initialText));
  const [preview, setPreview] = useState<Preview | undefined>(() =>
    check.ok ? { content: check.content, revision: 0 } : undefined,
  );
  const [checking, setChecking] = useState(false);
  const [stored, setStored] = useState(true);
  const [message, setMessage] = useState<Message>();
  const [treeToCopy, setTreeToCopy] = useState(builtInContent.trees[0]?.id ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const runCheck = useCallback(() => {
    clearTimeout(timer.current);
    const handle = handleRef.current;
    if (!handle) return;
    const text = handle.getText();
    const result = checkDraft(text);
    setChecking(false);
    setCheck(result);
    if (result.ok) {
      setPreview((previous) => ({
        content: result.content,
        revision: (previous?.revision ?? 0) + 1,
      }));
    }
    setStored(saveDraft(text));
    handle.showProblems(text, toProblems(result));
  }, []);

  const onChange = useCallback(() => {
    clearTimeout(timer.current);
    setChecking(true);
    timer.current = setTimeout(runCheck, CHECK_DELAY_MS);
  }, [runCheck]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  const replaceText = (text: string, note?: Message) => {
    handleRef.current?.setText(text);
    setMessage(note);
  };

  const openRead = (read: ContentFileRead, fromSite: boolean) => {
    if (
      read.status === 'absent' ||
      (read.status === 'text' && fromSite && isPlaceholder(read.text))
    ) {
      setMessage({ kind: 'status', text: t.siteNone });
      return;
    }
    if (read.status === 'problem') {
      const text = fromSite
        ? format(t.siteProblem, { message: read.problem.message })
        : format(t.fileProblem, { file: read.url, message: read.problem.message });
      setMessage({ kind: 'problem', text });
      return;
    }
    replaceText(read.text, {
      kind: 'status',
      text: fromSite
        ? format(t.siteLoaded, { file: read.url })
        : format(t.fileLoaded, { file: read.url }),
    });
  };

  const onFiles = (files: FileList) => {
    const [file] = files;
    if (files.length !== 1 || !file) {
      setMessage({ kind: 'problem', text: t.fileNotOne });
      return;
    }
    void readLocalContentFile(file).then((read) => {
      openRead(read, false);
    });
  };

  const loadSiteFile = () => {
    setMessage({ kind: 'status', text: t.siteLoading });
    void readContentFile({
      configuredUrl: import.meta.env.VITE_CONTENT_URL as string | undefined,
      baseURI: appBaseURI(),
      origin: window.location.origin,
      fetch: window.fetch.bind(window),
    }).then((read) => {
      openRead(read, true);
    });
  };

  const moveTo = (problem: DraftProblem) => {
    if (problem.at) handleRef.current?.moveTo(problem.at.from, problem.at.to);
  };

  const walk = usePreviewWalk(preview?.content);
  const deployUrl = useMemo(() => {
    const resolved = resolveContentUrl(
      import.meta.env.VITE_CONTENT_URL as string | undefined,
      appBaseURI(),
      window.location.origin,
    );
    return resolved.kind === 'url' ? resolved.url.href : undefined;
  }, []);

  const problems = check.ok ? [] : check.problems;
  const phrases = lang === 'zh' ? editorPhrasesZh : NO_PHRASES;

  return (
    <div className="playground">
      <header className="playground-head">
        <h1>{t.title}</h1>
        <p className="playground-intro">{t.intro}</p>
      </header>

      <div className="playground-start card" role="group" aria-labelledby={`${ids}-start`}>
        <p id={`${ids}-start`} className="playground-start-label">
          {t.startLabel}
        </p>
        <div className="playground-start-actions">
          <button
            type="button"
            className="btn"
            onClick={() => {
              replaceText(EXAMPLE_TEXT);
            }}
          >
            {t.startExample}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              replaceText(SKELETON_TEXT);
            }}
          >
            {t.startSkeleton}
          </button>
          <span className="playground-tree-copy">
            <select
              aria-label={t.startTreeLabel}
              value={treeToCopy}
              onChange={(event) => {
                setTreeToCopy(event.target.value);
              }}
            >
              {builtInContent.trees.map((tree) => (
                <option key={tree.id} value={tree.id}>
                  {tree.title[lang]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn"
              onClick={() => {
                const tree = builtInContent.trees.find((candidate) => candidate.id === treeToCopy);
                if (tree) replaceText(treeCopyText(tree, builtInContent));
              }}
            >
              {t.startTreeGo}
            </button>
          </span>
          <button type="button" className="btn" onClick={loadSiteFile}>
            {t.startSite}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              fileInputRef.current?.click();
            }}
          >
            {t.startFile}
          </button>
          <input
            ref={fileInputRef}
            type="file"
            accept=".json,application/json"
            hidden
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const { files } = event.target;
              if (files && files.length > 0) onFiles(files);
              event.target.value = '';
            }}
          />
        </div>
        <p className="playground-hint muted">
          {t.startUndo}
          {lang === 'zh' ? '' : ' '}
          {t.dropHint}
        </p>
        <p
          className={message?.kind === 'problem' ? 'notice notice-error' : 'playground-message'}
          role="status"
          data-testid="playground-message"
        >
          {message?.text ?? ''}
        </p>
      </div>

      <div className="playground-grid">
        <div className="playground-editor-pane">
          <p id={keysHintId} className="playground-hint muted">
            {t.editorKeys}
          </p>
          <DraftEditor
            initialText={initialText}
            dark={theme === 'dark'}
            handleRef={handleRef}
            onChange={onChange}
            onFiles={onFiles}
            onReady={runCheck}
            label={t.editorLabel}
            describedBy={keysHintId}
            phrases={phrases}
            loadingLabel={t.editorLoading}
            failedLabel={t.editorFailed}
          />

          <section className="card playground-check" aria-labelledby={`${ids}-problems`}>
            <h2 id={`${ids}-problems`}>{t.problemsTitle}</h2>
            <p className="playground-check-status" role="status" data-testid="content-status">
              {checking
                ? t.checking
                : check.ok
                  ? t.valid
                  : problems.length === 1
                    ? t.problemsOne
                    : format(t.problemsCount, { count: problems.length })}
            </p>
            {problems.length > 0 && (
              <>
                <ProblemList problems={problems} onSelect={moveTo} />
                {lang === 'zh' && <p className="playground-hint muted">{t.messagesNote}</p>}
              </>
            )}
          </section>

          <section className="card playground-out" aria-labelledby={`${ids}-out`}>
            <h2 id={`${ids}-out`}>{t.outTitle}</h2>
            <div className="playground-out-actions">
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  downloadText(handleRef.current?.getText() ?? '', CUSTOM_CONTENT_FILE);
                }}
              >
                {t.download}
              </button>
              <CopyButton text={() => handleRef.current?.getText() ?? ''} label={t.copy} />
            </div>
            <p className="playground-hint muted">{stored ? t.draftSaved : t.draftNotSaved}</p>
            <details className="playground-deploy">
              <summary>{t.deployTitle}</summary>
              {deployUrl ? (
                <>
                  <p>{t.deployWhere}</p>
                  <p>
                    <code className="playground-deploy-url">{deployUrl}</code>
                  </p>
                </>
              ) : (
                <p>{t.deployOff}</p>
              )}
              <p>{t.deployCheck}</p>
              <p>{t.deployReadme}</p>
            </details>
          </section>
        </div>

        <section className="playground-preview-pane" aria-labelledby={`${ids}-preview`}>
          <div className="playground-preview-head">
            <h2 id={`${ids}-preview`}>{t.previewTitle}</h2>
            <p className="muted">{t.previewIntro}</p>
          </div>
          {!check.ok && preview && (
            <p className="notice" role="status">
              {t.previewStale}
            </p>
          )}
          {walk?.notice && (
            <p className="notice" role="status" data-testid="walk-notice">
              {describeWalkNotice(walk.notice, t)}
            </p>
          )}
          {walk && preview ? (
            // Links the previewed features make to the wizard are followed inside the
            // preview: the real wizard would show the site's content, not the draft. Keyboard
            // activation of a link is a click too, so this covers it.
            <div
              className="playground-preview"
              data-testid="playground-preview"
              onClickCapture={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                const target = event.target instanceof Element ? event.target : null;
                const link = target?.closest('a[href]');
                const href = link?.getAttribute('href');
                if (!link || !href || link.getAttribute('target') === '_blank') return;
                if (walk.followLink(href)) {
                  event.preventDefault();
                  event.stopPropagation();
                }
              }}
            >
              <ContentContext.Provider value={preview.content}>
                {renderPreview(walk.state, preview.revision)}
              </ContentContext.Provider>
            </div>
          ) : (
            <p className="muted">{t.previewNone}</p>
          )}
        </section>
      </div>
    </div>
  );
}

const NO_PHRASES: Record<string, string> = {};

function describeWalkNotice(notice: WalkNotice, t: (typeof playgroundStrings)['en']): string {
  return notice.kind === 'tree-gone'
    ? format(t.walkTreeGone, { tree: notice.tree, fallback: notice.fallback })
    : t.walkShortened;
}
