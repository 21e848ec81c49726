# La ligne de commande : --help, les erreurs d'utilisation, le fichier de
# réglages et la combinaison de sortie de la borne. Les noms d'options
# (--roles), les clés du fichier (idle_timeout) et les touches (ctrl-alt-x)
# restent tels qu'on les tape.

## Erreurs d'utilisation

cli-needs-terminal = l’explorateur a besoin d’un terminal, en entrée comme en sortie; pour du texte brut, utilisez 'crewpath search' ou 'crewpath show'
cli-env-lang-unknown = CREWPATH_LANG vaut '{ $value }', une langue que crewpath ne parle pas; donnez-lui l’une de ces valeurs : { $codes }, ou laissez-la vide
cli-charset-not-utf8 = la locale ({ $setting }) demande le jeu de caractères { $codeset }, mais crewpath n’écrit qu’en UTF-8; lancez-le sous une locale UTF-8, comme LANG=fr_CA.UTF-8 ou LANG=en_CA.UTF-8
cli-cannot-write = impossible d’écrire { $what } : { $error }
output-closed = la sortie standard est fermée; envoyez-la dans un fichier ou un tube
cli-the-help = l’aide
cli-the-version = la version
generate-what = le fichier généré
list-the-roles = la liste des postes
cli-dumb-terminal = ce terminal (TERM=dumb) ne peut pas afficher l’explorateur; pour du texte brut, utilisez 'crewpath list', 'crewpath search' ou 'crewpath show'

## Le fichier de réglages (--config)

config-cannot-open = { $path } (fichier de configuration) : { $reason }
## A config file that cannot be opened, in a config file's terms
config-missing = n’existe pas; donnez le chemin d’un fichier de configuration, ou omettez --config
config-link-leads-nowhere = est un lien vers un fichier qui n’existe pas; faites-le pointer vers un fichier de configuration, ou omettez --config
config-not-regular = n’est pas un fichier ordinaire (un tube, un socket ou un périphérique) et n’a pas été lu; nommez un fichier de configuration

## list on a folder without roles
list-no-roles = aucun poste trouvé : une bibliothèque est un dossier de fichiers .toml, un par poste; lancez « crewpath check --roles DOSSIER » pour savoir pourquoi

config-cannot-read = { $path } : impossible de lire le fichier de configuration : { $error }
config-too-large = { $path } : le fichier de configuration dépasse { $kib } Kio; il ne devrait contenir que quelques réglages
config-not-utf8 = { $path } : le fichier de configuration n’est pas du texte UTF-8
config-not-toml = { $place } : ce n’est pas du TOML valide : { $detail }
config-idle-out-of-range = { $place } : idle_timeout doit être un nombre entier de secondes, au moins 1
config-idle-not-number = { $place } : idle_timeout doit être un nombre entier de secondes, p. ex. idle_timeout = 120
config-needs-string = { $place } : '{ $key }' doit être du texte entre guillemets

## Kiosk touch: the on-screen keyboard setting.
config-needs-bool = { $place } : '{ $key }' doit valoir true ou false, sans guillemets

config-unknown-key = { $place } : clé inconnue '{ $key }'; les clés permises sont { $allowed }
config-idle-zero = le délai d’inactivité doit être d’au moins 1 seconde
## La commande d’impression de la borne : une liste de mots, le programme d’abord.
config-print-not-words = { $place } : print doit être une liste de mots, chacun entre guillemets droits, le programme d’abord : print = ["lp", "-d", "accueil"]
config-print-empty = { $place } : print ne nomme aucun programme; écrivez la commande qui imprime sous forme de liste de mots, par exemple print = ["lp", "-d", "accueil"], ou retirez print
config-print-shell-word = { $place } : print lance un seul programme, sans interpréteur de commandes (« shell »), et le mot « { $word } » lui serait passé tel quel; pour faire passer la page par un tube ou la rediriger, nommez un script qui le fait
config-print-program-spaces = { $place } : le premier mot de print, « { $program } », est le nom du programme, et aucun programme ne s’appelle ainsi; donnez chaque mot à part : print = { $words }
config-print-string = { $place } : écrit en une seule chaîne, print ne peut contenir que des mots simples, et « { $sign } » n’en fait pas partie (la commande est lancée sans interpréteur de commandes); écrivez-la sous forme de liste de mots, chacun entre guillemets droits, le programme d’abord, par exemple print = ["lp", "-d", "accueil", "-t", "Centre de carrière"]
# Les premières lignes d'un poste imprimé : le nom de la bibliothèque, puis ceci.
print-date = Imprimé le { $date }

