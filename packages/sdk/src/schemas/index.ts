export * from './common.ts';
export * from './enums.ts';
export * from './catalog.ts';
export * from './organisations.ts';
export * from './referrals.ts';
export * from './booking.ts';
export * from './problem.ts';
export * from './staff.ts';
