# Counts and words shared by every part of crewpath.

count-roles = { $count ->
    [one] { $count } role
   *[other] { $count } roles
}
count-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
count-departments = { $count ->
    [one] { $count } department
   *[other] { $count } departments
}
count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}

usage-path-needs-roles = give FROM and TO, or --to TO to start from the entry-level roles

# Skill categories as role files name them; others are shown as written.
skill-category-technical = technical
skill-category-creative = creative
skill-category-personal = personal
skill-category-traits = traits
