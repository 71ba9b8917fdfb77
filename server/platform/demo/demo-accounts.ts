import { ROLES, type Role } from '../../../contracts/identity.ts';

/** Published on purpose (README, e2e): demo accounts exist only where demo data is switched on. */
export const DEMO_PASSWORD = 'wegwijs-demo';
export const DEMO_EMAIL_DOMAIN = 'demo.wegwijs.test';

/** `key` names an extra account of a role (its id derives from it); `team` overrides the role's team. */
export type DemoAccount = { role: Role; email: string; name: string; key?: string; team?: string };

function titleOf(role: Role): string {
  return role
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * One account per role, `<role>@demo.wegwijs.test` (a role a module adds gets its account too), and
 * a second counsellor in the other guidance team, so row scoping between teams can be shown.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  ...ROLES.map((role) => ({ role, email: `${role}@${DEMO_EMAIL_DOMAIN}`, name: `Demo ${titleOf(role)}` })),
  {
    role: 'counsellor',
    key: 'counsellor.b',
    email: `counsellor.b@${DEMO_EMAIL_DOMAIN}`,
    name: 'Demo Counsellor B',
    team: 'Team Onthaal Zuid',
  },
];
