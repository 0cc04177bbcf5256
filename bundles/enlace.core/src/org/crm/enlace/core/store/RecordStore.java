package org.crm.enlace.core.store;

import java.nio.file.Path;

/** An open record store on one data folder. Close it to release the folder for another process. */
public interface RecordStore extends RecordRepository, AutoCloseable {

	Path dataFolder();

	@Override
	void close();
}
