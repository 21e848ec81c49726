# Ce qu'une recherche dit en plus de sa liste de postes, et les noms des
# parties d'un poste qu'une recherche a trouvées.

## La partie d'un poste trouvée par un résultat, affichée avant le texte.
search-field-title = titre
search-field-alias = autre titre
search-field-english-name = titre anglais
search-field-search-term = terme de recherche
search-field-department = service
search-field-skill = compétence
search-field-summary = résumé
search-field-description = description
search-field-duty = tâche
search-field-union = syndicat
# Un résultat de `crewpath search` : « autre titre : 1PE ».
search-line-matched = { $field } : { $text }

## Remarques sur les résultats.
# Un mot de la recherche qu'aucun poste ne contient, tel que cité.
search-quoted-word = « { $word } »
search-missing-words = (aucun poste ne contient { $words })
# $missing vaut « (aucun poste ne contient « x ») »; $count, le nombre de ces mots.
search-no-match = Aucun poste ne correspond{ $missing }. { $count ->
    [one] Vérifiez l’orthographe de ce mot ou retirez-le.
   *[other] Vérifiez l’orthographe de ces mots ou retirez-les.
    }
search-closest = Aucun poste ne contient tous les mots; voici les plus proches, avec { $matched ->
    [one] { $matched } mot
   *[other] { $matched } mots
    } sur { $of }{ $missing } :
search-weak = Correspondances approximatives seulement : les lettres tapées sont dispersées dans d’autres mots.

## Erreurs de `crewpath search`.
search-limit-zero = --limit doit valoir au moins 1
search-no-letters = la recherche ne contient ni lettre ni chiffre
search-cannot-write = impossible d’écrire les résultats : { $error }
