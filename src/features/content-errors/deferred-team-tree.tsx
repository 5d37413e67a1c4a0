import { lazyModule } from '../../lib/lazy-module';
import { DeferredSection } from '../../components/ui/deferred-section';

// Rarely needed (a team's file failed and a link names one of its trees), so its code and words
// load only then, and a page that never needs them does not carry them.
const teamTreeModule = lazyModule(() => import('./team-tree/team-tree-unavailable'));

/** TeamTreeUnavailable, loaded when it is needed; if its code cannot load, the section says so. */
export function DeferredTeamTreeUnavailable(props: { treeId: string; onOpenDefault: () => void }) {
  return (
    <DeferredSection module={teamTreeModule} eager minHeight="12rem">
      {({ TeamTreeUnavailable }) => <TeamTreeUnavailable {...props} />}
    </DeferredSection>
  );
}
