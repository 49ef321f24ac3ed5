/** The plan feature's REST API: plans under {@code /api/plans}, the caller's open steps under {@code /api/tasks}. */
package vn.sgddt.kehoach.plan.api;
