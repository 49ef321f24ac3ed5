package vn.sgddt.kehoach.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.sgddt.kehoach.base.ui.KaribuUi;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.support.IntegrationTest;

/** Danh mục tổ chức: only the administrator opens it; units and officials are changed through dialogs. */
@IntegrationTest
class DirectoryViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private void openAsAdmin() {
        KaribuUi.signIn(context, directory, "admin");
        UI.getCurrent().navigate(DirectoryView.class);
        NavigatorKt.expectView(DirectoryView.class);
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    private static <T> int rowWhere(Grid<T> grid, java.util.function.Predicate<T> test) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> test.test(GridKt._get(grid, i))).findFirst()
                .orElseThrow();
    }

    /** Opens the dialog of a new official and fills it in for a specialist (Chuyên viên) with no unit. */
    private static void newOfficialForm(String username, String fullName, String password) {
        click("official-create");
        _setValue(_get(TextField.class, s -> s.withId("official-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("official-full-name")), fullName);
        _setValue(_get(TextField.class, s -> s.withId("official-position")), "Chuyên viên");
        _setValue(_get(PasswordField.class, s -> s.withId("official-password")), password);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Role> roles = _get(MultiSelectComboBox.class, s -> s.withId("official-roles"));
        _setValue(roles, Set.of(Role.CHUYEN_VIEN));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Unit> units() {
        return _get(Grid.class, s -> s.withId("unit-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Official> officials() {
        return _get(Grid.class, s -> s.withId("official-grid"));
    }

    @Test
    void a_specialist_is_refused_the_directory() {
        KaribuUi.signIn(context, directory, "cv.gdtrh");
        _assertNone(SideNavItem.class, s -> s.withPredicate(i -> "directory".equals(i.getPath())));

        UI.getCurrent().navigate(DirectoryView.class);

        // Vaadin's access control turns the navigation away; Karibu renders that as an error page and reports its
        // cause when the page is searched
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(DirectoryView.class);
        assertThatThrownBy(() -> _get(Grid.class, s -> s.withId("unit-grid")))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
        openAsAdmin();
        assertThat(_get(Grid.class, s -> s.withId("unit-grid"))).isNotNull();
    }

    @Test
    void the_administrator_renames_a_unit() {
        String before = directory.unit("TTR").orElseThrow().getName();
        openAsAdmin();
        try {
            GridKt._clickItem(units(), rowWhere(units(), u -> u.getCode().equals("TTR")));
            _assertOne(Dialog.class);
            assertThat(_get(TextField.class, s -> s.withId("unit-code")).isReadOnly()).isTrue();
            _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Thanh tra Sở Giáo dục");
            click("unit-save");

            _assertNone(Dialog.class);
            assertThat(directory.unit("TTR").orElseThrow().getName()).isEqualTo("Thanh tra Sở Giáo dục");
            assertThat(GridKt._getFormatted(units(), rowWhere(units(), u -> u.getCode().equals("TTR")), "name"))
                    .isEqualTo("Thanh tra Sở Giáo dục");
            assertThat(KaribuUi.notificationTexts()).contains("Đã lưu.");
        } finally {
            Unit ttr = directory.unit("TTR").orElseThrow();
            ttr.setName(before);
            directory.saveUnit(ttr);
        }
    }

    @Test
    void a_unit_name_with_markup_or_an_invisible_character_is_refused_in_vietnamese_and_nothing_is_saved() {
        String before = directory.unit("TTR").orElseThrow().getName();
        openAsAdmin();
        GridKt._clickItem(units(), rowWhere(units(), u -> u.getCode().equals("TTR")));
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Thanh tra <img src=x onerror=alert(1)>");
        click("unit-save");

        assertThat(KaribuUi.notificationTexts()).anyMatch(t -> t.contains("HTML"));
        _assertOne(Dialog.class);
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Thanh tra\u202E Sở");
        click("unit-save");

        assertThat(KaribuUi.notificationTexts()).anyMatch(t -> t.contains("U+202E"));
        _assertOne(Dialog.class);
        assertThat(directory.unit("TTR").orElseThrow().getName()).isEqualTo(before);
    }

    @Test
    void the_administrator_changes_the_place_name_of_the_agency() {
        String before = directory.agency().getPlace();
        openAsAdmin();
        try {
            _setValue(_get(TextField.class, s -> s.withId("agency-place")), "Tân An");
            click("agency-save");

            assertThat(directory.agency().getPlace()).isEqualTo("Tân An");
            assertThat(directory.agency().getSymbol()).isEqualTo("SGDĐT");
        } finally {
            Agency agency = directory.agency();
            agency.setPlace(before);
            directory.saveAgency(agency);
        }
    }

    @Test
    void a_taken_username_is_refused_with_the_reason() {
        openAsAdmin();
        newOfficialForm("cv.gdtrh", "Người trùng tên", "bimat123");

        click("official-create-save");

        assertThat(KaribuUi.notificationTexts()).contains("Tên đăng nhập cv.gdtrh đã có người dùng.");
        _assertOne(Dialog.class);
        assertThat(directory.official("cv.gdtrh").orElseThrow().getFullName()).isEqualTo("Nguyễn Hoàng Yến");
    }

    @Test
    void the_administrator_creates_an_official_and_gives_a_new_password() {
        String username = "cv.moi" + System.nanoTime() % 100_000;
        openAsAdmin();
        newOfficialForm(username, "Trần Thị Mới", "matkhau1");
        click("official-create-save");

        _assertNone(Dialog.class);
        Official created = directory.official(username).orElseThrow();
        assertThat(created.getFullName()).isEqualTo("Trần Thị Mới");
        assertThat(created.getRoles()).containsExactly(Role.CHUYEN_VIEN);
        assertThat(passwordEncoder.matches("matkhau1", created.getPasswordHash())).isTrue();

        GridKt._clickItem(officials(), rowWhere(officials(), o -> o.getUsername().equals(username)));
        _setValue(_get(PasswordField.class, s -> s.withId("official-password")), "matkhau2");
        click("official-set-password");

        assertThat(KaribuUi.notificationTexts()).contains("Đã đặt mật khẩu mới cho " + username + ".");
        assertThat(passwordEncoder.matches("matkhau2", directory.official(username).orElseThrow()
                .getPasswordHash())).isTrue();
    }

    @Test
    void a_refused_e_mail_leaves_no_official_behind() {
        String username = "cv.thu" + System.nanoTime() % 100_000;
        openAsAdmin();
        newOfficialForm(username, "Lê Văn Thư", "matkhau1");
        _setValue(_get(EmailField.class, s -> s.withId("official-email")), "thu<script>@sgddt.vn");

        click("official-create-save");

        assertThat(KaribuUi.notificationTexts()).anyMatch(t -> t.contains("HTML"));
        _assertOne(Dialog.class);
        assertThat(directory.official(username)).isEmpty();

        _setValue(_get(EmailField.class, s -> s.withId("official-email")), " thu@sgddt.vn ");
        click("official-create-save");

        _assertNone(Dialog.class);
        Official created = directory.official(username).orElseThrow();
        assertThat(created.getEmail()).isEqualTo("thu@sgddt.vn");
        assertThat(created.getRoles()).containsExactly(Role.CHUYEN_VIEN);
    }
}
