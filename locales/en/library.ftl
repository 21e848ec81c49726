# The role library: why a library folder cannot be read at all, and the
# problems found in its files and folders. Each problem follows the file's
# path (and line and column), so a sentence about a file or folder may start
# with its verb.

## The library folder as a whole

library-not-a-folder = { $path } is not a folder; give the folder that holds the role files
library-does-not-exist = { $path } does not exist; give the folder that holds the role files
library-cannot-open = { $path } cannot be opened: { $error }
library-cannot-read = { $path } cannot be read: permission denied; give the user running crewpath permission to read and enter this folder
# The department of role files that sit in the library folder itself.
library-other-roles = Other roles

## Finding and reading files

problem-is-folder = is a folder, not a file
problem-not-regular = is not a regular file (a pipe, a socket, a device or a kernel file) and was not read; put a role file here or remove it
problem-link-circle = is a link that points to itself or round a circle of links; it was not followed, remove it or point it at a real file
problem-links-not-followed = { $count } more links lead back round a circle or to folders already read and were not followed (the first { $shown } are listed); keep only role files and folders of role files in the library
problem-too-large = the file is larger than the { $mib } MiB limit for role files and was skipped; split it or shorten it

## The library's own lists have a limit of their own
problem-list-too-large = the file is larger than the { $mib } MiB limit for a library's own lists and was skipped; shorten it

problem-permission-denied = cannot be read: permission denied; give the user running crewpath read access
problem-disappeared = disappeared while the library was being read; run again once it is back
problem-cannot-read = cannot be read: { $error }
problem-copy-of = is not read, as only names ending in '.toml' are; it looks like a copy of '{ $intended }' beside it: if it holds edits, make them in '{ $intended }', then remove this copy or move it out of the library
problem-near-miss = looks like a role file but does not end in '.toml', so it was not read; if it is one, rename it to '{ $intended }'
problem-too-many-entries = holds more than { $max } files and folders (perhaps through links); the rest was not read; keep only role files in the library
problem-link-loop = is a link back to { $target }, which would loop forever; it was not followed
problem-broken-link = is a link to something that does not exist; remove it or fix its target
problem-link-to-ancestor = is a link back to { $target }, which holds this library, so it would loop forever; it was not followed
problem-folder-read-twice = leads to a folder already read through another link; it was not read twice
problem-folders-too-deep = is nested more than { $max } folders deep; what is inside was not read

## A file's text and TOML

problem-not-utf8 = this file is not UTF-8 text: byte { $byte } of the file ({ $hex }), here, is not part of a UTF-8 character; it was saved in another encoding (an accented letter, perhaps), so save the file as UTF-8 in your editor
problem-not-toml = this is not valid TOML: { $detail }
problem-list-not-closed-at-end = the list opened here is not closed; end it with ']' (the file ends before it does)
problem-list-not-closed = the list opened here is not closed; end it with ']' (noticed at line { $line }, column { $column }, where the list should have ended)
problem-list-missing-comma = a comma is missing before this item of the list opened at line { $line }, column { $column }; separate the items with ','
problem-key-twice = '{ $key }' is written twice; keep only one of them
problem-a-key-twice = a key is written twice; keep only one of them
problem-nested-too-deep = lists or tables are nested too deeply; a role file needs only a few levels

## File names and ids

problem-underscore-name = names starting with '_' are kept for crewpath's own files ('_index.toml', '_skills.toml', '_synonyms.toml'); did you mean '{ $meant }'? It was not read
problem-department-as-role = this holds a department's details ('name', no 'title'), so it was not read as a role; did you mean '_index.toml'? A department's own file must have that name
problem-invalid-id-loaded-as = '{ $name }' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to '{ $id }.toml' (until then it is loaded as '{ $id }')
problem-invalid-id-rename-to = '{ $name }' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file to '{ $id }.toml'
problem-invalid-id-taken = '{ $name }' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-', and '{ $id }', the id made from it, is the id of { $other }; give this file another name (it was left out until then)
problem-invalid-id-left-out = '{ $name }' is not a valid role id: a role file's name may use only lowercase letters a-z, digits and '-'; rename the file (it was left out until then)
problem-id-taken = the role id '{ $id }' is already used by { $other }; ids must be unique across the library, so rename one of the files (this one was left out)

## Keys and values

problem-unknown-key-suggest = unknown key '{ $key }'; did you mean '{ $suggestion }'?
problem-unknown-key-allowed = unknown key '{ $key }'; the keys allowed here are: { $allowed }
problem-unknown-key-in-suggest = unknown key '{ $key }' in '{ $table }'; did you mean '{ $suggestion }'?
problem-unknown-key-in-allowed = unknown key '{ $key }' in '{ $table }'; the keys allowed here are: { $allowed }
problem-wrong-type = expected { $expected } for '{ $key }', found { $found }
problem-wrong-list-item = expected a string in the list '{ $key }', found { $found }
problem-wrong-table-item = expected a table in '{ $key }', found { $found }
problem-number-too-large = the number for '{ $key }' is too large
problem-unusable-number = '{ $key }' is not a usable number
problem-time-not-date = '{ $key }' is a time of day, not a date; write year-month-day, such as 2026-01-31
problem-not-a-date = '{ $value }' in '{ $key }' is not a date; write year-month-day, such as 2026-01-31
problem-title-empty = 'title' is empty; write the job title between the quotes
problem-no-title = this role has no 'title'; add a line such as title = "Foley Artist"
problem-noc-needs-code = every entry in 'noc' needs a 'code', e.g. code = "52113"

