package org.minyi.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.minyi.platform.faults.FaultSuite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reduced fault-injection suite on a platform of its own (faults must not disturb the other
 * end-to-end tests): services killed and restarted, broker and database restarted, poison in every
 * topic, a consumer group rewound — nothing acknowledged lost, nothing twice, exactly the poison in the
 * dead letters. The full form: {@code ./minyi faults}.
 */
class FaultInjectionIT {

    private static final Logger log = LoggerFactory.getLogger(FaultInjectionIT.class);

    @Test
    void nothingAcknowledgedIsLostAndNothingHappensTwice() throws Exception {
        Path repository = Path.of(System.getProperty("minyi.repository", "../..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("minyi-faults");
        PlatformSettings settings = SharedPlatform.freshSettings(repository, data);
        try (LocalPlatform platform = LocalPlatform.start(settings, LocalPlatform.Mode.ALL)) {
            FaultSuite.Result result = new FaultSuite(platform).run(FaultSuite.Plan.REDUCED);
            log.info("Fault injection:\n{}", result.markdown());

            assertThat(result.acceptedReports()).as("reports acknowledged during the faults").isGreaterThan(50);
            assertThat(result.journeys()).as("reports driven through their whole life during the faults")
                    .isGreaterThan(10);
            assertThat(result.verdict().problems()).isEmpty();
            assertThat(result.verdict().lost()).isZero();
            assertThat(result.verdict().duplicated()).isZero();
            assertThat(result.verdict().complete()).isEqualTo(result.verdict().accepted());
        }
    }
}
