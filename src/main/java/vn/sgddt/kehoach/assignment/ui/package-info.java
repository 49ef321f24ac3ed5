/** Screens of the assignment feature: the unit's assignments, one assignment, and the follow-up dashboard. */
package vn.sgddt.kehoach.assignment.ui;
