# Nombres et mots communs à tout crewpath.

count-roles = { $count ->
    [one] { $count } poste
   *[other] { $count } postes
}
count-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
count-departments = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
count-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}

usage-path-needs-roles = indiquez DÉPART et ARRIVÉE, ou --to ARRIVÉE pour partir des postes de premier échelon

# Catégories de compétences telles que les fichiers de postes les nomment.
skill-category-technical = techniques
skill-category-creative = créatives
skill-category-personal = personnelles
skill-category-traits = qualités
