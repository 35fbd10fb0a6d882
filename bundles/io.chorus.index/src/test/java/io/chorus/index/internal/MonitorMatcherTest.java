package io.chorus.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.query.Query;
import io.chorus.api.query.Span;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.Rule;
import io.chorus.query.internal.ChorusQueryLanguage;

class MonitorMatcherTest {

    private static Brand brand(String id, Rule... rules) {
        return new Brand(id, id, BrandRole.OWN, List.of(), List.of(), List.of(rules), List.of(), "");
    }

    private static Mention mention(String id, String text) {
        return new Mention(id, "", "", "", null, "", text, "");
    }

    private static Query names(String brandId) {
        return switch (brandId) {
            case "sber" -> new Query.Or(List.of(new Query.Term("Сбербанк", Span.NONE),
                    new Query.Term("Sberbank", Span.NONE)), Span.NONE);
            case "acme" -> new Query.Term("Acme", Span.NONE);
            default -> new Query.Term(brandId, Span.NONE);
        };
    }

    private static Logger silent() {
        return (Logger) java.lang.reflect.Proxy.newProxyInstance(Logger.class.getClassLoader(),
                new Class<?>[] {Logger.class}, (proxy, method, args) -> null);
    }

    @Test
    void matchesBrandsAndRulesAndSaysWhichWordsMatched() {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(
                brand("sber", new Rule("app", "App", "@sber AND вылетает", Set.of())), brand("acme")),
                reference -> names(reference.brand()));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        List<List<MentionMatch>> results = matcher.match(List.of(
                mention("1", "Приложение Сбербанк вылетает"), mention("2", "I love Acme and SBERBANK"),
                mention("3", "nothing here")));
        assertEquals(3, matcher.ruleCount());
        assertEquals(List.of("sber/app", "sber/brand"), ids(results.get(0)));
        assertEquals(List.of(new MentionMatch.MatchedText("text", 11, 19, "Сбербанк")),
                results.get(0).get(1).matched());
        assertEquals(List.of("acme/brand", "sber/brand"), ids(results.get(1)));
        assertEquals("SBERBANK", results.get(1).get(1).matched().get(0).text());
        assertTrue(results.get(2).isEmpty());
        matcher.deactivate();
    }

    @Test
    void followsChangesAndReportsRulesThatCannotCompile() {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(brand("acme")),
                reference -> names(reference.brand()));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        assertEquals(Set.of("acme/brand"), matcher.ruleIds());
        registry.replace(List.of(brand("acme", new Rule("broken", "Broken", "@nobody AND x", Set.of()),
                new Rule("ok", "Ok", "@acme AND robot", Set.of()))));
        assertEquals(Set.of("acme/brand", "acme/ok"), matcher.ruleIds());
        assertEquals(1, matcher.problems().size());
        assertTrue(matcher.problems().get(0).startsWith("rule broken of brand acme is left out: no brand nobody"),
                matcher.problems().get(0));
        assertEquals(List.of("acme/brand", "acme/ok"), ids(matcher.match(List.of(mention("1", "acme robot"))).get(0)));
        registry.replace(List.of());
        assertEquals(0, matcher.ruleCount());
        assertTrue(matcher.match(List.of(mention("1", "acme robot"))).get(0).isEmpty());
        matcher.deactivate();
    }

    @Test
    void wordFormsWorkThroughTheMonitorsPresearcher() {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(
                brand("sber", new Rule("deposit", "Deposit", "forms:вклад NEAR/3 forms:Сбербанк", Set.of()))),
                reference -> names(reference.brand()));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        List<List<MentionMatch>> results = matcher.match(List.of(mention("1", "Открыл два вклада в Сбербанке"),
                mention("2", "Вклад открыл, но не в сбербанке, а в другом месте")));
        assertEquals(List.of("sber/deposit"), ids(results.get(0)).stream().filter(id -> id.endsWith("deposit")).toList());
        assertEquals(List.of(), ids(results.get(1)).stream().filter(id -> id.endsWith("deposit")).toList());
        matcher.deactivate();
    }

    @Test
    void fuzzyRulesSayWhichMistypedWordsMatched() {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(
                brand("acme", new Rule("typos", "Typos", "acme~1 NEAR/2 robot", Set.of()))),
                reference -> names(reference.brand()));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        List<List<MentionMatch>> results = matcher.match(List.of(mention("1", "My Amce robot"),
                mention("2", "Acme robot"), mention("3", "Bcme robot"), mention("4", "Amce is really not a robot at all")));
        MentionMatch typo = results.get(0).stream().filter(m -> m.ruleId().equals("typos")).findFirst().orElseThrow();
        assertEquals(List.of(new MentionMatch.MatchedText("text", 3, 7, "Amce"),
                new MentionMatch.MatchedText("text", 8, 13, "robot")), typo.matched());
        assertTrue(ids(results.get(1)).contains("acme/typos"));
        assertTrue(results.get(2).stream().noneMatch(m -> m.ruleId().equals("typos")), "first letter kept");
        assertTrue(results.get(3).stream().noneMatch(m -> m.ruleId().equals("typos")), "too far");
        matcher.deactivate();
    }

    private static List<String> ids(List<MentionMatch> matches) {
        return matches.stream().map(match -> match.brandId() + "/" + match.ruleId()).toList();
    }
}
