package vn.sgddt.kehoach.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The agency a fresh installation starts with; an administrator edits it afterwards in the directory. */
@ConfigurationProperties("kehoach.agency")
record AgencyProperties(String name, String parentName, String symbol, String place, String followUpUnit) {
}
