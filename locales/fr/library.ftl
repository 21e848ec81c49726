# La bibliothèque de postes : pourquoi un dossier ne peut pas être lu du tout,
# et les problèmes trouvés dans ses fichiers et ses dossiers. Chaque problème
# suit le chemin du fichier (et la ligne et la colonne).
# Les clés des fichiers de postes ('title', 'next'…), les noms de fichiers et
# les bouts de TOML à taper restent tels quels : on les écrit ainsi.

## Le dossier de la bibliothèque

library-not-a-folder = { $path } n’est pas un dossier; indiquez le dossier qui contient les fichiers de postes
library-does-not-exist = { $path } n’existe pas; indiquez le dossier qui contient les fichiers de postes
library-cannot-open = impossible d’ouvrir { $path } : { $error }
library-cannot-read = impossible de lire { $path } : permission refusée; donnez au compte qui exécute crewpath le droit de lire ce dossier et d’y entrer
# Le service des fichiers de postes placés directement dans le dossier de la bibliothèque.
library-other-roles = Autres postes

## Trouver et lire les fichiers

problem-is-folder = c’est un dossier, pas un fichier
problem-not-regular = ce n’est pas un fichier ordinaire (c’est un tube, un connecteur logiciel, un périphérique ou un fichier du noyau) et il n’a pas été lu; mettez un fichier de poste à sa place ou supprimez-le
problem-link-circle = c’est un lien qui pointe vers lui-même ou qui tourne en rond avec d’autres liens; il n’a pas été suivi : supprimez-le ou faites-le pointer vers un vrai fichier
problem-links-not-followed = { $count ->
    [one] { $count } autre lien ramène en rond ou vers un dossier déjà lu et n’a pas été suivi (les { $shown } premiers sont énumérés); ne gardez dans la bibliothèque que des fichiers de postes et des dossiers de fichiers de postes
   *[other] { $count } autres liens ramènent en rond ou vers des dossiers déjà lus et n’ont pas été suivis (les { $shown } premiers sont énumérés); ne gardez dans la bibliothèque que des fichiers de postes et des dossiers de fichiers de postes
}
problem-too-large = le fichier dépasse la limite de { $mib } Mio fixée pour les fichiers de postes et a été ignoré; divisez-le ou raccourcissez-le

## The library's own lists have a limit of their own
problem-list-too-large = le fichier dépasse la limite de { $mib } Mio des listes propres à une bibliothèque et a été ignoré; raccourcissez-le

problem-permission-denied = lecture impossible : permission refusée; donnez l’accès en lecture au compte qui exécute crewpath
problem-disappeared = a disparu pendant la lecture de la bibliothèque; relancez la commande quand il sera de retour
problem-cannot-read = lecture impossible : { $error }
problem-copy-of = ce fichier n’est pas lu, car seuls les noms qui se terminent par '.toml' le sont; il semble être une copie de '{ $intended }', juste à côté : s’il contient des modifications, apportez-les à '{ $intended }', puis supprimez cette copie ou sortez-la de la bibliothèque
problem-near-miss = ce fichier ressemble à un fichier de poste, mais son nom ne se termine pas par '.toml'; il n’a donc pas été lu. Si c’en est un, renommez-le '{ $intended }'
problem-too-many-entries = ce dossier contient plus de { $max } fichiers et dossiers (peut-être par des liens); le reste n’a pas été lu. Ne gardez que des fichiers de postes dans la bibliothèque
problem-link-loop = c’est un lien qui ramène à { $target }, ce qui tournerait en boucle sans fin; il n’a pas été suivi
problem-broken-link = c’est un lien vers quelque chose qui n’existe pas; supprimez-le ou corrigez sa cible
problem-link-to-ancestor = c’est un lien qui ramène à { $target }, qui contient cette bibliothèque : il tournerait en boucle sans fin, il n’a donc pas été suivi
problem-folder-read-twice = ce lien mène à un dossier déjà lu par un autre lien; il n’a pas été lu une deuxième fois
problem-folders-too-deep = ce dossier est imbriqué à plus de { $max } niveaux de profondeur; son contenu n’a pas été lu

## Le texte d'un fichier et le TOML

