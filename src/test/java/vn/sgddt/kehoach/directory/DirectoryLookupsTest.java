package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.support.IntegrationTest;

/**
 * The lean lookups that notifications and the sign-in use read the same facts as the full officials: whom of a unit
 * to tell (enabled members only, in the order of the unit's list), full names, and the roles that come with an
 * official read by username.
 */
@IntegrationTest
class DirectoryLookupsTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    OfficialRepository officials;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTheOfficials() {
        created.forEach(u -> officials.findByUsername(u).ifPresent(officials::delete));
    }

    private Official member(String username, String unit, boolean enabled) {
        created.add(username);
        Official o = new Official(username, "Trần Thị " + username, "Chuyên viên", unit, "{noop}x",
                EnumSet.of(Role.CHUYEN_VIEN, Role.TRUONG_PHONG));
        o.setEnabled(enabled);
        return officials.save(o);
    }

    @Test
    void whom_of_a_unit_to_tell_are_its_enabled_members_in_the_order_of_its_list() {
        member("lookup.a", "TTR", true);
        member("lookup.off", "TTR", false);
        member("lookup.b", "TTR", true);

        List<String> enabled = directory.members("TTR").stream().filter(Official::isEnabled)
                .map(Official::getUsername).toList();
        assertThat(directory.enabledMemberUsernames("TTR")).isEqualTo(enabled)
                .contains("lookup.a", "lookup.b").doesNotContain("lookup.off")
                .containsSubsequence("lookup.a", "lookup.b");
        assertThat(directory.enabledMemberUsernames("NO_SUCH_UNIT")).isEmpty();
        assertThat(directory.enabledMemberUsernames(null)).isEmpty();
    }

    @Test
    void full_names_come_from_the_directory_and_an_unknown_username_stands_for_itself() {
        member("lookup.c", "TTR", true);
        assertThat(directory.fullNames(Set.of("lookup.c", "nobody.here")))
                .containsEntry("lookup.c", "Trần Thị lookup.c").containsEntry("nobody.here", "nobody.here")
                .hasSize(2);
    }

    @Test
    void an_official_read_by_username_has_all_their_roles() {
        member("lookup.d", "TTR", true);
        assertThat(officials.findByUsername("lookup.d")).get()
                .satisfies(o -> assertThat(o.getRoles()).containsExactlyInAnyOrder(Role.CHUYEN_VIEN,
                        Role.TRUONG_PHONG));
    }
}
