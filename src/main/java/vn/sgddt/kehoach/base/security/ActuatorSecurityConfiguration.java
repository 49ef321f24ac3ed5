package vn.sgddt.kehoach.base.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The fourth door, for machines: Spring Boot's actuator under {@code /actuator}. Health (with its liveness and
 * readiness groups) is open, because the load balancer and the monitoring ask without credentials; it shows its
 * details only to the administrator. Everything else under {@code /actuator} (the metrics at
 * {@code /actuator/prometheus}, info, and any endpoint exposed later) needs HTTP Basic with the administrator role.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, LoginRefusals refusals) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole("QUAN_TRI"))
                .httpBasic(b -> b.authenticationEntryPoint(refusals.basic()))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