problem-not-utf8 = ce fichier n’est pas du texte UTF-8 : l’octet { $byte } du fichier ({ $hex }), ici, ne fait partie d’aucun caractère UTF-8; le fichier a été enregistré dans un autre encodage (à cause d’une lettre accentuée, peut-être) : enregistrez-le en UTF-8 dans votre éditeur
problem-not-toml = ce n’est pas du TOML valide : { $detail }
problem-list-not-closed-at-end = la liste ouverte ici n’est pas fermée; terminez-la par ']' (le fichier se termine avant elle)
problem-list-not-closed = la liste ouverte ici n’est pas fermée; terminez-la par ']' (repéré à la ligne { $line }, colonne { $column }, là où la liste aurait dû se terminer)
problem-list-missing-comma = il manque une virgule avant cet élément de la liste ouverte à la ligne { $line }, colonne { $column }; séparez les éléments par ','
problem-key-twice = '{ $key }' est écrit deux fois; n’en gardez qu’un
problem-a-key-twice = une clé est écrite deux fois; n’en gardez qu’une
problem-nested-too-deep = les listes ou les tables sont imbriquées trop profondément; un fichier de poste n’a besoin que de quelques niveaux

## Noms de fichiers et identifiants

problem-underscore-name = les noms qui commencent par '_' sont réservés aux fichiers propres à crewpath ('_index.toml', '_skills.toml', '_synonyms.toml'); vouliez-vous dire '{ $meant }'? Ce fichier n’a pas été lu
problem-department-as-role = ce fichier contient les renseignements d’un service ('name', sans 'title'), il n’a donc pas été lu comme un poste; vouliez-vous dire '_index.toml'? Le fichier propre à un service doit porter ce nom
problem-invalid-id-loaded-as = '{ $name }' n’est pas un identifiant de poste valide : le nom d’un fichier de poste ne peut contenir que des lettres minuscules de a à z, des chiffres et '-'; renommez le fichier '{ $id }.toml' (d’ici là, il est chargé sous l’identifiant '{ $id }')
problem-invalid-id-rename-to = '{ $name }' n’est pas un identifiant de poste valide : le nom d’un fichier de poste ne peut contenir que des lettres minuscules de a à z, des chiffres et '-'; renommez le fichier '{ $id }.toml'
problem-invalid-id-taken = '{ $name }' n’est pas un identifiant de poste valide : le nom d’un fichier de poste ne peut contenir que des lettres minuscules de a à z, des chiffres et '-', et '{ $id }', l’identifiant tiré de ce nom, est déjà celui de { $other }; donnez un autre nom à ce fichier (d’ici là, il est laissé de côté)
problem-invalid-id-left-out = '{ $name }' n’est pas un identifiant de poste valide : le nom d’un fichier de poste ne peut contenir que des lettres minuscules de a à z, des chiffres et '-'; renommez le fichier (d’ici là, il est laissé de côté)
problem-id-taken = l’identifiant de poste '{ $id }' est déjà pris par { $other }; chaque identifiant doit être unique dans la bibliothèque : renommez l’un des deux fichiers (celui-ci a été laissé de côté)

## Clés et valeurs

problem-unknown-key-suggest = clé inconnue '{ $key }'; vouliez-vous dire '{ $suggestion }'?
problem-unknown-key-allowed = clé inconnue '{ $key }'; les clés permises ici sont : { $allowed }
problem-unknown-key-in-suggest = clé inconnue '{ $key }' dans '{ $table }'; vouliez-vous dire '{ $suggestion }'?
problem-unknown-key-in-allowed = clé inconnue '{ $key }' dans '{ $table }'; les clés permises ici sont : { $allowed }
problem-wrong-type = il faut { $expected } pour '{ $key }', mais on trouve { $found }
problem-wrong-list-item = il faut du texte entre guillemets dans la liste '{ $key }', mais on trouve { $found }
problem-wrong-table-item = il faut une table dans '{ $key }', mais on trouve { $found }
problem-number-too-large = le nombre de '{ $key }' est trop grand
problem-unusable-number = '{ $key }' n’est pas un nombre utilisable
problem-time-not-date = '{ $key }' est une heure, pas une date; écrivez année-mois-jour, comme 2026-01-31
problem-not-a-date = '{ $value }' dans '{ $key }' n’est pas une date; écrivez année-mois-jour, comme 2026-01-31
problem-title-empty = 'title' est vide; écrivez le titre du poste entre les guillemets
problem-no-title = ce poste n’a pas de 'title'; ajoutez une ligne comme title = "Foley Artist"
problem-noc-needs-code = chaque entrée de 'noc' doit avoir un 'code', p. ex. code = "52113"

