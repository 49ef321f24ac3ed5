package vn.sgddt.kehoach.base.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile with settings only fit for trying the application: no PostgreSQL, a
 * database without a password, the demo password for the administrator, the demo keystore password. Checked before
 * anything is created, so a wrong setting leaves nothing behind. {@code prod,demo} (a trial on PostgreSQL with the
 * demo organisation) is let through with the demo passwords.
 */
public class ProductionSettings implements EnvironmentPostProcessor {

    static final Set<String> WEAK_PASSWORDS = Set.of("demo", "admin", "password", "postgres", "123456", "changeit",
            "demo-keystore");
    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start:\n  - " + String.join("\n  - ", problems)
                    + "\nSee README.md, \"Chạy trên PostgreSQL / Production on PostgreSQL\".");
        }
    }

    static List<String> problems(ConfigurableEnvironment env) {
        boolean trial = env.matchesProfiles("demo");
        List<String> problems = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            problems.add("SPRING_DATASOURCE_URL must be a PostgreSQL URL (jdbc:postgresql://host:5432/kehoach), not \""
                    + url + "\"");
        }
        if (env.getProperty("spring.datasource.username", "").isBlank()) {
            problems.add("SPRING_DATASOURCE_USERNAME is not set");
        }
        String dbPassword = env.getProperty("spring.datasource.password", "");
        if (dbPassword.isBlank()) {
            problems.add("SPRING_DATASOURCE_PASSWORD is not set");
        }
        if (trial) {
            return problems;
        }
        String adminPassword = env.getProperty("kehoach.admin.password", "");
        if (!adminPassword.isEmpty() && (WEAK_PASSWORDS.contains(adminPassword.toLowerCase())
                || adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH)) {
            problems.add("KEHOACH_ADMIN_PASSWORD must have at least " + MIN_ADMIN_PASSWORD_LENGTH
                    + " characters and not be a demo or default password");
        }
        if (WEAK_PASSWORDS.contains(dbPassword.toLowerCase())) {
            problems.add("SPRING_DATASOURCE_PASSWORD is a default password");
        }
        String keystorePassword = env.getProperty("kehoach.signing.keystore-password", "demo-keystore");
        if (keystorePassword.isBlank() || WEAK_PASSWORDS.contains(keystorePassword.toLowerCase())) {
            problems.add("KEHOACH_SIGNING_KEYSTORE_PASSWORD is not set (the signing keys' password may not be the "
                    + "demo one)");
        }
        return problems;
    }
}
