/**
 * What every feature shares: the clock, the errors a service raises for bad input, refused access and conflicts,
 * security, message bundles and the layout of the UI.
 */
package vn.sgddt.kehoach.base;
