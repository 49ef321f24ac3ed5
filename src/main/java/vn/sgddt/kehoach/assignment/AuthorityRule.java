package vn.sgddt.kehoach.assignment;

import vn.sgddt.kehoach.directory.Agency;

/**
 * Whether the "Thẩm quyền ban hành" of a row is outside the agency ("UBND tỉnh", "HĐND tỉnh", a ministry) or the
 * agency itself ("Sở GD&ĐT", "Giám đốc Sở").
 */
final class AuthorityRule {

    private AuthorityRule() {
    }

    static boolean isOutside(String issuingAuthority, Agency agency) {
        if (issuingAuthority == null || issuingAuthority.isBlank()) {
            return false;
        }
        String t = Recurrence.fold(issuingAuthority).replace(" ", "");
        String name = Recurrence.fold(agency.getName()).replace(" ", "");
        String symbol = Recurrence.fold(agency.getSymbol()).replace(" ", "");
        boolean theAgency = t.contains(name) || t.equals(symbol) || t.startsWith("sogd") || t.startsWith("sogiaoduc") || t.equals("so") || t.contains("giamdocso")
                || t.equals("giamdoc");
        return !theAgency;
    }
}
