/** admin: everything, including users; editor: reads and writes incidents; viewer: reads only. */
export const userRoles = ['admin', 'editor', 'viewer'] as const;
export type UserRole = (typeof userRoles)[number];

const rank: Record<UserRole, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether a role has at least the rights of `needed` (an admin may do what an editor may, an editor what a viewer may). */
export function hasRole(role: UserRole, needed: UserRole): boolean {
  return rank[role] >= rank[needed];
}
