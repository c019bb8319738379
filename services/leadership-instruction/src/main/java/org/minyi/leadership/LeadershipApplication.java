package org.minyi.leadership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Leadership-instruction: the leaders' inbox, their instructions (批示), forwards (转办) and archiving. */
@SpringBootApplication
public class LeadershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadershipApplication.class, args);
    }
}
