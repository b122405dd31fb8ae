// A React 19 consumer, type-checked by published.test.ts against the built declarations only: the
// `@vangnet/widget/jsx` entry must make the four elements checked JSX, attributes and events alike.
import type {} from '@vangnet/widget/jsx';
import type { ErrorCode } from '@vangnet/widget';

export function Page({ onBooked }: { onBooked: (reference: string) => void }) {
  return (
    <vangnet-provider api="https://api.example.org" partner-key="pk_demo" lang="nl">
      <vangnet-booking-form
        municipality="den-haag"
        channel="video"
        onvangnet-booked={(event) => onBooked(event.detail.reference)}
        onvangnet-error={(event) => {
          const code: ErrorCode | undefined = event.detail.code;
          console.info(code);
        }}
      >
        <a href="tel:14070">Bel 14 070</a>
      </vangnet-booking-form>
      <vangnet-referral-form
        service="pluscoaching"
        referrer-role="mentor"
        onvangnet-submitted={(event) => console.info(event.detail.service)}
      />
      <vangnet-organisation-finder
        audience="mbo"
        coaching-form="plusmaatje"
        heading-level={3}
        onvangnet-organisation-selected={(event) => console.info(event.detail.organisationId)}
      />
    </vangnet-provider>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error: not a service of the catalog's vocabulary */}
      <vangnet-referral-form service="surfing" />
      {/* @ts-expect-error: not a channel */}
      <vangnet-booking-form channel="fax" />
      {/* @ts-expect-error: a language the components do not speak */}
      <vangnet-booking-form lang="xx" />
      {/* @ts-expect-error: heading levels are 1 to 6 */}
      <vangnet-organisation-finder heading-level={7} />
      <vangnet-booking-form
        // @ts-expect-error: a booking's detail has a reference, not a person's name
        onvangnet-booked={(event) => console.info(event.detail.name)}
      />
      <vangnet-referral-form
        // @ts-expect-error: a submitted referral's detail has its reference and service, no status
        onvangnet-submitted={(event) => console.info(event.detail.status)}
      />
      {/* TypeScript never reports an undeclared attribute whose name has a dash (as for data-*),
          so a listener for an event the element does not fire is not caught; a declared one is. */}
      <vangnet-booking-form
        onvangnet-error={(event) => {
          // @ts-expect-error: codes are the documented list, not any string
          const code: 'ServerError' = event.detail.code;
          console.info(code);
        }}
      />
    </>
  );
}