# Ce qu'une valeur doit être : $expected ci-dessus.
problem-expect-string = du texte entre guillemets
problem-expect-strings = une liste de textes entre guillemets
problem-expect-boolean = true ou false
problem-expect-integer = un nombre entier
problem-expect-number = un nombre
problem-expect-date = une date comme 2026-01-31
problem-expect-skill-groups = une table de listes, p. ex. [skills] technical = ["…"]
problem-expect-table = une table
problem-expect-tables = une liste de tables

# Ce qu'une valeur s'est révélée être : $found ci-dessus.
problem-found-string = du texte
problem-found-integer = un nombre entier
problem-found-float = un nombre décimal
problem-found-boolean = true ou false
problem-found-date = une date
problem-found-list = une liste
problem-found-table = une table

## Liens entre postes

problem-link-to-itself = '{ $key }' désigne ce poste lui-même; retirez '{ $id }'
problem-link-to-file-name = '{ $key }' désigne '{ $name }', un nom de fichier qui n’est pas un identifiant valide; ce poste est chargé sous l’identifiant '{ $id }' : écrivez donc '{ $id }' ici (et renommez son fichier '{ $id }.toml')
problem-link-to-broken = '{ $key }' désigne '{ $id }', mais ce poste n’a pas pu être chargé; corrigez les problèmes signalés pour { $id }.toml
problem-link-unknown-suggest = '{ $key }' désigne '{ $id }', mais aucun poste n’a cet identifiant; vouliez-vous dire '{ $suggestion }'?
problem-link-unknown = '{ $key }' désigne '{ $id }', mais aucun poste n’a cet identifiant; utilisez le nom de fichier d’un poste, sans '.toml'
# Les postes du milieu d'un long cercle, omis : « c01 → … (3 postes) … → c09 ».
problem-cycle-chain-cut = { $start } → … ({ $left }) … → { $end }
problem-cycle-roles-left-out = { $count ->
    [one] { $count } poste
   *[other] { $count } postes
}
problem-cycle = l’échelle de carrière tourne en rond : { $chain }; retirez '{ $first }' du 'next' de '{ $role }', ou une autre étape du cercle
problem-expect-string-lists = une liste de listes de mots, comme [["film", "cinéma"], ["son", "audio"]]
problem-synonym-not-one-word = « { $word } » n’est pas un seul mot tel que la recherche lit les mots (lettres et chiffres seulement) : un synonyme est un seul mot; inscrivez séparément les mots d’une expression ou retirez-la
problem-synonym-twice = « { $word } » figure déjà dans un groupe de synonymes à la ligne { $line } : réunissez les mots des deux groupes en un seul
## A word written twice in one group of synonyms
problem-synonym-twice-in-group = « { $word } » est le même mot que « { $first } » dans ce groupe, pour la recherche : gardez-en un seul

problem-synonym-group-alone = un groupe de synonymes doit compter au moins deux mots différents
problem-synonyms-not-at-root = les synonymes ne sont lus que dans le fichier '_synonyms.toml' du dossier de la bibliothèque; déplacez ce fichier à cet endroit. Il n’a pas été lu
## A role named twice in one list
problem-link-twice = '{ $key }' nomme '{ $id }' une seconde fois (d’abord à la ligne { $line }, qui est gardée) : retirez celle-ci
problem-move-twice = un second passage vers '{ $id }' : seul le premier (ligne { $line }) est gardé, avec sa raison et ses sources; fusionnez les deux en un seul passage

## A move down the role's own ladder
problem-move-down-ladder = le passage vers '{ $id }' descend l’échelle de carrière de ce poste, que 'next' monte déjà : un passage est latéral, vers une autre échelle; retirez-le, ou faites-le mener à un poste d’une autre échelle

