<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MILMA Desktop</source>
            <translation>À propos de MILMA Desktop</translation>
        </message>
        <message>
            <source>MILMA Desktop</source>
            <translation>MILMA Desktop</translation>
        </message>
        <message>
            <source>Participants, itineraries, coaching, life stories and connector meetings, kept on this computer and exchanged by USB.</source>
            <translation>Participants, parcours, accompagnement, récits de vie et rencontres des connecteurs, conservés sur cet ordinateur et échangés par clé USB.</translation>
        </message>
        <message>
            <source>Version {version} · licence {licence}</source>
            <translation>Version {version} · licence {licence}</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Dossier des données :</translation>
        </message>
        <message>
            <source>no data folder open</source>
            <translation>aucun dossier de données ouvert</translation>
        </message>
        <message>
            <source>Log folder:</source>
            <translation>Dossier des journaux :</translation>
        </message>
        <message>
            <source>{font} fonts: licence {licence} (see {file})</source>
            <translation>Polices {font} : licence {licence} (voir {file})</translation>
        </message>
        <message>
            <source>see its file</source>
            <translation>voir son fichier</translation>
        </message>
        <message>
            <source>No fonts bundled.</source>
            <translation>Aucune police incluse.</translation>
        </message>
        <message>
            <source>&amp;Libraries bundled:</source>
            <translation>&amp;Bibliothèques incluses :</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>stated in its licence file</source>
            <translation>indiquée dans son fichier de licence</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Too many wrong passwords in a row: try again in {seconds} s.</source>
            <translation>Trop de mots de passe erronés d’affilée : réessayez dans {seconds} s.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>Le mot de passe doit avoir au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The two passwords differ: type the same twice.</source>
            <translation>Les deux mots de passe diffèrent : tapez le même deux fois.</translation>
        </message>
        <message>
            <source>Log in first: this data store has accounts.</source>
            <translation>Connectez-vous d’abord : ces données ont des comptes.</translation>
        </message>
        <message>
            <source>Your role, {role}, may not {what}.</source>
            <translation>Votre rôle, {role}, ne permet pas de {what}.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nom d’utilisateur ou mot de passe erroné.</translation>
        </message>
        <message>
            <source>Write a user name of one word (up to 40 letters, digits or signs).</source>
            <translation>Écrivez un nom d’utilisateur d’un seul mot (jusqu’à 40 lettres, chiffres ou signes).</translation>
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation>Le premier compte doit être celui d’un administrateur.</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Rôle inconnu : {role}.</translation>
        </message>
        <message>
            <source>There is already an account called {name}.</source>
            <translation>Il existe déjà un compte nommé {name}.</translation>
        </message>
        <message>
            <source>There is no account called {name}.</source>
            <translation>Il n’y a aucun compte nommé {name}.</translation>
        </message>
        <message>
            <source>The last administrator must stay one.</source>
            <translation>Le dernier administrateur doit le rester.</translation>
        </message>
        <message>
            <source>The idle time must be between 1 and 240 minutes.</source>
            <translation>Le temps sans activité doit être compris entre 1 et 240 minutes.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d’&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Technician (full name):</source>
            <translation>&amp;Technicien (nom complet) :</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>R&amp;épéter le mot de passe :</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Nouveau compte</translation>
        </message>
        <message>
            <source>New password for {name}</source>
            <translation>Nouveau mot de passe pour {name}</translation>
        </message>
        <message>
            <source>Write the full name of the technician this account stands for: it is recorded with what they do.</source>
            <translation>Écrivez le nom complet du technicien que représente ce compte : il est enregistré avec ce qu’il fait.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien/ne</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>May log in</source>
            <translation>Peut se connecter</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;Nouveau compte…</translation>
        </message>
        <message>
            <source>New pass&amp;word…</source>
            <translation>Nouveau mot de &amp;passe…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock after this time without input:</source>
            <translation>&amp;Verrouiller après ce temps sans activité :</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Switch off</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>&amp;Switch on</source>
            <translation>&amp;Activer</translation>
        </message>
        <message>
            <source>{name} may log in again once given a new password (New password…): the encrypted data opens with that one.</source>
            <translation>{name} pourra se reconnecter une fois doté d’un nouveau mot de passe (Nouveau mot de passe…) : les données chiffrées s’ouvrent avec celui-ci.</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>Coaching appointment</source>
            <translation>Rendez-vous d’accompagnement</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Séance d’accompagnement</translation>
        </message>
        <message>
            <source>Connector meeting</source>
            <translation>Rencontre avec un connecteur</translation>
        </message>
        <message>
            <source>Planned connector meeting</source>
            <translation>Rencontre prévue avec un connecteur</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>Appel de suivi</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien(ne)</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <source>{kind} · {detail}</source>
            <translation>{kind} · {detail}</translation>
        </message>
        <message>
            <source>{role}: {name}</source>
            <translation>{role} : {name}</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Avec</translation>
        </message>
        <message>
            <source>Week of {start} to {end}</source>
            <translation>Semaine du {start} au {end}</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message>
            <source>You have no appointment this week. Next appointments set in coaching sessions and connector meetings of your participants show here.</source>
            <translation>Vous n’avez aucun rendez-vous cette semaine. Les prochains rendez-vous fixés lors des séances d’accompagnement et les rencontres avec des connecteurs de vos participants s’affichent ici.</translation>
        </message>
        <message>
            <source>No appointment this week at this site. To see only yours, choose who you are in Settings.</source>
            <translation>Aucun rendez-vous cette semaine sur ce site. Pour ne voir que les vôtres, indiquez qui vous êtes dans les Paramètres.</translation>
        </message>
        <message>
            <source>No appointment this week at this site.</source>
            <translation>Aucun rendez-vous cette semaine sur ce site.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No appointment.</source>
            <translation>Aucun rendez-vous.</translation>
        </message>
        <message>
            <source>No appointment this week.</source>
            <translation>Aucun rendez-vous cette semaine.</translation>
        </message>
        <message>
            <source>Agenda printed on {date}</source>
            <translation>Agenda imprimé le {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>← &amp;Previous week</source>
            <translation>← Semaine &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>Ce&amp;tte semaine</translation>
        </message>
        <message>
            <source>&amp;Next week →</source>
            <translation>Semaine &amp;suivante →</translation>
        </message>
        <message>
            <source>My appointments</source>
            <translation>Mes rendez-vous</translation>
        </message>
        <message>
            <source>The whole site</source>
            <translation>Tout le site</translation>
        </message>
        <message>
            <source>Whose appointments</source>
            <translation>Rendez-vous de qui</translation>
        </message>
        <message>
            <source>Choose who you are in Settings to see your own appointments.</source>
            <translation>Indiquez qui vous êtes dans les Paramètres pour voir vos propres rendez-vous.</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimer…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Appointments of the week</source>
            <translation>Rendez-vous de la semaine</translation>
        </message>
        <message>
            <source>Save the week's agenda as PDF</source>
            <translation>Enregistrer l’agenda de la semaine en PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>not a whole number: {value}</source>
            <translation>pas un nombre entier : {value}</translation>
        </message>
        <message>
            <source>must be 0 or more: {value}</source>
            <translation>doit être supérieur ou égal à 0 : {value}</translation>
        </message>
        <message>
            <source>MILMA Desktop: participants, itineraries, coaching, life stories and connector meetings.</source>
            <translation>MILMA Desktop : participants, parcours, accompagnement, récits de vie et rencontres avec les connecteurs.</translation>
        </message>
        <message>
            <source>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</source>
            <translation>dossier de la base de données (par défaut : $MILMA_DATA_DIR ou le dossier de données de l’utilisateur)</translation>
        </message>
        <message>
            <source>fill an empty data store with N demo participants first</source>
            <translation>remplir d’abord une base de données vide avec N participants de démonstration</translation>
        </message>
        <message>
            <source>open the main window, wait until the first screen has loaded, then exit</source>
            <translation>ouvrir la fenêtre principale, attendre le chargement du premier écran, puis quitter</translation>
        </message>
        <message>
            <source>milma-desktop: error: {detail}</source>
            <translation>milma-desktop : erreur : {detail}</translation>
        </message>
        <message>
            <source>milma-desktop: {message}</source>
            <translation>milma-desktop : {message}</translation>
        </message>
        <message>
            <source>milma-desktop: unexpected error; details are in the log file.</source>
            <translation>milma-desktop : erreur inattendue ; les détails se trouvent dans le fichier journal.</translation>
        </message>
        <message>
            <source>milma-desktop: the data store already has participants; no demo data added.</source>
            <translation>milma-desktop : la base de données contient déjà des participants ; aucune donnée de démonstration n’a été ajoutée.</translation>
        </message>
        <message>
            <source>the first screen did not load in time.</source>
            <translation>le premier écran ne s’est pas chargé à temps.</translation>
        </message>
        <message>
            <source>the data store has accounts: set MILMA_USER and MILMA_PASSWORD to log in.</source>
            <translation>les données ont des comptes : définissez MILMA_USER et MILMA_PASSWORD pour vous connecter.</translation>
        </message>
        <message>
            <source>The data store is now encrypted. These accounts do not open it until they have a new password (File &gt; Accounts): {names}.</source>
            <translation>Les données sont maintenant chiffrées. Ces comptes ne les ouvrent pas tant qu’ils n’ont pas de nouveau mot de passe (Fichier &gt; Comptes) : {names}.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur de type %(type)s non valide : %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l’argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Associations</name>
        <message>
            <source>The association “{name}” cannot be deleted: introductions of participants name it ({count}). Mark it as not active instead: it is then no longer offered, and the introductions keep it.</source>
            <translation>Impossible de supprimer l’association « {name} » : des présentations de participants la nomment ({count}). Marquez-la plutôt comme inactive : elle n’est alors plus proposée, et les présentations la conservent.</translation>
        </message>
    </context>
    <context>
        <name>AssociationsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose an association in the list to see who was introduced to it.</source>
            <translation>Choisissez une association dans la liste pour voir qui y a été présenté.</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Not active: no longer offered for new introductions</source>
            <translation>Inactive : n’est plus proposée pour de nouvelles présentations</translation>
        </message>
        <message>
            <source>{where} · Contact: {contact} · {state}</source>
            <translation>{where} · Contact : {contact} · {state}</translation>
        </message>
        <message>
            <source>Participants introduced to the association</source>
            <translation>Participants présentés à l’association</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Double-cliquez sur un participant (ou appuyez sur Entrée) pour ouvrir sa page.</translation>
        </message>
        <message>
            <source>Introductions</source>
            <translation>Présentations</translation>
        </message>
        <message>
            <source>Want to join</source>
            <translation>Souhaitent participer</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Associations</translation>
        </message>
        <message>
            <source>Filter associations by name, neighbourhood, contact…</source>
            <translation>Filtrer les associations par nom, quartier, contact…</translation>
        </message>
        <message>
            <source>New association…</source>
            <translation>Nouvelle association…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>New association</source>
            <translation>Nouvelle association</translation>
        </message>
        <message>
            <source>Edit association</source>
            <translation>Modifier l’association</translation>
        </message>
        <message numerus="yes">
            <source>%n association(s)</source>
            <translation>
                <numerusform>%n association</numerusform>
                <numerusform>%n associations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n association(s)</source>
            <translation>
                <numerusform>{shown} sur %n association</numerusform>
                <numerusform>{shown} sur %n associations</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the association “{name}”?</source>
            <translation>Supprimer l’association « {name} » ?</translation>
        </message>
        <message numerus="yes">
            <source>Participants introduced (%n)</source>
            <translation>
                <numerusform>Participant présenté (%n)</numerusform>
                <numerusform>Participants présentés (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Choose at least one participant to enrol.</source>
            <translation>Choisissez au moins un participant à inscrire.</translation>
        </message>
        <message>
            <source>Enrolled on: the lab ended on {end}; choose a date within the lab.</source>
            <translation>Date d’inscription : le laboratoire s’est terminé le {end} ; choisissez une date pendant le laboratoire.</translation>
        </message>
        <message>
            <source>Nobody is enrolled in the lab on that day: there is nothing to record.</source>
            <translation>Personne n’est inscrit au laboratoire ce jour-là : il n’y a rien à enregistrer.</translation>
        </message>
        <message>
            <source>Date: the lab runs from {start} to {end}; choose a day within it.</source>
            <translation>Date : le laboratoire a lieu du {start} au {end} ; choisissez un jour dans cette période.</translation>
        </message>
        <message>
            <source>A participant of the register is no longer enrolled in this lab. Open the register again.</source>
            <translation>Un participant du registre n’est plus inscrit à ce laboratoire. Rouvrez le registre.</translation>
        </message>
        <message>
            <source>{name} ({code}): {problem}</source>
            <translation>{name} ({code}) : {problem}</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Viewed</source>
            <translation>Consulté</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Imprimé</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Fusionné</translation>
        </message>
        <message>
            <source>Merge undone</source>
            <translation>Fusion annulée</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Effacé</translation>
        </message>
        <message>
            <source>Entry {seq} was changed after it was written.</source>
            <translation>L’entrée {seq} a été modifiée après avoir été écrite.</translation>
        </message>
        <message>
            <source>Entry {seq} does not follow the entry before it: an entry was removed, replaced or moved.</source>
            <translation>L’entrée {seq} ne suit pas la précédente : une entrée a été supprimée, remplacée ou déplacée.</translation>
        </message>
        <message>
            <source>Entries {seq} to {last} are missing.</source>
            <translation>Les entrées {seq} à {last} manquent.</translation>
        </message>
        <message>
            <source>Entry {seq} is missing.</source>
            <translation>L’entrée {seq} manque.</translation>
        </message>
        <message>
            <source>Entry {seq} arrived again with another content: the one received first was kept.</source>
            <translation>L’entrée {seq} est revenue avec un autre contenu : celle reçue en premier a été gardée.</translation>
        </message>
        <message>
            <source>itinerary</source>
            <translation>parcours</translation>
        </message>
        <message>
            <source>everything we hold</source>
            <translation>tout ce que nous conservons</translation>
        </message>
        <message>
            <source>Bundle from {laptop}</source>
            <translation>Paquet de {laptop}</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Paquet</translation>
        </message>
        <message>
            <source>{action} ({document})</source>
            <translation>{action} ({document})</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portable</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Code participant</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>The audit log is BROKEN: entries were changed, removed or moved.</source>
            <translation>Le journal d’audit est ROMPU : des entrées ont été modifiées, supprimées ou déplacées.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>{laptop}: {problem}</source>
            <translation>{laptop} : {problem}</translation>
        </message>
        <message>
            <source>Audit log of this laptop: {problem}</source>
            <translation>Journal d’audit de ce portable : {problem}</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Vérification du journal d’audit…</translation>
        </message>
        <message>
            <source>Every laptop</source>
            <translation>Tous les portables</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>Find a code, a record id, a name…</source>
            <translation>Cherchez un code, un identifiant d’enregistrement, un nom…</translation>
        </message>
        <message>
            <source>Find in the audit log</source>
            <translation>Chercher dans le journal d’audit</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Only the coordinator can browse the entries of the audit log; its state is shown above.</source>
            <translation>Seule la coordination peut parcourir les entrées du journal d’audit ; son état est indiqué ci-dessus.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entries on this computer.</source>
            <translation>
                <numerusform>Le journal d’audit est intact : %n entrée sur cet ordinateur.</numerusform>
                <numerusform>Le journal d’audit est intact : %n entrées sur cet ordinateur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The logs of %n laptops received are intact too.</source>
            <translation>
                <numerusform>Le journal de %n portable reçu est intact lui aussi.</numerusform>
                <numerusform>Les journaux des %n portables reçus sont intacts eux aussi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>À la demande</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Avant une mise à jour</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Avant une importation</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Avant une fusion</translation>
        </message>
        <message>
            <source>Before an erasure</source>
            <translation>Avant un effacement</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; no backup was made.</source>
            <translation>Le dossier {folder} n’existe pas ; aucune sauvegarde n’a été faite.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>Choose a folder on another drive (a USB stick): this one is the data folder itself.</source>
            <translation>Choisissez un dossier sur un autre disque (une clé USB) : celui-ci est le dossier des données lui-même.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be written to.</source>
            <translation>Impossible d’écrire dans le dossier {folder}.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written to.</source>
            <translation>Impossible d’écrire dans le dossier des données {folder}.</translation>
        </message>
        <message>
            <source>The backup {file} is of another laptop ({name}): restoring it would give this laptop that one's identity. Nothing was restored.</source>
            <translation>La sauvegarde {file} est celle d’un autre portable ({name}) : la restaurer donnerait à ce portable l’identité de l’autre. Rien n’a été restauré.</translation>
        </message>
        <message>
            <source>Could not write a backup to {folder} (is the drive full, read-only or removed?).</source>
            <translation>Impossible d’écrire une sauvegarde dans {folder} (le disque est-il plein, protégé en écriture ou retiré ?).</translation>
        </message>
        <message>
            <source>Cannot read the file {file}.</source>
            <translation>Impossible de lire le fichier {file}.</translation>
        </message>
        <message>
            <source>The file {file} is not a MILMA backup; nothing was restored.</source>
            <translation>Le fichier {file} n’est pas une sauvegarde de MILMA ; rien n’a été restauré.</translation>
        </message>
        <message>
            <source>The backup {file} was made by a newer version of MILMA Desktop (schema {revision}): install that version to restore it. Nothing was restored.</source>
            <translation>La sauvegarde {file} a été faite par une version plus récente de MILMA Desktop (schéma {revision}) : installez cette version pour la restaurer. Rien n’a été restauré.</translation>
        </message>
        <message>
            <source>The backup {file} is damaged; nothing was restored. Choose another one.</source>
            <translation>La sauvegarde {file} est endommagée ; rien n’a été restauré. Choisissez-en une autre.</translation>
        </message>
        <message>
            <source>The daily backup could not be made: {reason}</source>
            <translation>La sauvegarde quotidienne n’a pas pu être faite : {reason}</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Erased people it holds</source>
            <translation>Personnes effacées qu’elle contient</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day, and before every upgrade, import, merge and erasure. Kept: the daily ones of the last 7 days and of the last 4 weeks, the last 5 made before a risky step and the last 5 made on request.</source>
            <translation>Une sauvegarde est faite au premier démarrage de chaque jour, et avant chaque mise à jour, importation, fusion et effacement. Sont conservées : les quotidiennes des 7 derniers jours et des 4 dernières semaines, les 5 dernières faites avant une étape risquée et les 5 dernières faites à la demande.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Pas encore de sauvegarde.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurer depuis un &amp;fichier…</translation>
        </message>
        <message>
            <source>Second copy (a USB stick)</source>
            <translation>Seconde copie (une clé USB)</translation>
        </message>
        <message>
            <source>&amp;Choose a folder…</source>
            <translation>&amp;Choisir un dossier…</translation>
        </message>
        <message>
            <source>&amp;Stop copying</source>
            <translation>&amp;Arrêter la copie</translation>
        </message>
        <message>
            <source>None: backups are kept in the data folder only.</source>
            <translation>Aucune : les sauvegardes sont gardées dans le dossier des données seulement.</translation>
        </message>
        <message>
            <source>Every automatic backup is also copied to {folder}.</source>
            <translation>Chaque sauvegarde automatique est aussi copiée dans {folder}.</translation>
        </message>
        <message>
            <source>Every automatic backup is also copied to {folder} when it is plugged in (not now).</source>
            <translation>Chaque sauvegarde automatique est aussi copiée dans {folder} quand il est branché (pas maintenant).</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backup made: {file}</source>
            <translation>Sauvegarde faite : {file}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>MILMA backups (*.sqlite3);;All files (*)</source>
            <translation>Sauvegardes de MILMA (*.sqlite3);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Replace the data of this laptop by the backup made {when}? What is there now is backed up first, and can be restored the same way.</source>
            <translation>Remplacer les données de ce portable par la sauvegarde faite le {when} ? Ce qui s’y trouve maintenant est d’abord sauvegardé, et peut être restauré de la même façon.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration en cours…</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. What was there before is kept as a backup.</source>
            <translation>Sauvegarde du {when} restaurée. Ce qui s’y trouvait avant est gardé comme sauvegarde.</translation>
        </message>
        <message>
            <source>Second copy of the backups</source>
            <translation>Seconde copie des sauvegardes</translation>
        </message>
        <message>
            <source>Backups will be copied to {folder} too.</source>
            <translation>Les sauvegardes seront aussi copiées dans {folder}.</translation>
        </message>
        <message>
            <source>Backups are no longer copied to a second folder.</source>
            <translation>Les sauvegardes ne sont plus copiées dans un second dossier.</translation>
        </message>
        <message numerus="yes">
            <source>%n, deleted by {when}</source>
            <translation>
                <numerusform>%n, supprimée le {when}</numerusform>
                <numerusform>%n, supprimée le {when}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bundle</name>
        <message>
            <source>The bundle could not be encrypted.</source>
            <translation>Le paquet n’a pas pu être chiffré.</translation>
        </message>
        <message>
            <source>The drive {folder} is full: nothing was exported. Free some space or use another drive.</source>
            <translation>Le support {folder} est plein : rien n’a été exporté. Libérez de l’espace ou utilisez un autre support.</translation>
        </message>
        <message>
            <source>Could not write the bundle to {folder} (was the drive removed?): nothing was exported.</source>
            <translation>Impossible d’écrire le paquet dans {folder} (le support a-t-il été retiré ?) : rien n’a été exporté.</translation>
        </message>
        <message>
            <source>The file is too large to be a MILMA bundle.</source>
            <translation>Le fichier est trop volumineux pour être un paquet MILMA.</translation>
        </message>
        <message>
            <source>Cannot read the file {path}.</source>
            <translation>Impossible de lire le fichier {path}.</translation>
        </message>
        <message>
            <source>Refused: this is not an encrypted MILMA bundle.</source>
            <translation>Refusé : ce n’est pas un paquet MILMA chiffré.</translation>
        </message>
        <message>
            <source>Refused: the bundle is not addressed to this store (wrong recipient).</source>
            <translation>Refusé : le paquet n’est pas destiné à cette base de données (mauvais destinataire).</translation>
        </message>
        <message>
            <source>Refused: the file is damaged, altered or truncated.</source>
            <translation>Refusé : le fichier est endommagé, modifié ou tronqué.</translation>
        </message>
        <message>
            <source>Refused: the bundle was made by a newer version of MILMA Desktop (format). Update this one first.</source>
            <translation>Refusé : le paquet a été créé par une version plus récente de MILMA Desktop (format). Mettez d’abord celle-ci à jour.</translation>
        </message>
        <message>
            <source>Refused: the content is not a MILMA bundle (malformed).</source>
            <translation>Refusé : le contenu n’est pas un paquet MILMA (format incorrect).</translation>
        </message>
        <message>
            <source>Refused: the bundle's manifest is malformed.</source>
            <translation>Refusé : le manifeste du paquet est mal formé.</translation>
        </message>
        <message>
            <source>Refused: the bundle is not signed.</source>
            <translation>Refusé : le paquet n’est pas signé.</translation>
        </message>
        <message>
            <source>Refused: the signature does not match (the file was altered).</source>
            <translation>Refusé : la signature ne correspond pas (le fichier a été modifié).</translation>
        </message>
        <message>
            <source>Refused: the bundle was made with a newer data schema ({version}). Update MILMA Desktop first.</source>
            <translation>Refusé : le paquet a été créé avec un schéma de données plus récent ({version}). Mettez d’abord MILMA Desktop à jour.</translation>
        </message>
        <message>
            <source>Refused: the bundle's content is malformed.</source>
            <translation>Refusé : le contenu du paquet est mal formé.</translation>
        </message>
        <message>
            <source>The bundle written to {folder} could not be read back correctly: nothing was exported. Try another drive.</source>
            <translation>Le paquet écrit dans {folder} n’a pas pu être relu correctement : rien n’a été exporté. Essayez un autre support.</translation>
        </message>
        <message>
            <source>Refused: this bundle was exported by this store itself.</source>
            <translation>Refusé : ce paquet a été exporté par cette même base de données.</translation>
        </message>
        <message>
            <source>Refused: only a coordinator imports laptops' bundles (wrong recipient).</source>
            <translation>Refusé : seule la coordination importe les paquets des ordinateurs portables (mauvais destinataire).</translation>
        </message>
        <message>
            <source>Refused: the bundle is signed by a revoked laptop ({fingerprint}).</source>
            <translation>Refusé : le paquet est signé par un ordinateur révoqué ({fingerprint}).</translation>
        </message>
        <message>
            <source>Refused: the bundle is signed by an unknown laptop ({fingerprint}): enrol its key first.</source>
            <translation>Refusé : le paquet est signé par un ordinateur inconnu ({fingerprint}) : enregistrez d’abord sa clé.</translation>
        </message>
        <message>
            <source>Refused: the signing key is enrolled for another laptop.</source>
            <translation>Refusé : la clé de signature est enregistrée pour un autre ordinateur.</translation>
        </message>
        <message>
            <source>Refused: this laptop does not trust a coordinator yet (run 'milma keys trust-coordinator').</source>
            <translation>Refusé : cet ordinateur ne fait encore confiance à aucune coordination (lancez « milma keys trust-coordinator »).</translation>
        </message>
        <message>
            <source>Refused: the reference data is not from the coordinator this laptop trusts.</source>
            <translation>Refusé : les données de référence ne proviennent pas de la coordination à laquelle cet ordinateur fait confiance.</translation>
        </message>
        <message>
            <source>Refused: this laptop gives participants codes (tag {tag}) that another laptop already gave to other people here. Nothing was imported. The two laptops share a code tag, which is very rare: keep the bundle and contact support.</source>
            <translation>Refusé : cet ordinateur donne à ses participants des codes (étiquette {tag}) qu’un autre ordinateur a déjà donnés ici à d’autres personnes. Rien n’a été importé. Les deux ordinateurs partagent la même étiquette de codes, ce qui est très rare : conservez le paquet et prévenez l’assistance technique.</translation>
        </message>
        <message>
            <source>Refused: the bundle holds a number out of range in {field}.</source>
            <translation>Refusé : le paquet contient un nombre hors limites dans {field}.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <source>Filter the list</source>
            <translation>Filtrer la liste</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>MILMA Desktop from the command line: set up a laptop, create demo data, list participants.</source>
            <translation>MILMA Desktop en ligne de commande : configurer un ordinateur portable, créer des données de démonstration, lister les participants.</translation>
        </message>
        <message>
            <source>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</source>
            <translation>dossier de la base de données (par défaut : $MILMA_DATA_DIR ou le dossier de données de l’utilisateur)</translation>
        </message>
        <message>
            <source>language of messages (default: from LANG)</source>
            <translation>langue des messages (par défaut : selon LANG)</translation>
        </message>
        <message>
            <source>the account to log in as (default: $MILMA_USER); its password from $MILMA_PASSWORD or asked</source>
            <translation>le compte avec lequel se connecter (par défaut : $MILMA_USER) ; son mot de passe depuis $MILMA_PASSWORD ou demandé</translation>
        </message>
        <message>
            <source>milma: error: {detail}</source>
            <translation>milma : erreur : {detail}</translation>
        </message>
        <message>
            <source>milma: {message}</source>
            <translation>milma : {message}</translation>
        </message>
        <message>
            <source>milma: interrupted; nothing more was written.</source>
            <translation>milma : interrompu ; rien de plus n’a été écrit.</translation>
        </message>
        <message>
            <source>milma: unexpected error; details are in the log file.</source>
            <translation>milma : erreur inattendue ; les détails se trouvent dans le fichier journal.</translation>
        </message>
        <message>
            <source>add realistic demo data (deterministic per seed)</source>
            <translation>ajouter des données de démonstration réalistes (déterministes pour chaque graine)</translation>
        </message>
        <message>
            <source>how many participants to create</source>
            <translation>nombre de participants à créer</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>graine aléatoire (1 par défaut)</translation>
        </message>
        <message>
            <source>Log in as {user} with the password {password}.</source>
            <translation>Connectez-vous en tant que {user} avec le mot de passe {password}.</translation>
        </message>
        <message>
            <source>list or show participants</source>
            <translation>lister ou afficher les participants</translation>
        </message>
        <message>
            <source>list participants</source>
            <translation>lister les participants</translation>
        </message>
        <message>
            <source>words to find in code, names, document number or phone (case and accents ignored)</source>
            <translation>mots à chercher dans le code, les noms, le numéro de document ou le téléphone (sans tenir compte des majuscules ni des accents)</translation>
        </message>
        <message>
            <source>show one participant and their itinerary</source>
            <translation>afficher un participant et son parcours</translation>
        </message>
        <message>
            <source>Current lab</source>
            <translation>Laboratoire actuel</translation>
        </message>
        <message>
            <source>Lab: {lab} ({status}), {hours} hours attended</source>
            <translation>Laboratoire : {lab} ({status}), {hours} heures de présence</translation>
        </message>
        <message>
            <source>set up this laptop for a site</source>
            <translation>configurer cet ordinateur portable pour un site</translation>
        </message>
        <message>
            <source>the training site this laptop works at</source>
            <translation>le site de formation où cet ordinateur portable est utilisé</translation>
        </message>
        <message>
            <source>a name for this laptop</source>
            <translation>un nom pour cet ordinateur portable</translation>
        </message>
        <message>
            <source>the technician who uses this laptop</source>
            <translation>le technicien ou la technicienne qui utilise cet ordinateur portable</translation>
        </message>
        <message>
            <source>create the administrator account NAME (password from MILMA_PASSWORD or asked twice)</source>
            <translation>créer le compte administrateur NOM (mot de passe depuis MILMA_PASSWORD ou demandé deux fois)</translation>
        </message>
        <message>
            <source>Choose the laptop's site with --site CIFE or --site LOS_ARCOS.</source>
            <translation>Choisissez le site de l’ordinateur avec --site CIFE ou --site LOS_ARCOS.</translation>
        </message>
        <message>
            <source>Laptop {name} set up for site {site} (device tag {tag}).</source>
            <translation>Ordinateur portable {name} configuré pour le site {site} (étiquette d’appareil {tag}).</translation>
        </message>
        <message>
            <source>The data is now encrypted. Its recovery key opens it when every password is forgotten: print it or write it down and keep it in a safe, away from the laptop. It is shown only now:</source>
            <translation>Les données sont maintenant chiffrées. Leur clé de secours les ouvre si tous les mots de passe sont oubliés : imprimez-la ou notez-la, et gardez-la dans un coffre, loin de l'ordinateur. Elle n'est montrée que maintenant :</translation>
        </message>
        <message>
            <source>Administrator account {name} created.</source>
            <translation>Compte administrateur {name} créé.</translation>
        </message>
        <message>
            <source>print a participant's itinerary, or those of a whole lab, to PDF</source>
            <translation>imprimer en PDF le parcours d’un participant, ou ceux de tout un laboratoire</translation>
        </message>
        <message>
            <source>{value} is not a whole number of 1 or more.</source>
            <translation>{value} n’est pas un nombre entier supérieur ou égal à 1.</translation>
        </message>
        <message>
            <source>the Connector Program: connectors, suggestions, targets</source>
            <translation>le programme des connecteurs : connecteurs, suggestions, objectifs</translation>
        </message>
        <message>
            <source>every connector with their current load</source>
            <translation>chaque connecteur avec sa charge actuelle</translation>
        </message>
        <message>
            <source>connectors to suggest to a participant, best first</source>
            <translation>connecteurs à proposer à un participant, les meilleurs d’abord</translation>
        </message>
        <message>
            <source>participant code</source>
            <translation>code du participant</translation>
        </message>
        <message>
            <source>how many to show (default: 10)</source>
            <translation>combien en afficher (par défaut : 10)</translation>
        </message>
        <message>
            <source>how the meeting would take place, if known</source>
            <translation>comment la rencontre aurait lieu, si on le sait</translation>
        </message>
        <message>
            <source>the programme's figures beside its targets</source>
            <translation>les chiffres du programme à côté de ses objectifs</translation>
        </message>
        <message>
            <source>first day of the period (default: open)</source>
            <translation>premier jour de la période (par défaut : ouverte)</translation>
        </message>
        <message>
            <source>last day of the period (default: open)</source>
            <translation>dernier jour de la période (par défaut : ouverte)</translation>
        </message>
        <message>
            <source>volunteers' sign-up sheet (CSV or XLSX) as connectors</source>
            <translation>feuille d’inscription des bénévoles (CSV ou XLSX) comme connecteurs</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file, headings in row 1</source>
            <translation>un fichier .csv ou .xlsx, en-têtes à la ligne 1</translation>
        </message>
        <message>
            <source>check the sheet and say what would be added, writing nothing</source>
            <translation>vérifier la feuille et dire ce qui serait ajouté, sans rien écrire</translation>
        </message>
        <message>
            <source>local or migrant, for rows that leave the origin column empty (or a sheet without it)</source>
            <translation>local ou migrant, pour les lignes dont la colonne origin est vide (ou une feuille qui ne l’a pas)</translation>
        </message>
        <message>
            <source>PDF file to write (one participant)</source>
            <translation>fichier PDF à écrire (un participant)</translation>
        </message>
        <message>
            <source>every participant of this lab</source>
            <translation>tous les participants de ce laboratoire</translation>
        </message>
        <message>
            <source>folder for the lab's PDF files (created if missing)</source>
            <translation>dossier des fichiers PDF du laboratoire (créé s’il n’existe pas)</translation>
        </message>
        <message>
            <source>one PDF holding every itinerary of the lab</source>
            <translation>un seul PDF contenant tous les parcours du laboratoire</translation>
        </message>
        <message>
            <source>printed to give to this partner company (needs the participant's consent to sharing their CV)</source>
            <translation>imprimé pour cette entreprise partenaire (nécessite le consentement de la personne au partage de son CV)</translation>
        </message>
        <message>
            <source>language of the document (default: each participant's preferred language)</source>
            <translation>langue du document (par défaut : la langue préférée de chaque participant)</translation>
        </message>
        <message>
            <source>--for-company prints one participant's itinerary, not a lab's.</source>
            <translation>--for-company imprime le parcours d’une personne, pas celui d’un laboratoire.</translation>
        </message>
        <message>
            <source>Give either a participant code or --lab, not both.</source>
            <translation>Indiquez soit un code de participant, soit --lab, mais pas les deux.</translation>
        </message>
        <message>
            <source>--lab needs --out-dir DIR.</source>
            <translation>--lab nécessite --out-dir DOSSIER.</translation>
        </message>
        <message>
            <source>Give a participant code and -o FILE.pdf, or --lab NAME --out-dir DIR.</source>
            <translation>Indiquez un code de participant et -o FICHIER.pdf, ou --lab NOM --out-dir DOSSIER.</translation>
        </message>
        <message>
            <source>Itinerary written to {path}</source>
            <translation>Parcours écrit dans {path}</translation>
        </message>
        <message>
            <source>write a bundle for USB exchange (a laptop's changes, or a coordinator's reference data)</source>
            <translation>écrire un paquet pour l’échange par USB (les modifications d’un ordinateur ou les données de référence de la coordination)</translation>
        </message>
        <message>
            <source>folder to write to, e.g. the USB stick</source>
            <translation>dossier où écrire, par exemple la clé USB</translation>
        </message>
        <message>
            <source>everything, not only what the coordinator has not acknowledged</source>
            <translation>tout, pas seulement ce que la coordination n’a pas encore confirmé</translation>
        </message>
        <message>
            <source>import a bundle: all of it in one transaction, or nothing</source>
            <translation>importer un paquet : tout en une seule transaction, ou rien</translation>
        </message>
        <message>
            <source>show what would change, write nothing</source>
            <translation>montrer ce qui changerait, sans rien écrire</translation>
        </message>
        <message>
            <source>Reference data from the coordinator ({date}).</source>
            <translation>Données de référence de la coordination ({date}).</translation>
        </message>
        <message>
            <source>Bundle from laptop {device}, site {site}: journal {first} to {last}.</source>
            <translation>Paquet de l’ordinateur {device}, site {site} : journal de {first} à {last}.</translation>
        </message>
        <message>
            <source>This bundle was imported before; importing it again changes nothing.</source>
            <translation>Ce paquet a déjà été importé ; l’importer à nouveau ne change rien.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflit</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimés</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>En quarantaine</translation>
        </message>
        <message>
            <source>Gap: journal entries {start} to {end} of laptop {device} have not arrived (a bundle is missing or not imported yet).</source>
            <translation>Lacune : les entrées {start} à {end} du journal de l’ordinateur {device} ne sont pas arrivées (un paquet manque ou n’a pas encore été importé).</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting edit(s) kept for review.</source>
            <translation>
                <numerusform>%n modification en conflit conservée pour vérification.</numerusform>
                <numerusform>%n modifications en conflit conservées pour vérification.</numerusform>
            </translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Appliqué.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulation : rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Coordinator passphrase: </source>
            <translation>Phrase secrète de la coordination : </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Répétez la phrase secrète : </translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Les deux phrases secrètes diffèrent ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>A passphrase is needed: type it at the prompt or set MILMA_KEY_PASSPHRASE.</source>
            <translation>Une phrase secrète est nécessaire : saisissez-la à l’invite ou définissez MILMA_KEY_PASSPHRASE.</translation>
        </message>
        <message>
            <source>keys for USB exchanges: show, coordinator identity, trust, enrol and revoke laptops</source>
            <translation>clés des échanges par USB : afficher, identité de coordination, confiance, enregistrement et révocation des ordinateurs</translation>
        </message>
        <message>
            <source>make this store the coordinator (creates its identity, protected by a passphrase)</source>
            <translation>faire de cette base de données celle de la coordination (crée son identité, protégée par une phrase secrète)</translation>
        </message>
        <message>
            <source>show this store's public keys and fingerprint</source>
            <translation>afficher les clés publiques et l’empreinte de cette base de données</translation>
        </message>
        <message>
            <source>pin the coordinator's public key on this laptop</source>
            <translation>fixer la clé publique de la coordination sur cet ordinateur</translation>
        </message>
        <message>
            <source>the coordinator's public key (age1...), or the key file saved on the coordinator with 'milma keys show --format json'</source>
            <translation>la clé publique de la coordination (age1...), ou le fichier de clé enregistré sur l’ordinateur de la coordination avec « milma keys show --format json »</translation>
        </message>
        <message>
            <source>enrol a laptop's signing key (coordinator)</source>
            <translation>enregistrer la clé de signature d’un ordinateur (coordination)</translation>
        </message>
        <message>
            <source>the laptop's signing key, or a file with the output of 'milma keys show --format json' on it</source>
            <translation>la clé de signature de l’ordinateur, ou un fichier contenant la sortie de « milma keys show --format json »</translation>
        </message>
        <message>
            <source>the fingerprint the laptop shows; enrolment is refused if it differs</source>
            <translation>l’empreinte affichée par l’ordinateur ; l’enregistrement est refusé si elle diffère</translation>
        </message>
        <message>
            <source>do not ask to confirm the fingerprint</source>
            <translation>ne pas demander de confirmer l’empreinte</translation>
        </message>
        <message>
            <source>revoke a laptop's key (coordinator)</source>
            <translation>révoquer la clé d’un ordinateur (coordination)</translation>
        </message>
        <message>
            <source>device id or key fingerprint (or a unique start of one)</source>
            <translation>identifiant de l’appareil ou empreinte de la clé (ou un début unique de l’un d’eux)</translation>
        </message>
        <message>
            <source>write the coordinator identity to a passphrase-encrypted age file</source>
            <translation>écrire l’identité de coordination dans un fichier age chiffré par phrase secrète</translation>
        </message>
        <message>
            <source>restore the coordinator identity from a backup file</source>
            <translation>restaurer l’identité de coordination à partir d’un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>This store is now the coordinator. Its public key:</source>
            <translation>Cette base de données est désormais celle de la coordination. Sa clé publique :</translation>
        </message>
        <message>
            <source>On each laptop run: milma keys trust-coordinator {key}</source>
            <translation>Sur chaque ordinateur, lancez : milma keys trust-coordinator {key}</translation>
        </message>
        <message>
            <source>Back up the identity now: milma keys backup-identity FILE</source>
            <translation>Sauvegardez l’identité maintenant : milma keys backup-identity FICHIER</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordination</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation>ordinateur portable</translation>
        </message>
        <message>
            <source>Role: {role}</source>
            <translation>Rôle : {role}</translation>
        </message>
        <message>
            <source>Device id: {id}</source>
            <translation>Identifiant de l’appareil : {id}</translation>
        </message>
        <message>
            <source>Signing key: {key}</source>
            <translation>Clé de signature : {key}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Empreinte : {fingerprint}</translation>
        </message>
        <message>
            <source>Age public key: {key}</source>
            <translation>Clé publique age : {key}</translation>
        </message>
        <message>
            <source>Trusted coordinator: {key}</source>
            <translation>Coordination de confiance : {key}</translation>
        </message>
        <message>
            <source>No coordinator trusted yet: run 'milma keys trust-coordinator AGE_PUBLIC_KEY'.</source>
            <translation>Aucune coordination de confiance pour l’instant : lancez « milma keys trust-coordinator CLE_PUBLIQUE_AGE ».</translation>
        </message>
        <message>
            <source>Warning: the coordinator has revoked this laptop's key.</source>
            <translation>Attention : la coordination a révoqué la clé de cet ordinateur.</translation>
        </message>
        <message>
            <source>revoked {date}</source>
            <translation>révoqué le {date}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>enregistré</translation>
        </message>
        <message>
            <source>Laptop {device} {fingerprint}: {state}</source>
            <translation>Ordinateur {device} {fingerprint} : {state}</translation>
        </message>
        <message>
            <source>This laptop now trusts the coordinator {key}.</source>
            <translation>Cet ordinateur fait désormais confiance à la coordination {key}.</translation>
        </message>
        <message>
            <source>The key's fingerprint {fingerprint} differs from the one given: not enrolled.</source>
            <translation>L’empreinte de la clé, {fingerprint}, diffère de celle indiquée : non enregistré.</translation>
        </message>
        <message>
            <source>Is it the fingerprint the laptop shows? [y/N] </source>
            <translation>Est-ce l’empreinte affichée par l’ordinateur ? [o/N] </translation>
        </message>
        <message>
            <source>Not enrolled.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <source>Laptop enrolled: {device}, fingerprint {fingerprint}.</source>
            <translation>Ordinateur enregistré : {device}, empreinte {fingerprint}.</translation>
        </message>
        <message>
            <source>Laptop {device} revoked (fingerprint {fingerprint}); the revocation goes out with the next reference data.</source>
            <translation>Ordinateur {device} révoqué (empreinte {fingerprint}) ; la révocation partira avec les prochaines données de référence.</translation>
        </message>
        <message>
            <source>Coordinator identity written to {path} (encrypted with the passphrase).</source>
            <translation>Identité de coordination écrite dans {path} (chiffrée avec la phrase secrète).</translation>
        </message>
        <message>
            <source>Coordinator identity restored: {key}</source>
            <translation>Identité de coordination restaurée : {key}</translation>
        </message>
        <message>
            <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-30.</source>
            <translation>{value} n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-30.</translation>
        </message>
        <message>
            <source>a week's appointments, by day</source>
            <translation>les rendez-vous d’une semaine, par jour</translation>
        </message>
        <message>
            <source>any day of the week to show (default: this week)</source>
            <translation>n’importe quel jour de la semaine à afficher (par défaut : cette semaine)</translation>
        </message>
        <message>
            <source>only this laptop's technician's appointments (default: the whole site)</source>
            <translation>seulement les rendez-vous du technicien ou de la technicienne de cet ordinateur (par défaut : tout le site)</translation>
        </message>
        <message>
            <source>No technician is chosen on this laptop: choose one in the application's Settings, or leave out --mine for the whole site.</source>
            <translation>Aucun technicien n’est choisi sur cet ordinateur : choisissez-le dans les Paramètres de l’application, ou omettez --mine pour tout le site.</translation>
        </message>
        <message>
            <source>{value} is not a number of days from 0 to {max}.</source>
            <translation>{value} n'est pas un nombre de jours de 0 à {max}.</translation>
        </message>
        <message>
            <source>who needs an end survey or a 6-month follow-up survey, and who is overdue</source>
            <translation>qui doit remplir le questionnaire de fin ou de suivi à 6 mois, et qui est en retard</translation>
        </message>
        <message>
            <source>also list the surveys whose window opens within DAYS days (default: 7)</source>
            <translation>lister aussi les questionnaires dont la période s'ouvre dans DAYS jours (par défaut : 7)</translation>
        </message>
        <message>
            <source>the programme's indicators by group, for a period</source>
            <translation>les indicateurs du programme par groupe, pour une période</translation>
        </message>
        <message>
            <source>count labs starting on or after this day (default: from the first)</source>
            <translation>compter les laboratoires qui commencent ce jour ou après (par défaut : depuis le premier)</translation>
        </message>
        <message>
            <source>count labs starting on or before this day (default: to the last)</source>
            <translation>compter les laboratoires qui commencent ce jour ou avant (par défaut : jusqu’au dernier)</translation>
        </message>
        <message>
            <source>only the lab of this name</source>
            <translation>seulement le laboratoire de ce nom</translation>
        </message>
        <message>
            <source>only labs held at this site</source>
            <translation>seulement les laboratoires de ce site</translation>
        </message>
        <message>
            <source>write to this file instead of the screen (needed for xlsx)</source>
            <translation>écrire dans ce fichier plutôt qu’à l’écran (nécessaire pour xlsx)</translation>
        </message>
        <message>
            <source>No lab is called {name}: see the names on the Labs screen.</source>
            <translation>Aucun laboratoire ne s’appelle {name} : voyez les noms sur l’écran Laboratoires.</translation>
        </message>
        <message>
            <source>A spreadsheet needs a file to go to: add -o FILE.xlsx.</source>
            <translation>Un tableur a besoin d’un fichier de destination : ajoutez -o FICHIER.xlsx.</translation>
        </message>
        <message>
            <source>the programme's history from a spreadsheet: participants, labs, enrolments, jobs</source>
            <translation>l'historique du programme depuis un tableur : participants, laboratoires, inscriptions, emplois</translation>
        </message>
        <message>
            <source>Import the programme's history from a CSV or XLSX sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created; what the sheet does not give, such as its niche and planned hours, is left empty for a technician to complete on the Labs screen. Every row is checked first: one invalid row and nothing is written. The same person is one participant: the same document number or, on a row without one, the same names and birth date; a lab is matched by name and start date, a company by name. Importing the same file again adds nothing.</source>
            <translation>Importe l'historique du programme depuis une feuille CSV ou XLSX, une ligne par inscription à un laboratoire, en-têtes à la ligne 1 en français, anglais ou espagnol : Prénom, Nom, Date de naissance, Genre, Nationalité, Statut migratoire, Sans emploi depuis, Numéro de document, Laboratoire, Site, Début du laboratoire, Fin du laboratoire, Statut de l'inscription, Début de l'emploi, Employeur, Amélioration des opportunités (et Niche, Heures prévues et Profession quand on les connaît). Un laboratoire pas encore enregistré est créé ; ce que la feuille ne dit pas, comme sa niche et ses heures prévues, reste vide pour qu'un technicien le complète sur l'écran Laboratoires. Chaque ligne est d'abord vérifiée : une seule ligne invalide et rien n'est écrit. La même personne est un seul participant : le même numéro de document ou, sur une ligne sans numéro, les mêmes prénom, nom et date de naissance ; un laboratoire est reconnu par son nom et sa date de début, une entreprise par son nom. Importer de nouveau le même fichier n'ajoute rien.</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD).</source>
            <translation>{value} n’est pas une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>check the audit log, or list its entries</source>
            <translation>vérifier le journal d’audit ou en lister les entrées</translation>
        </message>
        <message>
            <source>check every chain of the audit log (exit status 1 when one is broken)</source>
            <translation>vérifier chaque chaîne du journal d’audit (code de sortie 1 si l’une est rompue)</translation>
        </message>
        <message>
            <source>list the audit log's entries, newest first</source>
            <translation>lister les entrées du journal d’audit, les plus récentes d’abord</translation>
        </message>
        <message>
            <source>only the entries about this record id</source>
            <translation>seulement les entrées concernant cet identifiant d’enregistrement</translation>
        </message>
        <message>
            <source>only the entries about this participant code</source>
            <translation>seulement les entrées concernant ce code participant</translation>
        </message>
        <message>
            <source>only this action (repeat for several): {actions}</source>
            <translation>seulement cette action (à répéter pour plusieurs) : {actions}</translation>
        </message>
        <message>
            <source>from this day on</source>
            <translation>à partir de ce jour</translation>
        </message>
        <message>
            <source>up to this day</source>
            <translation>jusqu’à ce jour</translation>
        </message>
        <message>
            <source>at most this many entries (default: 1000)</source>
            <translation>au plus ce nombre d’entrées (par défaut : 1000)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portable</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>everything held about a participant: a readable PDF and a JSON file of the same data</source>
            <translation>tout ce qui est conservé sur un participant : un PDF lisible et un fichier JSON des mêmes données</translation>
        </message>
        <message>
            <source>folder for the two files (created if missing)</source>
            <translation>dossier des deux fichiers (créé s’il n’existe pas)</translation>
        </message>
        <message>
            <source>language of the document (default: the participant's preferred language)</source>
            <translation>langue du document (par défaut : la langue préférée du participant)</translation>
        </message>
        <message>
            <source>Written: {pdf} and {json}</source>
            <translation>Écrits : {pdf} et {json}</translation>
        </message>
        <message>
            <source>back up the data now, or list the backups</source>
            <translation>sauvegarder les données maintenant, ou lister les sauvegardes</translation>
        </message>
        <message>
            <source>list the backups, newest first, instead of making one</source>
            <translation>lister les sauvegardes, la plus récente d’abord, au lieu d’en faire une</translation>
        </message>
        <message>
            <source>write the backup into this folder only (a USB stick), instead of the data folder's backups</source>
            <translation>écrire la sauvegarde dans ce dossier seulement (une clé USB), au lieu des sauvegardes du dossier des données</translation>
        </message>
        <message>
            <source>how 'backup list' prints the backups</source>
            <translation>comment 'backup list' affiche les sauvegardes</translation>
        </message>
        <message>
            <source>replace the data by a backup (what is there now is backed up first)</source>
            <translation>remplacer les données par une sauvegarde (ce qui s’y trouve maintenant est d’abord sauvegardé)</translation>
        </message>
        <message>
            <source>a backup file, from 'milma backup list' or a USB stick</source>
            <translation>un fichier de sauvegarde, de 'milma backup list' ou d’une clé USB</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>ne pas demander de confirmation</translation>
        </message>
        <message>
            <source>Backup made: {path}</source>
            <translation>Sauvegarde faite : {path}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Pas encore de sauvegarde.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Erased people it holds</source>
            <translation>Personnes effacées qu’elle contient</translation>
        </message>
        <message>
            <source>{count}, deleted by {when}</source>
            <translation>{count}, supprimée le {when}</translation>
        </message>
        <message>
            <source>Replace the data in {folder} by the backup made {when}? What is there now is backed up first. [y/N] </source>
            <translation>Remplacer les données de {folder} par la sauvegarde faite le {when} ? Ce qui s’y trouve maintenant est d’abord sauvegardé. [o/N] </translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Rien n’a été restauré.</translation>
        </message>
        <message>
            <source>Restored the backup {file}.</source>
            <translation>Sauvegarde {file} restaurée.</translation>
        </message>
        <message>
            <source>The data that could not be opened was put aside as {path}.</source>
            <translation>Les données qui ne pouvaient pas être ouvertes ont été mises de côté sous {path}.</translation>
        </message>
        <message>
            <source>What was there before is kept as the backup {path}.</source>
            <translation>Ce qui s’y trouvait avant est gardé comme la sauvegarde {path}.</translation>
        </message>
        <message>
            <source>the accounts of this laptop and their roles</source>
            <translation>les comptes de cet ordinateur et leurs rôles</translation>
        </message>
        <message>
            <source>every account, its role and technician</source>
            <translation>tous les comptes, leur rôle et leur technicien</translation>
        </message>
        <message>
            <source>a new account (its password from MILMA_NEW_PASSWORD or asked twice)</source>
            <translation>un nouveau compte (son mot de passe depuis MILMA_NEW_PASSWORD ou demandé deux fois)</translation>
        </message>
        <message>
            <source>the technician the account stands for (added if new)</source>
            <translation>le technicien que représente le compte (ajouté s’il est nouveau)</translation>
        </message>
        <message>
            <source>change a password (yours unless NAME; from MILMA_NEW_PASSWORD or asked twice)</source>
            <translation>changer un mot de passe (le vôtre sauf NOM ; depuis MILMA_NEW_PASSWORD ou demandé deux fois)</translation>
        </message>
        <message>
            <source>every password forgotten: open the encrypted store with its recovery key (from MILMA_RECOVERY_KEY or asked) and set NAME's password</source>
            <translation>tous les mots de passe oubliés : ouvrir les données chiffrées avec leur clé de secours (de MILMA_RECOVERY_KEY ou demandée) et définir le mot de passe de NAME</translation>
        </message>
        <message>
            <source>change an account's role</source>
            <translation>changer le rôle d’un compte</translation>
        </message>
        <message>
            <source>an account that may no longer log in</source>
            <translation>un compte qui ne peut plus se connecter</translation>
        </message>
        <message>
            <source>an account that may log in again</source>
            <translation>un compte qui peut de nouveau se connecter</translation>
        </message>
        <message>
            <source>minutes without input before the window locks</source>
            <translation>minutes sans activité avant que la fenêtre se verrouille</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien/ne</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Account {name} created ({role}).</source>
            <translation>Compte {name} créé ({role}).</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Mot de passe modifié.</translation>
        </message>
        <message>
            <source>Account {name} is now {role}.</source>
            <translation>Le compte {name} est maintenant {role}.</translation>
        </message>
        <message>
            <source>Account {name} may log in.</source>
            <translation>Le compte {name} peut se connecter.</translation>
        </message>
        <message>
            <source>Account {name} may no longer log in.</source>
            <translation>Le compte {name} ne peut plus se connecter.</translation>
        </message>
        <message>
            <source>Name the account whose password to set: milma accounts password NAME --recovery.</source>
            <translation>Nommez le compte dont définir le mot de passe : milma accounts password NAME --recovery.</translation>
        </message>
        <message>
            <source>This data store is not encrypted: it has no recovery key.</source>
            <translation>Ces données ne sont pas chiffrées : elles n'ont pas de clé de secours.</translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Clé de secours : </translation>
        </message>
        <message>
            <source>There is no account called {name}.</source>
            <translation>Il n'y a pas de compte nommé {name}.</translation>
        </message>
        <message>
            <source>This data store has accounts: name yours with --user NAME or MILMA_USER.</source>
            <translation>Ces données ont des comptes : indiquez le vôtre avec --user NOM ou MILMA_USER.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Mot de passe de {user} : </translation>
        </message>
        <message>
            <source>A password is needed: type it at a terminal, or set MILMA_PASSWORD.</source>
            <translation>Un mot de passe est nécessaire : tapez-le dans un terminal ou définissez MILMA_PASSWORD.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Nouveau mot de passe : </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Le même mot de passe encore une fois : </translation>
        </message>
        <message>
            <source>erase a participant and every record about them, for good (coordinators and administrators)</source>
            <translation>effacer un participant et tous les enregistrements le concernant, définitivement (coordinateurs et administrateurs)</translation>
        </message>
        <message>
            <source>Erase {code} and every record about them, on this store and, with the next reference data, on every laptop? This cannot be undone. [y/N] </source>
            <translation>Effacer {code} et tous les enregistrements concernant cette personne, sur cette base de données et, avec les prochaines données de référence, sur tous les ordinateurs ? C’est irréversible. [o/N] </translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>Rien n’a été effacé.</translation>
        </message>
        <message>
            <source>The backups made before, {backup} among them, still hold them until the rotation removes them.</source>
            <translation>Les sauvegardes faites avant, dont {backup}, la conservent jusqu’à ce que la rotation les supprime.</translation>
        </message>
        <message>
            <source>people whose last activity is older than the retention period, to erase or keep with a reason</source>
            <translation>personnes dont la dernière activité est antérieure à la durée de conservation, à effacer ou à conserver avec un motif</translation>
        </message>
        <message>
            <source>list the people to review, the longest inactive first</source>
            <translation>liste les personnes à examiner, les plus longtemps inactives d’abord</translation>
        </message>
        <message>
            <source>the retention period in years (default: the one chosen, else 5)</source>
            <translation>la durée de conservation en années (par défaut : celle choisie, sinon 5)</translation>
        </message>
        <message>
            <source>keep a person listed for review (listed again in a year)</source>
            <translation>conserve une personne de la liste à examiner (elle y revient dans un an)</translation>
        </message>
        <message>
            <source>why they are kept (no personal data)</source>
            <translation>pourquoi elle est conservée (sans données personnelles)</translation>
        </message>
        <message>
            <source>choose the retention period</source>
            <translation>choisit la durée de conservation</translation>
        </message>
        <message>
            <source>years without activity before a review</source>
            <translation>années sans activité avant un examen</translation>
        </message>
        <message numerus="yes">
            <source>Nobody has been inactive for more than %n year(s).</source>
            <translation>
                <numerusform>Personne n’est inactif depuis plus de %n an.</numerusform>
                <numerusform>Personne n’est inactif depuis plus de %n ans.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Kept before because</source>
            <translation>Conservée avant parce que</translation>
        </message>
        <message>
            <source>{code} is kept; they will be listed again in a year.</source>
            <translation>{code} est conservé ; il reviendra dans la liste dans un an.</translation>
        </message>
        <message numerus="yes">
            <source>The window locks after %n minute(s) without input.</source>
            <translation>
                <numerusform>La fenêtre se verrouille après %n minute sans activité.</numerusform>
                <numerusform>La fenêtre se verrouille après %n minutes sans activité.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{laptop}: %n entries, intact</source>
            <translation>
                <numerusform>{laptop} : %n entrée, intact</numerusform>
                <numerusform>{laptop} : %n entrées, intact</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{laptop}: %n entries, BROKEN</source>
            <translation>
                <numerusform>{laptop} : %n entrée, ROMPU</numerusform>
                <numerusform>{laptop} : %n entrées, ROMPU</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data added: %n participant(s).</source>
            <translation>
                <numerusform>Données de démonstration ajoutées : %n participant.</numerusform>
                <numerusform>Données de démonstration ajoutées : %n participants.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased {code}: %n record(s) removed.</source>
            <translation>
                <numerusform>{code} effacé : %n enregistrement supprimé.</numerusform>
                <numerusform>{code} effacé : %n enregistrements supprimés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reference data exported: %n record change(s).</source>
            <translation>
                <numerusform>Données de référence exportées : %n modification d’enregistrement.</numerusform>
                <numerusform>Données de référence exportées : %n modifications d’enregistrements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted for %n enrolled laptop(s); laptops enrolled by their signing key alone receive it after their first bundle is imported.</source>
            <translation>
                <numerusform>Chiffré pour %n ordinateur enregistré ; les ordinateurs enregistrés avec leur seule clé de signature le reçoivent après l’import de leur premier paquet.</numerusform>
                <numerusform>Chiffré pour %n ordinateurs enregistrés ; les ordinateurs enregistrés avec leur seule clé de signature le reçoivent après l’import de leur premier paquet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s).</source>
            <translation>
                <numerusform>%n modification exportée.</numerusform>
                <numerusform>%n modifications exportées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary file(s) written to {path}</source>
            <translation>
                <numerusform>%n fichier de parcours écrit dans {path}</numerusform>
                <numerusform>%n fichiers de parcours écrits dans {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n development-plan goal(s)</source>
            <translation>
                <numerusform>%n objectif du plan de développement</numerusform>
                <numerusform>%n objectifs du plan de développement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n coaching session(s)</source>
            <translation>
                <numerusform>%n séance d’accompagnement</numerusform>
                <numerusform>%n séances d’accompagnement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connector meeting(s)</source>
            <translation>
                <numerusform>%n rencontre avec un connecteur</numerusform>
                <numerusform>%n rencontres avec des connecteurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placement(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job outcome(s)</source>
            <translation>
                <numerusform>%n sortie en emploi</numerusform>
                <numerusform>%n sorties en emploi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The retention period is %n year(s).</source>
            <translation>
                <numerusform>La durée de conservation est de %n an.</numerusform>
                <numerusform>La durée de conservation est de %n ans.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose a company in the list to see its labs and placements.</source>
            <translation>Choisissez une entreprise dans la liste pour voir ses laboratoires et ses stages.</translation>
        </message>
        <message>
            <source>{sector} · Contact: {contact} · Collaboration: {collaboration}</source>
            <translation>{sector} · Contact : {contact} · Collaboration : {collaboration}</translation>
        </message>
        <message>
            <source>Labs the company partners</source>
            <translation>Laboratoires dont l’entreprise est partenaire</translation>
        </message>
        <message>
            <source>Work placements at the company</source>
            <translation>Stages dans l’entreprise</translation>
        </message>
        <message>
            <source>Double-click a placement (or press Enter) to open the participant's page.</source>
            <translation>Double-cliquez sur un stage (ou appuyez sur Entrée) pour ouvrir la page du participant.</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratoires</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>Stages</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Entreprises</translation>
        </message>
        <message>
            <source>Filter companies by name, sector, contact…</source>
            <translation>Filtrer les entreprises par nom, secteur, contact…</translation>
        </message>
        <message>
            <source>New company…</source>
            <translation>Nouvelle entreprise…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Nouvelle entreprise</translation>
        </message>
        <message>
            <source>Edit company</source>
            <translation>Modifier l’entreprise</translation>
        </message>
        <message numerus="yes">
            <source>%n company(ies)</source>
            <translation>
                <numerusform>%n entreprise</numerusform>
                <numerusform>%n entreprises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n company(ies)</source>
            <translation>
                <numerusform>{shown} sur %n entreprise</numerusform>
                <numerusform>{shown} sur %n entreprises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the company “{name}”? Its %n work placement(s) will be deleted too; job outcomes keep the employer's name.</source>
            <translation>
                <numerusform>Supprimer l’entreprise « {name} » ? Son %n stage sera également supprimé ; les sorties en emploi conservent le nom de l’employeur.</numerusform>
                <numerusform>Supprimer l’entreprise « {name} » ? Ses %n stages seront également supprimés ; les sorties en emploi conservent le nom de l’employeur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the company “{name}”? It stops being a partner of its labs.</source>
            <translation>Supprimer l’entreprise « {name} » ? Elle cessera d’être partenaire de ses laboratoires.</translation>
        </message>
        <message numerus="yes">
            <source>Partner of labs (%n)</source>
            <translation>
                <numerusform>Partenaire de laboratoires (%n)</numerusform>
                <numerusform>Partenaire de laboratoires (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Work placements (%n)</source>
            <translation>
                <numerusform>Stages (%n)</numerusform>
                <numerusform>Stages (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Saved meanwhile</source>
            <translation>Enregistré entre-temps</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Le vôtre</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Garder le mien</translation>
        </message>
        <message>
            <source>Save your values over the ones saved meanwhile</source>
            <translation>Enregistrer vos valeurs à la place de celles enregistrées entre-temps</translation>
        </message>
        <message>
            <source>&amp;Take the saved values</source>
            <translation>&amp;Prendre les valeurs enregistrées</translation>
        </message>
        <message>
            <source>Show the values saved meanwhile in the form, keeping your other changes</source>
            <translation>Afficher dans le formulaire les valeurs enregistrées entre-temps, en gardant vos autres modifications</translation>
        </message>
    </context>
    <context>
        <name>ConflictReview</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>{kind}: {record}</source>
            <translation>{kind} : {record}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value here</source>
            <translation>Valeur ici</translation>
        </message>
        <message>
            <source>Value received</source>
            <translation>Valeur reçue</translation>
        </message>
        <message>
            <source>Kept now</source>
            <translation>Conservée maintenant</translation>
        </message>
        <message numerus="yes">
            <source>Conflicts (%n)</source>
            <translation>
                <numerusform>Conflits (%n)</numerusform>
                <numerusform>Conflits (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>The same field was changed on two computers. The later change is kept; choose which value should stay.</source>
            <translation>Le même champ a été modifié sur deux ordinateurs. La modification la plus récente est conservée ; choisissez la valeur à garder.</translation>
        </message>
        <message>
            <source>Keep the value &amp;here</source>
            <translation>Garder la valeur d’&amp;ici</translation>
        </message>
        <message>
            <source>Keep the value &amp;received</source>
            <translation>Garder la valeur &amp;reçue</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>This conflict was already resolved or its record was deleted.</source>
            <translation>Ce conflit a déjà été résolu ou son enregistrement a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorImport</name>
        <message>
            <source>Row {row}, column {column}</source>
            <translation>Ligne {row}, colonne {column}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Ligne {row}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>Nothing was imported: correct the rows named and import the sheet again.</source>
            <translation>Rien n’a été importé : corrigez les lignes indiquées et importez à nouveau la feuille.</translation>
        </message>
        <message>
            <source>The file must be a CSV (.csv) or Excel (.xlsx) sheet.</source>
            <translation>Le fichier doit être une feuille CSV (.csv) ou Excel (.xlsx).</translation>
        </message>
        <message>
            <source>The CSV file is not UTF-8 text: save it again as CSV UTF-8.</source>
            <translation>Le fichier CSV n’est pas du texte UTF-8 : enregistrez-le à nouveau en CSV UTF-8.</translation>
        </message>
        <message>
            <source>The file cannot be read: check that it exists and is a CSV or Excel sheet.</source>
            <translation>Impossible de lire le fichier : vérifiez qu’il existe et qu’il s’agit d’une feuille CSV ou Excel.</translation>
        </message>
        <message>
            <source>“{value}” is not a language: write its name or ISO code, for example Arabic or ar.</source>
            <translation>« {value} » n’est pas une langue : écrivez son nom ou son code ISO, par exemple arabe ou ar.</translation>
        </message>
        <message>
            <source>“{value}” is not an ISCO-08 occupation group: write its two-digit code, for example 52, or enough of its title to name one group.</source>
            <translation>« {value} » n’est pas un groupe professionnel CITP-08 : écrivez son code à deux chiffres, par exemple 52, ou assez de son intitulé pour désigner un seul groupe.</translation>
        </message>
        <message>
            <source>The sheet has no headings in row 1.</source>
            <translation>La feuille n’a pas d’en-têtes à la ligne 1.</translation>
        </message>
        <message>
            <source>The column {column} is missing.</source>
            <translation>La colonne {column} manque.</translation>
        </message>
        <message>
            <source>The column origin is missing: add it (local or migrant on each row), or say which of the two applies to the rows that leave it empty.</source>
            <translation>La colonne origin manque : ajoutez-la (local ou migrant à chaque ligne) ou indiquez lequel des deux s’applique aux lignes qui la laissent vide.</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {choices}.</source>
            <translation>« {value} » n’est aucune de ces valeurs : {choices}.</translation>
        </message>
        <message>
            <source>A connector cannot be referred by themselves.</source>
            <translation>Un connecteur ne peut pas être recommandé par lui-même.</translation>
        </message>
        <message>
            <source>Several connectors are called “{value}”: the name does not say which one.</source>
            <translation>Plusieurs connecteurs s’appellent « {value} » : le nom ne dit pas lequel.</translation>
        </message>
        <message>
            <source>No connector called “{value}”, recorded or in this sheet.</source>
            <translation>Aucun connecteur nommé « {value} », ni enregistré ni dans cette feuille.</translation>
        </message>
        <message numerus="yes">
            <source>Checked: %n connector(s) would be added; nothing was written.</source>
            <translation>
                <numerusform>Vérifié : %n connecteur serait ajouté ; rien n’a été écrit.</numerusform>
                <numerusform>Vérifié : %n connecteurs seraient ajoutés ; rien n’a été écrit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connector(s) added.</source>
            <translation>
                <numerusform>%n connecteur ajouté.</numerusform>
                <numerusform>%n connecteurs ajoutés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) already recorded, left as they are.</source>
            <translation>
                <numerusform>%n ligne déjà enregistrée, laissée telle quelle.</numerusform>
                <numerusform>%n lignes déjà enregistrées, laissées telles quelles.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Connectors</name>
        <message>
            <source>Load</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Raisons</translation>
        </message>
        <message>
            <source>No connector can be suggested: none is active, agreed to be contacted, has room for one more newcomer and has not met this participant yet.</source>
            <translation>Aucun connecteur ne peut être proposé : aucun n’est à la fois actif, d’accord pour être contacté, disponible pour un nouvel arrivant de plus et sans rencontre déjà faite avec ce participant.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose a connector in the list to see their network.</source>
            <translation>Choisissez un connecteur dans la liste pour voir son réseau.</translation>
        </message>
        <message>
            <source>Connectors they brought in</source>
            <translation>Connecteurs qu’il a recrutés</translation>
        </message>
        <message>
            <source>Newcomers they met</source>
            <translation>Nouveaux arrivants rencontrés</translation>
        </message>
        <message>
            <source>Newcomers referred to them</source>
            <translation>Nouveaux arrivants mis en relation avec ce connecteur</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Double-cliquez sur un participant (ou appuyez sur Entrée) pour ouvrir sa page.</translation>
        </message>
        <message>
            <source>{field} · {origin} · {languages} · {neighbourhood} · Referred by: {referrer} · Newcomers at a time: {capacity} · Contact: {contact}</source>
            <translation>{field} · {origin} · {languages} · {neighbourhood} · Mis en relation par : {referrer} · Nouveaux arrivants à la fois : {capacity} · Contact : {contact}</translation>
        </message>
        <message>
            <source>Newcomers now</source>
            <translation>Nouveaux arrivants en cours</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Rencontres</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Connecteurs</translation>
        </message>
        <message>
            <source>Filter connectors by name, field, language, neighbourhood…</source>
            <translation>Filtrer les connecteurs par nom, domaine, langue, quartier…</translation>
        </message>
        <message>
            <source>New connector…</source>
            <translation>Nouveau connecteur…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>New connector</source>
            <translation>Nouveau connecteur</translation>
        </message>
        <message>
            <source>Edit connector</source>
            <translation>Modifier le connecteur</translation>
        </message>
        <message numerus="yes">
            <source>%n connector(s)</source>
            <translation>
                <numerusform>%n connecteur</numerusform>
                <numerusform>%n connecteurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n connector(s)</source>
            <translation>
                <numerusform>{shown} sur %n connecteur</numerusform>
                <numerusform>{shown} sur %n connecteurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the connector {name}? Their %n meeting(s) with participants will be deleted too.</source>
            <translation>
                <numerusform>Supprimer le connecteur {name} ? Sa %n rencontre avec des participants sera également supprimée.</numerusform>
                <numerusform>Supprimer le connecteur {name} ? Ses %n rencontres avec des participants seront également supprimées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the connector {name}?</source>
            <translation>Supprimer le connecteur {name} ?</translation>
        </message>
        <message numerus="yes">
            <source>Brought in (%n)</source>
            <translation>
                <numerusform>Recrutés (%n)</numerusform>
                <numerusform>Recrutés (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Newcomers met (%n)</source>
            <translation>
                <numerusform>Nouveaux arrivants rencontrés (%n)</numerusform>
                <numerusform>Nouveaux arrivants rencontrés (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Referred to them (%n)</source>
            <translation>
                <numerusform>Mis en relation avec ce connecteur (%n)</numerusform>
                <numerusform>Mis en relation avec ce connecteur (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Consents</name>
        <message>
            <source>{person} ({code}) withdrew the consent “{consent}” on {date}: this cannot be done without it.</source>
            <translation>{person} ({code}) a retiré le consentement « {consent} » le {date} : cela ne peut pas se faire sans lui.</translation>
        </message>
        <message>
            <source>{person} ({code}) has not given the consent “{consent}”: record it in the Consents section of their page first.</source>
            <translation>{person} ({code}) n’a pas donné le consentement « {consent} » : enregistrez-le d’abord dans la section Consentements de sa page.</translation>
        </message>
        <message>
            <source>{person} ({code}) has no consent to the life story in force: it stays private. Record the consent and its scope in the Consents section first.</source>
            <translation>{person} ({code}) n’a pas de consentement en vigueur pour le récit de vie : il reste privé. Enregistrez d’abord le consentement et sa portée dans la section Consentements.</translation>
        </message>
        <message>
            <source>{person} ({code}) consented to the life story as “{allowed}” only: it cannot be “{scope}”.</source>
            <translation>{person} ({code}) a consenti au récit de vie seulement comme « {allowed} » : il ne peut pas être « {scope} ».</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data given on</source>
            <translation>Consentement au traitement des données personnelles donné le</translation>
        </message>
        <message>
            <source>{field}: give the date.</source>
            <translation>{field} : indiquez la date.</translation>
        </message>
        <message>
            <source>{field}: the date cannot be after today.</source>
            <translation>{field} : la date ne peut pas être postérieure à aujourd’hui.</translation>
        </message>
        <message>
            <source>Choose which consent was given.</source>
            <translation>Choisissez quel consentement a été donné.</translation>
        </message>
        <message>
            <source>Scope: choose what may be done with the life story (private, anonymised or named).</source>
            <translation>Portée : choisissez ce qui peut être fait du récit de vie (privé, anonymisé ou nominatif).</translation>
        </message>
        <message>
            <source>This consent is in force already, since {date}.</source>
            <translation>Ce consentement est déjà en vigueur depuis le {date}.</translation>
        </message>
        <message>
            <source>This consent was withdrawn already, on {date}.</source>
            <translation>Ce consentement a déjà été retiré le {date}.</translation>
        </message>
        <message>
            <source>Withdrawn on: the date cannot be before the consent was given ({date}).</source>
            <translation>Retiré le : la date ne peut pas être antérieure au consentement ({date}).</translation>
        </message>
        <message>
            <source>Registration needs the consent to the processing of personal data: print the information notice in the person's language, have it signed, and give the date.</source>
            <translation>L’inscription nécessite le consentement au traitement des données personnelles : imprimez la notice d’information dans la langue de la personne, faites-la signer et indiquez la date.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Withdrawn on {date}</source>
            <translation>Retiré le {date}</translation>
        </message>
        <message>
            <source>In force until {date}</source>
            <translation>En vigueur jusqu’au {date}</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Record a consent…</source>
            <translation>&amp;Enregistrer un consentement…</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>Ré&amp;voquer…</translation>
        </message>
        <message>
            <source>Withdraw the consent chosen</source>
            <translation>Retirer le consentement choisi</translation>
        </message>
        <message>
            <source>The person withdrew this consent: give the date. It stays in the history.</source>
            <translation>La personne a retiré ce consentement : indiquez la date. Il reste dans l’historique.</translation>
        </message>
        <message>
            <source>Withdraw: {consent}</source>
            <translation>Retirer : {consent}</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data</source>
            <translation>Consentement au traitement des données personnelles</translation>
        </message>
        <message>
            <source>Print the information notice in the person's language, let them read it and sign it, then give the day they signed. Nobody is registered without it.</source>
            <translation>Imprimez la notice d’information dans la langue de la personne, laissez-la la lire et la signer, puis indiquez le jour de la signature. Personne n’est inscrit sans elle.</translation>
        </message>
        <message>
            <source>&amp;Print the information notice ({language})…</source>
            <translation>&amp;Imprimer la notice d’information ({language})…</translation>
        </message>
        <message>
            <source>Notice signed on</source>
            <translation>Notice signée le</translation>
        </message>
        <message>
            <source>Save the information notice as PDF</source>
            <translation>Enregistrer la notice d’information en PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>{field}: type the date as day/month/year, e.g. 25/03/1990.</source>
            <translation>{field} : saisissez la date sous la forme jour/mois/année, par exemple 25/03/1990.</translation>
        </message>
        <message>
            <source>{field}: type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30.</source>
            <translation>{field} : saisissez la date et l’heure sous la forme jour/mois/année heures:minutes, par exemple 25/03/2026 09:30.</translation>
        </message>
        <message>
            <source>{field}: {text} does not exist; check the day and the month.</source>
            <translation>{field} : {text} n’existe pas ; vérifiez le jour et le mois.</translation>
        </message>
        <message>
            <source>{field}: {text} is not a time of day; check the hours and minutes.</source>
            <translation>{field} : {text} n’est pas une heure valide ; vérifiez les heures et les minutes.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy hh:mm</source>
            <translation>jj/mm/aaaa hh:mm</translation>
        </message>
        <message>
            <source>Type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30, or choose the day in the calendar.</source>
            <translation>Saisissez la date et l’heure sous la forme jour/mois/année heures:minutes, par exemple 25/03/2026 09:30, ou choisissez le jour dans le calendrier.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>Type the date as day/month/year, e.g. 25/03/1990, or choose it in the calendar.</source>
            <translation>Saisissez la date sous la forme jour/mois/année, par exemple 25/03/1990, ou choisissez-la dans le calendrier.</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>Choisir dans le calendrier</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The number of participants must be between 0 and {max}.</source>
            <translation>Le nombre de participants doit être compris entre 0 et {max}.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateReview</name>
        <message>
            <source>Same identity document</source>
            <translation>Même pièce d’identité</translation>
        </message>
        <message>
            <source>Similar name ({score} %), same birth date</source>
            <translation>Nom proche ({score} %), même date de naissance</translation>
        </message>
        <message>
            <source>Participant kept</source>
            <translation>Participant conservé</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Conservé</translation>
        </message>
        <message>
            <source>Merged into it</source>
            <translation>Fusionné avec lui</translation>
        </message>
        <message>
            <source>Records moved</source>
            <translation>Enregistrements déplacés</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Possible duplicates (looking…)</source>
            <translation>Doublons possibles (recherche…)</translation>
        </message>
        <message numerus="yes">
            <source>Possible duplicates (%n)</source>
            <translation>
                <numerusform>Doublons possibles (%n)</numerusform>
                <numerusform>Doublons possibles (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>People who may have been registered twice: with the same identity document, or on different laptops with similar names and the same birth date. Nothing is merged unless you merge it; a merge can be undone.</source>
            <translation>Personnes qui ont peut-être été inscrites deux fois : avec la même pièce d’identité, ou sur des ordinateurs différents avec des noms proches et la même date de naissance. Rien n’est fusionné sans votre action ; une fusion peut être annulée.</translation>
        </message>
        <message>
            <source>&amp;Merge the duplicate into the participant kept</source>
            <translation>&amp;Fusionner le doublon avec le participant conservé</translation>
        </message>
        <message>
            <source>Merges made</source>
            <translation>Fusions effectuées</translation>
        </message>
        <message>
            <source>&amp;Undo the merge</source>
            <translation>&amp;Annuler la fusion</translation>
        </message>
        <message>
            <source>Merge {duplicate} into {kept}? Every record of the duplicate moves to the participant kept.</source>
            <translation>Fusionner {duplicate} avec {kept} ? Tous les enregistrements du doublon passent au participant conservé.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>This participant was already merged into another one.</source>
            <translation>Ce participant a déjà été fusionné avec un autre.</translation>
        </message>
        <message>
            <source>A participant cannot be merged into themselves.</source>
            <translation>Un participant ne peut pas être fusionné avec lui-même.</translation>
        </message>
        <message>
            <source>This merge no longer exists.</source>
            <translation>Cette fusion n’existe plus.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>Cette fusion a déjà été annulée.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>This is not the recovery key of this data store.</source>
            <translation>Ce n'est pas la clé de secours de ces données.</translation>
        </message>
        <message>
            <source>The key file {file} is missing or damaged: open the data store with its recovery key, then set the passwords again.</source>
            <translation>Le fichier de clés {file} manque ou est endommagé : ouvrez les données avec leur clé de secours, puis redéfinissez les mots de passe.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nom d’utilisateur ou mot de passe erroné.</translation>
        </message>
        <message>
            <source>The account {name} does not open this encrypted data store: check the user name, or ask an administrator to give the account a new password (File &gt; Accounts).</source>
            <translation>Le compte {name} n’ouvre pas ces données chiffrées : vérifiez le nom d’utilisateur, ou demandez à un administrateur de lui donner un nouveau mot de passe (Fichier &gt; Comptes).</translation>
        </message>
        <message>
            <source>The key file {file} is missing or damaged, and the recovery key needs it: copy the key file kept with the backups ({copy}) in its place.</source>
            <translation>Le fichier de clés {file} manque ou est endommagé, et la clé de secours en a besoin : copiez à sa place celui gardé avec les sauvegardes ({copy}).</translation>
        </message>
        <message>
            <source>The database {path} does not open with this key file: it is damaged, or the key file belongs to another data store.</source>
            <translation>La base de données {path} ne s'ouvre pas avec ce fichier de clés : elle est endommagée, ou le fichier de clés appartient à d'autres données.</translation>
        </message>
        <message>
            <source>Too many wrong passwords in a row: try again in {seconds} s.</source>
            <translation>Trop de mots de passe incorrects à la suite : réessayez dans {seconds} s.</translation>
        </message>
        <message>
            <source>This data store is encrypted already.</source>
            <translation>Ces données sont déjà chiffrées.</translation>
        </message>
        <message>
            <source>Unlock the data store first.</source>
            <translation>Déverrouillez d'abord les données.</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Already enrolled</source>
            <translation>Déjà inscrit(e)</translation>
        </message>
        <message>
            <source>Tick to enrol (Space)</source>
            <translation>Cochez pour inscrire (Espace)</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <source>Any other lab</source>
            <translation>Tout autre laboratoire</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) chosen</source>
            <translation>
                <numerusform>%n participant choisi</numerusform>
                <numerusform>%n participants choisis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Enrol %n participant(s)</source>
            <translation>
                <numerusform>&amp;Inscrire %n participant</numerusform>
                <numerusform>&amp;Inscrire %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Inscrire</translation>
        </message>
        <message>
            <source>Enrolled on: type the date of the enrolment.</source>
            <translation>Date d’inscription : saisissez la date de l’inscription.</translation>
        </message>
        <message>
            <source>Enrol participants in {lab}</source>
            <translation>Inscrire des participants à {lab}</translation>
        </message>
        <message>
            <source>Filter by another lab</source>
            <translation>Filtrer par un autre laboratoire</translation>
        </message>
        <message>
            <source>Participants to choose from</source>
            <translation>Participants à choisir</translation>
        </message>
        <message>
            <source>Choose all &amp;listed</source>
            <translation>Choisir &amp;toute la liste</translation>
        </message>
        <message>
            <source>Tick everyone the search and filters list, as far as the list has been scrolled</source>
            <translation>Coche toutes les personnes que listent la recherche et les filtres, jusqu’où la liste a défilé</translation>
        </message>
        <message>
            <source>Clear c&amp;hoice</source>
            <translation>&amp;Vider la sélection</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>CIFE (main site)</source>
            <translation>CIFE (site principal)</translation>
        </message>
        <message>
            <source>Los Arcos</source>
            <translation>Los Arcos</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>Non binaire</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Préfère ne pas répondre</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>Résident local</translation>
        </message>
        <message>
            <source>Migrant</source>
            <translation>Migrant</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Réfugié</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Demandeur d’asile</translation>
        </message>
        <message>
            <source>DNI</source>
            <translation>DNI</translation>
        </message>
        <message>
            <source>NIE</source>
            <translation>NIE</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Autre document</translation>
        </message>
        <message>
            <source>No Spanish yet</source>
            <translation>Pas encore d’espagnol</translation>
        </message>
        <message>
            <source>A1 (beginner)</source>
            <translation>A1 (débutant)</translation>
        </message>
        <message>
            <source>A2 (elementary)</source>
            <translation>A2 (élémentaire)</translation>
        </message>
        <message>
            <source>B1 (intermediate)</source>
            <translation>B1 (intermédiaire)</translation>
        </message>
        <message>
            <source>B2 (upper intermediate)</source>
            <translation>B2 (intermédiaire avancé)</translation>
        </message>
        <message>
            <source>C1 (advanced)</source>
            <translation>C1 (avancé)</translation>
        </message>
        <message>
            <source>C2 (proficient)</source>
            <translation>C2 (maîtrise)</translation>
        </message>
        <message>
            <source>Native speaker</source>
            <translation>Langue maternelle</translation>
        </message>
        <message>
            <source>No formal education</source>
            <translation>Sans scolarité formelle</translation>
        </message>
        <message>
            <source>Primary education</source>
            <translation>Enseignement primaire</translation>
        </message>
        <message>
            <source>Secondary education</source>
            <translation>Enseignement secondaire</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>Formation professionnelle</translation>
        </message>
        <message>
            <source>University degree</source>
            <translation>Diplôme universitaire</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Green production</source>
            <translation>Production verte</translation>
        </message>
        <message>
            <source>Urban creation and recycling</source>
            <translation>Création urbaine et recyclage</translation>
        </message>
        <message>
            <source>Communication and multimedia</source>
            <translation>Communication et multimédia</translation>
        </message>
        <message>
            <source>Installation of devices (IoT)</source>
            <translation>Installation d’objets connectés (IoT)</translation>
        </message>
        <message>
            <source>Digital production (drones)</source>
            <translation>Production numérique (drones)</translation>
        </message>
        <message>
            <source>Elderly care</source>
            <translation>Aide aux personnes âgées</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>Restauration</translation>
        </message>
        <message>
            <source>Gardening</source>
            <translation>Jardinage</translation>
        </message>
        <message>
            <source>Health institution warden</source>
            <translation>Agent de service hospitalier</translation>
        </message>
        <message>
            <source>Light floor installation</source>
            <translation>Pose de revêtements de sol légers</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Abandon</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Absence excusée</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <source>Skills diagnosis</source>
            <translation>Diagnostic des compétences</translation>
        </message>
        <message>
            <source>Soft skills</source>
            <translation>Compétences transversales</translation>
        </message>
        <message>
            <source>Technical training</source>
            <translation>Formation technique</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Recherche d’emploi</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individuelle</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Collective</translation>
        </message>
        <message>
            <source>CV</source>
            <translation>CV</translation>
        </message>
        <message>
            <source>Job interview</source>
            <translation>Entretien d’embauche</translation>
        </message>
        <message>
            <source>Digital skills</source>
            <translation>Compétences numériques</translation>
        </message>
        <message>
            <source>Wellbeing</source>
            <translation>Bien-être</translation>
        </message>
        <message>
            <source>Private (not publishable)</source>
            <translation>Privé (non publiable)</translation>
        </message>
        <message>
            <source>Publishable anonymised</source>
            <translation>Publiable anonymisé</translation>
        </message>
        <message>
            <source>Publishable with name</source>
            <translation>Publiable avec le nom</translation>
        </message>
        <message>
            <source>Processing of personal data</source>
            <translation>Traitement des données personnelles</translation>
        </message>
        <message>
            <source>Recording of the life story</source>
            <translation>Enregistrement du récit de vie</translation>
        </message>
        <message>
            <source>Photographs</source>
            <translation>Photographies</translation>
        </message>
        <message>
            <source>Sharing the CV with partner companies</source>
            <translation>Transmission du CV aux entreprises partenaires</translation>
        </message>
        <message>
            <source>Being contacted for follow-up</source>
            <translation>Être contacté pour le suivi</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>À distance</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programmée</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Called off</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>In person or virtual</source>
            <translation>En présentiel ou à distance</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Effectuée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Their neighbourhood</source>
            <translation>Son quartier</translation>
        </message>
        <message>
            <source>A local association</source>
            <translation>Une association locale</translation>
        </message>
        <message>
            <source>Coexistence Board (Mesa por la Convivencia)</source>
            <translation>Mesa por la Convivencia (table de concertation pour le vivre-ensemble)</translation>
        </message>
        <message>
            <source>Anti-Rumours network</source>
            <translation>Réseau Anti-rumeurs</translation>
        </message>
        <message>
            <source>Wants to join</source>
            <translation>Souhaite y participer</translation>
        </message>
        <message>
            <source>Is thinking about it</source>
            <translation>Y réfléchit</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Ne souhaite pas y participer</translation>
        </message>
        <message>
            <source>Co-designs training</source>
            <translation>Coconçoit des formations</translation>
        </message>
        <message>
            <source>Hosts company visits</source>
            <translation>Accueille des visites d’entreprise</translation>
        </message>
        <message>
            <source>Hosts work placements</source>
            <translation>Accueille des stagiaires</translation>
        </message>
        <message>
            <source>Hires participants</source>
            <translation>Recrute des participants</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrompu</translation>
        </message>
        <message>
            <source>Permanent contract</source>
            <translation>CDI</translation>
        </message>
        <message>
            <source>Temporary contract</source>
            <translation>CDD</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <translation>Travailleur indépendant</translation>
        </message>
        <message>
            <source>Further education or training</source>
            <translation>Études ou formation</translation>
        </message>
        <message>
            <source>Initial survey</source>
            <translation>Questionnaire initial</translation>
        </message>
        <message>
            <source>End survey</source>
            <translation>Questionnaire de fin</translation>
        </message>
        <message>
            <source>Follow-up (6 months)</source>
            <translation>Suivi (6 mois)</translation>
        </message>
        <message>
            <source>Local resident</source>
            <comment>female</comment>
            <translation>Résidente locale</translation>
        </message>
        <message>
            <source>Local resident</source>
            <comment>male</comment>
            <translation>Résident local</translation>
        </message>
        <message>
            <source>Migrant</source>
            <comment>female</comment>
            <translation>Migrante</translation>
        </message>
        <message>
            <source>Migrant</source>
            <comment>male</comment>
            <translation>Migrant</translation>
        </message>
        <message>
            <source>Refugee</source>
            <comment>female</comment>
            <translation>Réfugiée</translation>
        </message>
        <message>
            <source>Refugee</source>
            <comment>male</comment>
            <translation>Réfugié</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <comment>female</comment>
            <translation>Demandeuse d’asile</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <comment>male</comment>
            <translation>Demandeur d’asile</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <comment>female</comment>
            <translation>Inscrite</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <comment>male</comment>
            <translation>Inscrit</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <comment>female</comment>
            <translation>Travailleuse indépendante</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <comment>male</comment>
            <translation>Travailleur indépendant</translation>
        </message>
    </context>
    <context>
        <name>Erasure</name>
        <message>
            <source>Only a coordinator or an administrator can erase a person, on the coordinator's store: ask them. Nothing was erased.</source>
            <translation>Seul un coordinateur ou un administrateur peut effacer une personne, sur la base de données de la coordination : demandez-le-lui. Rien n’a été effacé.</translation>
        </message>
        <message>
            <source>Erase a participant</source>
            <translation>Effacer un participant</translation>
        </message>
        <message>
            <source>Erase {code} for good?

Every record about this person (profile, sessions, goals, life story, meetings, referrals, surveys, job outcomes, consents, unsaved drafts) is removed from this store, and from every laptop with the next reference data. Edits still on a laptop will not bring them back. The backups made before keep them until the rotation deletes them.

This cannot be undone.</source>
            <translation>Effacer {code} définitivement ?

Tous les enregistrements concernant cette personne (profil, séances, objectifs, récit de vie, rencontres, mises en relation, enquêtes, résultats d’emploi, consentements, brouillons non enregistrés) sont supprimés de cette base de données et, avec les prochaines données de référence, de tous les ordinateurs. Les modifications encore sur un ordinateur ne la feront pas revenir. Les sauvegardes faites avant la conservent jusqu’à ce que la rotation les supprime.

C’est irréversible.</translation>
        </message>
        <message numerus="yes">
            <source>{code} was erased: %n record(s) removed.</source>
            <translation>
                <numerusform>{code} a été effacé : %n enregistrement supprimé.</numerusform>
                <numerusform>{code} a été effacé : %n enregistrements supprimés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Your saved data is safe; details were written to the log file.</source>
            <translation>Un problème est survenu. Vos données enregistrées ne sont pas en danger ; les détails ont été écrits dans le fichier journal.</translation>
        </message>
        <message>
            <source>MILMA Desktop</source>
            <translation>MILMA Desktop</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Message d’erreur</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>The bundle is malformed: a {kind} record has an invalid value for {field}.</source>
            <translation>Le paquet est mal formé : un enregistrement de type {kind} a une valeur non valide pour {field}.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an invalid clock or device.</source>
            <translation>Le paquet est mal formé : une modification a une horloge ou un appareil non valide.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change is not an object.</source>
            <translation>Le paquet est mal formé : une modification n’est pas un objet.</translation>
        </message>
        <message>
            <source>The bundle is malformed: unknown kind of record {kind}.</source>
            <translation>Le paquet est mal formé : type d’enregistrement inconnu {kind}.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an invalid record id.</source>
            <translation>Le paquet est mal formé : une modification a un identifiant d’enregistrement non valide.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an unknown operation.</source>
            <translation>Le paquet est mal formé : une modification a une opération inconnue.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has no fields.</source>
            <translation>Le paquet est mal formé : une modification n’a aucun champ.</translation>
        </message>
        <message>
            <source>The bundle is malformed: unknown field {field} for a {kind} record.</source>
            <translation>Le paquet est mal formé : champ inconnu {field} pour un enregistrement de type {kind}.</translation>
        </message>
        <message>
            <source>{count} records wait for changes from a bundle not imported yet.</source>
            <translation>Enregistrements en attente de modifications d’un paquet pas encore importé : {count}.</translation>
        </message>
        <message>
            <source>{count} changes are dated more than a day in the future: they are held in quarantine for review.</source>
            <translation>Modifications datées de plus d’un jour dans le futur : {count}. Elles sont mises en quarantaine pour vérification.</translation>
        </message>
        <message>
            <source>{count} changes are outside what this laptop may do (another site's participants, reference data): they are held in quarantine for review.</source>
            <translation>Modifications hors de ce que cet ordinateur peut faire (participants d’un autre site, données de référence) : {count}. Elles sont mises en quarantaine pour vérification.</translation>
        </message>
        <message>
            <source>This store is the coordinator itself.</source>
            <translation>Cette base de données est la coordination elle-même.</translation>
        </message>
        <message>
            <source>Only a coordinator enrols laptops: run 'milma keys init-coordinator' first.</source>
            <translation>Seule la coordination enregistre les ordinateurs : lancez d’abord « milma keys init-coordinator ».</translation>
        </message>
        <message>
            <source>This is the key of this store itself, not of a laptop.</source>
            <translation>C’est la clé de cette base de données elle-même, pas celle d’un ordinateur.</translation>
        </message>
        <message>
            <source>Warning: this laptop's code tag {tag} is also the tag of {fingerprints}. People registered on both would get the same codes, and the bundle that arrives second would be refused. If this laptop has not registered anyone yet, set it up again in a new data folder to get a new tag; otherwise contact support.</source>
            <translation>Attention : l’étiquette de codes {tag} de cet ordinateur est aussi celle de {fingerprints}. Les personnes enregistrées sur les deux recevraient les mêmes codes, et le paquet arrivé en second serait refusé. Si cet ordinateur n’a encore enregistré personne, configurez-le de nouveau dans un nouveau dossier de données pour obtenir une autre étiquette ; sinon, prévenez l’assistance technique.</translation>
        </message>
        <message>
            <source>Cannot open the identity backup: wrong passphrase or not a backup file.</source>
            <translation>Impossible d’ouvrir la sauvegarde de l’identité : phrase secrète incorrecte ou fichier qui n’est pas une sauvegarde.</translation>
        </message>
        <message>
            <source>This store already has another coordinator identity; it was kept.</source>
            <translation>Cette base de données a déjà une autre identité de coordination ; elle a été conservée.</translation>
        </message>
        <message>
            <source>This laptop does not know its coordinator yet: trust the coordinator's public key first (Keys and laptops on the exchange screen, or 'milma keys trust-coordinator').</source>
            <translation>Cet ordinateur ne connaît pas encore sa coordination : faites d’abord confiance à la clé publique de la coordination (Clés et ordinateurs sur l’écran d’échange, ou « milma keys trust-coordinator »).</translation>
        </message>
        <message>
            <source>No enrolled laptop can receive reference data yet: enrol laptops from their key files, or import a bundle from each first.</source>
            <translation>Aucun ordinateur enregistré ne peut encore recevoir de données de référence : enregistrez les ordinateurs à partir de leurs fichiers de clé, ou importez d’abord un paquet de chacun.</translation>
        </message>
        <message>
            <source>This bundle says it comes from site {declared}, but the laptop is enrolled for site {site}: its changes were checked as those of {site}.</source>
            <translation>Ce paquet dit venir du site {declared}, mais l’ordinateur est enregistré pour le site {site} : ses modifications ont été vérifiées comme celles de {site}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Kind of record</source>
            <translation>Type d’enregistrement</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflit</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimés</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>En quarantaine</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>Données de référence</translation>
        </message>
        <message>
            <source>Laptop changes</source>
            <translation>Modifications d’un ordinateur</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>Échange par USB</translation>
        </message>
        <message>
            <source>&amp;Keys and laptops…</source>
            <translation>&amp;Clés et ordinateurs…</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>&amp;Save to / open from:</source>
            <translation>&amp;Enregistrer dans / ouvrir depuis :</translation>
        </message>
        <message>
            <source>&amp;Look for drives</source>
            <translation>&amp;Rechercher les supports</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>C&amp;hoisir un dossier…</translation>
        </message>
        <message>
            <source>Everything, not only what the coordinator has not acknowledged</source>
            <translation>Tout, pas seulement ce que la coordination n’a pas encore confirmé</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importer un paquet…</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Ce que fera l’import</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Past exports and imports</source>
            <translation>Exports et imports précédents</translation>
        </message>
        <message>
            <source>Laptop {tag}</source>
            <translation>Ordinateur {tag}</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Journal d’audit…</translation>
        </message>
        <message>
            <source>This computer is the coordinator: import the laptops' bundles, then export reference data for them.</source>
            <translation>Cet ordinateur est celui de la coordination : importez les paquets des ordinateurs portables, puis exportez pour eux les données de référence.</translation>
        </message>
        <message>
            <source>&amp;Export reference data</source>
            <translation>E&amp;xporter les données de référence</translation>
        </message>
        <message>
            <source>This laptop exports its changes for the coordinator and imports the reference data the coordinator sends back.</source>
            <translation>Cet ordinateur exporte ses modifications pour la coordination et importe les données de référence que la coordination lui renvoie.</translation>
        </message>
        <message>
            <source>Warning: the coordinator has revoked this laptop's key; its bundles will be refused.</source>
            <translation>Attention : la coordination a révoqué la clé de cet ordinateur ; ses paquets seront refusés.</translation>
        </message>
        <message>
            <source>Before the first export, trust the coordinator under Keys and laptops.</source>
            <translation>Avant le premier export, faites confiance à la coordination dans Clés et ordinateurs.</translation>
        </message>
        <message>
            <source>&amp;Export my changes</source>
            <translation>E&amp;xporter mes modifications</translation>
        </message>
        <message>
            <source>{name} ({free} free) - {path}</source>
            <translation>{name} ({free} libres) - {path}</translation>
        </message>
        <message>
            <source>Folder {path}</source>
            <translation>Dossier {path}</translation>
        </message>
        <message>
            <source>No USB drive found: plug one in, or choose a folder</source>
            <translation>Aucun support USB trouvé : branchez-en un ou choisissez un dossier</translation>
        </message>
        <message>
            <source>Choose the folder for the bundles</source>
            <translation>Choisissez le dossier des paquets</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message numerus="yes">
            <source>Reference data exported (%n record change(s)) to {path}. You can remove the drive.</source>
            <translation>
                <numerusform>Données de référence exportées (%n modification d’enregistrement) dans {path}. Vous pouvez retirer le support.</numerusform>
                <numerusform>Données de référence exportées (%n modifications d’enregistrements) dans {path}. Vous pouvez retirer le support.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n laptop(s) can open it.</source>
            <translation>
                <numerusform>%n ordinateur peut l’ouvrir.</numerusform>
                <numerusform>%n ordinateurs peuvent l’ouvrir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s) to {path}. You can remove the drive.</source>
            <translation>
                <numerusform>%n modification exportée dans {path}. Vous pouvez retirer le support.</numerusform>
                <numerusform>%n modifications exportées dans {path}. Vous pouvez retirer le support.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a bundle</source>
            <translation>Ouvrir un paquet</translation>
        </message>
        <message>
            <source>MILMA bundles (*.age);;All files (*)</source>
            <translation>Paquets MILMA (*.age);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading the bundle…</source>
            <translation>Lecture du paquet…</translation>
        </message>
        <message>
            <source>What the import did</source>
            <translation>Ce qu’a fait l’import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>Reference data from the coordinator: %n record change(s).</source>
            <translation>
                <numerusform>Données de référence de la coordination : %n modification d’enregistrement.</numerusform>
                <numerusform>Données de référence de la coordination : %n modifications d’enregistrements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes of laptop {device}: %n record change(s).</source>
            <translation>
                <numerusform>Modifications de l’ordinateur {device} : %n modification d’enregistrement.</numerusform>
                <numerusform>Modifications de l’ordinateur {device} : %n modifications d’enregistrements.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle was imported before; importing it again changes nothing.</source>
            <translation>Ce paquet a déjà été importé ; l’importer à nouveau ne change rien.</translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Appliqué.</translation>
        </message>
        <message>
            <source>Entries {start} to {end} of this laptop's journal have not arrived yet: a bundle is missing or not imported.</source>
            <translation>Les entrées {start} à {end} du journal de cet ordinateur ne sont pas encore arrivées : un paquet manque ou n’a pas été importé.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting edit(s) will be kept for review.</source>
            <translation>
                <numerusform>%n modification en conflit sera conservée pour vérification.</numerusform>
                <numerusform>%n modifications en conflit seront conservées pour vérification.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message numerus="yes">
            <source>Imported in one go: %n record(s) new, updated or deleted.</source>
            <translation>
                <numerusform>Importé en une seule fois : %n enregistrement nouveau, mis à jour ou supprimé.</numerusform>
                <numerusform>Importé en une seule fois : %n enregistrements nouveaux, mis à jour ou supprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation>{size} Go</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Migrant status</source>
            <translation>Statut migratoire</translation>
        </message>
        <message>
            <source>Arrival in Spain</source>
            <translation>Arrivée en Espagne</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Langues parlées</translation>
        </message>
        <message>
            <source>Spanish level</source>
            <translation>Niveau d’espagnol</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Niveau d’études</translation>
        </message>
        <message>
            <source>Employment history</source>
            <translation>Parcours professionnel</translation>
        </message>
        <message>
            <source>Unemployed since</source>
            <translation>Sans emploi depuis</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>Métier souhaité</translation>
        </message>
        <message>
            <source>Occupation group (ISCO-08)</source>
            <translation>Groupe de professions (CITP-08)</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Language for documents</source>
            <translation>Langue des documents</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Pièce d’identité</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Numéro de document</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien(ne)</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Prochaines étapes convenues</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <source>Employment niche</source>
            <translation>Niche d’emploi</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Heures prévues</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Date d’inscription</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Date de fin de participation</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Heures de présence</translation>
        </message>
        <message>
            <source>Lab enrolment</source>
            <translation>Inscription à un laboratoire</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Durée (minutes)</translation>
        </message>
        <message>
            <source>Individual or group</source>
            <translation>Individuelle ou collective</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Actions convenues</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Prochain rendez-vous</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Récit</translation>
        </message>
        <message>
            <source>Language told in</source>
            <translation>Langue du récit</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Date d’enregistrement</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Enregistré par</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Consent for</source>
            <translation>Consentement pour</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordé</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Portée</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Interest in joining</source>
            <translation>Souhait d’y participer</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <translation>Version du questionnaire</translation>
        </message>
        <message>
            <source>Language answered in</source>
            <translation>Langue de réponse</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Date de retrait</translation>
        </message>
        <message>
            <source>Professional field</source>
            <translation>Domaine professionnel</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilité</translation>
        </message>
        <message>
            <source>Local or migrant</source>
            <translation>Local ou migrant</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Mis en relation par</translation>
        </message>
        <message>
            <source>Newcomers at a time</source>
            <translation>Nouveaux arrivants à la fois</translation>
        </message>
        <message>
            <source>Agreed to be contacted on</source>
            <translation>Accord pour être contacté donné le</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <source>In person or virtual</source>
            <translation>En présentiel ou à distance</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rencontre</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Mis en relation avec</translation>
        </message>
        <message>
            <source>Happened on</source>
            <translation>Date de réalisation</translation>
        </message>
        <message>
            <source>Why it was dropped</source>
            <translation>Raison de l’abandon</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Employer not in the companies list</source>
            <translation>Employeur absent de la liste des entreprises</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Métier</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Date de réponse</translation>
        </message>
        <message>
            <source>Participant kept</source>
            <translation>Participant conservé</translation>
        </message>
        <message>
            <source>Duplicate merged into it</source>
            <translation>Doublon fusionné avec lui</translation>
        </message>
        <message>
            <source>Records moved</source>
            <translation>Enregistrements déplacés</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>field_label</source>
            <translation>field_label</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Set up this laptop</source>
            <translation>Configurer cet ordinateur portable</translation>
        </message>
        <message>
            <source>This laptop's data has no accounts yet. Create the administrator's account: from now on everyone logs in with their own.</source>
            <translation>Les données de cet ordinateur n’ont pas encore de comptes. Créez le compte de l’administrateur : désormais chacun se connecte avec le sien.</translation>
        </message>
        <message>
            <source>This laptop is not set up yet. Choose the site where it is used, a name for the laptop and the technician who uses it, then create the administrator's account.</source>
            <translation>Cet ordinateur n’est pas encore configuré. Choisissez le site où il est utilisé, un nom pour l’ordinateur et le technicien qui l’utilise, puis créez le compte de l’administrateur.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Administrator's account</source>
            <translation>Compte de l’administrateur</translation>
        </message>
        <message>
            <source>The account stands for this laptop's technician, {name}.</source>
            <translation>Le compte représente le technicien de cet ordinateur, {name}.</translation>
        </message>
        <message>
            <source>The account stands for the technician above.</source>
            <translation>Le compte représente le technicien ci-dessus.</translation>
        </message>
        <message>
            <source>The administrator manages the accounts of the other technicians, the exchange keys and the settings.</source>
            <translation>L’administrateur gère les comptes des autres techniciens, les clés de l’échange et les paramètres.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters; keep it safe: nobody can read it back.</source>
            <translation>Le mot de passe doit avoir au moins {n} caractères ; gardez-le bien : personne ne peut le relire.</translation>
        </message>
        <message>
            <source>One word, for example rosa</source>
            <translation>Un seul mot, par exemple rosa</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Langue de l’interface :</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site :</translation>
        </message>
        <message>
            <source>Laptop &amp;name:</source>
            <translation>&amp;Nom de l’ordinateur :</translation>
        </message>
        <message>
            <source>&amp;Technician:</source>
            <translation>&amp;Technicien :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d’&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>&amp;Répéter le mot de passe :</translation>
        </message>
        <message>
            <source>Required: the technician is recorded with every participant registered and every session on this laptop. The other technicians get accounts of their own later, in File &gt; Accounts.</source>
            <translation>Obligatoire : le technicien est enregistré avec chaque participant inscrit et chaque séance sur cet ordinateur. Les autres techniciens auront leur propre compte plus tard, dans Fichier &gt; Comptes.</translation>
        </message>
        <message>
            <source>Shown to the coordinator with the data this laptop exports.</source>
            <translation>Montré à la coordination avec les données exportées par cet ordinateur.</translation>
        </message>
        <message>
            <source>St&amp;art</source>
            <translation>&amp;Commencer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Quit closes the application without setting anything up; this window opens again at the next start.</source>
            <translation>Quitter ferme l’application sans rien configurer ; cette fenêtre s’ouvrira de nouveau au prochain démarrage.</translation>
        </message>
        <message>
            <source>Write the technician's full name: it is recorded with everything done on this laptop.</source>
            <translation>Écrivez le nom complet du technicien : il est enregistré avec tout ce qui est fait sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
    </context>
    <context>
        <name>Follow-ups</name>
        <message>
            <source>from {opens} to {due}</source>
            <translation>du {opens} au {due}</translation>
        </message>
        <message>
            <source>Not to be contacted (no consent to follow-up contact)</source>
            <translation>À ne pas contacter (pas de consentement au suivi)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>To answer</source>
            <translation>À remplir</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Prochain rendez-vous</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>À faire maintenant</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not to be contacted</source>
            <translation>
                <numerusform>%n à ne pas contacter</numerusform>
                <numerusform>%n à ne pas contacter</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody needs a survey now.</source>
            <translation>Personne n'a de questionnaire à remplir pour l'instant.</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Suivis à faire</translation>
        </message>
        <message>
            <source>For everyone who completed a lab or is still enrolled in one that has ended: the end survey, from the lab's end to one month after it; the follow-up survey, from 5 months after the lab's end, due no later than 6 months after it.</source>
            <translation>Pour chaque personne ayant terminé un laboratoire ou encore inscrite à un laboratoire achevé : le questionnaire de fin, de la fin du laboratoire à un mois après ; le questionnaire de suivi, à partir de 5 mois après la fin du laboratoire et au plus tard 6 mois après.</translation>
        </message>
        <message>
            <source>Also those coming up &amp;within (days):</source>
            <translation>Inclure aussi ceux à venir &amp;dans (jours) :</translation>
        </message>
        <message>
            <source>&amp;Answer the survey</source>
            <translation>&amp;Remplir le questionnaire</translation>
        </message>
        <message>
            <source>Surveys to answer</source>
            <translation>Questionnaires à remplir</translation>
        </message>
        <message numerus="yes">
            <source>%n survey(s) to answer</source>
            <translation>
                <numerusform>%n questionnaire à remplir</numerusform>
                <numerusform>%n questionnaires à remplir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryImport</name>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>To add</source>
            <translation>À ajouter</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoutés</translation>
        </message>
        <message>
            <source>“{value}” is not a gender: write woman or man.</source>
            <translation>« {value} » n'est pas un genre : écrivez femme ou homme.</translation>
        </message>
        <message>
            <source>“{value}” is not a migrant status: write local, migrant, refugee or asylum seeker.</source>
            <translation>« {value} » n'est pas un statut migratoire : écrivez local, migrant, réfugié ou demandeur d'asile.</translation>
        </message>
        <message>
            <source>“{value}” is not an enrolment status: write enrolled, completed or dropped out.</source>
            <translation>« {value} » n'est pas un statut d'inscription : écrivez inscrit, terminé ou abandon.</translation>
        </message>
        <message>
            <source>“{value}” is not a site: write CIFE or Los Arcos.</source>
            <translation>« {value} » n'est pas un site : écrivez CIFE ou Los Arcos.</translation>
        </message>
        <message>
            <source>“{value}” is not an answer: write yes or no.</source>
            <translation>« {value} » n'est pas une réponse : écrivez oui ou non.</translation>
        </message>
        <message>
            <source>“{value}” is not a country: write its ISO code or its name, for example MA or Morocco.</source>
            <translation>« {value} » n'est pas un pays : écrivez son code ISO ou son nom, par exemple MA ou Maroc.</translation>
        </message>
        <message>
            <source>“{value}” is not an employment niche: write one as the Labs screen names it, for example Catering.</source>
            <translation>« {value} » n'est pas une niche d'emploi : écrivez-la comme l'écran Laboratoires la nomme, par exemple Restauration.</translation>
        </message>
        <message>
            <source>The column {column} is missing.</source>
            <translation>La colonne {column} manque.</translation>
        </message>
        <message>
            <source>Empty: every row needs a value here.</source>
            <translation>Vide : chaque ligne a besoin d'une valeur ici.</translation>
        </message>
        <message>
            <source>“{value}” is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, for example 2022-02-09.</source>
            <translation>« {value} » n'est pas une date : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 2022-02-09 ou 09/02/2022.</translation>
        </message>
        <message>
            <source>An employer needs the start date of the employment in its column.</source>
            <translation>Un employeur a besoin de la date de début de l'emploi dans sa colonne.</translation>
        </message>
        <message>
            <source>The sheet has no headings in row 1.</source>
            <translation>La feuille n'a pas d'en-têtes à la ligne 1.</translation>
        </message>
        <message>
            <source>The same lab, starting on the same day, is on row {other} with another end date or site.</source>
            <translation>Le même laboratoire, commençant le même jour, est à la ligne {other} avec une autre date de fin ou un autre site.</translation>
        </message>
        <message numerus="yes">
            <source>Checked: %n row(s), nothing was written.</source>
            <translation>
                <numerusform>Vérifiée : %n ligne, rien n'a été écrit.</numerusform>
                <numerusform>Vérifiées : %n lignes, rien n'a été écrit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n row(s).</source>
            <translation>
                <numerusform>Importée : %n ligne.</numerusform>
                <numerusform>Importées : %n lignes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryImportDialog</name>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>Dans les données</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>Already recorded</source>
            <translation>Déjà enregistrée</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Import the programme's history</source>
            <translation>Importer l'historique du programme</translation>
        </message>
        <message>
            <source>A CSV or Excel sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created, what the sheet does not give (its niche, its planned hours) left empty for a technician to complete on the Labs screen. The same person is one participant: the same document number or, without one, the same names and birth date. What is recorded already is left as it is, so importing a sheet twice adds nothing.</source>
            <translation>Une feuille CSV ou Excel, une ligne par inscription à un laboratoire, en-têtes à la ligne 1 en français, anglais ou espagnol : Prénom, Nom, Date de naissance, Genre, Nationalité, Statut migratoire, Sans emploi depuis, Numéro de document, Laboratoire, Site, Début du laboratoire, Fin du laboratoire, Statut de l'inscription, Début de l'emploi, Employeur, Amélioration des opportunités (et Niche, Heures prévues et Profession quand on les connaît). Un laboratoire pas encore enregistré est créé, et ce que la feuille ne dit pas (sa niche, ses heures prévues) reste vide pour qu'un technicien le complète sur l'écran Laboratoires. La même personne est un seul participant : le même numéro de document ou, sans numéro, les mêmes prénom, nom et date de naissance. Ce qui est déjà enregistré reste tel quel : importer deux fois une feuille n'ajoute rien.</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>Fichier : {name}</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Aucun fichier choisi.</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choisir un fichier…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Nothing can be imported: correct the rows listed in the sheet and choose it again.</source>
            <translation>Rien ne peut être importé : corrigez dans la feuille les lignes indiquées et choisissez-la de nouveau.</translation>
        </message>
        <message>
            <source>Importing adds: {records}.</source>
            <translation>L'import ajoute : {records}.</translation>
        </message>
        <message>
            <source>Everything in it is recorded already: importing adds nothing.</source>
            <translation>Tout ce qu'elle contient est déjà enregistré : l'importer n'ajoute rien.</translation>
        </message>
        <message>
            <source>Added: {records}.</source>
            <translation>Ajouté : {records}.</translation>
        </message>
        <message>
            <source>Nothing new was added.</source>
            <translation>Rien de nouveau n'a été ajouté.</translation>
        </message>
        <message>
            <source>The sheet of the programme's history</source>
            <translation>La feuille de l'historique du programme</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Checking the sheet…</source>
            <translation>Vérification de la feuille…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked.</source>
            <translation>
                <numerusform>%n ligne vérifiée.</numerusform>
                <numerusform>%n lignes vérifiées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n row(s).</source>
            <translation>
                <numerusform>Importée : %n ligne.</numerusform>
                <numerusform>Importées : %n lignes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inclusion</name>
        <message>
            <source>Introductions to areas that help inclusion</source>
            <translation>Présentations aux espaces qui favorisent l’inclusion</translation>
        </message>
        <message>
            <source>&amp;Record an introduction…</source>
            <translation>&amp;Enregistrer une présentation…</translation>
        </message>
        <message>
            <source>Introductions to the areas that help a newcomer's inclusion: their neighbourhood, a local association (from the coordinator's list, on the Associations screen), the Coexistence Board (Mesa por la Convivencia) and the Anti-Rumours network, with the date and whether they would like to join.</source>
            <translation>Présentations aux espaces qui favorisent l’inclusion du nouvel arrivant : son quartier, une association locale (de la liste de la coordination, sur l’écran Associations), la Mesa por la Convivencia (table de concertation pour le vivre-ensemble) et le réseau Anti-rumeurs, avec la date et son souhait d’y participer.</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>The cohort: every participant with at least one lab enrolment in a lab that starts within the period.</source>
            <translation>La cohorte : chaque participant ayant au moins une inscription à un laboratoire qui commence dans la période.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Has such an enrolment with status completed.</source>
            <translation>A une de ces inscriptions avec le statut terminé.</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>En emploi</translation>
        </message>
        <message>
            <source>Has an employment outcome starting on or after the start of one of their labs.</source>
            <translation>A une sortie en emploi qui commence le jour du début d’un de ses laboratoires ou après.</translation>
        </message>
        <message>
            <source>Employed within 3 months</source>
            <translation>Emploi sous 3 mois</translation>
        </message>
        <message>
            <source>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 3 calendar months after that lab's end, both days included (a job found during the lab counts).</source>
            <translation>A une inscription terminée à un de ses laboratoires et un emploi qui commence entre le début de ce laboratoire et 3 mois calendaires après sa fin, les deux jours compris (un emploi trouvé pendant le laboratoire compte).</translation>
        </message>
        <message>
            <source>Employed within 6 months</source>
            <translation>Emploi sous 6 mois</translation>
        </message>
        <message>
            <source>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 6 calendar months after that lab's end, both days included (a job found during the lab counts).</source>
            <translation>A une inscription terminée à un de ses laboratoires et un emploi qui commence entre le début de ce laboratoire et 6 mois calendaires après sa fin, les deux jours compris (un emploi trouvé pendant le laboratoire compte).</translation>
        </message>
        <message>
            <source>Improved job opportunities</source>
            <translation>Meilleures chances d’emploi</translation>
        </message>
        <message>
            <source>Answered yes to "the programme improved my job opportunities" in an end or follow-up survey.</source>
            <translation>A répondu oui à « le programme a amélioré mes chances de trouver un emploi » dans un questionnaire de fin ou de suivi.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Everyone in the cohort.</source>
            <translation>Toutes les personnes de la cohorte.</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Participants whose gender is woman.</source>
            <translation>Participants dont le genre est femme.</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>Participants whose gender is man.</source>
            <translation>Participants dont le genre est homme.</translation>
        </message>
        <message>
            <source>Locals</source>
            <translation>Résidents locaux</translation>
        </message>
        <message>
            <source>Local residents.</source>
            <translation>Résidents locaux.</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrants</translation>
        </message>
        <message>
            <source>Migrant, refugee or asylum seeker.</source>
            <translation>Migrant, réfugié ou demandeur d’asile.</translation>
        </message>
        <message>
            <source>Long-term unemployed</source>
            <translation>Chômeurs de longue durée</translation>
        </message>
        <message>
            <source>Unemployed since a date at least 12 calendar months before the start of their earliest lab in the period; an unknown date is not long-term.</source>
            <translation>Au chômage depuis une date au moins 12 mois calendaires avant le début de son premier laboratoire de la période ; une date inconnue ne compte pas comme longue durée.</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratoires</translation>
        </message>
        <message>
            <source>Labs starting within the period.</source>
            <translation>Laboratoires qui commencent dans la période.</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Entreprises</translation>
        </message>
        <message>
            <source>Distinct companies that are partners of those labs, host a placement of a cohort member, or employ a cohort member with an employment that counts as employed above.</source>
            <translation>Entreprises distinctes qui sont partenaires de ces laboratoires, accueillent en stage une personne de la cohorte ou l’emploient avec un emploi qui compte comme « en emploi ».</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>From and to (both days included) select labs by their start date; no period means all time.</source>
            <translation>Du et au (les deux jours compris) choisissent les laboratoires par leur date de début ; sans période, tout est compté.</translation>
        </message>
        <message>
            <source>"Their labs" means the labs of those enrolments only.</source>
            <translation>« Ses laboratoires » désigne seulement les laboratoires de ces inscriptions.</translation>
        </message>
        <message>
            <source>Calendar months: the same day number that many months later, or that month's last day when it is shorter (31 May + 3 months = 31 August; 30 November + 3 months = 28 or 29 February).</source>
            <translation>Mois calendaires : le même quantième autant de mois plus tard, ou le dernier jour de ce mois s’il est plus court (31 mai + 3 mois = 31 août ; 30 novembre + 3 mois = 28 ou 29 février).</translation>
        </message>
        <message>
            <source>Rates are shown beside counts: an indicator's count in a group divided by the group's participants (employed within 3 months of migrants / migrants, and so on).</source>
            <translation>Les taux sont montrés à côté des effectifs : l’effectif d’un indicateur dans un groupe divisé par les participants du groupe (emploi sous 3 mois des migrants / migrants, etc.).</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose a start date on or before the end date.</source>
            <translation>La période commence après sa fin : choisissez une date de début égale ou antérieure à la date de fin.</translation>
        </message>
        <message>
            <source>Programme indicators</source>
            <translation>Indicateurs du programme</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>{group} (rate)</source>
            <translation>{group} (taux)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Effectif</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Terme</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Labs and companies</source>
            <translation>Laboratoires et entreprises</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Définitions</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Porte sur</translation>
        </message>
        <message>
            <source>Indicators printed on {date}</source>
            <translation>Indicateurs imprimés le {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <source>Labs starting from {start} to {end}</source>
            <translation>Laboratoires commençant du {start} au {end}</translation>
        </message>
        <message>
            <source>Labs starting from {start}</source>
            <translation>Laboratoires commençant à partir du {start}</translation>
        </message>
        <message>
            <source>Labs starting until {end}</source>
            <translation>Laboratoires commençant jusqu’au {end}</translation>
        </message>
        <message>
            <source>Lab: {names}</source>
            <translation>Laboratoire : {names}</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Site : {site}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Women and men</source>
            <translation>Femmes et hommes</translation>
        </message>
        <message>
            <source>Locals and migrants</source>
            <translation>Résidents locaux et migrants</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>En emploi</translation>
        </message>
        <message>
            <source>Job in 3 months</source>
            <translation>Emploi sous 3 mois</translation>
        </message>
        <message>
            <source>Job in 6 months</source>
            <translation>Emploi sous 6 mois</translation>
        </message>
        <message>
            <source>Better chances</source>
            <translation>Meilleures chances</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>Tous les laboratoires</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Labs: {labs} · Companies: {companies}</source>
            <translation>Laboratoires : {labs} · Entreprises : {companies}</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx)</source>
            <translation>Classeurs (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the indicators</source>
            <translation>Exporter les indicateurs</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>L’année dernière</translation>
        </message>
        <message>
            <source>The chosen lab's dates</source>
            <translation>Les dates du laboratoire choisi</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <source>Dates as typed</source>
            <translation>Dates saisies</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Exporter en &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Indicators by group</source>
            <translation>Indicateurs par groupe</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Définitions</translation>
        </message>
    </context>
    <context>
        <name>Itinerary</name>
        <message>
            <source>Nobody is enrolled in the lab {name}.</source>
            <translation>Personne n’est inscrit au laboratoire {name}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>MILMA programme – labour integration in Fuenlabrada</source>
            <translation>Programme MILMA – insertion professionnelle à Fuenlabrada</translation>
        </message>
        <message>
            <source>Training and job-search itinerary</source>
            <translation>Parcours de formation et de recherche d’emploi</translation>
        </message>
        <message>
            <source>This is your personal pathway in the programme: your training, your goals and your next steps. Please bring it to your appointments.</source>
            <translation>Voici votre parcours personnel dans le programme : votre formation, vos objectifs et vos prochaines étapes. Merci de l’apporter à vos rendez-vous.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Code participant</translation>
        </message>
        <message>
            <source>Training centre</source>
            <translation>Centre de formation</translation>
        </message>
        <message>
            <source>Your contact technician</source>
            <translation>Votre technicien(ne) référent(e)</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>Téléphone : {phone}</translation>
        </message>
        <message>
            <source>Email: {email}</source>
            <translation>Courriel : {email}</translation>
        </message>
        <message>
            <source>Training labs</source>
            <translation>Laboratoires de formation</translation>
        </message>
        <message>
            <source>Development plan</source>
            <translation>Plan de développement</translation>
        </message>
        <message>
            <source>Coaching sessions held</source>
            <translation>Séances d’accompagnement réalisées</translation>
        </message>
        <message>
            <source>Next appointments</source>
            <translation>Prochains rendez-vous</translation>
        </message>
        <message>
            <source>Work placements</source>
            <translation>Stages en entreprise</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Emplois</translation>
        </message>
        <message>
            <source>Connectors met</source>
            <translation>Connecteurs rencontrés</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Votre réseau</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Prochaines étapes convenues</translation>
        </message>
        <message>
            <source>Lab and employment niche</source>
            <translation>Laboratoire et niche d’emploi</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Heures de présence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Actions convenues</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Métier</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <source>Professional field</source>
            <translation>Domaine professionnel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rencontre</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>depuis le {start}</translation>
        </message>
        <message>
            <source>{attended} of {planned} hours</source>
            <translation>{attended} heures sur {planned}</translation>
        </message>
        <message>
            <source>{attended} hours</source>
            <translation>{attended} heures</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{date} (planned)</source>
            <translation>{date} (prévue)</translation>
        </message>
        <message>
            <source>Met {connector} on {date}.</source>
            <translation>Rencontre avec {connector} le {date}.</translation>
        </message>
        <message>
            <source>Met {connector} on {date}; through {name}, introduced to {introductions}.</source>
            <translation>Rencontre avec {connector} le {date} ; par {name}, mise en relation avec {introductions}.</translation>
        </message>
        <message>
            <source>{name} ({field})</source>
            <translation>{name} ({field})</translation>
        </message>
        <message>
            <source>{connector} (introduction happened on {date})</source>
            <translation>{connector} (mise en relation faite le {date})</translation>
        </message>
        <message>
            <source>{connector} (introduction happened)</source>
            <translation>{connector} (mise en relation faite)</translation>
        </message>
        <message>
            <source>{connector} (introduction pending)</source>
            <translation>{connector} (mise en relation à venir)</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Rien n’a encore été enregistré.</translation>
        </message>
        <message>
            <source>No appointment planned yet: your technician will contact you.</source>
            <translation>Aucun rendez-vous n’est encore prévu : votre technicien(ne) vous contactera.</translation>
        </message>
        <message>
            <source>To be agreed with your technician at the next appointment.</source>
            <translation>À convenir avec votre technicien(ne) lors du prochain rendez-vous.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>MILMA itinerary · {code} · printed on {date}</source>
            <translation>Parcours MILMA · {code} · imprimé le {date}</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Préparé pour</translation>
        </message>
        <message>
            <source>{company}, a partner company, with the participant's consent to sharing their CV</source>
            <translation>{company}, entreprise partenaire, avec le consentement de la personne au partage de son CV</translation>
        </message>
        <message>
            <source>No partner company is called {name}.</source>
            <translation>Aucune entreprise partenaire ne s’appelle {name}.</translation>
        </message>
        <message>
            <source>Several companies are called {name}; rename one of them first.</source>
            <translation>Plusieurs entreprises s’appellent {name} ; renommez d’abord l’une d’elles.</translation>
        </message>
        <message>
            <source>No lab is called {name}.</source>
            <translation>Aucun laboratoire ne s’appelle {name}.</translation>
        </message>
        <message>
            <source>Several labs are called {name}; rename one of them first.</source>
            <translation>Plusieurs laboratoires s’appellent {name} ; renommez d’abord l’un d’eux.</translation>
        </message>
        <message>
            <source>Introductions to the areas that help inclusion</source>
            <translation>Présentations aux espaces qui favorisent l’inclusion</translation>
        </message>
        <message>
            <source>Introduced to</source>
            <translation>Présentation à</translation>
        </message>
        <message>
            <source>Would like to join</source>
            <translation>Souhait d’y participer</translation>
        </message>
        <message>
            <source>{association}, a local association</source>
            <translation>{association}, une association locale</translation>
        </message>
    </context>
    <context>
        <name>ItineraryPreview</name>
        <message>
            <source>Itinerary of {code}</source>
            <translation>Parcours de {code}</translation>
        </message>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Langue du document :</translation>
        </message>
        <message>
            <source>Prepared &amp;for:</source>
            <translation>Préparé &amp;pour :</translation>
        </message>
        <message>
            <source>The participant</source>
            <translation>La personne participante</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the itinerary as PDF</source>
            <translation>Enregistrer le parcours en PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>This is not a laptop signing key: it should look like ed25519:... as 'milma keys show' prints it.</source>
            <translation>Ce n’est pas une clé de signature d’ordinateur : elle doit avoir la forme ed25519:..., comme l’affiche « milma keys show ».</translation>
        </message>
        <message>
            <source>No key given: paste the coordinator's public key, which starts with age1.</source>
            <translation>Aucune clé donnée : collez la clé publique de la coordination, qui commence par age1.</translation>
        </message>
        <message>
            <source>This is a secret identity (AGE-SECRET-KEY-…), not a public key: keep it private, and paste the public key, which starts with age1.</source>
            <translation>Ceci est une identité secrète (AGE-SECRET-KEY-…), pas une clé publique : gardez-la pour vous et collez la clé publique, qui commence par age1.</translation>
        </message>
        <message>
            <source>This is not an age public key: it should start with age1.</source>
            <translation>Ce n’est pas une clé publique age : elle doit commencer par age1.</translation>
        </message>
        <message>
            <source>The key is cut by spaces or line breaks: paste it as one line.</source>
            <translation>La clé est coupée par des espaces ou des retours à la ligne : collez-la sur une seule ligne.</translation>
        </message>
        <message>
            <source>The key mixes capital and small letters: copy it again exactly as it was given.</source>
            <translation>La clé mélange majuscules et minuscules : copiez-la de nouveau telle qu’on vous l’a donnée.</translation>
        </message>
        <message>
            <source>The key holds characters an age key never has ({characters}): copy it again exactly as it was given.</source>
            <translation>La clé contient des caractères qu’une clé age n’a jamais ({characters}) : copiez-la de nouveau telle qu’on vous l’a donnée.</translation>
        </message>
        <message>
            <source>The key has {count} characters where an age public key has {expected}: part of it is missing, or something was added.</source>
            <translation>La clé a {count} caractères alors qu’une clé publique age en a {expected} : il en manque une partie, ou quelque chose a été ajouté.</translation>
        </message>
        <message>
            <source>The key does not check out: a character was mistyped or changed. Copy it again exactly as it was given.</source>
            <translation>La clé n’est pas valide : un caractère a été mal tapé ou modifié. Copiez-la de nouveau telle qu’on vous l’a donnée.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>La phrase secrète doit comporter au moins 8 caractères.</translation>
        </message>
        <message>
            <source>The file does not hold an age identity.</source>
            <translation>Le fichier ne contient pas d’identité age.</translation>
        </message>
        <message>
            <source>This store already has a coordinator identity; back it up with 'milma keys backup-identity'.</source>
            <translation>Cette base de données a déjà une identité de coordination ; sauvegardez-la avec « milma keys backup-identity ».</translation>
        </message>
        <message>
            <source>This store is not a coordinator: run 'milma keys init-coordinator' first.</source>
            <translation>Cette base de données n’est pas celle de la coordination : lancez d’abord « milma keys init-coordinator ».</translation>
        </message>
        <message>
            <source>The coordinator passphrase is needed.</source>
            <translation>La phrase secrète de la coordination est nécessaire.</translation>
        </message>
        <message>
            <source>Wrong passphrase for the coordinator identity.</source>
            <translation>Phrase secrète incorrecte pour l’identité de coordination.</translation>
        </message>
        <message>
            <source>This key file is not the coordinator's.</source>
            <translation>Ce fichier de clé n’est pas celui de la coordination.</translation>
        </message>
        <message>
            <source>The key file is not the output of 'milma keys show --format json'.</source>
            <translation>Le fichier de clé n’est pas la sortie de « milma keys show --format json ».</translation>
        </message>
        <message>
            <source>Cannot read the key file {path}.</source>
            <translation>Impossible de lire le fichier de clé {path}.</translation>
        </message>
        <message>
            <source>The key {fingerprint} was revoked; the laptop must make a new key.</source>
            <translation>La clé {fingerprint} a été révoquée ; l’ordinateur doit créer une nouvelle clé.</translation>
        </message>
        <message>
            <source>No enrolled laptop matches {device}.</source>
            <translation>Aucun ordinateur enregistré ne correspond à {device}.</translation>
        </message>
        <message>
            <source>Several enrolled laptops match {device}: give more of the id.</source>
            <translation>Plusieurs ordinateurs enregistrés correspondent à {device} : indiquez davantage de caractères de l’identifiant.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Revoked on {date}</source>
            <translation>Révoqué le {date}</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Not known until its next bundle</source>
            <translation>Inconnu jusqu’à son prochain paquet</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Keys and laptops</source>
            <translation>Clés et ordinateurs</translation>
        </message>
        <message>
            <source>Device id:</source>
            <translation>Identifiant de l’appareil :</translation>
        </message>
        <message>
            <source>Signing key:</source>
            <translation>Clé de signature :</translation>
        </message>
        <message>
            <source>Public key for encryption:</source>
            <translation>Clé publique de chiffrement :</translation>
        </message>
        <message>
            <source>Trusted coordinator:</source>
            <translation>Coordination de confiance :</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>Son empreinte :</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>Show the keys themselves, as the command line and the key files give them</source>
            <translation>Afficher les clés elles-mêmes, telles que les donnent la ligne de commande et les fichiers de clés</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Clés</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Save my key file for the coordinator…</source>
            <translation>&amp;Enregistrer mon fichier de clé pour la coordination…</translation>
        </message>
        <message>
            <source>Make this computer the &amp;coordinator…</source>
            <translation>Faire de cet ordinateur celui de la &amp;coordination…</translation>
        </message>
        <message>
            <source>Laptops enrolled by this coordinator</source>
            <translation>Ordinateurs enregistrés par cette coordination</translation>
        </message>
        <message>
            <source>&amp;Enrol a laptop…</source>
            <translation>Enregistrer un &amp;ordinateur…</translation>
        </message>
        <message>
            <source>&amp;Revoke the laptop</source>
            <translation>&amp;Révoquer l’ordinateur</translation>
        </message>
        <message>
            <source>&amp;Back up the coordinator identity…</source>
            <translation>&amp;Sauvegarder l’identité de coordination…</translation>
        </message>
        <message>
            <source>Restore the &amp;identity…</source>
            <translation>Restaurer l’&amp;identité…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>This computer is the coordinator. Laptops encrypt their bundles to its public key. Enrol each laptop from its key file, checking that the fingerprint you are asked about is the one the laptop shows.</source>
            <translation>Cet ordinateur est celui de la coordination. Les ordinateurs portables chiffrent leurs paquets avec sa clé publique. Enregistrez chaque ordinateur à partir de son fichier de clé, en vérifiant que l’empreinte demandée est bien celle qu’il affiche.</translation>
        </message>
        <message>
            <source>The coordinator has revoked this laptop's key: its bundles are refused. Ask the coordinator.</source>
            <translation>La coordination a révoqué la clé de cet ordinateur : ses paquets sont refusés. Adressez-vous à la coordination.</translation>
        </message>
        <message>
            <source>This laptop signs its bundles with its own key. Give the coordinator your key file, and check together that the fingerprint is the same on both screens.</source>
            <translation>Cet ordinateur signe ses paquets avec sa propre clé. Remettez votre fichier de clé à la coordination et vérifiez ensemble que l’empreinte est la même sur les deux écrans.</translation>
        </message>
        <message>
            <source>This computer, the coordinator: {name}</source>
            <translation>Cet ordinateur, la coordination : {name}</translation>
        </message>
        <message>
            <source>Fingerprint for the laptops:</source>
            <translation>Empreinte pour les ordinateurs portables :</translation>
        </message>
        <message>
            <source>Each laptop shows it as its coordinator's fingerprint: read it aloud together to check that they trust this computer.</source>
            <translation>Chaque ordinateur portable l’affiche comme l’empreinte de sa coordination : lisez-la ensemble à voix haute pour vérifier qu’il fait confiance à cet ordinateur.</translation>
        </message>
        <message>
            <source>This laptop: {name}</source>
            <translation>Cet ordinateur portable : {name}</translation>
        </message>
        <message>
            <source>Fingerprint of this laptop:</source>
            <translation>Empreinte de cet ordinateur portable :</translation>
        </message>
        <message>
            <source>The coordinator is asked about it when enrolling this laptop: read it aloud together.</source>
            <translation>La coordination la voit en enregistrant cet ordinateur portable : lisez-la ensemble à voix haute.</translation>
        </message>
        <message>
            <source>Coordinator: none trusted yet. Trust it from the key file it gives you.</source>
            <translation>Coordination : aucune n’est encore reconnue. Faites-lui confiance à partir du fichier de clés qu’elle vous donne.</translation>
        </message>
        <message>
            <source>Coordinator: {name}, verified on {date}</source>
            <translation>Coordination : {name}, vérifiée le {date}</translation>
        </message>
        <message>
            <source>Coordinator: its key was typed in (so its name is not known), verified on {date}</source>
            <translation>Coordination : sa clé a été saisie à la main (son nom n’est donc pas connu), vérifiée le {date}</translation>
        </message>
        <message>
            <source>The coordinator's key file</source>
            <translation>Le fichier de clé de la coordination</translation>
        </message>
        <message>
            <source>Trust a coordinator</source>
            <translation>Faire confiance à une coordination</translation>
        </message>
        <message>
            <source>The coordinator's public key (age1…):</source>
            <translation>Clé publique de la coordination (age1…) :</translation>
        </message>
        <message>
            <source>This laptop now trusts the coordinator.</source>
            <translation>Cet ordinateur fait désormais confiance à la coordination.</translation>
        </message>
        <message>
            <source>Save the key file</source>
            <translation>Enregistrer le fichier de clé</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Fichiers de clé (*.json)</translation>
        </message>
        <message>
            <source>Could not write the key file {path}.</source>
            <translation>Impossible d’écrire le fichier de clé {path}.</translation>
        </message>
        <message>
            <source>Key file saved to {path}.</source>
            <translation>Fichier de clé enregistré dans {path}.</translation>
        </message>
        <message>
            <source>Make this computer the coordinator? It will import the laptops' bundles. This cannot be undone.</source>
            <translation>Faire de cet ordinateur celui de la coordination ? Il importera les paquets des ordinateurs portables. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Creating the coordinator identity…</source>
            <translation>Création de l’identité de coordination…</translation>
        </message>
        <message>
            <source>This computer is now the coordinator. Back up its identity now.</source>
            <translation>Cet ordinateur est désormais celui de la coordination. Sauvegardez son identité dès maintenant.</translation>
        </message>
        <message>
            <source>The laptop's key file</source>
            <translation>Le fichier de clé de l’ordinateur</translation>
        </message>
        <message>
            <source>Key files (*.json);;All files (*)</source>
            <translation>Fichiers de clé (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>Not known until its first bundle</source>
            <translation>Connu à son premier paquet</translation>
        </message>
        <message>
            <source>&amp;Trust the coordinator from its key file…</source>
            <translation>&amp;Faire confiance à la coordination à partir de son fichier de clé…</translation>
        </message>
        <message>
            <source>T&amp;ype the coordinator's key…</source>
            <translation>&amp;Saisir la clé de la coordination…</translation>
        </message>
        <message>
            <source>&amp;Save the public key file for the laptops…</source>
            <translation>&amp;Enregistrer le fichier de clé publique pour les ordinateurs…</translation>
        </message>
        <message>
            <source>Does the laptop show this fingerprint?

{fingerprint}

Enrol it only if both are the same.</source>
            <translation>L’ordinateur affiche-t-il cette empreinte ?

{fingerprint}

Ne l’enregistrez que si les deux sont identiques.</translation>
        </message>
        <message>
            <source>Laptop enrolled: {fingerprint}.</source>
            <translation>Ordinateur enregistré : {fingerprint}.</translation>
        </message>
        <message>
            <source>Revoke the laptop {fingerprint}? Its bundles will be refused and it will no longer receive reference data.</source>
            <translation>Révoquer l’ordinateur {fingerprint} ? Ses paquets seront refusés et il ne recevra plus de données de référence.</translation>
        </message>
        <message>
            <source>Laptop revoked; the revocation goes out with the next reference data.</source>
            <translation>Ordinateur révoqué ; la révocation partira avec les prochaines données de référence.</translation>
        </message>
        <message>
            <source>Back up the coordinator identity</source>
            <translation>Sauvegarder l’identité de coordination</translation>
        </message>
        <message>
            <source>Identity saved to {path}, encrypted with the passphrase. Keep it apart from this computer.</source>
            <translation>Identité enregistrée dans {path}, chiffrée avec la phrase secrète. Conservez-la à l’écart de cet ordinateur.</translation>
        </message>
        <message>
            <source>Restore the coordinator identity</source>
            <translation>Restaurer l’identité de coordination</translation>
        </message>
        <message>
            <source>Restoring the coordinator identity makes this computer the coordinator. Continue?</source>
            <translation>Restaurer l’identité de coordination fait de cet ordinateur celui de la coordination. Continuer ?</translation>
        </message>
        <message>
            <source>Coordinator identity restored.</source>
            <translation>Identité de coordination restaurée.</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien(ne)</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <source>Partner company of a lab</source>
            <translation>Entreprise partenaire d’un laboratoire</translation>
        </message>
        <message>
            <source>Lab enrolment</source>
            <translation>Inscription à un laboratoire</translation>
        </message>
        <message>
            <source>Lab attendance</source>
            <translation>Présence au laboratoire</translation>
        </message>
        <message>
            <source>Development-plan goal</source>
            <translation>Objectif du plan de développement</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Séance d’accompagnement</translation>
        </message>
        <message>
            <source>Life story</source>
            <translation>Récit de vie</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <source>Connector meeting</source>
            <translation>Rencontre avec un connecteur</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Mise en relation</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Introduction to an inclusion area</source>
            <translation>Présentation à un espace d’inclusion</translation>
        </message>
        <message>
            <source>Work placement</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Job outcome</source>
            <translation>Sortie en emploi</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>Réponse à un questionnaire</translation>
        </message>
        <message>
            <source>Merge of duplicate participants</source>
            <translation>Fusion de participants en double</translation>
        </message>
        <message>
            <source>kind_label</source>
            <translation>kind_label</translation>
        </message>
    </context>
    <context>
        <name>LabItinerariesDialog</name>
        <message>
            <source>Itineraries of the lab {lab}</source>
            <translation>Parcours du laboratoire {lab}</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) enrolled in this lab.</source>
            <translation>
                <numerusform>%n participant inscrit à ce laboratoire.</numerusform>
                <numerusform>%n participants inscrits à ce laboratoire.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Language of the documents:</source>
            <translation>&amp;Langue des documents :</translation>
        </message>
        <message>
            <source>Each participant's preferred language</source>
            <translation>La langue préférée de chaque participant</translation>
        </message>
        <message>
            <source>One PDF file per participant</source>
            <translation>Un fichier PDF par participant</translation>
        </message>
        <message>
            <source>All itineraries in one PDF file</source>
            <translation>Tous les parcours dans un seul fichier PDF</translation>
        </message>
        <message>
            <source>&amp;Create PDF files…</source>
            <translation>&amp;Créer les fichiers PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Save the itineraries as one PDF</source>
            <translation>Enregistrer les parcours dans un seul PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the itineraries</source>
            <translation>Dossier des parcours</translation>
        </message>
        <message numerus="yes">
            <source>Itinerary %n of {total}…</source>
            <translation>
                <numerusform>Parcours %n sur {total}…</numerusform>
                <numerusform>Parcours %n sur {total}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF file(s) written.</source>
            <translation>
                <numerusform>%n fichier PDF écrit.</numerusform>
                <numerusform>%n fichiers PDF écrits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n PDF file(s) had been written.</source>
            <translation>
                <numerusform>Annulé : %n fichier PDF avait été écrit.</numerusform>
                <numerusform>Annulé : %n fichiers PDF avaient été écrits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by an error: %n PDF file(s) had been written.</source>
            <translation>
                <numerusform>Arrêté par une erreur : %n fichier PDF avait été écrit.</numerusform>
                <numerusform>Arrêté par une erreur : %n fichiers PDF avaient été écrits.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose a lab in the list to see its participants.</source>
            <translation>Choisissez un laboratoire dans la liste pour voir ses participants.</translation>
        </message>
        <message>
            <source>No partner company yet.</source>
            <translation>Aucune entreprise partenaire pour l’instant.</translation>
        </message>
        <message>
            <source>Partner companies</source>
            <translation>Entreprises partenaires</translation>
        </message>
        <message numerus="yes">
            <source>Participants (%n)</source>
            <translation>
                <numerusform>Participants (%n)</numerusform>
                <numerusform>Participants (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>À compléter</translation>
        </message>
        <message>
            <source>Employment niche to complete</source>
            <translation>Niche d’emploi à compléter</translation>
        </message>
        <message>
            <source>{hours} planned hours</source>
            <translation>{hours} heures prévues</translation>
        </message>
        <message>
            <source>Planned hours to complete</source>
            <translation>Heures prévues à compléter</translation>
        </message>
        <message>
            <source>{niche} · {site} · {start} – {end} · {hours} · {schedule}</source>
            <translation>{niche} · {site} · {start} – {end} · {hours} · {schedule}</translation>
        </message>
        <message>
            <source>E&amp;nrol participants…</source>
            <translation>I&amp;nscrire des participants…</translation>
        </message>
        <message>
            <source>Choose several participants from the list and enrol them in this lab</source>
            <translation>Choisissez plusieurs participants dans la liste et inscrivez-les à ce laboratoire</translation>
        </message>
        <message>
            <source>Attendance &amp;register…</source>
            <translation>&amp;Registre de présence…</translation>
        </message>
        <message>
            <source>Record who was present, absent or excused on a day of this lab</source>
            <translation>Indiquez qui était présent, absent ou excusé un jour de ce laboratoire</translation>
        </message>
        <message>
            <source>Participants of the lab</source>
            <translation>Participants du laboratoire</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Double-cliquez sur un participant (ou appuyez sur Entrée) pour ouvrir sa page.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Enrolled now</source>
            <translation>Inscrits actuellement</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratoires</translation>
        </message>
        <message>
            <source>Filter labs by name, niche, site…</source>
            <translation>Filtrer les laboratoires par nom, niche, site…</translation>
        </message>
        <message>
            <source>New lab…</source>
            <translation>Nouveau laboratoire…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>New lab</source>
            <translation>Nouveau laboratoire</translation>
        </message>
        <message>
            <source>Edit lab</source>
            <translation>Modifier le laboratoire</translation>
        </message>
        <message numerus="yes">
            <source>%n lab(s)</source>
            <translation>
                <numerusform>%n laboratoire</numerusform>
                <numerusform>%n laboratoires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n lab(s)</source>
            <translation>
                <numerusform>{shown} sur %n laboratoire</numerusform>
                <numerusform>{shown} sur %n laboratoires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lab “{name}”? The enrolments of %n participant(s) in it will be deleted too.</source>
            <translation>
                <numerusform>Supprimer le laboratoire « {name} » ? L’inscription de %n participant à ce laboratoire sera également supprimée.</numerusform>
                <numerusform>Supprimer le laboratoire « {name} » ? Les inscriptions de %n participants à ce laboratoire seront également supprimées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the lab “{name}”?</source>
            <translation>Supprimer le laboratoire « {name} » ?</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusées</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Heures de présence</translation>
        </message>
        <message>
            <source>Share of hours</source>
            <translation>Part des heures</translation>
        </message>
        <message>
            <source>From the attendance register</source>
            <translation>D’après le registre de présence</translation>
        </message>
        <message>
            <source>As typed in the enrolment (no attendance register)</source>
            <translation>Telles que saisies dans l’inscription (pas de registre de présence)</translation>
        </message>
        <message>
            <source>Not known: no attendance register, and the lab's planned hours are to be completed</source>
            <translation>Inconnue : pas de registre de présence, et les heures prévues du laboratoire sont à compléter</translation>
        </message>
        <message>
            <source>Not known: no attendance register, and the lab is still running or no hours were typed</source>
            <translation>Inconnue : pas de registre de présence, et le laboratoire est encore en cours ou aucune heure n’a été saisie</translation>
        </message>
        <message>
            <source>{hours} of the {held} hours the lab held on the days recorded</source>
            <translation>{hours} des {held} heures tenues par le laboratoire les jours enregistrés</translation>
        </message>
        <message>
            <source>{hours} of the lab's {planned} planned hours</source>
            <translation>{hours} des {planned} heures prévues du laboratoire</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) below {share} of the hours, highlighted.</source>
            <translation>
                <numerusform>%n participant sous {share} des heures, en surbrillance.</numerusform>
                <numerusform>%n participants sous {share} des heures, en surbrillance.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody below {share} of the hours.</source>
            <translation>Personne sous {share} des heures.</translation>
        </message>
        <message>
            <source>&amp;Warn below</source>
            <translation>&amp;Avertir sous</translation>
        </message>
        <message>
            <source>% of the hours</source>
            <translation> % des heures</translation>
        </message>
        <message>
            <source>Warn about participants below this share of the hours</source>
            <translation>Avertir des participants sous cette part des heures</translation>
        </message>
        <message>
            <source>Participants who attended less than this share of the lab's hours are highlighted</source>
            <translation>Les participants présents moins que cette part des heures du laboratoire sont mis en surbrillance</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose languages</source>
            <translation>Choisir les langues</translation>
        </message>
        <message>
            <source>Filter languages</source>
            <translation>Filtrer les langues</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
    </context>
    <context>
        <name>LanguagesEditor</name>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the languages from a list</source>
            <translation>Choisir les langues dans une liste</translation>
        </message>
    </context>
    <context>
        <name>LifeStory</name>
        <message>
            <source>Nothing is publishable without consent: record the participant's consent to the life story (Profile tab) or keep the story private.</source>
            <translation>Rien n’est publiable sans consentement : enregistrez le consentement du participant pour le récit de vie (onglet Profil) ou gardez le récit privé.</translation>
        </message>
        <message>
            <source>Story recorded on {date}</source>
            <translation>Récit enregistré le {date}</translation>
        </message>
        <message>
            <source>New story</source>
            <translation>Nouveau récit</translation>
        </message>
        <message>
            <source>This story is marked “{scope}”, but the participant consented to “{allowed}” only: it must not be published so. Choose a narrower consent scope and save.</source>
            <translation>Ce récit est marqué « {scope} », mais la personne n’a consenti qu’à « {allowed} » : il ne doit pas être publié ainsi. Choisissez une portée plus restreinte et enregistrez.</translation>
        </message>
        <message>
            <source>Consent to the life story given on {date}, as “{allowed}”: the story may be published that far and no further.</source>
            <translation>Consentement au récit de vie donné le {date}, comme « {allowed} » : le récit peut être publié jusque-là, pas au-delà.</translation>
        </message>
        <message>
            <source>This story is marked as publishable, but the participant has not given (or has withdrawn) consent to the life story: it must not be published. Set the consent scope to private and save.</source>
            <translation>Ce récit est marqué comme publiable, mais le participant n’a pas donné (ou a retiré) son consentement au récit de vie : il ne doit pas être publié. Réglez la portée du consentement sur privé et enregistrez.</translation>
        </message>
        <message>
            <source>Unsaved changes to this story were kept (last kept {when}).</source>
            <translation>Des modifications non enregistrées de ce récit ont été conservées (pour la dernière fois : {when}).</translation>
        </message>
        <message>
            <source>Delete this life story? This cannot be undone.</source>
            <translation>Supprimer ce récit de vie ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Save the changes to the life story?</source>
            <translation>Enregistrer les modifications du récit de vie ?</translation>
        </message>
        <message>
            <source>&amp;New story</source>
            <translation>&amp;Nouveau récit</translation>
        </message>
        <message>
            <source>&amp;Delete story</source>
            <translation>&amp;Supprimer le récit</translation>
        </message>
        <message>
            <source>&amp;Save story</source>
            <translation>&amp;Enregistrer le récit</translation>
        </message>
        <message>
            <source>Save the story (Ctrl+S)</source>
            <translation>Enregistrer le récit (Ctrl+S)</translation>
        </message>
        <message>
            <source>Life stories of this participant</source>
            <translation>Récits de vie de ce participant</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Edit the chosen record (Enter)</source>
            <translation>Modifier l’enregistrement choisi (Entrée)</translation>
        </message>
        <message>
            <source>Delete the chosen record (Delete)</source>
            <translation>Supprimer l’enregistrement choisi (Suppr)</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>The session is locked. Type your password to go on where you were: the open forms are kept as they are.</source>
            <translation>La session est verrouillée. Tapez votre mot de passe pour reprendre là où vous en étiez : les formulaires ouverts restent tels quels.</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Log in with your account on this laptop.</source>
            <translation>Connectez-vous avec votre compte sur cet ordinateur.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d’&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Forgot the password? Use the rec&amp;overy key…</source>
            <translation>Mot de passe oublié ? Utiliser la clé de &amp;secours…</translation>
        </message>
        <message>
            <source>The new password is set: type it to log in.</source>
            <translation>Le nouveau mot de passe est enregistré : saisissez-le pour vous connecter.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords in a row: the next try is possible in %n second(s).</source>
            <translation>
                <numerusform>Trop de mots de passe erronés d’affilée : prochain essai possible dans %n seconde.</numerusform>
                <numerusform>Trop de mots de passe erronés d’affilée : prochain essai possible dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type your user name first: the recovery key sets a new password for that account.</source>
            <translation>Saisissez d’abord votre nom d’utilisateur : la clé de secours donne un nouveau mot de passe à ce compte.</translation>
        </message>
        <message>
            <source>There is no account called {name} on this laptop: type the user name of the account whose password to set.</source>
            <translation>Il n’y a pas de compte nommé {name} sur cet ordinateur : saisissez le nom d’utilisateur du compte dont le mot de passe est à changer.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>&amp;About MILMA Desktop…</source>
            <translation>À &amp;propos de MILMA Desktop…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>Importer l'&amp;historique…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Comptes…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Écrans</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Site : {site}</translation>
        </message>
        <message>
            <source>Laptop: {device}</source>
            <translation>Ordinateur : {device}</translation>
        </message>
        <message>
            <source>Technician: {name}</source>
            <translation>Technicien(ne) : {name}</translation>
        </message>
        <message>
            <source>No technician chosen</source>
            <translation>Aucun technicien choisi</translation>
        </message>
        <message>
            <source>{site} — {device}</source>
            <translation>{site} — {device}</translation>
        </message>
    </context>
    <context>
        <name>Matching</name>
        <message>
            <source>Works in the same occupation group ({group})</source>
            <translation>Travaille dans le même groupe de professions ({group})</translation>
        </message>
        <message>
            <source>Works in a related occupation group ({group})</source>
            <translation>Travaille dans un groupe de professions voisin ({group})</translation>
        </message>
        <message>
            <source>Speaks {languages}</source>
            <translation>Parle {languages}</translation>
        </message>
        <message>
            <source>Lives in the same neighbourhood ({neighbourhood})</source>
            <translation>Habite le même quartier ({neighbourhood})</translation>
        </message>
        <message>
            <source>Can meet {availability}</source>
            <translation>Peut se rencontrer : {availability}</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Choose a connector other than the one of the meeting.</source>
            <translation>Choisissez un connecteur différent de celui de la rencontre.</translation>
        </message>
        <message>
            <source>This connector is already in the list.</source>
            <translation>Ce connecteur est déjà dans la liste.</translation>
        </message>
        <message>
            <source>Say on which date it happened.</source>
            <translation>Indiquez à quelle date elle a eu lieu.</translation>
        </message>
        <message>
            <source>Choose the connector first.</source>
            <translation>Choisissez d’abord le connecteur.</translation>
        </message>
        <message>
            <source>Why referral {n} was dropped</source>
            <translation>Raison de l’abandon de la mise en relation {n}</translation>
        </message>
        <message>
            <source>Connectors are referred to at a meeting held: once this meeting has taken place, mark it as held to record them.</source>
            <translation>Les mises en relation avec des connecteurs se font lors d’une rencontre tenue : une fois cette rencontre passée, marquez-la comme tenue pour les enregistrer.</translation>
        </message>
        <message>
            <source>This meeting has unsaved changes kept from an earlier session. Restore them?</source>
            <translation>Cette rencontre a des modifications non enregistrées conservées lors d’une session précédente. Les restaurer ?</translation>
        </message>
        <message>
            <source>Referral {n}: {field}</source>
            <translation>Mise en relation {n} : {field}</translation>
        </message>
        <message>
            <source>Save this meeting?</source>
            <translation>Enregistrer cette rencontre ?</translation>
        </message>
        <message>
            <source>Edit meeting with a connector</source>
            <translation>Modifier la rencontre avec un connecteur</translation>
        </message>
        <message>
            <source>Meeting with a connector</source>
            <translation>Rencontre avec un connecteur</translation>
        </message>
        <message>
            <source>Referred to (up to three connectors)</source>
            <translation>Mis en relation avec (jusqu’à trois connecteurs)</translation>
        </message>
        <message>
            <source>Referred connector {n}</source>
            <translation>Connecteur de la mise en relation {n}</translation>
        </message>
        <message>
            <source>Status of referral {n}</source>
            <translation>Statut de la mise en relation {n}</translation>
        </message>
        <message>
            <source>Date referral {n} happened</source>
            <translation>Date de réalisation de la mise en relation {n}</translation>
        </message>
        <message>
            <source>Referrals to follow</source>
            <translation>Mises en relation à suivre</translation>
        </message>
        <message>
            <source>Delete this meeting and its referrals? This cannot be undone.</source>
            <translation>Supprimer cette rencontre et ses mises en relation ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Meetings with connectors</source>
            <translation>Rencontres avec les connecteurs</translation>
        </message>
        <message>
            <source>Net&amp;work…</source>
            <translation>&amp;Voir le réseau…</translation>
        </message>
        <message>
            <source>Whom the participant met, and through whom: a drawing to print</source>
            <translation>Qui la personne a rencontré, et par qui : un schéma à imprimer</translation>
        </message>
        <message>
            <source>&amp;Record a meeting…</source>
            <translation>&amp;Enregistrer une rencontre…</translation>
        </message>
        <message>
            <source>Edit &amp;meeting…</source>
            <translation>Mo&amp;difier la rencontre…</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Supprimer la rencontre</translation>
        </message>
        <message>
            <source>Mar&amp;k as held</source>
            <translation>M&amp;arquer comme tenue</translation>
        </message>
        <message>
            <source>The planned meeting took place (dated today if it was planned for a later day)</source>
            <translation>La rencontre programmée a eu lieu (datée d’aujourd’hui si elle était prévue plus tard)</translation>
        </message>
        <message>
            <source>Mark as &amp;happened</source>
            <translation>Marquer comme effect&amp;uée</translation>
        </message>
        <message>
            <source>S&amp;uggest connectors…</source>
            <translation>Suggérer des co&amp;nnecteurs…</translation>
        </message>
        <message>
            <source>Connectors are referred to at a meeting held: mark the meeting as held, or remove the referrals.</source>
            <translation>Les mises en relation avec des connecteurs se font lors d’une rencontre tenue : marquez la rencontre comme tenue, ou retirez les mises en relation.</translation>
        </message>
        <message>
            <source>This meeting is no longer planned: it was changed elsewhere. The list shows it as it is now.</source>
            <translation>Cette rencontre n’est plus programmée : elle a été modifiée ailleurs. La liste la montre telle qu’elle est maintenant.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Suivis à faire</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratoires</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Connecteurs</translation>
        </message>
        <message>
            <source>Referrals waiting</source>
            <translation>Mises en relation en attente</translation>
        </message>
        <message>
            <source>Connector Program</source>
            <translation>Programme des connecteurs</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Entreprises</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Associations</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>Échange par USB</translation>
        </message>
        <message>
            <source>Print itinerary…</source>
            <translation>Imprimer le parcours…</translation>
        </message>
        <message>
            <source>Everything we hold…</source>
            <translation>Tout ce que nous conservons…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Effacer…</translation>
        </message>
        <message>
            <source>Print itineraries…</source>
            <translation>Imprimer les parcours…</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Met at a meeting held</source>
            <translation>Rencontre tenue</translation>
        </message>
        <message>
            <source>Referred through them: the introduction happened</source>
            <translation>Orientation par son intermédiaire : la mise en relation a eu lieu</translation>
        </message>
        <message>
            <source>Referred through them: the introduction is pending</source>
            <translation>Orientation par son intermédiaire : la mise en relation est à venir</translation>
        </message>
        <message>
            <source>Referred through them: the introduction was dropped</source>
            <translation>Orientation par son intermédiaire : la mise en relation a été abandonnée</translation>
        </message>
        <message>
            <source>{field} · met on {date}</source>
            <translation>{field} · rencontre le {date}</translation>
        </message>
        <message>
            <source>met on {date}</source>
            <translation>rencontre le {date}</translation>
        </message>
        <message>
            <source>Network of {name}</source>
            <translation>Réseau de {name}</translation>
        </message>
        <message>
            <source>No meeting held yet: the network grows from the first connector met.</source>
            <translation>Aucune rencontre tenue pour l’instant : le réseau se construit à partir du premier connecteur rencontré.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Whom the participant met, and through whom</source>
            <translation>Qui la personne a rencontré, et par qui</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Information on the processing of your personal data</source>
            <translation>Information sur le traitement de vos données personnelles</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant(e)</translation>
        </message>
        <message>
            <source>Training centre</source>
            <translation>Centre de formation</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>Please read this notice before you register in the MILMA programme. Your technician will answer your questions. Registering needs your consent to the processing of your personal data; every other consent below is your free choice and can be withdrawn at any time.</source>
            <translation>Veuillez lire cette notice avant de vous inscrire au programme MILMA. Votre technicien ou technicienne répondra à vos questions. L’inscription nécessite votre consentement au traitement de vos données personnelles ; chacun des autres consentements ci-dessous est libre et peut être retiré à tout moment.</translation>
        </message>
        <message>
            <source>Who is responsible for your data</source>
            <translation>Qui est responsable de vos données</translation>
        </message>
        <message>
            <source>The municipal training centre CIFE of Fuenlabrada, which runs the MILMA programme at its sites CIFE and Los Arcos. You can exercise your rights at either site, with your technician.</source>
            <translation>Le centre municipal de formation CIFE de Fuenlabrada, qui mène le programme MILMA sur ses sites CIFE et Los Arcos. Vous pouvez exercer vos droits sur l’un ou l’autre site, auprès de votre technicien ou technicienne.</translation>
        </message>
        <message>
            <source>What we record and why</source>
            <translation>Ce que nous enregistrons et pourquoi</translation>
        </message>
        <message>
            <source>Your identity and contact details, your languages, education and work history, the labs you attend, your coaching sessions, goals, placements and jobs, and your answers to the programme's surveys. We use them to accompany you towards employment, and to report the programme's results to its funders and the city as figures in which nobody can be recognised.</source>
            <translation>Votre identité et vos coordonnées, vos langues, votre formation et votre parcours professionnel, les laboratoires que vous suivez, vos séances d’accompagnement, objectifs, stages et emplois, et vos réponses aux enquêtes du programme. Nous les utilisons pour vous accompagner vers l’emploi, et pour rendre compte des résultats du programme à ses financeurs et à la ville par des chiffres où personne ne peut être reconnu.</translation>
        </message>
        <message>
            <source>Data that need particular care</source>
            <translation>Des données qui demandent un soin particulier</translation>
        </message>
        <message>
            <source>Your nationality, your immigration status and your life story are special categories of data. They are kept with particular care and never appear on the documents printed for you or for others.</source>
            <translation>Votre nationalité, votre situation migratoire et votre récit de vie sont des catégories particulières de données. Elles sont conservées avec un soin particulier et n’apparaissent jamais sur les documents imprimés pour vous ou pour d’autres.</translation>
        </message>
        <message>
            <source>Who sees your data</source>
            <translation>Qui voit vos données</translation>
        </message>
        <message>
            <source>The programme's technicians and coordinators, on the programme's laptops; the copies carried between them are encrypted. Partner companies see your CV or profile only if you consent to it below. Your data are never sold.</source>
            <translation>Les techniciens et coordinateurs du programme, sur les ordinateurs portables du programme ; les copies transportées entre eux sont chiffrées. Les entreprises partenaires ne voient votre CV ou votre profil que si vous y consentez ci-dessous. Vos données ne sont jamais vendues.</translation>
        </message>
        <message>
            <source>How long we keep them</source>
            <translation>Combien de temps nous les conservons</translation>
        </message>
        <message>
            <source>For five years after your last activity in the programme; they are then reviewed and erased, unless a law requires us to keep them longer.</source>
            <translation>Pendant cinq ans après votre dernière activité dans le programme ; elles sont ensuite revues et effacées, sauf si une loi nous oblige à les garder plus longtemps.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Vos droits</translation>
        </message>
        <message>
            <source>You can ask to see everything we hold about you and receive a copy, to correct it, to erase it, to restrict or object to its use, and to take it elsewhere. You can withdraw any consent at any time: it stops what it allowed from that day. You can also complain to the Spanish Data Protection Agency (AEPD, www.aepd.es).</source>
            <translation>Vous pouvez demander à voir tout ce que nous détenons sur vous et en recevoir une copie, le faire corriger, l’effacer, en limiter l’usage ou vous y opposer, et l’emporter ailleurs. Vous pouvez retirer tout consentement à tout moment : ce qu’il permettait cesse à partir de ce jour. Vous pouvez aussi porter plainte auprès de l’Agence espagnole de protection des données (AEPD, www.aepd.es).</translation>
        </message>
        <message>
            <source>Your consents</source>
            <translation>Vos consentements</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>needed to register</source>
            <translation>nécessaire pour s’inscrire</translation>
        </message>
        <message>
            <source>I agree to the processing of my personal data as described above.</source>
            <translation>J’accepte le traitement de mes données personnelles tel que décrit ci-dessus.</translation>
        </message>
        <message>
            <source>I agree that my life story is recorded, and it may be: kept private / published anonymised / published with my name (circle one).</source>
            <translation>J’accepte que mon récit de vie soit enregistré, et qu’il puisse être : gardé privé / publié anonymement / publié avec mon nom (entourez un choix).</translation>
        </message>
        <message>
            <source>I agree to be photographed in the programme's activities.</source>
            <translation>J’accepte d’être photographié(e) lors des activités du programme.</translation>
        </message>
        <message>
            <source>I agree that my CV and profile are shared with the programme's partner companies.</source>
            <translation>J’accepte que mon CV et mon profil soient partagés avec les entreprises partenaires du programme.</translation>
        </message>
        <message>
            <source>I agree to be contacted after my lab for the follow-up surveys (at its end and six months later).</source>
            <translation>J’accepte d’être contacté(e) après mon laboratoire pour les enquêtes de suivi (à la fin et six mois plus tard).</translation>
        </message>
        <message>
            <source>Signature of the participant</source>
            <translation>Signature de la personne participante</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien(ne)</translation>
        </message>
        <message>
            <source>MILMA · information notice · printed on {date}</source>
            <translation>MILMA · notice d’information · imprimée le {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>Participant</name>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Add: {kind}</source>
            <translation>Ajouter : {kind}</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Edit: {kind}</source>
            <translation>Modifier : {kind}</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete: {kind}</source>
            <translation>Supprimer : {kind}</translation>
        </message>
        <message>
            <source>New: {kind}</source>
            <translation>Nouvel enregistrement : {kind}</translation>
        </message>
        <message>
            <source>The technician of the account that records it.</source>
            <translation>Le technicien du compte qui l’enregistre.</translation>
        </message>
        <message>
            <source>Delete this record ({kind})? This cannot be undone.</source>
            <translation>Supprimer cet enregistrement ({kind}) ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>{first} {last}</source>
            <translation>{first} {last}</translation>
        </message>
        <message>
            <source>Code {code} · {status}</source>
            <translation>Code {code} · {status}</translation>
        </message>
        <message>
            <source>Current lab: {lab} ({status})</source>
            <translation>Laboratoire actuel : {lab} ({status})</translation>
        </message>
        <message>
            <source>Not enrolled in a lab</source>
            <translation>Inscrit à aucun laboratoire</translation>
        </message>
        <message>
            <source>Next appointment: {when}</source>
            <translation>Prochain rendez-vous : {when}</translation>
        </message>
        <message>
            <source>No appointment planned</source>
            <translation>Aucun rendez-vous prévu</translation>
        </message>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← Re&amp;tour à la liste</translation>
        </message>
        <message>
            <source>Back to the list of participants</source>
            <translation>Retour à la liste des participants</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>Pr&amp;ofil</translation>
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation>&amp;Parcours</translation>
        </message>
        <message>
            <source>&amp;Coaching sessions</source>
            <translation>Séances d’accompa&amp;gnement</translation>
        </message>
        <message>
            <source>&amp;Life story</source>
            <translation>&amp;Récit de vie</translation>
        </message>
        <message>
            <source>Connector &amp;meetings</source>
            <translation>Rencontres avec les &amp;connecteurs</translation>
        </message>
        <message>
            <source>Communit&amp;y</source>
            <translation>Vie cito&amp;yenne</translation>
        </message>
        <message>
            <source>Sur&amp;veys</source>
            <translation>&amp;Questionnaires</translation>
        </message>
        <message>
            <source>Save &amp;next steps</source>
            <translation>Enregistrer les proc&amp;haines étapes</translation>
        </message>
        <message>
            <source>Development-plan goals</source>
            <translation>Objectifs du plan de développement</translation>
        </message>
        <message>
            <source>Lab enrolments</source>
            <translation>Inscriptions aux laboratoires</translation>
        </message>
        <message>
            <source>Work placements</source>
            <translation>Stages en entreprise</translation>
        </message>
        <message>
            <source>Job outcomes</source>
            <translation>Sorties en emploi</translation>
        </message>
        <message>
            <source>Save the changes to the next steps?</source>
            <translation>Enregistrer les modifications des prochaines étapes ?</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>Modifier les &amp;informations…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>Coaching sessions</source>
            <translation>Séances d’accompagnement</translation>
        </message>
        <message>
            <source>&amp;Log a session…</source>
            <translation>&amp;Enregistrer une séance…</translation>
        </message>
        <message>
            <source>Selected session</source>
            <translation>Séance sélectionnée</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Origin and languages</source>
            <translation>Origine et langues</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Background and follow-up</source>
            <translation>Parcours et suivi</translation>
        </message>
        <message>
            <source>This person may already be registered. Open the existing record instead, or register anyway if it is someone else.</source>
            <translation>Cette personne est peut-être déjà inscrite. Ouvrez plutôt la fiche existante, ou inscrivez-la quand même s’il s’agit de quelqu’un d’autre.</translation>
        </message>
        <message>
            <source>&amp;Open existing record</source>
            <translation>&amp;Ouvrir la fiche existante</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>same document number</source>
            <translation>même numéro de document</translation>
        </message>
        <message>
            <source>similar name, same birth date</source>
            <translation>nom proche, même date de naissance</translation>
        </message>
        <message>
            <source>{code} — {first} {last}, born {birth} ({reason})</source>
            <translation>{code} — {first} {last}, né(e) le {birth} ({reason})</translation>
        </message>
        <message>
            <source>Unsaved changes to this form were kept from an earlier session. Restore them?</source>
            <translation>Des modifications non enregistrées de ce formulaire ont été conservées lors d’une session précédente. Les restaurer ?</translation>
        </message>
        <message>
            <source>Register a participant</source>
            <translation>Inscrire un participant</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>Modifier le participant</translation>
        </message>
        <message>
            <source>Fields marked * are required. Ctrl+S saves.</source>
            <translation>Les champs marqués d’un * sont obligatoires. Ctrl+S enregistre.</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Register &amp;anyway</source>
            <translation>Inscrire &amp;quand même</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>The document number {number} is already registered as {name} ({code}). Register anyway?</source>
            <translation>Le numéro de document {number} est déjà enregistré au nom de {name} ({code}). Inscrire quand même ?</translation>
        </message>
        <message>
            <source>Save the changes to this participant?</source>
            <translation>Enregistrer les modifications de ce participant ?</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>The document number {number} is already registered as {name} ({code}).</source>
            <translation>Le numéro de document {number} est déjà enregistré au nom de {name} ({code}).</translation>
        </message>
        <message>
            <source>Document number: {number} is already registered as {name} ({code}), another name. Check the number, or open that record.</source>
            <translation>Numéro de document : {number} est déjà enregistré au nom de {name} ({code}), sous un autre nom. Vérifiez le numéro ou ouvrez cette fiche.</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>Aucun participant n’a le code {code}.</translation>
        </message>
        <message>
            <source>Current lab</source>
            <translation>Laboratoire actuel</translation>
        </message>
        <message>
            <source>My participants</source>
            <translation>Mes participants</translation>
        </message>
        <message>
            <source>All technicians</source>
            <translation>Tous les techniciens</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>Tous les laboratoires</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>Locals and migrants</source>
            <translation>Locaux et migrants</translation>
        </message>
        <message>
            <source>Locals</source>
            <translation>Locaux</translation>
        </message>
        <message>
            <source>Migrants and refugees</source>
            <translation>Migrants et réfugiés</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Tous les genres</translation>
        </message>
        <message>
            <source>Any enrolment status</source>
            <translation>Tout statut d’inscription</translation>
        </message>
        <message>
            <source>Nobody is registered on this laptop yet. Register a participant with New participant (Ctrl+N), or import the participants of other laptops on the USB exchange screen.</source>
            <translation>Personne n’est encore inscrit sur cet ordinateur. Inscrivez un participant avec Nouveau participant (Ctrl+N) ou importez les participants d’autres ordinateurs sur l’écran Échange par USB.</translation>
        </message>
        <message>
            <source>Search by code, name, document number or phone</source>
            <translation>Rechercher par code, nom, numéro de document ou téléphone</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Rechercher des participants</translation>
        </message>
        <message>
            <source>&amp;New participant…</source>
            <translation>&amp;Nouveau participant…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Retention &amp;review…</source>
            <translation>E&amp;xamen de la conservation…</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <source>Filters:</source>
            <translation>Filtres :</translation>
        </message>
        <message>
            <source>No participant matches the search and filters. Check the spelling, clear the filters, or register the person with New participant (Ctrl+N).</source>
            <translation>Aucun participant ne correspond à la recherche et aux filtres. Vérifiez l’orthographe, effacez les filtres ou inscrivez la personne avec Nouveau participant (Ctrl+N).</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Filter by lab</source>
            <translation>Filtrer par laboratoire</translation>
        </message>
        <message>
            <source>Filter by site</source>
            <translation>Filtrer par site</translation>
        </message>
        <message>
            <source>Filter by local or migrant</source>
            <translation>Filtrer par local ou migrant</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Filtrer par genre</translation>
        </message>
        <message>
            <source>Filter by enrolment status</source>
            <translation>Filtrer par statut d’inscription</translation>
        </message>
        <message>
            <source>Filter by technician</source>
            <translation>Filtrer par technicien(ne)</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Coordinator passphrase</source>
            <translation>Phrase secrète de la coordination</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least 8 characters. It protects the coordinator identity: without it, the laptops' bundles cannot be opened.</source>
            <translation>Choisissez une phrase secrète d’au moins 8 caractères. Elle protège l’identité de coordination : sans elle, les paquets des ordinateurs ne peuvent pas être ouverts.</translation>
        </message>
        <message>
            <source>Type the coordinator passphrase to open the laptops' bundles.</source>
            <translation>Saisissez la phrase secrète de la coordination pour ouvrir les paquets des ordinateurs.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Répétez-la :</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>La phrase secrète doit comporter au moins 8 caractères.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>PendingDrafts</name>
        <message>
            <source>Registration (new)</source>
            <translation>Nouvelle inscription</translation>
        </message>
        <message>
            <source>Participant's details (changes)</source>
            <translation>Données du participant (modifications)</translation>
        </message>
        <message>
            <source>{form} (new)</source>
            <translation>{form} (nouvel enregistrement)</translation>
        </message>
        <message>
            <source>{form} (changes)</source>
            <translation>{form} (modifications)</translation>
        </message>
        <message>
            <source>the record no longer exists</source>
            <translation>l'enregistrement n'existe plus</translation>
        </message>
        <message>
            <source>{first} {last} ({code})</source>
            <translation>{first} {last} ({code})</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Resume: {form}, {whose}</source>
            <translation>Reprendre : {form}, {whose}</translation>
        </message>
        <message>
            <source>Discard: {form}, {whose}</source>
            <translation>Abandonner : {form}, {whose}</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) were not saved when the application last closed. What was typed was kept: resume to finish it, or discard it.</source>
            <translation>
                <numerusform>%n formulaire n'a pas été enregistré à la dernière fermeture de l'application. Ce qui avait été saisi a été gardé : reprenez-le pour le terminer, ou abandonnez-le.</numerusform>
                <numerusform>%n formulaires n'ont pas été enregistrés à la dernière fermeture de l'application. Ce qui avait été saisi a été gardé : reprenez-les pour les terminer, ou abandonnez-les.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>Quarantine</name>
        <message>
            <source>This held change was already released or discarded.</source>
            <translation>Cette modification retenue a déjà été libérée ou écartée.</translation>
        </message>
        <message>
            <source>dated more than a day in the future</source>
            <translation>daté de plus d’un jour dans le futur</translation>
        </message>
        <message>
            <source>reference data, which only the coordinator changes</source>
            <translation>données de référence, que seule la coordination modifie</translation>
        </message>
        <message>
            <source>a participant of another site than the laptop's</source>
            <translation>un participant d’un autre site que celui de l’ordinateur</translation>
        </message>
        <message>
            <source>a technician of another site than the laptop's</source>
            <translation>un technicien d’un autre site que celui de l’ordinateur</translation>
        </message>
        <message>
            <source>an erasure, which only the coordinator makes</source>
            <translation>un effacement, que seule la coordination effectue</translation>
        </message>
        <message>
            <source>the laptop's site is not known</source>
            <translation>le site de l’ordinateur n’est pas connu</translation>
        </message>
        <message>
            <source>a kind of record that laptops do not send</source>
            <translation>un type de fiche que les ordinateurs n’envoient pas</translation>
        </message>
    </context>
    <context>
        <name>QuarantineReview</name>
        <message>
            <source>Kind of record</source>
            <translation>Type d’enregistrement</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>Held because</source>
            <translation>Retenue car</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Date indiquée</translation>
        </message>
        <message>
            <source>From laptop</source>
            <translation>De l’ordinateur</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Réception</translation>
        </message>
        <message numerus="yes">
            <source>Held changes (%n)</source>
            <translation>
                <numerusform>Modifications retenues (%n)</numerusform>
                <numerusform>Modifications retenues (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>These changes were not applied. Those dated far in the future probably come from a laptop whose clock was wrong: applied as they are, they would win over every later edit. The others are outside what the laptop that sent them may do (another site's participants, reference data). Apply each one knowingly, or discard it.</source>
            <translation>Ces modifications n’ont pas été appliquées. Celles datées loin dans le futur viennent probablement d’un ordinateur dont l’horloge était fausse : appliquées telles quelles, elles l’emporteraient sur toute modification ultérieure. Les autres sortent de ce que peut faire l’ordinateur qui les a envoyées (participants d’un autre site, données de référence). Appliquez chacune en connaissance de cause, ou écartez-la.</translation>
        </message>
        <message>
            <source>A&amp;pply the change</source>
            <translation>&amp;Appliquer la modification</translation>
        </message>
        <message>
            <source>&amp;Discard the change</source>
            <translation>É&amp;carter la modification</translation>
        </message>
        <message>
            <source>Discard this change? It will not be applied.</source>
            <translation>Écarter cette modification ? Elle ne sera pas appliquée.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n champ</numerusform>
                <numerusform>%n champs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>You have changed this form. Save the changes?</source>
            <translation>Vous avez modifié ce formulaire. Enregistrer les modifications ?</translation>
        </message>
        <message>
            <source>Unsaved draft</source>
            <translation>Brouillon non enregistré</translation>
        </message>
        <message>
            <source>This form has a draft that was not saved (last kept {when}). Restore it?</source>
            <translation>Ce formulaire a un brouillon non enregistré (conservé pour la dernière fois : {when}). Le restaurer ?</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Fermer sans enregistrer (Échap)</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{kind} not found: it may have been deleted.</source>
            <translation>{kind} introuvable : il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere after you opened it, so nothing was saved. Compare the values and choose which to keep.</source>
            <translation>Cet enregistrement a été modifié ailleurs après son ouverture : rien n'a été enregistré. Comparez les valeurs et choisissez celles à garder.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Recovery key</source>
            <translation>Clé de secours</translation>
        </message>
        <message>
            <source>The data on this laptop is now encrypted. This recovery key opens it when every password is forgotten or the key file is damaged. Print it or write it down, and keep it in a safe, away from the laptop: it is shown only now.</source>
            <translation>Les données de cet ordinateur sont maintenant chiffrées. Cette clé de secours les ouvre si tous les mots de passe sont oubliés ou si le fichier de clés est endommagé. Imprimez-la ou notez-la, et gardez-la dans un coffre, loin de l'ordinateur : elle n'est montrée que maintenant.</translation>
        </message>
        <message>
            <source>I have &amp;kept the recovery key in a safe place</source>
            <translation>J'ai &amp;gardé la clé de secours en lieu sûr</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>MILMA Desktop: recovery key of the data on this laptop. Keep this page in a safe. Whoever holds it can open the data.</source>
            <translation>MILMA Desktop : clé de secours des données de cet ordinateur. Gardez cette page dans un coffre. Qui la détient peut ouvrir les données.</translation>
        </message>
        <message>
            <source>Open with the recovery key</source>
            <translation>Ouvrir avec la clé de secours</translation>
        </message>
        <message>
            <source>Type the recovery key printed when the data was encrypted: eight groups of four letters and digits. Then set the passwords again.</source>
            <translation>Tapez la clé de secours imprimée lors du chiffrement des données : huit groupes de quatre lettres et chiffres. Redéfinissez ensuite les mots de passe.</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>Clé de &amp;secours :</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
    </context>
    <context>
        <name>Recruiting</name>
        <message>
            <source>Only a participant who has found work (a job outcome recorded) can become a connector.</source>
            <translation>Seul un participant qui a trouvé du travail (un emploi enregistré) peut devenir connecteur.</translation>
        </message>
        <message>
            <source>This participant is already a connector.</source>
            <translation>Ce participant est déjà connecteur.</translation>
        </message>
        <message>
            <source>Connector since {date}</source>
            <translation>Connecteur depuis le {date}</translation>
        </message>
        <message>
            <source>Become a connector</source>
            <translation>Devenir connecteur</translation>
        </message>
        <message>
            <source>Become a connector…</source>
            <translation>Devenir connecteur…</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>{status}: {name}</source>
            <translation>{status} : {name}</translation>
        </message>
        <message>
            <source>Hours attended: {name}</source>
            <translation>Heures de présence : {name}</translation>
        </message>
        <message>
            <source>Note: {name}</source>
            <translation>Remarque : {name}</translation>
        </message>
        <message>
            <source>Date: type the day of the register.</source>
            <translation>Date : saisissez le jour du registre.</translation>
        </message>
        <message>
            <source>The register of {day} has changes that are not saved. Open {other} without them?</source>
            <translation>Le registre du {day} a des modifications non enregistrées. Ouvrir le {other} sans elles ?</translation>
        </message>
        <message>
            <source>Save the changes to the register?</source>
            <translation>Enregistrer les modifications du registre ?</translation>
        </message>
        <message>
            <source>Attendance register: {lab}</source>
            <translation>Registre de présence : {lab}</translation>
        </message>
        <message>
            <source>Day of the register</source>
            <translation>Jour du registre</translation>
        </message>
        <message>
            <source>Hours of the day</source>
            <translation>Heures du jour</translation>
        </message>
        <message>
            <source>Those present for the whole day get these hours</source>
            <translation>Les personnes présentes toute la journée reçoivent ces heures</translation>
        </message>
        <message>
            <source>&amp;All present</source>
            <translation>&amp;Tous présents</translation>
        </message>
        <message>
            <source>Open a recorded day</source>
            <translation>Ouvrir un jour enregistré</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Heures de présence</translation>
        </message>
        <message>
            <source>{day}: nobody is enrolled in the lab on this day.</source>
            <translation>{day} : personne n’est inscrit au laboratoire ce jour-là.</translation>
        </message>
        <message>
            <source>{day} was recorded before: saving corrects it.</source>
            <translation>{day} a déjà été enregistré : l’enregistrement le corrige.</translation>
        </message>
        <message numerus="yes">
            <source>{day} is not recorded yet: the %n participant(s) enrolled are marked present. Mark who was absent, then save.</source>
            <translation>
                <numerusform>{day} n’est pas encore enregistré : le %n participant inscrit est indiqué présent. Indiquez qui était absent, puis enregistrez.</numerusform>
                <numerusform>{day} n’est pas encore enregistré : les %n participants inscrits sont indiqués présents. Indiquez qui était absent, puis enregistrez.</numerusform>
            </translation>
        </message>
        <message>
            <source>From the lab's attendance register: the sum of the days recorded. To change it, correct the register (Labs, Attendance register…).</source>
            <translation>D’après le registre de présence du laboratoire : la somme des jours enregistrés. Pour la modifier, corrigez le registre (Laboratoires, Registre de présence…).</translation>
        </message>
        <message numerus="yes">
            <source>Recorded days (%n)…</source>
            <translation>
                <numerusform>Jours enregistrés (%n)…</numerusform>
                <numerusform>Jours enregistrés (%n)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>The retention period is from {low} to {high} years.</source>
            <translation>La durée de conservation va de {low} à {high} ans.</translation>
        </message>
        <message>
            <source>Say why the person is kept: the reason is required.</source>
            <translation>Dites pourquoi la personne est conservée : le motif est obligatoire.</translation>
        </message>
        <message>
            <source>The reason is too long: at most {n} characters.</source>
            <translation>Le motif est trop long : {n} caractères au plus.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Kept before because</source>
            <translation>Conservée avant parce que</translation>
        </message>
        <message>
            <source>Retention review</source>
            <translation>Examen de la conservation</translation>
        </message>
        <message numerus="yes">
            <source>People whose last activity (the latest day their records hold or were written) is more than %n year(s) ago, the longest inactive first. Erase each, or keep them with a reason: they are listed again in a year.</source>
            <translation>
                <numerusform>Personnes dont la dernière activité (le jour le plus récent que contiennent leurs enregistrements ou où ils ont été écrits) remonte à plus de %n an, les plus longtemps inactives d’abord. Effacez chacune, ou conservez-la avec un motif : elle revient dans la liste dans un an.</numerusform>
                <numerusform>Personnes dont la dernière activité (le jour le plus récent que contiennent leurs enregistrements ou où ils ont été écrits) remonte à plus de %n ans, les plus longtemps inactives d’abord. Effacez chacune, ou conservez-la avec un motif : elle revient dans la liste dans un an.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is due for review.</source>
            <translation>Personne n’est à examiner.</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Effacer…</translation>
        </message>
        <message>
            <source>&amp;Keep…</source>
            <translation>&amp;Conserver…</translation>
        </message>
        <message>
            <source>Keep {code}</source>
            <translation>Conserver {code}</translation>
        </message>
        <message>
            <source>Why is this person kept? (no personal data)</source>
            <translation>Pourquoi cette personne est-elle conservée ? (sans données personnelles)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Technician</source>
            <translation>Technicien/ne</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinateur/trice</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur/trice</translation>
        </message>
        <message>
            <source>work with participants</source>
            <translation>travailler avec les participants</translation>
        </message>
        <message>
            <source>work with the participants of another site</source>
            <translation>travailler avec les participants d’un autre site</translation>
        </message>
        <message>
            <source>merge participants or resolve conflicts</source>
            <translation>fusionner des participants ou résoudre des conflits</translation>
        </message>
        <message>
            <source>see the programme's indicators</source>
            <translation>voir les indicateurs du programme</translation>
        </message>
        <message>
            <source>change reference data (labs, companies, connectors)</source>
            <translation>modifier les données de référence (laboratoires, entreprises, connecteurs)</translation>
        </message>
        <message>
            <source>erase a participant</source>
            <translation>effacer un participant</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>gérer les comptes</translation>
        </message>
        <message>
            <source>manage the exchange keys</source>
            <translation>gérer les clés de l’échange</translation>
        </message>
        <message>
            <source>change the laptop's settings</source>
            <translation>modifier les paramètres de l’ordinateur</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Choose the technician who uses this laptop, or write their full name.</source>
            <translation>Choisissez le technicien qui utilise cet ordinateur ou écrivez son nom complet.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Langue de l’interface :</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <source>&amp;Technician using this laptop:</source>
            <translation>&amp;Technicien utilisant cet ordinateur :</translation>
        </message>
        <message>
            <source>Technician using this laptop</source>
            <translation>Technicien utilisant cet ordinateur</translation>
        </message>
        <message>
            <source>Recorded with the participants registered and the sessions held from now on. Choose a name from the list, or write a new one to add a technician.</source>
            <translation>Enregistré avec les participants inscrits et les séances tenues à partir de maintenant. Choisissez un nom dans la liste ou écrivez-en un nouveau pour ajouter un technicien.</translation>
        </message>
        <message>
            <source>Backups and their second copy:</source>
            <translation>Sauvegardes et leur seconde copie :</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <source>The whole application switches at once and remembers the choice. Documents for a participant are printed in the participant's own language.</source>
            <translation>Toute l’application change de langue immédiatement et mémorise ce choix. Les documents destinés à un participant sont imprimés dans la langue de cette personne.</translation>
        </message>
        <message>
            <source>Dates look like this: {date}</source>
            <translation>Les dates s’affichent ainsi : {date}</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</source>
            <translation>Cet ordinateur portable n’est pas encore configuré : lancez « milma init --site CIFE » ou démarrez l’application.</translation>
        </message>
        <message>
            <source>Unknown site {site}: choose CIFE or LOS_ARCOS.</source>
            <translation>Site inconnu {site} : choisissez CIFE ou LOS_ARCOS.</translation>
        </message>
        <message>
            <source>This laptop is already set up for site {site}.</source>
            <translation>Cet ordinateur portable est déjà configuré pour le site {site}.</translation>
        </message>
        <message>
            <source>Write the full name of the technician who uses this laptop.</source>
            <translation>Écrivez le nom complet du technicien qui utilise cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>MILMA Desktop was started again with this data folder: it is open here.</source>
            <translation>MILMA Desktop a été relancé avec ce dossier de données : il est ouvert ici.</translation>
        </message>
        <message>
            <source>MILMA Desktop is already open with this data folder; its window was brought to the front.</source>
            <translation>MILMA Desktop est déjà ouvert avec ce dossier de données ; sa fenêtre a été mise au premier plan.</translation>
        </message>
        <message>
            <source>MILMA Desktop is already open with this data folder, but its window does not answer. Wait a moment and try again, or close it first.</source>
            <translation>MILMA Desktop est déjà ouvert avec ce dossier de données, mais sa fenêtre ne répond pas. Attendez un instant et réessayez, ou fermez-la d’abord.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>This data was written by a newer version of MILMA Desktop (schema {revision}). Install the newer version to open it.</source>
            <translation>Ces données ont été écrites par une version plus récente de MILMA Desktop (schéma {revision}). Installez la version plus récente pour les ouvrir.</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}.</source>
            <translation>Impossible de créer le dossier de données {path}.</translation>
        </message>
        <message>
            <source>The data folder {path} is not writable.</source>
            <translation>Le dossier de données {path} n’est pas accessible en écriture.</translation>
        </message>
        <message>
            <source>The data store {path} is encrypted and locked: it opens with the password of one of its accounts, or with its recovery key.</source>
            <translation>La base de données {path} est chiffrée et verrouillée : elle s’ouvre avec le mot de passe de l’un de ses comptes, ou avec sa clé de récupération.</translation>
        </message>
        <message>
            <source>The file {path} is not a MILMA database or is damaged.</source>
            <translation>Le fichier {path} n’est pas une base de données MILMA ou il est endommagé.</translation>
        </message>
        <message>
            <source>The data store is closed.</source>
            <translation>La base de données est fermée.</translation>
        </message>
        <message>
            <source>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</source>
            <translation>Cet ordinateur portable n’est pas encore configuré : lancez « milma init --site CIFE » ou démarrez l’application.</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <source>Everything we hold about you</source>
            <translation>Tout ce que nous conservons sur vous</translation>
        </message>
        <message>
            <source>This document lists every record the MILMA programme keeps about you on this computer, field by field, as the staff see them. You have the right to a copy of your data, to have it corrected or erased, and to receive it in a machine-readable form: the file with the same name ending in .json holds the same data. Ask your technician.</source>
            <translation>Ce document présente tous les enregistrements que le programme MILMA conserve sur vous sur cet ordinateur, champ par champ, tels que le personnel les voit. Vous avez le droit d’obtenir une copie de vos données, de les faire corriger ou effacer, et de les recevoir dans un format lisible par machine : le fichier du même nom se terminant par .json contient les mêmes données. Adressez-vous à votre technicien ou technicienne.</translation>
        </message>
        <message>
            <source>◆ Special category: data about your origin, your immigration status or your life story, which the law protects in particular.</source>
            <translation>◆ Catégorie particulière : données sur votre origine, votre situation migratoire ou votre récit de vie, que la loi protège particulièrement.</translation>
        </message>
        <message>
            <source>◆ special category</source>
            <translation>◆ catégorie particulière</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Code participant</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>Your personal details</source>
            <translation>Vos données personnelles</translation>
        </message>
        <message>
            <source>Records of you registered twice and merged into this one</source>
            <translation>Vos fiches enregistrées en double et fusionnées dans celle-ci</translation>
        </message>
        <message>
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <source>Record {number} of {count}</source>
            <translation>Enregistrement {number} sur {count}</translation>
        </message>
        <message>
            <source>Who looked at or changed your records</source>
            <translation>Qui a consulté ou modifié vos données</translation>
        </message>
        <message>
            <source>Each time a member of staff opened your page, changed, printed or exported your records.</source>
            <translation>Chaque fois qu’un membre du personnel a ouvert votre fiche, modifié, imprimé ou exporté vos données.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Nothing else is recorded about you.</source>
            <translation>Rien d’autre n’est enregistré à votre sujet.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>MILMA · personal data held · printed on {date}</source>
            <translation>MILMA · données personnelles conservées · imprimé le {date}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>Folder for the files of everything we hold</source>
            <translation>Dossier pour les fichiers de tout ce que nous conservons</translation>
        </message>
        <message>
            <source>Everything we hold about this person was written to {folder}:
{pdf}
{json}
The file names hold no personal data; keep them safe.</source>
            <translation>Tout ce que nous conservons sur cette personne a été écrit dans {folder} :
{pdf}
{json}
Les noms des fichiers ne contiennent aucune donnée personnelle ; conservez-les en lieu sûr.</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Has room for a newcomer</source>
            <translation>Peut accueillir un nouvel arrivant</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Raisons</translation>
        </message>
        <message>
            <source>{load} of {capacity}</source>
            <translation>{load} sur {capacity}</translation>
        </message>
        <message>
            <source>Newcomers now</source>
            <translation>Nouveaux arrivants en cours</translation>
        </message>
        <message>
            <source>Suggested connectors</source>
            <translation>Connecteurs suggérés</translation>
        </message>
        <message>
            <source>Best first: the same occupation group counts most, then a related group, a language in common other than Spanish, the same neighbourhood and a way of meeting that fits. Connectors who are inactive, have not agreed to be contacted, have no room for another newcomer or already met this participant are not listed.</source>
            <translation>Les meilleurs d’abord : le même groupe de professions compte le plus, puis un groupe voisin, une langue commune autre que l’espagnol, le même quartier et une façon de se rencontrer qui convient. Les connecteurs inactifs, ceux qui n’ont pas accepté d’être contactés, ceux qui ne peuvent pas accueillir un nouvel arrivant de plus et ceux qui ont déjà rencontré ce participant ne sont pas listés.</translation>
        </message>
        <message>
            <source>No connector can be suggested now: check the connectors' occupation groups, their agreement to be contacted and how many newcomers each can take.</source>
            <translation>Aucun connecteur ne peut être suggéré pour l’instant : vérifiez les groupes de professions des connecteurs, leur accord pour être contactés et combien de nouveaux arrivants chacun peut accueillir.</translation>
        </message>
        <message>
            <source>&amp;Start a meeting with this connector</source>
            <translation>&amp;Commencer une rencontre avec ce connecteur</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>{survey}: {name}</source>
            <translation>{survey} : {name}</translation>
        </message>
        <message>
            <source>&amp;Questions in:</source>
            <translation>&amp;Questions en :</translation>
        </message>
        <message>
            <source>{language} (the participant's language)</source>
            <translation>{language} (la langue du participant)</translation>
        </message>
        <message>
            <source>{language} (your language)</source>
            <translation>{language} (votre langue)</translation>
        </message>
        <message>
            <source>{language} (the participant's and yours)</source>
            <translation>{language} (celle du participant et la vôtre)</translation>
        </message>
        <message>
            <source>{language} (as it was answered)</source>
            <translation>{language} (comme il a été répondu)</translation>
        </message>
        <message>
            <source>Choose a response to see its answers.</source>
            <translation>Choisissez une réponse pour voir ses réponses.</translation>
        </message>
        <message>
            <source>Answered under version {old} of the questionnaire, which is now version {new}: kept as it was given.</source>
            <translation>Répondu avec la version {old} du questionnaire, qui en est maintenant à la version {new} : conservé tel qu'il a été donné.</translation>
        </message>
        <message>
            <source>Open it to correct an answer.</source>
            <translation>Ouvrez-la pour corriger une réponse.</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>Q&amp;uestionnaire :</translation>
        </message>
        <message>
            <source>Questionnaire to answer</source>
            <translation>Questionnaire à remplir</translation>
        </message>
        <message>
            <source>&amp;New survey…</source>
            <translation>&amp;Nouveau questionnaire…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ou&amp;vrir</translation>
        </message>
        <message>
            <source>Survey responses</source>
            <translation>Réponses aux questionnaires</translation>
        </message>
        <message>
            <source>Answers of the chosen response</source>
            <translation>Contenu de la réponse choisie</translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>The period starts after it ends: choose a start date on or before the end date.</source>
            <translation>La période commence après sa fin : choisissez une date de début antérieure ou égale à la date de fin.</translation>
        </message>
        <message>
            <source>Period: {start} to {end}</source>
            <translation>Période : du {start} au {end}</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>non atteint</translation>
        </message>
        <message>
            <source>at least {target}</source>
            <translation>au moins {target}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Active connectors</source>
            <translation>Connecteurs actifs</translation>
        </message>
        <message>
            <source>Connectors marked active today, whatever the period.</source>
            <translation>Connecteurs marqués actifs aujourd’hui, quelle que soit la période.</translation>
        </message>
        <message>
            <source>Newcomers met</source>
            <translation>Nouveaux arrivants rencontrés</translation>
        </message>
        <message>
            <source>Say it helped their inclusion</source>
            <translation>Disent que cela a aidé leur intégration</translation>
        </message>
        <message>
            <source>Of the newcomers met who answered the follow-up survey's question "The connector programme helped my inclusion", the share who answered yes (their latest follow-up).</source>
            <translation>Parmi les nouveaux arrivants rencontrés qui ont répondu à la question du questionnaire de suivi « Le programme des connecteurs m’a aidé(e) à m’intégrer », la part qui a répondu oui (leur dernier suivi).</translation>
        </message>
        <message>
            <source>Consider joining an association, the Coexistence Board or the Anti-Rumours network</source>
            <translation>Envisagent de rejoindre une association, la Mesa por la Convivencia ou le réseau Anti-rumeurs</translation>
        </message>
        <message>
            <source>Of the newcomers met who answered the follow-up survey's question about joining a local association, the Coexistence Board or the Anti-Rumours network, the share who answered yes (their latest follow-up).</source>
            <translation>Parmi les nouveaux arrivants rencontrés qui ont répondu à la question du questionnaire de suivi sur l’adhésion à une association locale, à la Mesa por la Convivencia ou au réseau Anti-rumeurs, la part qui a répondu oui (leur dernier suivi).</translation>
        </message>
        <message>
            <source>Meetings per newcomer</source>
            <translation>Rencontres par nouvel arrivant</translation>
        </message>
        <message>
            <source>Participants with at least one connector meeting held in the period.</source>
            <translation>Participants ayant eu au moins une rencontre tenue avec un connecteur sur la période.</translation>
        </message>
        <message>
            <source>Connector meetings held in the period divided by the newcomers met.</source>
            <translation>Rencontres tenues avec des connecteurs sur la période, divisées par le nombre de nouveaux arrivants rencontrés.</translation>
        </message>
        <message>
            <source>Referrals per connector</source>
            <translation>Mises en relation par connecteur</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings divided by the connectors who held those meetings.</source>
            <translation>Mises en relation proposées lors des rencontres de la période divisées par le nombre de connecteurs qui ont tenu ces rencontres.</translation>
        </message>
        <message>
            <source>Referrals that happened</source>
            <translation>Mises en relation effectuées</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings whose introduction took place.</source>
            <translation>Mises en relation proposées lors des rencontres de la période qui ont eu lieu.</translation>
        </message>
        <message>
            <source>Referrals pending</source>
            <translation>Mises en relation en attente</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings still waiting for the introduction.</source>
            <translation>Mises en relation proposées lors des rencontres de la période qui n’ont pas encore eu lieu.</translation>
        </message>
        <message>
            <source>Referrals dropped</source>
            <translation>Mises en relation abandonnées</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings that were dropped (status Cancelled).</source>
            <translation>Mises en relation proposées lors des rencontres de la période qui ont été abandonnées (statut Annulée).</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Connector Program</source>
            <translation>Programme des connecteurs</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>The shares come from the follow-up questionnaire; the period chooses meetings by their date (empty dates: all time).</source>
            <translation>Les parts viennent du questionnaire de suivi ; la période choisit les rencontres par leur date (dates vides : toute la durée).</translation>
        </message>
        <message numerus="yes">
            <source>%n newcomer(s) answered</source>
            <translation>
                <numerusform>%n nouvel arrivant a répondu</numerusform>
                <numerusform>%n nouveaux arrivants ont répondu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: at most {max} characters.</source>
            <translation>{field} : {max} caractères au maximum.</translation>
        </message>
        <message>
            <source>{field}: enter a whole number.</source>
            <translation>{field} : saisissez un nombre entier.</translation>
        </message>
        <message>
            <source>{field}: enter a number.</source>
            <translation>{field} : saisissez un nombre.</translation>
        </message>
        <message>
            <source>{field}: answer yes or no.</source>
            <translation>{field} : répondez par oui ou par non.</translation>
        </message>
        <message>
            <source>{field}: enter a valid date (YYYY-MM-DD).</source>
            <translation>{field} : saisissez une date valide (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>{field}: enter a valid date and time.</source>
            <translation>{field} : saisissez une date et une heure valides.</translation>
        </message>
        <message>
            <source>{field}: choose one of the listed options.</source>
            <translation>{field} : choisissez l’une des options de la liste.</translation>
        </message>
        <message>
            <source>{field}: choose a country from the list.</source>
            <translation>{field} : choisissez un pays dans la liste.</translation>
        </message>
        <message>
            <source>{field}: choose a language from the list.</source>
            <translation>{field} : choisissez une langue dans la liste.</translation>
        </message>
        <message>
            <source>{field}: choose an occupation group from the list.</source>
            <translation>{field} : choisissez un groupe de professions dans la liste.</translation>
        </message>
        <message>
            <source>{field}: enter a value from {min} to {max}.</source>
            <translation>{field} : saisissez une valeur de {min} à {max}.</translation>
        </message>
        <message>
            <source>{field}: the value is out of range.</source>
            <translation>{field} : la valeur est hors limites.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field} : champ obligatoire.</translation>
        </message>
        <message>
            <source>Birth date: the date is in the future.</source>
            <translation>Date de naissance : la date est dans le futur.</translation>
        </message>
        <message>
            <source>Birth date: the person would be {age} years old; participants are {min} to {max}.</source>
            <translation>Date de naissance : la personne aurait {age} ans ; les participants ont de {min} à {max} ans.</translation>
        </message>
        <message>
            <source>{field}: the date is before the birth date.</source>
            <translation>{field} : la date est antérieure à la date de naissance.</translation>
        </message>
        <message>
            <source>Identity document: choose the type of document.</source>
            <translation>Pièce d’identité : choisissez le type de document.</translation>
        </message>
        <message>
            <source>Document number: not a valid DNI (8 digits and the right check letter).</source>
            <translation>Numéro de document : DNI non valide (8 chiffres et la bonne lettre de contrôle).</translation>
        </message>
        <message>
            <source>Document number: not a valid NIE (X, Y or Z, 7 digits and the right check letter).</source>
            <translation>Numéro de document : NIE non valide (X, Y ou Z, 7 chiffres et la bonne lettre de contrôle).</translation>
        </message>
        <message>
            <source>Document number: a passport number has 5 to 20 letters and digits.</source>
            <translation>Numéro de document : un numéro de passeport compte de 5 à 20 lettres et chiffres.</translation>
        </message>
        <message>
            <source>Email: enter an address like name@example.org.</source>
            <translation>Courriel : saisissez une adresse comme nom@exemple.org.</translation>
        </message>
        <message>
            <source>Phone: not a valid phone number. Write a Spanish number such as 612 34 56 78, or another country's with its code first, such as +33 6 12 34 56 78.</source>
            <translation>Téléphone : ce n’est pas un numéro de téléphone valide. Écrivez un numéro espagnol, comme 612 34 56 78, ou celui d’un autre pays précédé de son indicatif, comme +33 6 12 34 56 78.</translation>
        </message>
        <message>
            <source>Employer not in the companies list: the employer is already chosen from the list; leave one of the two empty.</source>
            <translation>Employeur absent de la liste des entreprises : l’employeur est déjà choisi dans la liste ; laissez l’un des deux vide.</translation>
        </message>
        <message>
            <source>Next appointment: it must come after the session.</source>
            <translation>Prochain rendez-vous : il doit être postérieur à la séance.</translation>
        </message>
        <message>
            <source>Recorded on: the date is in the future.</source>
            <translation>Date d’enregistrement : la date est dans le futur.</translation>
        </message>
        <message>
            <source>Date: attendance cannot be recorded for a day still to come.</source>
            <translation>Date : la présence ne peut pas être enregistrée pour un jour à venir.</translation>
        </message>
        <message>
            <source>Hours: someone present attended more than 0 hours (or mark them absent).</source>
            <translation>Heures : une personne présente a assisté plus de 0 heure (sinon, indiquez son absence).</translation>
        </message>
        <message>
            <source>Hours: someone absent or excused attended 0 hours.</source>
            <translation>Heures : une personne absente ou excusée a assisté 0 heure.</translation>
        </message>
        <message>
            <source>Date: a meeting held cannot be in the future (choose the status Scheduled to plan it).</source>
            <translation>Date : une rencontre tenue ne peut pas être dans le futur (choisissez le statut Programmée pour la prévoir).</translation>
        </message>
        <message>
            <source>Why it was dropped: say why the introduction was cancelled.</source>
            <translation>Raison de l’abandon : indiquez pourquoi la mise en relation a été annulée.</translation>
        </message>
        <message>
            <source>Date: an introduction cannot be recorded for a day still to come.</source>
            <translation>Date : une présentation ne peut pas être enregistrée pour un jour à venir.</translation>
        </message>
        <message>
            <source>Association: choose the local association the participant was introduced to.</source>
            <translation>Association : choisissez l’association locale à laquelle le participant a été présenté.</translation>
        </message>
        <message>
            <source>Association: only an introduction to a local association names one (leave it empty, or choose the area A local association).</source>
            <translation>Association : seule une présentation à une association locale en nomme une (laissez-la vide, ou choisissez le domaine Une association locale).</translation>
        </message>
        <message>
            <source>End date: a lab ends after it starts.</source>
            <translation>Date de fin : un laboratoire se termine après son début.</translation>
        </message>
        <message>
            <source>Ended on: the date is before the enrolment.</source>
            <translation>Date de fin de participation : la date est antérieure à l’inscription.</translation>
        </message>
        <message>
            <source>End date: a placement ends after it starts.</source>
            <translation>Date de fin : un stage se termine après son début.</translation>
        </message>
        <message>
            <source>End date: a job ends after it starts.</source>
            <translation>Date de fin : un emploi se termine après son début.</translation>
        </message>
        <message>
            <source>Withdrawn on: the date is before the consent was given.</source>
            <translation>Date de retrait : la date est antérieure au recueil du consentement.</translation>
        </message>
        <message>
            <source>{field}: the record chosen no longer exists.</source>
            <translation>{field} : l’enregistrement choisi n’existe plus.</translation>
        </message>
    </context>
    <context>
        <name>Waiting</name>
        <message>
            <source>Met on</source>
            <translation>Rencontre le</translation>
        </message>
        <message>
            <source>Days waiting</source>
            <translation>Jours d’attente</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Connecteur rencontré</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Mis en relation avec</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Drop the referral</source>
            <translation>Abandonner la mise en relation</translation>
        </message>
        <message>
            <source>Why will the introduction to {connector} not happen?</source>
            <translation>Pourquoi la mise en relation avec {connector} n’aura-t-elle pas lieu ?</translation>
        </message>
        <message>
            <source>Referrals waiting</source>
            <translation>Mises en relation en attente</translation>
        </message>
        <message>
            <source>Pending for more than (&amp;days):</source>
            <translation>En attente depuis plus de (&amp;jours) :</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Mark as &amp;happened</source>
            <translation>Marquer comme &amp;effectuée</translation>
        </message>
        <message>
            <source>Dro&amp;pped…</source>
            <translation>A&amp;bandonnée…</translation>
        </message>
        <message>
            <source>Double-click a referral (or press Enter) to open the participant's page.</source>
            <translation>Double-cliquez sur une mise en relation (ou appuyez sur Entrée) pour ouvrir la page du participant.</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) waiting</source>
            <translation>
                <numerusform>%n mise en relation en attente</numerusform>
                <numerusform>%n mises en relation en attente</numerusform>
            </translation>
        </message>
    </context>
</TS>
