import * as z from 'zod/mini';
import {
  AppointmentCreatedSchema,
  AppointmentInputSchema,
  AppointmentSchema,
  CallbackRequestCreatedSchema,
  CallbackRequestInputSchema,
  RescheduleInputSchema,
  SlotListSchema,
  SlotSchema,
} from '../schemas/booking.ts';
import { LocationListSchema, LocationSchema } from '../schemas/locations.ts';
import { CatalogSchema } from '../schemas/catalog.ts';
import { IdSchema } from '../schemas/common.ts';
import { OrganisationPageSchema, OrganisationSchema } from '../schemas/organisations.ts';
import { FieldErrorSchema, ProblemSchema, problemTypeBase } from '../schemas/problem.ts';
import {
  ReferralCreatedSchema,
  ReferralInputSchema,
  ReferralStatusResponseSchema,
} from '../schemas/referrals.ts';
import * as staff from '../schemas/staff.ts';
import { operations, type OperationSpec } from './operations.ts';
import { staffOperations, type StaffOperationSpec } from './staff-operations.ts';

type Json = Record<string, unknown>;

/** The schemas that get a name under `components.schemas`; others are inlined where used. */
const namedSchemas: Record<string, z.ZodMiniType> = {
  Catalog: CatalogSchema,
  Organisation: OrganisationSchema,
  OrganisationPage: OrganisationPageSchema,
  ReferralInput: ReferralInputSchema,
  ReferralCreated: ReferralCreatedSchema,
  ReferralStatus: ReferralStatusResponseSchema,
  Location: LocationSchema,
  LocationList: LocationListSchema,
  Slot: SlotSchema,
  SlotList: SlotListSchema,
  AppointmentInput: AppointmentInputSchema,
  Appointment: AppointmentSchema,
  AppointmentCreated: AppointmentCreatedSchema,
  RescheduleInput: RescheduleInputSchema,
  CallbackRequestInput: CallbackRequestInputSchema,
  CallbackRequestCreated: CallbackRequestCreatedSchema,
  Problem: ProblemSchema,
  FieldError: FieldErrorSchema,
  StaffMe: staff.StaffMeSchema,
  StaffSignIn: staff.StaffSignInSchema,
  StaffOidcSignIn: staff.StaffOidcSignInSchema,
  DevUserList: staff.DevUserListSchema,
  DevSignInInput: staff.DevSignInInputSchema,
  DevSignInResult: staff.DevSignInResultSchema,
  StaffReferralList: staff.StaffReferralListSchema,
  StaffReferral: staff.StaffReferralSchema,
  StatusChangeInput: staff.StatusChangeInputSchema,
  ReferralExport: staff.ReferralExportSchema,
  ErasureResult: staff.ErasureResultSchema,
  LocationSchedule: staff.LocationScheduleSchema,
  StaffLocation: staff.StaffLocationSchema,
  StaffLocationList: staff.StaffLocationListSchema,
  ScheduleUpdated: staff.ScheduleUpdatedSchema,
  StaffAppointment: staff.StaffAppointmentSchema,
  StaffAppointmentList: staff.StaffAppointmentListSchema,
  AttendanceInput: staff.AttendanceInputSchema,
  StaffCancelInput: staff.StaffCancelInputSchema,
  StaffMoveInput: staff.StaffMoveInputSchema,
  StaffCallbackRequest: staff.StaffCallbackRequestSchema,
  StaffCallbackRequestList: staff.StaffCallbackRequestListSchema,
  Monitoring: staff.MonitoringSchema,
  RetentionResult: staff.RetentionResultSchema,
  StaffOutboxMessage: staff.StaffOutboxMessageSchema,
  StaffOutboxList: staff.StaffOutboxListSchema,
};

const componentRef = (name: string) => `#/components/schemas/${name}`;

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(namedSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: componentRef,
  }) as { schemas: Record<string, Json> };
  // Inside an OpenAPI document the components need no `$schema` or `$id` of their own.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...rest }]) => [id, rest]),
  );
}

function refOf(schema: z.ZodMiniType): Json {
  const name = Object.entries(namedSchemas).find(([, named]) => named === schema)?.[0];
  if (name === undefined) throw new Error('Every request and response schema must be named.');
  return { $ref: componentRef(name) };
}

/** Inline JSON Schema of a schema that has no name (query parameters, path parameters). */
function inline(schema: z.ZodMiniType): Json {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
  }) as Json;
  return rest;
}

