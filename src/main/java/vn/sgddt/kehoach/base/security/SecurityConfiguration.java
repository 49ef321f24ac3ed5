package vn.sgddt.kehoach.base.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.sgddt.kehoach.base.ui.LoginView;

/**
 * Three front doors, one directory of users: the REST API and Camunda's engine REST use HTTP Basic without a
 * session; the Vaadin UI and Camunda's webapps (Tasklist, Cockpit) share the form login's session, and the webapps
 * read the signed-in user from Spring Security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** What Tasklist's engine API lets a candidate do to a task: complete it, claim it, change its variables. */
    private static final RequestMatcher TASK_ACTIONS = taskActions();

    private static RequestMatcher taskActions() {
        String task = "/camunda/api/engine/engine/*/task/*/";
        List<RequestMatcher> actions = new ArrayList<>();
        for (String action : List.of("complete", "submit-form", "resolve", "claim", "unclaim", "delegate",
                "assignee")) {
            actions.add(withDefaults().matcher(HttpMethod.POST, task + action));
        }
        for (String variables : List.of("variables", "localVariables")) {
            for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
                actions.add(withDefaults().matcher(method, task + variables + "/**"));
            }
        }
        return new OrRequestMatcher(actions);
    }

    /**
     * Hashes carry the id of their algorithm ("{bcrypt}$2a$…"), so a stronger one can be introduced later without
     * resetting every password. Hashes stored before the id was written are BCrypt; they still match, and are
     * rewritten with the id at the official's next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String defaultId = "bcrypt";
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(defaultId, Map.of(defaultId, bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    /** The directory's passwords behind the sign-in throttle, for every door that asks for a password. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users,
            ObjectProvider<UserDetailsPasswordService> passwordUpgrades, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        // API clients send their password with every request: BCrypt once, then a keyed digest for a few minutes
        passwords.setPasswordEncoder(new RecentlyVerifiedPasswords(passwordEncoder, Duration.ofMinutes(5), clock));
        passwordUpgrades.ifAvailable(passwords::setUserDetailsPasswordService);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * No Micrometer observation around each of the security filters, authentications and authorizations: nothing
     * reads those timers, and every request paid for a dozen of them. The request as a whole is still timed
     * ({@code http_server_requests}), as are our own task completions.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, LoginRefusals refusals) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(refusals.basic()))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/v3/api-docs/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain calendarChain(HttpSecurity http) throws Exception {
        // the secret token in the link is the credential: calendar applications cannot sign in
        return http.securityMatcher(withDefaults().matcher("/calendar/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain engineRestChain(HttpSecurity http, LoginRefusals refusals) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("QUAN_TRI"))
                .httpBasic(b -> b.authenticationEntryPoint(refusals.basic()))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        // Camunda's webapps guard their API with their own CSRF filter.
        // Cockpit shows every process instance and Admin changes users and authorizations; Camunda's own
        // authorizations say the same, this holds even if they are switched off. Every webapp asks who is signed in
        // at /api/admin/auth, so that stays open to all.
        return http.securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(withDefaults().matcher("/camunda/api/admin/auth/**")).authenticated()
                        .requestMatchers(withDefaults().matcher("/camunda/app/admin/**"),
                                withDefaults().matcher("/camunda/api/admin/**")).hasRole("QUAN_TRI")
                        .requestMatchers(withDefaults().matcher("/camunda/app/cockpit/**"),
                                withDefaults().matcher("/camunda/api/cockpit/**"))
                        .hasAnyRole("GIAM_DOC", "PHO_GIAM_DOC", "QUAN_TRI")
                        // Tasklist shows the officials their tasks; acting on one there would move the process
                        // past our services (no history, no register number, no signature), so only here
                        .requestMatchers(TASK_ACTIONS).hasRole("QUAN_TRI")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .csrf(c -> c.disable())
                .headers(SecurityHeaders.camunda())
                .build();
    }

    @Bean
    @Order(6)
    SecurityFilterChain vaadinChain(HttpSecurity http, LoginRefusals refusals) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(withDefaults().matcher("/app/**"), withDefaults().matcher("/error"),
                        withDefaults().matcher("/images/**"))
                .permitAll());
        // Vaadin sets the login page and what follows a success. Its configurer goes first: it sets the login page
        // when it initialises, and the form login must know that page by the time it initialises itself, or Spring's
        // generated "Please sign in" page takes the place of ours.
        http.with(VaadinSecurityConfigurer.vaadin(), v -> v.loginView(LoginView.class));
        // a failure says whether the attempts are locked
        http.formLogin(f -> f.failureHandler(refusals.form()));
        http.headers(SecurityHeaders.app());
        // a new session id at sign-in, so an id planted before it is worth nothing after; the idle timeout is
        // server.servlet.session.timeout
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-single-sign-on");
        registration.addInitParameter("authentication-provider",
                SpringSecurityCamundaAuthenticationProvider.class.getName());
        registration.setUrlPatterns(List.of("/camunda/app/*", "/camunda/api/*"));
        // after Spring Security's filter chain (order -100), so the signed-in user is known
        registration.setOrder(101);
        return registration;
    }
}
