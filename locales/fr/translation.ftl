# Problèmes des fichiers de traduction (`<id>.fr.toml` à côté de `<id>.toml`).

translation-english = Le texte anglais va dans '{ $file }' lui-même; un fichier nommé '….en.toml' n’est pas lu : déplacez son texte dans '{ $file }', puis supprimez ce fichier
translation-unknown-language = crewpath ne lit que les traductions en français ('.fr.toml'); ce fichier '.{ $code }.toml' n’est pas lu
translation-english-only = '{ $key }' ne se traduit pas : cette clé va seulement dans le fichier anglais '{ $file }'; retirez-la d’ici
translation-noc-needs-code-and-title = chaque entrée 'noc' d’une traduction doit reprendre le 'code' de l’entrée anglaise (et sa 'version' s’il y en a plusieurs) avec son 'title' traduit
translation-no-department = il n’y a pas de service '{ $folder }' à traduire : la traduction d’un service va à côté de son '_index.toml', ou dans un dossier qui contient des fichiers de postes
translation-no-role = il n’y a pas de poste '{ $id }' à traduire : une traduction se place à côté de son fichier anglais, '{ $id }.toml', avec le même nom devant '.fr.toml'; renommez ce fichier d’après un fichier de poste anglais de ce dossier, ou écrivez d’abord ce poste
translation-noc-unknown = le fichier anglais n’a pas d’entrée 'noc' avec le code '{ $code }' (et cette version); recopiez le code et la version du fichier anglais
translation-count-differs = cette liste '{ $key }' compte { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
    }, le fichier anglais { $english }; traduisez chaque entrée anglaise dans le même ordre
translation-skill-category-unknown = le fichier anglais n’a pas de catégorie de compétences '{ $category }'; reprenez les catégories du fichier anglais telles qu’elles sont écrites : { $categories }
translation-elsewhere = traduit '{ $id }', dont le fichier anglais '{ $file }' est dans un autre dossier; placez-la à côté de ce fichier, sous le nom '{ $beside }'
translation-waits = cette traduction servira dès que '{ $file }', le fichier anglais à côté, se chargera; corrigez d’abord les problèmes de ce fichier
translation-space-before = en français, le signe { $mark } suit une espace insécable, { $found ->
    [space] pas une espace ordinaire
   *[none] et il n’y en a pas ici
} : écrivez U+00A0 juste avant, pour qu’une ligne coupée ne commence jamais par ce signe
translation-space-after = en français, le signe { $mark } est suivi d’une espace insécable, { $found ->
    [space] pas d’une espace ordinaire
   *[none] et il n’y en a pas ici
} : écrivez U+00A0 juste après, pour qu’une ligne coupée ne finisse jamais par ce signe
typography-space-before-stop = au Québec, aucune espace ne précède le signe { $mark } : retirez l’espace juste avant
typography-apostrophe = en français, l’apostrophe est ’ (U+2019) et non l’apostrophe droite : écrivez ’ ici
typography-quotes = en français, une citation se met entre guillemets français, avec une espace insécable à l’intérieur, « comme ceci », et non entre guillemets droits : écrivez-les ici
translation-move-needs-to-and-because = chaque entrée 'moves' d’une traduction doit avoir le 'to' de l’entrée anglaise et son 'because' traduit
translation-move-unknown = le fichier anglais n’a aucun passage vers '{ $to }'; traduisez ceux qu’il a, par leur 'to' : { $ids }
translation-move-unknown-none = le fichier anglais n’a aucun passage vers '{ $to }', ni aucun autre passage; retirez cette entrée, ou ajoutez d’abord le passage au fichier anglais

## Translations that follow from another file's problems
# A translated move to a role whose file did not load: the English move was
# left out for that reason alone, so the entry stays.
translation-move-waits = le passage vers '{ $to }' sera traduit dès que ce poste se chargera; gardez cette entrée et corrigez les problèmes signalés pour { $to }.toml
