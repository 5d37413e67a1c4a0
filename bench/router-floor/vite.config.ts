// The router floor (main.tsx says why): the baseline plus TanStack Router, built the same way
// (../lib/page-config.ts).
import { referencePageConfig } from '../lib/page-config';

export default referencePageConfig(import.meta.url);
