<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Bridge</name>
    <message>
        <source>Entry %1 holds no Duve webhook that can be sent again.</source>
        <translation>L&apos;entrée %1 ne contient aucun webhook Duve pouvant être renvoyé.</translation>
    </message>
    <message>
        <source>resend of #%1</source>
        <translation>renvoi de n° %1</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS, and orders waiting for a retry wait too.</source>
        <translation>Les requêtes envoyées entre-temps par les clients n&apos;arrivent pas à Hub OS, et les commandes en attente d&apos;un nouvel essai attendent aussi.</translation>
    </message>
    <message>
        <source>To close the window and keep receiving orders, close it instead: Hubbridge keeps running in the tray.</source>
        <translation>Pour fermer la fenêtre tout en continuant à recevoir les commandes, fermez-la plutôt que de quitter : Hubbridge continue de tourner dans la zone de notification.</translation>
    </message>
    <message>
        <source>Quit Hubbridge</source>
        <translation>Quitter Hubbridge</translation>
    </message>
    <message>
        <source>Quit Hubbridge? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>Quitter Hubbridge ? Les commandes de Duve seront refusées jusqu&apos;à ce qu&apos;il soit relancé.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop the listener</source>
        <translation>Arrêter le récepteur</translation>
    </message>
    <message>
        <source>Stop the listener? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>Arrêter le récepteur ? Les commandes de Duve seront refusées jusqu&apos;à ce qu&apos;il redémarre.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview or &quot;Resume listener&quot; in the tray menu.</source>
        <translation>Les requêtes envoyées entre-temps par les clients n&apos;arrivent pas à Hub OS. Redémarrez-le avec « Démarrer le récepteur » dans la Vue d&apos;ensemble ou avec « Reprendre le récepteur » dans le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview.</source>
        <translation>Les requêtes envoyées entre-temps par les clients n&apos;arrivent pas à Hub OS. Redémarrez-le avec « Démarrer le récepteur » dans la Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Stop listener</source>
        <translation>Arrêter le récepteur</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>listener/allowFrom: &quot;%1&quot; is not an IP address or a network such as 192.168.1.0/24.</source>
        <translation>listener/allowFrom : « %1 » n&apos;est ni une adresse IP ni un réseau comme 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>HTTPS needs both listener/tlsCert and listener/tlsKey.</source>
        <translation>HTTPS nécessite à la fois listener/tlsCert et listener/tlsKey.</translation>
    </message>
    <message>
        <source>HTTPS is not available: no TLS library could be loaded (%1).</source>
        <translation>HTTPS n&apos;est pas disponible : aucune bibliothèque TLS n&apos;a pu être chargée (%1).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Impossible de lire le certificat TLS %1 : %2</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificat TLS %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 expired on %2; renew it.</source>
        <translation>Le certificat TLS %1 a expiré le %2 ; renouvelez-le.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 is not valid before %2.</source>
        <translation>Le certificat TLS %1 n&apos;est pas valide avant le %2.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Impossible de lire la clé TLS %1 : %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is protected by a passphrase; Hubbridge needs it unencrypted (make the file readable by the service account only).</source>
        <translation>La clé TLS %1 est protégée par une phrase secrète ; Hubbridge a besoin de la clé non chiffrée (rendez le fichier lisible par le seul compte du service).</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no PEM private key (RSA or EC).</source>
        <translation>Le fichier de clé TLS %1 ne contient aucune clé privée PEM (RSA ou EC).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2 (different key types).</source>
        <translation>La clé TLS %1 ne correspond pas au certificat %2 (types de clé différents).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2.</source>
        <translation>La clé TLS %1 ne correspond pas au certificat %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>I have Hub OS credentials</source>
        <translation>J&apos;ai des identifiants Hub OS</translation>
    </message>
    <message>
        <source>Try Hubbridge first with the built-in Hub OS sandbox</source>
        <translation>Essayer d&apos;abord Hubbridge avec le bac à sable Hub OS intégré</translation>
    </message>
    <message>
        <source>Accept orders from other computers (needed for Duve)</source>
        <translation>Accepter les commandes d&apos;autres ordinateurs (nécessaire pour Duve)</translation>
    </message>
    <message>
        <source>&amp;Send a test order</source>
        <translation>&amp;Envoyer une commande de test</translation>
    </message>
    <message>
        <source>Set up Hubbridge</source>
        <translation>Configurer Hubbridge</translation>
    </message>
    <message>
        <source>Connect to Hub OS</source>
        <translation>Connexion à Hub OS</translation>
    </message>
    <message>
        <source>Hubbridge creates housekeeping tasks in Hub OS with the credentials Hub OS gave your hotel.</source>
        <translation>Hubbridge crée les tâches de gouvernance dans Hub OS avec les identifiants que Hub OS a fournis à votre hôtel.</translation>
    </message>
    <message>
        <source>Use my Hub OS credentials</source>
        <translation>Utiliser mes identifiants Hub OS</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Utiliser le bac à sable</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>URL de Hub OS</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>ID de l&apos;hôtel</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>Jeton de mot de passe</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>&amp;URL de Hub OS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>&amp;ID de l&apos;hôtel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>Jeton de &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Show the tokens</source>
        <translation>Afficher les jetons</translation>
    </message>
    <message>
        <source>The sandbox is a stand-in for Hub OS inside Hubbridge: orders go all the way through, but no real task is created. You can switch to Hub OS later in Settings.</source>
        <translation>Le bac à sable remplace Hub OS à l&apos;intérieur de Hubbridge : les commandes font tout le parcours, mais aucune tâche réelle n&apos;est créée. Vous pourrez passer à Hub OS plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Where Duve sends orders</source>
        <translation>Où Duve envoie les commandes</translation>
    </message>
    <message>
        <source>Hubbridge listens for Duve&apos;s webhooks on a network port of this computer. The usual port is 8080; choose another if it is taken.</source>
        <translation>Hubbridge attend les webhooks de Duve sur un port réseau de cet ordinateur. Le port habituel est 8080 ; choisissez-en un autre s&apos;il est déjà pris.</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Accept orders from other computers</source>
        <translation>Accepter les commandes d&apos;autres ordinateurs</translation>
    </message>
    <message>
        <source>Duve reaches this port from the internet: your IT or internet provider may need to forward it to this computer.</source>
        <translation>Duve atteint ce port depuis internet : votre service informatique ou votre fournisseur d&apos;accès devra peut-être le rediriger vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>Informer le support Duve</translation>
    </message>
    <message>
        <source>Send Duve support this webhook URL and these three custom headers. Duve sends them with every order; Hubbridge refuses orders without them.</source>
        <translation>Envoyez au support Duve cette URL de webhook et ces trois en-têtes personnalisés. Duve les envoie avec chaque commande ; Hubbridge refuse les commandes qui ne les ont pas.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation>l&apos;URL du webhook</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>En-têtes personnalisés&#xa0;:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>Copy &amp;everything for Duve</source>
        <translation>Tout &amp;copier pour Duve</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>Copier l&apos;URL et les en-têtes pour Duve</translation>
    </message>
    <message>
        <source>These values are secrets: send them to Duve support only.</source>
        <translation>Ces valeurs sont secrètes : ne les envoyez qu&apos;au support Duve.</translation>
    </message>
    <message>
        <source>Send a test order</source>
        <translation>Envoyer une commande de test</translation>
    </message>
    <message>
        <source>Hubbridge sends itself a sample Duve order through the listener, as Duve would, and shows what happened.</source>
        <translation>Hubbridge s&apos;envoie à lui-même une commande Duve d&apos;exemple via le récepteur, comme le ferait Duve, et montre ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Room for the test order</source>
        <translation>Chambre de la commande de test</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Chambre&#xa0;:</translation>
    </message>
    <message>
        <source>With real Hub OS credentials this creates a real &quot;Serve towels&quot; task for that room: pick a room your team knows is a test.</source>
        <translation>Avec de vrais identifiants Hub OS, cela crée une vraie tâche « Apporter des serviettes » pour cette chambre : choisissez une chambre dont votre équipe sait qu&apos;il s&apos;agit d&apos;un test.</translation>
    </message>
    <message>
        <source>Test order result</source>
        <translation>Résultat de la commande de test</translation>
    </message>
    <message>
        <source>Hubbridge is ready</source>
        <translation>Hubbridge est prêt</translation>
    </message>
    <message>
        <source>Open Hubbridge</source>
        <translation>Ouvrir Hubbridge</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>Saisissez l&apos;URL de Hub OS, par exemple https://api.hubos.example.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens, as Hub OS gave them.</source>
        <translation>Saisissez l&apos;ID de l&apos;hôtel et les deux jetons, tels que Hub OS les a fournis.</translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port.</source>
        <translation>Le port %1 n&apos;est pas utilisable : %2. Choisissez un autre port.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hubbridge listens at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hubbridge écoute sur &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to the &lt;b&gt;built-in sandbox&lt;/b&gt;. When your Hub OS credentials arrive, enter them in &lt;i&gt;Settings&lt;/i&gt; and switch the sandbox off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les commandes vont au &lt;b&gt;bac à sable intégré&lt;/b&gt;. Quand vos identifiants Hub OS arriveront, saisissez-les dans les &lt;i&gt;Paramètres&lt;/i&gt; et désactivez le bac à sable.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to Hub OS at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les commandes vont à Hub OS sur &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;i&gt;History&lt;/i&gt; page shows every order Duve sends; &lt;i&gt;Mappings&lt;/i&gt; says which Hub OS task each Duve service becomes. Closing the window keeps Hubbridge running in the system tray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La page &lt;i&gt;Historique&lt;/i&gt; montre chaque commande envoyée par Duve ; &lt;i&gt;Correspondances&lt;/i&gt; indique quelle tâche Hub OS devient chaque service Duve. Fermer la fenêtre laisse Hubbridge tourner dans la zone de notification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The listener is not running: go back and choose a port.</source>
        <translation>Le récepteur n&apos;est pas démarré : revenez en arrière et choisissez un port.</translation>
    </message>
    <message>
        <source>The mapping table is empty: reset it to the defaults on the Mappings page.</source>
        <translation>La table des correspondances est vide : rétablissez les valeurs par défaut sur la page Correspondances.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>The listener did not answer: %1</source>
        <translation>Le récepteur n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP 200: Hub OS task %1 was created. Everything works.</source>
        <translation>Duve aurait reçu HTTP 200 : la tâche Hub OS %1 a été créée. Tout fonctionne.</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP %1 (%2): %3</source>
        <translation>Duve aurait reçu HTTP %1 (%2) : %3</translation>
    </message>
    <message>
        <source>With the sandbox these are demo values, good for a test from this computer only. Send Duve support your real Hub OS credentials once you have them and have entered them in Settings.</source>
        <translation>Avec le bac à sable, ce sont des valeurs de démonstration, utiles seulement pour un test depuis cet ordinateur. Envoyez au support Duve vos vrais identifiants Hub OS dès que vous les avez et que vous les avez saisis dans Paramètres.</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement sur le trousseau</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https://, e.g. https://%1.</source>
        <translation>L&apos;URL de Hub OS doit commencer par https://, par exemple https://%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>« %1 » n&apos;est pas une adresse web. Saisissez l&apos;URL de Hub OS, par exemple https://api.hubos.example.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hubbridge can keep the tokens only until it is quit: after a restart they must be entered again in Settings. To keep them, set up a keychain (e.g. GNOME Keyring) and start Hubbridge again.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Hubbridge ne peut garder les jetons que jusqu&apos;à ce que vous le quittiez : après un redémarrage, ils devront être ressaisis dans les Paramètres. Pour les conserver, configurez un trousseau (par exemple GNOME Keyring) et relancez Hubbridge.</translation>
    </message>
    <message>
        <source>%1 is an address inside the hotel (or of this computer): Duve cannot reach it. Before you send the URL, replace %1 with the address at which Duve reaches this computer from the internet; your IT person knows it.</source>
        <translation>%1 est une adresse interne à l&apos;hôtel (ou à cet ordinateur) : Duve ne peut pas l&apos;atteindre. Avant d&apos;envoyer l&apos;URL, remplacez %1 par l&apos;adresse à laquelle Duve atteint cet ordinateur depuis internet ; votre responsable informatique la connaît.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows</source>
        <translation>Chambres connues de Hub OS</translation>
    </message>
    <message>
        <source>The sandbox knows these rooms: %1.</source>
        <translation>Le bac à sable connaît ces chambres : %1.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows: %1.</source>
        <translation>Chambres connues de Hub OS : %1.</translation>
    </message>
    <message>
        <source>A test order sent by the set-up wizard.</source>
        <translation>Une commande de test envoyée par l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>A test order is not tried again later and does not count as a guest&apos;s failed order.</source>
        <translation>Une commande de test n&apos;est pas retentée plus tard et ne compte pas comme une commande client en échec.</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Request from Duve</source>
        <translation>Requête de Duve</translation>
    </message>
    <message>
        <source>Hub OS attempts</source>
        <translation>Tentatives Hub OS</translation>
    </message>
    <message>
        <source>Answer sent to Duve</source>
        <translation>Réponse envoyée à Duve</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Answer to Duve</source>
        <translation>Réponse à Duve</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l&apos;entrée</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Aucune entrée sélectionnée</translation>
    </message>
    <message>
        <source>Select a row to see what Duve sent, what Hub OS answered and what Duve was told.</source>
        <translation>Sélectionnez une ligne pour voir ce que Duve a envoyé, ce que Hub OS a répondu et ce qui a été répondu à Duve.</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>commande n° %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>chambre %1</translation>
    </message>
    <message>
        <source>Entry %1, received %2 from %3</source>
        <translation>Entrée %1, reçue le %2 de %3</translation>
    </message>
    <message>
        <source>(body of %1 bytes, first %2 bytes kept)
