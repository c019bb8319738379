package org.minyi.platform;

import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.minyi.standin.IndexedH2Backend;

/**
 * The stand-in's H2 file backend (answering queries from indexes, {@link IndexedH2Backend}), made durable
 * per write: a write command answers only after the store has committed it to the file, so an
 * acknowledged write survives a crash of the process. Concurrent writers share one commit (group
 * commit), which keeps the cost low under load.
 *
 * <p>A commit that fails (the disk full, the file gone) answers every write waiting on it with an
 * error the driver reports as the database being unreachable ({@code HostUnreachable}, which services
 * answer with 503 and consumers retry), never with a hang; the next write tries to commit again. Such a
 * write is applied in memory and may still become durable with a later commit, as a write whose answer
 * was lost would: clients repeat it, and every write here is idempotent.
 */
final class DurableH2Backend extends IndexedH2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");
    /** Commands that change documents, counted for the benchmark's writes per report. */
    private static final Set<String> DATA_WRITES = Set.of("insert", "update", "delete", "findandmodify");
    /** The driver's code for a server it cannot reach: a resource failure, never mistaken for bad input. */
    private static final int HOST_UNREACHABLE = 6;

    private final GroupCommit commits;
    private final LongAdder dataWrites = new LongAdder();

    DurableH2Backend(MVStore store) {
        super(store);
        this.commits = new GroupCommit(store::commit);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        String name = command.toLowerCase();
        if (DATA_WRITES.contains(name)) {
            dataWrites.increment();
        }
        if (WRITES.contains(name)) {
            try {
                commits.awaitCommit();
            } catch (GroupCommit.CommitFailed e) {
                throw new MongoServerError(HOST_UNREACHABLE, "HostUnreachable",
                        "the write could not be made durable: " + e.getMessage(), e);
            }
        }
        return answer;
    }

    /** Write commands answered so far (insert, update, delete, findAndModify; a bulk write counts once). */
    long dataWrites() {
        return dataWrites.sum();
    }

    /** Commits to the file so far; one covers every write that arrived before it started. */
    long commits() {
        return commits.count();
    }

    @Override
    public void close() {
        commits.stop();
        super.close();
    }

    /**
     * One thread commits for every writer that arrived before the commit started. A writer returns
     * only once a commit that started after its write succeeded, or fails with {@link CommitFailed}
     * when the commit covering it failed or the store is closing; an interrupt never makes it return early.
     */
    static final class GroupCommit {

        private final Runnable commit;
        private final Thread committer;
        private long requested;
        private long completed;
        private long failedUpTo;
        private RuntimeException failure;
        private boolean stopped;
        private long count;

        GroupCommit(Runnable commit) {
            this.commit = commit;
            this.committer = new Thread(this::run, "mongo-group-commit");
            this.committer.setDaemon(true);
            this.committer.start();
        }

        /**
         * Waits until this thread's writes are committed.
         *
         * @throws CommitFailed when the commit that covered them failed, or the store is closing
         */
        void awaitCommit() {
            boolean interrupted = false;
            try {
                synchronized (this) {
                    long ticket = ++requested;
                    notifyAll();
                    while (completed < ticket) {
                        if (failedUpTo >= ticket) {
                            throw new CommitFailed(failure.toString(), failure);
                        }
                        if (stopped) {
                            throw new CommitFailed("the store is closing", null);
                        }
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // the write is applied; answering before it is durable would break the promise
                            interrupted = true;
                        }
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        synchronized long count() {
            return count;
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        private void run() {
            while (true) {
                long upTo;
                synchronized (this) {
                    while (requested == Math.max(completed, failedUpTo) && !stopped) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // only stop() ends the committer: writers would otherwise wait for ever
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    upTo = requested;
                }
                try {
                    commit.run();
                    synchronized (this) {
                        count++;
                        completed = upTo;
                        notifyAll();
                    }
                } catch (RuntimeException e) {
                    synchronized (this) {
                        failedUpTo = upTo;
                        failure = e;
                        notifyAll();
                    }
                }
            }
        }

        /** The commit that would have made a write durable failed. */
        static final class CommitFailed extends RuntimeException {

            CommitFailed(String message, Throwable cause) {
                super(message, cause);
            }
        }
    }
}
