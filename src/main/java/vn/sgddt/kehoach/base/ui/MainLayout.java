package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.sgddt.kehoach.base.i18n.Languages;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.notification.NotificationService;

/** The frame of every screen: navigation, the signed-in official, unread notifications, language, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final SideNavItem notificationsItem;
    private final Span unreadBadge = new Span();

    public MainLayout(CurrentOfficial currentOfficial, NotificationService notifications,
            AssignmentService followUp, AuthenticationContext authentication) {
        this.notifications = notifications;
        Official me = currentOfficial.require();

        Span appName = new Span(getTranslation("app.title"));
        appName.addClassName("app-name");
        appName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Span who = new Span(me.getFullName() + " · " + me.getPosition()
                + (me.getUnitCode() == null ? "" : " · " + me.getUnitCode()));
        who.addClassNames("current-user", "hide-on-phone");

        Button language = new Button(getTranslation("language.switch"), e -> {
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(ui.getLocale().getLanguage().equals("en") ? Languages.VIETNAMESE
                    : Languages.ENGLISH);
            ui.getPage().reload();
        });
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), appName, who, language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "", VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.plans"), "plans", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.assignments"), "assignments", VaadinIcon.TASKS.create()));
        if (followUp.maySeeDashboard()) {
            nav.addItem(new SideNavItem(getTranslation("nav.followUp"), "follow-up", VaadinIcon.CHART.create()));
        }
        if (me.getUnitCode() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.newPlan"), "plans/new", VaadinIcon.PLUS.create()));
        }
        notificationsItem = new SideNavItem(getTranslation("nav.notifications"), "notifications",
                VaadinIcon.BELL_O.create());
        unreadBadge.getElement().getThemeList().add("badge contrast pill small");
        unreadBadge.setId("unread-count");
        notificationsItem.setSuffixComponent(unreadBadge);
        nav.addItem(notificationsItem);
        if (me.has(Role.QUAN_TRI)) {
            nav.addItem(new SideNavItem(getTranslation("nav.directory"), "directory", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.incidents"), "incidents", VaadinIcon.WARNING.create()));
        }
        if (me.has(Role.GIAM_DOC) || me.has(Role.PHO_GIAM_DOC) || me.has(Role.QUAN_TRI)) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.RECORDS.create()));
        }

        Anchor tasklist = new Anchor("/camunda/app/tasklist/", getTranslation("nav.tasklist"), AnchorTarget.BLANK);
        Anchor cockpit = new Anchor("/camunda/app/cockpit/", getTranslation("nav.cockpit"), AnchorTarget.BLANK);
        tasklist.setRouterIgnore(true);
        cockpit.setRouterIgnore(true);
        VerticalLayout camunda = new VerticalLayout(tasklist);
        // the security refuses Cockpit to everyone else
        if (me.has(Role.GIAM_DOC) || me.has(Role.PHO_GIAM_DOC) || me.has(Role.QUAN_TRI)) {
            camunda.add(cockpit);
        }
        camunda.setPadding(true);
        camunda.setSpacing(false);
        camunda.getStyle().set("font-size", "var(--lumo-font-size-s)");

        addToDrawer(new Scroller(nav), camunda);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnreadCount();
    }

    /** Refreshes the unread count of the layout around the current view of {@code ui}, if it has one. */
    public static void refreshUnreadCountIn(UI ui) {
        ui.getInternals().getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast).findFirst().ifPresent(MainLayout::refreshUnreadCount);
    }

    /** Views call this after they change what the user has read. */
    public void refreshUnreadCount() {
        long unread = notifications.unreadCount();
        unreadBadge.setText(String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
    }
}
