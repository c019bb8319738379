package org.minyi.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page, in Chinese with English alongside: one HTML file ({@code sign-in.html}) with three
 * slots — the form's CSRF field and the message after a refused attempt or a sign-out. Every value put
 * into a slot is escaped.
 */
@Controller
final class SignInPage {

    private static final String REFUSED = "<p class=\"message error\" id=\"signin-error\" role=\"alert\">"
            + "用户名或密码不正确。<span lang=\"en\">Wrong user name or password.</span></p>";
    private static final String SIGNED_OUT = "<p class=\"message\" id=\"signin-message\" role=\"status\">"
            + "您已退出登录。<span lang=\"en\">You have signed out.</span></p>";

    private final String template;

    SignInPage() {
        try (InputStream in = new ClassPathResource("sign-in.html").getInputStream()) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sign-in.html", e);
        }
    }

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null ? REFUSED
                : request.getParameter("logout") != null ? SIGNED_OUT : "";
        String html = template
                .replace("{{message}}", message)
                .replace("{{csrfParameter}}", csrf == null ? "_csrf" : HtmlUtils.htmlEscape(csrf.getParameterName()))
                .replace("{{csrfToken}}", csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .body(html);
    }
}
