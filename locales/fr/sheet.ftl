# La fiche d'un poste, telle que le volet de détail de l'explorateur et
# `crewpath show` l'affichent, et les mots de la rémunération que les
# comparaisons partagent.

## Dit avant tout quand un poste n'a pas de traduction dans la langue
## affichée.
sheet-not-translated = Ce poste n’est pas encore traduit; il est présenté en anglais.
# Une section présentée en anglais faute de traduction : son titre, marqué.
sheet-heading-in-english = { $heading } (en anglais)

sheet-entry-level = Premier échelon
sheet-in-demand = En demande

## Titres des sections.
sheet-summary = En bref
sheet-description = En quoi consiste le métier
sheet-duties = Tâches principales
sheet-skills = Compétences
sheet-education = Formation
sheet-certification = Certification
sheet-working-conditions = Conditions de travail
sheet-advancement = Avancement
sheet-outlook = Perspectives d’emploi
sheet-employers = Employeurs
sheet-unions = Syndicats et guildes
sheet-industry-groups = Associations de l’industrie
sheet-noc = Codes CNP
sheet-wages = Salaires
sheet-ladder = Cheminement
sheet-step-up = Compétences pour monter d’un échelon
sheet-moves = Passages latéraux
sheet-move-source = { $role } : { $because } (source : { $source })
sheet-move-suggested = { $role } : { $because } (suggestion de la bibliothèque elle-même : aucune source ne le dit)
sheet-related = Postes connexes
sheet-works-with = Travaille avec
sheet-sources = Sources

# Sous le titre d'une section que la source date.
sheet-dated = Selon la source en date du { $date }; vérifiez que l’information est toujours à jour avant de prendre une décision.

# « techniques : matériel d'enregistrement, microphones »
sheet-skill-group = { $category } : { $skills }
# Après un code et un titre de la CNP : la version de la classification.
sheet-noc-version = (CNP { $version })
sheet-noc-s-version = (CNP-S { $year })
sheet-step-up-skills = Vers { $role } : { $skills }
sheet-step-up-experience = Vers { $role } : aucune nouvelle compétence indiquée; c’est l’expérience qui permet de monter
# Après le titre, l'éditeur et l'adresse d'une source : quand elle a été lue.
sheet-source-read = consulté le { $date }

## Tableaux des salaires : les colonnes, puis chaque tranche et ce qu'elle
## représente.
sheet-wage-low = Bas
sheet-wage-high = Élevé
sheet-wage-average = Moyenne
sheet-wage-median = Médiane
sheet-wage-starting = Début
sheet-wage-starting-means = salaire en début de carrière
sheet-wage-overall = Ensemble
sheet-wage-overall-means = tout le personnel
sheet-wage-top = Sommet
sheet-wage-top-means = les personnes les mieux payées

## Rémunération : un montant en dollars canadiens, la monnaie et l'unité
## dans lesquelles elle est comptée (« dollars canadiens de l'heure »).
# Une espace insécable avant le signe dollar : « 31,15 $ » ne se coupe pas.
sheet-money-cad = { $amount } $
sheet-currency-cad = dollars canadiens
sheet-pay-currency-per-unit = { $currency } { $per }
sheet-per-hour = de l’heure
sheet-per-day = par jour
sheet-per-week = par semaine
sheet-per-month = par mois
sheet-per-year = par année
# Une unité nommée par un fichier de poste et sans tournure à elle ci-dessus.
sheet-per-unit = par { $unit }

## `crewpath show` : les lignes au-dessus des sections, et ses erreurs.
show-id = identifiant : { $id }
show-department = Service : { $department }
show-aliases = Autres titres : { $aliases }
# « Début : salaire en début de carrière »; les tranches sont jointes par « ; ».
show-wage-bracket-means = { $bracket } : { $meaning }
show-wage-note = Remarque : { $note }
show-no-role-try-search = aucun poste « { $wanted } »; essayez `crewpath search` avec un mot de son titre
show-no-role-did-you-mean = aucun poste « { $wanted } »; vouliez-vous dire : { $roles }?
show-name-shared = « { $wanted } » désigne plusieurs postes : { $roles }; nommez-en un par son identifiant
show-cannot-write = impossible d’écrire le poste : { $error }
