package vn.sgddt.kehoach.assignment;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;

/**
 * Tells {@link AssignmentTallies} which assignments a transaction holds, so that it can add what changed to the
 * dashboard's counts when the transaction commits. Hibernate makes it through Spring, which passes the tallies in.
 */
class AssignmentTallyListener {

    private final AssignmentTallies tallies;

    AssignmentTallyListener(AssignmentTallies tallies) {
        this.tallies = tallies;
    }

    @PostLoad
    void loaded(Assignment a) {
        tallies.track(a, false);
    }

    @PrePersist
    void created(Assignment a) {
        tallies.track(a, true);
    }

    @PreRemove
    void removed(Assignment a) {
        tallies.removed(a);
    }
}
