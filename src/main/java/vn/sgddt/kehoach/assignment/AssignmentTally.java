package vn.sgddt.kehoach.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * How many assignments of a plan a unit has done, on time and late: a done assignment stays done, so the
 * dashboard adds these up instead of reading every finished assignment of every year again. Written in the
 * transaction that accepts the result, by an atomic increment of the row.
 */
@Entity
@Table(name = "assignment_tally")
@IdClass(AssignmentTally.Key.class)
class AssignmentTally {

    /** The plan and the lead unit. */
    record Key(Long planId, String leadUnit) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long planId;

    @Id
    @Column(length = 20)
    private String leadUnit;

    @Column(length = 50)
    private String planNumber;

    @Column(length = 1000)
    private String planTitle;

    @Column(nullable = false)
    private long doneOnTime;

    @Column(nullable = false)
    private long doneLate;

    protected AssignmentTally() {
    }

    AssignmentTally(Long planId, String leadUnit, String planNumber, String planTitle) {
        this.planId = planId;
        this.leadUnit = leadUnit;
        this.planNumber = planNumber;
        this.planTitle = planTitle;
    }
}
