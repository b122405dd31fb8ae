export { codeChallenge, randomToken } from './pkce.ts';
export {
  authorizationUrl,
  finishSignIn,
  isProviderAnswer,
  OidcSignInError,
  pendingKey,
  refreshSession,
  type FinishOptions,
  type OidcSession,
  type OidcTokens,
  type SignInFailure,
  type StartOptions,
} from './oidc-sign-in.ts';
