package vn.sgddt.kehoach.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads and a write of officials that load no official (a part of the repository). */
interface OfficialQueries {

    /** Who of a unit is told of its work: the enabled members' usernames, in the order of their ids. */
    List<String> enabledUsernamesOf(String unitCode);

    /** The full names of those of these usernames that exist, by username. */
    Map<String, String> fullNamesOf(Collection<String> usernames);

    /**
     * Without the version check: two first sign-ins at once both write the same password in the new form, and
     * neither must fail for it. Returns how many officials were changed (0 or 1).
     */
    int replacePasswordHash(String username, String hash);
}
