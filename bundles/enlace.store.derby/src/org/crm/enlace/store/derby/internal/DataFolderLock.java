package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * Holds {@value #FILE_NAME} in a data folder while a store is open on it. Derby's own lock only keeps out other
 * JVMs: inside one JVM a second boot of the same database silently shares it. This lock refuses a second store on
 * the folder, in this process or another, before Derby is involved.
 */
final class DataFolderLock implements AutoCloseable {

	static final String FILE_NAME = "enlace.lock";

	/*
	 * Folders locked by this process. Checked before opening the lock file at all: on POSIX systems closing any
	 * channel on a file may drop every lock the process holds on it, so a refused attempt must not open and close one.
	 */
	private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

	private final Path folder;
	private final FileChannel channel;
	private final FileLock lock;

	private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param dataFolder an existing folder, as returned by {@link DataFolder#prepare}
	 * @throws StoreException {@code LOCKED} when held by a store of this or another process, {@code NOT_WRITABLE} when
	 *                        the lock file cannot be created
	 */
	static DataFolderLock acquire(Path dataFolder) {
		Path folder = realPath(dataFolder);
		if (!HELD.add(folder)) {
			throw new StoreException(Reason.LOCKED, dataFolder.toString());
		}
		try {
			return lock(folder, dataFolder);
		} catch (RuntimeException e) {
			HELD.remove(folder);
			throw e;
		}
	}

	private static DataFolderLock lock(Path folder, Path dataFolder) {
		FileChannel channel;
		try {
			channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (IOException | SecurityException e) {
			throw new StoreException(Reason.NOT_WRITABLE, dataFolder.toString(), e);
		}
		try {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new StoreException(Reason.LOCKED, dataFolder.toString());
			}
			return new DataFolderLock(folder, channel, lock);
		} catch (OverlappingFileLockException e) {
			closeQuietly(channel);
			throw new StoreException(Reason.LOCKED, dataFolder.toString(), e);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new StoreException(Reason.FAILED, dataFolder.toString(), e);
		} catch (RuntimeException e) {
			closeQuietly(channel);
			throw e;
		}
	}

	private static Path realPath(Path folder) {
		try {
			return folder.toRealPath();
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// Nothing was locked through this channel; there is nothing to release.
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		} catch (IOException e) {
			// The operating system drops the lock when the process ends; nothing else can be done here.
		} finally {
			HELD.remove(folder);
		}
	}
}
