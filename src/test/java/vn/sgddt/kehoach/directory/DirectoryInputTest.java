package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * What the administrator types into the directory follows the rules of every other text: names are stored in NFC on
 * one line, markup and invisible characters are refused, and an unknown unit or a taken username is refused with a
 * reason in the bundles; a refused change leaves the directory as it was.
 */
@IntegrationTest
class DirectoryInputTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    OfficialRepository officials;

    @BeforeEach
    void signIn() {
        SignedIn.as(directory, "admin");
    }

    @AfterEach
    void cleanUp() {
        officials.findByUsername("input.test").ifPresent(officials::delete);
        SignedIn.clear();
    }

    private static List<String> keys(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    void a_new_official_with_script_in_the_name_an_invisible_character_and_an_unknown_unit_is_refused_whole() {
        long before = officials.count();
        assertThatThrownBy(() -> directory.createOfficial("input.test", "<script>alert(1)</script>",
                "Chuyên\u200B viên", "NO_SUCH_UNIT", "bimat1234", EnumSet.of(Role.CHUYEN_VIEN)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("fullName:validation.text.markup",
                        "position:validation.text.control", "unitCode:directory.unknownUnit"));
        assertThat(officials.count()).isEqualTo(before);
        assertThat(officials.findByUsername("input.test")).isEmpty();
    }

    @Test
    void a_taken_username_a_blank_name_and_a_username_with_a_line_break_are_refused_with_reasons() {
        assertThatThrownBy(() -> directory.createOfficial("cv.gdtrh", "Người trùng", "Chuyên viên", "GDTrH",
                "bimat1234", EnumSet.of(Role.CHUYEN_VIEN)))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).containsExactly(
                        new Violation("username", "directory.usernameTaken", "cv.gdtrh")));
        assertThatThrownBy(() -> directory.createOfficial("input.test", "   ", "Chuyên viên", "GDTrH",
                "bimat1234", EnumSet.of(Role.CHUYEN_VIEN)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("fullName:validation.required"));
        assertThatThrownBy(() -> directory.createOfficial("input\u0000test", "Trần Văn Thử", "Chuyên viên",
                "GDTrH", "bimat1234", EnumSet.of(Role.CHUYEN_VIEN)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("username:validation.text.control"));
    }

    @Test
    void names_are_stored_in_nfc_on_one_line_without_the_spaces_around_them() {
        // "Nguyễn" typed with combining marks, a tab pasted from a spreadsheet, a trailing space
        String decomposed = java.text.Normalizer.normalize("Nguyễn\tVăn Thử ", java.text.Normalizer.Form.NFD);
        Official created = directory.createOfficial("input.test", decomposed, "Chuyên viên", "GDTrH", "bimat1234",
                EnumSet.of(Role.CHUYEN_VIEN));
        assertThat(created.getFullName()).isEqualTo("Nguyễn Văn Thử");
        assertThat(officials.findByUsername("input.test").orElseThrow().getFullName()).isEqualTo("Nguyễn Văn Thử");
    }

    @Test
    void a_deputy_in_charge_who_is_no_deputy_is_refused_and_the_unit_stays_as_it_was() {
        Unit gdmn = directory.unit("GDMN").orElseThrow();
        String deputy = gdmn.getDeputyUsername();
        gdmn.setDeputyUsername("cv.gdmn");
        assertThatThrownBy(() -> directory.saveUnit(gdmn))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).containsExactly(new Violation(
                        "deputyUsername", "directory.notInRole.PHO_GIAM_DOC", directory.fullName("cv.gdmn"))));
        assertThat(directory.unit("GDMN").orElseThrow().getDeputyUsername()).isEqualTo(deputy);
    }
}
