import { DeferredSection } from '../../components/ui/deferred-section';
import { lazyModule } from '../../lib/lazy-module';
import { useTargetParam } from './use-target-param';

// The snippets sit below the result, so their code (and highlight.js after it) loads only when
// a reader scrolls towards them.
const snippetsModule = lazyModule(() => import('./runtime-snippets'));

/**
 * RuntimeSnippets, loaded when it comes near the viewport. A link that names a tab (`target=`)
 * is a link to the snippets, so it loads them at once.
 */
export function DeferredRuntimeSnippets({
  runtimeId,
  folded = false,
  statedFeatures,
}: {
  runtimeId: string;
  /** In a fold that already names the section (the result page). */
  folded?: boolean;
  /** The feature rows the reader's answers state a need on (see RuntimeSnippets). */
  statedFeatures?: readonly string[];
}) {
  const [requested] = useTargetParam();
  return (
    <DeferredSection
      module={snippetsModule}
      eager={requested !== undefined}
      minHeight="32rem"
      className="runtime-snippets-pending"
    >
      {({ RuntimeSnippets }) => (
        <RuntimeSnippets runtimeId={runtimeId} folded={folded} statedFeatures={statedFeatures} />
      )}
    </DeferredSection>
  );
}
