// #/playground: a team drafts its content file with the very checks the start-up load uses, and
// previews it in the app's own features. The page holds the draft's state and composes its parts.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { WizardState } from '../../app/wizard-state';
import {
  appBaseURI,
  isPlaceholder,
  readContentFile,
  readLocalContentFile,
  type ContentFileRead,
} from '../../app/content-loader';
import { useTheme } from '../../app/theme';
import { format, useLang, useStrings } from '../../i18n';
import { checkDraft, type DraftCheck, type DraftProblem } from './check-draft';
import { DraftEditor, type DraftEditorHandle } from './draft-editor';
import { loadDraft, saveDraft } from './draft-storage';
import { PlaygroundOutput } from './playground-output';
import { PlaygroundPreview, type Preview } from './playground-preview';
import { PlaygroundStart, type Message } from './playground-start';
import { ProblemList } from './problem-list';
import { EXAMPLE_TEXT } from './start-texts';
import { editorPhrasesZh, playgroundStrings } from './strings';
import { usePreviewWalk } from './use-preview-walk';
import './playground.css';

/** Long enough not to check on every keystroke, short enough to feel immediate. */
const CHECK_DELAY_MS = 300;

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

export function PlaygroundPage({ renderPreview }: PlaygroundPageProps) {
  const t = useStrings(playgroundStrings);
  const lang = useLang();
  const theme = useTheme();
  const ids = useId();
  const keysHintId = `${ids}-keys`;

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

  const problems = check.ok ? [] : check.problems;
  const phrases = lang === 'zh' ? editorPhrasesZh : NO_PHRASES;

  return (
    <div className="playground">
      <header className="playground-head">
        <h1>{t.title}</h1>
        <p className="playground-intro">{t.intro}</p>
      </header>

      <PlaygroundStart
        message={message}
        onReplace={replaceText}
        onSiteFile={loadSiteFile}
        onFiles={onFiles}
      />

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

          <PlaygroundOutput getText={() => handleRef.current?.getText() ?? ''} stored={stored} />
        </div>

        <PlaygroundPreview
          preview={preview}
          stale={!check.ok}
          walk={walk}
          renderPreview={renderPreview}
        />
      </div>
    </div>
  );
}

const NO_PHRASES: Record<string, string> = {};
