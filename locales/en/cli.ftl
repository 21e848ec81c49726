# The command line: --help, usage errors, the settings file and the kiosk's
# exit chord. --help is written here in every language, under ids made from
# clap's names (see src/cli.rs): cli-<command>, cli-<command>-<option> or
# cli-<option>, cli-value-<placeholder>.

## Usage errors

cli-needs-terminal = the explorer needs a terminal for both input and output; for plain text use 'crewpath search' or 'crewpath show'
cli-env-lang-unknown = CREWPATH_LANG is set to '{ $value }', a language crewpath does not speak; set it to one of { $codes }, or leave it empty
cli-charset-not-utf8 = the locale ({ $setting }) asks for the character set { $codeset }, but crewpath writes only UTF-8; run it under a UTF-8 locale, such as LANG=fr_CA.UTF-8 or LANG=en_CA.UTF-8
cli-cannot-write = cannot write { $what }: { $error }
output-closed = standard output is closed; send it to a file or a pipe
cli-the-help = the help
cli-the-version = the version
generate-what = the generated file
list-the-roles = the list of roles
cli-dumb-terminal = this terminal (TERM=dumb) cannot show the explorer; for plain text use 'crewpath list', 'crewpath search' or 'crewpath show'

## The settings file (--config)

config-cannot-open = { $path }: the config file { $reason }
## A config file that cannot be opened, in a config file's terms
config-missing = does not exist; give the path of a config file, or leave --config out
config-link-leads-nowhere = is a link to a file that does not exist; point it at a config file, or leave --config out
config-not-regular = is not a regular file (a pipe, a socket or a device) and was not read; name a config file

## list on a folder without roles
list-no-roles = no roles were found: a library is a folder of .toml files, one per role; run 'crewpath check --roles FOLDER' to see why

config-cannot-read = { $path }: cannot read the config file: { $error }
config-too-large = { $path }: the config file is larger than { $kib } KiB; it should hold a few settings
config-not-utf8 = { $path }: the config file is not UTF-8 text
config-not-toml = { $place }: this is not valid TOML: { $detail }
config-idle-out-of-range = { $place }: idle_timeout must be a whole number of seconds, at least 1
config-idle-not-number = { $place }: idle_timeout must be a whole number of seconds, e.g. idle_timeout = 120
config-needs-string = { $place }: '{ $key }' must be a string in quotes

## Kiosk touch: the on-screen keyboard setting.
config-needs-bool = { $place }: '{ $key }' must be true or false, without quotes

config-unknown-key = { $place }: unknown key '{ $key }'; the keys allowed are { $allowed }
config-idle-zero = the idle timeout must be at least 1 second
## The kiosk's print command: a list of words, the program first.
config-print-not-words = { $place }: print must be a list of words, each in double quotes, the program first: print = ["lp", "-d", "frontdesk"]
config-print-empty = { $place }: print names no program; write the command that prints as a list of words, e.g. print = ["lp", "-d", "frontdesk"], or leave print out
config-print-shell-word = { $place }: print runs one program without a shell, so the word '{ $word }' would reach the program as it is; to pipe or redirect the page, name a script that does
config-print-program-spaces = { $place }: print's first word, '{ $program }', is the program's name, and no program is called that; give each word on its own: print = { $words }
config-print-string = { $place }: print written as one string can only be plain words, and '{ $sign }' is not part of one (the command runs without a shell); write it as a list of words, each in double quotes, the program first, e.g. print = ["lp", "-d", "frontdesk", "-t", "Career centre"]
# The first lines of a printed role: the library's name, then this.
print-date = Printed { $date }

## The kiosk's exit chord (--exit-key)

chord-no-key = '{ $chord }' names no key; write it like ctrl-alt-x
chord-not-modifier = '{ $part }' in '{ $chord }' is not a modifier; use ctrl, alt, shift or super
chord-not-key = '{ $key }' is not a key; use a letter, f1-f24 or a key name
chord-refused = '{ $chord }' cannot be the exit chord: a visitor could press it by habit or chance, or terminals do not send it apart from other keys. Use ctrl-alt and a letter other than h, i, j or m, such as ctrl-alt-x

## --help

