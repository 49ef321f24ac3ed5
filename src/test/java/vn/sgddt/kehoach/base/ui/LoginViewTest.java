package vn.sgddt.kehoach.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.base.i18n.Languages;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.ui.InboxView;
import vn.sgddt.kehoach.support.IntegrationTest;

/** Đăng nhập: a wrong password and locked attempts are told apart. */
@IntegrationTest
class LoginViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @BeforeEach
    void openUi() {
        KaribuUi.signIn(context, directory, "cv.gdtrh");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private static LoginForm loginWith(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, value));
        NavigatorKt.expectView(LoginView.class);
        return _get(LoginForm.class);
    }

    /** The error texts as the browser receives them. */
    private static JsonObject errorMessage(LoginForm form) {
        return ((JsonObject) form.getElement().getPropertyRaw("i18n")).getObject("errorMessage");
    }

    @Test
    void a_wrong_password_says_so() {
        LoginForm form = loginWith("error", "");

        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form).getString("message")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
    }

    @Test
    void locked_attempts_say_for_how_many_minutes_in_vietnamese() {
        LoginForm form = loginWith("locked", "15");

        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form).getString("title")).isEqualTo("Tạm khóa đăng nhập");
        assertThat(errorMessage(form).getString("message")).isEqualTo(
                "Tài khoản này hoặc máy tính này đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    }

    @Test
    void locked_attempts_say_for_how_many_minutes_in_english() {
        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().getSession().setLocale(Languages.ENGLISH);
        UI.getCurrent().setLocale(Languages.ENGLISH);
        LoginForm form = loginWith("locked", "3");

        assertThat(errorMessage(form).getString("message")).isEqualTo("Too many failed sign-in attempts for "
                + "this account or from this computer. Please try again in 3 minutes.");
    }

    @Test
    void a_locked_parameter_that_is_not_a_number_shows_no_lock() {
        LoginForm form = loginWith("locked", "<b>99</b>");

        assertThat(form.isError()).isFalse();
    }
}
