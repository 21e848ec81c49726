# L'explorateur : volets, barres, fenêtres et accueil de la borne.

pane-departments = Services
pane-detail = Détail
pane-skills = Compétences
pane-ladder = Cheminement

## La table des touches : ce que fait chaque touche (aide) et son mot dans la barre.
help-search = chercher parmi les titres, sigles, compétences et services
help-move = monter et descendre (dans le détail : faire défiler)
help-open = ouvrir l’élément choisi (une compétence donne les postes qui la demandent)
help-toggle = ouvrir ou fermer un service
help-left-right = fermer / ouvrir un service; passer d’un volet à l’autre
help-next-pane = volet suivant / précédent
help-panes = services, détail, compétences, cheminement
help-compare = épingler le poste pour le comparer; sur un autre poste, comparer les deux (Tab : le parcours de l’un à l’autre)
help-routes-in = les façons d’accéder au poste affiché : les parcours depuis les postes de premier échelon
help-back = revenir au poste d’où vous venez
help-forward = avancer de nouveau
help-page = une page plus haut ou plus bas
help-top-bottom = tout en haut / tout en bas
help-close = fermer une fenêtre ou la liste des postes d’une compétence; ne quitte jamais
help-window-scroll = faire défiler
help-window-close = fermer la fenêtre
help-route = montrer le parcours entre les deux postes, puis de nouveau la comparaison
help-problems = lister les fichiers de postes qui ont des problèmes
help-language = passer du français à l’anglais (in English)
help-help = cette aide
help-quit = quitter
help-reload = relire les fichiers de postes (les modifications sur disque sont aussi relues d’elles-mêmes)
help-suspend = suspendre crewpath; la commande fg du terminal le ramène
help-start-over = recommencer pour la prochaine personne
help-print = imprimer cette fiche (si le personnel a installé une imprimante)
help-box-choose = choisir un résultat
help-box-open = ouvrir le poste choisi
help-box-close = fermer la recherche
help-box-move = se déplacer dans le texte
help-box-start-end = au début / à la fin du texte
help-box-delete-letter = effacer une lettre
help-box-delete-word = effacer un mot
help-box-clear = tout effacer
help-box-word = reculer ou avancer d’un mot

bar-search = chercher
bar-move = bouger
bar-open = ouvrir
bar-open-close = ouvrir/fermer
bar-panes = volets
bar-next-pane = volet suivant
bar-compare = comparer
bar-routes-in = y accéder
bar-back = retour
bar-forward = avancer
bar-page = page
bar-top = haut
bar-close = fermer
bar-problems = problèmes
bar-language = English
bar-help = aide
bar-quit = quitter
bar-reload = relire
bar-suspend = suspendre
bar-start-over = recommencer
bar-print = imprimer cette fiche
print-sending = Envoi à l’imprimante
print-sent = Envoyé à l’imprimante : demandez votre copie à l’accueil
print-failed = L’imprimante n’a pas répondu; demandez de l’aide au personnel

## A print press that prints nothing more says so
print-busy = La page précédente part encore vers l’imprimante : une à la fois
print-already-sent = Cette page a déjà été envoyée à l’imprimante : demandez votre copie à l’accueil

bar-type = tapez
bar-to-search = pour chercher
bar-choose = choisir
bar-route = le parcours
bar-scroll = défiler
bar-pinned-compare = { $title } épinglé : { $key } compare
bar-pinned-unpin = { $title } épinglé : { $key } le détache
bar-countdown = Toujours là? La séance recommence dans { $seconds } s.

## Fenêtres.
help-window = Aide — Échap pour fermer
help-heading-keys = Touches
help-heading-search-box = Dans la zone de recherche
help-heading-mouse = Souris et écran tactile
help-heading-windows = Dans les fenêtres d’aide, de problèmes et de comparaison
help-typing-keys = toute autre lettre
help-typing = lance une recherche avec elle (les lettres qu’aucune touche ci-dessus n’utilise)
help-typing-kiosk = lance une recherche avec elle (les chiffres 1 à 4 choisissent un volet)
help-mouse = Cliquez sur un volet pour l’utiliser, sur un élément pour le choisir, et faites défiler avec la molette ou en glissant. Les ▲ et ▼ sous une liste la font défiler d’une page. Les indications du bas et le chemin de retour en haut se cliquent aussi.

