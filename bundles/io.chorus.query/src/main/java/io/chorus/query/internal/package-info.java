/**
 * The Chorus query language behind {@link io.chorus.api.query.QueryLanguage}: not exported, used through the service.
 *
 * <p>Decisions where the language was open:
 * <ul>
 * <li>{@code -word}, {@code -"phrase"} and {@code -(group)} exclude like NOT (the Google habit, also Talkwalker's and
 * YouScan's); a hyphen inside a word ({@code wi-fi}) is part of it, and after {@code field:} it is text.</li>
 * <li>{@code &&} and {@code ||} are rejected with a hint to write AND or OR: one spelling per operator, and no
 * surprise when they were meant as text.</li>
 * <li>Precedence, lowest first: OR, AND (explicit or between adjacent operands), NEAR/ONEAR, NOT, atoms. NEAR takes
 * one pair; chaining needs parentheses, and a NOT operand is an error that shows how to exclude the pair.</li>
 * <li>A query must find something: NOT alone, an AND of NOTs or an OR with such a branch is rejected at the top.</li>
 * <li>{@code word~} means one edit; the formatter writes {@code word~1}. Field names ignore case.</li>
 * <li>An exported query leaves out what the dialect cannot say and reports it; references must be expanded
 * first.</li>
 * </ul>
 */
package io.chorus.query.internal;
