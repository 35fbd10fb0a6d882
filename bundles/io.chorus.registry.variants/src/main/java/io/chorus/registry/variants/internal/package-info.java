/**
 * The variant generators Chorus ships: {@link io.chorus.registry.variants.internal.TypoGenerator typo},
 * {@link io.chorus.registry.variants.internal.KeyboardLayoutGenerator keyboard-layout},
 * {@link io.chorus.registry.variants.internal.TransliterationGenerator transliteration} and
 * {@link io.chorus.registry.variants.internal.JapaneseGenerator japanese}, each a Declarative Services component
 * providing {@code VariantGenerator}. Nothing here is exported.
 *
 * <p>Likelihoods are comparable across generators, because the registry merges them into one budget. The scale:
 * a standard transliteration or the Hepburn romaji of a kana name is near 0.8-0.85, full-width to ASCII 0.9, a
 * whole entry typed with the wrong layout 0.4-0.5, a half-width or other-kana form 0.25-0.5, and single typos
 * 0.6 at most (a double letter written single), most of them well below 0.2, as measured (see
 * {@link io.chorus.registry.variants.internal.TypoKind}).
 *
 * <p>Which scripts variants may use is decided once, by
 * {@link io.chorus.registry.variants.internal.EntryScope}. Every entry type gets variants, context words and
 * exclusions included: a misspelt or transliterated exclusion still marks a mention as not about the brand, and a
 * context word is looked for in the same noisy text as the name. Hashtags keep their '#'.
 */
package io.chorus.registry.variants.internal;
