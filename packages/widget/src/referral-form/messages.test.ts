import { describeCatalogs } from '../test-utils/catalog-checks.ts';
import { referralCatalogs } from './messages.ts';
import { referralOwnCatalogs } from './messages/index.ts';

describeCatalogs('<vangnet-referral-form>', {
  own: referralOwnCatalogs,
  shipped: referralCatalogs,
});
