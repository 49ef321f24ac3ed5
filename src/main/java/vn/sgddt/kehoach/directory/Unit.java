package vn.sgddt.kehoach.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;

/** An internal unit of the agency (phòng, văn phòng, thanh tra). Its code is also a Camunda group id. */
@Entity
@Table(name = "org_unit")
public class Unit {

    public static final int CODE_MAX_LENGTH = 20;
    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NaturalId
    @Column(nullable = false, unique = true, length = CODE_MAX_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    /** Username of the head of the unit (Trưởng phòng, Chánh Văn phòng, Chánh Thanh tra). */
    @Column(length = 64)
    private String headUsername;

    /** Username of the Phó Giám đốc in charge of the unit's field. */
    @Column(length = 64)
    private String deputyUsername;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getHeadUsername() {
        return headUsername;
    }

    public void setHeadUsername(String headUsername) {
        this.headUsername = headUsername;
    }

    public String getDeputyUsername() {
        return deputyUsername;
    }

    public void setDeputyUsername(String deputyUsername) {
        this.deputyUsername = deputyUsername;
    }
}
