// Where the console finds its OpenID Connect provider. The local platform's authorization server is
// reached through the gateway, so the issuer is this page's own origin; a real installation that signs
// people in elsewhere (a Keycloak realm, say) names its issuer here and registers the client
// `minyi-console` with the redirect URI <console origin>/console/callback.html and the post-logout
// redirect URIs SIGNED_OUT and BOARD.
export const ISSUER = window.location.origin;
export const CLIENT_ID = 'minyi-console';
export const SCOPE = 'openid';
export const CALLBACK = window.location.origin + '/console/callback.html';
export const SIGNED_OUT = window.location.origin + '/console/index.html';
// The live board (the dashboard's page at the gateway's root) signs in with this module and shares the
// console's session; both sign-in and sign-out return there when it started them.
export const BOARD = window.location.origin + '/';
