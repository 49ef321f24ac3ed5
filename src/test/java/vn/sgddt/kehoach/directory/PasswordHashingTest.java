package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/** Passwords are stored as BCrypt hashes that name their algorithm; hashes from before that still sign in. */
@IntegrationTest
class PasswordHashingTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    OfficialRepository officials;

    @Autowired
    DirectoryService directory;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** Officials written straight into the table, as an older version stored them; removed after each test. */
    private final java.util.List<String> created = new java.util.ArrayList<>();

    @AfterEach
    void removeTheOfficials() {
        created.forEach(u -> officials.findByUsername(u).ifPresent(officials::delete));
        created.clear();
    }

    private Official officialWithHash(String username, String hash) {
        created.add(username);
        return officials.save(new Official(username, "Nguyễn Văn Thử", "Chuyên viên", null, hash,
                EnumSet.of(Role.CHUYEN_VIEN)));
    }

    private String storedHash(String username) {
        return officials.findByUsername(username).orElseThrow().getPasswordHash();
    }

    @Test
    void a_password_set_by_the_administrator_is_stored_as_bcrypt_with_its_algorithm_named() {
        String username = "hash.new." + System.nanoTime();
        officialWithHash(username, passwordEncoder.encode("tam-thoi"));
        SignedIn.as(directory, "admin");
        try {
            directory.setPassword(username, "mat-khau-moi");
        } finally {
            SignedIn.clear();
        }

        String hash = storedHash(username);
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("mat-khau-moi");
        assertThat(passwordEncoder.matches("mat-khau-moi", hash)).isTrue();
        assertThat(passwordEncoder.matches("tam-thoi", hash)).isFalse();
    }

    @Test
    void a_bare_bcrypt_hash_from_before_still_signs_in_and_is_rewritten_with_the_algorithm_named() throws Exception {
        String username = "hash.old." + System.nanoTime();
        String legacy = new BCryptPasswordEncoder().encode("mat-khau-cu");
        officialWithHash(username, legacy);

        mvc.perform(get("/api/me").with(httpBasic(username, "sai"))).andExpect(status().isUnauthorized());
        assertThat(storedHash(username)).isEqualTo(legacy);
        mvc.perform(get("/api/me").with(httpBasic(username, "mat-khau-cu"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));

        String upgraded = storedHash(username);
        assertThat(upgraded).startsWith("{bcrypt}$2a$").isNotEqualTo("{bcrypt}" + legacy);
        assertThat(passwordEncoder.matches("mat-khau-cu", upgraded)).isTrue();
        mvc.perform(get("/api/me").with(httpBasic(username, "mat-khau-cu"))).andExpect(status().isOk());
    }
}
