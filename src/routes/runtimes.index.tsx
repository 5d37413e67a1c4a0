import { createFileRoute } from '@tanstack/react-router';
import { RuntimeIndex } from '../features/runtime-profile/runtime-index';

/** `#/runtimes`: the four runtimes, each linking to its page. */
export const Route = createFileRoute('/runtimes/')({
  component: RuntimeIndex,
});
