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
 * The browser console ({@code minyi-console}): a public client — a page cannot keep a secret — that signs
 * people in with the authorization code grant and PKCE (S256), and returns them to the console's own
 * pages under the issuer, which is the gateway's address.
 */
final class ConsoleClient {

    static final String ID = "minyi-console";
    static final String CALLBACK = "/console/callback.html";
    static final String SIGNED_OUT = "/console/index.html";

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
