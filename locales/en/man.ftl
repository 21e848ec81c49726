# The manual page (crewpath generate man): the sections clap does not
# write. Option names, variables, paths and commands stay as typed.

## The page's header and section headings

man-manual = General Commands Manual
man-exit-status = EXIT STATUS
man-environment = ENVIRONMENT
man-files = FILES
man-examples = EXAMPLES
man-see-also = SEE ALSO

## EXIT STATUS

man-exit-0 = Success: the explorer was quit (or stopped by SIGTERM or SIGHUP), or the command printed what it was asked for.
man-exit-1 = Nothing to show or something found: check found problems; search and match found no role; show, compare and path could not tell which role a name means, or found no route; the explorer's terminal failed.
man-exit-2 = crewpath could not start or could not answer: a wrong option or settings file, a role folder that does not exist, a locale that is not UTF-8, no terminal for the explorer, or output that cannot be written (closed or full; a reader that stops early is not an error).
man-exit-signal = The explorer was stopped by SIGINT (130) or SIGQUIT (131), as shells report 128 and the signal.

## ENVIRONMENT

man-env-roles = The role library folder, when --roles is not given. Empty counts as unset: the built-in roles.
man-env-lang = The language, en or fr, when --lang is not given. Empty counts as unset; any other value is refused with exit 2.
man-env-locale = The language when neither --lang nor CREWPATH_LANG gives one: the first of LC_ALL, LC_MESSAGES and LANG that is set (fr_CA.UTF-8 is French); English otherwise. The character set of LC_ALL, LC_CTYPE or LANG must be UTF-8; C and POSIX count as UTF-8.
man-env-no-color = Set and not empty: no colour, unless --color always or --theme says otherwise.
man-env-clicolor = 0: no colour, as NO_COLOR.
man-env-clicolor-force = Other than 0: colour even when the output is not a terminal, though not over NO_COLOR.
man-env-xdg = Where the settings file is looked for: $XDG_CONFIG_HOME/crewpath/config.toml; when it is unset, empty or not an absolute path, ~/.config/crewpath/config.toml under HOME.
man-env-term = dumb: the explorer refuses to start and points to list, search and show. linux (the text console): the explorer draws with ASCII symbols.
man-env-columns = The width --help wraps to when it is not written to a terminal.

## FILES

man-file-config = The explorer's settings: idle_timeout, exit_key, theme, print and on_screen_keyboard, in TOML. Options given on the command line win.
man-file-kiosk = The kiosk's settings, as the Debian package installs them, read by crewpath-kiosk.service through --config.
man-file-unit = The kiosk service on the first text console, installed but not enabled.
man-file-sshd = An sshd drop-in that serves kiosks over SSH to the crewpath user.

## EXAMPLES

man-example-explore = Open the explorer on the built-in roles.
man-example-search = The roles that best match a few words, forgiving typos.
man-example-markdown = One role as Markdown, for a handout.
man-example-check = Check a library of role files; one line per problem.
man-example-path = The routes to a role from the entry-level roles.
man-example-match = Every role ranked by the skills someone has.
man-example-kiosk = A public kiosk, with the settings the package installs.

## SEE ALSO

man-see-also-readme = The README, installed in /usr/share/doc/crewpath/ by the Debian package, describes the explorer's keys, the role files and the kiosk in full.
