package org.edusignconnector.course;

/** A decision not to send an item, with the reason code and a readable detail naming what matched. */
public record Skip(ReasonCode reason, String detail) {
    public Skip {
        if (reason == null) {
            throw new IllegalArgumentException("a skip needs a reason");
        }
        detail = detail == null ? "" : detail;
    }
}