## La combinaison de touches de sortie de la borne (--exit-key)

chord-no-key = '{ $chord }' ne nomme aucune touche; écrivez-la comme ctrl-alt-x
chord-not-modifier = '{ $part }' dans '{ $chord }' n’est pas une touche de modification; utilisez ctrl, alt, shift ou super
chord-not-key = '{ $key }' n’est pas une touche; utilisez une lettre, f1 à f24 ou un nom de touche
chord-refused = '{ $chord }' ne peut pas servir de combinaison de sortie : quelqu’un du public pourrait l’enfoncer par habitude ou par hasard, ou les terminaux ne l’envoient pas séparément des autres touches. Utilisez ctrl-alt et une lettre autre que h, i, j ou m, comme ctrl-alt-x

## --help

cli-usage-heading = Utilisation :
cli-commands-heading = Commandes :
cli-arguments-heading = Arguments :
cli-options-heading = Options :
cli-command-value = COMMANDE
cli-about = Explorez les carrières dans le terminal : services, postes, compétences et échelles de carrière, avec une recherche qui pardonne les fautes
cli-long-about =
    Explorez les carrières dans le terminal : services, postes, compétences et échelles de carrière, avec une recherche qui pardonne les fautes de frappe.

    Sans commande, ouvre l’explorateur sur les postes intégrés à crewpath, ou sur le dossier indiqué avec --roles.
cli-help = Afficher l’aide
cli-help-short = Afficher l’aide (plus de détails avec « --help »)
cli-help-long = Afficher l’aide (un résumé avec « -h »)
cli-version = Afficher la version
cli-help-command = Afficher ce message ou l’aide des sous-commandes indiquées

cli-roles = Utiliser la bibliothèque de postes de ce dossier au lieu des postes intégrés [env : CREWPATH_ROLES]
cli-lang = La langue à utiliser : en ou fr. Sans cette option, CREWPATH_LANG, puis la langue du système (LC_ALL, LC_MESSAGES, LANG); sinon l’anglais
cli-kiosk = Fonctionner en borne publique : un écran d’accueil, une remise à zéro après une période d’inactivité, et aucun moyen pour le public de quitter
cli-idle-timeout = Borne : secondes sans touche ni clic avant que la séance recommence [par défaut : 120]
cli-exit-key = Borne : la combinaison de touches qui permet au personnel de quitter, p. ex. ctrl-alt-x (désactivée si elle n’est pas indiquée)
cli-theme = Thème de couleurs : default, high-contrast ou monochrome. Sans cette option, NO_COLOR désactive les couleurs
cli-config = Lire idle_timeout, exit_key, theme, print et on_screen_keyboard dans ce fichier TOML au lieu de $XDG_CONFIG_HOME/crewpath/config.toml; les options données sur la ligne de commande l’emportent
cli-color = Quand utiliser la couleur : auto (sauf si NO_COLOR est défini ou CLICOLOR=0; CLICOLOR_FORCE=1 l’impose), always ou never

