import type { Catalog, Location, Slot } from '@vangnet/sdk';

type Channel = Slot['channel'];

const channels: readonly string[] = ['in-person', 'phone', 'video'];

/** The ways to talk a location really offers: in person only where it has an address. */
export function channelsOf(location: Location): Channel[] {
  return location.channels.filter((channel) => channel !== 'in-person' || location.address);
}

/**
 * The channel to use at `location`: the preset when offered, else the one already chosen when
 * offered, else the only one; `undefined` when the person has to choose.
 */
export function channelFor(
  location: Location,
  preset: string,
  current: unknown,
): Channel | undefined {
  const offered = channelsOf(location);
  if (offered.includes(preset as Channel)) return preset as Channel;
  if (offered.includes(current as Channel)) return current as Channel;
  return offered.length === 1 ? offered[0] : undefined;
}

/** The presets a page sets on the element. */
export interface BookingPresets {
  readonly municipality: string;
  readonly topic: string;
  readonly location: string;
  readonly channel: string;
}

/** The preset attributes the catalog and the locations do not know: a host's typo. */
export function unknownPresets(
  presets: BookingPresets,
  catalog: Catalog,
  locations: readonly Location[],
): (keyof BookingPresets)[] {
  const unknown: (keyof BookingPresets)[] = [];
  if (presets.municipality && !catalog.municipalities.some((m) => m.id === presets.municipality)) {
    unknown.push('municipality');
  }
  if (presets.topic && !catalog.appointmentTopics.some((topic) => topic.id === presets.topic)) {
    unknown.push('topic');
  }
  if (presets.location && !locations.some((location) => location.id === presets.location)) {
    unknown.push('location');
  }
  if (presets.channel && !channels.includes(presets.channel)) unknown.push('channel');
  return unknown;
}
