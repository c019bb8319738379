package org.minyi.auth;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After signing in, back to the authorization request that sent the person to the sign-in page — by a
 * relative redirect. People reach this server through the gateway, whose address this server does not
 * see (the gateway forwards to 127.0.0.1:9000), so an absolute address built from the request would
 * lead the browser past the gateway. Without a waiting request, the console's first page.
 */
final class ReturnToAuthorization implements AuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        String target = ConsoleClient.SIGNED_OUT;
        if (saved != null) {
            requests.removeRequest(request, response);
            URI uri = URI.create(saved.getRedirectUrl());
            target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        response.sendRedirect(target);
    }
}
