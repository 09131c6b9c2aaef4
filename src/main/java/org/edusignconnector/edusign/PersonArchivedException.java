package org.edusignconnector.edusign;

/** A person archived on Edusign who cannot be put on a sheet (see {@link PersonWriter}). */
public class PersonArchivedException extends RuntimeException {
    public PersonArchivedException(String message) {
        super(message);
    }
}
