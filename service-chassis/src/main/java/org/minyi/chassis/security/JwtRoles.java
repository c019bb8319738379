package org.minyi.chassis.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Roles come from the token's {@code roles} claim ({@code ROLE_<role>} for the security chain, a service's
 * own role for its decisions); the principal is its {@code sub}.
 */
public final class JwtRoles {

    private JwtRoles() {
    }

    public static JwtAuthenticationConverter converter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(JwtRoles::roles);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    /**
     * The caller's role among a service's own: the first name in the token's {@code roles} claim that names
     * one of {@code roles} other than {@code never} (a role only the platform itself takes), else {@code fallback}.
     */
    public static <R extends Enum<R>> R of(Jwt jwt, Class<R> roles, R fallback, R never) {
        List<String> names = jwt.getClaimAsStringList("roles");
        if (names == null) {
            return fallback;
        }
        for (String name : names) {
            for (R role : roles.getEnumConstants()) {
                if (role != never && role.name().equals(name)) {
                    return role;
                }
            }
        }
        return fallback;
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
