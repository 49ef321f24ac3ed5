package vn.sgddt.kehoach.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/** The official of a request is read once per request, and only for whoever the request signed in as. */
@IntegrationTest
class CurrentOfficialTest {

    @Autowired
    CurrentOfficial current;

    @Autowired
    DirectoryService directory;

    @Autowired
    UserDetailsService signIn;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
        SignedIn.clear();
    }

    @Test
    void withinARequestTheSignInsReadServesTheRestOfIt() {
        startRequest();
        signIn.loadUserByUsername("cv.gdtrh");
        SignedIn.as(directory, "cv.gdtrh");

        Official first = current.require();
        assertThat(first.getUsername()).isEqualTo("cv.gdtrh");
        assertThat(first.getRoles()).isNotEmpty();
        assertThat(current.require()).isSameAs(first);
    }

    @Test
    void aReadOfSomeoneElseIsNotTaken() {
        startRequest();
        signIn.loadUserByUsername("cv.gdtrh");
        SignedIn.as(directory, "vanthu");

        assertThat(current.require().getUsername()).isEqualTo("vanthu");
    }

    @Test
    void withoutARequestEveryCallReadsTheDirectory() {
        // Spring's test support binds a mock request to every test method of a web application: none here
        RequestContextHolder.resetRequestAttributes();
        SignedIn.as(directory, "cv.gdtrh");

        Official first = current.require();
        assertThat(current.require()).isNotSameAs(first).extracting(Official::getUsername).isEqualTo("cv.gdtrh");
    }

    @Test
    void theNextRequestReadsAgain() {
        startRequest();
        SignedIn.as(directory, "cv.gdtrh");
        Official inFirstRequest = current.require();
        assertThat(current.require()).isSameAs(inFirstRequest);

        startRequest();
        assertThat(current.require()).isNotSameAs(inFirstRequest);
    }

    @Test
    void aDisabledOfficialIsNotKept() {
        Official disabled = directory.official("cv.gdtrh").orElseThrow();
        disabled.setEnabled(false);
        startRequest();
        CurrentOfficial.remember(disabled);
        SignedIn.as(directory, "cv.gdtrh");

        // nothing was kept (the change above is in memory only), so this comes from the directory, where he is enabled
        assertThat(current.require()).isNotSameAs(disabled).extracting(Official::isEnabled).isEqualTo(true);
    }

    @Test
    void withNoOneSignedInNothingKeptIsGiven() {
        SignedIn.clear();
        startRequest();
        signIn.loadUserByUsername("cv.gdtrh");

        assertThatThrownBy(() -> current.require()).isInstanceOf(NotAllowedException.class);
    }

    private static void startRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