## Kiosk touch: help for visitors, touch first.
help-kiosk-touch = Touchez ce qui est à l’écran pour l’ouvrir, et glissez le doigt vers le haut ou le bas pour en voir plus.
help-kiosk-search = Pour trouver un métier, touchez « Chercher » et tapez son nom sur le clavier de l’écran.
help-kiosk-keys = Avec un clavier, tapez le nom d’un métier n’importe où; les touches suivent.
keyboard-space = espace
keyboard-backspace = effacer
keyboard-clear = tout effacer
search-suggestions = Ou touchez l’un de ceux-ci :
countdown-keep = Touchez l’écran ou appuyez sur une touche pour continuer.
start-over-ask = Recommencer? Ce que vous avez choisi sera oublié.
start-over-yes = Oui, recommencer
start-over-no = Non, continuer
help-touch = Touchez un volet pour l’utiliser et un élément pour le choisir. Glissez le doigt vers le haut ou le bas sur une liste ou un texte pour le déplacer; les ▲ et ▼ en dessous tournent une page. Les boutons du bas et le chemin de retour en haut se touchent aussi.
problems-window = Problèmes — Échap pour fermer
problems-none = Tous les fichiers de postes se sont chargés sans problème.
problems-intro = { $count ->
    [one] { $count } problème. Corrigez-le dans son fichier : crewpath relit les fichiers quand ils changent.
   *[other] { $count } problèmes. Corrigez-les dans les fichiers : crewpath les relit quand ils changent.
}
## The problems window: cause first, Enter opens the role
# The bar's notice counts problems as the window and `crewpath check` do.
bar-problems-count = { $count ->
    [one] { $count } problème dans les fichiers de postes — appuyez sur ! pour le voir
   *[other] { $count } problèmes dans les fichiers de postes — appuyez sur ! pour les voir
}
help-problems-open = ouvrir le poste dont le fichier a le problème choisi
problems-window-open = Problèmes — ↑↓ pour choisir, Entrée ouvre le poste, Échap pour fermer

compare-window = Comparer — Tab montre le parcours, Échap ferme
compare-window-route = Le parcours — Tab compare, Échap ferme
routes-in-window = Pour devenir { $title } — Échap ferme
search-window-title = Recherche : titres, sigles, compétences, services
search-getting-ready = Préparation de la recherche pour cette grande bibliothèque… ce que vous tapez est gardé.
search-prompt = Tapez un titre de poste, un sigle (1PE, ADR) ou une compétence. Les fautes de frappe passent.
search-why-term = lié au mot « { $term } »
search-nothing = Aucun poste ne correspond. Essayez un autre mot.

## Volets.
tree-empty = Aucun poste dans cette bibliothèque.
detail-choose = Choisissez un service ou un poste à gauche.
detail-more = suite
detail-top = Début
detail-problems = Problèmes de ce poste ({ $count }) :
detail-line-column = ligne { $line }, colonne { $column }
detail-also-known-as = Autres titres : { $names }
detail-wage-row = { $bracket } : bas { $low } · haut { $high } · moyenne { $average } · médiane { $median }
detail-in-english = (en anglais)
detail-about-department = À propos du service
detail-unions = Syndicats et guildes
detail-industry-groups = Associations de l’industrie
detail-roles = Postes ({ $count })
detail-sub-departments = Sous-services
skills-asked-by = { $count ->
    [one] { $count } poste demande « { $skill } »
   *[other] { $count } postes demandent « { $skill } »
}
skills-asked-by-keys = Entrée ouvre un poste · Échap revient
skills-this-role = (ce poste)
skills-none = Aucune compétence n’est indiquée pour ce poste.
skills-choose-role = Choisissez un poste pour voir les compétences qu’il demande.
ladder-choose-role = Choisissez un poste pour voir sa place dans un cheminement de carrière.
ladder-none = Aucun cheminement n’est indiqué pour ce poste : aucun poste de la bibliothèque n’y mène ni n’en part.
ladder-path-of = Cheminement { $number } sur { $count }, l’échelon le plus haut d’abord
ladder-top-first = L’échelon le plus haut d’abord
ladder-step-up = Pour passer à { $title }, ajoutez :
ladder-no-new-skills = Aucune nouvelle compétence n’est indiquée pour cette étape.
ladder-moves = Passages latéraux
ladder-move-source = { $because } (source : { $source })
ladder-move-suggested = { $because } (suggestion de la bibliothèque elle-même : aucune source ne le dit)
ladder-related = Postes connexes
ladder-works-with = Travaille de près avec

