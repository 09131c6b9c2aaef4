package org.edusignconnector.badinput;

/**
 * One hostile or broken input of a family (Celcat events, FCA registrations...), numbered in its
 * family, with the outcome the user must see. {@code input} is what the family's test feeds to
 * the simulators (a JSON record, a fault...).
 */
record BadCase<T>(String family, int number, String slug, String what, T input, Expect expect) {

    @Override
    public String toString() {
        return family + " " + number + ": " + what + " -> " + expect.label();
    }
}
