import type { Catalog, Location, Slot } from '@vangnet/sdk';
import type { Translator } from '../i18n/index.ts';
import type { Step } from '../kit/index.ts';
import { channelsOf, type BookingPresets } from './presets.ts';

/**
 * The booking steps, read again on every render: a preset the catalog knows removes the step that
 * would ask for it, so the list only settles once the catalog and the locations are there.
 */
export function bookingSteps(
  t: Translator,
  catalog: Catalog | undefined,
  locations: readonly Location[] | undefined,
  presets: Pick<BookingPresets, 'topic' | 'location' | 'channel'>,
): Step[] {
  const steps: Step[] = [{ id: 'birth', title: t.msg('step.birth'), fields: ['dateOfBirth'] }];
  const topics = catalog?.appointmentTopics ?? [];
  if (!(presets.topic && topics.some((topic) => topic.id === presets.topic))) {
    steps.push({ id: 'topic', title: t.msg('step.topic'), fields: ['topic'] });
  }
  const preset = locations?.find((candidate) => candidate.id === presets.location);
  // A preset place still needs its step when the person has to pick between its channels.
  const presetComplete =
    preset !== undefined &&
    (channelsOf(preset).length === 1 ||
      channelsOf(preset).includes(presets.channel as Slot['channel']));
  if (!presetComplete) {
    steps.push({ id: 'place', title: t.msg('step.place'), fields: ['location', 'channel'] });
  }
  steps.push(
    { id: 'time', title: t.msg('step.time'), fields: ['slotId'] },
    {
      id: 'contact',
      title: t.msg('step.contact'),
      fields: ['contact', 'bookedBy', 'note', 'forSomeoneElse'],
    },
    { id: 'review', title: t.msg('step.review') },
  );
  return steps;
}
