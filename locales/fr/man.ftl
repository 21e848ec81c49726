# La page de manuel (crewpath generate man) : les sections que clap
# n'écrit pas. Les noms d'options, de variables, les chemins et les
# commandes restent tels qu'on les tape.

## L'en-tête de la page et les titres des sections

man-manual = Commandes de l'utilisateur
man-exit-status = CODE DE RETOUR
man-environment = ENVIRONNEMENT
man-files = FICHIERS
man-examples = EXEMPLES
man-see-also = VOIR AUSSI

## CODE DE RETOUR

man-exit-0 = Succès : l'explorateur a été quitté (ou arrêté par SIGTERM ou SIGHUP), ou la commande a affiché ce qu'on lui demandait.
man-exit-1 = Rien à montrer, ou quelque chose de trouvé : check a trouvé des problèmes; search et match n'ont trouvé aucun poste; show, compare et path n'ont pas pu dire quel poste un nom désigne, ou n'ont trouvé aucun chemin; le terminal de l'explorateur a fait défaut.
man-exit-2 = crewpath n'a pas pu démarrer ou répondre : une option ou un fichier de réglages erroné, un dossier de postes qui n'existe pas, une locale qui n'est pas en UTF-8, pas de terminal pour l'explorateur, ou une sortie où l'on ne peut pas écrire (fermée ou pleine; un lecteur qui s'arrête tôt n'est pas une erreur).
man-exit-signal = L'explorateur a été arrêté par SIGINT (130) ou SIGQUIT (131), comme les shells l'indiquent : 128 plus le signal.

## ENVIRONNEMENT

man-env-roles = Le dossier de la bibliothèque de postes, quand --roles n'est pas donnée. Vide, elle compte comme absente : les postes intégrés.
man-env-lang = La langue, en ou fr, quand --lang n'est pas donnée. Vide, elle compte comme absente; toute autre valeur est refusée avec le code 2.
man-env-locale = La langue quand ni --lang ni CREWPATH_LANG n'en donnent une : la première de LC_ALL, LC_MESSAGES et LANG qui est définie (fr_CA.UTF-8 est le français); l'anglais sinon. Le jeu de caractères de LC_ALL, LC_CTYPE ou LANG doit être UTF-8; C et POSIX comptent comme UTF-8.
man-env-no-color = Définie et non vide : pas de couleur, sauf si --color always ou --theme dit autrement.
man-env-clicolor = 0 : pas de couleur, comme NO_COLOR.
man-env-clicolor-force = Autre que 0 : de la couleur même quand la sortie n'est pas un terminal, mais pas contre NO_COLOR.
man-env-xdg = Où le fichier de réglages est cherché : $XDG_CONFIG_HOME/crewpath/config.toml; quand elle est absente, vide ou n'est pas un chemin absolu, ~/.config/crewpath/config.toml sous HOME.
man-env-term = dumb : l'explorateur refuse de démarrer et renvoie à list, search et show. linux (la console texte) : l'explorateur dessine avec des symboles ASCII.
man-env-columns = La largeur à laquelle --help est coupée quand elle n'est pas écrite dans un terminal.

## FICHIERS

man-file-config = Les réglages de l'explorateur : idle_timeout, exit_key, theme, print et on_screen_keyboard, en TOML. Les options de la ligne de commande l'emportent.
man-file-kiosk = Les réglages de la borne, tels que le paquet Debian les installe, lus par crewpath-kiosk.service au moyen de --config.
man-file-unit = Le service de la borne sur la première console texte, installé mais pas activé.
man-file-sshd = Un complément de configuration de sshd qui sert des bornes par SSH à l'utilisateur crewpath.

## EXEMPLES

man-example-explore = Ouvrir l'explorateur sur les postes intégrés.
man-example-search = Les postes qui correspondent le mieux à quelques mots, fautes de frappe comprises.
man-example-markdown = Un poste en Markdown, pour un document à distribuer.
man-example-check = Vérifier une bibliothèque de fichiers de postes; une ligne par problème.
man-example-path = Les chemins vers un poste depuis les postes de premier échelon.
man-example-match = Tous les postes classés selon les compétences d'une personne.
man-example-kiosk = Une borne publique, avec les réglages que le paquet installe.

## VOIR AUSSI

man-see-also-readme = Le README, installé dans /usr/share/doc/crewpath/ par le paquet Debian, décrit en entier les touches de l'explorateur, les fichiers de postes et la borne.
