package org.edusignconnector.course;

/** The source system answered something the connector cannot read (not JSON, wrong shape...). */
public class SourceDataException extends RuntimeException {
    public SourceDataException(String message) {
        super(message);
    }

    public SourceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
