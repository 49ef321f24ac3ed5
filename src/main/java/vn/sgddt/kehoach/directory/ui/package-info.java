/** The administrator's screen of the directory: the agency, its units and its officials. */
package vn.sgddt.kehoach.directory.ui;
