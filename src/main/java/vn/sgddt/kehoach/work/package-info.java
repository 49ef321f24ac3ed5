/**
 * Việc cần xử lý: every open user task of every process, kept as a read model of our own that task listeners
 * update in the engine's transaction. The inbox reads this table with plain indexed queries instead of asking the
 * engine; each feature describes its own tasks ({@link vn.sgddt.kehoach.work.WorkDescriber}) and takes their
 * decisions ({@link vn.sgddt.kehoach.work.WorkHandler}).
 */
package vn.sgddt.kehoach.work;
