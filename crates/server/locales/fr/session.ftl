# La connexion, la déconnexion et la connexion à deux facteurs. Français.

signin-title = Se connecter
signin-username = Nom d’utilisateur
signin-password = Mot de passe
signin-submit = Se connecter
signin-no-account = Pas encore de compte ?
signin-invited = Les délégués, le personnel du secrétariat et les membres des organisations reçoivent un lien d’invitation qui crée leur compte.
signin-sign-up = Le public peut s’inscrire pour participer aux consultations
signin-error-missing = Saisissez votre nom d’utilisateur et votre mot de passe
signin-error-wrong = Le nom d’utilisateur ou le mot de passe est incorrect
signin-error-limited = Trop de tentatives échouées. Réessayez dans { $minutes } minutes
signin-error-busy = Trop de personnes se connectent en ce moment. Réessayez dans { $seconds } secondes

twofactor-title = Saisissez votre code
twofactor-lead = Ouvrez l’application d’authentification de votre téléphone et saisissez le code qu’elle affiche pour ce compte.
twofactor-code = Code
twofactor-code-hint = 6 chiffres, par exemple 123456
twofactor-submit = Continuer
twofactor-error-missing = Saisissez le code de votre application d’authentification
twofactor-error-format = Saisissez les 6 chiffres du code, par exemple 123456
twofactor-error-wrong = Le code est incorrect ou a déjà servi. Saisissez le code que l’application affiche maintenant

setup-title = Connexion à deux facteurs
setup-lead = La connexion à deux facteurs protège votre compte : il faut votre mot de passe et un code d’une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis ou Google Authenticator).
setup-required = Le secrétariat et les chefs de délégation doivent utiliser la connexion à deux facteurs. Activez-la pour continuer.
setup-start = Activer la connexion à deux facteurs
setup-on = Activée
setup-replace = La connexion à deux facteurs est activée pour votre compte. Si vous changez de téléphone, vous pouvez créer une nouvelle clé ; l’ancienne cesse de fonctionner dès que la nouvelle est confirmée.
setup-new-key = Créer une nouvelle clé
setup-scan = Ajoutez ce compte à votre application d’authentification, puis saisissez le code qu’elle affiche.
setup-step-app = Ouvrez votre application d’authentification et choisissez d’ajouter un compte en saisissant une clé.
setup-step-key = Saisissez cette clé :
setup-step-code = Saisissez le code à 6 chiffres que l’application affiche pour le nouveau compte.
setup-url = Afficher la clé sous forme de lien pour d’autres applications

# The demo accounts on the sign-in page of a demonstration (serve --demo).
signin-demo-title = Comptes de démonstration
signin-demo-intro = Connectez-vous avec l’un de ces comptes fictifs pour voir la plateforme comme eux.
signin-demo-username = Nom d’utilisateur
signin-demo-role = Fonction
signin-demo-of = Délégation ou organisation
signin-demo-password = Le mot de passe de tous les comptes de démonstration :
signin-demo-second-factor = Les chefs de délégation et le secrétariat doivent configurer une application d’authentification à leur première connexion.
