export { codeChallenge, randomToken } from './pkce.ts';
export {
  authorizationUrl,
  finishSignIn,
  isProviderAnswer,
  OidcSignInError,
  pendingKey,
  type FinishOptions,
  type OidcSession,
  type SignInFailure,
  type StartOptions,
} from './oidc-sign-in.ts';
