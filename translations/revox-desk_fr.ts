<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BannerController</name>
    <message>
        <source>The data shown was loaded %1.</source>
        <translation>Les données affichées ont été chargées %1.</translation>
    </message>
    <message>
        <source>Offline since %1: showing the copy saved on this computer %2.</source>
        <translation>Hors ligne depuis %1&#x202f;: copie enregistrée sur cet ordinateur %2.</translation>
    </message>
    <message>
        <source>No data could be loaded yet.</source>
        <translation>Aucune donnée n’a encore pu être chargée.</translation>
    </message>
    <message>
        <source>The Revox API refused the API key (%1). %2 Check the key in Settings.</source>
        <translation>L’API Revox a refusé la clé d’API (%1). %2 Vérifiez la clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Cannot reach the Revox API.</source>
        <translation>Impossible de joindre l’API Revox.</translation>
    </message>
    <message>
        <source>The Revox API is not answering properly.</source>
        <translation>L’API Revox ne répond pas correctement.</translation>
    </message>
    <message>
        <source>%1 %2 Retrying automatically. (%3)</source>
        <translation>%1 %2 Nouvelle tentative automatique. (%3)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Some values in the server&apos;s answers could not be read (%n kind(s) of problem). They are shown as empty until they are read again; everything else is shown.</source>
        <translation>
            <numerusform>Certaines valeurs des réponses du serveur n’ont pas pu être lues (%n type de problème). Elles apparaissent vides jusqu’à leur prochaine lecture ; tout le reste est affiché.</numerusform>
            <numerusform>Certaines valeurs des réponses du serveur n’ont pas pu être lues (%n types de problèmes). Elles apparaissent vides jusqu’à leur prochaine lecture ; tout le reste est affiché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>You are looking at demo data from the built-in simulator, not a Revox account. Add your API key in Settings to see your campaigns.</source>
        <translation>Vous regardez des données de démonstration issues du simulateur intégré, pas un compte Revox. Ajoutez votre clé d’API dans les Paramètres pour voir vos campagnes.</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>Ajouter une clé d’API…</translation>
    </message>
    <message>
        <source>The server&apos;s pages of rows did not add up (%1). Every row it sent is shown.</source>
        <translation>Les pages de lignes envoyées par le serveur ne concordent pas (%1). Toutes les lignes qu’il a envoyées sont affichées.</translation>
    </message>
</context>
<context>
    <name>CacheConnection</name>
    <message>
        <source>The local cache cannot be used: the folder %1 cannot be created. Revox Desk works without it.</source>
        <translation>Le cache local est inutilisable&#x202f;: le dossier %1 ne peut pas être créé. Revox Desk fonctionne sans lui.</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>ce n’est pas une base de données</translation>
    </message>
    <message>
        <source>it is incomplete</source>
        <translation>il est incomplet</translation>
    </message>
    <message>
        <source>it was written by an older version of Revox Desk</source>
        <translation>il a été écrit par une version plus ancienne de Revox Desk</translation>
    </message>
    <message>
        <source>it was written by a newer version of Revox Desk</source>
        <translation>il a été écrit par une version plus récente de Revox Desk</translation>
    </message>
    <message>
        <source>it is not a Revox Desk cache</source>
        <translation>ce n’est pas un cache de Revox Desk</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>il est endommagé</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1). Revox Desk works without it: data is downloaded again at each start.</source>
        <translation>Le cache local est inutilisable (%1). Revox Desk fonctionne sans lui&#x202f;: les données sont téléchargées à nouveau à chaque démarrage.</translation>
    </message>
    <message>
        <source>%1, and it cannot be moved out of the way</source>
        <translation>%1, et il ne peut pas être mis de côté</translation>
    </message>
    <message>
        <source>The local cache could not be used (%1). It was moved to %2 and a new one was started: campaigns and rows will be downloaded again.</source>
        <translation>Le cache local n’a pas pu être utilisé (%1). Il a été déplacé vers %2 et un nouveau a été créé&#x202f;: les campagnes et les lignes seront téléchargées à nouveau.</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>il appartient à un autre compte</translation>
    </message>
    <message>
        <source>The local cache could not be updated (%1).</source>
        <translation>Le cache local n’a pas pu être mis à jour (%1).</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Le cache local n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The disk is full: the local cache could not save the latest data. It keeps its last complete copy and is completed once there is space again.</source>
        <translation>Le disque est plein&#x202f;: le cache local n’a pas pu enregistrer les dernières données. Il garde sa dernière copie complète et sera complété dès qu’il y aura de la place.</translation>
    </message>
</context>
<context>
    <name>CallTimingFindings</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>Aucun appel pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln attempt(s) has a start time yet.</source>
        <translation>
            <numerusform>La tentative (%Ln) n’a pas encore d’heure de début.</numerusform>
            <numerusform>Aucune des %Ln tentatives n’a encore d’heure de début.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures are still few: no hour has %1 attempts or more (%Ln attempt(s) in all).</source>
        <translation>
            <numerusform>Les chiffres sont encore peu nombreux&#x202f;: aucune heure n’a %1 tentatives ou plus (%Ln tentative en tout).</numerusform>
            <numerusform>Les chiffres sont encore peu nombreux&#x202f;: aucune heure n’a %1 tentatives ou plus (%Ln tentatives en tout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best hour: %1, %2 answered, %3 a person (%Ln attempt(s)).</source>
        <translation>
            <numerusform>Meilleure heure&#x202f;: %1, %2 répondus, %3 une personne (%Ln tentative).</numerusform>
            <numerusform>Meilleure heure&#x202f;: %1, %2 répondus, %3 une personne (%Ln tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewest answers at %1 (%2 answered).</source>
        <translation>Le moins de réponses à %1 (%2 répondus).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s) without a start time are left out.</source>
        <translation>
            <numerusform>%Ln tentative sans heure de début n’est pas comptée.</numerusform>
            <numerusform>%Ln tentatives sans heure de début ne sont pas comptées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures are still few: no day has %1 attempts or more (%Ln attempt(s) in all).</source>
        <translation>
            <numerusform>Les chiffres sont encore peu nombreux&#x202f;: aucun jour n’a %1 tentatives ou plus (%Ln tentative en tout).</numerusform>
            <numerusform>Les chiffres sont encore peu nombreux&#x202f;: aucun jour n’a %1 tentatives ou plus (%Ln tentatives en tout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best day: %1, %2 answered, %3 a person (%Ln attempt(s)).</source>
        <translation>
            <numerusform>Meilleur jour&#x202f;: %1, %2 répondus, %3 une personne (%Ln tentative).</numerusform>
            <numerusform>Meilleur jour&#x202f;: %1, %2 répondus, %3 une personne (%Ln tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewest answers on %1 (%2 answered).</source>
        <translation>Le moins de réponses le %1 (%2 répondus).</translation>
    </message>
    <message numerus="yes">
        <source>No one reached yet; %Ln row(s) called.</source>
        <translation>
            <numerusform>Personne n’a encore été joint&#x202f;; %Ln ligne appelée.</numerusform>
            <numerusform>Personne n’a encore été joint&#x202f;; %Ln lignes appelées.</numerusform>
        </translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>la première tentative</translation>
    </message>
    <message>
        <source>the second attempt</source>
        <translation>la deuxième tentative</translation>
    </message>
    <message>
        <source>the third attempt</source>
        <translation>la troisième tentative</translation>
    </message>
    <message>
        <source>the fourth attempt or later</source>
        <translation>la quatrième tentative ou après</translation>
    </message>
    <message>
        <source>Most people were reached on %1 (%2).</source>
        <translation>La plupart des personnes ont été jointes à %1 (%2).</translation>
    </message>
    <message>
        <source>People were reached most often on %1 (%2).</source>
        <translation>Les personnes ont été jointes le plus souvent à %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) called without reaching a person yet.</source>
        <translation>
            <numerusform>%Ln ligne appelée sans encore joindre personne.</numerusform>
            <numerusform>%Ln lignes appelées sans encore joindre personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answered call with a known length yet.</source>
        <translation>Aucun appel répondu de durée connue pour l’instant.</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>2 min</source>
        <translation>2 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln answered call(s), half last under %1.</source>
        <translation>
            <numerusform>Sur %Ln appel répondu, la moitié dure moins de %1.</numerusform>
            <numerusform>Sur %Ln appels répondus, la moitié dure moins de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln answered call(s), half last 5 min or more.</source>
        <translation>
            <numerusform>Sur %Ln appel répondu, la moitié dure 5 min ou plus.</numerusform>
            <numerusform>Sur %Ln appels répondus, la moitié dure 5 min ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 last 5 min or more.</source>
        <translation>%1 durent 5 min ou plus.</translation>
    </message>