# What a value should be, as $expected above.
problem-expect-string = a string
problem-expect-strings = a list of strings
problem-expect-boolean = true or false
problem-expect-integer = a whole number
problem-expect-number = a number
problem-expect-date = a date such as 2026-01-31
problem-expect-skill-groups = a table of lists, e.g. [skills] technical = ["…"]
problem-expect-table = a table
problem-expect-tables = a list of tables

# What a value was found to be, as $found above.
problem-found-string = a string
problem-found-integer = an integer
problem-found-float = a decimal number
problem-found-boolean = true or false
problem-found-date = a date
problem-found-list = a list
problem-found-table = a table

## Links between roles

problem-link-to-itself = '{ $key }' names this role itself; remove '{ $id }'
problem-link-to-file-name = '{ $key }' names '{ $name }', a file name that is not a valid id; that role is loaded as '{ $id }', so write '{ $id }' here (and rename its file to '{ $id }.toml')
problem-link-to-broken = '{ $key }' names '{ $id }', but that role could not be loaded; fix the problems reported for { $id }.toml
problem-link-unknown-suggest = '{ $key }' names '{ $id }', but there is no role with that id; did you mean '{ $suggestion }'?
problem-link-unknown = '{ $key }' names '{ $id }', but there is no role with that id; use the file name of a role, without '.toml'
# The roles of a long circle left out of its middle: "c01 → … (3 roles) … → c09".
problem-cycle-chain-cut = { $start } → … ({ $left }) … → { $end }
problem-cycle-roles-left-out = { $count } roles
problem-cycle = the career ladder goes round in a circle: { $chain }; remove '{ $first }' from the 'next' of '{ $role }' or another step of the circle
problem-expect-string-lists = a list of lists of words, such as [["film", "movie"], ["sound", "audio"]]
problem-synonym-not-one-word = '{ $word }' is not one word as search reads words (letters and digits only): a synonym is a single word, so list the words of a phrase apart or leave it out
problem-synonym-twice = '{ $word }' is already in a group of synonyms on line { $line }: put both groups' words in one group
## A word written twice in one group of synonyms
problem-synonym-twice-in-group = '{ $word }' is the same word as '{ $first }' in this group, as search reads words: keep one of them

problem-synonym-group-alone = a group of synonyms needs at least two different words
problem-synonyms-not-at-root = synonyms are read only from '_synonyms.toml' in the library's own folder; move this file there. It was not read
## A role named twice in one list
problem-link-twice = '{ $key }' names '{ $id }' a second time (first on line { $line }, which is kept): remove this one
problem-move-twice = a second move to '{ $id }': only the first (line { $line }) is kept, with its reason and grounds; merge the two into one move

## A move down the role's own ladder
problem-move-down-ladder = the move to '{ $id }' leads down this role's own career ladder, which 'next' already climbs: a move is sideways, to another ladder; remove it, or point it at a role on another ladder

problem-move-needs-to = every entry in 'moves' needs a 'to', the id of the role moved to, e.g. to = "sound-editor"
problem-move-needs-because = the move to '{ $to }' needs a 'because': why the move makes sense, in a sentence a visitor will read
problem-move-needs-grounds = the move to '{ $to }' needs its grounds: 'source', the title of the entry in this file's 'sources' that supports it, or suggested = true if it is the library's own suggestion
problem-move-source-and-suggested = the move to '{ $to }' names a source and is marked suggested = true: keep 'source' if the source supports the move, or remove it if the move is the library's own suggestion
problem-move-source-unknown = no entry in this file's 'sources' has the title '{ $source }'; name one of { $titles }, or add the source
problem-move-source-unknown-none = this file has no 'sources' entry titled '{ $source }'; add it under [[sources]], or mark the move suggested = true

## crewpath's own files have no translation files
problem-skills-translated = skills are named in every language in _skills.toml itself: move these names there as { $code } = "…" under each skill, and remove this file. It was not read
problem-synonyms-translated = synonyms in every language are listed in _synonyms.toml itself: move these groups there under { $code } = [[…]], and remove this file. It was not read

problem-skills-not-at-root = skills are declared only in '_skills.toml' in the library's own folder; move this file there. It was not read
problem-skill-not-table = skill '{ $id }' must be a table: [{ $id }] with category = "…" and en = "…"
problem-skill-id = skill id '{ $id }' should be written '{ $suggested }': lower case, words joined by '-'
problem-skill-no-name = skill '{ $id }' has no name: add en = "…" (and fr = "…")
problem-skill-table-left-out = this skill's table is left out until the mistake in this file is fixed: meanwhile its skill is shown as role files write it, and every other skill of the file is read as usual
problem-skill-no-category = skill '{ $id }' has no category: add category = "technical" (or "creative", "personal"…)
problem-skill-name-taken = '{ $name }' already names skill '{ $other }' (line { $line }): one name, one skill; remove it from one of them
problem-skill-no-name-in = skill '{ $id }' ({ $name }) has no name in '{ $code }' while other skills have one: add { $code } = "…"
problem-skill-look-alike = skill '{ $id }' looks like skill '{ $other }' (line { $line }): the same words in another order, a plural or a spelling apart. If they are one skill, keep one and give it the other's name in 'also'

## Look-alike skills, listed a few at a time
problem-skill-look-alikes-more = { $count } more skills look like others than the { $listed } listed; merge or rename those first, then check again

problem-skill-undeclared = skill '{ $skill }' is not declared in _skills.toml{ $closest ->
        [none] .
       *[other] ; did you mean { $closest }?
    } Use a declared name, or declare it there
translation-skills-declared = skills are named in each language once, in _skills.toml, and this list is not read: remove [skills] from this file
translation-skill-two-names = '{ $name }' translates skill '{ $skill }', which { $file } calls '{ $first }': one skill, one name; use the same words (or declare skills with their names in _skills.toml)
