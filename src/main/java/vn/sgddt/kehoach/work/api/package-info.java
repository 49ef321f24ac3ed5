/** {@code /api/tasks}: the caller's open work and its decisions. */
package vn.sgddt.kehoach.work.api;
