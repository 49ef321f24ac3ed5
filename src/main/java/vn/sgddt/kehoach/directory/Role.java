package vn.sgddt.kehoach.directory;

/**
 * What an official may do. Each role is also a Camunda group, so BPMN candidate groups and Tasklist filters can
 * name it.
 */
public enum Role {
    /** Chuyên viên: drafts plans in the unit. */
    CHUYEN_VIEN("chuyen-vien"),
    /** Trưởng phòng, Chánh Văn phòng, Chánh Thanh tra: heads a unit. */
    TRUONG_PHONG("truong-phong"),
    /** Phó Giám đốc: in charge of the fields of some units; may sign "KT. GIÁM ĐỐC". */
    PHO_GIAM_DOC("pho-giam-doc"),
    /** Giám đốc: signs plans. */
    GIAM_DOC("giam-doc"),
    /** Văn thư: numbers, dates and issues documents. */
    VAN_THU("van-thu"),
    /** Quản trị: maintains the directory. */
    QUAN_TRI("quan-tri");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    /** The id of the Camunda group that mirrors this role. */
    public String groupId() {
        return groupId;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** True for the roles that see every plan of the agency. */
    public boolean seesWholeAgency() {
        return this == GIAM_DOC || this == PHO_GIAM_DOC || this == VAN_THU || this == QUAN_TRI;
    }
}
