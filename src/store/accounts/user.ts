// Accounts are part of the domain: its schemas are the one source, shared with the server and the web app.
export { passwordLimits, type UserRole, userRoles } from '../../domain/index.js';
export {
  type NewUser,
  type NewUserInput,
  newUserSchema,
  passwordSchema,
  type User,
  type UserPatch,
  usernameSchema,
  userPatchSchema,
  userRoleSchema,
} from '../../domain/user.js';
