package org.minyi.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The local platform's OAuth2 authorization server: issues JWT access tokens to the demo principals
 * of PRODUCT.md §5 ({@code client_credentials}, secret {@code demo}). Reached through the gateway at
 * {@code /oauth2/token}. A real installation points the services at its own OIDC provider instead.
 */
@SpringBootApplication
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
