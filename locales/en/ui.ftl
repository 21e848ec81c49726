# The explorer: panes, bars, windows and the kiosk welcome.

pane-departments = Departments
pane-detail = Detail
pane-skills = Skills
pane-ladder = Career ladder

## The key table: what each key does (help window) and its word in the bar.
help-search = search titles, abbreviations, skills and departments
help-move = move up and down (in the detail: scroll)
help-open = open the selected item (a skill lists the roles that need it)
help-toggle = open or close a department
help-left-right = close / open a department; step between panes
help-next-pane = next / previous pane
help-panes = departments, detail, skills, career ladder
help-compare = pin the role to compare; on another role, compare the two (Tab: the route between them)
help-routes-in = the ways into the role shown: routes from the entry-level roles
help-back = back to the role you came from
help-forward = forward again
help-page = a page up or down
help-top-bottom = the top / bottom
help-close = close a window or a skill's role list; never quits
help-window-scroll = scroll
help-window-close = close the window
help-route = show the route between the two roles, and the comparison again
help-problems = list the role files that have problems
help-language = switch between English and French (en français)
help-help = this help
help-quit = quit
help-reload = read the role files again (edits on disk are also picked up by themselves)
help-suspend = suspend crewpath; the shell's fg brings it back
help-start-over = start over for the next visitor
help-print = print this role (when staff have set up a printer)
help-box-choose = choose a result
help-box-open = open the chosen role
help-box-close = close the search
help-box-move = move in the text
help-box-start-end = to the start / end of the text
help-box-delete-letter = delete a letter
help-box-delete-word = delete a word
help-box-clear = clear the text
help-box-word = move a word left / right

bar-search = search
bar-move = move
bar-open = open
bar-open-close = open/close
bar-panes = panes
bar-next-pane = next pane
bar-compare = compare
bar-routes-in = ways in
bar-back = back
bar-forward = forward
bar-page = page
bar-top = top
bar-close = close
bar-problems = problems
bar-language = Français
bar-help = help
bar-quit = quit
bar-reload = reload
bar-suspend = suspend
bar-start-over = start over
bar-print = print this role
print-sending = Sending to the printer
print-sent = Sent to the printer: ask at the desk for your copy
print-failed = The printer did not answer; please ask staff for help

## A print press that prints nothing more says so
print-busy = Still sending the last page to the printer: one at a time
print-already-sent = This page was already sent to the printer: ask at the desk for your copy

bar-type = type
bar-to-search = to search
bar-choose = choose
bar-route = the route
bar-scroll = scroll
bar-pinned-compare = { $title } pinned: { $key } compares
bar-pinned-unpin = { $title } pinned: { $key } unpins it
bar-countdown = Still there? This session starts over in { $seconds } s.

## Windows.
help-window = Help — Esc closes
help-heading-keys = Keys
help-heading-search-box = In the search box
help-heading-mouse = Mouse and touch
help-heading-windows = In the help, problems and compare windows
help-typing-keys = any other letter
help-typing = start a search with it (letters no key above uses)
help-typing-kiosk = start a search with it (the digits 1 to 4 choose a pane)
help-mouse = Click a pane to use it, click an item to choose it, and scroll with the wheel or by dragging. The ▲ and ▼ below a list page it. The hints at the bottom and the way back at the top can be clicked too.

## Kiosk touch: help for visitors, touch first.
help-kiosk-touch = Touch anything on the screen to open it, and slide a finger up or down to see more.
help-kiosk-search = To find a job, touch "Search" and type its name with the keyboard on the screen.
help-kiosk-keys = With a keyboard, type a job's name anywhere; the keys are listed below.
keyboard-space = space
keyboard-backspace = erase
keyboard-clear = clear all
search-suggestions = Or touch one of these:
countdown-keep = Touch the screen or press any key to keep going.
start-over-ask = Start over? What you chose is forgotten.
start-over-yes = Yes, start over
start-over-no = No, keep going
help-touch = Touch a pane to use it and an item to choose it. Slide a finger up or down over a list or text to move it; the ▲ and ▼ below it turn a page. The buttons at the bottom and the way back at the top can be touched too.
problems-window = Problems — Esc closes
problems-none = Every role file loaded without a problem.
problems-intro = { $count ->
    [one] { $count } problem. Fix it in its file: crewpath reads the files again when they change.
   *[other] { $count } problems. Fix them in the files: crewpath reads them again when they change.
}
## The problems window: cause first, Enter opens the role
# The bar's notice counts problems as the window and `crewpath check` do.
bar-problems-count = { $count ->
    [one] { $count } problem in the role files — press ! to see it
   *[other] { $count } problems in the role files — press ! to see them
}
help-problems-open = open the role whose file has the problem chosen
problems-window-open = Problems — ↑↓ choose, Enter opens the role, Esc closes

