package org.edusignconnector.sim.edusign;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Edusign-looking ids (16 lowercase alphanumerics), deterministic from a seed, unique per simulator. */
final class IdGenerator {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int LENGTH = 16;

    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    IdGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    synchronized String next() {
        while (true) {
            char[] chars = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String id = new String(chars);
            if (issued.add(id)) {
                return id;
            }
        }
    }
}
