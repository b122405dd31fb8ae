import { html, type TemplateResult } from 'lit';
import type { Catalog, Location, Slot } from '@vangnet/sdk';
import { radioGroup, type FormController } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { addressText } from './appointment-summary.ts';

/** The topic: the catalog's appointment topics, with their descriptions as hints. */
export function topicStep(form: FormController, catalog: Catalog): TemplateResult {
  const t = form.t;
  return radioGroup(form, {
    key: 'topic',
    label: t.msg('topic.label'),
    choices: catalog.appointmentTopics.map((topic) => {
      const hint = localised(topic.description, t.lang);
      return { value: topic.id, label: localised(topic.label, t.lang), ...(hint ? { hint } : {}) };
    }),
  });
}

/** What the place step needs besides the form. */
export interface PlaceStepOptions {
  /** The locations that offer the chosen topic. */
  readonly locations: readonly Location[];
  readonly channelsOf: (location: Location) => Slot['channel'][];
  readonly onLocation: (location: Location) => void;
}

/**
 * Where or how: the locations with their address, the ways to talk there and walk-in hours; then,
 * when a location offers more than one way, how (on location, by phone, by video).
 */
export function placeStep(form: FormController, options: PlaceStepOptions): TemplateResult {
  const t = form.t;
  if (options.locations.length === 0) return html`<p class="notice">${t.msg('place.none')}</p>`;
  const chosen = options.locations.find((location) => location.id === form.get('location'));
  const channels = chosen ? options.channelsOf(chosen) : [];
  const location = radioGroup(form, {
    key: 'location',
    label: t.msg('place.location'),
    required: true,
    choices: options.locations.map((location) => ({
      value: location.id,
      label: location.name,
      hint: [
        location.address ? addressText(location) : t.msg('place.remote'),
        t.msg('place.ways', {
          channels: options
            .channelsOf(location)
            .map((channel) => t.msg(`channel.${channel}`).toLowerCase())
            .join(', '),
        }),
      ].join('. '),
    })),
  });
  return html`<div
      @change=${(event: Event) => {
        const target = event.target as HTMLInputElement;
        const picked = options.locations.find((candidate) => candidate.id === target.value);
        if (target.name === 'location' && picked) options.onLocation(picked);
      }}
    >
      ${location}
    </div>
    ${
      channels.length > 1
        ? radioGroup(form, {
            key: 'channel',
            label: t.msg('place.channel'),
            required: true,
            choices: channels.map((channel) => ({
              value: channel,
              label: t.msg(`channel.${channel}`),
              hint:
                channel === 'in-person' && chosen
                  ? t.msg('channel.in-person.how', {
                      place: chosen.name,
                      address: addressText(chosen),
                    })
                  : t.msg(`channel.${channel}.how`),
            })),
          })
        : ''
    }`;
}
