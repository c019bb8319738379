package org.minyi.followup.handling.domain;

public enum TaskStatus {
    OPEN, FED_BACK
}
