# `crewpath compare` and `crewpath path`, and the explorer's comparison
# window: two roles side by side, and a route from one to another.

compare-title = { $a } compared with { $b }
# One line per role under the title: its department and labels.
compare-role-line = • { $role }: { $department }
compare-entry-level = entry level
compare-in-demand = in demand

compare-heading-linked = How they are linked
compare-heading-common = Skills both ask for
compare-common-none = none
compare-heading-only = Only { $role }
# The explorer's column for one role.
compare-heading-only-this = Only this role asks for
compare-only-nothing = nothing the other lacks
compare-skill-group = { $category }: { $skills }
# One role's side of a section: "Sound Editor: none listed".
compare-side = { $role }: { $text }
compare-not-given = not given
compare-unions-none = none listed

## How the library links two roles.
compare-relation-above = { $b } is { $count ->
    [one] one rung
   *[other] { $count } rungs
    } above { $a } on the same career ladder
compare-relation-below = { $b } is { $count ->
    [one] one rung
   *[other] { $count } rungs
    } below { $a } on the same career ladder
compare-relation-same-role = { $a } and { $b } are the same role
compare-relation-related = { $a } and { $b } are related roles
compare-relation-works-with = { $a } and { $b } work together
compare-relation-none = no link between { $a } and { $b } in this library

## Pay.
compare-heading-pay = Pay
# $place is ", Alberta 2021 (CAD per hour)" or empty; $gap is "; …" or empty.
compare-pay-line = overall average pay{ $place }: { $a } { $pay_a }, { $b } { $pay_b }{ $gap }
compare-pay-not-given = not given
compare-pay-same = the same
compare-pay-more = { $role } earns { $amount } more
compare-pay-only-one = only { $role } reports pay, so it is not compared
# The regions and years whose pay is not compared, joined with "; ".
compare-pay-apart = not compared: { $places }
compare-pay-apart-terms = { $place } ({ $a } reports pay { $terms_a }, { $b } { $terms_b })
compare-pay-apart-only = { $place } (only { $role } reports pay there)
compare-pay-no-place = no region or year given
compare-pay-in-currency-per-unit = in { $currency } { $per }
compare-pay-in-currency-no-unit = in { $currency }, no unit given
compare-pay-no-unit = with no unit given

# What could not be written: "cannot write the answer: …".
compare-the-answer = the answer
compare-cannot-write = cannot write the answer: { $error }

## Routes.
path-route = From { $from } to { $to }: { $count ->
    [one] { $count } move
   *[other] { $count } moves
    }
# One move: "A → B: one rung up; add x, y".
path-step = { $from } → { $to }: { $how }; { $add }
path-move-step-up = one rung up
path-move-sideways = a sideways move
path-move-suggested = a sideways move the library suggests
# Why a sideways move makes sense, under its line.
path-why-source = why: { $because } (source: { $source })
path-why-suggested = why: { $because } (the library's own suggestion: no source says so)
path-add-skills = add { $skills }
path-no-new-skills = no new skills listed
path-already-there = you are there already
path-below = { $to } is below { $from } on its ladder: a route never leads down a ladder.
path-no-route = No route from { $from } to { $to } over the library's links.
path-no-role-leads-there = No role leads to it.
path-closest = The closest roles that do lead there:
path-closest-from = From { $role }:
path-no-entry = No entry-level role leads to { $role }.
path-no-entry-ladder = Its ladder starts at { $roles }.
path-entry-already = { $role } is an entry-level role: you can start there.
path-entry-start = Starting as { $role } (entry level):
path-entry-joins = Starting as { $role } (entry level), on another ladder, joining the target's ladder as { $joins }:
path-entry-across = Starting as { $role } (entry level), from another ladder:
path-more-entries = { $count ->
    [one] { $count } more entry-level role leads there: ask for its route with crewpath path ROLE { $to }.
   *[other] { $count } more entry-level roles lead there: ask for the route from any of them with crewpath path ROLE { $to }.
    }
compare-same-role = both names are '{ $title }': give two different roles to compare

## What fits the skills someone has (crewpath match, the explorer's "What fits me").
fit-heading = Roles that use the skills you named: { $skills }
fit-stands-for = { $written } ({ $skills })
fit-uses = { $named ->
    [one] Uses the skill you named: { $skills }.
   *[other] Uses { $used } of the { $named } skills you named: { $skills }.
  }
fit-add = { $count ->
    [one] To add: { $skills }.
   *[other] To add ({ $count }): { $skills }.
  }
fit-entry-level = entry level
fit-nothing = No role asks for these skills.
fit-unknown = no skill is called '{ $written }'; the closest: { $closest }
fit-unknown-none = no skill is called '{ $written }'
fit-none-given = name at least one skill you have, e.g. --skills "mixing, microphones"
fit-unknown-all = none of what you wrote names a skill of this library. Name the skills you have in your own words, separated by commas, e.g. "{ $example }"
fit-quoted = '{ $name }'
