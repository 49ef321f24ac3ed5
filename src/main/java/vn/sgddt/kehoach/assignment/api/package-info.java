/** The assignment feature's REST API under {@code /api/assignments}, the dashboard export and the calendar feed. */
package vn.sgddt.kehoach.assignment.api;