compare-window = Compare — Tab shows the route, Esc closes
compare-window-route = The route — Tab compares, Esc closes
routes-in-window = Routes into { $title } — Esc closes
search-window-title = Search: titles, abbreviations, skills, departments
search-getting-ready = Getting the search ready for this large library… what you type is kept.
search-prompt = Type a job title, an abbreviation (1PE, ADR) or a skill. Typos are fine.
search-why-term = linked to the word '{ $term }'
search-nothing = No role matches. Try another word.

## Panes.
tree-empty = No roles in this library.
detail-choose = Choose a department or a role on the left.
detail-more = more
detail-top = Home
detail-problems = Problems with this role ({ $count }):
detail-line-column = line { $line }, column { $column }
detail-also-known-as = Also known as: { $names }
detail-wage-row = { $bracket }: low { $low } · high { $high } · average { $average } · median { $median }
detail-in-english = (in English)
detail-about-department = About the department
detail-unions = Unions and guilds
detail-industry-groups = Industry groups
detail-roles = Roles ({ $count })
detail-sub-departments = Sub-departments
skills-asked-by = { $count ->
    [one] { $count } role asks for '{ $skill }'
   *[other] { $count } roles ask for '{ $skill }'
}
skills-asked-by-keys = Enter opens a role · Esc goes back
skills-this-role = (this role)
skills-none = No skills are listed for this role.
skills-choose-role = Choose a role to see the skills it asks for.
ladder-choose-role = Choose a role to see where it sits on a career ladder.
ladder-none = No career ladder is recorded for this role: no role in the library leads to it or from it.
ladder-path-of = Path { $number } of { $count }, top rung first
ladder-top-first = Top rung first
ladder-step-up = To step up to { $title }, add:
ladder-no-new-skills = No new skills are listed for this step.
ladder-moves = Sideways moves
ladder-move-source = { $because } (source: { $source })
ladder-move-suggested = { $because } (the library's own suggestion: no source says so)
ladder-related = Related roles
ladder-works-with = Works closely with

## The kiosk welcome and the screen.
welcome-title = Explore careers
welcome-purpose = See what a job involves, which skills it asks for and where it can lead you.
welcome-type = Type a job title or a skill, or touch a search to try it:
welcome-browse = Browse every role
screen-too-small = Please enlarge the terminal
screen-too-small-min = to at least { $min }
screen-too-small-size = (it is { $size }).
explorer-needs-terminal = the explorer needs a terminal ({ $error }); for plain text use 'crewpath search' or 'crewpath show'
reload-library-kept = could not be read again, so what was shown stays until it can be: { $why }
reload-kept-last-good = this role's file has problems now; the last version that loaded is shown until they are fixed
settings-unknown-theme = '{ $theme }' is not a theme; use default, high-contrast or monochrome

## Keys, as the keyboard names them.
key-enter = Enter
key-space = Space
key-esc = Esc
key-backspace = Backspace
key-delete = Delete
key-tab = Tab
key-shift = Shift
key-page-up = PgUp
key-page-down = PgDn
key-home = Home
key-end = End

help-fits = what fits me: pick the skills you have and see the roles they fit
bar-fits = what fits me
bar-to-filter = to filter
bar-pick = pick
bar-skills-roles = skills/roles
fits-window-title = What fits me
fits-type-to-filter = type what you can do; Enter or a touch picks the skill
fits-pick-some = Pick the skills you already have: the roles that use them show on the right.
fits-picked = { $count ->
    [one] You picked { $count } skill: { $skills }
   *[other] You picked { $count } skills: { $skills }
  }
fits-how = Pick a skill on the left (Enter or a touch) and every role that uses it shows here, best fit first, with what you would add. A role lists the skills its sources name, not every skill the job asks for.
fits-no-skill = No skill has '{ $typed }' in its name.
fits-no-skills-at-all = The roles of this library name no skills yet.
welcome-fits = What fits me? Pick the skills you have
help-fits-pick = pick the skill selected, or let it go; once you type, a space
help-fits-side = from the skills to the roles they fit, and back
help-fits-open = pick the skill selected; on a role, open it
help-fits-clear = clear what was typed
help-fits-typing = find a skill in your own words: the skills whose names hold every word, in any of its forms, are listed
help-welcome-choose = go from button to button, in reading order
help-welcome-run = press the button chosen, or browse every role
help-heading-fits = In "What fits me"
