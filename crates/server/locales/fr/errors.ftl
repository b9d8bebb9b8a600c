# Les pages d’erreur. Français.

notfound-title = Page introuvable
notfound-typed = Si vous avez saisi l’adresse, vérifiez qu’elle est correcte.
notfound-pasted = Si vous avez collé l’adresse, vérifiez que vous l’avez copiée en entier.
notfound-next = Vous pouvez repartir de l’une de ces pages :
problem-title = Désolés, le service rencontre un problème
problem-later = Réessayez plus tard.
problem-record = Rien n’est perdu dans le registre public : tout acte enregistré le reste.
badrequest-title = Désolés, cette demande n’a pas pu être traitée
badrequest-body = Vérifiez l’adresse, ou revenez à la page précédente et réessayez.
