package vn.sgddt.kehoach.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** A person who signs in: cán bộ, công chức of the agency. */
@Entity
@Table(name = "official")
public class Official {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int NAME_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NaturalId
    @Column(nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String fullName;

    /** Chức vụ, as written under a signature: "Phó Giám đốc", "Trưởng phòng", "Chuyên viên". */
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String position;

    /** Code of the unit the official works in; null for the leadership of the agency. */
    @Column(length = Unit.CODE_MAX_LENGTH)
    private String unitCode;

    @Column(length = 200)
    private String email;

    @Column(nullable = false, length = 100)
    private String passwordHash;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "official_role", joinColumns = @JoinColumn(name = "official_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Official() {
    }

    public Official(String username, String fullName, String position, String unitCode, String passwordHash,
            Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.position = position;
        this.unitCode = unitCode;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean seesWholeAgency() {
        return roles.stream().anyMatch(Role::seesWholeAgency);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
