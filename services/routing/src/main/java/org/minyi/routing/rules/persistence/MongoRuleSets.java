package org.minyi.routing.rules.persistence;

import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.domain.RuleSet;
import org.minyi.routing.rules.domain.RuleSets;
import org.minyi.routing.rules.persistence.RuleSetDocument.RuleDoc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Rule versions in MongoDB ({@code routing_rules}), one document each, inserted and never changed. */
public class MongoRuleSets implements RuleSets {

    private final MongoTemplate mongo;

    public MongoRuleSets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RuleSet> current() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, RuleSetDocument.class)).map(MongoRuleSets::toRuleSet);
    }

    @Override
    public Optional<RuleSet> version(int version) {
        return Optional.ofNullable(mongo.findById(version, RuleSetDocument.class)).map(MongoRuleSets::toRuleSet);
    }

    @Override
    public List<RuleSet> history() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), RuleSetDocument.class).stream()
                .map(MongoRuleSets::toRuleSet).toList();
    }

    @Override
    public void add(RuleSet rules) {
        try {
            mongo.insert(new RuleSetDocument(rules.version(), rules.rules().stream().map(MongoRuleSets::toDoc).toList(),
                    rules.updatedAt(), rules.updatedBy()));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentWrite("rules version " + rules.version() + " exists already");
        }
    }

    private static RuleDoc toDoc(Rule r) {
        return new RuleDoc(r.id(), r.description(), r.committee(), r.categories().stream().map(Enum::name).toList(),
                r.domains(), r.sectors(), r.townships(), r.topics(), r.keywords());
    }

    private static RuleSet toRuleSet(RuleSetDocument doc) {
        return new RuleSet(doc.version(), doc.rules() == null ? List.of() : doc.rules().stream()
                .map(r -> new Rule(r.id(), r.description(), r.committee(),
                        r.categories() == null ? List.of() : r.categories().stream().map(Category::valueOf).toList(),
                        r.domains(), r.sectors(), r.townships(), r.topics(), r.keywords()))
                .toList(), doc.updatedAt(), doc.updatedBy());
    }
}
