import { useContent } from '../../app/content-context';
import type { Tree } from '../../content/schema';
import { useLang, useStrings } from '../../i18n';
import { treeSwitcherStrings } from './strings';
import './tree-switcher.css';

type SwitcherText = (typeof treeSwitcherStrings)['en'];

function originLabel(origin: Tree['origin'], t: SwitcherText): string {
  switch (origin) {
    case 'guide':
      return t.originGuide;
    case 'extension':
      return t.originExtension;
    case 'custom':
      return t.originCustom;
  }
}

interface TreeSwitcherProps {
  /** The id of the tree being walked. */
  currentId: string;
  /** Switches to another tree, keeping the answers it shares (useWizardState().switchTree). */
  onSwitch: (treeId: string) => void;
}

/**
 * Every tree in force, each saying where it comes from: the guide's own, our extension of it,
 * or a site's custom tree. Choosing one writes `tree` to the URL and keeps the answers that tree asks too.
 */
export function TreeSwitcher({ currentId, onSwitch }: TreeSwitcherProps) {
  const { trees } = useContent();
  const lang = useLang();
  const t = useStrings(treeSwitcherStrings);
  if (trees.length < 2) return null;
  const current = trees.find((tree) => tree.id === currentId);

  return (
    <div
      className="tree-switcher"
      role="group"
      aria-labelledby="tree-switcher-label"
      aria-describedby="tree-switcher-hint"
      data-testid="tree-switcher"
    >
      <p id="tree-switcher-label" className="tree-switcher-label">
        {t.label}
      </p>
      <ul className="tree-options">
        {trees.map((tree) => {
          const isCurrent = tree.id === currentId;
          return (
            <li key={tree.id}>
              <button
                type="button"
                className="tree-option"
                data-tree-id={tree.id}
                data-origin={tree.origin}
                aria-pressed={isCurrent}
                onClick={() => {
                  if (!isCurrent) onSwitch(tree.id);
                }}
              >
                <span className="tree-option-title">{tree.title[lang]}</span>
                <span className="tree-origin">{originLabel(tree.origin, t)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="tree-switcher-foot">
        {current && (
          <details className="tree-about">
            <summary>{t.about}</summary>
            <p>{current.description[lang]}</p>
          </details>
        )}
        <p id="tree-switcher-hint" className="tree-switcher-hint muted">
          {t.startsOver}
        </p>
      </div>
    </div>
  );
}
