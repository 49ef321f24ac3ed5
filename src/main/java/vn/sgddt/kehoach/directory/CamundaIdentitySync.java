package vn.sgddt.kehoach.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>At start-up the sync is skipped when nothing it reads has changed since the last one: a fingerprint of the
 * directory, the deployed process keys and the number of Camunda users and groups is kept in Camunda's property
 * table ({@link #FINGERPRINT_PROPERTY}). Each sync writes every user, group, membership and grant (a few hundred
 * statements), which on every restart only rewrote the same rows. A change of the directory, made through the
 * application or straight in the database, a new process, or a user or group removed in Camunda's Admin still brings
 * a sync at the next start; an edit of a Camunda user's name, memberships or grants in Admin is undone at the next change
 * of the directory instead, the next time the application writes them.
 */
@Component
@Order(20)
class CamundaIdentitySync implements ApplicationRunner {

    static final String UNIT_GROUP_TYPE = "UNIT";
    static final String ROLE_GROUP_TYPE = "ROLE";
    /** In Camunda's ACT_GE_PROPERTY: what {@link #fingerprint()} gave after the last sync. */
    static final String FINGERPRINT_PROPERTY = "kehoach.identity-sync.fingerprint";
    /** Raise it when the sync or {@link CamundaAuthorizations} writes something else, so that the next start syncs. */
    private static final int SYNC_VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    private final DirectoryService directory;
    private final IdentityService identity;
    private final CamundaAuthorizations authorizations;
    private final ManagementService management;
    private final RepositoryService repository;

    CamundaIdentitySync(DirectoryService directory, IdentityService identity, CamundaAuthorizations authorizations,
            ManagementService management, RepositoryService repository) {
        this.directory = directory;
        this.identity = identity;
        this.authorizations = authorizations;
        this.management = management;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        syncIfChanged();
    }

    /** Syncs unless the fingerprint is the one the last sync left; true when it synced. */
    synchronized boolean syncIfChanged() {
        if (fingerprint().equals(management.getProperties().get(FINGERPRINT_PROPERTY))) {
            log.debug("Camunda's users, groups and grants already match the directory");
            return false;
        }
        sync();
        return true;
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
        management.setProperty(FINGERPRINT_PROPERTY, fingerprint());
    }

    /**
     * A digest of everything {@link #sync()} reads: the units, each official with the groups he is to be in, the
     * deployed process keys, and how many users and groups Camunda has.
     */
    String fingerprint() {
        StringBuilder s = new StringBuilder("v").append(SYNC_VERSION).append('\n');
        for (Unit unit : directory.units()) {
            s.append("unit ").append(unit.getCode()).append('|').append(unit.getName()).append('\n');
        }
        for (Official o : directory.officials()) {
            s.append("official ").append(o.getUsername()).append('|').append(o.getFullName()).append('|')
                    .append(o.getEmail()).append('|').append(o.isEnabled()).append('|')
                    .append(new TreeSet<>(directory.groupsOf(o))).append('|').append(o.has(Role.QUAN_TRI))
                    .append('\n');
        }
        s.append("processes ").append(new TreeSet<>(repository.createProcessDefinitionQuery().latestVersion().list()
                .stream().map(ProcessDefinition::getKey).toList())).append('\n');
        s.append("camunda users ").append(identity.createUserQuery().count()).append(" groups ")
                .append(identity.createGroupQuery().count());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
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
