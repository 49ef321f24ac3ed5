package vn.sgddt.kehoach.directory;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.audit.AuditTrail;

/** Who is who in the agency: the one way the rest of the application reads and changes the directory. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final OfficialRepository officials;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    DirectoryService(AgencyRepository agencies, UnitRepository units, OfficialRepository officials,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, AuditTrail audit,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.agencies = agencies;
        this.units = units;
        this.officials = officials;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.audit = audit;
    }

    public Agency agency() {
        return agencies.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new IllegalStateException("No agency is configured"));
    }

    public List<Unit> units() {
        return units.findAllByOrderByIdAsc();
    }

    /** The name of every unit by its code, in one query: for documents that name a unit on every row. */
    public Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.findAll().forEach(u -> names.put(u.getCode(), u.getName()));
        return names;
    }

    // by natural id: a unit or official already read in this transaction is not read again, and the lookup does not
    // flush the transaction's pending changes first, as a query would
    public Optional<Unit> unit(String code) {
        return code == null ? Optional.empty()
                : session().bySimpleNaturalId(Unit.class).loadOptional(code);
    }

    public List<Official> officials() {
        return officials.findAllByOrderByIdAsc();
    }

    public Optional<Official> official(String username) {
        return username == null ? Optional.empty()
                : session().bySimpleNaturalId(Official.class).loadOptional(username);
    }

    /** The full names of these officials, read in one query; a username nobody has stands for itself. */
    public Map<String, String> fullNames(Collection<String> usernames) {
        Set<String> wanted = new HashSet<>(usernames);
        wanted.remove(null);
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            officials.fullNamesOf(wanted).forEach(pair -> names.put((String) pair[0], (String) pair[1]));
        }
        wanted.forEach(u -> names.putIfAbsent(u, u));
        return names;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** The full name of an official, or the username itself when nobody by that name is known. */
    public String fullName(String username) {
        return official(username).map(Official::getFullName).orElse(username);
    }

    public List<Official> members(String unitCode) {
        return officials.findByUnitCodeOrderByIdAsc(unitCode);
    }

    /** The usernames of a unit's enabled members, in the order of {@link #members}: whom to tell of its work. */
    public List<String> enabledMemberUsernames(String unitCode) {
        return unitCode == null ? List.of() : officials.enabledUsernamesOf(unitCode);
    }

    public List<Official> withRole(Role role) {
        return officials.findAllByOrderByIdAsc().stream().filter(o -> o.has(role)).toList();
    }

    /** The Camunda groups an official belongs to: the unit and one group per role. */
    public List<String> groupsOf(Official official) {
        List<String> groups = new ArrayList<>();
        if (official.getUnitCode() != null) {
            groups.add(official.getUnitCode());
        }
        official.getRoles().forEach(r -> groups.add(r.groupId()));
        return groups;
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public Agency saveAgency(Agency agency) {
        if (agency.getFollowUpUnitCode() != null && units.findByCode(agency.getFollowUpUnitCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown unit " + agency.getFollowUpUnitCode());
        }
        Agency saved = agencies.save(agency);
        audit("AGENCY_UPDATE", "AGENCY", saved.getId(), saved.getName() + " · " + saved.getSymbol() + " · "
                + saved.getPlace() + " · " + saved.getFollowUpUnitCode());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public Unit saveUnit(Unit unit) {
        requireOfficialOrNull(unit.getHeadUsername(), null);
        requireOfficialOrNull(unit.getDeputyUsername(), Role.PHO_GIAM_DOC);
        boolean created = unit.getId() == null;
        Unit saved = units.save(unit);
        audit(created ? "UNIT_CREATE" : "UNIT_UPDATE", "UNIT", saved.getId(), saved.getCode() + " · "
                + saved.getName() + " · " + saved.getHeadUsername() + " · " + saved.getDeputyUsername());
        events.publishEvent(new DirectoryChanged());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public Official saveOfficial(Official official) {
        if (official.getUnitCode() != null && units.findByCode(official.getUnitCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown unit " + official.getUnitCode());
        }
        boolean created = official.getId() == null;
        Official saved = officials.save(official);
        audit(created ? "OFFICIAL_CREATE" : "OFFICIAL_UPDATE", "OFFICIAL", saved.getId(), saved.getUsername()
                + " · " + saved.getFullName() + " · " + saved.getPosition() + " · " + saved.getUnitCode() + " · "
                + saved.getRoles().stream().map(Role::name).sorted().toList()
                + (saved.isEnabled() ? "" : " · disabled"));
        events.publishEvent(new DirectoryChanged());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public Official createOfficial(String username, String fullName, String position, String unitCode,
            String password, Set<Role> roles) {
        if (officials.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Username taken: " + username);
        }
        return saveOfficial(new Official(username, fullName, position, unitCode, passwordEncoder.encode(password),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles));
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public void setPassword(String username, String password) {
        Official official = officials.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("Unknown user " + username));
        official.setPasswordHash(passwordEncoder.encode(password));
        // who set whose password, never the password
        audit("OFFICIAL_PASSWORD", "OFFICIAL", official.getId(), official.getUsername());
    }

    /** The administrator's change, in the audit log as done by the signed-in official. */
    private void audit(String action, String targetType, Long targetId, String summary) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth == null ? null : auth.getName();
        audit.record(username, username == null ? null : fullName(username), action, targetType,
                targetId == null ? null : String.valueOf(targetId), summary);
    }

    private void requireOfficialOrNull(String username, Role role) {
        if (username == null || username.isBlank()) {
            return;
        }
        Official o = officials.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("Unknown user " + username));
        if (role != null && !o.has(role)) {
            throw new IllegalArgumentException(username + " is not " + role);
        }
    }
}