</context>
<context>
    <name>CampaignEvent</name>
    <message>
        <source>Campaign finished: %1</source>
        <translation>Campagne terminée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Campaign paused: %1</source>
        <translation>Campagne en pause&#x202f;: %1</translation>
    </message>
    <message>
        <source>The Revox API is failing</source>
        <translation>L’API Revox est en échec</translation>
    </message>
    <message>
        <source>Campaign failing: %1</source>
        <translation>Campagne en difficulté&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Revox Desk: a live dashboard for Revox AI calling campaigns.

The API key comes from REVOX_API_KEY, or from the system keychain (Settings).
Without a key the app shows demo data from a built-in simulator.</source>
        <translation>Revox Desk&#x202f;: un tableau de bord en direct pour les campagnes d’appels IA de Revox.

La clé d’API vient de REVOX_API_KEY ou du trousseau du système (Paramètres).
Sans clé, l’application affiche des données de démonstration issues d’un simulateur intégré.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>API base URL (default: REVOX_BASE_URL, the saved setting, or https://www.getrevox.com/api).</source>
        <translation>URL de base de l’API (par défaut&#x202f;: REVOX_BASE_URL, le réglage enregistré ou https://www.getrevox.com/api).</translation>
    </message>
    <message>
        <source>Open the campaign with this id.</source>
        <translation>Ouvrir la campagne portant cet identifiant.</translation>
    </message>
    <message>
        <source>Show demo data from the built-in simulator, even when an API key is configured.</source>
        <translation>Afficher les données de démonstration du simulateur intégré, même si une clé d’API est configurée.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#x202f;: %1</translation>
    </message>
    <message>
        <source>--base-url: not a URL: %1</source>
        <translation>--base-url&#x202f;: URL non valide&#x202f;: %1</translation>
    </message>
    <message>
        <source>--campaign needs an id</source>
        <translation>--campaign attend un identifiant</translation>
    </message>
    <message>
        <source>Try &apos;revox-desk --help&apos;.</source>
        <translation>Essayez « revox-desk --help ».</translation>
    </message>
    <message>
        <source>ignoring the saved base URL: %1</source>
        <translation>URL de base enregistrée ignorée&#x202f;: %1</translation>
    </message>
    <message>
        <source>no API key is configured, so --base-url is not used and demo data is shown (set REVOX_API_KEY or add a key in Settings).</source>
        <translation>aucune clé d’API n’est configurée&#x202f;: --base-url n’est pas utilisé et les données de démonstration sont affichées (définissez REVOX_API_KEY ou ajoutez une clé dans les Paramètres).</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Queued for calling</source>
        <translation>En file d’appel</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Post processing</source>
        <translation>Post-traitement</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>Non lancé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>SVI</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Répondeur</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humain</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>iOS screening</source>
        <translation>Filtrage iOS</translation>
    </message>
    <message>
        <source>Number non attributed</source>
        <translation>Numéro non attribué</translation>
    </message>
    <message>
        <source>Too many calls</source>
        <translation>Trop d’appels</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>Temporairement indisponible</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>No international permission</source>
        <translation>Pas d’autorisation internationale</translation>
    </message>
    <message>
        <source>Precondition failed</source>
        <translation>Condition préalable non remplie</translation>
    </message>
    <message>
        <source>Non classified error</source>
        <translation>Erreur non classée</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Tool end call</source>
        <translation>Fin d’appel par outil</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Max duration</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>IVR no navigate</source>
        <translation>SVI non franchi</translation>
    </message>
    <message>
        <source>Silence timeout</source>
        <translation>Silence prolongé</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Cartesia</source>
        <translation>Cartesia</translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, spoken duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, spoken duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, spoken duration</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>Skipped or cancelled</source>
        <translation>Ignoré ou annulé</translation>
    </message>
</context>
<context>
    <name>HumanText</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no delay</source>
        <translation>sans délai</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Default policy (up to 3 attempts, 10:00–18:00, 2 h between tries)</source>
        <translation>Règle par défaut (jusqu’à 3 tentatives, 10:00–18:00, 2 h entre deux essais)</translation>
    </message>
    <message>
        <source>in the callee&apos;s local time (from the phone number)</source>
        <translation>à l’heure locale de l’appelé (d’après le numéro)</translation>
    </message>
    <message>
        <source>in %1 time</source>
        <translation>à l’heure de %1</translation>
    </message>
    <message>
        <source>No retries, %1</source>
        <translation>Aucune relance, %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n retries, %1</source>
        <translation>
            <numerusform>Jusqu’à %n relance, %1</numerusform>
            <numerusform>Jusqu’à %n relances, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time (no calling windows set)</source>
        <translation>À toute heure (aucune plage d’appel définie)</translation>
    </message>
    <message>
        <source>%1–%2 (retry after %3)</source>
        <translation>%1–%2 (relance après %3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
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
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>more than a year away</source>
        <translation>dans plus d’un an</translation>
    </message>
    <message>
        <source>around %1 (in %2)</source>
        <translation>vers %1 (dans %2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled: the rows left will not be called</source>
        <translation>Annulée : les lignes restantes ne seront pas appelées</translation>
    </message>
    <message>
        <source>Not started (draft)</source>
        <translation>Pas commencée (brouillon)</translation>
    </message>
    <message numerus="yes">
        <source>Paused, %Ln row(s) left</source>
        <translation>
            <numerusform>En pause, %Ln ligne restante</numerusform>
            <numerusform>En pause, %Ln lignes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: the server sends no row counts</source>
        <translation>Inconnue : le serveur n’envoie pas le décompte des lignes</translation>
    </message>
    <message>
        <source>Not enough calls yet to estimate</source>
        <translation>Pas encore assez d’appels pour estimer</translation>
    </message>
    <message>
        <source>the next window</source>
        <translation>la prochaine plage</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>at up to %1 rows/h (from its concurrency: no pace measured yet)</source>
        <translation>à %1 lignes/h au plus (d’après ses appels simultanés : aucun rythme mesuré encore)</translation>
    </message>
    <message>
        <source>at %1 rows/h</source>
        <translation>à %1 lignes/h</translation>
    </message>
    <message>
        <source>Done %1, %2</source>
        <translation>Fini %1, %2</translation>
    </message>
    <message>
        <source>Outside calling hours until %1; then done %2, %3</source>
        <translation>Hors des heures d’appel jusqu’à %1 ; puis fini %2, %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>This window shows simulated campaigns from the built-in demo server, not your account.</source>
        <translation>Cette fenêtre montre des campagnes simulées par le serveur de démonstration intégré, pas celles de votre compte.</translation>
    </message>
    <message>
        <source>Revox Desk</source>
        <translation>Revox Desk</translation>
    </message>
</context>
<context>
    <name>ShortenedText</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>… (%1 entry shortened for display; Copy transcript gives it whole)</source>
        <translation>… (%1, entrée raccourcie à l’affichage ; « Copier la transcription » la donne en entier)</translation>
    </message>
</context>
<context>
    <name>revox::AccessibleNames</name>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d’outils</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>%1: choices</source>
        <translation>%1&#x202f;: choix</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barre de défilement verticale</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barre de défilement horizontale</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
</context>
<context>
    <name>revox::AllCampaignsPage</name>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save this table, in its current order, as a CSV file</source>
        <translation>Enregistrer ce tableau, dans son ordre actuel, en fichier CSV</translation>
    </message>
    <message>
        <source>One row per campaign. Press Enter to open the campaign of the current row.</source>
        <translation>Une ligne par campagne. Appuyez sur Entrée pour ouvrir la campagne de la ligne courante.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no campaigns to export.</source>
        <translation>Il n&apos;y a aucune campagne à exporter.</translation>
    </message>
    <message>
        <source>Export all campaigns</source>
        <translation>Exporter toutes les campagnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n campaign(s) to %1.</source>
        <translation>
            <numerusform>%n campagne exportée vers %1.</numerusform>
            <numerusform>%n campagnes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the campaigns to %1: %2</source>
        <translation>Impossible d&apos;exporter les campagnes vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) not opened on this computer yet: the answer, human and success rates, the median call and the last call show once each one&apos;s rows have been downloaded in the background or it has been opened.</source>
        <translation>
            <numerusform>%n campagne pas encore ouverte sur cet ordinateur : les taux de réponse, d&apos;humains et de succès, l&apos;appel médian et le dernier appel s&apos;affichent une fois ses lignes téléchargées en arrière-plan ou la campagne ouverte.</numerusform>
            <numerusform>%n campagnes pas encore ouvertes sur cet ordinateur : les taux de réponse, d&apos;humains et de succès, l&apos;appel médian et le dernier appel s&apos;affichent une fois leurs lignes téléchargées en arrière-plan ou chacune ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 downloaded</source>
        <comment>bytes used of the budget</comment>
        <translation>%1 téléchargés sur %2</translation>
    </message>
    <message>
        <source>Figures of campaigns not opened here are worked out in the background (%1).</source>
        <translation>Les chiffres des campagnes jamais ouvertes ici sont calculés en arrière-plan (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Working out the figures of %1 in the background: %Ln row(s) so far, %2.</source>
        <translation>
            <numerusform>Calcul en arrière-plan des chiffres de %1 : %Ln ligne pour l&apos;instant, %2.</numerusform>
            <numerusform>Calcul en arrière-plan des chiffres de %1 : %Ln lignes pour l&apos;instant, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Background downloads stopped: %1.</source>
        <translation>Téléchargements en arrière-plan arrêtés : %1.</translation>
    </message>
    <message>
        <source>Background downloads stopped at their budget: %1. A larger budget in Settings goes on.</source>
        <translation>Téléchargements en arrière-plan arrêtés à leur limite : %1. Une limite plus haute dans les Paramètres les reprend.</translation>
    </message>
    <message>
        <source>Background downloads done: %1.</source>
        <translation>Téléchargements en arrière-plan terminés : %1.</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Go on downloading rows in the background</source>
        <translation>Reprendre le téléchargement des lignes en arrière-plan</translation>
    </message>
    <message>
        <source>Stop downloading rows in the background</source>
        <translation>Arrêter le téléchargement des lignes en arrière-plan</translation>
    </message>
</context>
<context>
    <name>revox::ApiKeyStore</name>
    <message>
        <source>The API key was removed.</source>
        <translation>La clé d’API a été supprimée.</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>La clé d’API est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain is available; the API key is stored in %1, readable only by you.</source>
        <translation>Aucun trousseau n’est disponible&#x202f;; la clé d’API est enregistrée dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>No keychain is available and %1 could not be written (%2); the key is kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible et %1 n’a pas pu être écrit (%2)&#x202f;; la clé est conservée pour cette session seulement.</translation>
    </message>
    <message>
        <source>No keychain is available (%1); the key is kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible (%1)&#x202f;; la clé est conservée pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>revox::CacheSync</name>
    <message>
        <source>%1 of %2 rows saved; loading the rest</source>
        <translation>%1 lignes sur %2 enregistrées&#x202f;; chargement du reste</translation>
    </message>
</context>
<context>
    <name>revox::CallAttemptsDisplayModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Attempt at %1</source>
        <translation>Tentative, %1</translation>
    </message>
</context>
<context>
    <name>revox::CallAttemptsModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dial error</source>
        <translation>Erreur de numérotation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Terminé par</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>revox::CallDetailPane</name>
    <message>
        <source>Select a row to see its calls, transcript and recording.</source>
        <translation>Sélectionnez une ligne pour voir ses appels, sa transcription et son enregistrement.</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Statut de l’appel</translation>
    </message>
    <message>
        <source>Previous row (Alt+Up)</source>
        <translation>Ligne précédente (Alt+Haut)</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>Ligne précédente</translation>
    </message>
    <message>
        <source>Next row (Alt+Down)</source>
        <translation>Ligne suivante (Alt+Bas)</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Ligne suivante</translation>
    </message>
    <message>
        <source>Call attempts (most recent first)</source>
        <translation>Tentatives d’appel (les plus récentes d’abord)</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Tentatives d’appel</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Détails de l’appel</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>No structured output for this attempt.</source>
        <translation>Aucune donnée structurée pour cette tentative.</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>Données structurées</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>Données d’entrée</translation>
    </message>
    <message>
        <source>No input data.</source>
        <translation>Aucune donnée d’entrée.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation>Aucune métadonnée.</translation>
    </message>
    <message>
        <source>Input &amp;&amp; metadata</source>
        <translation>Entrée &amp;&amp; métadonnées</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Ligne %1 · %2</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>pas appelé</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
    <message>
        <source>scheduled %1</source>
        <translation>planifié %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>issue&#x202f;: %1</translation>
    </message>
    <message>
        <source>This row has not been called yet.</source>
        <translation>Cette ligne n’a pas encore été appelée.</translation>
    </message>
</context>
<context>
    <name>revox::CallTimingView</name>
    <message>
        <source>Call timing</source>
        <translation>Moments des appels</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>Answered, not a person</source>
        <translation>Répondu, pas une personne</translation>
    </message>
    <message>
        <source>Under %1 attempts</source>
        <translation>Moins de %1 tentatives</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>an axis label, percent</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Attempts needed to reach a person</source>
        <translation>Tentatives pour joindre une personne</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Pas encore joint</translation>
    </message>
    <message>
        <source>Length of answered calls</source>
        <translation>Durée des appels répondus</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Appels répondus</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas joint</translation>
    </message>
    <message>
        <source>&lt; 30 s</source>
        <comment>short, under a bar</comment>
        <translation>&lt; 30 s</translation>
    </message>
    <message>
        <source>30–60 s</source>
        <comment>short, under a bar</comment>
        <translation>30–60 s</translation>
    </message>
    <message>
        <source>1–2 min</source>
        <comment>short, under a bar</comment>
        <translation>1–2 min</translation>
    </message>
    <message>
        <source>2–5 min</source>
        <comment>short, under a bar</comment>
        <translation>2–5 min</translation>
    </message>
    <message>
        <source>5 min +</source>
        <comment>short, under a bar</comment>
        <translation>5 min +</translation>
    </message>
    <message>
        <source>By hour (%1)</source>
        <translation>Par heure (%1)</translation>
    </message>
    <message>
        <source>By weekday (%1)</source>
        <translation>Par jour (%1)</translation>
    </message>
    <message>
        <source>By hour (your time: %1)</source>
        <translation>Par heure (votre heure&#x202f;: %1)</translation>
    </message>
    <message>
        <source>By weekday (your time: %1)</source>
        <translation>Par jour (votre heure&#x202f;: %1)</translation>
    </message>
    <message>
        <source>&lt; 30 s</source>
        <translation>&lt; 30 s</translation>
    </message>
    <message>
        <source>30 s – 1 min</source>
        <translation>30 s – 1 min</translation>
    </message>
    <message>
        <source>1–2 min</source>
        <translation>1–2 min</translation>
    </message>
    <message>
        <source>2–5 min</source>
        <translation>2–5 min</translation>
    </message>
    <message>
        <source>5 min +</source>
        <translation>5 min +</translation>
    </message>
    <message>
        <source>%1: no calls</source>
        <translation>%1&#x202f;: aucun appel</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 answered, %3 a person (%Ln attempt(s))</source>
        <translation>
            <numerusform>%1&#x202f;: %2 répondus, %3 une personne (%Ln tentative)</numerusform>
            <numerusform>%1&#x202f;: %2 répondus, %3 une personne (%Ln tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Answered %</source>
        <translation>% répondus</translation>
    </message>
    <message>
        <source>A person %</source>
        <translation>% une personne</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Pas encore d’appels</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>1st attempt</source>
        <translation>1re tentative</translation>
    </message>
    <message>
        <source>2nd attempt</source>
        <translation>2e tentative</translation>
    </message>
    <message>
        <source>3rd attempt</source>
        <translation>3e tentative</translation>
    </message>
    <message>
        <source>4th attempt or later</source>
        <translation>4e tentative ou plus</translation>
    </message>
    <message>
        <source>Attempt that reached a person</source>
        <translation>Tentative qui a joint une personne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share of rows called</source>
        <translation>Part des lignes appelées</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No answered calls yet</source>
        <translation>Aucun appel répondu pour l’instant</translation>
    </message>
    <message>
        <source>Reached on the first attempt</source>
        <translation>Joint à la première tentative</translation>
    </message>
    <message>
        <source>Reached on the second attempt</source>
        <translation>Joint à la deuxième tentative</translation>
    </message>
    <message>
        <source>Reached on the third attempt</source>
        <translation>Joint à la troisième tentative</translation>
    </message>
    <message>
        <source>Reached on the fourth attempt or later</source>
        <translation>Joint à la quatrième tentative ou après</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1&#x202f;: %Ln ligne</numerusform>
            <numerusform>%1&#x202f;: %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln answered call(s)</source>
        <translation>
            <numerusform>%1&#x202f;: %Ln appel répondu</numerusform>
            <numerusform>%1&#x202f;: %Ln appels répondus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignDelegate</name>
    <message>
        <source>No statistics yet</source>
        <translation>Pas encore de statistiques</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln row(s)</source>
        <translation>
            <numerusform>%1 · %Ln ligne</numerusform>
            <numerusform>%1 · %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignEventDetector</name>
    <message>
        <source>All rows are done.</source>
        <translation>Toutes les lignes sont traitées.</translation>
    </message>
    <message>
        <source>No more calls are made until it is resumed.</source>
        <translation>Plus aucun appel n’est passé jusqu’à sa reprise.</translation>
    </message>
    <message>
        <source>%1 of the last %2 calls failed.</source>
        <translation>%1 des %2 derniers appels ont échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n refreshes in a row failed: %1</source>
        <translation>
            <numerusform>%n actualisation a échoué&#x202f;: %1</numerusform>
            <numerusform>%n actualisations de suite ont échoué&#x202f;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows completed: %1; failed: %2.</source>
        <translation>Lignes terminées&#x202f;: %1&#x202f;; en échec&#x202f;: %2.</translation>
    </message>
</context>
<context>
    <name>revox::CampaignInsights</name>
    <message>
        <source>Outcomes</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Quand appeler</translation>
    </message>
</context>
<context>
    <name>revox::CampaignListModel</name>
    <message>
        <source>%1 done</source>
        <translation>%1 effectués</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>no statistics yet</source>
        <translation>pas encore de statistiques</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <source>Max concurrent calls</source>
        <translation>Appels simultanés max.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>revox::CampaignPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Could not load the rows:
%1</source>
        <translation>Impossible de charger les lignes&#x202f;:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading rows… %1 of %2</source>
        <translation>Chargement des lignes… %1 sur %2</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>Chargement des lignes…</translation>
    </message>
    <message>
        <source>This campaign has no rows yet.</source>
        <translation>Cette campagne n’a encore aucune ligne.</translation>
    </message>
    <message>
        <source>No rows match these filters.</source>
        <translation>Aucune ligne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Il n’y a aucune ligne à exporter.</translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>Exporter les lignes filtrées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Where the rows stand</source>
        <translation>Où en sont les lignes</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Avancement dans le temps</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>revox::CampaignWatcher</name>
    <message>
        <source>the server does not filter rows by status</source>
        <translation>le serveur ne filtre pas les lignes par statut</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing every %1: this campaign is large and the server sends every row on each refresh.</source>
        <translation>Actualisation toutes les %1 : cette campagne est volumineuse et le serveur renvoie toutes les lignes à chaque actualisation.</translation>
    </message>
</context>
<context>
    <name>revox::CampaignsOverviewModel</name>
    <message>
        <source>Updated %1</source>
        <comment>the campaign&apos;s last update, for want of its last call</comment>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>The server has sent no row statistics yet.</source>
        <translation>Le serveur n&apos;a encore envoyé aucune statistique de lignes.</translation>
    </message>
    <message>
        <source>No row has been called yet.</source>
        <translation>Aucune ligne n&apos;a encore été appelée.</translation>
    </message>
    <message>
        <source>%1 of %2 rows called</source>
        <comment>answered or human rows of the rows called</comment>
        <translation>%1 sur %2 lignes appelées</translation>
    </message>
    <message>
        <source>The campaign&apos;s structured output has no yes/no field to count as a success.</source>
        <translation>Les données structurées de la campagne n&apos;ont aucun champ oui/non à compter comme un succès.</translation>
    </message>
    <message>
        <source>Success: %1. No person has answered yet.</source>
        <translation>Succès : %1. Personne n&apos;a encore répondu.</translation>
    </message>
    <message>
        <source>Success: %1. %2 of %3 rows a person answered.</source>
        <translation>Succès : %1. %2 sur %3 lignes où une personne a répondu.</translation>
    </message>
    <message>
        <source>No call has been answered yet.</source>
        <translation>Aucun appel n&apos;a encore reçu de réponse.</translation>
    </message>
    <message>
        <source>No call has been made yet; this is when the campaign was last updated.</source>
        <translation>Aucun appel n&apos;a encore été passé ; voici la dernière mise à jour de la campagne.</translation>
    </message>
    <message>
        <source>These figures are from %1, before the campaign&apos;s latest update: open it to bring them up to date.</source>
        <translation>Chiffres calculés %1, avant la dernière mise à jour de la campagne : ouvrez-la pour les actualiser.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 effectués</translation>
    </message>
    <message>
        <source>answer rate %1</source>
        <translation>taux de réponse %1</translation>
    </message>
    <message>
        <source>human rate %1</source>
        <translation>taux d&apos;humains %1</translation>
    </message>
    <message>
        <source>success rate %1</source>
        <translation>taux de succès %1</translation>
    </message>
    <message>
        <source>median call %1</source>
        <translation>appel médian %1</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>dernière activité %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Human rate</source>
        <translation>Taux d&apos;humains</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Median call</source>
        <translation>Appel médian</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>The campaign&apos;s rows, from its statistics.</source>
        <translation>Les lignes de la campagne, d&apos;après ses statistiques.</translation>
    </message>
    <message>
        <source>Share of the rows that reached a final state (completed or failed), from the campaign&apos;s statistics.</source>
        <translation>Part des lignes arrivées à un état final (terminées ou en échec), d&apos;après les statistiques de la campagne.</translation>
    </message>
    <message>
        <source>Rows answered (by a person, a voicemail or a phone system) out of the rows called.</source>
        <translation>Lignes ayant reçu une réponse (d&apos;une personne, d&apos;un répondeur ou d&apos;un standard) parmi les lignes appelées.</translation>
    </message>
    <message>
        <source>Rows a person answered out of the rows called.</source>
        <translation>Lignes où une personne a répondu parmi les lignes appelées.</translation>
    </message>
    <message>
        <source>Rows where a person answered and the structured output meets the success condition, out of the rows a person answered.</source>
        <translation>Lignes où une personne a répondu et où les données structurées remplissent la condition de succès, parmi les lignes où une personne a répondu.</translation>
    </message>
    <message>
        <source>Success: %1.</source>
        <translation>Succès : %1.</translation>
    </message>
    <message>
        <source>Each campaign&apos;s success condition shows on its cell.</source>
        <translation>La condition de succès de chaque campagne s&apos;affiche sur sa cellule.</translation>
    </message>
    <message>
        <source>Median length of the answered calls.</source>
        <translation>Durée médiane des appels ayant reçu une réponse.</translation>
    </message>
    <message>
        <source>The latest call start or end; in italics, when the campaign was last updated, for a campaign not opened yet.</source>
        <translation>Le dernier début ou la dernière fin d&apos;appel ; en italique, la dernière mise à jour de la campagne, pour une campagne pas encore ouverte.</translation>
    </message>
    <message>
        <source>Done (%)</source>
        <translation>Effectué (%)</translation>
    </message>
    <message>
        <source>Answer rate (%)</source>
        <translation>Taux de réponse (%)</translation>
    </message>
    <message>
        <source>Human rate (%)</source>
        <translation>Taux d&apos;humains (%)</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Taux de succès (%)</translation>
    </message>
    <message>
        <source>Median call (s)</source>
        <translation>Appel médian (s)</translation>
    </message>
    <message>
        <source>Last activity (UTC)</source>
        <translation>Dernière activité (UTC)</translation>
    </message>
    <message>
        <source>This server sends no funnel figures.</source>
        <translation>Ce serveur n’envoie pas de chiffres d’entonnoir.</translation>
    </message>
    <message>
        <source>Server&apos;s funnel</source>
        <translation>Entonnoir du serveur</translation>
    </message>
    <message>
        <source>The funnel figures the server sends with the campaign (funnel_stats), as they came: newer servers only.</source>
        <translation>Les chiffres d’entonnoir que le serveur envoie avec la campagne (funnel_stats), tels quels : serveurs récents seulement.</translation>
    </message>
    <message>
        <source>From the server&apos;s funnel figures.</source>
        <translation>D&apos;après les chiffres d&apos;entonnoir du serveur.</translation>
    </message>
    <message>
        <source>When the campaign was last updated. Its last call shows once its rows have been downloaded in the background or it has been opened.</source>
        <translation>La dernière mise à jour de la campagne. Son dernier appel s&apos;affiche une fois ses lignes téléchargées en arrière-plan ou la campagne ouverte.</translation>
    </message>
    <message>
        <source>Not worked out yet: this figure shows once the campaign&apos;s rows have been downloaded in the background or it has been opened.</source>
        <translation>Pas encore calculé : ce chiffre s&apos;affiche une fois les lignes de la campagne téléchargées en arrière-plan ou la campagne ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Worked out from %n row(s) downloaded in the background.</source>
        <translation>
            <numerusform>Calculé à partir de %n ligne téléchargée en arrière-plan.</numerusform>
            <numerusform>Calculé à partir de %n lignes téléchargées en arrière-plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this computer&apos;s copy of the campaign&apos;s rows.</source>
        <translation>D&apos;après la copie des lignes de la campagne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>call figures not worked out yet</source>
        <translation>chiffres d&apos;appels pas encore calculés</translation>
    </message>
    <message>
        <source>Worked out from the campaign&apos;s rows: this computer&apos;s copy, rows downloaded in the background, or the server&apos;s funnel figures; each cell&apos;s tooltip says which.</source>
        <translation>Calculé à partir des lignes de la campagne : la copie de cet ordinateur, des lignes téléchargées en arrière-plan ou les chiffres d&apos;entonnoir du serveur ; l&apos;infobulle de chaque cellule dit lesquels.</translation>
    </message>
</context>
<context>
    <name>revox::ChartCard</name>
    <message>
        <source>Copy data</source>
        <translation>Copier les données</translation>
    </message>
    <message>
        <source>Copy the figures behind this chart, tab-separated</source>
        <translation>Copier les chiffres de ce graphique, séparés par des tabulations</translation>
    </message>
    <message>
        <source>Copy the data of %1</source>
        <translation>Copier les données de %1</translation>
    </message>
</context>
<context>
    <name>revox::DashboardSession</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer&#x202f;: %1</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>L’adresse d’API %1 est inutilisable&#x202f;: %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>revox::DataProblemsDialog</name>
    <message>
        <source>Problems in the server&apos;s answers</source>
        <translation>Problèmes dans les réponses du serveur</translation>
    </message>
    <message>
        <source>The server sent values this app could not read, or pages of rows that did not add up. Everything that arrived is shown; a value that could not be read is shown as empty or unknown. Each problem is listed once.</source>
        <translation>Le serveur a envoyé des valeurs que l&apos;application n&apos;a pas pu lire, ou des pages de lignes qui ne concordent pas. Tout ce qui est arrivé est affiché ; une valeur illisible apparaît vide ou inconnue. Chaque problème n&apos;est listé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>First seen at</source>
        <translation>Vu la première fois à</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times, first at %2)</source>
        <translation>
            <numerusform>%1 (%n fois, d&apos;abord à %2)</numerusform>
            <numerusform>%1 (%n fois, d&apos;abord à %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::DesktopNotifier</name>
    <message>
        <source>Open Revox Desk</source>
        <translation>Ouvrir Revox Desk</translation>
    </message>
    <message>
        <source>Open the campaign</source>
        <translation>Ouvrir la campagne</translation>
    </message>
</context>
<context>
    <name>revox::FilterBar</name>
    <message>
        <source>Search rows (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searches phone numbers, input data, ids and transcripts. Esc clears.</source>
        <translation>Cherche dans les numéros, les données d’entrée, les identifiants et les transcriptions. Échap efface.</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Rechercher des lignes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show only rows with these call statuses</source>
        <translation>N’afficher que les lignes ayant ces statuts d’appel</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Dial error</source>
        <translation>Erreur de numérotation</translation>
    </message>
    <message>
        <source>Any dial error</source>
        <translation>Toute erreur</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Réafficher toutes les lignes</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n statut</numerusform>
            <numerusform>%n statuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln row(s)</source>
        <translation>
            <numerusform>%1, %Ln ligne</numerusform>
            <numerusform>%1, %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Call statuses</source>
        <translation>Statuts d’appel</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows not called yet</source>
        <translation>Lignes pas encore appelées</translation>
    </message>
    <message>
        <source>Rows whose call is in progress</source>
        <translation>Lignes dont l’appel est en cours</translation>
    </message>
    <message>
        <source>Rows called without reaching anyone (see the dial error)</source>
        <translation>Lignes appelées sans joindre personne (voir l’erreur de numérotation)</translation>
    </message>
    <message>
        <source>Rows skipped or cancelled before any call</source>
        <translation>Lignes ignorées ou annulées avant tout appel</translation>
    </message>
    <message>
        <source>Answered rows whose last answered call was: %1</source>
        <translation>Lignes répondues dont le dernier appel répondu était : %1</translation>
    </message>
    <message>
        <source>Where the rows stand</source>
        <translation>Où en sont les lignes</translation>
    </message>
    <message>
        <source>Structured-output filters</source>
        <translation>Filtres sur les réponses extraites</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
</context>
<context>
    <name>revox::FunnelView</name>
    <message>
        <source>Campaign funnel</source>
        <translation>Entonnoir de la campagne</translation>
    </message>
    <message>
        <source>Success means:</source>
        <translation>Succès signifie&#x202f;:</translation>
    </message>
    <message>
        <source>Success means</source>
        <translation>Succès signifie</translation>
    </message>
    <message>
        <source>Which structured-output value counts as a success</source>
        <translation>La valeur des réponses extraites qui compte comme un succès</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Reported by the server</source>
        <translation>Indiqué par le serveur</translation>
    </message>
    <message>
        <source>Funnel figures reported by the server</source>
        <translation>Chiffres de l’entonnoir indiqués par le serveur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelées</translation>
    </message>
    <message>
        <source>%1 · %2 of rows</source>
        <translation>%1 · %2 des lignes</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>%1 · %2 of called · %3 of rows</source>
        <translation>%1 · %2 des appelées · %3 des lignes</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humain</translation>
    </message>
    <message>
        <source>%1 · %2 of answered · %3 of rows</source>
        <translation>%1 · %2 des répondues · %3 des lignes</translation>
    </message>
    <message>
        <source>Success (%1)</source>
        <translation>Succès (%1)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>%1 · %2 of people reached · %3 of rows</source>
        <translation>%1 · %2 des personnes jointes · %3 des lignes</translation>
    </message>
    <message>
        <source>No rows yet</source>
        <translation>Aucune ligne pour l’instant</translation>
    </message>
    <message>
        <source>This campaign has no rows yet, so there is no funnel to show.</source>
        <translation>Cette campagne n’a encore aucune ligne&#x202f;: il n’y a pas d’entonnoir à montrer.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln row(s), %1 were called, %2 answered, %3 reached a person, %4 said %5 (%6 of people reached).</source>
        <translation>
            <numerusform>Sur %Ln ligne, %1 appelées, %2 répondues, %3 ont joint une personne, %4 ont dit %5 (%6 des personnes jointes).</numerusform>
            <numerusform>Sur %Ln lignes, %1 appelées, %2 répondues, %3 ont joint une personne, %4 ont dit %5 (%6 des personnes jointes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln row(s), %1 were called, %2 answered, %3 reached a person, %4 said %5.</source>
        <translation>
            <numerusform>Sur %Ln ligne, %1 appelées, %2 répondues, %3 ont joint une personne, %4 ont dit %5.</numerusform>
            <numerusform>Sur %Ln lignes, %1 appelées, %2 répondues, %3 ont joint une personne, %4 ont dit %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln row(s), %1 were called, %2 answered, %3 reached a person.</source>
        <translation>
            <numerusform>Sur %Ln ligne, %1 appelées, %2 répondues, %3 ont joint une personne.</numerusform>
            <numerusform>Sur %Ln lignes, %1 appelées, %2 répondues, %3 ont joint une personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>% of previous step</source>
        <translation>% de l’étape précédente</translation>
    </message>
    <message>
        <source>% of rows</source>
        <translation>% des lignes</translation>
    </message>
</context>
<context>
    <name>revox::KeyValueTable</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>revox::MainWindow</name>
    <message>
        <source>Revox Desk</source>
        <translation>Revox Desk</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Choose a campaign on the left.</source>
        <translation>Choisissez une campagne à gauche.</translation>
    </message>
    <message>
        <source>Could not load the campaigns:
%1</source>
        <translation>Impossible de charger les campagnes&#x202f;:
%1</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Chargement des campagnes…</translation>
    </message>
    <message>
        <source>There is no campaign with id %1 in this account.</source>
        <translation>Ce compte n’a aucune campagne d’identifiant %1.</translation>
    </message>
    <message>
        <source>There are no campaigns in this account yet.</source>
        <translation>Ce compte n’a encore aucune campagne.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Actualiser maintenant (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Find rows</source>
        <translation>Rechercher des lignes</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>Ligne précédente</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Ligne suivante</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Lire ou mettre en pause l’enregistrement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Revox Desk — demo data</source>
        <translation>Revox Desk — données de démo</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>Chargement des lignes…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore mis à jour</translation>
    </message>
    <message>
        <source>Loading rows: %1 of %2</source>
        <translation>Chargement des lignes&#x202f;: %1 sur %2</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Connection problem; retrying</source>
        <translation>Problème de connexion&#x202f;; nouvelle tentative</translation>
    </message>
    <message>
        <source>Live. %1</source>
        <translation>En direct. %1</translation>
    </message>
    <message>
        <source>Saved copy from %1</source>
        <translation>Copie enregistrée %1</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Every campaign side by side (Ctrl+0)</source>
        <translation>Toutes les campagnes côte à côte (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export the rows the filters show, or the campaigns of All campaigns, to CSV (Ctrl+E)</source>
        <translation>Exporter en CSV les lignes affichées par les filtres, ou les campagnes de Toutes les campagnes (Ctrl+E)</translation>
    </message>
    <message>
        <source>Call detail beside the rows</source>
        <translation>Détail de l’appel à côté des lignes</translation>
    </message>
</context>
<context>
    <name>revox::OutcomesView</name>
    <message>
        <source>yes / no</source>
        <translation>oui / non</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>What the calls found</source>
        <translation>Ce que les appels ont appris</translation>
    </message>
    <message>
        <source>No structured outputs yet: the assistant of this campaign extracts none, or no call has ended with answers.</source>
        <translation>Pas encore de réponses extraites : l’assistant de cette campagne n’en extrait aucune, ou aucun appel ne s’est terminé avec des réponses.</translation>
    </message>
    <message>
        <source>Not in the assistant&apos;s configuration: seen in the calls&apos; answers</source>
        <translation>Absent de la configuration de l’assistant : vu dans les réponses des appels</translation>
    </message>
    <message>
        <source>%1   %2 · %3</source>
        <translation>%1   %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln row(s)</source>
        <translation>
            <numerusform>%1 : %2, %Ln ligne</numerusform>
            <numerusform>%1 : %2, %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the rows whose %1 is %2 (again to remove)</source>
        <translation>N’afficher que les lignes dont %1 vaut %2 (à nouveau pour retirer)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with other values</source>
        <translation>
            <numerusform>%Ln ligne avec d’autres valeurs</numerusform>
            <numerusform>%Ln lignes avec d’autres valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mostly %2 (%3)</source>
        <translation>%1 surtout %2 (%3)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>No structured outputs yet.</source>
        <translation>Pas encore de réponses extraites.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s): %1.</source>
        <translation>
            <numerusform>%Ln champ : %1.</numerusform>
            <numerusform>%Ln champs : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>pas encore de réponses</translation>
    </message>
</context>
<context>
    <name>revox::OverviewHeader</name>
    <message>
        <source>Campaign status</source>
        <translation>Statut de la campagne</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Avancement de la campagne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <source>Max concurrent calls</source>
        <translation>Appels simultanés max.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Retry policy</source>
        <translation>Règle de relance</translation>
    </message>
    <message>
        <source>Calling windows</source>
        <translation>Plages d’appel</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Aucune campagne sélectionnée</translation>
    </message>
    <message>
        <source>No row statistics</source>
        <translation>Pas de statistiques de lignes</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>No limit set</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>vitesse %1×</translation>
    </message>
    <message numerus="yes">
        <source>%1 done · %Ln row(s)</source>
        <translation>
            <numerusform>%1 effectués · %Ln ligne</numerusform>
            <numerusform>%1 effectués · %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish estimate</source>
        <translation>Fin estimée</translation>
    </message>
</context>
<context>
    <name>revox::PlayerControls</name>
    <message>
        <source>Back 10 seconds (Left)</source>
        <translation>Reculer de 10 secondes (Gauche)</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right)</source>
        <translation>Avancer de 10 secondes (Droite)</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save recording as…</source>
        <translation>Enregistrer l’enregistrement sous…</translation>
    </message>
    <message>
        <source>Save recording as</source>
        <translation>Enregistrer l’enregistrement sous</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Stop saving the recording</source>
        <translation>Arrêter l’enregistrement de l’audio</translation>
    </message>
    <message>
        <source>Cancel saving the recording</source>
        <translation>Annuler l’enregistrement de l’audio</translation>
    </message>
</context>
<context>
    <name>revox::ProgressHistoryChart</name>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed, failed and in-progress rows over time</source>
        <translation>Lignes terminées, en échec et en cours dans le temps</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Avancement dans le temps</translation>
    </message>
    <message>
        <source>No progress samples yet.</source>
        <translation>Pas encore de mesures d’avancement.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) since %1; now %2 completed, %3 failed, %4 in progress.</source>
        <translation>
            <numerusform>%n mesure depuis %1 ; maintenant %2 terminées, %3 en échec, %4 en cours.</numerusform>
            <numerusform>%n mesures depuis %1 ; maintenant %2 terminées, %3 en échec, %4 en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente de relance</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>revox::RecordingDownload</name>
    <message>
        <source>The recording host stopped sending (nothing for %1 s); the download was stopped.</source>
        <translation>Le serveur de l’enregistrement n’envoie plus rien (depuis %1 s)&#x202f;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The recording host sent %1 in %2 s, too slowly; the download was stopped.</source>
        <translation>Le serveur de l’enregistrement n’a envoyé que %1 en %2 s, trop lentement&#x202f;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Saving the recording was cancelled.</source>
        <translation>L’enregistrement de l’audio a été annulé.</translation>
    </message>
    <message>
        <source>The recording is too large to save (%1; the limit is %2).</source>
        <translation>L’enregistrement est trop volumineux (%1&#x202f;; la limite est %2).</translation>
    </message>
    <message>
        <source>The recording is too large to save (over %1).</source>
        <translation>L’enregistrement est trop volumineux (plus de %1).</translation>
    </message>
    <message>
        <source>The recording host refused the download (HTTP %1%2).</source>
        <translation>Le serveur de l’enregistrement a refusé le téléchargement (HTTP %1%2).</translation>
    </message>
    <message>
        <source>The recording host cannot be reached: %1</source>
        <translation>Le serveur de l’enregistrement est injoignable&#x202f;: %1</translation>
    </message>
    <message>
        <source>The recording host closed the connection after %1 bytes; nothing was saved.</source>
        <translation>Le serveur de l’enregistrement a fermé la connexion après %1 octets&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The recording host did not answer in time.</source>
        <translation>Le serveur de l’enregistrement n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not download the recording: %1</source>
        <translation>Impossible de télécharger l’enregistrement&#x202f;: %1</translation>
    </message>
    <message>
        <source>The recording host sent %1 of %2 bytes; nothing was saved.</source>
        <translation>Le serveur de l’enregistrement a envoyé %1 octets sur %2&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Recording saved to %1</source>
        <translation>Enregistrement sauvegardé dans %1</translation>
    </message>
</context>
<context>
    <name>revox::RecordingPlayer</name>
    <message>
        <source>No recording for this attempt.</source>
        <translation>Aucun enregistrement pour cette tentative.</translation>
    </message>
    <message>
        <source>The recording address cannot be played: %1</source>
        <translation>L’adresse de l’enregistrement ne peut pas être lue&#x202f;: %1</translation>
    </message>
    <message>
        <source>No audio output device found: playback is silent; you can still save the recording.</source>
        <translation>Aucune sortie audio trouvée&#x202f;: la lecture est muette&#x202f;; vous pouvez tout de même enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Loading recording…</source>
        <translation>Chargement de l’enregistrement…</translation>
    </message>
    <message>
        <source>This recording could not be played (unsupported or damaged file).</source>
        <translation>Cet enregistrement n’a pas pu être lu (fichier non pris en charge ou endommagé).</translation>
    </message>
    <message>
        <source>The recording failed to load: %1</source>
        <translation>Le chargement de l’enregistrement a échoué&#x202f;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Save recording as</source>
        <translation>Enregistrer l’enregistrement sous</translation>
    </message>
    <message>
        <source>Saving recording…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Saving recording… %1 of %2 KB</source>
        <translation>Enregistrement en cours… %1 Ko sur %2</translation>
    </message>
    <message>
        <source>Saving recording… %1 KB</source>
        <translation>Enregistrement en cours… %1 Ko</translation>
    </message>
</context>
<context>
    <name>revox::ResultBreakdownChart</name>
    <message>
        <source>Where the rows stand</source>
        <translation>Où en sont les lignes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rows yet.</source>
        <translation>Aucune ligne pour l’instant.</translation>
    </message>
    <message>
        <source>No rows yet</source>
        <translation>Aucune ligne pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln row(s): %1.</source>
        <translation>
            <numerusform>Sur %Ln ligne : %1.</numerusform>
            <numerusform>Sur %Ln lignes : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::RowTableView</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>Données d’entrée</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>Données structurées</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Reset order and widths</source>
        <translation>Rétablir l’ordre et les largeurs</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Copier la cellule</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Export filtered rows to CSV…</source>
        <translation>Exporter les lignes filtrées en CSV…</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Choisir les colonnes…</translation>
    </message>
</context>
<context>
    <name>revox::RowsExportJob</name>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture&#x202f;: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L’export a échoué&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 lignes exportées vers %2</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Export de %1 lignes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
</context>
<context>
    <name>revox::RowsFilterProxy</name>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>no call yet</source>
        <translation>pas encore appelé</translation>
    </message>
</context>
<context>
    <name>revox::RowsTableModel</name>
    <message>
        <source>Input data: %1</source>
        <translation>Donnée d’entrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Structured output: %1</source>
        <translation>Donnée structurée&#x202f;: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Statut de l’appel</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Dial error</source>
        <translation>Erreur de numérotation</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Terminé par</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>revox::SegmentedProgressBar</name>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#x202f;: %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente de relance</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>Non lancé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
</context>
<context>
    <name>revox::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Revox API</source>
        <translation>API Revox</translation>
    </message>
    <message>
        <source>Paste your API key (leave empty for demo data)</source>
        <translation>Collez votre clé d’API (vide pour les données de démo)</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>The key currently comes from the REVOX_API_KEY environment variable, which takes precedence over a stored key.</source>
        <translation>La clé vient actuellement de la variable d’environnement REVOX_API_KEY, prioritaire sur une clé enregistrée.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>La clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the key is kept for this session only, unless you choose to store it in a file readable only by you.</source>
        <translation>Aucun trousseau système n’est disponible ici&#x202f;: la clé est conservée pour cette session seulement, sauf si vous choisissez de l’enregistrer dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>Store the key in a private file (readable only by me) when no keychain is available</source>
        <translation>Enregistrer la clé dans un fichier privé (lisible par moi seul) quand aucun trousseau n’est disponible</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL de &amp;base</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation>&amp;Actualiser toutes les</translation>
    </message>
    <message>
        <source>&amp;Network timeout</source>
        <translation>Délai &amp;réseau</translation>
    </message>
    <message>
        <source>The longest wait for an answer or its next bytes. A whole answer gets this long again for each MB it carries; a server slower than that is given up on and asked again.</source>
        <translation>L’attente la plus longue d’une réponse ou de ses octets suivants. Une réponse entière a droit à ce délai de plus pour chaque Mo qu’elle transporte&#x202f;; un serveur plus lent est abandonné puis interrogé à nouveau.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Takes effect the next time Revox Desk starts</source>
        <translation>Prend effet au prochain démarrage de Revox Desk</translation>
    </message>
    <message>
        <source>Takes effect the next time Revox Desk starts.</source>
        <translation>Prend effet au prochain démarrage de Revox Desk.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>When a campaign &amp;finishes</source>
        <translation>Quand une campagne se &amp;termine</translation>
    </message>
    <message>
        <source>When a campaign is &amp;paused</source>
        <translation>Quand une campagne est mise en &amp;pause</translation>
    </message>
    <message>
        <source>When calls or the API are f&amp;ailing</source>
        <translation>Quand les appels ou l’API sont en é&amp;chec</translation>
    </message>
    <message>
        <source>Failing: at least half of a campaign&apos;s last 20 call outcomes are failures, or 3 refreshes in a row got an error from the Revox API.</source>
        <translation>En échec&#x202f;: au moins la moitié des 20 derniers appels d’une campagne ont échoué, ou 3 actualisations de suite ont reçu une erreur de l’API Revox.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Ce n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <source>No local cache is kept for demo data.</source>
        <translation>Aucun cache local n’est gardé pour les données de démonstration.</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Deletes the campaigns and rows saved on this computer, for every account. They are downloaded again when needed.</source>
        <translation>Supprime les campagnes et les lignes enregistrées sur cet ordinateur, pour tous les comptes. Elles seront téléchargées à nouveau au besoin.</translation>
    </message>
    <message>
        <source>The campaigns and rows last seen, kept on this computer so that the app opens at once and works offline: %1 for this account, %2 in all.</source>
        <translation>Les dernières campagnes et lignes consultées, gardées sur cet ordinateur pour que l’application s’ouvre aussitôt et fonctionne hors ligne&#x202f;: %1 pour ce compte, %2 au total.</translation>
    </message>
    <message>
        <source>The campaigns and rows last seen, kept on this computer so that the app opens at once and works offline: %1.</source>
        <translation>Les dernières campagnes et lignes consultées, gardées sur cet ordinateur pour que l’application s’ouvre aussitôt et fonctionne hors ligne&#x202f;: %1.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The all-campaigns figures of campaigns not opened on this computer are worked out from their rows, downloaded in the background one campaign at a time. This is the most they may download each time the app starts; None downloads nothing.</source>
        <translation>Les chiffres de « Toutes les campagnes » des campagnes jamais ouvertes sur cet ordinateur sont calculés à partir de leurs lignes, téléchargées en arrière-plan une campagne à la fois. Voici le plus qu&apos;elles peuvent télécharger à chaque démarrage de l&apos;application ; Aucun ne télécharge rien.</translation>
    </message>
    <message>
        <source>Background &amp;downloads</source>
        <translation>&amp;Téléchargements en arrière-plan</translation>
    </message>
</context>
<context>
    <name>revox::StatusBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>revox::TranscriptView</name>
    <message>
        <source>Find in transcript</source>
        <translation>Chercher dans la transcription</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Copy the whole transcript as plain text</source>
        <translation>Copier toute la transcription en texte brut</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Interlocuteur inconnu</translation>
    </message>
    <message>
        <source>[Tool call: %1%2]</source>
        <translation>[Appel d’outil&#x202f;: %1%2]</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source> — failed</source>
        <translation> — en échec</translation>
    </message>
    <message>
        <source>This call has an empty transcript.</source>
        <translation>Cet appel a une transcription vide.</translation>
    </message>
    <message>
        <source>No transcript for this attempt.</source>
        <translation>Aucune transcription pour cette tentative.</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Appel d’outil&#x202f;: %1</translation>
    </message>
    <message>
        <source>✖ error</source>
        <translation>✖ erreur</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more entries not shown; Copy transcript gives them all)</source>
        <translation>
            <numerusform>… (%n autre entrée non affichée&#x202f;; « Copier la transcription » les donne toutes)</numerusform>
            <numerusform>… (%n autres entrées non affichées&#x202f;; « Copier la transcription » les donne toutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
</TS>
