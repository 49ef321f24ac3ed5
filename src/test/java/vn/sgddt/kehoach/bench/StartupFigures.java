package vn.sgddt.kehoach.bench;

import java.util.List;

/** Start-up time and memory of the production jar: filled in by the start-up benchmark once it is merged. */
final class StartupFigures {

    private StartupFigures() {
    }

    static void into(Results results, List<String> databases) {
    }
}
