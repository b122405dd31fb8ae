import type * as z from 'zod/mini';
import {
  AppointmentCreatedSchema,
  AppointmentInputSchema,
  AppointmentSchema,
  CallbackRequestCreatedSchema,
  CallbackRequestInputSchema,
  RescheduleInputSchema,
  SlotListSchema,
  SlotQuerySchema,
} from '../schemas/booking.ts';
import { LocationListSchema, LocationQuerySchema } from '../schemas/locations.ts';
import { CatalogQuerySchema, CatalogSchema } from '../schemas/catalog.ts';
import {
  OrganisationFilterSchema,
  OrganisationPageSchema,
  OrganisationSchema,
} from '../schemas/organisations.ts';
import {
  ReferralCreatedSchema,
  ReferralInputSchema,
  ReferralStatusResponseSchema,
} from '../schemas/referrals.ts';

/** One endpoint of api.md, as the OpenAPI document describes it. */
export interface OperationSpec {
  /** The SDK method, which is also the OpenAPI `operationId`. */
  operationId: string;
  method: 'get' | 'post';
  path: string;
  summary: string;
  tag: string;
  /** The path parameter and what it is, for `{id}` and `{reference}` paths. */
  pathParameter?: { name: string; description: string };
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Whether the request is about one referral or booking and needs its `Vangnet-Token`. */
  token?: boolean;
  status: 200 | 201;
  response: z.ZodMiniType;
}

const reference = { name: 'reference', description: 'The appointment reference, `VN-A-7K3M9Q`.' };

/** Every endpoint of the API, in the order of api.md. */
export const operations: OperationSpec[] = [
  {
    operationId: 'catalog.get',
    method: 'get',
    path: '/v1/catalog',
    summary: "The key's region (or the named one): lists the forms show and the rules they apply.",
    tag: 'catalog',
    query: CatalogQuerySchema,
    status: 200,
    response: CatalogSchema,
  },
  {
    operationId: 'organisations.list',
    method: 'get',
    path: '/v1/organisations',
    summary:
      'A page of organisations, A–Z, with the total; `q` matches accent- and case-insensitively.',
    tag: 'organisations',
    query: OrganisationFilterSchema,
    status: 200,
    response: OrganisationPageSchema,
  },
  {
    operationId: 'organisations.get',
    method: 'get',
    path: '/v1/organisations/{id}',
    summary: 'One organisation.',
    tag: 'organisations',
    pathParameter: { name: 'id', description: 'The organisation id.' },
    status: 200,
    response: OrganisationSchema,
  },
  {
    operationId: 'referrals.create',
    method: 'post',
    path: '/v1/referrals',
    summary: 'Create a referral; the answer holds the status token, returned only here.',
    tag: 'referrals',
    body: ReferralInputSchema,
    status: 201,
    response: ReferralCreatedSchema,
  },
  {
    operationId: 'referrals.get',
    method: 'get',
    path: '/v1/referrals/{id}',
    summary: 'Where a referral stands.',
    tag: 'referrals',
    pathParameter: { name: 'id', description: 'The referral id.' },
    token: true,
    status: 200,
    response: ReferralStatusResponseSchema,
  },
  {
    operationId: 'locations.list',
    method: 'get',
    path: '/v1/locations',
    summary: 'Where casemanagers receive young people.',
    tag: 'booking',
    query: LocationQuerySchema,
    status: 200,
    response: LocationListSchema,
  },
  {
    operationId: 'slots.list',
    method: 'get',
    path: '/v1/slots',
    summary: 'Free slots of a location between two dates (Europe/Amsterdam, inclusive).',
    tag: 'booking',
    query: SlotQuerySchema,
    status: 200,
    response: SlotListSchema,
  },
  {
    operationId: 'appointments.book',
    method: 'post',
    path: '/v1/appointments',
    summary: 'Book a slot; the answer holds the manage token, returned only here.',
    tag: 'booking',
    body: AppointmentInputSchema,
    status: 201,
    response: AppointmentCreatedSchema,
  },
  {
    operationId: 'appointments.get',
    method: 'get',
    path: '/v1/appointments/{reference}',
    summary: 'The booking.',
    tag: 'booking',
    pathParameter: reference,
    token: true,
    status: 200,
    response: AppointmentSchema,
  },
  {
    operationId: 'appointments.cancel',
    method: 'post',
    path: '/v1/appointments/{reference}/cancel',
    summary: 'Cancel the booking; the slot is free again.',
    tag: 'booking',
    pathParameter: reference,
    token: true,
    status: 200,
    response: AppointmentSchema,
  },
  {
    operationId: 'appointments.reschedule',
    method: 'post',
    path: '/v1/appointments/{reference}/reschedule',
    summary: 'Move the booking to another free slot.',
    tag: 'booking',
    pathParameter: reference,
    body: RescheduleInputSchema,
    token: true,
    status: 200,
    response: AppointmentSchema,
  },
  {
    operationId: 'callbackRequests.create',
    method: 'post',
    path: '/v1/callback-requests',
    summary: 'Ask a casemanager to call back when no time suits.',
    tag: 'booking',
    body: CallbackRequestInputSchema,
    status: 201,
    response: CallbackRequestCreatedSchema,
  },
];
