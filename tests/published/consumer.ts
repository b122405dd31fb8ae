// Type-checked by published.test.ts against the built declarations only.
import { CatalogSchema, type Catalog, type ReferralInput } from '@vangnet/sdk';

export const parse = (data: unknown): Catalog => CatalogSchema.parse(data);
export type Service = ReferralInput['service'];
