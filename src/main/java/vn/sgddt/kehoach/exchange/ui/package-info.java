/** The import preview of the plan editor: upload or paste, check what was read, fix what is flagged, apply. */
package vn.sgddt.kehoach.exchange.ui;
