package vn.sgddt.kehoach.assignment;

/** The official categories of progress reports (báo cáo tình hình thực hiện nhiệm vụ). */
public enum AssignmentStatus {
    /** Chưa hoàn thành – trong hạn. */
    OPEN_IN_TIME,
    /** Chưa hoàn thành – quá hạn. */
    OPEN_OVERDUE,
    /** Hoàn thành đúng hạn. */
    DONE_ON_TIME,
    /** Hoàn thành quá hạn. */
    DONE_LATE,
    /** Đã trình cấp trên: waiting for the document an outside authority issues. */
    WITH_AUTHORITY
}