cli-check = Vérifier chaque fichier de poste et énumérer les problèmes, un par ligne
cli-check-json = Afficher le rapport en JSON : un seul objet, avec la bibliothèque, ses comptes et les problèmes, chacun avec path, line, column, kind et message
cli-search = Chercher dans les postes et afficher les meilleurs résultats, un par ligne
cli-search-limit = Au plus ce nombre de résultats [par défaut : 20]
cli-search-json = Afficher les résultats en JSON : un seul objet, avec les résultats et la part de la recherche qu’ils couvrent
cli-search-query = Ce qu’on cherche : un titre de poste, une abréviation, une compétence…
cli-compare = Deux postes côte à côte : compétences en commun et propres à chacun, formation, syndicats, salaire, et les liens entre eux
cli-compare-json = Afficher la comparaison en JSON
cli-compare-a = Le premier poste : identifiant, titre ou abréviation (mettez entre guillemets les titres qui ont des espaces)
cli-compare-b = Le deuxième poste
cli-path = Le parcours d’un poste à un autre par les liens de la bibliothèque, avec les compétences à acquérir à chaque étape; avec --to seul, à partir des postes de premier échelon
cli-path-json = Afficher le parcours en JSON
cli-path-to = Le poste à atteindre, quand aucun DÉPART n’est donné : partir du premier échelon
cli-path-from = Le point de départ : identifiant, titre ou abréviation (mettez entre guillemets les titres qui ont des espaces)
cli-path-target = Le poste visé
cli-match = Tous les postes qui font appel aux compétences que vous nommez, le plus convenable d’abord, avec pourquoi et ce qu’il vous faudrait acquérir
cli-match-json = Afficher le classement en JSON
cli-match-skills = Vos compétences, séparées par des virgules : noms, autres noms ou identifiants (« pro tools, théorie musicale, travail d’équipe »); les fautes de frappe sont pardonnées
cli-match-format = Comment écrire le classement : text (par défaut) ou markdown, pour un document à remettre
cli-list = Énumérer tous les postes, un par ligne : identifiant, titre et service
cli-list-json = Afficher la liste en JSON : un seul objet, avec l’identifiant, le titre et le service de chaque poste
cli-show = Afficher tout ce qui concerne un poste, en texte brut
cli-show-json = Afficher le poste en JSON
cli-show-role = L’identifiant du poste (le nom de son fichier) ou son titre
cli-show-format = Comment écrire le poste : text (par défaut) ou markdown, pour des documents à remettre
cli-generate = Afficher une page de manuel ou les complétions d’un interpréteur de commandes, pour les empaqueteurs
cli-generate-what = Ce qu’il faut afficher : man, bash, zsh ou fish

# Ce que prend une option ou un argument.
cli-value-dir = DOSSIER
cli-value-lang = LANGUE
cli-value-seconds = SECONDES
cli-value-chord = TOUCHES
cli-value-theme = THÈME
cli-value-file = FICHIER
cli-value-n = N
cli-value-when = QUAND
cli-value-what = QUOI
cli-value-format = FORMAT
cli-value-query = RECHERCHE
cli-value-role = POSTE
cli-value-other = AUTRE
cli-value-from = DÉPART
cli-value-skills = COMPÉTENCES
cli-value-to = ARRIVÉE

## Erreurs sur la ligne de commande, quand clap les nomme

cli-error = erreur : { $message }
cli-error-more = Pour en savoir plus, essayez « --help ».
cli-error-invalid-value = valeur '{ $value }' non valide pour '{ $arg }'
cli-error-possible-values = [valeurs possibles : { $values }]
cli-error-unknown-argument = argument inattendu : '{ $arg }'
cli-error-unknown-command = sous-commande inconnue : '{ $command }'
cli-error-did-you-mean = astuce : un argument semblable existe : '{ $suggestion }'
cli-error-did-you-mean-value = astuce : une valeur semblable existe : '{ $suggestion }'
cli-error-did-you-mean-command = astuce : une sous-commande semblable existe : '{ $suggestion }'
cli-error-missing = ces arguments obligatoires n’ont pas été donnés : { $args }
cli-error-conflict = l’argument '{ $arg }' ne peut pas être utilisé avec '{ $other }'
cli-error-twice = l’argument '{ $arg }' ne peut pas être donné plusieurs fois
cli-error-no-value = '{ $arg }' demande une valeur, mais aucune n’a été donnée
