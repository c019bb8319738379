package org.minyi.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one HTTP entry of the platform (port 8080): routes each public path of PRODUCT.md §5 to the
 * service that owns it and {@code /oauth2/**} to the authorization server, relaying bearer tokens
 * unchanged (every service validates them itself).
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
