package org.minyi.platform;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend, made durable per write: a write command answers only after the store has
 * committed it to the file, so an acknowledged write survives a crash of the process. Concurrent
 * writers share one commit (group commit), which keeps the cost low under load.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final GroupCommit commits;

    DurableH2Backend(MVStore store) {
        super(store);
        this.commits = new GroupCommit(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            commits.awaitCommit();
        }
        return answer;
    }

    @Override
    public void close() {
        commits.stop();
        super.close();
    }

    /** One thread commits for every writer that arrived before the commit started. */
    static final class GroupCommit {

        private final MVStore store;
        private long requested;
        private long completed;
        private boolean stopped;
        private final Thread committer;

        GroupCommit(MVStore store) {
            this.store = store;
            this.committer = new Thread(this::run, "mongo-group-commit");
            this.committer.setDaemon(true);
            this.committer.start();
        }

        synchronized void awaitCommit() {
            long ticket = ++requested;
            notifyAll();
            while (completed < ticket && !stopped) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        private void run() {
            while (true) {
                long upTo;
                synchronized (this) {
                    while (requested == completed && !stopped) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    upTo = requested;
                }
                store.commit();
                synchronized (this) {
                    completed = upTo;
                    notifyAll();
                }
            }
        }
    }
}
