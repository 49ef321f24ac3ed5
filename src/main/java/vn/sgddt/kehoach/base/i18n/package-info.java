/** Message bundles for the UI and the API; Vietnamese by default, English as the second language. */
package vn.sgddt.kehoach.base.i18n;
