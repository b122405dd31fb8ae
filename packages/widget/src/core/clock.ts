/**
 * What the components ask for the current moment. Injected (on `<vangnet-provider>` or on a
 * component, as the `now` property) so that tests and demos run at a fixed time; ages, slot
 * calendars and "today" all derive from it.
 */
export type Clock = () => Date;

/** The machine's clock: the default when nothing is injected. */
export const systemClock: Clock = () => new Date();
