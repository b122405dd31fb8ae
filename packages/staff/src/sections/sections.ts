import type { StaffMe, StaffRole } from '@vangnet/sdk';

/** The parts of the workspace, each a tab of the navigation. */
export type Section = 'referrals' | 'agenda' | 'callbacks' | 'monitoring' | 'outbox';

/** Which roles may open a section: the staff API's own checks, so no tab leads to a 403. */
const rolesFor: Record<Section, readonly StaffRole[]> = {
  referrals: ['coordinator'],
  agenda: ['casemanager', 'admin'],
  callbacks: ['casemanager'],
  monitoring: ['coordinator', 'admin'],
  outbox: ['admin'],
};

const order: readonly Section[] = ['referrals', 'agenda', 'callbacks', 'monitoring', 'outbox'];

/** The sections the signed-in person's grants open, in the navigation's order. */
export function sectionsFor(me: StaffMe): Section[] {
  const roles = new Set(me.grants.map((grant) => grant.role));
  return order.filter((section) => rolesFor[section].some((role) => roles.has(role)));
}
