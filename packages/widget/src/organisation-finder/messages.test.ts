import { describeCatalogs } from '../test-utils/catalog-checks.ts';
import { finderCatalogs } from './messages.ts';
import { finderOwnCatalogs } from './messages/index.ts';

describeCatalogs('<vangnet-organisation-finder>', {
  own: finderOwnCatalogs,
  shipped: finderCatalogs,
});
