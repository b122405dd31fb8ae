import { compareText, type Catalog, type Organisation, type ServiceId } from '@vangnet/sdk';

/** The services a municipality offers, in catalog order; all of them when none is chosen yet. */
export function servicesOffered(catalog: Catalog, municipality: string | undefined) {
  const offered = catalog.municipalities.find((item) => item.id === municipality)?.services;
  return offered === undefined
    ? []
    : catalog.services.filter((service) => offered.includes(service.id));
}

/** The municipalities that offer `service` (all when no service is fixed), A–Z. */
export function municipalitiesOffering(catalog: Catalog, service: ServiceId | undefined) {
  return catalog.municipalities
    .filter((item) => service === undefined || item.services.includes(service))
    .sort((a, b) => compareText(a.name, b.name, { language: 'nl' }));
}

/** The name of an organisation among those loaded, if it is one of them. */
export function organisationName(
  organisations: readonly Organisation[],
  id: unknown,
): string | undefined {
  return organisations.find((organisation) => organisation.id === id)?.name;
}
