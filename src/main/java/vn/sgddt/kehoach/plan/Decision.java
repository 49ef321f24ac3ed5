package vn.sgddt.kehoach.plan;

/** What a person decides at a step. The value is also the process variable the gateways read. */
public enum Decision {
    /** Trình (or trình lại after a return). */
    SUBMIT,
    /** Chuyển tiếp / đồng ý. */
    APPROVE,
    /** Trả lại đơn vị soạn thảo; needs a comment. */
    RETURN,
    /** Ký. */
    SIGN,
    /** Cấp số, ngày và phát hành. */
    ISSUE
}
