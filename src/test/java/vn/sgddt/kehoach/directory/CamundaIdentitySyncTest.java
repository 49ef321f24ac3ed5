package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import vn.sgddt.kehoach.support.IntegrationTest;

/**
 * The start-up sync into Camunda's identity service runs only when something it reads changed. Changes are made
 * behind the application's back (the repository, Camunda's identity service), as a restore or an edit in Camunda's
 * Admin would, so that no {@code DirectoryChanged} syncs in between; each test puts back what it changed.
 */
@IntegrationTest
class CamundaIdentitySyncTest {

    private static final String USERNAME = "cv.ttr";

    @Autowired
    CamundaIdentitySync sync;
    @Autowired
    OfficialRepository officials;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;

    @BeforeEach
    void directory_and_camunda_agree() {
        sync.sync();
    }

    @Test
    void a_start_after_a_sync_with_nothing_changed_writes_nothing() {
        User user = identity.createUserQuery().userId(USERNAME).singleResult();
        String firstName = user.getFirstName();
        // an edit the sync would undo: a start that syncs would put the directory's name back
        user.setFirstName("Edited in Admin");
        identity.saveUser(user);
        try {
            assertThat(sync.syncIfChanged()).isFalse();
            assertThat(identity.createUserQuery().userId(USERNAME).singleResult().getFirstName())
                    .isEqualTo("Edited in Admin");
        } finally {
            user.setFirstName(firstName);
            identity.saveUser(user);
        }
    }

    @Test
    void a_start_after_the_directory_changed_in_the_database_syncs() {
        Official official = officials.findByUsername(USERNAME).orElseThrow();
        String fullName = official.getFullName();
        official.setFullName("Dương Thị Mỹ Hạnh");
        officials.save(official);
        try {
            assertThat(sync.syncIfChanged()).isTrue();
            User user = identity.createUserQuery().userId(USERNAME).singleResult();
            assertThat(user.getFirstName()).isEqualTo("Hạnh");
            assertThat(user.getLastName()).isEqualTo("Dương Thị Mỹ");
            assertThat(sync.syncIfChanged()).as("the same directory again").isFalse();
        } finally {
            Official saved = officials.findByUsername(USERNAME).orElseThrow();
            saved.setFullName(fullName);
            officials.save(saved);
            sync.sync();
        }
    }

    @Test
    void a_start_after_a_user_was_removed_in_camunda_puts_him_back() {
        identity.deleteUser(USERNAME);

        assertThat(sync.syncIfChanged()).isTrue();

        assertThat(identity.createUserQuery().userId(USERNAME).singleResult()).isNotNull();
        assertThat(identity.createGroupQuery().groupMember(USERNAME).list()).isNotEmpty();
    }

    @Test
    void the_runner_keeps_the_fingerprint_of_the_last_sync_in_camunda() {
        management.deleteProperty(CamundaIdentitySync.FINGERPRINT_PROPERTY);

        sync.run(new DefaultApplicationArguments());

        assertThat(management.getProperties()).containsEntry(CamundaIdentitySync.FINGERPRINT_PROPERTY,
                sync.fingerprint());
    }
}
