package org.minyi.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The database counts what the benchmark reports: write commands and the file commits that made them durable. */
class EmbeddedMongoTest {

    @Test
    void writeCommandsAreCountedOnceEachAndReadsNotAtAll() throws Exception {
        Path directory = Files.createTempDirectory("minyi-mongo");
        int port = freePort();
        try (EmbeddedMongo mongo = EmbeddedMongo.start(directory, port);
             MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> reports = client.getDatabase("minyi_test").getCollection("reports");
            reports.find().first();
            LocalPlatform.DatabaseActivity before = mongo.activity();

            reports.insertOne(new Document("_id", "r1"));
            reports.insertMany(List.of(new Document("_id", "r2"), new Document("_id", "r3")));
            reports.updateOne(Filters.eq("_id", "r1"), Updates.set("status", "ROUTED"));
            reports.findOneAndUpdate(Filters.eq("_id", "r2"), Updates.set("status", "ROUTED"));
            reports.deleteOne(Filters.eq("_id", "r3"));
            reports.find(Filters.eq("_id", "r1")).first();

            LocalPlatform.DatabaseActivity done = mongo.activity().since(before);
            assertThat(done.writes()).isEqualTo(5);
            assertThat(done.commits()).isBetween(1L, 5L);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
