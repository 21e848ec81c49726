# Problems with translation files (`<id>.fr.toml` beside `<id>.toml`).

translation-english = English text belongs in '{ $file }' itself; a file named '….en.toml' is not read: move its text into '{ $file }' and remove this file
translation-unknown-language = crewpath reads translations into French only ('.fr.toml'); this '.{ $code }.toml' file is not read
translation-english-only = '{ $key }' is not translated: it belongs only in the English file '{ $file }'; remove it here
translation-noc-needs-code-and-title = each 'noc' entry of a translation needs the English entry's 'code' (and 'version' where there are several) and its translated 'title'
translation-no-department = there is no department '{ $folder }' to translate: a department's translation goes beside its '_index.toml', or in a folder that holds role files
translation-no-role = there is no role '{ $id }' to translate: a translation sits beside its English file, '{ $id }.toml', with the same name before '.fr.toml'; rename this file after an English role file in this folder, or write that role first
translation-noc-unknown = the English file has no 'noc' entry with code '{ $code }' (and this version); copy the code and version from the English file
translation-count-differs = this '{ $key }' list has { $count ->
    [one] { $count } entry
   *[other] { $count } entries
    }, the English file { $english }; translate each English entry in the same order
translation-skill-category-unknown = the English file has no skill category '{ $category }'; use the English file's categories as they are written: { $categories }
translation-elsewhere = translates '{ $id }', whose English file '{ $file }' is in another folder; move it beside that file, as '{ $beside }'
translation-waits = this translation is used once '{ $file }', the English file beside it, loads; fix that file's problems first
translation-space-before = in French, '{ $mark }' takes a non-breaking space before it, { $found ->
    [space] not an ordinary one
   *[none] and has none here
}: write U+00A0 just before it, so a wrapped line never starts with '{ $mark }'
translation-space-after = in French, '{ $mark }' takes a non-breaking space after it, { $found ->
    [space] not an ordinary one
   *[none] and has none here
}: write U+00A0 just after it, so a wrapped line never ends with '{ $mark }'
typography-space-before-stop = in Québec French, '{ $mark }' has no space before it: remove the space just before it
typography-apostrophe = in French, the apostrophe is ’ (U+2019), not a straight one: write ’ here
typography-quotes = in French, a quotation goes between guillemets with a non-breaking space inside, « like this », not between straight quotation marks: write « and » here
translation-move-needs-to-and-because = each 'moves' entry of a translation needs the English entry's 'to' and its translated 'because'
translation-move-unknown = the English file has no move to '{ $to }'; translate the moves it has, by their 'to': { $ids }
translation-move-unknown-none = the English file has no move to '{ $to }', and no moves at all; remove this entry, or add the move to the English file first

## Translations that follow from another file's problems
# A translated move to a role whose file did not load: the English move was
# left out for that reason alone, so the entry stays.
translation-move-waits = the move to '{ $to }' is translated once that role loads; keep this entry and fix the problems reported for { $to }.toml
