# crewpath import : une bibliothèque de postes tirée de la CNP 2021 ou d'O*NET.

cli-import = Créer une bibliothèque de postes à partir d’une classification officielle : CNP 2021 ou O*NET
cli-noc = Les fichiers CSV de la CNP 2021 version 1.0 de Statistique Canada
cli-onet = La version texte de la base de données O*NET (un dossier db_NN_N_text)
cli-noc-elements = Le fichier des éléments (noc_2021_version_1.0_-_elements.csv)
cli-noc-structure = Le fichier de la structure de la classification
cli-noc-fr = Les fichiers français des éléments et de la structure, pour les traductions .fr.toml
cli-noc-out = Le dossier de la bibliothèque à écrire : nouveau, vide, ou créé par une importation précédente
cli-onet-dir = Le dossier qui contient Occupation Data.txt et les autres fichiers
cli-onet-out = Le dossier de la bibliothèque à écrire : nouveau, vide, ou créé par une importation précédente
cli-value-elements = ÉLÉMENTS
cli-value-structure = STRUCTURE
cli-value-elements-fr = ELEMENTS_FR
cli-value-structure-fr = STRUCTURE_FR

import-done = { $roles ->
    [one] { $roles } poste importé
   *[other] { $roles } postes importés
  } dans { $departments ->
    [one] { $departments } service
   *[other] { $departments } services
  } vers { $dir } ({ $files ->
    [one] { $files } fichier écrit
   *[other] { $files } fichiers écrits
  })
import-kept-heading = laissés tels que le personnel les a faits ({ $count } : modifiés, ajoutés ou retirés depuis la dernière importation) :
import-next = vérifiez-la avec : crewpath check --roles { $dir }
import-the-report = le rapport d’importation
import-cannot-read = { $path } : lecture impossible : { $error }
import-cannot-write = { $path } : écriture impossible : { $error }; rien d’autre n’a été modifié
import-unclosed-quote = { $path }:{ $line } : un champ entre guillemets s’ouvre sur cette ligne et ne se ferme jamais; fermez le guillemet ou enregistrez de nouveau le fichier à partir du téléchargement original
import-field-count = { $path }:{ $line } : { $found } champs alors que l’en-tête en a { $expected }; une virgule ou une tabulation dans un champ demande des guillemets autour du champ
import-missing-column = { $path }:1 : aucune colonne « { $column } »; le fichier a : { $found }
import-other-classification = { $path }:1 : ce fichier n’est pas { $expected } (sa colonne de code est « { $found } »); rien n’a été importé. Téléchargez les fichiers nommés dans docs/role-files.md
import-bad-code = { $path }:{ $line } : « { $code } » n’est pas un code { $expected }; rien n’a été importé
import-bad-level = { $path }:{ $line } : le niveau « { $level } » n’est pas de 1 à 5; rien n’a été importé
import-no-rows = { $path } : aucune profession dans ce fichier; rien n’a été importé
import-missing-file = { $path } : introuvable; la version texte d’O*NET contient ce fichier
import-not-ours = { $dir } n’est pas vide et n’a pas été créé par crewpath import; importez dans un dossier nouveau ou vide (les postes propres au centre pourront ensuite s’ajouter à côté des postes importés)
skill-category-basic = compétences de base
skill-category-cross-functional = compétences transversales
import-other-source = { $dir } contient une bibliothèque importée de { $was }; importez { $now } dans un autre dossier
