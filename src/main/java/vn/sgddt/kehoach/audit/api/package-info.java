/** The audit log over the REST API: {@code GET /api/audit}, read-only, for the leadership and the administrator. */
package vn.sgddt.kehoach.audit.api;
