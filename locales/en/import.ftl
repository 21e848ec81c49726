# crewpath import: a role library from NOC 2021 or O*NET files.

cli-import = Make a role library from an official classification: NOC 2021 or O*NET
cli-noc = Statistics Canada's NOC 2021 Version 1.0 CSV files
cli-onet = The O*NET database's text release (a db_NN_N_text folder)
cli-noc-elements = The elements file (noc_2021_version_1.0_-_elements.csv)
cli-noc-structure = The classification-structure file
cli-noc-fr = The French elements and structure files, for .fr.toml translations
cli-noc-out = The library folder to write: new, empty, or made by an earlier import
cli-onet-dir = The folder holding Occupation Data.txt and the other files
cli-onet-out = The library folder to write: new, empty, or made by an earlier import
cli-value-elements = ELEMENTS
cli-value-structure = STRUCTURE
cli-value-elements-fr = ELEMENTS_FR
cli-value-structure-fr = STRUCTURE_FR

import-done = imported { $roles ->
    [one] { $roles } role
   *[other] { $roles } roles
  } in { $departments ->
    [one] { $departments } department
   *[other] { $departments } departments
  } into { $dir } ({ $files ->
    [one] { $files } file written
   *[other] { $files } files written
  })
import-kept-heading = left as staff made them ({ $count }: changed, added or removed since the last import):
import-next = check it with: crewpath check --roles { $dir }
import-the-report = the import report
import-cannot-read = { $path }: cannot read: { $error }
import-cannot-write = { $path }: cannot write: { $error }; nothing else was changed
import-unclosed-quote = { $path }:{ $line }: a quoted field opens on this line and is never closed; close the quote or save the file again from the original download
import-field-count = { $path }:{ $line }: { $found } fields where the header has { $expected }; a comma or tab inside a field needs the field in quotes
import-missing-column = { $path }:1: no column '{ $column }'; the file has: { $found }
import-other-classification = { $path }:1: this file is not { $expected } (its code column is '{ $found }'); nothing was imported. Download the files named in docs/role-files.md
import-bad-code = { $path }:{ $line }: '{ $code }' is not a { $expected } code; nothing was imported
import-bad-level = { $path }:{ $line }: level '{ $level }' is not 1 to 5; nothing was imported
import-no-rows = { $path }: no occupations found in this file; nothing was imported
import-missing-file = { $path }: not found; the O*NET text release has this file
import-not-ours = { $dir } is not empty and was not made by crewpath import; import into a new or empty folder (the centre's own roles can go beside the imported ones afterwards)
skill-category-basic = basic skills
skill-category-cross-functional = cross-functional skills
import-other-source = { $dir } holds a library imported from { $was }; import { $now } into another folder
