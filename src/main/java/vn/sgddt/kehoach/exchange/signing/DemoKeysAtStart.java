package vn.sgddt.kehoach.exchange.signing;

import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Role;

/**
 * In demo mode, makes the demo certificate authority, the agency's key and a key for every official who may sign
 * at start, after the directory is loaded, so the first signature does not wait for key generation and the
 * authority's certificate is there to trust. Keys that exist are left as they are; outside demo mode nothing happens.
 */
@Component
@Order(20)
class DemoKeysAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKeysAtStart.class);

    private final SigningKeys keys;
    private final DirectoryService directory;

    DemoKeysAtStart(SigningKeys keys, DirectoryService directory) {
        this.keys = keys;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!keys.demoMode()) {
            return;
        }
        String agency = directory.agency().getName();
        keys.forAgency(agency);
        long signers = Stream.of(Role.GIAM_DOC, Role.PHO_GIAM_DOC).flatMap(r -> directory.withRole(r).stream())
                .peek(o -> keys.forSigner(o.getUsername(), o.getFullName(), agency)).count();
        log.info("Demo signing keys ready for the agency and {} signers (issued by the demo certificate authority, "
                + "not a real one)", signers);
    }
}
