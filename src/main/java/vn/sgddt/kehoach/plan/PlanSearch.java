package vn.sgddt.kehoach.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The plan search, whose conditions depend on the filter given (a part of the repository). */
interface PlanSearch {

    /**
     * Plans a reader may see, optionally filtered by status and a lower-case LIKE pattern found in the title or the
     * number. A null unit means the reader sees the whole agency; otherwise plans drafted by the unit or addressed
     * to it. In the page's order, else the newest change first.
     */
    Page<Plan> search(PlanStatus status, String text, String unit, Pageable pageable);
}