## L'accueil de la borne et l'écran.
welcome-title = Découvrez des métiers
welcome-purpose = Découvrez en quoi consiste un métier, quelles compétences il demande et où il peut vous mener.
welcome-type = Tapez un titre de poste ou une compétence, ou touchez une recherche pour l’essayer :
welcome-browse = Parcourir tous les postes
screen-too-small = Agrandissez le terminal
screen-too-small-min = à au moins { $min }
screen-too-small-size = (il fait { $size }).
explorer-needs-terminal = l’explorateur a besoin d’un terminal ({ $error }); pour du texte simple, utilisez « crewpath search » ou « crewpath show »
reload-library-kept = n’a pas pu être relu; ce qui était affiché reste en place jusqu’à ce qu’il puisse l’être : { $why }
reload-kept-last-good = le fichier de ce poste a maintenant des problèmes; la dernière version chargée reste affichée jusqu’à ce qu’ils soient corrigés
settings-unknown-theme = « { $theme } » n’est pas un thème; utilisez default, high-contrast ou monochrome

## Les touches, comme le clavier les nomme.
key-enter = Entrée
key-space = Espace
key-esc = Échap
key-backspace = Retour arrière
key-delete = Suppr
key-tab = Tab
key-shift = Maj
key-page-up = PgPréc
key-page-down = PgSuiv
key-home = Début
key-end = Fin

help-fits = ce qui me convient : cocher vos compétences et voir les postes qui y font appel
bar-fits = ce qui me convient
bar-to-filter = pour filtrer
bar-pick = cocher
bar-skills-roles = compétences/postes
fits-window-title = Ce qui me convient
fits-type-to-filter = tapez ce que vous savez faire; Entrée ou un toucher coche la compétence
fits-pick-some = Cochez les compétences que vous avez déjà : les postes qui y font appel s’affichent à droite.
fits-picked = { $count ->
    [one] Vous avez coché { $count } compétence : { $skills }
   *[other] Vous avez coché { $count } compétences : { $skills }
  }
fits-how = Cochez une compétence à gauche (Entrée ou un toucher) : chaque poste qui y fait appel s’affiche ici, le plus proche de vous d’abord, avec ce qu’il vous faudrait acquérir. Un poste énumère les compétences que ses sources nomment, pas toutes celles que le métier demande.
fits-no-skill = Aucune compétence n’a « { $typed } » dans son nom.
fits-no-skills-at-all = Les postes de cette bibliothèque ne nomment encore aucune compétence.
welcome-fits = Ce qui me convient? Cochez vos compétences
help-fits-pick = cocher la compétence choisie, ou la décocher; une fois la saisie commencée, une espace
help-fits-side = des compétences aux postes qui y font appel, et retour
help-fits-open = cocher la compétence choisie; sur un poste, l’ouvrir
help-fits-clear = effacer ce qui a été tapé
help-fits-typing = trouver une compétence dans vos mots : celles dont le nom contient chaque mot, sous l’une de ses formes, sont énumérées
help-welcome-choose = aller d’un bouton à l’autre, dans l’ordre de lecture
help-welcome-run = appuyer sur le bouton choisi, ou parcourir tous les postes
help-heading-fits = Dans « Ce qui me convient »
