package org.edusignconnector.badinput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds one family of cases, numbering them from 1 and refusing a slug twice. */
final class Catalog<T> {

    private final String family;
    private final List<BadCase<T>> cases = new ArrayList<>();
    private final Set<String> slugs = new HashSet<>();

    Catalog(String family) {
        this.family = family;
    }

    Catalog<T> add(String slug, String what, T input, Expect expect) {
        if (!slugs.add(slug)) {
            throw new IllegalArgumentException("slug used twice in " + family + ": " + slug);
        }
        cases.add(new BadCase<>(family, cases.size() + 1, slug, what, input, expect));
        return this;
    }

    List<BadCase<T>> cases() {
        return List.copyOf(cases);
    }
}
