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
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.PlainText;
import vn.sgddt.kehoach.base.Violation;

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
        Map<String, String> names = new HashMap<>(officials.fullNamesOf(wanted));
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
        List<Violation> violations = new ArrayList<>();
        agency.setName(requiredLine("name", agency.getName(), 200, violations));
        agency.setParentName(line("parentName", agency.getParentName(), 200, violations));
        agency.setSymbol(requiredLine("symbol", agency.getSymbol(), 20, violations));
        agency.setPlace(line("place", agency.getPlace(), 100, violations));
        requireUnitOrNull("followUpUnitCode", agency.getFollowUpUnitCode(), violations);
        refuseIfAny(violations);
        Agency saved = agencies.save(agency);
        audit("AGENCY_UPDATE", "AGENCY", saved.getId(), saved.getName() + " · " + saved.getSymbol() + " · "
                + saved.getPlace() + " · " + saved.getFollowUpUnitCode());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public Unit saveUnit(Unit unit) {
        List<Violation> violations = new ArrayList<>();
        requiredLine("code", unit.getCode(), Unit.CODE_MAX_LENGTH, violations);
        unit.setName(requiredLine("name", unit.getName(), Unit.NAME_MAX_LENGTH, violations));
        requireOfficialOrNull("headUsername", unit.getHeadUsername(), null, violations);
        requireOfficialOrNull("deputyUsername", unit.getDeputyUsername(), Role.PHO_GIAM_DOC, violations);
        refuseIfAny(violations);
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
        List<Violation> violations = new ArrayList<>();
        official.setFullName(requiredLine("fullName", official.getFullName(), Official.NAME_MAX_LENGTH, violations));
        official.setPosition(requiredLine("position", official.getPosition(), Official.NAME_MAX_LENGTH, violations));
        official.setEmail(line("email", official.getEmail(), 200, violations));
        requireUnitOrNull("unitCode", official.getUnitCode(), violations);
        refuseIfAny(violations);
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
        return createOfficial(username, fullName, position, unitCode, null, password, roles);
    }

    /** A new official with their e-mail (null for none), in one transaction: refused whole or created whole. */
    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public Official createOfficial(String username, String fullName, String position, String unitCode,
            String email, String password, Set<Role> roles) {
        List<Violation> violations = new ArrayList<>();
        requiredLine("username", username, Official.USERNAME_MAX_LENGTH, violations);
        if (violations.isEmpty() && officials.findByUsername(username).isPresent()) {
            violations.add(new Violation("username", "directory.usernameTaken", username));
        }
        refuseIfAny(violations);
        Official official = new Official(username, fullName, position, unitCode, passwordEncoder.encode(password),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        official.setEmail(email == null || email.isBlank() ? null : email.strip());
        return saveOfficial(official);
    }

    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public void setPassword(String username, String password) {
        Official official = officials.findByUsername(username).orElseThrow(() -> new InvalidInputException(
                new Violation("username", "directory.unknownOfficial", username)));
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

    private void requireOfficialOrNull(String field, String username, Role role, List<Violation> violations) {
        if (username == null || username.isBlank()) {
            return;
        }
        Optional<Official> o = officials.findByUsername(username);
        if (o.isEmpty()) {
            violations.add(new Violation(field, "directory.unknownOfficial", username));
        } else if (role != null && !o.get().has(role)) {
            violations.add(new Violation(field, "directory.notInRole." + role.name(), o.get().getFullName()));
        }
    }

    private void requireUnitOrNull(String field, String code, List<Violation> violations) {
        if (code != null && !code.isBlank() && units.findByCode(code).isEmpty()) {
            violations.add(new Violation(field, "directory.unknownUnit", code));
        }
    }

    /** A one-line field as {@link PlainText#line} stores it, checked; blank becomes null. */
    private static String line(String field, String value, int maxLength, List<Violation> violations) {
        String v = PlainText.line(value);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        PlainText.checkLine(field, v, maxLength, violations);
        return v;
    }

    private static String requiredLine(String field, String value, int maxLength, List<Violation> violations) {
        String v = line(field, value, maxLength, violations);
        if (v == null) {
            violations.add(new Violation(field, "validation.required"));
        }
        return v;
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
