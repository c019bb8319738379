package org.minyi.routing.reference.domain;

import java.util.Set;

/** The codes of 清河县 that tests need. */
public final class CountyFixture {

    public static final CountyCodes QINGHE = new CountyCodes() {
        @Override
        public Set<String> committees() {
            return Set.of("proposals", "economy", "agriculture", "environment", "education", "social-legal",
                    "ethnic-religious", "overseas", "culture-history", "public-opinion");
        }

        @Override
        public Set<String> domains() {
            return Set.of("economy", "agriculture", "environment", "education", "health", "culture",
                    "social-security", "governance", "legal", "urban", "transport", "ethnic-religious", "science",
                    "other");
        }

        @Override
        public Set<String> sectors() {
            return Set.of("cdl", "agriculture", "education", "health", "jiusan");
        }

        @Override
        public Set<String> townships() {
            return Set.of("chengguan", "hekou", "xishan", "gaoling");
        }
    };

    private CountyFixture() {
    }
}
