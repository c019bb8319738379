package org.minyi.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minyi.platform.DurableH2Backend.GroupCommit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A write is answered only once it is durable; a failed commit is an error, never a hang. */
class GroupCommitTest {

    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicBoolean diskFull = new AtomicBoolean();
    private volatile CountDownLatch slowDisk = new CountDownLatch(0);
    private final GroupCommit group = new GroupCommit(() -> {
        waitFor(slowDisk);
        if (diskFull.get()) {
            throw new IllegalStateException("No space left on device");
        }
        commits.incrementAndGet();
    });

    @AfterEach
    void stop() {
        group.stop();
    }

    @Test
    void aWriteReturnsAfterACommitThatStartedAfterIt() {
        group.awaitCommit();
        group.awaitCommit();

        assertThat(commits).hasValue(2);
    }

    @Test
    void theCommitsAreCountedOnlyWhenTheySucceed() {
        group.awaitCommit();
        diskFull.set(true);
        assertThatThrownBy(group::awaitCommit).isInstanceOf(GroupCommit.CommitFailed.class);
        diskFull.set(false);
        group.awaitCommit();

        assertThat(group.count()).isEqualTo(2);
    }

    @Test
    void aFailedCommitFailsTheWritesWaitingOnItAndTheNextWriteTriesAgain() throws Exception {
        diskFull.set(true);
        CompletableFuture<Void> write = CompletableFuture.runAsync(group::awaitCommit);

        assertThatThrownBy(() -> write.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(GroupCommit.CommitFailed.class).hasMessageContaining("No space left on device");

        diskFull.set(false);
        CompletableFuture.runAsync(group::awaitCommit).get(5, TimeUnit.SECONDS);
        assertThat(commits).hasValue(1);
    }

    @Test
    void anInterruptedWriterStillWaitsForItsCommitAndKeepsItsInterrupt() throws Exception {
        slowDisk = new CountDownLatch(1);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        AtomicInteger committedWhenAnswered = new AtomicInteger(-1);
        Thread writer = new Thread(() -> {
            group.awaitCommit();
            committedWhenAnswered.set(commits.get());
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        writer.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> writer.getState() == Thread.State.WAITING);

        writer.interrupt();
        writer.join(300);
        assertThat(writer.isAlive()).as("answered before the commit").isTrue();

        slowDisk.countDown();
        writer.join(5000);
        assertThat(committedWhenAnswered).hasValue(1);
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void closingTheStoreFailsTheWritesStillWaiting() throws Exception {
        slowDisk = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(group::awaitCommit);
        await().atMost(Duration.ofSeconds(5)).until(() -> slowDisk.getCount() == 1 && !first.isDone());
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(group::awaitCommit);

        group.stop();
        slowDisk.countDown();

        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(GroupCommit.CommitFailed.class);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
