/**
 * Benchmark support that must run next to the database: {@link org.crm.enlace.store.derby.bench.RawInsertBaseline},
 * the plain-JDBC floor that {@code ./enlace bench store} compares the store's inserts with. Exported to
 * {@code enlace.bench} only (x-friends); nothing in the product calls it, and it never touches the store's own tables
 * except to read them.
 */
package org.crm.enlace.store.derby.bench;
