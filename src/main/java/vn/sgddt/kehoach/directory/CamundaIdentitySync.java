package vn.sgddt.kehoach.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mirrors the directory into Camunda's identity service: every official becomes a Camunda user, every unit and
 * role a group. Tasklist and Cockpit then know the same people as the application (single sign-on needs the
 * user to exist there), and {@link CamundaAuthorizations} says what each group may do in them.
 *
 * <p>Administrators are also members of Camunda's {@code camunda-admin}: while that group has no member, Camunda's
 * Admin offers any signed-in user to create the "initial" administrator.
 */
@Component
@Order(20)
class CamundaIdentitySync implements ApplicationRunner {

    static final String UNIT_GROUP_TYPE = "UNIT";
    static final String ROLE_GROUP_TYPE = "ROLE";

    private final DirectoryService directory;
    private final IdentityService identity;
    private final CamundaAuthorizations authorizations;

    CamundaIdentitySync(DirectoryService directory, IdentityService identity, CamundaAuthorizations authorizations) {
        this.directory = directory;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        sync();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onDirectoryChanged(DirectoryChanged event) {
        sync();
    }

    synchronized void sync() {
        List<String> workGroups = new ArrayList<>();
        for (Unit unit : directory.units()) {
            upsertGroup(unit.getCode(), unit.getName(), UNIT_GROUP_TYPE);
            workGroups.add(unit.getCode());
        }
        for (Role role : Role.values()) {
            upsertGroup(role.groupId(), role.name(), ROLE_GROUP_TYPE);
            workGroups.add(role.groupId());
        }
        upsertGroup(Groups.CAMUNDA_ADMIN, "camunda BPM Administrators", Groups.GROUP_TYPE_SYSTEM);
        List<String> users = new ArrayList<>();
        for (Official official : directory.officials()) {
            users.add(official.getUsername());
            User user = identity.createUserQuery().userId(official.getUsername()).singleResult();
            if (user == null) {
                user = identity.newUser(official.getUsername());
            }
            String fullName = official.getFullName().trim();
            int lastSpace = fullName.lastIndexOf(' ');
            // Vietnamese names put the given name last: "Nguyễn Thị Thu Hà" -> first "Hà", last "Nguyễn Thị Thu".
            user.setFirstName(lastSpace < 0 ? fullName : fullName.substring(lastSpace + 1));
            user.setLastName(lastSpace < 0 ? "" : fullName.substring(0, lastSpace));
            user.setEmail(official.getEmail());
            identity.saveUser(user);

            Set<String> wanted = new HashSet<>(official.isEnabled() ? directory.groupsOf(official) : List.of());
            if (official.isEnabled() && official.has(Role.QUAN_TRI)) {
                wanted.add(Groups.CAMUNDA_ADMIN);
            }
            Set<String> current = new HashSet<>();
            for (Group g : identity.createGroupQuery().groupMember(official.getUsername()).list()) {
                current.add(g.getId());
            }
            for (String groupId : wanted) {
                if (!current.contains(groupId)) {
                    identity.createMembership(official.getUsername(), groupId);
                }
            }
            for (String groupId : current) {
                if (!wanted.contains(groupId)) {
                    identity.deleteMembership(official.getUsername(), groupId);
                }
            }
        }
        authorizations.grant(workGroups, users);
    }

    private void upsertGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }
}
