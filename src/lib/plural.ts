/**
 * Counted phrases in any language: one form per CLDR plural category the language uses
 * ("one", "few", "many"…, "other" always), chosen by Intl.PluralRules. Pure, so the pages at
 * build time and the search page's script in the browser share it.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** The form for n in the locale, "{n}" filled in the locale's way: "5 минут чтения", "1,234 stories". */
export function plural(forms: Plural, n: number, locale: string): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return (forms[rules.select(n)] ?? forms.other).replaceAll('{n}', n.toLocaleString(locale));
}
