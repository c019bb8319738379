package org.minyi.followup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Follow-up: handling units work on their tasks, feed back, and the report is rated and closed. */
@SpringBootApplication
public class FollowUpApplication {

    public static void main(String[] args) {
        SpringApplication.run(FollowUpApplication.class, args);
    }
}
