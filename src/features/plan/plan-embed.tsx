// Embed mode: the host page learns the plan (its workloads and the runtimes they need) each
// time it changes, as it learns each result (features/embed). public/embed.js passes it on.
import { useEffect, useMemo, useRef } from 'react';
import { useRouter } from '@tanstack/react-router';
import { useContent } from '../../app/content-context';
import { postToHost } from '../../app/host-frame';
import { analysePlan } from '../../domain/plan/analysis';
import { decodePlan, PLAN_KEY } from '../../domain/plan/plan-link';
import { planMessage } from '../../domain/plan/plan-message';
import { useLang } from '../../i18n';
import { usePlanValues } from './plan-store';

/** Rendered by the root route in embed mode only. */
export default function PlanEmbedReporter() {
  const values = usePlanValues();
  const content = useContent();
  const lang = useLang();
  const router = useRouter();
  const posted = useRef<string | undefined>(undefined);
  const key = values.join('&');
  const message = useMemo(() => {
    const { workloads } = decodePlan([...values], content.trees, lang);
    const location = router.buildLocation({
      to: '/plan',
      // The share link opens the full app: the frame's embed options are not carried over.
      search: { [PLAN_KEY]: [...values], lang, embed: undefined, theme: undefined },
    });
    const url = new URL(router.history.createHref(location.publicHref), window.location.href).href;
    return planMessage(analysePlan(content, content.trees, workloads), url);
  }, [values, content, lang, router]);

  useEffect(() => {
    // The first plan a page sees is not a change unless it holds something.
    if (posted.current === undefined && key === '') {
      posted.current = key;
      return;
    }
    if (posted.current === key) return;
    posted.current = key;
    postToHost(message);
  }, [key, message]);
  return null;
}