</source>
        <translation>(corps de %1 octets, %2 premiers octets conservés)
</translation>
    </message>
    <message>
        <source>Hub OS was not called for this entry.</source>
        <translation>Hub OS n&apos;a pas été appelé pour cette entrée.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <source>── %1 item %2, attempt %3 ── %4 ── %5 ms ──</source>
        <translation>── %1, article %2, tentative %3 ── %4 ── %5 ms ──</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Hub OS task: %1</source>
        <translation>Tâche Hub OS : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Hub OS attempts (%1)</source>
        <translation>Tentatives Hub OS (%1)</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>HTTP %1, answered %2</source>
        <translation>HTTP %1, répondu le %2</translation>
    </message>
    <message>
        <source>Answered to Duve: HTTP %1 %2 (%3)</source>
        <translation>Réponse à Duve : HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>The order&apos;s requests</source>
        <translation>Requêtes de la commande</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Chronologie de la commande</translation>
    </message>
    <message>
        <source>Order timeline (%1)</source>
        <translation>Chronologie de la commande (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Order created</source>
        <translation>Commande créée</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Commande remboursée</translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation>Réservation créée</translation>
    </message>
    <message>
        <source>Room assigned</source>
        <translation>Chambre attribuée</translation>
    </message>
    <message>
        <source>Pre-check-in done</source>
        <translation>Pré-enregistrement effectué</translation>
    </message>
    <message>
        <source>Pre-check-out done</source>
        <translation>Pré-départ effectué</translation>
    </message>
    <message>
        <source>Pre-check-out updated</source>
        <translation>Pré-départ mis à jour</translation>
    </message>
    <message>
        <source>Guest link opened</source>
        <translation>Lien client ouvert</translation>
    </message>
    <message>
        <source>Guest document uploaded</source>
        <translation>Document client téléversé</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Message de chat</translation>
    </message>
    <message>
        <source>Refused request</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>Duve external IDs: %1</source>
        <translation>ID externes Duve : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Order #</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service / task type</source>
        <translation>Service / type de tâche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Hub OS tasks</source>
        <translation>Tâches Hub OS</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Duve&apos;s service name, then the Hub OS task types it became (the arrow follows the text).</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Answered to Duve: %2</source>
        <translation>%1
Réponse à Duve : %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Resend &amp;all matching…</source>
        <translation>Renvoyer &amp;tout ce qui correspond…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Search guest, room, order or payload…</source>
        <translation>Rechercher un client, une chambre, une commande ou un contenu…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Every word must appear (Ctrl+F)</source>
        <translation>Tous les mots doivent apparaître (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>From (included)</source>
        <translation>Du (inclus)</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Number of matching entries</source>
        <translation>Nombre d&apos;entrées correspondantes</translation>
    </message>
    <message>
        <source>Send the selected order through the bridge again (Ctrl+R)</source>
        <translation>Renvoyer la commande sélectionnée dans la passerelle (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Resend the selected entry</source>
        <translation>Renvoyer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Send every order matching the filters again</source>
        <translation>Renvoyer toutes les commandes correspondant aux filtres</translation>
    </message>
    <message>
        <source>Resend all matching entries</source>
        <translation>Renvoyer toutes les entrées correspondantes</translation>
    </message>
    <message>
        <source>Save the matching rows as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Enregistrer les lignes correspondantes en CSV ou JSON Lines (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the matching entries</source>
        <translation>Exporter les entrées correspondantes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>This entry is not an order Duve sent with the right credentials, so it cannot be sent again.</source>
        <translation>Cette entrée n&apos;est pas une commande envoyée par Duve avec les bons identifiants : elle ne peut pas être renvoyée.</translation>
    </message>
    <message>
        <source>Sending entry %1 again…</source>
        <translation>Renvoi de l&apos;entrée %1…</translation>
    </message>
    <message>
        <source>Entry %1 sent again: %2</source>
        <translation>Entrée %1 renvoyée : %2</translation>
    </message>
    <message>
        <source>None of the matching entries is an order that can be sent again.</source>
        <translation>Aucune des entrées correspondantes n&apos;est une commande pouvant être renvoyée.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) matching the filters to Hub OS again?</source>
        <translation>
            <numerusform>Renvoyer à Hub OS %n commande correspondant aux filtres&#xa0;?</numerusform>
            <numerusform>Renvoyer à Hub OS %n commandes correspondant aux filtres&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, every detail (*.jsonl)</source>
        <translation>JSON Lines, tous les détails (*.jsonl)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Impossible d&apos;écrire %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>Export de %n entrée…</numerusform>
            <numerusform>Export de %n entrées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entrée exportée vers %1</numerusform>
            <numerusform>%n entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>&amp;Handled…</source>
        <translation>&amp;Traitée…</translation>
    </message>
    <message>
        <source>Mark the selected order as handled by hand (the guest was served another way): it leaves the problems</source>
        <translation>Marquer la commande sélectionnée comme traitée à la main (le client a été servi autrement) : elle quitte les problèmes</translation>
    </message>
    <message>
        <source>Mark the selected order handled</source>
        <translation>Marquer la commande sélectionnée comme traitée</translation>
    </message>
    <message>
        <source>Resolved by entry %1 → %2</source>
        <translation>Résolue par l&apos;entrée %1 → %2</translation>
    </message>
    <message>
        <source>Followed by entry %1 → %2</source>
        <translation>Suivie de l&apos;entrée %1 → %2</translation>
    </message>
    <message>
        <source>Handled by hand by %1 on %2: %3</source>
        <translation>Traitée à la main par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>Traitée à la main</translation>
    </message>
    <message>
        <source>What was done for this order (for example: towels brought by the night porter)?</source>
        <translation>Qu&apos;a-t-on fait pour cette commande (par exemple : serviettes apportées par le veilleur de nuit) ?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les requêtes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Orders: each order once, its newest request saying where it stands; All requests: every request as it arrived</source>
        <translation>Commandes : chaque commande une seule fois, sa requête la plus récente indiquant où elle en est ; Toutes les requêtes : chaque requête telle qu&apos;elle est arrivée</translation>
    </message>
    <message>
        <source>Show or hide the detail pane below the table</source>
        <translation>Afficher ou masquer le volet de détails sous le tableau</translation>
    </message>
    <message>
        <source>Show the detail pane</source>
        <translation>Afficher le volet de détails</translation>
    </message>
    <message>
        <source>%1  entry %2  %3</source>
        <translation>%1  entrée %2  %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n+ orders</source>
        <translation>
            <numerusform>%n+ commande</numerusform>
            <numerusform>%n+ commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2 : %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Listener, Hub OS and today&apos;s orders (Ctrl+1)</source>
        <translation>Récepteur, Hub OS et commandes du jour (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every request Duve sent (Ctrl+2)</source>
        <translation>Toutes les requêtes envoyées par Duve (Ctrl+2)</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Duve services and rooms to Hub OS (Ctrl+3)</source>
        <translation>Services et chambres Duve vers Hub OS (Ctrl+3)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Hub OS, listener and delivery (Ctrl+4)</source>
        <translation>Hub OS, récepteur et livraison (Ctrl+4)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Nouvelle correspondance</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>En écoute sur le port %1</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Récepteur arrêté</translation>
    </message>
    <message>
        <source>Hub OS error at %1</source>
        <translation>Erreur Hub OS à %1</translation>
    </message>
    <message>
        <source>Hub OS error</source>
        <translation>Erreur Hub OS</translation>
    </message>
    <message>
        <source>Hub OS answered at %1</source>
        <translation>Hub OS a répondu à %1</translation>
    </message>
    <message>
        <source>Hub OS OK</source>
        <translation>Hub OS fonctionne</translation>
    </message>
    <message>
        <source>Hub OS not called yet</source>
        <translation>Hub OS pas encore appelé</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Hubbridge — %1 · %2</source>
        <translation>Hubbridge — %1 · %2</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <source>listener stopped</source>
        <translation>récepteur arrêté</translation>
    </message>
    <message>
        <source>The listener could not start: %1. Check the port in Settings.</source>
        <translation>Le récepteur n&apos;a pas pu démarrer : %1. Vérifiez le port dans les Paramètres.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hub OS credentials are kept for this session only and must be entered again after a restart.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les identifiants Hub OS ne sont gardés que pour cette session et devront être ressaisis après un redémarrage.</translation>
    </message>
    <message>
        <source>Hub OS credentials are missing: every order is refused until you enter them in Settings.</source>
        <translation>Les identifiants Hub OS manquent : toutes les commandes sont refusées tant que vous ne les avez pas saisis dans les Paramètres.</translation>
    </message>
    <message>
        <source>Hubbridge cannot write its history (%1). Orders are answered &quot;try again later&quot; until it can: free disk space or check the data folder&apos;s permissions.</source>
        <translation>Hubbridge ne peut pas écrire son historique (%1). Tant que ce n&apos;est pas possible, les commandes reçoivent la réponse « réessayez plus tard » : libérez de l&apos;espace disque ou vérifiez les droits du dossier de données.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hubbridge</source>
        <translation>À &amp;propos de Hubbridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Hubbridge</source>
        <translation>À propos de Hubbridge</translation>
    </message>
    <message>
        <source>Turns guest orders from Duve into housekeeping tasks in Hub OS.</source>
        <translation>Transforme les commandes des clients dans Duve en tâches d’entretien dans Hub OS.</translation>
    </message>
    <message>
        <source>Copyright 2026 the Hubbridge authors.</source>
        <translation>Copyright 2026 les auteurs de Hubbridge.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. There is no warranty, to the extent permitted by law.</source>
        <translation>Distribué sous la licence publique générale GNU, version 3 ou ultérieure. Aucune garantie, dans les limites permises par la loi.</translation>
    </message>
    <message>
        <source>The listener is stopped: Duve&apos;s orders are refused until it runs again. Start listener on the Overview starts it.</source>
        <translation>Le récepteur est arrêté : les commandes de Duve sont refusées jusqu&apos;à ce qu&apos;il redémarre. Démarrez-le avec « Démarrer le récepteur » dans la Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Hubbridge (%1) — %2 · %3</source>
        <translation>Hubbridge (%1) — %2 · %3</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>the Duve external ID is empty</source>
        <translation>l’ID externe Duve est vide</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is not a number</source>
        <translation>l’ID externe Duve « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is too long</source>
        <translation>l’ID externe Duve « %1 » est trop long</translation>
    </message>
    <message>
        <source>the Hub OS task type must be a positive number</source>
        <translation>le type de tâche Hub OS doit être un nombre positif</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (a &quot; is missing)</source>
        <translation>ligne %1 : un champ entre guillemets n’est pas fermé (il manque un &quot;)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_external_id,hubos_task_type_id,label</source>
        <translation>ligne 1 : le fichier est vide ; l’en-tête attendu est duve_external_id,hubos_task_type_id,label</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_external_id,hubos_task_type_id,label (optionally followed by enabled)</source>
        <translation>ligne %1 : l’en-tête doit être duve_external_id,hubos_task_type_id,label (éventuellement suivi de enabled)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>the Hub OS task type &quot;%1&quot; is not a number</source>
        <translation>le type de tâche Hub OS « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>enabled must be true or false, not &quot;%1&quot;</source>
        <translation>enabled doit valoir true ou false, pas « %1 »</translation>
    </message>
    <message>
        <source>the Duve external ID %1 appears more than once</source>
        <translation>l’ID externe Duve %1 apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>Hub OS has no task type %1 (neither in the catalogue nor in the list Hub OS gave)</source>
        <translation>Hub OS n’a pas de type de tâche %1 (ni dans le catalogue ni dans la liste fournie par Hub OS)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_room,hubos_room</source>
        <translation>ligne 1 : le fichier est vide ; l’en-tête attendu est duve_room,hubos_room</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_room,hubos_room</source>
        <translation>ligne %1 : l’en-tête doit être duve_room,hubos_room</translation>
    </message>
    <message>
        <source>the Duve room name is empty</source>
        <translation>le nom de la chambre Duve est vide</translation>
    </message>
    <message>
        <source>the Hub OS room for &quot;%1&quot; is empty</source>
        <translation>la chambre Hub OS pour « %1 » est vide</translation>
    </message>
    <message>
        <source>the Duve room &quot;%1&quot; appears more than once</source>
        <translation>la chambre Duve « %1 » apparaît plusieurs fois</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Send orders with this ID to Hub OS</source>
        <translation>Envoyer à Hub OS les commandes avec cet ID</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Ajouter une correspondance</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Modifier la correspondance</translation>
    </message>
    <message>
        <source>When a guest orders a Duve service with this external ID, Hubbridge creates a Hub OS task of the chosen type.</source>
        <translation>Quand un client commande un service Duve avec cet ID externe, Hubbridge crée une tâche Hub OS du type choisi.</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>ex. 4</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>ID externe Duve</translation>
    </message>
    <message>
        <source>The number set as External ID on the service in Duve</source>
        <translation>Le numéro défini comme ID externe sur le service dans Duve</translation>
    </message>
    <message>
        <source>Duve &amp;external ID:</source>
        <translation>ID &amp;externe Duve&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (type %2)</translation>
    </message>
    <message>
        <source>Task type %1</source>
        <translation>Type de tâche %1</translation>
    </message>
    <message>
        <source>Choose a task type</source>
        <translation>Choisissez un type de tâche</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>Type de tâche Hub OS</translation>
    </message>
    <message>
        <source>Hub OS &amp;task type:</source>
        <translation>&amp;Type de tâche Hub OS&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, e.g. Extra towels</source>
        <translation>Facultatif, ex. Serviettes supplémentaires</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Ce qui doit être corrigé</translation>
    </message>
    <message>
        <source>Enter the Duve external ID (a number, e.g. 4).</source>
        <translation>Saisissez l&apos;ID externe Duve (un nombre, ex. 4).</translation>
    </message>
    <message>
        <source>The Duve external ID must be a whole number, e.g. 4. &quot;%1&quot; is not.</source>
        <translation>L&apos;ID externe Duve doit être un nombre entier, ex. 4. « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Choose the Hub OS task type these orders become.</source>
        <translation>Choisissez le type de tâche Hub OS que deviennent ces commandes.</translation>
    </message>
    <message>
        <source>The Duve external ID &quot;%1&quot; is too long (at most 18 digits).</source>
        <translation>L&apos;ID externe Duve « %1 » est trop long (18 chiffres au maximum).</translation>
    </message>
    <message>
        <source>External ID %1 is already mapped (to %2). Edit that row instead.</source>
        <translation>L&apos;ID externe %1 a déjà une correspondance (vers %2). Modifiez plutôt cette ligne.</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Duve services → Hub OS task types</source>
        <translation>Services Duve → types de tâche Hub OS</translation>
    </message>
    <message>
        <source>Each Duve service carries an external ID. This table says which Hub OS task an order for it becomes. Changes apply to the next order.</source>
        <translation>Chaque service Duve porte un ID externe. Ce tableau indique quelle tâche Hub OS devient une commande de ce service. Les modifications valent dès la commande suivante.</translation>
    </message>
    <message>
        <source>Search ID, task type or label…</source>
        <translation>Rechercher un ID, un type de tâche ou un libellé…</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>Rechercher dans les correspondances</translation>
    </message>
    <message>
        <source>Map another Duve external ID (Ctrl+N)</source>
        <translation>Associer un autre ID externe Duve (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a mapping</source>
        <translation>Ajouter une correspondance</translation>
    </message>
    <message>
        <source>Edit the selected mapping</source>
        <translation>Modifier la correspondance sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected mapping</source>
        <translation>Supprimer la correspondance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Rétablir les valeurs par défaut…</translation>
    </message>
    <message>
        <source>Import mappings from a CSV file</source>
        <translation>Importer des correspondances depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export mappings to a CSV file</source>
        <translation>Exporter les correspondances dans un fichier CSV</translation>
    </message>
    <message>
        <source>Reset the mappings to the 25 defaults</source>
        <translation>Rétablir les 25 correspondances par défaut</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>ID externe Duve</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>Type de tâche Hub OS</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>External-ID mappings</source>
        <translation>Correspondances des ID externes</translation>
    </message>
    <message>
        <source>Duve room names → Hub OS rooms</source>
        <translation>Noms de chambre Duve → chambres Hub OS</translation>
    </message>
    <message>
        <source>Task type %1 (not in the catalogue)</source>
        <translation>Type de tâche %1 (absent du catalogue)</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (type %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No — orders refused</source>
        <translation>Non — commandes refusées</translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2. The next order uses it.</source>
        <translation>Enregistré : ID externe %1 → %2. La prochaine commande l&apos;utilise.</translation>
    </message>
    <message>
        <source>The mapping could not be saved (the database refused the write).</source>
        <translation>La correspondance n&apos;a pas pu être enregistrée (la base de données a refusé l&apos;écriture).</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Supprimer la correspondance</translation>
    </message>
    <message>
        <source>Delete the mapping of external ID %1 (%2)?</source>
        <translation>Supprimer la correspondance de l&apos;ID externe %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Orders for this service will be refused as &quot;unknown external ID&quot; until it is mapped again.</source>
        <translation>Les commandes de ce service seront refusées comme « ID externe inconnu » jusqu&apos;à ce qu&apos;il soit de nouveau associé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted the mapping of external ID %1.</source>
        <translation>Correspondance de l&apos;ID externe %1 supprimée.</translation>
    </message>
    <message>
        <source>The mapping could not be deleted.</source>
        <translation>La correspondance n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>The mappings could not be saved.</source>
        <translation>Les correspondances n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Reset mappings</source>
        <translation>Rétablir les correspondances</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n current mapping(s) with the 25 default ones?</source>
        <translation>
            <numerusform>Remplacer %n correspondance actuelle par les 25 correspondances par défaut&#xa0;?</numerusform>
            <numerusform>Remplacer les %n correspondances actuelles par les 25 correspondances par défaut&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each default maps an external ID to the Hub OS task type with the same number.</source>
        <translation>Chaque correspondance par défaut associe un ID externe au type de tâche Hub OS de même numéro.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The 25 default mappings are back.</source>
        <translation>Les 25 correspondances par défaut sont rétablies.</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Importer des correspondances</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>Impossible de lire %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n ligne du fichier doit être corrigée.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n lignes du fichier doivent être corrigées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… et %n autre</numerusform>
            <numerusform>
… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import refusé : %1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Exporter les correspondances</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Impossible d&apos;écrire %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) to %1.</source>
        <translation>
            <numerusform>%n correspondance exportée vers %1.</numerusform>
            <numerusform>%n correspondances exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2, switched off. Its orders are refused until you switch it on again.</source>
        <translation>Enregistré : ID externe %1 → %2, désactivé. Ses commandes sont refusées jusqu&apos;à ce que vous le réactiviez.</translation>
    </message>
    <message>
        <source>%1 → %2 (type %3)</source>
        <translation>%1 → %2 (type %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>, label &quot;%1&quot;</source>
        <translation>, libellé « %1 »</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, désactivé</translation>
    </message>
    <message>
        <source>%1 holds the same mappings as the table: nothing to import.</source>
        <translation>%1 contient les mêmes correspondances que le tableau : rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s) from %1?</source>
        <translation>
            <numerusform>Importer %n correspondance depuis %1&#xa0;?</numerusform>
            <numerusform>Importer %n correspondances depuis %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the table now:</source>
        <translation>Par rapport au tableau actuel :</translation>
    </message>
    <message numerus="yes">
        <source>%n new external ID(s) added</source>
        <translation>
            <numerusform>%n nouvel ID externe ajouté</numerusform>
            <numerusform>%n nouveaux ID externes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n correspondance modifiée</numerusform>
            <numerusform>%n correspondances modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n sans changement</numerusform>
            <numerusform>%n sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table but not in the file</source>
        <translation>
            <numerusform>%n dans le tableau mais pas dans le fichier</numerusform>
            <numerusform>%n dans le tableau mais pas dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the table&quot; removes the %n mapping(s) not in the file: orders for them are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>« Remplacer le tableau » supprime %n correspondance absente du fichier : ses commandes seront alors refusées comme « ID externe inconnu ». « Ajouter et mettre à jour seulement » la conserve.</numerusform>
            <numerusform>« Remplacer le tableau » supprime les %n correspondances absentes du fichier : leurs commandes seront alors refusées comme « ID externe inconnu ». « Ajouter et mettre à jour seulement » les conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Remplacer le tableau</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>Ajouter et mettre à jour seulement</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajoutée : %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifiée : %1</translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>Absente du fichier : %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Importé depuis %1 : %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeChip</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Non traité</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Give Duve support this webhook URL:</source>
        <translation>Donnez au support Duve cette URL de webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL for Duve</source>
        <translation>URL du webhook pour Duve</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Copier l&apos;URL du webhook</translation>
    </message>
    <message>
        <source>Start or stop the listener</source>
        <translation>Démarrer ou arrêter le récepteur</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>Requests per hour, last 24 hours</source>
        <translation>Requêtes par heure, dernières 24 heures</translation>
    </message>
    <message>
        <source>Requests per hour chart</source>
        <translation>Graphique des requêtes par heure</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Orders from Duve are received on port %1.</source>
        <translation>Les commandes de Duve sont reçues sur le port %1.</translation>
    </message>
    <message>
        <source>&amp;Stop listener</source>
        <translation>&amp;Arrêter le récepteur</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Duve&apos;s orders are not received.</source>
        <translation>Les commandes de Duve ne sont pas reçues.</translation>
    </message>
    <message>
        <source>&amp;Start listener</source>
        <translation>&amp;Démarrer le récepteur</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Répond</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <source>Built-in sandbox (no real tasks are created)</source>
        <translation>Bac à sable intégré (aucune tâche réelle n&apos;est créée)</translation>
    </message>
    <message>
        <source>Not configured: enter the Hub OS URL in Settings.</source>
        <translation>Non configuré : saisissez l&apos;URL de Hub OS dans les Paramètres.</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Dernier succès : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>Dernière erreur : %1 — %2</translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation>Dernière erreur : aucune</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>commande n° %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>chambre %1</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Commandes aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>Créées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Problems by cause</source>
        <translation>Problèmes par cause</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the newest order of the cause in the history</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir dans l&apos;historique la commande la plus récente de cette cause</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s) retrying</source>
        <translation>
            <numerusform>%1 — %n commande en nouvel essai</numerusform>
            <numerusform>%1 — %n commandes en nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n commande</numerusform>
            <numerusform>%1 — %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Dernière : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention. Every order reached Hub OS.</source>
        <translation>Rien à traiter. Toutes les commandes sont arrivées dans Hub OS.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>Tout co&amp;pier pour Duve</translation>
    </message>
    <message>
        <source>The webhook URL and the three custom headers, ready to paste into a message to Duve support</source>
        <translation>L&apos;URL du webhook et les trois en-têtes personnalisés, prêts à coller dans un message au support Duve</translation>
    </message>
    <message>
        <source>Copy the URL and the headers for Duve</source>
        <translation>Copier l&apos;URL et les en-têtes pour Duve</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2: %n request(s)</source>
        <translation>
            <numerusform>%1–%2 : %n requête</numerusform>
            <numerusform>%1–%2 : %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them in the history</source>
        <translation>Cliquez pour les voir dans l&apos;historique</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>Marquer traitées…</translation>
    </message>
    <message>
        <source>Fix the chosen cause</source>
        <translation>Corriger la cause choisie</translation>
    </message>
    <message>
        <source>Mark the orders of the chosen cause handled</source>
        <translation>Marquer traitées les commandes de la cause choisie</translation>
    </message>
    <message>
        <source>Mark the orders of this cause as handled by hand (the guests were served another way): they leave the problems</source>
        <translation>Marquer les commandes de cette cause comme traitées à la main (les clients ont été servis autrement) : elles quittent les problèmes</translation>
    </message>
    <message>
        <source>Add mapping for %1…</source>
        <translation>Ajouter la correspondance pour %1…</translation>
    </message>
    <message>
        <source>Map external ID %1 to a Hub OS task type, then resend these orders</source>
        <translation>Associez l’ID externe %1 à un type de tâche Hub OS, puis renvoyez ces commandes</translation>
    </message>
    <message>
        <source>Add room name for %1…</source>
        <translation>Ajouter le nom de chambre pour %1…</translation>
    </message>
    <message>
        <source>Say which Hub OS room Duve&apos;s room %1 is, then resend these orders</source>
        <translation>Indiquez quelle chambre Hub OS est la chambre %1 de Duve, puis renvoyez ces commandes</translation>
    </message>
    <message numerus="yes">
        <source>Resend these %n orders</source>
        <translation>
            <numerusform>Renvoyer cette commande</numerusform>
            <numerusform>Renvoyer ces %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>The set-up is fixed: send the newest request of each of these orders to Hub OS again</source>
        <translation>La configuration est corrigée : renvoyer à Hub OS la requête la plus récente de chacune de ces commandes</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Hubbridge tries again by itself at %1; this tries every waiting order now</source>
        <translation>Hubbridge réessaie de lui-même à %1 ; ceci essaie maintenant toutes les commandes en attente</translation>
    </message>
    <message>
        <source>Try every waiting order now</source>
        <translation>Essayer maintenant toutes les commandes en attente</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials are in Settings, where &quot;Copy everything for Duve&quot; gives the ones Duve must send</source>
        <translation>Les identifiants Duve sont dans les Paramètres, où « Tout copier pour Duve » donne ceux que Duve doit envoyer</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>Afficher dans l’historique</translation>
    </message>
    <message>
        <source>Show these orders in the history</source>
        <translation>Afficher ces commandes dans l’historique</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n waiting order(s) again now…</source>
        <translation>
            <numerusform>Nouvel essai de la commande en attente…</numerusform>
            <numerusform>Nouvel essai des %n commandes en attente…</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting orders are being delivered right now.</source>
        <translation>Les commandes en attente sont en cours de livraison.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n order(s) of “%1” to Hub OS again?</source>
        <translation>
            <numerusform>Renvoyer à Hub OS la commande de « %1 » ?</numerusform>
            <numerusform>Renvoyer à Hub OS les %n commandes de « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>Traité à la main</translation>
    </message>
    <message numerus="yes">
        <source>What was done for these %n order(s) (for example: towels brought by the night porter)?</source>
        <translation>
            <numerusform>Qu’a-t-on fait pour cette commande (par exemple : serviettes apportées par le veilleur de nuit) ?</numerusform>
            <numerusform>Qu’a-t-on fait pour ces %n commandes (par exemple : serviettes apportées par le veilleur de nuit) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be marked handled (the database refused the write).</source>
        <translation>
            <numerusform>%n commande n’a pas pu être marquée traitée (la base de données a refusé l’écriture).</numerusform>
            <numerusform>%n commandes n’ont pas pu être marquées traitées (la base de données a refusé l’écriture).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked handled by hand.</source>
        <translation>
            <numerusform>%n commande marquée traitée à la main.</numerusform>
            <numerusform>%n commandes marquées traitées à la main.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresHistoryStore</name>
    <message>
        <source>The database URL holds a password. Hubbridge does not keep it in its settings: put it in a PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names), in PGPASSWORD, or in a systemd credential, and remove it from the URL.</source>
        <translation>L’URL de la base de données contient un mot de passe. Hubbridge ne le garde pas dans ses réglages : mettez-le dans un fichier de mots de passe PostgreSQL (~/.pgpass, ou le fichier que nomme PGPASSFILE), dans PGPASSWORD ou dans un identifiant systemd, et retirez-le de l’URL.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>Duve&apos;s credentials no longer match: %n request(s) since %1</source>
        <translation>
            <numerusform>Les identifiants de Duve ne correspondent plus : %n requête depuis %1</numerusform>
            <numerusform>Les identifiants de Duve ne correspondent plus : %n requêtes depuis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Hubbridge</source>
        <translation>Hubbridge</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>room number</source>
        <translation>numéro de chambre</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>verified first name</source>
        <translation>prénom vérifié</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>External ID %1 is not in the mapping table (or is switched off). Add it on the Mappings page, then resend the order.</source>
        <translation>L&apos;ID externe %1 n&apos;est pas dans la table de correspondance (ou est désactivé). Ajoutez-le dans la page Correspondances, puis renvoyez la commande.</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1. Check the room&apos;s name in Hub OS, or map it on the Mappings page (Rooms), then resend the order.</source>
        <translation>Hub OS ne connaît pas la chambre %1. Vérifiez son nom dans Hub OS, ou faites la correspondance dans la page Correspondances (Chambres), puis renvoyez la commande.</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1. Correct the mapping on the Mappings page, then resend the order.</source>
        <translation>Hub OS ne connaît pas le type de tâche %1. Corrigez la correspondance dans la page Correspondances, puis renvoyez la commande.</translation>
    </message>
    <message>
        <source>The order from Duve is missing: %1.</source>
        <translation>Il manque à la commande de Duve : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The order has %1 items, more than Hubbridge takes in one order.</source>
        <translation>La commande compte %1 articles, plus que Hubbridge n&apos;en accepte par commande.</translation>
    </message>
    <message>
        <source>The request carried the hotel&apos;s credentials but not a Duve order Hubbridge can read.</source>
        <translation>La requête portait les identifiants de l&apos;hôtel, mais pas une commande Duve que Hubbridge sait lire.</translation>
    </message>
    <message>
        <source>Hub OS refused the task with an unexpected answer (HTTP %1).</source>
        <translation>Hub OS a refusé la tâche avec une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>Hub OS could not be reached or did not answer in time.</source>
        <translation>Hub OS est injoignable ou n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Hub OS refused Hubbridge&apos;s credentials. Check them in Settings.</source>
        <translation>Hub OS a refusé les identifiants de Hubbridge. Vérifiez-les dans Paramètres.</translation>
    </message>
    <message>
        <source>The request did not carry the hotel&apos;s Duve credentials.</source>
        <translation>La requête ne portait pas les identifiants Duve de l&apos;hôtel.</translation>
    </message>
    <message>
        <source>Not a Duve webhook (%1).</source>
        <translation>Pas un webhook Duve (%1).</translation>
    </message>
    <message>
        <source>Refused before it was read (HTTP %1).</source>
        <translation>Refusée avant d&apos;être lue (HTTP %1).</translation>
    </message>
    <message>
        <source>An order from Duve was refused before it was read (HTTP %1): it was too large or too slow.</source>
        <translation>Une commande de Duve a été refusée avant d&apos;être lue (HTTP %1) : elle était trop grande ou trop lente.</translation>
    </message>
    <message>
        <source>The history could not record the request; Duve was asked to send it again.</source>
        <translation>L&apos;historique n&apos;a pas pu enregistrer la requête ; Duve a été prié de la renvoyer.</translation>
    </message>
    <message>
        <source>Hubbridge stopped before it could answer.</source>
        <translation>Hubbridge s&apos;est arrêté avant de pouvoir répondre.</translation>
    </message>
    <message>
        <source>Handled by hand by %1.</source>
        <translation>Traitée à la main par %1.</translation>
    </message>
    <message>
        <source>Unknown external ID %1</source>
        <translation>ID externe %1 inconnu</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1</source>
        <translation>Hub OS ne connaît pas la chambre %1</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1</source>
        <translation>Hub OS ne connaît pas le type de tâche %1</translation>
    </message>
    <message>
        <source>Orders Duve sent incomplete</source>
        <translation>Commandes envoyées incomplètes par Duve</translation>
    </message>
    <message>
        <source>Hub OS refused the task (HTTP %1)</source>
        <translation>Hub OS a refusé la tâche (HTTP %1)</translation>
    </message>
    <message>
        <source>Hub OS unreachable</source>
        <translation>Hub OS injoignable</translation>
    </message>
    <message>
        <source>Hub OS refuses Hubbridge&apos;s credentials</source>
        <translation>Hub OS refuse les identifiants de Hubbridge</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials no longer match</source>
        <translation>Les identifiants de Duve ne correspondent plus</translation>
    </message>
    <message>
        <source>Orders refused before they were read</source>
        <translation>Commandes refusées avant d&apos;être lues</translation>
    </message>
    <message>
        <source>The history could not record orders</source>
        <translation>L&apos;historique n&apos;a pas pu enregistrer des commandes</translation>
    </message>
    <message>
        <source>Interrupted by a stop</source>
        <translation>Interrompues par un arrêt</translation>
    </message>
    <message>
        <source>Another Hubbridge instance was still delivering this order; Duve was asked to send it again.</source>
        <translation>Une autre instance de Hubbridge traitait encore cette commande ; Duve a été invité à la renvoyer.</translation>
    </message>
    <message>
        <source>Delivered by another instance</source>
        <translation>Livrée par une autre instance</translation>
    </message>
</context>
<context>
    <name>ResendRun</name>
    <message>
        <source>Resend orders</source>
        <translation>Renvoyer les commandes</translation>
    </message>
    <message>
        <source>Hub OS recognises orders it already has, so no task is created twice.</source>
        <translation>Hub OS reconnaît les commandes qu&apos;il a déjà : aucune tâche n&apos;est créée deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n</source>
        <translation>
            <numerusform>Renvoyer %n</numerusform>
            <numerusform>Renvoyer %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending orders again…</source>
        <translation>Renvoi des commandes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n order(s) again: %2 created, %3 not.</source>
        <translation>
            <numerusform>%1 commande sur %n renvoyée : %2 créées, %3 non.</numerusform>
            <numerusform>%1 commandes sur %n renvoyées : %2 créées, %3 non.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsMapping</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Room name in Duve</source>
        <translation>Nom de la chambre dans Duve</translation>
    </message>
    <message>
        <source>Room in Hub OS</source>
        <translation>Chambre dans Hub OS</translation>
    </message>
    <message>
        <source>Room mappings</source>
        <translation>Correspondances des chambres</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Ajouter une chambre…</translation>
    </message>
    <message>
        <source>Add a room mapping</source>
        <translation>Ajouter une correspondance de chambre</translation>
    </message>
    <message>
        <source>Edit the selected room mapping</source>
        <translation>Modifier la correspondance de chambre sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected room mapping</source>
        <translation>Supprimer la correspondance de chambre sélectionnée</translation>
    </message>
    <message>
        <source>Rooms not listed keep their Duve name.</source>
        <translation>Les chambres absentes de la liste gardent leur nom Duve.</translation>
    </message>
    <message>
        <source>Add room mapping</source>
        <translation>Ajouter une correspondance de chambre</translation>
    </message>
    <message>
        <source>Edit room mapping</source>
        <translation>Modifier la correspondance de chambre</translation>
    </message>
    <message>
        <source>As Duve sends it, e.g. Room 12</source>
        <translation>Tel que Duve l&apos;envoie, ex. Room 12</translation>
    </message>
    <message>
        <source>As Hub OS knows it, e.g. 012</source>
        <translation>Tel que Hub OS la connaît, ex. 012</translation>
    </message>
    <message>
        <source>Room name in &amp;Duve:</source>
        <translation>Nom de la chambre dans &amp;Duve&#xa0;:</translation>
    </message>
    <message>
        <source>Room in &amp;Hub OS:</source>
        <translation>Chambre dans &amp;Hub OS&#xa0;:</translation>
    </message>
    <message>
        <source>Enter both room names.</source>
        <translation>Saisissez les deux noms de chambre.</translation>
    </message>
    <message>
        <source>Duve room &quot;%1&quot; is already mapped to &quot;%2&quot;.</source>
        <translation>La chambre Duve « %1 » est déjà associée à « %2 ».</translation>
    </message>
    <message>
        <source>Delete room mapping</source>
        <translation>Supprimer la correspondance de chambre</translation>
    </message>
    <message>
        <source>Delete the mapping of Duve room &quot;%1&quot;? Orders for it will go to Hub OS room &quot;%1&quot;.</source>
        <translation>Supprimer la correspondance de la chambre Duve « %1 » ? Ses commandes iront à la chambre Hub OS « %1 ».</translation>
    </message>
    <message>
        <source>Import room names from a CSV file</source>
        <translation>Importer des noms de chambre depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export room names to a CSV file</source>
        <translation>Exporter les noms de chambre dans un fichier CSV</translation>
    </message>
    <message>
        <source>Import room names</source>
        <translation>Importer des noms de chambre</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export room names</source>
        <translation>Exporter les noms de chambre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>Impossible d&apos;écrire %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n room name(s) to %1.</source>
        <translation>
            <numerusform>%n nom de chambre exporté vers %1.</numerusform>
            <numerusform>%n noms de chambre exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>Impossible de lire %1 :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n ligne du fichier doit être corrigée.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n lignes du fichier doivent être corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import refusé : %1</translation>
    </message>
    <message>
        <source>%1 holds the same room names as the list: nothing to import.</source>
        <translation>%1 contient les mêmes noms de chambre que la liste : rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n room name(s) from %1?</source>
        <translation>
            <numerusform>Importer %n nom de chambre depuis %1&#xa0;?</numerusform>
            <numerusform>Importer %n noms de chambre depuis %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list now:</source>
        <translation>Par rapport à la liste actuelle :</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation>
            <numerusform>%n chambre ajoutée</numerusform>
            <numerusform>%n chambres ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) changed</source>
        <translation>
            <numerusform>%n chambre modifiée</numerusform>
            <numerusform>%n chambres modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n sans changement</numerusform>
            <numerusform>%n sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the list but not in the file</source>
        <translation>
            <numerusform>%n dans la liste mais pas dans le fichier</numerusform>
            <numerusform>%n dans la liste mais pas dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the list&quot; removes the %n room name(s) not in the file: those rooms then go to Hub OS as Duve names them. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>« Remplacer la liste » supprime %n nom de chambre absent du fichier : cette chambre sera alors transmise à Hub OS sous le nom que lui donne Duve. « Ajouter et mettre à jour seulement » le conserve.</numerusform>
            <numerusform>« Remplacer la liste » supprime les %n noms de chambre absents du fichier : ces chambres seront alors transmises à Hub OS sous le nom que leur donne Duve. « Ajouter et mettre à jour seulement » les conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>Remplacer la liste</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>Ajouter et mettre à jour seulement</translation>
    </message>
    <message>
        <source>Added: %1 → %2</source>
        <translation>Ajoutée : %1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Modifiée : %1 → %2</translation>
    </message>
    <message>
        <source>Not in the file: %1 → %2</source>
        <translation>Absente du fichier : %1 → %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported room names from %1: %2.</source>
        <translation>Noms de chambre importés depuis %1 : %2.</translation>
    </message>
    <message>
        <source>Some room names could not be saved.</source>
        <translation>Certains noms de chambre n&apos;ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la base de données de l’historique %1 : %2</translation>
    </message>
    <message>
        <source>The Hub OS sandbox cannot start: %1</source>
        <translation>Le bac à sable Hub OS ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>The newest backup, checked when it was made, is %1 (%2).</source>
        <translation>La sauvegarde la plus récente, vérifiée à sa création, est %1 (%2).</translation>
    </message>
    <message>
        <source>The metrics listener cannot start: %1</source>
        <translation>Le service des métriques ne peut pas démarrer : %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Order id:</source>
        <translation>ID de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Numéro de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Chambre&#xa0;:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>ID externe&#xa0;:</translation>
    </message>
    <message>
        <source>Items (list):</source>
        <translation>Articles (liste)&#xa0;:</translation>
    </message>
    <message>
        <source>Item external ID:</source>
        <translation>ID externe de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>Item quantity:</source>
        <translation>Quantité de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nom du service&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation>Heure de livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Special request:</source>
        <translation>Demande particulière&#xa0;:</translation>
    </message>
    <message>
        <source>Reservation id:</source>
        <translation>ID de réservation&#xa0;:</translation>
    </message>
    <message>
        <source>Use the built-in Hub OS sandbox (no real tasks are created)</source>
        <translation>Utiliser le bac à sable Hub OS intégré (aucune tâche réelle n&apos;est créée)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Start listening when Hubbridge opens</source>
        <translation>Commencer l&apos;écoute à l&apos;ouverture de Hubbridge</translation>
    </message>
    <message>
        <source>Start Hubbridge when I log in</source>
        <translation>Lancer Hubbridge à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>https://…, given by Hub OS</source>
        <translation>https://…, fournie par Hub OS</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>URL de Hub OS</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>&amp;URL de Hub OS&#xa0;:</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>ID de l&apos;hôtel</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>&amp;ID de l&apos;hôtel&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>Jeton de mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>Jeton de &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Use the Hub OS sandbox</source>
        <translation>Utiliser le bac à sable Hub OS</translation>
    </message>
    <message>
        <source>Test the connection to Hub OS</source>
        <translation>Tester la connexion à Hub OS</translation>
    </message>
    <message>
        <source>Asks Hub OS for its task types with these credentials</source>
        <translation>Demande à Hub OS ses types de tâche avec ces identifiants</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Listener (where Duve sends orders)</source>
        <translation>Récepteur (où Duve envoie les commandes)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Toutes les interfaces réseau (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur uniquement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Listener bind address</source>
        <translation>Adresse d&apos;écoute du récepteur</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Un port libre quelconque</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Start listening on launch</source>
        <translation>Commencer l&apos;écoute au lancement</translation>
    </message>
    <message>
        <source>Delivery to Hub OS</source>
        <translation>Livraison à Hub OS</translation>
    </message>
    <message>
        <source>Attempts per task</source>
        <translation>Tentatives par tâche</translation>
    </message>
    <message>
        <source>Attempts &amp;before answering Duve:</source>
        <translation>Tentatives &amp;avant de répondre à Duve&#xa0;:</translation>
    </message>
    <message>
        <source>Background retry schedule in seconds</source>
        <translation>Calendrier des nouvelles tentatives en arrière-plan, en secondes</translation>
    </message>
    <message>
        <source>&amp;Retry later after (seconds):</source>
        <translation>&amp;Réessayer plus tard après (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>When Hub OS cannot be reached, the order is tried again in the background after each of these waits.</source>
        <translation>Quand Hub OS est injoignable, la commande est retentée en arrière-plan après chacune de ces attentes.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conserver indéfiniment</translation>
    </message>
    <message>
        <source>Keep history for days</source>
        <translation>Durée de conservation de l&apos;historique en jours</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Conserver l&apos;&amp;historique&#xa0;:</translation>
    </message>
    <message>
        <source>Where fields are read in Duve&apos;s order</source>
        <translation>Où lire les champs dans la commande Duve</translation>
    </message>
    <message>
        <source>Dotted paths, separated by commas; the first that has a value wins</source>
        <translation>Chemins à points, séparés par des virgules ; le premier qui a une valeur est retenu</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <source>Revert the settings</source>
        <translation>Rétablir les paramètres</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https:// (or http://) and name a server.</source>
        <translation>L&apos;URL de Hub OS doit commencer par https:// (ou http://) et désigner un serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on (use 0.0.0.0 for all).</source>
        <translation>« %1 » n&apos;est pas une adresse IP d&apos;écoute (utilisez 0.0.0.0 pour toutes).</translation>
    </message>
    <message>
        <source>The retry schedule is a list of waits in seconds, e.g. 60, 300, 900. &quot;%1&quot; is not a number of seconds.</source>
        <translation>Le calendrier des nouvelles tentatives est une liste d&apos;attentes en secondes, ex. 60, 300, 900. « %1 » n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>Every payload field needs at least one path (empty: %1).</source>
        <translation>Chaque champ du contenu a besoin d&apos;au moins un chemin (vide : %1).</translation>
    </message>
    <message>
        <source>Enter all three Hub OS credentials (hotel ID, access token, password token), or none.</source>
        <translation>Saisissez les trois identifiants Hub OS (ID de l&apos;hôtel, jeton d&apos;accès, jeton de mot de passe), ou aucun.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved, but no system keychain is available (%1): the credentials are kept for this session only.</source>
        <translation>Enregistré, mais aucun trousseau système n&apos;est disponible (%1) : les identifiants ne sont gardés que pour cette session.</translation>
    </message>
    <message>
        <source>The listener now runs on port %1: give Duve the new URL.</source>
        <translation>Le récepteur tourne maintenant sur le port %1 : donnez la nouvelle URL à Duve.</translation>
    </message>
    <message>
        <source>The listener could not move to the new address: %1</source>
        <translation>Le récepteur n&apos;a pas pu passer à la nouvelle adresse : %1</translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation>Le lancement à l&apos;ouverture de session n&apos;a pas pu être réglé : %1</translation>
    </message>
    <message>
        <source>The credentials come from the HUBBRIDGE_* environment variables.</source>
        <translation>Les identifiants proviennent des variables d&apos;environnement HUBBRIDGE_*.</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>Lecture du trousseau système…</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The credentials are kept for this session only, never written to disk.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les identifiants ne sont gardés que pour cette session, jamais écrits sur le disque.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistrés dans le trousseau système.</translation>
    </message>
    <message>
        <source>The credentials are stored in the system keychain when you save.</source>
        <translation>Les identifiants sont enregistrés dans le trousseau système quand vous enregistrez.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>Le bac à sable ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL de Hub OS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>« %1 » n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens first.</source>
        <translation>Saisissez d&apos;abord l&apos;ID de l&apos;hôtel et les deux jetons.</translation>
    </message>
    <message>
        <source>Asking Hub OS…</source>
        <translation>Interrogation de Hub OS…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Hub OS accepted the credentials and knows %n task type(s).</source>
        <translation>
            <numerusform>Connecté. Hub OS a accepté les identifiants et connaît %n type de tâche.</numerusform>
            <numerusform>Connecté. Hub OS a accepté les identifiants et connaît %n types de tâche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Hub OS accepted the credentials.</source>
        <translation>Connecté. Hub OS a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Hub OS refused the credentials (HTTP %1). Check the hotel ID and both tokens.</source>
        <translation>Hub OS a refusé les identifiants (HTTP %1). Vérifiez l&apos;ID de l&apos;hôtel et les deux jetons.</translation>
    </message>
    <message>
        <source>Hub OS could not be reached at %1 (%2). Check the URL and the network.</source>
        <translation>Hub OS est injoignable à l&apos;adresse %1 (%2). Vérifiez l&apos;URL et le réseau.</translation>
    </message>
    <message>
        <source>Hub OS answered HTTP %1 at %2, not the task list. Check the URL.</source>
        <translation>Hub OS a répondu HTTP %1 à l&apos;adresse %2, et non la liste des tâches. Vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <source>Preview: the last order received (%1, entry %2).</source>
        <translation>Aperçu : la dernière commande reçue (%1, entrée %2).</translation>
    </message>
    <message>
        <source>The preview appears once Duve has sent an order.</source>
        <translation>L&apos;aperçu apparaît dès que Duve a envoyé une commande.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <extracomment>What a payload path finds in the last order (the arrow follows the text).</extracomment>
        <translation>(rien trouvé)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>A new language shows after you quit Hubbridge (tray menu → Quit) and start it again; closing the window is not enough.</source>
        <translation>La nouvelle langue s&apos;affiche après avoir quitté Hubbridge (menu de la zone de notification → Quitter) puis l&apos;avoir relancé ; fermer la fenêtre ne suffit pas.</translation>
    </message>
    <message>
        <source>A new language shows after you close Hubbridge and start it again.</source>
        <translation>La nouvelle langue s&apos;affiche après avoir fermé puis relancé Hubbridge.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>Tout co&amp;pier pour Duve</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Afficher le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Masquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show the password token</source>
        <translation>Afficher le jeton de mot de passe</translation>
    </message>
    <message>
        <source>Hide the password token</source>
        <translation>Masquer le jeton de mot de passe</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>Copier l&apos;URL et les en-têtes pour Duve</translation>
    </message>
    <message>
        <source>The webhook URL and Duve&apos;s three headers with the saved credentials, ready to paste into an e-mail to Duve support. The header values are secrets.</source>
        <translation>L&apos;URL du webhook et les trois en-têtes de Duve avec les identifiants enregistrés, prêts à coller dans un e-mail au support Duve. Les valeurs des en-têtes sont secrètes.</translation>
    </message>
    <message>
        <source>Change these only when Duve support or your IT person says so: they tell Hubbridge where it finds the room, the guest and the external ID in Duve&apos;s orders.</source>
        <translation>Ne les modifiez que si le support Duve ou votre responsable informatique vous le demande : ils indiquent à Hubbridge où trouver la chambre, le client et l&apos;ID externe dans les commandes de Duve.</translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation>Afficher les champs</translation>
    </message>
    <message>
        <source>Show where fields are read</source>
        <translation>Afficher où lire les champs</translation>
    </message>
    <message>
        <source>Hide the fields</source>
        <translation>Masquer les champs</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too: give Duve support the new headers (Copy everything for Duve).</source>
        <translation>Duve doit aussi envoyer les nouveaux identifiants : donnez au support Duve les nouveaux en-têtes (Tout copier pour Duve).</translation>
    </message>
    <message>
        <source>Enter and save the Hub OS credentials first: Duve sends them as its three headers.</source>
        <translation>Saisissez et enregistrez d&apos;abord les identifiants Hub OS : Duve les envoie dans ses trois en-têtes.</translation>
    </message>
    <message>
        <source>Copied the webhook URL and Duve&apos;s three headers: paste them into an e-mail to Duve support.</source>
        <translation>L&apos;URL du webhook et les trois en-têtes de Duve ont été copiés : collez-les dans un e-mail au support Duve.</translation>
    </message>
    <message>
        <source>Replace %1 in the URL with the address Duve reaches this computer at from the internet.</source>
        <translation>Remplacez %1 dans l&apos;URL par l&apos;adresse à laquelle Duve atteint cet ordinateur depuis internet.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>Informer le support Duve</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too.</source>
        <translation>Duve doit aussi envoyer les nouveaux identifiants.</translation>
    </message>
    <message>
        <source>Duve sends the hotel ID and both tokens as its three custom headers with every order. Until Duve support has the new values, Duve&apos;s orders are refused (WEB_HUK_INVALID_CREDS).</source>
        <translation>Duve envoie l&apos;ID de l&apos;hôtel et les deux jetons dans ses trois en-têtes personnalisés avec chaque commande. Tant que le support Duve n&apos;a pas les nouvelles valeurs, les commandes de Duve sont refusées (WEB_HUK_INVALID_CREDS).</translation>
    </message>
    <message>
        <source>Copy everything for Duve</source>
        <translation>Tout copier pour Duve</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history database was damaged (%1). It was moved aside to %2 and a new history was started.</source>
        <translation>La base de données de l’historique était endommagée (%1). Elle a été mise de côté sous %2 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The history database is damaged (%1). Hubbridge goes on working; at its next start it moves the damaged file aside and starts a fresh history. Backups are in the backups folder next to it.</source>
        <translation>La base de données de l’historique est endommagée (%1). Hubbridge continue de fonctionner ; au prochain démarrage, il met le fichier endommagé de côté et commence un nouvel historique. Les sauvegardes se trouvent dans le dossier backups, à côté.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Rien n’a pu être lu dans le fichier endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n mapping(s), </source>
        <translation>
            <numerusform>Récupéré : %n correspondance, </numerusform>
            <numerusform>Récupéré : %n correspondances, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room name(s), </source>
        <translation>
            <numerusform>%n nom de chambre, </numerusform>
            <numerusform>%n noms de chambre, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation room(s) and </source>
        <translation>
            <numerusform>%n chambre de réservation et </numerusform>
            <numerusform>%n chambres de réservation et </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a retry. </source>
        <translation>
            <numerusform>%n commande en attente d’un nouvel essai. </numerusform>
            <numerusform>%n commandes en attente d’un nouvel essai. </numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of the history was not carried over; it is still in the damaged file.</source>
        <translation>Le reste de l’historique n’a pas été repris ; il se trouve toujours dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: %2 free, and Hubbridge needs at least %3 free there to record orders. Free some space on that disk (%4), or move the data folder to another disk. (SQLite: %5)</source>
        <translation>Le disque qui contient %1 est plein : %2 libres, et Hubbridge a besoin d&apos;au moins %3 libres pour enregistrer les commandes. Libérez de la place sur ce disque (%4) ou déplacez le dossier de données sur un autre disque. (SQLite : %5)</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Change bed sheets</source>
        <translation>Changer les draps</translation>
    </message>
    <message>
        <source>Request cleaning</source>
        <translation>Demande de ménage</translation>
    </message>
    <message>
        <source>Serve towels</source>
        <translation>Apporter des serviettes</translation>
    </message>
    <message>
        <source>Check minibar</source>
        <translation>Vérifier le minibar</translation>
    </message>
    <message>
        <source>Serve pillows</source>
        <translation>Apporter des oreillers</translation>
    </message>
    <message>
        <source>Serve amenities</source>
        <translation>Apporter des produits d&apos;accueil</translation>
    </message>
    <message>
        <source>Install baby cot</source>
        <translation>Installer un lit bébé</translation>
    </message>
    <message>
        <source>Install extra bed</source>
        <translation>Installer un lit d&apos;appoint</translation>
    </message>
    <message>
        <source>Deep cleaning</source>
        <translation>Nettoyage en profondeur</translation>
    </message>
    <message>
        <source>Taps purge</source>
        <translation>Purge des robinets</translation>
    </message>
    <message>
        <source>Turndown service</source>
        <translation>Service de couverture</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Autre tâche</translation>
    </message>
    <message>
        <source>Zip beds</source>
        <translation>Rapprocher les lits</translation>
    </message>
    <message>
        <source>Separate beds</source>
        <translation>Séparer les lits</translation>
    </message>
    <message>
        <source>Room service tray</source>
        <translation>Plateau du room service</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Ventilate</source>
        <translation>Aérer</translation>
    </message>
    <message>
        <source>Minibar restocking</source>
        <translation>Réassort du minibar</translation>
    </message>
    <message>
        <source>Bellboy</source>
        <translation>Bagagiste</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Bagages</translation>
    </message>
    <message>
        <source>Ice bucket</source>
        <translation>Seau à glace</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Blanchisserie</translation>
    </message>
    <message>
        <source>Valet</source>
        <translation>Voiturier</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>TaskTypeDirectory</name>
    <message>
        <source>Task type %1</source>
        <translation>Type de tâche %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Hubbridge</source>
        <translation>&amp;Ouvrir Hubbridge</translation>
    </message>
    <message>
        <source>&amp;Pause listener</source>
        <translation>&amp;Suspendre le récepteur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Hubbridge: the listener is stopped; Duve&apos;s orders are not received.</source>
        <translation>Hubbridge : le récepteur est arrêté ; les commandes de Duve ne sont pas reçues.</translation>
    </message>
    <message>
        <source>Hubbridge: Hub OS is failing (%1)</source>
        <translation>Hubbridge : Hub OS est en erreur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) could not be delivered</source>
        <translation>
            <numerusform>Hubbridge : %n commande n&apos;a pas pu être livrée</numerusform>
            <numerusform>Hubbridge : %n commandes n&apos;ont pas pu être livrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) waiting for Hub OS</source>
        <translation>
            <numerusform>Hubbridge : %n commande en attente de Hub OS</numerusform>
            <numerusform>Hubbridge : %n commandes en attente de Hub OS</numerusform>
        </translation>
    </message>
    <message>
        <source>Hubbridge: listening on port %1</source>
        <translation>Hubbridge : en écoute sur le port %1</translation>
    </message>
    <message>
        <source>&amp;Resume listener</source>
        <translation>&amp;Reprendre le récepteur</translation>
    </message>
    <message>
        <source>Hubbridge is still running</source>
        <translation>Hubbridge fonctionne toujours</translation>
    </message>
    <message>
        <source>Orders from Duve keep arriving while the window is closed. Use the tray icon to open the window or quit.</source>
        <translation>Les commandes de Duve continuent d&apos;arriver quand la fenêtre est fermée. Utilisez l&apos;icône de notification pour rouvrir la fenêtre ou quitter.</translation>
    </message>
    <message>
        <source>An order could not be sent to Hub OS</source>
        <translation>Une commande n&apos;a pas pu être envoyée à Hub OS</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, chambre %2</translation>
    </message>
</context>
</TS>
