package org.deputyflow.disclosure;

import java.util.List;
import org.deputyflow.disclosure.domain.Redaction;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What personal data is masked before the public reads a text, configurable under
 * {@code deputyflow.publication.redaction}: the mask and the regular expressions, applied in their order.
 * The patterns are written for Chinese text (addresses by 路, 号楼, 室 …), so they belong to the place the
 * application serves, not to its code.
 */
@ConfigurationProperties("deputyflow.publication.redaction")
public record RedactionSettings(String mask, List<String> patterns) {

    public RedactionSettings {
        if (mask == null || mask.isEmpty()) {
            throw new IllegalArgumentException("deputyflow.publication.redaction.mask must be set");
        }
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException(
                    "deputyflow.publication.redaction.patterns must name at least one pattern");
        }
        patterns = List.copyOf(patterns);
    }

    public Redaction redaction() {
        return new Redaction(mask, patterns);
    }
}
