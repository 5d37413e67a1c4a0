import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `rootMargin` of the viewport (and stays true), so that
 * what only a reader who scrolls there needs (highlighting, a section's code) loads just before
 * it is seen. Without IntersectionObserver, everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>, rootMargin = '600px 0px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, near, rootMargin]);
  return near;
}
