/**
 * Nhật ký hệ thống: an append-only record of who did what, when and from where (plan decisions, assignment actions,
 * changes to the directory). The features write to it through {@link vn.sgddt.kehoach.audit.AuditTrail} in the
 * transaction of the change itself, so a change that is rolled back leaves no line. Nothing here edits or deletes a
 * line. This module knows no other feature: callers pass who acted and what was changed.
 */
package vn.sgddt.kehoach.audit;
