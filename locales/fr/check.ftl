# crewpath check : le rapport sur une bibliothèque de postes.

# La bibliothèque vérifiée quand aucun dossier n'est donné; le rapport JSON
# la nomme toujours en anglais, pour les scripts.
check-built-in-roles = les postes intégrés
check-no-role-files = aucun fichier de poste n’a été trouvé ici; une bibliothèque est un dossier de fichiers .toml, un par poste (voir docs/role-files.md)
check-run-with-roles = ce sont les postes intégrés; pour vérifier les fichiers de postes d’ici, lancez : crewpath check --roles { $folder }
# La dernière ligne : « roles : 3 postes dans 2 services, 1 problème »; les
# nombres viennent de count-roles, count-departments et count-problems.
check-summary = { $library } : { $roles } dans { $departments }, { $problems }
# Sous les problèmes d'un fichier : les liens vers lui, depuis d'autres
# fichiers, qui n'ont pas pu être suivis, puis où ils sont.
check-knock-on = { $count ->
    [one] donc { $count } lien vers '{ $id }' ne peut pas être suivi tant que ce poste ne se charge pas : { $places }
   *[other] donc { $count } liens vers '{ $id }' ne peuvent pas être suivis tant que ce poste ne se charge pas : { $places }
}

## What follows from a file's problems, besides links
# Under a file's problems: translations that wait for it, then where they are.
check-knock-on-translations = { $count ->
    [one] donc { $count } entrée de traduction qui nomme '{ $id }' attend que ce poste se charge : { $places }
   *[other] donc { $count } entrées de traduction qui nomment '{ $id }' attendent que ce poste se charge : { $places }
}
check-and-more = { $count ->
    [one] { $places } et { $count } autre
   *[other] { $places } et { $count } autres
}
check-the-report = le rapport
# Dans une autre langue que l'anglais, après les problèmes : ce qui reste à
# traduire. Des remarques, pas des problèmes.
check-untranslated-heading = { $count ->
    [one] Pas encore entièrement en français (une remarque, pas un problème) : { $count } fichier
   *[other] Pas encore entièrement en français (des remarques, pas des problèmes) : { $count } fichiers
}
check-untranslated = { $file } : rien en français pour { $keys }
# En français, après les remarques sur les traductions : où le français du
# personnel s’écarte de la typographie française d’une façon qui se lit moins
# bien mais s’affiche comme il faut. Des conseils, pas des problèmes.
check-advice-heading = { $count ->
    [one] Typographie française (un conseil, pas un problème) : { $count } endroit
   *[other] Typographie française (des conseils, pas des problèmes) : { $count } endroits
}
