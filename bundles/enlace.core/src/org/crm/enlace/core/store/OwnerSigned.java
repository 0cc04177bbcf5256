package org.crm.enlace.core.store;

/**
 * The bytes a record's owner signed for the version the store holds, and the owner's signature: kept for the versions
 * received from other nodes ({@link RecordRepository#receive}), so that a relay passes them on without re-signing.
 */
public record OwnerSigned(String recordId, int version, byte[] document, byte[] signature) {
}
