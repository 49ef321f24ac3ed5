package vn.sgddt.kehoach.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.ui.InboxView;
import vn.sgddt.kehoach.plan.ui.PlanListView;
import vn.sgddt.kehoach.support.IntegrationTest;

/** The UI speaks Vietnamese first and switches to English from the header. */
@IntegrationTest
class LanguageSwitchViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @BeforeEach
    void signIn() {
        KaribuUi.signIn(context, directory, "cv.gdtrh");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void the_inbox_opens_first_and_speaks_vietnamese() {
        NavigatorKt.expectView(InboxView.class);
        assertThat(_get(H2.class, s -> s.withText("Việc cần xử lý"))).isNotNull();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Việc cần xử lý");
    }

    @Test
    void switching_to_english_shows_english_texts() {
        _click(_get(Button.class, s -> s.withId("language-switch")));

        NavigatorKt.expectView(InboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("My work");
        assertThat(_get(Grid.class, s -> s.withId("inbox-grid")).getColumnByKey("due").getHeaderText())
                .isEqualTo("Due");

        UI.getCurrent().navigate(PlanListView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PlanStatus> status = _get(ComboBox.class, s -> s.withId("plan-status-filter"));
        assertThat(status.getItemLabelGenerator().apply(PlanStatus.ISSUED)).isEqualTo("Issued");
        assertThat(_get(Button.class, s -> s.withId("language-switch")).getText()).isEqualTo("Tiếng Việt");
    }
}
