# What a search says beyond its list of roles, and the names of the parts
# of a role a search matched.

## The part of a role a result matched, shown before the matched text.
search-field-title = title
search-field-alias = alias
search-field-english-name = English title
search-field-search-term = search term
search-field-department = department
search-field-skill = skill
search-field-summary = summary
search-field-description = description
search-field-duty = duty
search-field-union = union
# A result of `crewpath search`: "alias: 1PE".
search-line-matched = { $field }: { $text }

## Notes on the results.
# A query word no role has, as the notes quote it.
search-quoted-word = '{ $word }'
search-missing-words = (no role has { $words })
# $missing is " (no role has 'x')"; $count, the words no role has.
search-no-match = No role matches{ $missing }. { $count ->
    [one] Check that word's spelling or leave it out.
   *[other] Check the spelling of those words or leave them out.
    }
search-closest = No role has every word; closest matches, with { $matched } of { $of }{ $missing }:
search-weak = Weak matches only: the letters typed are spread over other words.

## `crewpath search` errors.
search-limit-zero = --limit must be at least 1
search-no-letters = the query has no letters or digits to search for
search-cannot-write = cannot write the results: { $error }
