/** The incidents over REST, for the administrator. */
package vn.sgddt.kehoach.incident.api;
