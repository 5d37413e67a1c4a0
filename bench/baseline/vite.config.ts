// The benchmark's floor: a bare Vite + React page that lazily imports Mermaid and draws the
// guide's tree, built with the app's React plugin and build target (../lib/page-config.ts).
import { referencePageConfig } from '../lib/page-config';

export default referencePageConfig(import.meta.url);
