package vn.sgddt.kehoach.directory;

/** The kind of an internal unit of the agency. */
public enum UnitKind {
    /** Văn phòng Sở. */
    VAN_PHONG,
    /** Phòng chuyên môn. */
    PHONG,
    /** Thanh tra Sở. */
    THANH_TRA
}
