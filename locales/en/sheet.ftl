# A role's sheet, as the explorer's detail pane and `crewpath show` print it,
# and the words for pay that comparisons share.

## Said before anything else when a role has no translation into the
## language being shown.
sheet-not-translated = This role is not translated yet; it is shown in English.
# A section shown in English for want of a translation: its heading, marked.
sheet-heading-in-english = { $heading } (in English)

sheet-entry-level = Entry level
sheet-in-demand = In demand

## Section headings.
sheet-summary = Summary
sheet-description = What the job is
sheet-duties = Main duties
sheet-skills = Skills
sheet-education = Education
sheet-certification = Certification
sheet-working-conditions = Working conditions
sheet-advancement = Advancement
sheet-outlook = Outlook
sheet-employers = Employers
sheet-unions = Unions and guilds
sheet-industry-groups = Industry groups
sheet-noc = NOC codes
sheet-wages = Wages
sheet-ladder = Career ladder
sheet-step-up = Skills to step up
sheet-moves = Sideways moves
sheet-move-source = { $role }: { $because } (source: { $source })
sheet-move-suggested = { $role }: { $because } (the library's own suggestion: no source says so)
sheet-related = Related roles
sheet-works-with = Works with
sheet-sources = Sources

# Under the heading of a section the source dates.
sheet-dated = As the source stood on { $date }; check it is still current before deciding.

# "technical: recording equipment, microphones"
sheet-skill-group = { $category }: { $skills }
# After a NOC code and title: the version of the classification.
sheet-noc-version = (NOC { $version })
sheet-noc-s-version = ({ $year } NOC-S)
sheet-step-up-skills = To { $role }: { $skills }
sheet-step-up-experience = To { $role }: no new skills listed; experience makes the step
# After a source's title, publisher and address: when it was read.
sheet-source-read = read { $date }

## Wage tables: the columns, then each pay bracket and what it means.
sheet-wage-low = Low
sheet-wage-high = High
sheet-wage-average = Average
sheet-wage-median = Median
sheet-wage-starting = Starting
sheet-wage-starting-means = entry-level pay
sheet-wage-overall = Overall
sheet-wage-overall-means = all employees
sheet-wage-top = Top
sheet-wage-top-means = the top-paid

## Pay: an amount in Canadian dollars, the currency and the unit it is
## counted in ("CAD per hour").
sheet-money-cad = { $amount }
sheet-currency-cad = CAD
sheet-pay-currency-per-unit = { $currency } { $per }
sheet-per-hour = per hour
sheet-per-day = per day
sheet-per-week = per week
sheet-per-month = per month
sheet-per-year = per year
# A unit a role file names that has no phrase of its own above.
sheet-per-unit = per { $unit }

## `crewpath show`: the lines above the sections, and its errors.
show-id = id: { $id }
show-department = Department: { $department }
show-aliases = Also known as: { $aliases }
# "Starting: entry-level pay"; the brackets are joined with "; ".
show-wage-bracket-means = { $bracket }: { $meaning }
show-wage-note = Note: { $note }
show-no-role-try-search = no role '{ $wanted }'; try `crewpath search` with a word of its title
show-no-role-did-you-mean = no role '{ $wanted }'; did you mean: { $roles }?
show-name-shared = '{ $wanted }' names several roles: { $roles }; name one by its id
show-cannot-write = cannot write the role: { $error }
