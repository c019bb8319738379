package org.minyi.auth;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * A person who signs in to the console is one of the demo principals: the user name is the principal's
 * name ({@code station-chengguan}, {@code office}…), the password {@code demo}, as public as the clients'
 * secret. Derived on demand, like the clients.
 */
final class DemoUsers implements UserDetailsService {

    private final DemoPrincipals principals;

    DemoUsers(DemoPrincipals principals) {
        this.principals = principals;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return principals.find(username)
                .map(principal -> User.withUsername(principal.name())
                        .password("{noop}demo")
                        .roles(principal.role())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no demo user " + username));
    }
}
