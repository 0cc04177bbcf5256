/**
 * Full-text search across records with Apache Lucene: {@link org.crm.enlace.search.FullTextIndex}, opened on a
 * folder with a key by {@link org.crm.enlace.search.FullTextIndexes} or the
 * {@link org.crm.enlace.search.FullTextIndexFactory} service.
 *
 * <h2>What is indexed</h2> Every {@code String}-valued attribute (single or many) of a record and of the objects it
 * contains, read generically from its EClass, as one bilingual text field (Spanish and English: case and accents
 * folded, stop words of both languages dropped, light plural and gender stemming). ID attributes and attributes
 * annotated {@code http://crm-enlace.org/search} {@code index=false} are left out. Beside the text, untokenized
 * fields let a caller narrow a search with a {@link org.crm.enlace.search.SearchFilter}: class and every supertype
 * ({@code nsURI#Name}), owner, every enum-valued attribute (handling code, TLP...), and the labels of
 * {@link org.crm.enlace.search.VisibilityLabels}; the version is kept for {@code verify}. Nothing is stored but the
 * id: a hit is an id and a score, never a person's data.
 *
 * <h2>Visibility</h2> The index never decides who may see a record. {@code search} returns candidate ids; the store
 * drops those the user may not see with its own access rule, as for any query. To keep that cheap the store may give
 * each record labels at indexing time ("ALL", "GTM", "SECRETARIAT"...) and pass the user's labels to
 * {@link org.crm.enlace.search.FullTextIndex#search(String, int, java.util.Set)}, or filter on the record's own
 * releasability attributes; the filter then runs inside Lucene.
 * The store must still check each hit: labels are a speed-up, not the rule.
 *
 * <h2>Encryption at rest</h2> The index holds persons' data (its terms are their words), so every file Lucene writes
 * is encrypted: AES-256 in counter mode through the JDK's own {@code javax.crypto}, with a random IV per file
 * ({@code internal.EncryptedDirectory}). The index is opened with a 256-bit AES key that comes from the store's node
 * keys: the record store hands it to {@code open}, and this bundle never stores it. Only Lucene's write lock, the
 * folder's marker and a key check (an HMAC under the key, which reveals nothing of it) are left plain; none holds
 * data. A folder written with another key, or before encryption, is found by that check at open: it is wiped and
 * opens empty, {@link org.crm.enlace.search.OpenState#REPLACED_BROKEN} and needing a rebuild, as a damaged index
 * does. Counter mode keeps the files confidential, not tamper-proof: Lucene's own checksums find a changed file, and
 * the cure is the same rebuild.
 *
 * <h2>Keeping the index in step with the store</h2> The database is the source of truth; the index can always be
 * rebuilt from it. Each store transaction that writes records does, on one thread:
 * <ol>
 * <li>{@code IndexUpdate update = index.begin()} (one update at a time: a second caller waits);</li>
 * <li>its database writes, and {@code update.index(record)} or {@code update.delete(id)} for each record;</li>
 * <li>{@code update.prepare(mark)}: the index's changes are on disk but not yet visible; {@code mark} is the store's
 * own name for the state after this transaction (say, its transaction counter);</li>
 * <li>the database commit; then {@code update.commit()}: the changes become visible;</li>
 * <li>{@code update.close()} in a finally block: rolls the index back when the commit was not reached (the database
 * rolled back or threw).</li>
 * </ol>
 * A crash between the database commit and {@code update.commit()} leaves the index one transaction behind. At open
 * the store therefore compares {@link org.crm.enlace.search.FullTextIndex#committedMark()} with its own: when they
 * differ it calls {@link org.crm.enlace.search.FullTextIndex#verify(java.util.Map)} with each record's stored version
 * and re-indexes (and deletes) what the returned {@link org.crm.enlace.search.IndexDrift} names, in one update. When
 * {@link org.crm.enlace.search.FullTextIndex#needsRebuild()} is true (new, damaged or outdated index) it calls
 * {@link org.crm.enlace.search.FullTextIndex#rebuild} instead, showing its progress and letting the user cancel.
 *
 * <h2>Failures</h2> All are {@link org.crm.enlace.search.SearchException}s whose message is for the user: it names
 * the folder or the position of a syntax error, never the query or a record's content, and carries no cause that
 * could (Lucene's own messages quote the query). Nothing in this bundle logs.
 */
package org.crm.enlace.search;
