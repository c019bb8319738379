package org.minyi.auth;

import java.time.Duration;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The browser pages' client ({@code minyi-console}): a public client — a page cannot keep a secret — that
 * signs people in with the authorization code grant and PKCE (S256), and returns them to pages under the
 * issuer, which is the gateway's address. The console and the live board at {@code /} share it: the board
 * signs in through the console's callback and shares the console's session (same origin), and signing out
 * of the board returns to the board.
 */
final class ConsoleClient {

    static final String ID = "minyi-console";
    static final String CALLBACK = "/console/callback.html";
    static final String SIGNED_OUT = "/console/index.html";
    static final String BOARD = "/";

    private ConsoleClient() {
    }

    static RegisteredClient of(String issuer, Duration tokenLifetime) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return RegisteredClient.withId(ID)
                .clientId(ID)
                .clientName("民意工作台 Minyi console")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(base + CALLBACK)
                .postLogoutRedirectUri(base + SIGNED_OUT)
                .postLogoutRedirectUri(base + BOARD)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(tokenLifetime)
                        .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                        .build())
                .build();
    }
}
