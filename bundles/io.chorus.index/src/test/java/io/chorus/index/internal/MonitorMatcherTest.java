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

    @Test
    void japaneseBrandsMatchInJapaneseSentences() {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(brand("sony",
                new Rule("broken", "Broken", "@sony AND forms:壊れる", Set.of())), brand("tepco")),
                reference -> reference.brand().equals("sony") ? new Query.Term("ソニー", Span.NONE)
                        : new Query.Term("東京電力", Span.NONE));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        List<List<MentionMatch>> results = matcher.match(List.of(
                new Mention("1", "", "", "", null, "", "ソニーのテレビが壊れた", "ja"),
                new Mention("2", "", "", "", null, "", "昨日、東京電力の株価が大きく下がった。", ""),
                new Mention("3", "", "", "", null, "", "東京の電力会社とソニックの話", "ja")));
        assertEquals(List.of("sony/brand", "sony/broken"), ids(results.get(0)));
        assertEquals(List.of(new MentionMatch.MatchedText("text", 0, 3, "ソニー")), results.get(0).get(0).matched());
        assertEquals(List.of("tepco/brand"), ids(results.get(1)));
        assertEquals("東京電力", String.join("", results.get(1).get(0).matched().stream()
                .map(MentionMatch.MatchedText::text).toList()));
        assertTrue(results.get(2).isEmpty());
        matcher.deactivate();
    }

    @Test
    void presearchFindsWhatRunningEveryRuleFinds() throws Exception {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(
                brand("sber", new Rule("app", "App", "@sber AND (вылетает OR crashed)", Set.of()),
                        new Rule("deposit", "Deposit", "forms:вклад NEAR/3 @sber", Set.of()),
                        new Rule("quiet", "Not spam", "NOT spam NOT @acme", Set.of()),
                        new Rule("prefix", "Prefix", "пылесос* AND @sber", Set.of()),
                        new Rule("title", "Title", "title:(обзор OR review) AND lang:ru", Set.of())),
                brand("acme", new Rule("typos", "Typos", "acme~1 NEAR/2 robot", Set.of()),
                        new Rule("site", "Site", "site:otzovik.com OR \"acme robot\"", Set.of()))),
                reference -> names(reference.brand()));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        List<Mention> mentions = new java.util.ArrayList<>();
        String[] texts = {"Приложение Сбербанк вылетает", "Открыл два вклада в Сбербанке", "Сбербанк пылесосы продаёт",
            "My Amce robot is spam", "acme robot", "nothing here", "Sberbank app crashed", "вклад в Sberbank открыт"};
        for (int i = 0; i < texts.length; i++) {
            mentions.add(new Mention("m" + i, "vk", i % 2 == 0 ? "https://otzovik.com/r" + i : "", "", null,
                    i % 3 == 0 ? "Обзор" : "", texts[i], i % 4 == 0 ? "en" : "ru"));
        }
        List<List<MentionMatch>> found = matcher.match(mentions);
        RuleIndex index = matcher.index();
        assertTrue(index.partCount() > index.size(), "top-level ORs are split into parts");
        int matched = 0;
        for (int i = 0; i < mentions.size(); i++) {
            org.apache.lucene.index.memory.MemoryIndex memory = new org.apache.lucene.index.memory.MemoryIndex(true,
                    true);
            for (org.apache.lucene.index.IndexableField field : MentionFields.document(mentions.get(i), true)) {
                memory.addField(field, index.analyzer());
            }
            List<String> expected = new java.util.ArrayList<>();
            for (RuleIndex.Rule rule : index.rules()) {
                if (memory.search(rule.query()) > 0) {
                    expected.add(rule.id());
                }
            }
            java.util.Collections.sort(expected);
            assertEquals(expected, ids(found.get(i)), mentions.get(i).text());
            matched += expected.size();
            assertTrue(index.candidateCount(mentions.get(i)) < index.partCount(), "the presearch leaves rules out");
        }
        assertTrue(matched > mentions.size(), "the mentions match rules, so the comparison means something");
        matcher.deactivate();
    }

    @Test
    void compilesAgainOnlyBrandsThatChangedOrReferToOneThatDid() {
        java.util.Map<String, Integer> resolved = new java.util.concurrent.ConcurrentHashMap<>();
        List<Brand> before = List.of(brand("sber", new Rule("app", "App", "@sber AND вылетает", Set.of())),
                brand("acme", new Rule("vs", "Versus", "@acme AND @sber", Set.of())), brand("other"));
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(before, reference -> {
            resolved.merge(reference.brand(), 1, Integer::sum);
            return names(reference.brand());
        });
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        assertEquals(5, matcher.ruleCount());
        assertEquals(java.util.Map.of("sber", 3, "acme", 2, "other", 1), resolved);
        resolved.clear();
        registry.replace(List.of(brand("sber", new Rule("app", "App", "@sber AND crashed", Set.of())), before.get(1),
                before.get(2)));
        assertEquals(5, matcher.ruleCount());
        assertEquals(java.util.Map.of("sber", 3, "acme", 2), resolved, "acme refers to sber; other is untouched");
        assertEquals(List.of("sber/app", "sber/brand"), ids(matcher.match(List.of(mention("1",
                "Sberbank crashed"))).get(0)));
        matcher.deactivate();
    }

    @Test
    void threadsMatchWhileTheRulesChange() throws Exception {
        MatcherFixtures.FixedRegistry registry = new MatcherFixtures.FixedRegistry(List.of(brand("acme")),
                reference -> names(reference.brand()));
        MonitorMatcher matcher = new MonitorMatcher(registry, new ChorusQueryLanguage(), silent());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 300; i++) {
                        List<MentionMatch> matches = matcher.match(List.of(mention("1", "acme robot"))).get(0);
                        assertTrue(matches.stream().anyMatch(m -> m.ruleId().equals("brand")));
                        found += matches.size();
                    }
                    return found;
                }));
            }
            for (int i = 0; i < 30; i++) {
                registry.replace(List.of(brand("acme", new Rule("r" + i, "R", "@acme AND robot", Set.of()))));
            }
            for (java.util.concurrent.Future<Integer> future : work) {
                assertTrue(future.get(60, java.util.concurrent.TimeUnit.SECONDS) >= 300);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of("acme/brand", "acme/r29"), matcher.ruleIds());
        matcher.deactivate();
    }

    private static List<String> ids(List<MentionMatch> matches) {
        return matches.stream().map(match -> match.brandId() + "/" + match.ruleId()).toList();
    }
}