problem-move-needs-to = chaque entrée de 'moves' doit avoir un 'to', l’identifiant du poste visé, p. ex. to = "sound-editor"
problem-move-needs-because = le passage vers '{ $to }' doit avoir un 'because' : pourquoi ce passage a du sens, en une phrase que lira le public
problem-move-needs-grounds = le passage vers '{ $to }' doit dire sur quoi il repose : 'source', le titre de l’entrée de 'sources' de ce fichier qui l’appuie, ou suggested = true s’il s’agit d’une suggestion de la bibliothèque
problem-move-source-and-suggested = le passage vers '{ $to }' nomme une source et porte suggested = true : gardez 'source' si la source appuie ce passage, ou retirez-la si c’est une suggestion de la bibliothèque
problem-move-source-unknown = aucune entrée de 'sources' de ce fichier n’a pour titre '{ $source }'; nommez l’une de celles-ci : { $titles }, ou ajoutez la source
problem-move-source-unknown-none = ce fichier n’a aucune entrée de 'sources' intitulée '{ $source }'; ajoutez-la sous [[sources]], ou marquez le passage suggested = true

## crewpath's own files have no translation files
problem-skills-translated = les compétences sont nommées dans chaque langue dans _skills.toml même : déplacez ces noms là-bas, en { $code } = "…" sous chaque compétence, et retirez ce fichier. Il n’a pas été lu
problem-synonyms-translated = les synonymes de chaque langue sont listés dans _synonyms.toml même : déplacez ces groupes là-bas, sous { $code } = [[…]], et retirez ce fichier. Il n’a pas été lu

problem-skills-not-at-root = les compétences ne sont déclarées que dans le fichier « _skills.toml » du dossier de la bibliothèque; déplacez ce fichier à cet endroit. Il n’a pas été lu
problem-skill-not-table = la compétence « { $id } » doit être une table : [{ $id }] avec category = "…" et en = "…"
problem-skill-id = l’identifiant de compétence « { $id } » devrait s’écrire « { $suggested } » : en minuscules, les mots reliés par '-'
problem-skill-no-name = la compétence « { $id } » n’a pas de nom : ajoutez en = "…" (et fr = "…")
problem-skill-table-left-out = la table de cette compétence est laissée de côté tant que l’erreur de ce fichier n’est pas corrigée : d’ici là, la compétence s’affiche comme l’écrivent les fichiers de postes, et les autres compétences du fichier sont lues normalement
problem-skill-no-category = la compétence « { $id } » n’a pas de catégorie : ajoutez category = "technical" (ou "creative", "personal"…)
problem-skill-name-taken = « { $name } » nomme déjà la compétence « { $other } » (ligne { $line }) : un nom, une compétence; retirez-le de l’une des deux
problem-skill-no-name-in = la compétence « { $id } » ({ $name }) n’a pas de nom en « { $code } » alors que d’autres en ont un : ajoutez { $code } = "…"
problem-skill-look-alike = la compétence « { $id } » ressemble à la compétence « { $other } » (ligne { $line }) : les mêmes mots dans un autre ordre, un pluriel ou une orthographe voisine. S’il s’agit d’une seule compétence, gardez-en une et donnez-lui le nom de l’autre dans « also »

## Look-alike skills, listed a few at a time
problem-skill-look-alikes-more = { $count } autres compétences ressemblent à d’autres, en plus des { $listed } listées; fusionnez ou renommez d’abord celles-ci, puis vérifiez de nouveau

problem-skill-undeclared = la compétence « { $skill } » n’est pas déclarée dans _skills.toml{ $closest ->
        [none] .
       *[other] ; vouliez-vous dire { $closest }?
    } Utilisez un nom déclaré, ou déclarez-la à cet endroit
translation-skills-declared = les compétences sont nommées une seule fois par langue, dans _skills.toml, et cette liste n’est pas lue : retirez [skills] de ce fichier
translation-skill-two-names = « { $name } » traduit la compétence « { $skill } », que { $file } appelle « { $first } » : une compétence, un nom; employez les mêmes mots (ou déclarez les compétences et leurs noms dans _skills.toml)
