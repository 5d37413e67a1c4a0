import { Link } from '@tanstack/react-router';
import { format, useLang, useStrings } from '../../../i18n';
import { usePlanValues } from '../plan-store';
import { planNavStrings } from './strings';
import './plan-nav.css';

/** The header's link to the plan, with how many workloads it holds. */
export function PlanNavLink() {
  const t = useStrings(planNavStrings);
  const lang = useLang();
  const count = usePlanValues().length;
  return (
    <Link
      to="/plan"
      search={{ lang }}
      activeProps={{ 'aria-current': 'page' }}
      data-testid="plan-nav"
      data-count={count}
    >
      {t.navPlan}
      {count > 0 && (
        <>
          {' '}
          <span className="plan-nav-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{format(t.navPlanWorkloads, { n: count })}</span>
        </>
      )}
    </Link>
  );
}
