import { isId, serviceIdValues } from '@vangnet/sdk';
import { catalogIdRule, oneOfRule, type AttributeRule } from '../core/index.ts';
import { servicesOffered } from './catalog-text.ts';

/**
 * The referral form's own attribute checks, run with the core's shared ones: a `service` the
 * contract knows and the `municipality` offers, catalog ids for `municipality` and
 * `referrer-role`, and an `organisation` id of the right shape. `municipality` reads the attribute
 * at check time.
 */
export function referralAttributeRules(municipality: () => string): readonly AttributeRule[] {
  return [
    oneOfRule('service', serviceIdValues),
    catalogIdRule('municipality', (catalog) => catalog.municipalities),
    {
      attribute: 'service',
      needsCatalog: true,
      expected: {
        nl: 'een dienst die de gemeente (municipality) aanbiedt',
        en: 'a service that the municipality offers',
      },
      valid: (value, catalog) =>
        !catalog ||
        !municipality() ||
        servicesOffered(catalog, municipality()).some((item) => item.id === value),
    },
    catalogIdRule('referrer-role', (catalog) => catalog.referrerRoles),
    {
      attribute: 'organisation',
      expected: {
        nl: 'een organisatie-id (GET /v1/organisations)',
        en: 'an organisation id (GET /v1/organisations)',
      },
      valid: isId,
    },
  ];
}
