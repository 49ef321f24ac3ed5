/** Nhật ký hệ thống: the screen where the leadership and the administrator read the audit log. */
package vn.sgddt.kehoach.audit.ui;
