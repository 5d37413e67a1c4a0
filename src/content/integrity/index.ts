// Checks the schema cannot express (graph shape, cross references, unique ids), and
// `parseContent`, the single entry point for untrusted content (a team's own file). Every problem
// carries a JSON path into the input, so the error panel can point at the exact spot.
export { formatPath, ROOT_PATH, type ContentProblem } from './problems';
export { checkContentIntegrity } from './references';
export { parseContent, parseWithSchema, type ParseContentResult } from './parse';
