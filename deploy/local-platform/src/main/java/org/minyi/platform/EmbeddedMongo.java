package org.minyi.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/** mongo-java-server over the real wire protocol, keeping its data in one H2 file. */
final class EmbeddedMongo implements AutoCloseable {

    private static final int WORKERS = 16;

    private final MongoServer server;
    private final DurableH2Backend backend;

    private EmbeddedMongo(MongoServer server, DurableH2Backend backend) {
        this.server = server;
        this.backend = backend;
    }

    static EmbeddedMongo start(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        MVStore store = new MVStore.Builder().fileName(directory.resolve("minyi.mv.db").toString())
                .compress().open();
        DurableH2Backend backend = new DurableH2Backend(store);
        MongoServer server = new MongoServer(backend);
        // one worker thread serves many connections, and a slow query holds its thread: with more workers
        // than Netty's default (two per core) one slow query does not stall a quarter of all clients
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKERS);
        return new EmbeddedMongo(server, backend);
    }

    /** Write commands and file commits so far, for the benchmark. */
    LocalPlatform.DatabaseActivity activity() {
        return new LocalPlatform.DatabaseActivity(backend.dataWrites(), backend.commits());
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
