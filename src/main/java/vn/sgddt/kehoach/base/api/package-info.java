/** How the REST API reports errors: status codes and messages in Vietnamese and English, naming each field. */
package vn.sgddt.kehoach.base.api;