function queryParameters(query: z.ZodMiniType): Json[] {
  const { properties = {}, required = [] } = inline(query) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema,
  }));
}

/** Error responses: status, name in `components.responses`, the problem type names it carries. */
const errorResponses = {
  400: ['BadRequest', ['malformed-request', 'idempotency-key-missing']],
  401: ['Unauthorised', ['unauthorised']],
  403: ['OriginNotAllowed', ['origin-not-allowed']],
  404: ['NotFound', ['not-found']],
  409: ['Conflict', ['slot-taken', 'idempotency-in-progress']],
  422: [
    'Unprocessable',
    ['validation', 'age-out-of-bounds', 'consent-missing', 'idempotency-mismatch'],
  ],
  429: ['RateLimited', ['rate-limited']],
  500: ['ServerError', ['server-error']],
  503: ['Unavailable', ['unavailable']],
} as const;
type ErrorStatus = keyof typeof errorResponses;

function errorResponse(status: ErrorStatus): Json {
  const [, names] = errorResponses[status];
  const retryAfter = status === 429 || status === 503 || status === 409;
  return {
    description: `RFC 9457 problem; \`type\` is ${problemTypeBase}{name} with name ${names.map((name) => `\`${name}\``).join(' or ')}.`,
    ...(retryAfter
      ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } }
      : {}),
    content: { 'application/problem+json': { schema: { $ref: componentRef('Problem') } } },
  };
}

function errorStatusesOf(operation: OperationSpec): ErrorStatus[] {
  const statuses: ErrorStatus[] = [400, 401, 403];
  if (operation.pathParameter !== undefined) statuses.push(404);
  if (operation.method === 'post') statuses.push(409, 422);
  statuses.push(429, 500, 503);
  return statuses;
}

/** An `{id}` or `{reference}` path parameter. */
function pathParameter({ name, description }: { name: string; description: string }): Json {
  return {
    name,
    in: 'path',
    required: true,
    description,
    schema: inline(name === 'reference' ? AppointmentSchema.shape.reference : IdSchema),
  };
}

function operationObject(operation: OperationSpec): Json {
  const parameters: Json[] = [{ $ref: '#/components/parameters/AcceptLanguage' }];
  if (operation.pathParameter !== undefined)
    parameters.push(pathParameter(operation.pathParameter));
  if (operation.query !== undefined) parameters.push(...queryParameters(operation.query));
  if (operation.token === true) parameters.push({ $ref: '#/components/parameters/VangnetToken' });
  if (operation.method === 'post')
    parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const success: Json = {
    description: operation.status === 201 ? 'Created.' : 'OK.',
    ...(operation.status === 201
      ? { headers: { Location: { $ref: '#/components/headers/Location' } } }
      : {}),
    content: { 'application/json': { schema: refOf(operation.response) } },
  };
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    tags: [operation.tag],
    parameters,
    ...(operation.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refOf(operation.body) } },
          },
        }),
    responses: {
      [operation.status]: success,
      ...Object.fromEntries(
        errorStatusesOf(operation).map((status) => [
          status,
          { $ref: `#/components/responses/${errorResponses[status][0]}` },
        ]),
      ),
    },
  };
}

/** Error responses of the staff API that the public API does not have. */
const staffErrorResponses = {
  Forbidden: [
    403,
    'forbidden',
    'The token is valid but its roles do not allow this; the body says nothing more.',
  ],
  StatusConflict: [
    409,
    'status-conflict',
    'The referral or appointment cannot change this way from where it stands.',
  ],
  PreconditionFailed: [
    412,
    'precondition-failed',
    'Someone changed it after the version `If-Match` names: read it again, then change that.',
  ],
  MoveConflict: [
    409,
    ['slot-taken', 'status-conflict'],
    'Someone else holds the slot (`slot-taken`: choose another), or the appointment is not booked (`status-conflict`).',
  ],
} as const;

function staffErrorResponse([
  ,
  names,
  description,
]: (typeof staffErrorResponses)[keyof typeof staffErrorResponses]): Json {
  const types = (typeof names === 'string' ? [names] : names)
    .map((name) => `${problemTypeBase}${name}`)
    .join(' or ');
  return {
    description: `${description} RFC 9457 problem; \`type\` is ${types}.`,
    content: { 'application/problem+json': { schema: { $ref: componentRef('Problem') } } },
  };
}

