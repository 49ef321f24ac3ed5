/**
 * The agency's directory: its units (phòng, văn phòng, thanh tra), the officials who work in them, who heads each
 * unit and which Phó Giám đốc is in charge of its field. The directory is data an administrator edits; the rest of
 * the application asks it who should act, never hard-codes it. Users and groups are mirrored into Camunda's
 * identity service so that Tasklist and Cockpit know the same people.
 */
package vn.sgddt.kehoach.directory;
