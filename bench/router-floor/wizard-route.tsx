import { Diagram } from '../baseline/diagram';

export function WizardRoute() {
  return (
    <main>
      <h1>Router floor</h1>
      <Diagram />
    </main>
  );
}
