export { embedRoutes, defaultAssetsDir, type EmbedOptions } from './embed-routes.ts';
export {
  EMBED_COMPONENTS,
  distAssets,
  embedHtml,
  embedLanguage,
  embedPolicy,
  frameAncestors,
  type EmbedAssets,
  type EmbedComponent,
} from './embed-page.ts';
