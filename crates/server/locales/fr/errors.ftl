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

forbidden-title = Vous ne pouvez pas utiliser cette page
forbidden-body = Votre compte ne donne pas accès à cette page. Si vous pensez qu’il le devrait, adressez-vous au secrétariat.
expired-title = Ce formulaire a expiré
expired-body = Pour votre sécurité, les formulaires cessent de fonctionner après un certain temps ou après la déconnexion. Revenez en arrière, rechargez la page et envoyez à nouveau le formulaire.
resent-title = Ce formulaire a déjà été envoyé
resent-body = Nous avons déjà reçu ce formulaire une fois ; nous ne l’avons donc pas traité de nouveau. Revenez en arrière et rechargez la page pour voir où en sont les choses.
