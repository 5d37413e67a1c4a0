import { useEffect, useRef, useState, type RefObject } from 'react';
import type { CodeEditor, EditorProblem, EditorTexts } from './code-editor';

/** What the page needs from the editor, whether CodeMirror or the plain fallback. */
export interface DraftEditorHandle {
  getText: () => string;
  setText: (text: string) => void;
  showProblems: (text: string, problems: EditorProblem[]) => void;
  moveTo: (from: number, to: number) => void;
}

type CodeEditorModule = typeof import('./code-editor');

let loading: Promise<CodeEditorModule> | undefined;

/** CodeMirror's chunk, requested once; a failed load may be retried on the next visit. */
function loadCodeEditor(): Promise<CodeEditorModule> {
  loading ??= import('./code-editor').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

interface DraftEditorProps extends EditorTexts {
  initialText: string;
  dark: boolean;
  handleRef: RefObject<DraftEditorHandle | null>;
  onChange: () => void;
  onFiles: (files: FileList) => void;
  /** The editor (or its fallback) has taken over the text. */
  onReady: () => void;
  loadingLabel: string;
  failedLabel: string;
}

/**
 * CodeMirror, loaded on demand. If its code cannot load, a plain text field takes its place
 * with the same test hook, and checking and the preview go on working.
 */
export function DraftEditor(props: DraftEditorProps) {
  const { handleRef, dark, label, describedBy, phrases } = props;
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<CodeEditor | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  // The first render's values: the editor is created once and told about later changes.
  const initial = useRef(props);

  useEffect(() => {
    let cancelled = false;
    loadCodeEditor().then(
      (module) => {
        const host = hostRef.current;
        if (cancelled || !host) return;
        const options = initial.current;
        const editor = module.createCodeEditor({
          parent: host,
          text: handleRef.current?.getText() ?? options.initialText,
          dark: options.dark,
          label: options.label,
          describedBy: options.describedBy,
          phrases: options.phrases,
          onChange: () => {
            initial.current.onChange();
          },
          onFiles: (files) => {
            initial.current.onFiles(files);
          },
        });
        editorRef.current = editor;
        handleRef.current = editor;
        setStatus('ready');
        options.onReady();
      },
      () => {
        if (!cancelled) setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      editorRef.current?.destroy();
      editorRef.current = null;
    };
  }, [handleRef]);

  // Later props reach the callbacks through the ref, and the editor through its own calls.
  useEffect(() => {
    initial.current = props;
  });
  useEffect(() => {
    editorRef.current?.setTexts({ label, describedBy, phrases });
  }, [label, describedBy, phrases]);
  useEffect(() => {
    editorRef.current?.setDark(dark);
  }, [dark]);

  // The fallback's handle: a textarea has no underlines, but selection and focus work.
  useEffect(() => {
    if (status !== 'failed') return;
    const area = fallbackRef.current;
    if (!area) return;
    handleRef.current = {
      getText: () => area.value,
      setText: (text) => {
        area.value = text;
        initial.current.onChange();
      },
      showProblems: () => undefined,
      moveTo: (from, to) => {
        area.focus();
        area.setSelectionRange(from, to);
      },
    };
    initial.current.onReady();
  }, [status, handleRef]);

  if (status === 'failed') {
    return (
      <div className="draft-editor draft-editor-fallback">
        <p className="notice" role="status">
          {props.failedLabel}
        </p>
        <textarea
          ref={fallbackRef}
          className="draft-fallback-text"
          data-testid="content-input"
          aria-label={label}
          aria-describedby={describedBy}
          spellCheck={false}
          defaultValue={props.initialText}
          onChange={() => {
            initial.current.onChange();
          }}
          onDrop={(event) => {
            if (event.dataTransfer.files.length === 0) return;
            event.preventDefault();
            initial.current.onFiles(event.dataTransfer.files);
          }}
        />
      </div>
    );
  }
  return (
    <div className="draft-editor" ref={hostRef}>
      {status === 'loading' && (
        <p className="draft-editor-loading" role="status">
          {props.loadingLabel}
        </p>
      )}
    </div>
  );
}
