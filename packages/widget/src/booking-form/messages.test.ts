import { describeCatalogs } from '../test-utils/catalog-checks.ts';
import { bookingCatalogs } from './messages.ts';
import { bookingOwnCatalogs } from './messages/index.ts';

describeCatalogs('<vangnet-booking-form>', { own: bookingOwnCatalogs, shipped: bookingCatalogs });
