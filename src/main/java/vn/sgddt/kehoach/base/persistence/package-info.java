/**
 * The database: one schema, created and changed only by Flyway migrations that run unchanged on H2 (the embedded
 * default) and PostgreSQL (production), Camunda's tables from Camunda's own scripts among them, and the engine
 * started only once the migrations are done.
 */
package vn.sgddt.kehoach.base.persistence;
