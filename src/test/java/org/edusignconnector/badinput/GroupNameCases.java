package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.sent;
import static org.edusignconnector.testing.HostileValues.HUGE;
import static org.edusignconnector.testing.HostileValues.SCRIPT;
import static org.edusignconnector.testing.HostileValues.ZERO_WIDTH_SPACE;

import java.util.List;

/**
 * Hostile group names, with the groups option on (Celcat /Groups names, FCA séance "groupes"
 * labels): Edusign requires a name, so a group without one, or with nothing visible in it, is
 * named after its id; the invisible ones are recorded (SOURCE_ERROR naming the group). Markup is
 * text; a name beyond the technical cap is cut (TEXT_SHORTENED naming the group). The course always
 * reaches Edusign with its group attached.
 */
final class GroupNameCases {

    /**
     * @param groupId     the source group id (FCA Manager: "G-" and this number)
     * @param name        the hostile name, null for none
     * @param edusignName the name the Edusign group must have
     */
    record Input(int groupId, String name, String edusignName) {
    }

    static final List<BadCase<Input>> CELCAT = build("celcat group", "Group ");
    static final List<BadCase<Input>> FCA = build("fca group", "Groupe G-");

    private GroupNameCases() {
    }

    private static List<BadCase<Input>> build(String family, String fallback) {
        Catalog<Input> c = new Catalog<>(family);
        int id = 85;
        c.add("name-null", "a group without a name", new Input(id, null, fallback + id++), sent(null, null));
        c.add("name-blank", "a group whose name is blank", new Input(id, "   ", fallback + id++), sent(null, null));
        c.add("name-huge", "a group name of 100,000 characters: cut", new Input(id++, HUGE, HUGE.substring(0, 999) + "…"),
                sent(null, null).withEvent("TEXT_SHORTENED", "name of 100000 characters cut to 1000"));
        c.add("name-script", "a group name that is a <script>: sent as written", new Input(id++, SCRIPT, SCRIPT),
                sent(null, null));
        c.add("name-line-break", "a group name with a line break: a space", new Input(id++, "L1\nGroupe A", "L1 Groupe A"), sent(null, null));
        c.add("name-invisible", "a group name made only of zero-width spaces", new Input(id, ZERO_WIDTH_SPACE + ZERO_WIDTH_SPACE, fallback + id++),
                sent(null, null).withEvent("SOURCE_ERROR", "made only of invisible characters (U+200B U+200B)"));
        c.add("name-unicode", "a group name with accents and an emoji", new Input(id, "Promo Ωmega 🎓 été", "Promo Ωmega 🎓 été"), sent(null, null));
        return c.cases();
    }
}
