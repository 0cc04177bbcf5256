package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * The files of attachments, in {@code <data folder>/attachments/<id>.enc}: AES-256-GCM under the node's attachment
 * key (the JDK's JCA), a fresh 12-byte nonce per file, and the attachment's id and record id as associated data, so
 * that a file renamed or moved to another attachment fails to decrypt instead of showing the wrong content. Written
 * through a temporary file and a rename: a crash never leaves half a file under an attachment's name.
 */
final class AttachmentFiles {

	static final String FOLDER_NAME = "attachments";
	private static final byte[] MAGIC = "ENLATT01".getBytes(StandardCharsets.US_ASCII);
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final String CIPHER = "AES/GCM/NoPadding";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path folder;
	private final SecretKey key;

	AttachmentFiles(Path dataFolder, SecretKey key) {
		this.folder = dataFolder.resolve(FOLDER_NAME);
		this.key = key;
	}

	void write(String id, String recordId, byte[] content) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed;
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, id, recordId);
			sealed = cipher.doFinal(content);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(CIPHER + " failed", e);
		}
		Path file = file(id);
		Path partial = folder.resolve(id + ".part");
		try {
			Files.createDirectories(folder);
			Files.write(partial, ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length).put(MAGIC)
					.put(nonce).put(sealed).array());
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
	}

	byte[] read(String id, String recordId) {
		byte[] stored;
		try {
			stored = Files.readAllBytes(file(id));
		} catch (NoSuchFileException e) {
			throw new StoreException(Reason.CORRUPT, file(id).toString());
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
		int header = MAGIC.length + NONCE_BYTES;
		if (stored.length < header || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw new StoreException(Reason.CORRUPT, file(id).toString());
		}
		byte[] nonce = Arrays.copyOfRange(stored, MAGIC.length, header);
		try {
			return cipher(Cipher.DECRYPT_MODE, nonce, id, recordId).doFinal(stored, header, stored.length - header);
		} catch (AEADBadTagException e) {
			throw new StoreException(Reason.CORRUPT, file(id).toString());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(CIPHER + " failed", e);
		}
	}

	/** Removes the file; one already gone is fine. */
	void delete(String id) {
		try {
			Files.deleteIfExists(file(id));
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
	}

	Path folder() {
		return folder;
	}

	private Path file(String id) {
		return folder.resolve(id + ".enc");
	}

	private Cipher cipher(int mode, byte[] nonce, String id, String recordId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(CIPHER);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(("enlace-attachment/1\n" + id + "\n" + recordId).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}
}
