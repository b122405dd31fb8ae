import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup, selectField } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { municipalitiesOffering, servicesOffered } from '../catalog-text.ts';
import type { StepView } from './step-view.ts';

/**
 * Where and what: the municipality (unless the page set it) and the service among those the
 * municipality offers (unless the page set it). Absenteeism is not offered everywhere.
 */
export function serviceStep(view: StepView): TemplateResult {
  const { t, form, catalog, context } = view;
  const municipality = context.municipality ?? form.get('municipality');
  const services = servicesOffered(
    catalog,
    typeof municipality === 'string' ? municipality : undefined,
  );
  return html`${
    context.municipality
      ? nothing
      : selectField(form, {
          key: 'municipality',
          label: t.msg('service.municipality'),
          hint: t.msg('service.municipalityHint'),
          choices: municipalitiesOffering(catalog, context.service).map((item) => ({
            value: item.id,
            label: item.name,
          })),
        })
  }
  ${
    context.service
      ? nothing
      : services.length === 0
        ? html`<p class="hint" part="hint">${t.msg('service.chooseMunicipalityFirst')}</p>`
        : radioGroup(form, {
            key: 'service',
            label: t.msg('service.service'),
            choices: services.map((service) => ({
              value: service.id,
              label: localised(service.label, t.lang),
              hint: localised(service.description, t.lang),
            })),
          })
  }`;
}
