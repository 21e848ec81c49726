# `crewpath compare` et `crewpath path`, et la fenêtre de comparaison de
# l'explorateur : deux postes côte à côte, et un parcours de l'un à l'autre.
# Les phrases évitent de mettre « de » ou « que » devant un titre, qui
# demanderait une élision (« d'Assistant »).

compare-title = Comparaison : { $a } et { $b }
# Une ligne par poste sous le titre : son service et ses étiquettes.
compare-role-line = • { $role } : { $department }
compare-entry-level = premier échelon
compare-in-demand = en demande

compare-heading-linked = Le lien entre les deux
compare-heading-common = Compétences demandées par les deux
compare-common-none = aucune
compare-heading-only = Uniquement pour { $role }
# La colonne d'un poste dans l'explorateur.
compare-heading-only-this = Ce que seul ce poste demande
compare-only-nothing = rien de plus que l’autre
compare-skill-group = { $category } : { $skills }
# Le côté d'un poste dans une section : « Sound Editor : aucun indiqué ».
compare-side = { $role } : { $text }
# Une formation ou une certification absente.
compare-not-given = non indiquée
compare-unions-none = aucun indiqué

## Comment la bibliothèque relie deux postes.
compare-relation-above = { $a } et { $b } sont sur la même échelle de carrière; { $b } est { $count ->
    [1] un échelon
   *[other] { $count } échelons
    } plus haut
compare-relation-below = { $a } et { $b } sont sur la même échelle de carrière; { $b } est { $count ->
    [1] un échelon
   *[other] { $count } échelons
    } plus bas
compare-relation-same-role = { $a } et { $b } sont le même poste
compare-relation-related = { $a } et { $b } sont des postes connexes
compare-relation-works-with = { $a } et { $b } travaillent ensemble
compare-relation-none = aucun lien entre { $a } et { $b } dans cette bibliothèque

## Rémunération.
compare-heading-pay = Salaire
# $place vaut « , Alberta 2021 (dollars canadiens de l'heure) » ou rien; $gap, « ; … » ou rien.
compare-pay-line = salaire moyen de l’ensemble du personnel{ $place } : { $a } { $pay_a }, { $b } { $pay_b }{ $gap }
compare-pay-not-given = non indiqué
compare-pay-same = salaires égaux
compare-pay-more = { $role } gagne { $amount } de plus
compare-pay-only-one = seul le poste { $role } indique un salaire; il n’est donc pas comparé
# Les régions et années dont le salaire n'est pas comparé, jointes par « ; ».
compare-pay-apart = pas de comparaison pour : { $places }
compare-pay-apart-terms = { $place } ({ $a } indique un salaire { $terms_a }, { $b } { $terms_b })
compare-pay-apart-only = { $place } (seul le poste { $role } y indique un salaire)
compare-pay-no-place = ni région ni année indiquée
compare-pay-in-currency-per-unit = en { $currency } { $per }
compare-pay-in-currency-no-unit = en { $currency }, sans unité indiquée
compare-pay-no-unit = sans unité indiquée

# Ce qui n'a pas pu être écrit : « impossible d'écrire la réponse : … ».
compare-the-answer = la réponse
compare-cannot-write = impossible d’écrire la réponse : { $error }

## Parcours.
path-route = Parcours { $from } → { $to } : { $count ->
    [one] { $count } étape
   *[other] { $count } étapes
    }
# Une étape : « A → B : un échelon plus haut; à acquérir : x, y ».
path-step = { $from } → { $to } : { $how }; { $add }
path-move-step-up = un échelon plus haut
path-move-sideways = un passage latéral
path-move-suggested = un passage latéral que suggère la bibliothèque
# Pourquoi un passage latéral a du sens, sous sa ligne.
path-why-source = pourquoi : { $because } (source : { $source })
path-why-suggested = pourquoi : { $because } (suggestion de la bibliothèque elle-même : aucune source ne le dit)
path-add-skills = à acquérir : { $skills }
path-no-new-skills = aucune nouvelle compétence indiquée
path-already-there = vous y êtes déjà
path-below = Sur son échelle de carrière, { $to } est sous { $from } : un parcours ne descend jamais une échelle.
path-no-route = Aucun parcours { $from } → { $to } par les liens de la bibliothèque.
path-no-role-leads-there = Aucun poste n’y mène.
path-closest = Les postes les plus proches qui y mènent :
path-closest-from = Depuis { $role } :
path-no-entry = Aucun poste de premier échelon ne mène à { $role }.
path-no-entry-ladder = Son échelle de carrière commence par : { $roles }.
path-entry-already = { $role } est un poste de premier échelon : vous pouvez y commencer directement.
path-entry-start = En débutant comme { $role } (premier échelon) :
path-entry-joins = En débutant comme { $role } (premier échelon), sur une autre échelle de carrière; on rejoint celle du poste visé comme { $joins } :
path-entry-across = En débutant comme { $role } (premier échelon), depuis une autre échelle de carrière :
path-more-entries = { $count ->
    [one] { $count } autre poste de premier échelon y mène : demandez son parcours avec crewpath path POSTE { $to }.
   *[other] { $count } autres postes de premier échelon y mènent : demandez le parcours de l’un d’eux avec crewpath path POSTE { $to }.
    }
compare-same-role = les deux noms désignent « { $title } » : indiquez deux postes différents à comparer

## Ce qui convient aux compétences d'une personne (crewpath match, « Ce qui me convient » dans l'explorateur).
fit-heading = Les postes qui font appel aux compétences que vous avez nommées : { $skills }
fit-stands-for = { $written } ({ $skills })
fit-uses = { $named ->
    [one] Fait appel à la compétence que vous avez nommée : { $skills }.
   *[other] Fait appel à { $used } des { $named } compétences que vous avez nommées : { $skills }.
  }
fit-add = { $count ->
    [one] À acquérir : { $skills }.
   *[other] À acquérir ({ $count }) : { $skills }.
  }
fit-entry-level = premier échelon
fit-nothing = Aucun poste ne demande ces compétences.
fit-unknown = aucune compétence ne s’appelle « { $written } »; les plus proches : { $closest }
fit-unknown-none = aucune compétence ne s’appelle « { $written } »
fit-none-given = nommez au moins une compétence que vous avez, p. ex. --skills "mixage, microphones"
fit-unknown-all = rien de ce que vous avez écrit ne nomme une compétence de cette bibliothèque. Nommez vos compétences dans vos propres mots, séparées par des virgules, p. ex. « { $example } »
fit-quoted = « { $name } »
