package org.edusignconnector.course;

/**
 * A check a source adapter makes against its system once the runtime is up (its HTTP routes
 * started), failing the start-up with a message naming the tenant and the field.
 */
public interface StartupCheck {
    void checkAtStartup();
}
