# crewpath check: the report on a role library.

# The library checked when no folder is given; the JSON report always names
# it in English, for scripts.
check-built-in-roles = the built-in roles
check-no-role-files = no role files were found here; a library is a folder of .toml files, one per role (see docs/role-files.md)
check-run-with-roles = these are the built-in roles; to check the role files here, run: crewpath check --roles { $folder }
# The last line: "roles: 3 roles in 2 departments, 1 problem"; the counts are
# count-roles, count-departments and count-problems.
check-summary = { $library }: { $roles } in { $departments }, { $problems }
# Under a file's problems: the links to it from other files that could not
# be followed, then where they are.
check-knock-on = { $count ->
    [one] so { $count } link to '{ $id }' could not be followed until it loads: { $places }
   *[other] so { $count } links to '{ $id }' could not be followed until it loads: { $places }
}

## What follows from a file's problems, besides links
# Under a file's problems: translations that wait for it, then where they are.
check-knock-on-translations = { $count ->
    [one] so { $count } translation entry naming '{ $id }' waits until it loads: { $places }
   *[other] so { $count } translation entries naming '{ $id }' wait until it loads: { $places }
}
check-and-more = { $places } and { $count } more
check-the-report = the report
# In another language than English, after the problems: what translators
# have left to do. Notes, not problems.
check-untranslated-heading = { $count ->
    [one] Not yet wholly in French (a note, not a problem): { $count } file
   *[other] Not yet wholly in French (notes, not problems): { $count } files
}
check-untranslated = { $file }: no French for { $keys }
# In French, after the notes on translations: where staff's French departs
# from French typography in a way that reads less well but shows as it
# should. Advice, not problems.
check-advice-heading = { $count ->
    [one] French typography (advice, not a problem): { $count } place
   *[other] French typography (advice, not problems): { $count } places
}
