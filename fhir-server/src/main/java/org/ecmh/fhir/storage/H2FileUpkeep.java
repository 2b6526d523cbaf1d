package org.ecmh.fhir.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The upkeep of the H2 file that {@code WRITE_DELAY=0} switches off. H2 keeps its file compact on a background
 * thread that rewrites the live pages of sparsely used chunks, so that those chunks can be freed; it starts that
 * thread only when it delays commits. With every commit written through (so that an acknowledged write survives
 * a kill) no such thread runs, a chunk with a single live page stays forever, and the file grows with everything
 * ever written instead of with the data. This runs the same rewriting (H2's public {@link MVStore#compact}, under
 * H2's own store lock) on a schedule of its own, on an embedded H2 only.
 */
final class H2FileUpkeep implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(H2FileUpkeep.class);

	private final DataSource dataSource;
	private final boolean scheduled;
	private final StorageProperties.H2FileUpkeep settings;
	private ScheduledExecutorService schedule;

	H2FileUpkeep(DataSource dataSource, DatabaseKind databaseKind, StorageProperties.H2FileUpkeep settings) {
		this.dataSource = dataSource;
		this.scheduled = databaseKind == DatabaseKind.H2 && settings.interval().compareTo(Duration.ZERO) > 0;
		this.settings = settings;
	}

	/** Rewrites up to the configured amount of live pages out of sparse chunks, if the file is below its fill rate. */
	void keepUp() {
		try (Connection connection = dataSource.getConnection()) {
			// an H2 reached over TCP (no local session) is kept by the process that has its file open
			if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
				MVStore store = session.getDatabase().getStore().getMvStore();
				store.compact(settings.targetFillRate(), (int) settings.rewritePerRun().toBytes());
			}
		} catch (SQLException | RuntimeException e) {
			log.warn("H2 file upkeep failed; trying again in {}", settings.interval(), e);
		}
	}

	@Override
	public boolean isAutoStartup() {
		return scheduled;
	}

	@Override
	public synchronized void start() {
		CustomizableThreadFactory thread = new CustomizableThreadFactory("h2-file-upkeep-");
		thread.setDaemon(true);
		schedule = Executors.newSingleThreadScheduledExecutor(thread);
		long every = settings.interval().toMillis();
		schedule.scheduleWithFixedDelay(this::keepUp, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (schedule == null) {
			return;
		}
		// The data source closes the database after this. A rewrite under way (milliseconds) is left to finish, not
		// interrupted: an interrupt in the middle of file I/O can close the channel under H2.
		schedule.shutdown();
		try {
			schedule.awaitTermination(settings.interval().toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		schedule = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return schedule != null;
	}
}
