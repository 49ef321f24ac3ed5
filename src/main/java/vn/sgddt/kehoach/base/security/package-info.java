/** Sign-in for the UI, the REST API and Camunda's webapps, all from the one directory. */
package vn.sgddt.kehoach.base.security;
