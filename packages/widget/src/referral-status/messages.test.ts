import { describeCatalogs } from '../test-utils/catalog-checks.ts';
import { statusCatalogs } from './messages.ts';
import { statusOwnCatalogs } from './messages/index.ts';

describeCatalogs('<vangnet-referral-status>', {
  own: statusOwnCatalogs,
  shipped: statusCatalogs,
});
