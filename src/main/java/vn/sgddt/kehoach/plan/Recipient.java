package vn.sgddt.kehoach.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A line of "Nơi nhận": who receives the plan, why ("b/c", "t/h", "để biết"), and the internal unit if it is one. */
@Embeddable
public class Recipient {

    @Column(length = Plan.NAME_MAX_LENGTH)
    private String name;

    @Column(length = Plan.PURPOSE_MAX_LENGTH)
    private String purpose;

    @Column(length = Plan.UNIT_CODE_MAX_LENGTH)
    private String unitCode;

    protected Recipient() {
    }

    public Recipient(String name, String purpose, String unitCode) {
        this.name = name;
        this.purpose = purpose;
        this.unitCode = unitCode;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getUnitCode() {
        return unitCode;
    }
}
