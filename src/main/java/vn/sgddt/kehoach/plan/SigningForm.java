package vn.sgddt.kehoach.plan;

/** Thể thức ký (NĐ 30/2020): the head signs directly, or a deputy signs on the head's behalf. */
public enum SigningForm {
    /** GIÁM ĐỐC signs. */
    DIRECT,
    /** KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC. */
    KT
}
