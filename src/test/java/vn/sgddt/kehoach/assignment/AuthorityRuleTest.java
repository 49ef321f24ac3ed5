package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sgddt.kehoach.directory.Agency;

/** Whether the "Thẩm quyền ban hành" of a row sends the result to an authority outside the agency. */
class AuthorityRuleTest {

    private static final Agency AGENCY = new Agency("Sở Giáo dục và Đào tạo", "UBND TỈNH LONG AN", "SGDĐT",
            "Long An");

    @ParameterizedTest
    @ValueSource(strings = {"UBND tỉnh", "Ủy ban nhân dân tỉnh", "HĐND tỉnh", "Chủ tịch UBND tỉnh",
        "Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo", "Tỉnh ủy", "Sở Tài chính", "ubnd tinh"})
    void an_authority_outside_the_agency_is_outside(String authority) {
        assertThat(AuthorityRule.isOutside(authority, AGENCY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở GD&ĐT", "sở gd&đt", "SỞ GD&ĐT", "So GD&DT", "Sở GDĐT", "Sở Giáo dục và Đào tạo",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "Sở", "Giám đốc Sở", "Giám đốc", "Giám đốc Sở GD&ĐT"})
    void the_agency_itself_is_inside(String authority) {
        assertThat(AuthorityRule.isOutside(authority, AGENCY)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void no_authority_means_the_agency(String authority) {
        assertThat(AuthorityRule.isOutside(authority, AGENCY)).isFalse();
    }
}