function staffOperationObject(operation: StaffOperationSpec): Json {
  const parameters: Json[] = [];
  if (operation.pathParameter !== undefined)
    parameters.push(pathParameter(operation.pathParameter));
  if (operation.query !== undefined) parameters.push(...queryParameters(operation.query));
  if (operation.ifMatch)
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      description:
        'The `version` (the `ETag`) this change was made on. Without it the change is made whatever the current version is.',
      schema: { type: 'string', maxLength: 200 },
    });
  const ref = (name: string) => ({ $ref: `#/components/responses/${name}` });
  const responses: Json = {
    200: {
      description: 'OK.',
      content: operation.csv
        ? { 'text/csv': { schema: { type: 'string' } } }
        : { 'application/json': { schema: refOf(operation.response) } },
    },
    400: ref('BadRequest'),
  };
  const open = operation.devSignIn === true || operation.noToken === true;
  if (!open) {
    responses[401] = ref('Unauthorised');
    responses[403] = ref('Forbidden');
  }
  if (operation.pathParameter !== undefined || operation.devSignIn)
    responses[404] = ref('NotFound');
  if (operation.conflict)
    responses[409] = ref(operation.slotTaken ? 'MoveConflict' : 'StatusConflict');
  if (operation.ifMatch) responses[412] = ref('PreconditionFailed');
  if (operation.body !== undefined || operation.query !== undefined)
    responses[422] = ref('Unprocessable');
  responses[500] = ref('ServerError');
  responses[503] = ref('Unavailable');
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: `Who: ${operation.roles}.`,
    tags: ['staff'],
    security: open ? [] : [{ staffToken: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refOf(operation.body) } },
          },
        }),
    responses,
  };
}

/** The OpenAPI 3.1 document of the API, generated from the contract's zod schemas. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const operation of operations)
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: operationObject(operation),
    };
  for (const operation of staffOperations)
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: staffOperationObject(operation),
    };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Vangnet API',
      version: '1',
      description:
        'The API of the school-dropout-prevention network of RMC-regio Haaglanden. Generated from the zod schemas of @vangnet/sdk; do not edit by hand (`npm run openapi`).',
    },
    servers: [
      { url: 'https://api.example.org' },
      { url: 'https://gemeente.example.nl/vangnet-api' },
    ],
    security: [{ partnerKey: [] }],
    tags: [
      { name: 'catalog' },
      { name: 'organisations' },
      { name: 'referrals' },
      { name: 'booking' },
      {
        name: 'staff',
        description:
          'The receiving side, under /v1/staff/: only staff access tokens (OpenID Connect JWTs of the region), never a partner key.',
      },
    ],
    paths,
    components: {
      securitySchemes: {
        partnerKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The partner's publishable key, bound server-side to the partner's allowed origins.",
        },
        staffToken: {
          type: 'openIdConnect',
          openIdConnectUrl: 'https://login.example.org/.well-known/openid-configuration',
          description:
            "An access token (JWT) of the region's OpenID Connect provider, verified against its JWKS (VANGNET_OIDC_ISSUER, VANGNET_OIDC_AUDIENCE); roles become grants by VANGNET_OIDC_ROLE_MAP. The URL here is an example: the server's operator configures the real issuer.",
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Makes the POST safe to repeat: a replay with the same body returns the first result.',
          schema: { type: 'string', minLength: 1, maxLength: 500 },
        },
        VangnetToken: {
          name: 'Vangnet-Token',
          in: 'header',
          required: true,
          description:
            'The token returned when the referral or booking was created. Never in a URL.',
          schema: { type: 'string', minLength: 1, maxLength: 500 },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: "The user's language for the API's messages.",
          schema: { type: 'string' },
        },
      },
      headers: {
        RetryAfter: {
          description: 'Seconds (or an HTTP date) to wait before trying again.',
          schema: { type: 'string' },
        },
        Location: {
          description: 'Where the created resource can be read.',
          schema: { type: 'string' },
        },
      },
      responses: {
        ...Object.fromEntries(
          (Object.keys(errorResponses) as unknown as ErrorStatus[]).map((status) => [
            errorResponses[status][0],
            errorResponse(Number(status) as ErrorStatus),
          ]),
        ),
        ...Object.fromEntries(
          Object.entries(staffErrorResponses).map(([name, spec]) => [
            name,
            staffErrorResponse(spec),
          ]),
        ),
      },
      schemas: componentSchemas(),
    },
  };
}
