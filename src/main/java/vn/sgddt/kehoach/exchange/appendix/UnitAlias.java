package vn.sgddt.kehoach.exchange.appendix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "Always read 'Phòng GDTrH' as GDTrH": a way of writing a unit, added by an administrator from the preview. */
@Entity
@Table(name = "unit_alias")
public class UnitAlias {

    public static final int WRITTEN_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The written form, compacted (letters and digits, no diacritics). */
    @Column(nullable = false, unique = true, length = WRITTEN_MAX_LENGTH)
    private String alias;

    /** The form as first written, for the administrator's list. */
    @Column(nullable = false, length = WRITTEN_MAX_LENGTH)
    private String original;

    @Column(nullable = false, length = 20)
    private String unitCode;

    @Column(nullable = false, length = 64)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    protected UnitAlias() {
    }

    UnitAlias(String original, String unitCode, String createdBy, Instant createdAt) {
        this.alias = VietText.compact(original);
        this.original = original;
        this.unitCode = unitCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getAlias() {
        return alias;
    }

    public String getOriginal() {
        return original;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
