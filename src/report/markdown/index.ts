export { type ParseOptions, parseIncidentMarkdown } from './parse-incident-markdown.js';
export { renderIncidentMarkdown } from './render-incident-markdown.js';
