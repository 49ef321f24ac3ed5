package vn.sgddt.kehoach.assignment;

import vn.sgddt.kehoach.support.IntegrationTest;

/** {@link AssignmentTalliesContract} on H2, the embedded default (its {@code merge}). */
@IntegrationTest
class AssignmentTalliesTest extends AssignmentTalliesContract {
}
