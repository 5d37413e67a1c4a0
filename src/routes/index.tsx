import { createFileRoute } from '@tanstack/react-router';
import { usePageTitle } from '../app/page-title';
import { LandingPage } from '../features/landing/landing-page';

export const Route = createFileRoute('/')({
  component: LandingRoute,
});

function LandingRoute() {
  usePageTitle((t) => t.home);
  return <LandingPage />;
}