cli-usage-heading = Usage:
cli-commands-heading = Commands:
cli-arguments-heading = Arguments:
cli-options-heading = Options:
cli-command-value = COMMAND
cli-about = Explore careers in the terminal: departments, roles, skills and career ladders with forgiving search
cli-long-about =
    Explore careers in the terminal: departments, roles, skills and career ladders, with search that forgives typos.

    With no command, opens the explorer on the roles built into crewpath, or on the folder given with --roles.
cli-help = Print help
cli-help-short = Print help (see more with '--help')
cli-help-long = Print help (see a summary with '-h')
cli-version = Print version
cli-help-command = Print this message or the help of the given subcommand(s)

cli-roles = Use the role library in this folder instead of the built-in roles [env: CREWPATH_ROLES]
cli-lang = The language to speak: en or fr. Without it, CREWPATH_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG); English otherwise
cli-kiosk = Run as a public kiosk: a welcome screen, reset after idling, and no way for a visitor to quit
cli-idle-timeout = Kiosk: seconds without a key or click before the session starts over [default: 120]
cli-exit-key = Kiosk: the key chord that lets staff quit, e.g. ctrl-alt-x (off unless set)
cli-theme = Colour theme: default, high-contrast or monochrome. Without it, NO_COLOR turns colour off
cli-config = Read idle_timeout, exit_key, theme, print and on_screen_keyboard from this TOML file instead of $XDG_CONFIG_HOME/crewpath/config.toml; options given on the command line win
cli-color = When to use colour: auto (unless NO_COLOR is set or CLICOLOR=0; CLICOLOR_FORCE=1 forces it), always or never

cli-check = Check every role file and list the problems, one per line
cli-check-json = Print the report as JSON: one object with the library, its counts and the problems, each with path, line, column, kind and message
cli-search = Search the roles and print the best matches, one per line
cli-search-limit = At most this many results
cli-search-json = Print the results as JSON: one object with the results and how far they cover the query
cli-search-query = What to look for: a job title, an abbreviation, a skill…
cli-compare = Two roles side by side: skills in common and only in each, education, unions, pay, and how they are linked
cli-compare-json = Print the comparison as JSON
cli-compare-a = The first role: id, title or abbreviation (quote titles with spaces)
cli-compare-b = The second role
cli-path = The route from one role to another over the library's links, with the skills to add at each move; with --to alone, from the entry-level roles
cli-path-json = Print the route as JSON
cli-path-to = The role to reach, when no FROM is given: start from entry level
cli-path-from = Where you start: id, title or abbreviation (quote titles with spaces)
cli-path-target = Where you want to get
cli-match = Every role that uses the skills you name, best fit first, with why and what you would add
cli-match-json = Print the ranking as JSON
cli-match-skills = The skills you have, separated by commas, in your own words ("mixing, microphones, teamwork"); typos are forgiven
cli-match-format = How to write the ranking: text (the default) or markdown, for a handout
cli-list = List every role, one per line: id, title and department
cli-list-json = Print the list as JSON: one object with every role's id, title and department
cli-show = Print everything about one role as plain text
cli-show-json = Print the role as JSON
cli-show-role = The role's id (its file name) or its title
cli-show-format = How to write the role: text (the default) or markdown, for handouts
cli-generate = Print a manual page or a shell's completions, for packagers
cli-generate-what = What to print: man, bash, zsh or fish

# The placeholders for what an option or argument takes.
cli-value-dir = DIR
cli-value-lang = LANG
cli-value-seconds = SECONDS
cli-value-chord = CHORD
cli-value-theme = THEME
cli-value-file = FILE
cli-value-n = N
cli-value-when = WHEN
cli-value-what = WHAT
cli-value-format = FORMAT
cli-value-query = QUERY
cli-value-role = ROLE
cli-value-other = OTHER
cli-value-from = FROM
cli-value-skills = SKILLS
cli-value-to = TO

## Mistakes on the command line, where clap names them

cli-error = error: { $message }
cli-error-more = For more information, try '--help'.
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-possible-values = [possible values: { $values }]
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-did-you-mean = tip: a similar argument exists: '{ $suggestion }'
cli-error-did-you-mean-value = tip: a similar value exists: '{ $suggestion }'
cli-error-did-you-mean-command = tip: a similar subcommand exists: '{ $suggestion }'
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-twice = the argument '{ $arg }' cannot be used multiple times
cli-error-no-value = a value is required for '{ $arg }' but none was supplied
