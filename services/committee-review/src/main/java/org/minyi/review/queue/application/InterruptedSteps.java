package org.minyi.review.queue.application;

import java.util.List;
import java.util.function.Consumer;

import org.minyi.chassis.events.Causation;

/**
 * Takes up the multi-document steps (a merge, an issue) that a crash or failure interrupted. Each is
 * completed under a correlation of its own, {@code <sweep>-<id>}, as the request that began it is gone.
 */
public final class InterruptedSteps {

    private InterruptedSteps() {
    }

    /**
     * Completes each; one that fails again does not keep the others from completing.
     *
     * @return how many it took up
     * @throws RuntimeException the first failure, once every one was tried
     */
    public static <I> int completeEach(List<I> ids, String sweep, Consumer<I> completion) {
        RuntimeException first = null;
        for (I id : ids) {
            try {
                new Causation(sweep + "-" + id, null).within(() -> completion.accept(id));
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return ids.size();
    }
}
