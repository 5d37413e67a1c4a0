// Where a draft starts: the example, an empty skeleton, a copy of a built-in tree, the site's
// own content file or a file from disk; and the message that says what happened.
import { useId, useRef, useState } from 'react';
import { builtInContent } from '../../content';
import { useLang, useStrings } from '../../i18n';
import { EXAMPLE_TEXT, SKELETON_TEXT, treeCopyText } from './start-texts';
import { playgroundStrings } from './strings';

export type Message = { kind: 'status' | 'problem'; text: string } | undefined;

export function PlaygroundStart({
  message,
  onReplace,
  onSiteFile,
  onFiles,
}: {
  message: Message;
  /** Replaces the draft's text (the editor keeps it undoable). */
  onReplace: (text: string) => void;
  onSiteFile: () => void;
  onFiles: (files: FileList) => void;
}) {
  const t = useStrings(playgroundStrings);
  const lang = useLang();
  const ids = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [treeToCopy, setTreeToCopy] = useState(builtInContent.trees[0]?.id ?? '');
  return (
    <div className="playground-start card" role="group" aria-labelledby={`${ids}-start`}>
      <p id={`${ids}-start`} className="playground-start-label">
        {t.startLabel}
      </p>
      <div className="playground-start-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            onReplace(EXAMPLE_TEXT);
          }}
        >
          {t.startExample}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            onReplace(SKELETON_TEXT);
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
              if (tree) onReplace(treeCopyText(tree, builtInContent));
            }}
          >
            {t.startTreeGo}
          </button>
        </span>
        <button type="button" className="btn" onClick={onSiteFile}>
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
  );
}
