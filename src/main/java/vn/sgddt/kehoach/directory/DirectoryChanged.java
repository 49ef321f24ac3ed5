package vn.sgddt.kehoach.directory;

/** Published after units or officials changed, so mirrors of the directory (Camunda's identity) can follow. */
public record DirectoryChanged() {
}
