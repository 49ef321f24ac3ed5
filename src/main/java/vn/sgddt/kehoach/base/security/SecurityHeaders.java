package vn.sgddt.kehoach.base.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of each front door. Every door: {@code X-Content-Type-Options: nosniff}, HSTS on requests
 * that came over HTTPS (nginx says so with {@code X-Forwarded-Proto}), no referrer to other sites, and no framing.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow 24 bootstraps with inline scripts and evaluates the scripts the server sends, and its components
     * set inline styles, so scripts and styles need 'unsafe-inline' and scripts 'unsafe-eval'; everything else comes
     * from the application itself (the favicon is a {@code data:} URL).
     */
    static final String APP_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON, documents and calendars are never pages: nothing in them may load or run. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> app() {
        return h -> common(h).contentSecurityPolicy(csp -> csp.policyDirectives(APP_POLICY));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return h -> common(h).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    /**
     * Camunda's webapps send their own Content-Security-Policy (with a nonce per page, from the starter's
     * HttpHeaderSecurityFilter): a second policy from us would be enforced as well and could only break them. Their
     * pages frame each other, hence SAMEORIGIN.
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> camunda() {
        return h -> common(h).frameOptions(f -> f.sameOrigin());
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> h) {
        return h.contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny());
    }
}
