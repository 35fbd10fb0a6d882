/**
 * The one query language of Chorus, used by every module and the search box:
 *
 * <pre>
 * (@acme OR "Acme Robotics") AND (robot* OR "vacuum cleaner"~1) NOT @acme.exclusions
 * acme NEAR/3 (broken OR "doesn't work")        lang:ru platform:vk
 * "which vacuum" ONEAR/5 buy                    site:reddit.com title:(review OR обзор)
 * forms:Сбербанк NEAR/5 (вклад OR кредит)
 * </pre>
 *
 * AND, OR, NOT (AND binds tighter than OR; words next to each other are joined with AND), parentheses, "phrases",
 * NEAR/n and ONEAR/n (in order), prefix*, fuzzy~n, word forms ({@code forms:word}), field filters ({@code platform: site: author: lang: title: url:})
 * and references to the semantic core ({@code @brand}, {@code @brand.products}) that expand to the accepted variants.
 *
 * <p>{@link io.chorus.api.query.QueryLanguage} parses text into one {@link io.chorus.api.query.Query} tree,
 * expands references, formats it back, and exports it to the dialects of other monitoring tools (reporting what a
 * dialect cannot express instead of dropping it). The matcher compiles the same tree to its search engine.
 */
@Export
@Version("1.0.0")
package io.chorus.api.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
