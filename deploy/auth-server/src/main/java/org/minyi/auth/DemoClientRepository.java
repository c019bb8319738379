package org.minyi.auth;

import java.time.Duration;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Every demo principal is an OAuth2 client with the secret {@code demo}, registered on demand rather
 * than stored: several hundred principals follow from the reference data. The secret is public by
 * design — this server exists only on the local platform. Next to them, the browser console
 * ({@link ConsoleClient}) signs the same principals in as users.
 */
final class DemoClientRepository implements RegisteredClientRepository {

    private final DemoPrincipals principals;
    private final TokenSettings tokenSettings;
    private final RegisteredClient console;

    DemoClientRepository(DemoPrincipals principals, Duration tokenLifetime, RegisteredClient console) {
        this.principals = principals;
        this.console = console;
        this.tokenSettings = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(tokenLifetime)
                .build();
    }

    /**
     * Nothing to store: clients follow from the reference data. The server calls this to upgrade a
     * secret's encoding after a successful authentication, which a demo secret does not need.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        // deliberately nothing
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (console.getClientId().equals(clientId)) {
            return console;
        }
        return principals.find(clientId).map(principal -> RegisteredClient.withId(principal.name())
                .clientId(principal.name())
                .clientName(principal.name())
                .clientSecret("{noop}demo")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokenSettings)
                .build()).orElse(null);
    }
}
