// Lists organisations and books a talk with a casemanager through the SDK, against the mock API:
//
//   npm run mock                                              # in one terminal
//   node_modules/.bin/node --conditions=source examples/node/book-appointment.ts
//
// VANGNET_API_URL (default http://127.0.0.1:4010) and VANGNET_PARTNER_KEY point it elsewhere.
import { amsterdamDate, createClient, isVangnetError, SlotTakenError } from '@vangnet/sdk';

const client = createClient({
  baseUrl: process.env['VANGNET_API_URL'] ?? 'http://127.0.0.1:4010',
  partnerKey: process.env['VANGNET_PARTNER_KEY'] ?? 'pk_demo_haaglanden',
});

const showTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'full',
  timeStyle: 'short',
});

async function main(): Promise<void> {
  const page = await client.organisations.list({ q: 'coach', limit: 5 });
  console.log(`${page.total} organisations match "coach"; the first ${page.items.length}:`);
  for (const organisation of page.items)
    console.log(`- ${organisation.name}: ${organisation.summary}`);

  const { items: locations } = await client.locations.list({ municipality: 'den-haag' });
  const location =
    locations.find((candidate) => candidate.id === 'jongerenpunt070') ?? locations[0];
  if (!location) throw new Error('No locations in Den Haag.');

  const today = new Date();
  const inTwoWeeks = new Date(today.getTime() + 14 * 86_400_000);
  const { items: slots } = await client.slots.list({
    location: location.id,
    topic: 'opleiding-kiezen',
    from: amsterdamDate(today),
    to: amsterdamDate(inTwoWeeks),
  });

  // A slot taken meanwhile is a normal case: try the next one.
  for (const slot of slots.slice(0, 3)) {
    try {
      const appointment = await client.appointments.book({
        slotId: slot.id,
        topic: 'opleiding-kiezen',
        dateOfBirth: '2004-05-17',
        contact: { name: 'Voorbeeld Jongere', email: 'jongere@example.org', preferred: 'email' },
      });
      console.log(
        `Booked ${appointment.reference}: ${showTime.format(new Date(appointment.slot.start))}, ${appointment.location.name}.`,
      );
      return;
    } catch (error) {
      if (error instanceof SlotTakenError) continue;
      throw error;
    }
  }
  console.log('No free time in the next two weeks: ask for a call-back instead.');
}

main().catch((error: unknown) => {
  console.error(isVangnetError(error) ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
