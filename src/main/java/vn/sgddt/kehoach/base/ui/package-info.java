/** The application shell: login, the main layout with its navigation, shared UI helpers. */
package vn.sgddt.kehoach.base.ui;
