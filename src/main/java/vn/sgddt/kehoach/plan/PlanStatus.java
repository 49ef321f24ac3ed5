package vn.sgddt.kehoach.plan;

/** Where a plan stands, as the API reports it. */
public enum PlanStatus {
    /** Dự thảo: with the drafting unit (new, or returned for changes). */
    DRAFT,
    /** Đang xem xét: with the unit head or the Phó Giám đốc in charge. */
    IN_REVIEW,
    /** Chờ ký. */
    AWAITING_SIGNATURE,
    /** Chờ phát hành: signed, waiting for the clerk's number and date. */
    AWAITING_ISSUE,
    /** Đã ban hành. */
    ISSUED
}
