<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Bridge</name>
    <message>
        <source>Entry %1 holds no Duve webhook that can be sent again.</source>
        <translation>Eintrag %1 enthält keinen Duve-Webhook, der erneut gesendet werden kann.</translation>
    </message>
    <message>
        <source>resend of #%1</source>
        <translation>erneuter Versand von Nr. %1</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS, and orders waiting for a retry wait too.</source>
        <translation>Anfragen von Gästen, die in der Zwischenzeit gesendet werden, erreichen Hub OS nicht, und Bestellungen, die auf einen neuen Versuch warten, warten ebenfalls.</translation>
    </message>
    <message>
        <source>To close the window and keep receiving orders, close it instead: Hubbridge keeps running in the tray.</source>
        <translation>Wenn Sie das Fenster schließen und weiter Bestellungen empfangen möchten, schließen Sie stattdessen nur das Fenster: Hubbridge läuft im Infobereich weiter.</translation>
    </message>
    <message>
        <source>Quit Hubbridge</source>
        <translation>Hubbridge beenden</translation>
    </message>
    <message>
        <source>Quit Hubbridge? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>Hubbridge beenden? Bestellungen von Duve werden abgelehnt, bis es wieder läuft.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the listener</source>
        <translation>Empfänger anhalten</translation>
    </message>
    <message>
        <source>Stop the listener? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>Empfänger anhalten? Bestellungen von Duve werden abgelehnt, bis er wieder läuft.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview or &quot;Resume listener&quot; in the tray menu.</source>
        <translation>Anfragen von Gästen, die in der Zwischenzeit gesendet werden, erreichen Hub OS nicht. Starten Sie ihn wieder mit „Empfänger starten“ in der Übersicht oder „Empfänger fortsetzen“ im Menü des Infobereichs.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview.</source>
        <translation>Anfragen von Gästen, die in der Zwischenzeit gesendet werden, erreichen Hub OS nicht. Starten Sie ihn wieder mit „Empfänger starten“ in der Übersicht.</translation>
    </message>
    <message>
        <source>Stop listener</source>
        <translation>Empfänger anhalten</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>listener/allowFrom: &quot;%1&quot; is not an IP address or a network such as 192.168.1.0/24.</source>
        <translation>listener/allowFrom: „%1“ ist weder eine IP-Adresse noch ein Netz wie 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>HTTPS needs both listener/tlsCert and listener/tlsKey.</source>
        <translation>HTTPS braucht sowohl listener/tlsCert als auch listener/tlsKey.</translation>
    </message>
    <message>
        <source>HTTPS is not available: no TLS library could be loaded (%1).</source>
        <translation>HTTPS ist nicht verfügbar: Es konnte keine TLS-Bibliothek geladen werden (%1).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Das TLS-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 holds no PEM certificate.</source>
        <translation>Die TLS-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 expired on %2; renew it.</source>
        <translation>Das TLS-Zertifikat %1 ist am %2 abgelaufen; bitte erneuern.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 is not valid before %2.</source>
        <translation>Das TLS-Zertifikat %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is protected by a passphrase; Hubbridge needs it unencrypted (make the file readable by the service account only).</source>
        <translation>Der TLS-Schlüssel %1 ist mit einer Passphrase geschützt; Hubbridge braucht ihn unverschlüsselt (die Datei nur für das Dienstkonto lesbar machen).</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no PEM private key (RSA or EC).</source>
        <translation>Die TLS-Schlüsseldatei %1 enthält keinen privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2 (different key types).</source>
        <translation>Der TLS-Schlüssel %1 gehört nicht zum Zertifikat %2 (unterschiedliche Schlüsseltypen).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2.</source>
        <translation>Der TLS-Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>I have Hub OS credentials</source>
        <translation>Ich habe Hub OS-Zugangsdaten</translation>
    </message>
    <message>
        <source>Try Hubbridge first with the built-in Hub OS sandbox</source>
        <translation>Hubbridge zuerst mit der eingebauten Hub OS-Testumgebung ausprobieren</translation>
    </message>
    <message>
        <source>Accept orders from other computers (needed for Duve)</source>
        <translation>Bestellungen von anderen Computern annehmen (für Duve nötig)</translation>
    </message>
    <message>
        <source>&amp;Send a test order</source>
        <translation>Test&amp;bestellung senden</translation>
    </message>
    <message>
        <source>Set up Hubbridge</source>
        <translation>Hubbridge einrichten</translation>
    </message>
    <message>
        <source>Connect to Hub OS</source>
        <translation>Mit Hub OS verbinden</translation>
    </message>
    <message>
        <source>Hubbridge creates housekeeping tasks in Hub OS with the credentials Hub OS gave your hotel.</source>
        <translation>Hubbridge legt Housekeeping-Aufgaben in Hub OS mit den Zugangsdaten an, die Hub OS Ihrem Hotel gegeben hat.</translation>
    </message>
    <message>
        <source>Use my Hub OS credentials</source>
        <translation>Meine Hub OS-Zugangsdaten verwenden</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Testumgebung verwenden</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>Hub OS-URL</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>Hotel-ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>Passwort-Token</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>Hub OS-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>&amp;Hotel-ID:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Zugri&amp;ffstoken:</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>&amp;Passwort-Token:</translation>
    </message>
    <message>
        <source>Show the tokens</source>
        <translation>Tokens anzeigen</translation>
    </message>
    <message>
        <source>The sandbox is a stand-in for Hub OS inside Hubbridge: orders go all the way through, but no real task is created. You can switch to Hub OS later in Settings.</source>
        <translation>Die Testumgebung vertritt Hub OS innerhalb von Hubbridge: Bestellungen durchlaufen den ganzen Weg, aber es wird keine echte Aufgabe angelegt. Sie können später in den Einstellungen zu Hub OS wechseln.</translation>
    </message>
    <message>
        <source>Where Duve sends orders</source>
        <translation>Wohin Duve Bestellungen sendet</translation>
    </message>
    <message>
        <source>Hubbridge listens for Duve&apos;s webhooks on a network port of this computer. The usual port is 8080; choose another if it is taken.</source>
        <translation>Hubbridge empfängt die Webhooks von Duve an einem Netzwerkport dieses Computers. Üblich ist Port 8080; wählen Sie einen anderen, wenn er belegt ist.</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Accept orders from other computers</source>
        <translation>Bestellungen von anderen Computern annehmen</translation>
    </message>
    <message>
        <source>Duve reaches this port from the internet: your IT or internet provider may need to forward it to this computer.</source>
        <translation>Duve erreicht diesen Port aus dem Internet: Ihre IT oder Ihr Internetanbieter muss ihn eventuell an diesen Computer weiterleiten.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>Duve-Support informieren</translation>
    </message>
    <message>
        <source>Send Duve support this webhook URL and these three custom headers. Duve sends them with every order; Hubbridge refuses orders without them.</source>
        <translation>Senden Sie dem Duve-Support diese Webhook-URL und diese drei eigenen Header. Duve schickt sie mit jeder Bestellung; Hubbridge lehnt Bestellungen ohne sie ab.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation>die Webhook-URL</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>Eigene Header:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Copy &amp;everything for Duve</source>
        <translation>&amp;Alles für Duve kopieren</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>URL und Header für Duve kopieren</translation>
    </message>
    <message>
        <source>These values are secrets: send them to Duve support only.</source>
        <translation>Diese Werte sind geheim: Senden Sie sie nur an den Duve-Support.</translation>
    </message>
    <message>
        <source>Send a test order</source>
        <translation>Testbestellung senden</translation>
    </message>
    <message>
        <source>Hubbridge sends itself a sample Duve order through the listener, as Duve would, and shows what happened.</source>
        <translation>Hubbridge schickt sich über den Empfänger selbst eine Beispielbestellung, wie Duve es täte, und zeigt, was passiert ist.</translation>
    </message>
    <message>
        <source>Room for the test order</source>
        <translation>Zimmer für die Testbestellung</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Zi&amp;mmer:</translation>
    </message>
    <message>
        <source>With real Hub OS credentials this creates a real &quot;Serve towels&quot; task for that room: pick a room your team knows is a test.</source>
        <translation>Mit echten Hub OS-Zugangsdaten entsteht dabei eine echte Aufgabe „Handtücher bringen“ für dieses Zimmer: Wählen Sie ein Zimmer, von dem Ihr Team weiß, dass es ein Test ist.</translation>
    </message>
    <message>
        <source>Test order result</source>
        <translation>Ergebnis der Testbestellung</translation>
    </message>
    <message>
        <source>Hubbridge is ready</source>
        <translation>Hubbridge ist bereit</translation>
    </message>
    <message>
        <source>Open Hubbridge</source>
        <translation>Hubbridge öffnen</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>Geben Sie die Hub OS-URL ein, z. B. https://api.hubos.example.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens, as Hub OS gave them.</source>
        <translation>Geben Sie die Hotel-ID und beide Tokens so ein, wie Hub OS sie Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port.</source>
        <translation>Port %1 kann nicht verwendet werden: %2. Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hubbridge listens at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hubbridge empfängt unter &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to the &lt;b&gt;built-in sandbox&lt;/b&gt;. When your Hub OS credentials arrive, enter them in &lt;i&gt;Settings&lt;/i&gt; and switch the sandbox off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bestellungen gehen an die &lt;b&gt;eingebaute Testumgebung&lt;/b&gt;. Sobald Ihre Hub OS-Zugangsdaten da sind, tragen Sie sie in den &lt;i&gt;Einstellungen&lt;/i&gt; ein und schalten die Testumgebung aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to Hub OS at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bestellungen gehen an Hub OS unter &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;i&gt;History&lt;/i&gt; page shows every order Duve sends; &lt;i&gt;Mappings&lt;/i&gt; says which Hub OS task each Duve service becomes. Closing the window keeps Hubbridge running in the system tray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Seite &lt;i&gt;Verlauf&lt;/i&gt; zeigt jede Bestellung, die Duve sendet; &lt;i&gt;Zuordnungen&lt;/i&gt; legt fest, welche Hub OS-Aufgabe aus jedem Duve-Service wird. Wenn Sie das Fenster schließen, läuft Hubbridge im Infobereich weiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The listener is not running: go back and choose a port.</source>
        <translation>Der Empfänger läuft nicht: Gehen Sie zurück und wählen Sie einen Port.</translation>
    </message>
    <message>
        <source>The mapping table is empty: reset it to the defaults on the Mappings page.</source>
        <translation>Die Zuordnungstabelle ist leer: Setzen Sie sie auf der Seite Zuordnungen auf die Standardwerte zurück.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The listener did not answer: %1</source>
        <translation>Der Empfänger hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP 200: Hub OS task %1 was created. Everything works.</source>
        <translation>Duve hätte HTTP 200 erhalten: Hub OS-Aufgabe %1 wurde angelegt. Alles funktioniert.</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP %1 (%2): %3</source>
        <translation>Duve hätte HTTP %1 (%2) erhalten: %3</translation>
    </message>
    <message>
        <source>With the sandbox these are demo values, good for a test from this computer only. Send Duve support your real Hub OS credentials once you have them and have entered them in Settings.</source>
        <translation>Mit der Testumgebung sind das Demo-Werte, nur für einen Test von diesem Computer aus geeignet. Senden Sie dem Duve-Support Ihre echten Hub-OS-Zugangsdaten, sobald Sie sie haben und in den Einstellungen eingetragen haben.</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https://, e.g. https://%1.</source>
        <translation>Die Hub OS-URL muss mit https:// beginnen, z. B. https://%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie die Hub OS-URL ein, z. B. https://api.hubos.example.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hubbridge can keep the tokens only until it is quit: after a restart they must be entered again in Settings. To keep them, set up a keychain (e.g. GNOME Keyring) and start Hubbridge again.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Hubbridge kann die Tokens nur bis zum Beenden behalten: Nach einem Neustart müssen sie in den Einstellungen erneut eingegeben werden. Um sie dauerhaft zu behalten, richten Sie einen Schlüsselbund ein (z. B. GNOME Keyring) und starten Sie Hubbridge neu.</translation>
    </message>
    <message>
        <source>%1 is an address inside the hotel (or of this computer): Duve cannot reach it. Before you send the URL, replace %1 with the address at which Duve reaches this computer from the internet; your IT person knows it.</source>
        <translation>%1 ist eine Adresse innerhalb des Hotels (oder dieses Computers): Duve kann sie nicht erreichen. Bevor Sie die URL senden, ersetzen Sie %1 durch die Adresse, unter der Duve diesen Computer aus dem Internet erreicht; Ihre IT-Ansprechperson kennt sie.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows</source>
        <translation>Zimmer, die Hub OS kennt</translation>
    </message>
    <message>
        <source>The sandbox knows these rooms: %1.</source>
        <translation>Die Testumgebung kennt diese Zimmer: %1.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows: %1.</source>
        <translation>Zimmer, die Hub OS kennt: %1.</translation>
    </message>
    <message>
        <source>A test order sent by the set-up wizard.</source>
        <translation>Eine Testbestellung, gesendet vom Einrichtungsassistenten.</translation>
    </message>
    <message>
        <source>A test order is not tried again later and does not count as a guest&apos;s failed order.</source>
        <translation>Eine Testbestellung wird später nicht erneut versucht und zählt nicht als fehlgeschlagene Bestellung eines Gastes.</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Request from Duve</source>
        <translation>Anfrage von Duve</translation>
    </message>
    <message>
        <source>Hub OS attempts</source>
        <translation>Hub OS-Versuche</translation>
    </message>
    <message>
        <source>Answer sent to Duve</source>
        <translation>An Duve gesendete Antwort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer to Duve</source>
        <translation>Antwort an Duve</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>Select a row to see what Duve sent, what Hub OS answered and what Duve was told.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, was Duve gesendet hat, was Hub OS geantwortet hat und was Duve mitgeteilt wurde.</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>Bestellung Nr. %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>Entry %1, received %2 from %3</source>
        <translation>Eintrag %1, empfangen am %2 von %3</translation>
    </message>
    <message>
        <source>(body of %1 bytes, first %2 bytes kept)
</source>
        <translation>(Inhalt mit %1 Bytes, die ersten %2 Bytes aufbewahrt)
</translation>
    </message>
    <message>
        <source>Hub OS was not called for this entry.</source>
        <translation>Für diesen Eintrag wurde Hub OS nicht aufgerufen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>── %1 item %2, attempt %3 ── %4 ── %5 ms ──</source>
        <translation>── %1, Position %2, Versuch %3 ── %4 ── %5 ms ──</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Hub OS task: %1</source>
        <translation>Hub OS-Aufgabe: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Hub OS attempts (%1)</source>
        <translation>Hub OS-Versuche (%1)</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>HTTP %1, answered %2</source>
        <translation>HTTP %1, beantwortet am %2</translation>
    </message>
    <message>
        <source>Answered to Duve: HTTP %1 %2 (%3)</source>
        <translation>Antwort an Duve: HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>The order&apos;s requests</source>
        <translation>Die Anfragen der Bestellung</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Bestellverlauf</translation>
    </message>
    <message>
        <source>Order timeline (%1)</source>
        <translation>Bestellverlauf (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Order created</source>
        <translation>Bestellung angelegt</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Bestellung erstattet</translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation>Reservierung angelegt</translation>
    </message>
    <message>
        <source>Room assigned</source>
        <translation>Zimmer zugewiesen</translation>
    </message>
    <message>
        <source>Pre-check-in done</source>
        <translation>Vorab-Check-in erledigt</translation>
    </message>
    <message>
        <source>Pre-check-out done</source>
        <translation>Vorab-Check-out erledigt</translation>
    </message>
    <message>
        <source>Pre-check-out updated</source>
        <translation>Vorab-Check-out geändert</translation>
    </message>
    <message>
        <source>Guest link opened</source>
        <translation>Gastlink geöffnet</translation>
    </message>
    <message>
        <source>Guest document uploaded</source>
        <translation>Gastdokument hochgeladen</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>Refused request</source>
        <translation>Abgewiesene Anfrage</translation>
    </message>
    <message>
        <source>Duve external IDs: %1</source>
        <translation>Externe Duve-IDs: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Order #</source>
        <translation>Bestell-Nr.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Service / task type</source>
        <translation>Service / Aufgabentyp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Hub OS tasks</source>
        <translation>Hub OS-Aufgaben</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
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
Antwort an Duve: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Resend &amp;all matching…</source>
        <translation>&amp;Alle Treffer erneut senden…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Search guest, room, order or payload…</source>
        <translation>Gast, Zimmer, Bestellung oder Inhalt suchen…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Every word must appear (Ctrl+F)</source>
        <translation>Jedes Wort muss vorkommen (Strg+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>From (included)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Number of matching entries</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Send the selected order through the bridge again (Ctrl+R)</source>
        <translation>Ausgewählte Bestellung erneut durch die Brücke senden (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Resend the selected entry</source>
        <translation>Ausgewählten Eintrag erneut senden</translation>
    </message>
    <message>
        <source>Send every order matching the filters again</source>
        <translation>Alle Bestellungen, die den Filtern entsprechen, erneut senden</translation>
    </message>
    <message>
        <source>Resend all matching entries</source>
        <translation>Alle Treffer erneut senden</translation>
    </message>
    <message>
        <source>Save the matching rows as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Passende Zeilen als CSV oder JSON Lines speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the matching entries</source>
        <translation>Treffer exportieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>This entry is not an order Duve sent with the right credentials, so it cannot be sent again.</source>
        <translation>Dieser Eintrag ist keine Bestellung, die Duve mit den richtigen Zugangsdaten gesendet hat; er kann daher nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Sending entry %1 again…</source>
        <translation>Eintrag %1 wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Entry %1 sent again: %2</source>
        <translation>Eintrag %1 erneut gesendet: %2</translation>
    </message>
    <message>
        <source>None of the matching entries is an order that can be sent again.</source>
        <translation>Keiner der Treffer ist eine Bestellung, die erneut gesendet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) matching the filters to Hub OS again?</source>
        <translation>
            <numerusform>%n Bestellung, die den Filtern entspricht, erneut an Hub OS senden?</numerusform>
            <numerusform>%n Bestellungen, die den Filtern entsprechen, erneut an Hub OS senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, every detail (*.jsonl)</source>
        <translation>JSON Lines, alle Details (*.jsonl)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird exportiert…</numerusform>
            <numerusform>%n Einträge werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Handled…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>Mark the selected order as handled by hand (the guest was served another way): it leaves the problems</source>
        <translation>Die gewählte Bestellung als von Hand erledigt markieren (der Gast wurde anders bedient): Sie verlässt die Probleme</translation>
    </message>
    <message>
        <source>Mark the selected order handled</source>
        <translation>Die gewählte Bestellung als erledigt markieren</translation>
    </message>
    <message>
        <source>Resolved by entry %1 → %2</source>
        <translation>Gelöst durch Eintrag %1 → %2</translation>
    </message>
    <message>
        <source>Followed by entry %1 → %2</source>
        <translation>Gefolgt von Eintrag %1 → %2</translation>
    </message>
    <message>
        <source>Handled by hand by %1 on %2: %3</source>
        <translation>Von Hand erledigt durch %1 am %2: %3</translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>Von Hand erledigt</translation>
    </message>
    <message>
        <source>What was done for this order (for example: towels brought by the night porter)?</source>
        <translation>Was wurde für diese Bestellung getan (zum Beispiel: Handtücher vom Nachtportier gebracht)?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Einzelheiten</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Orders: each order once, its newest request saying where it stands; All requests: every request as it arrived</source>
        <translation>Bestellungen: jede Bestellung einmal, ihre neueste Anfrage zeigt den Stand; Alle Anfragen: jede Anfrage so, wie sie ankam</translation>
    </message>
    <message>
        <source>Show or hide the detail pane below the table</source>
        <translation>Detailbereich unter der Tabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show the detail pane</source>
        <translation>Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>%1  entry %2  %3</source>
        <translation>%1  Eintrag %2  %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n+ orders</source>
        <translation>
            <numerusform>%n+ Bestellung</numerusform>
            <numerusform>%n+ Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Empfang auf %1, Port %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Listener, Hub OS and today&apos;s orders (Ctrl+1)</source>
        <translation>Empfänger, Hub OS und heutige Bestellungen (Strg+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every request Duve sent (Ctrl+2)</source>
        <translation>Jede Anfrage, die Duve gesendet hat (Strg+2)</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Duve services and rooms to Hub OS (Ctrl+3)</source>
        <translation>Duve-Services und Zimmer zu Hub OS (Strg+3)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hub OS, listener and delivery (Ctrl+4)</source>
        <translation>Hub OS, Empfänger und Zustellung (Strg+4)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Neue Zuordnung</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>Empfang auf Port %1</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Empfänger angehalten</translation>
    </message>
    <message>
        <source>Hub OS error at %1</source>
        <translation>Hub OS-Fehler um %1</translation>
    </message>
    <message>
        <source>Hub OS error</source>
        <translation>Hub OS-Fehler</translation>
    </message>
    <message>
        <source>Hub OS answered at %1</source>
        <translation>Hub OS hat um %1 geantwortet</translation>
    </message>
    <message>
        <source>Hub OS OK</source>
        <translation>Hub OS in Ordnung</translation>
    </message>
    <message>
        <source>Hub OS not called yet</source>
        <translation>Hub OS noch nicht aufgerufen</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Testumgebung</translation>
    </message>
    <message>
        <source>Hubbridge — %1 · %2</source>
        <translation>Hubbridge — %1 · %2</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>empfangsbereit</translation>
    </message>
    <message>
        <source>listener stopped</source>
        <translation>Empfänger angehalten</translation>
    </message>
    <message>
        <source>The listener could not start: %1. Check the port in Settings.</source>
        <translation>Der Empfänger konnte nicht starten: %1. Prüfen Sie den Port in den Einstellungen.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hub OS credentials are kept for this session only and must be entered again after a restart.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Die Hub OS-Zugangsdaten gelten nur für diese Sitzung und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Hub OS credentials are missing: every order is refused until you enter them in Settings.</source>
        <translation>Die Hub OS-Zugangsdaten fehlen: Jede Bestellung wird abgelehnt, bis Sie sie in den Einstellungen eintragen.</translation>
    </message>
    <message>
        <source>Hubbridge cannot write its history (%1). Orders are answered &quot;try again later&quot; until it can: free disk space or check the data folder&apos;s permissions.</source>
        <translation>Hubbridge kann seinen Verlauf nicht schreiben (%1). Bis das wieder geht, werden Bestellungen mit „später erneut versuchen“ beantwortet: Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hubbridge</source>
        <translation>&amp;Über Hubbridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Hubbridge</source>
        <translation>Über Hubbridge</translation>
    </message>
    <message>
        <source>Turns guest orders from Duve into housekeeping tasks in Hub OS.</source>
        <translation>Macht aus Gästebestellungen in Duve Housekeeping-Aufgaben in Hub OS.</translation>
    </message>
    <message>
        <source>Copyright 2026 the Hubbridge authors.</source>
        <translation>Copyright 2026 die Autoren von Hubbridge.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. There is no warranty, to the extent permitted by law.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder neuer. Es gibt keine Garantie, soweit gesetzlich zulässig.</translation>
    </message>
    <message>
        <source>The listener is stopped: Duve&apos;s orders are refused until it runs again. Start listener on the Overview starts it.</source>
        <translation>Der Empfänger ist angehalten: Bestellungen von Duve werden abgelehnt, bis er wieder läuft. „Empfänger starten“ in der Übersicht startet ihn.</translation>
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
        <translation>die externe Duve-ID ist leer</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is not a number</source>
        <translation>die externe Duve-ID „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is too long</source>
        <translation>die externe Duve-ID „%1“ ist zu lang</translation>
    </message>
    <message>
        <source>the Hub OS task type must be a positive number</source>
        <translation>der Hub-OS-Aufgabentyp muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (a &quot; is missing)</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_external_id,hubos_task_type_id,label</source>
        <translation>Zeile 1: die Datei ist leer; erwartet wird die Kopfzeile duve_external_id,hubos_task_type_id,label</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_external_id,hubos_task_type_id,label (optionally followed by enabled)</source>
        <translation>Zeile %1: die Kopfzeile muss duve_external_id,hubos_task_type_id,label lauten (optional gefolgt von enabled)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the Hub OS task type &quot;%1&quot; is not a number</source>
        <translation>der Hub-OS-Aufgabentyp „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>enabled must be true or false, not &quot;%1&quot;</source>
        <translation>enabled muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the Duve external ID %1 appears more than once</source>
        <translation>die externe Duve-ID %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>Hub OS has no task type %1 (neither in the catalogue nor in the list Hub OS gave)</source>
        <translation>Hub OS hat keinen Aufgabentyp %1 (weder im Katalog noch in der Liste, die Hub OS geliefert hat)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_room,hubos_room</source>
        <translation>Zeile 1: die Datei ist leer; erwartet wird die Kopfzeile duve_room,hubos_room</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_room,hubos_room</source>
        <translation>Zeile %1: die Kopfzeile muss duve_room,hubos_room lauten</translation>
    </message>
    <message>
        <source>the Duve room name is empty</source>
        <translation>der Duve-Zimmername ist leer</translation>
    </message>
    <message>
        <source>the Hub OS room for &quot;%1&quot; is empty</source>
        <translation>das Hub OS-Zimmer für „%1“ ist leer</translation>
    </message>
    <message>
        <source>the Duve room &quot;%1&quot; appears more than once</source>
        <translation>das Duve-Zimmer „%1“ kommt mehrfach vor</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Send orders with this ID to Hub OS</source>
        <translation>Bestellungen mit dieser ID an Hub OS senden</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>When a guest orders a Duve service with this external ID, Hubbridge creates a Hub OS task of the chosen type.</source>
        <translation>Wenn ein Gast einen Duve-Service mit dieser externen ID bestellt, legt Hubbridge eine Hub OS-Aufgabe des gewählten Typs an.</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>z. B. 4</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>Externe Duve-ID</translation>
    </message>
    <message>
        <source>The number set as External ID on the service in Duve</source>
        <translation>Die Nummer, die beim Service in Duve als externe ID eingetragen ist</translation>
    </message>
    <message>
        <source>Duve &amp;external ID:</source>
        <translation>&amp;Externe Duve-ID:</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (Typ %2)</translation>
    </message>
    <message>
        <source>Task type %1</source>
        <translation>Aufgabentyp %1</translation>
    </message>
    <message>
        <source>Choose a task type</source>
        <translation>Aufgabentyp wählen</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>Hub OS-Aufgabentyp</translation>
    </message>
    <message>
        <source>Hub OS &amp;task type:</source>
        <translation>Hub OS-&amp;Aufgabentyp:</translation>
    </message>
    <message>
        <source>Optional, e.g. Extra towels</source>
        <translation>Optional, z. B. Extra-Handtücher</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Was korrigiert werden muss</translation>
    </message>
    <message>
        <source>Enter the Duve external ID (a number, e.g. 4).</source>
        <translation>Geben Sie die externe Duve-ID ein (eine Zahl, z. B. 4).</translation>
    </message>
    <message>
        <source>The Duve external ID must be a whole number, e.g. 4. &quot;%1&quot; is not.</source>
        <translation>Die externe Duve-ID muss eine ganze Zahl sein, z. B. 4. „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Choose the Hub OS task type these orders become.</source>
        <translation>Wählen Sie den Hub OS-Aufgabentyp, zu dem diese Bestellungen werden.</translation>
    </message>
    <message>
        <source>The Duve external ID &quot;%1&quot; is too long (at most 18 digits).</source>
        <translation>Die externe Duve-ID „%1“ ist zu lang (höchstens 18 Ziffern).</translation>
    </message>
    <message>
        <source>External ID %1 is already mapped (to %2). Edit that row instead.</source>
        <translation>Die externe ID %1 ist bereits zugeordnet (zu %2). Bearbeiten Sie stattdessen diese Zeile.</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Duve services → Hub OS task types</source>
        <translation>Duve-Services → Hub OS-Aufgabentypen</translation>
    </message>
    <message>
        <source>Each Duve service carries an external ID. This table says which Hub OS task an order for it becomes. Changes apply to the next order.</source>
        <translation>Jeder Duve-Service trägt eine externe ID. Diese Tabelle legt fest, zu welcher Hub OS-Aufgabe eine Bestellung dafür wird. Änderungen gelten ab der nächsten Bestellung.</translation>
    </message>
    <message>
        <source>Search ID, task type or label…</source>
        <translation>ID, Aufgabentyp oder Bezeichnung suchen…</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>Zuordnungen durchsuchen</translation>
    </message>
    <message>
        <source>Map another Duve external ID (Ctrl+N)</source>
        <translation>Weitere externe Duve-ID zuordnen (Strg+N)</translation>
    </message>
    <message>
        <source>Add a mapping</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected mapping</source>
        <translation>Ausgewählte Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected mapping</source>
        <translation>Ausgewählte Zuordnung löschen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Auf Standard zurücksetzen…</translation>
    </message>
    <message>
        <source>Import mappings from a CSV file</source>
        <translation>Zuordnungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export mappings to a CSV file</source>
        <translation>Zuordnungen in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Reset the mappings to the 25 defaults</source>
        <translation>Zuordnungen auf die 25 Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>Externe Duve-ID</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>Hub OS-Aufgabentyp</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>External-ID mappings</source>
        <translation>Zuordnungen der externen IDs</translation>
    </message>
    <message>
        <source>Duve room names → Hub OS rooms</source>
        <translation>Duve-Zimmernamen → Hub OS-Zimmer</translation>
    </message>
    <message>
        <source>Task type %1 (not in the catalogue)</source>
        <translation>Aufgabentyp %1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (Typ %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No — orders refused</source>
        <translation>Nein – Bestellungen abgelehnt</translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2. The next order uses it.</source>
        <translation>Gespeichert: externe ID %1 → %2. Die nächste Bestellung verwendet sie.</translation>
    </message>
    <message>
        <source>The mapping could not be saved (the database refused the write).</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden (die Datenbank hat das Schreiben verweigert).</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <source>Delete the mapping of external ID %1 (%2)?</source>
        <translation>Zuordnung der externen ID %1 (%2) löschen?</translation>
    </message>
    <message>
        <source>Orders for this service will be refused as &quot;unknown external ID&quot; until it is mapped again.</source>
        <translation>Bestellungen für diesen Service werden als „unbekannte externe ID“ abgelehnt, bis er wieder zugeordnet ist.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted the mapping of external ID %1.</source>
        <translation>Zuordnung der externen ID %1 gelöscht.</translation>
    </message>
    <message>
        <source>The mapping could not be deleted.</source>
        <translation>Die Zuordnung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The mappings could not be saved.</source>
        <translation>Die Zuordnungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Reset mappings</source>
        <translation>Zuordnungen zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n current mapping(s) with the 25 default ones?</source>
        <translation>
            <numerusform>Die %n aktuelle Zuordnung durch die 25 Standardzuordnungen ersetzen?</numerusform>
            <numerusform>Die %n aktuellen Zuordnungen durch die 25 Standardzuordnungen ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each default maps an external ID to the Hub OS task type with the same number.</source>
        <translation>Jede Standardzuordnung ordnet eine externe ID dem Hub OS-Aufgabentyp mit derselben Nummer zu.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>The 25 default mappings are back.</source>
        <translation>Die 25 Standardzuordnungen sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Zuordnungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile der Datei muss korrigiert werden.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen der Datei müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weitere</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Zuordnungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) to %1.</source>
        <translation>
            <numerusform>%n Zuordnung nach %1 exportiert.</numerusform>
            <numerusform>%n Zuordnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2, switched off. Its orders are refused until you switch it on again.</source>
        <translation>Gespeichert: externe ID %1 → %2, ausgeschaltet. Bestellungen dafür werden abgelehnt, bis Sie die Zuordnung wieder einschalten.</translation>
    </message>
    <message>
        <source>%1 → %2 (type %3)</source>
        <translation>%1 → %2 (Typ %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, label &quot;%1&quot;</source>
        <translation>, Bezeichnung „%1“</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 holds the same mappings as the table: nothing to import.</source>
        <translation>%1 enthält dieselben Zuordnungen wie die Tabelle: nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s) from %1?</source>
        <translation>
            <numerusform>%n Zuordnung aus %1 importieren?</numerusform>
            <numerusform>%n Zuordnungen aus %1 importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the table now:</source>
        <translation>Im Vergleich zur aktuellen Tabelle:</translation>
    </message>
    <message numerus="yes">
        <source>%n new external ID(s) added</source>
        <translation>
            <numerusform>%n neue externe ID hinzugefügt</numerusform>
            <numerusform>%n neue externe IDs hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n Zuordnung geändert</numerusform>
            <numerusform>%n Zuordnungen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table but not in the file</source>
        <translation>
            <numerusform>%n in der Tabelle, aber nicht in der Datei</numerusform>
            <numerusform>%n in der Tabelle, aber nicht in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the table&quot; removes the %n mapping(s) not in the file: orders for them are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>„Tabelle ersetzen“ entfernt die %n Zuordnung, die nicht in der Datei steht: Bestellungen dafür werden dann als „unbekannte externe ID“ abgelehnt. „Nur hinzufügen und aktualisieren“ behält sie.</numerusform>
            <numerusform>„Tabelle ersetzen“ entfernt die %n Zuordnungen, die nicht in der Datei stehen: Bestellungen dafür werden dann als „unbekannte externe ID“ abgelehnt. „Nur hinzufügen und aktualisieren“ behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Tabelle ersetzen</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>Nur hinzufügen und aktualisieren</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>Nicht in der Datei: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Aus %1 importiert: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeChip</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Protokolliert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Give Duve support this webhook URL:</source>
        <translation>Geben Sie dem Duve-Support diese Webhook-URL:</translation>
    </message>
    <message>
        <source>Webhook URL for Duve</source>
        <translation>Webhook-URL für Duve</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Webhook-URL kopieren</translation>
    </message>
    <message>
        <source>Start or stop the listener</source>
        <translation>Empfänger starten oder anhalten</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>Requests per hour, last 24 hours</source>
        <translation>Anfragen pro Stunde, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Requests per hour chart</source>
        <translation>Diagramm der Anfragen pro Stunde</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Orders from Duve are received on port %1.</source>
        <translation>Bestellungen von Duve werden an Port %1 empfangen.</translation>
    </message>
    <message>
        <source>&amp;Stop listener</source>
        <translation>Empfänger &amp;anhalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Duve&apos;s orders are not received.</source>
        <translation>Bestellungen von Duve werden nicht empfangen.</translation>
    </message>
    <message>
        <source>&amp;Start listener</source>
        <translation>Empfänger &amp;starten</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Noch nicht aufgerufen</translation>
    </message>
    <message>
        <source>Built-in sandbox (no real tasks are created)</source>
        <translation>Eingebaute Testumgebung (es werden keine echten Aufgaben angelegt)</translation>
    </message>
    <message>
        <source>Not configured: enter the Hub OS URL in Settings.</source>
        <translation>Nicht eingerichtet: Geben Sie die Hub OS-URL in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>Letzter Fehler: %1 – %2</translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation>Letzter Fehler: keiner</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>Bestellung Nr. %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Bestellungen heute</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>Heute angelegt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Problems by cause</source>
        <translation>Probleme nach Ursache</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the newest order of the cause in the history</source>
        <translation>Doppelklick oder Eingabetaste öffnet die neueste Bestellung dieser Ursache im Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s) retrying</source>
        <translation>
            <numerusform>%1 — %n Bestellung wird erneut versucht</numerusform>
            <numerusform>%1 — %n Bestellungen werden erneut versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n Bestellung</numerusform>
            <numerusform>%1 — %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Neueste: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention. Every order reached Hub OS.</source>
        <translation>Nichts braucht Aufmerksamkeit. Jede Bestellung hat Hub OS erreicht.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>Alles für &amp;Duve kopieren</translation>
    </message>
    <message>
        <source>The webhook URL and the three custom headers, ready to paste into a message to Duve support</source>
        <translation>Die Webhook-URL und die drei eigenen Header, bereit zum Einfügen in eine Nachricht an den Duve-Support</translation>
    </message>
    <message>
        <source>Copy the URL and the headers for Duve</source>
        <translation>URL und Header für Duve kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2: %n request(s)</source>
        <translation>
            <numerusform>%1–%2: %n Anfrage</numerusform>
            <numerusform>%1–%2: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them in the history</source>
        <translation>Klicken, um sie im Verlauf zu sehen</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>Als erledigt markieren…</translation>
    </message>
    <message>
        <source>Fix the chosen cause</source>
        <translation>Die gewählte Ursache beheben</translation>
    </message>
    <message>
        <source>Mark the orders of the chosen cause handled</source>
        <translation>Die Bestellungen der gewählten Ursache als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the orders of this cause as handled by hand (the guests were served another way): they leave the problems</source>
        <translation>Die Bestellungen dieser Ursache als von Hand erledigt markieren (die Gäste wurden anders bedient): Sie verlassen die Probleme</translation>
    </message>
    <message>
        <source>Add mapping for %1…</source>
        <translation>Zuordnung für %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Map external ID %1 to a Hub OS task type, then resend these orders</source>
        <translation>Ordnen Sie die externe ID %1 einem Hub-OS-Aufgabentyp zu und senden Sie diese Bestellungen dann erneut</translation>
    </message>
    <message>
        <source>Add room name for %1…</source>
        <translation>Zimmernamen für %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Say which Hub OS room Duve&apos;s room %1 is, then resend these orders</source>
        <translation>Geben Sie an, welches Hub-OS-Zimmer Duves Zimmer %1 ist, und senden Sie diese Bestellungen dann erneut</translation>
    </message>
    <message numerus="yes">
        <source>Resend these %n orders</source>
        <translation>
            <numerusform>Diese Bestellung erneut senden</numerusform>
            <numerusform>Diese %n Bestellungen erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>The set-up is fixed: send the newest request of each of these orders to Hub OS again</source>
        <translation>Die Einrichtung ist behoben: die neueste Anfrage jeder dieser Bestellungen erneut an Hub OS senden</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Hubbridge tries again by itself at %1; this tries every waiting order now</source>
        <translation>Hubbridge versucht es um %1 von selbst erneut; dies versucht jetzt alle wartenden Bestellungen</translation>
    </message>
    <message>
        <source>Try every waiting order now</source>
        <translation>Alle wartenden Bestellungen jetzt versuchen</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials are in Settings, where &quot;Copy everything for Duve&quot; gives the ones Duve must send</source>
        <translation>Die Duve-Zugangsdaten stehen in den Einstellungen; „Alles für Duve kopieren“ gibt die, die Duve senden muss</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>Im Verlauf zeigen</translation>
    </message>
    <message>
        <source>Show these orders in the history</source>
        <translation>Diese Bestellungen im Verlauf zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n waiting order(s) again now…</source>
        <translation>
            <numerusform>Die wartende Bestellung wird jetzt erneut versucht…</numerusform>
            <numerusform>%n wartende Bestellungen werden jetzt erneut versucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting orders are being delivered right now.</source>
        <translation>Die wartenden Bestellungen werden gerade zugestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n order(s) of “%1” to Hub OS again?</source>
        <translation>
            <numerusform>Die Bestellung von „%1“ erneut an Hub OS senden?</numerusform>
            <numerusform>Die %n Bestellungen von „%1“ erneut an Hub OS senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>Von Hand erledigt</translation>
    </message>
    <message numerus="yes">
        <source>What was done for these %n order(s) (for example: towels brought by the night porter)?</source>
        <translation>
            <numerusform>Was wurde für diese Bestellung getan (zum Beispiel: Handtücher vom Nachtportier gebracht)?</numerusform>
            <numerusform>Was wurde für diese %n Bestellungen getan (zum Beispiel: Handtücher vom Nachtportier gebracht)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be marked handled (the database refused the write).</source>
        <translation>
            <numerusform>%n Bestellung konnte nicht als erledigt markiert werden (die Datenbank hat das Schreiben abgelehnt).</numerusform>
            <numerusform>%n Bestellungen konnten nicht als erledigt markiert werden (die Datenbank hat das Schreiben abgelehnt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked handled by hand.</source>
        <translation>
            <numerusform>%n Bestellung als von Hand erledigt markiert.</numerusform>
            <numerusform>%n Bestellungen als von Hand erledigt markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresHistoryStore</name>
    <message>
        <source>The database URL holds a password. Hubbridge does not keep it in its settings: put it in a PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names), in PGPASSWORD, or in a systemd credential, and remove it from the URL.</source>
        <translation>Die Datenbank-URL enthält ein Passwort. Hubbridge speichert es nicht in seinen Einstellungen: Legen Sie es in einer PostgreSQL-Passwortdatei ab (~/.pgpass oder die Datei, die PGPASSFILE nennt), in PGPASSWORD oder in einem systemd-Credential, und entfernen Sie es aus der URL.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>Duve&apos;s credentials no longer match: %n request(s) since %1</source>
        <translation>
            <numerusform>Die Zugangsdaten von Duve stimmen nicht mehr: %n Anfrage seit %1</numerusform>
            <numerusform>Die Zugangsdaten von Duve stimmen nicht mehr: %n Anfragen seit %1</numerusform>
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
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>room number</source>
        <translation>Zimmernummer</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>verified first name</source>
        <translation>bestätigter Vorname</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>External ID %1 is not in the mapping table (or is switched off). Add it on the Mappings page, then resend the order.</source>
        <translation>Die externe ID %1 steht nicht in der Zuordnungstabelle (oder ist ausgeschaltet). Fügen Sie sie auf der Seite Zuordnungen hinzu und senden Sie die Bestellung erneut.</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1. Check the room&apos;s name in Hub OS, or map it on the Mappings page (Rooms), then resend the order.</source>
        <translation>Hub OS kennt Zimmer %1 nicht. Prüfen Sie den Namen des Zimmers in Hub OS oder ordnen Sie es auf der Seite Zuordnungen (Zimmer) zu, und senden Sie die Bestellung erneut.</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1. Correct the mapping on the Mappings page, then resend the order.</source>
        <translation>Hub OS kennt den Aufgabentyp %1 nicht. Korrigieren Sie die Zuordnung auf der Seite Zuordnungen und senden Sie die Bestellung erneut.</translation>
    </message>
    <message>
        <source>The order from Duve is missing: %1.</source>
        <translation>In der Bestellung von Duve fehlt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The order has %1 items, more than Hubbridge takes in one order.</source>
        <translation>Die Bestellung hat %1 Positionen, mehr als Hubbridge pro Bestellung annimmt.</translation>
    </message>
    <message>
        <source>The request carried the hotel&apos;s credentials but not a Duve order Hubbridge can read.</source>
        <translation>Die Anfrage trug die Zugangsdaten des Hotels, aber keine Duve-Bestellung, die Hubbridge lesen kann.</translation>
    </message>
    <message>
        <source>Hub OS refused the task with an unexpected answer (HTTP %1).</source>
        <translation>Hub OS hat die Aufgabe mit einer unerwarteten Antwort abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Hub OS could not be reached or did not answer in time.</source>
        <translation>Hub OS war nicht erreichbar oder hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Hub OS refused Hubbridge&apos;s credentials. Check them in Settings.</source>
        <translation>Hub OS hat die Zugangsdaten von Hubbridge abgelehnt. Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The request did not carry the hotel&apos;s Duve credentials.</source>
        <translation>Die Anfrage trug nicht die Duve-Zugangsdaten des Hotels.</translation>
    </message>
    <message>
        <source>Not a Duve webhook (%1).</source>
        <translation>Kein Duve-Webhook (%1).</translation>
    </message>
    <message>
        <source>Refused before it was read (HTTP %1).</source>
        <translation>Abgelehnt, bevor sie gelesen wurde (HTTP %1).</translation>
    </message>
    <message>
        <source>An order from Duve was refused before it was read (HTTP %1): it was too large or too slow.</source>
        <translation>Eine Bestellung von Duve wurde abgelehnt, bevor sie gelesen wurde (HTTP %1): Sie war zu groß oder zu langsam.</translation>
    </message>
    <message>
        <source>The history could not record the request; Duve was asked to send it again.</source>
        <translation>Der Verlauf konnte die Anfrage nicht speichern; Duve wurde gebeten, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Hubbridge stopped before it could answer.</source>
        <translation>Hubbridge wurde beendet, bevor es antworten konnte.</translation>
    </message>
    <message>
        <source>Handled by hand by %1.</source>
        <translation>Von Hand erledigt durch %1.</translation>
    </message>
    <message>
        <source>Unknown external ID %1</source>
        <translation>Unbekannte externe ID %1</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1</source>
        <translation>Hub OS kennt Zimmer %1 nicht</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1</source>
        <translation>Hub OS kennt Aufgabentyp %1 nicht</translation>
    </message>
    <message>
        <source>Orders Duve sent incomplete</source>
        <translation>Von Duve unvollständig gesendete Bestellungen</translation>
    </message>
    <message>
        <source>Hub OS refused the task (HTTP %1)</source>
        <translation>Hub OS hat die Aufgabe abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Hub OS unreachable</source>
        <translation>Hub OS nicht erreichbar</translation>
    </message>
    <message>
        <source>Hub OS refuses Hubbridge&apos;s credentials</source>
        <translation>Hub OS lehnt die Zugangsdaten von Hubbridge ab</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials no longer match</source>
        <translation>Die Zugangsdaten von Duve stimmen nicht mehr</translation>
    </message>
    <message>
        <source>Orders refused before they were read</source>
        <translation>Bestellungen, die vor dem Lesen abgelehnt wurden</translation>
    </message>
    <message>
        <source>The history could not record orders</source>
        <translation>Der Verlauf konnte Bestellungen nicht speichern</translation>
    </message>
    <message>
        <source>Interrupted by a stop</source>
        <translation>Durch ein Beenden unterbrochen</translation>
    </message>
    <message>
        <source>Another Hubbridge instance was still delivering this order; Duve was asked to send it again.</source>
        <translation>Eine andere Hubbridge-Instanz war noch mit diesem Auftrag beschäftigt; Duve wurde gebeten, ihn erneut zu senden.</translation>
    </message>
    <message>
        <source>Delivered by another instance</source>
        <translation>Von einer anderen Instanz zugestellt</translation>
    </message>
</context>
<context>
    <name>ResendRun</name>
    <message>
        <source>Resend orders</source>
        <translation>Bestellungen erneut senden</translation>
    </message>
    <message>
        <source>Hub OS recognises orders it already has, so no task is created twice.</source>
        <translation>Hub OS erkennt Bestellungen, die es schon hat; keine Aufgabe wird doppelt angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n</source>
        <translation>
            <numerusform>%n erneut senden</numerusform>
            <numerusform>%n erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending orders again…</source>
        <translation>Bestellungen werden erneut gesendet…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n order(s) again: %2 created, %3 not.</source>
        <translation>
            <numerusform>%1 von %n Bestellung erneut gesendet: %2 angelegt, %3 nicht.</numerusform>
            <numerusform>%1 von %n Bestellungen erneut gesendet: %2 angelegt, %3 nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsMapping</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Room name in Duve</source>
        <translation>Zimmername in Duve</translation>
    </message>
    <message>
        <source>Room in Hub OS</source>
        <translation>Zimmer in Hub OS</translation>
    </message>
    <message>
        <source>Room mappings</source>
        <translation>Zimmerzuordnungen</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Zimmer hinzufügen…</translation>
    </message>
    <message>
        <source>Add a room mapping</source>
        <translation>Zimmerzuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected room mapping</source>
        <translation>Ausgewählte Zimmerzuordnung bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected room mapping</source>
        <translation>Ausgewählte Zimmerzuordnung löschen</translation>
    </message>
    <message>
        <source>Rooms not listed keep their Duve name.</source>
        <translation>Nicht aufgeführte Zimmer behalten ihren Duve-Namen.</translation>
    </message>
    <message>
        <source>Add room mapping</source>
        <translation>Zimmerzuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Edit room mapping</source>
        <translation>Zimmerzuordnung bearbeiten</translation>
    </message>
    <message>
        <source>As Duve sends it, e.g. Room 12</source>
        <translation>So wie Duve ihn sendet, z. B. Room 12</translation>
    </message>
    <message>
        <source>As Hub OS knows it, e.g. 012</source>
        <translation>So wie Hub OS es kennt, z. B. 012</translation>
    </message>
    <message>
        <source>Room name in &amp;Duve:</source>
        <translation>Zimmername in &amp;Duve:</translation>
    </message>
    <message>
        <source>Room in &amp;Hub OS:</source>
        <translation>Zimmer in &amp;Hub OS:</translation>
    </message>
    <message>
        <source>Enter both room names.</source>
        <translation>Geben Sie beide Zimmernamen ein.</translation>
    </message>
    <message>
        <source>Duve room &quot;%1&quot; is already mapped to &quot;%2&quot;.</source>
        <translation>Das Duve-Zimmer „%1“ ist bereits „%2“ zugeordnet.</translation>
    </message>
    <message>
        <source>Delete room mapping</source>
        <translation>Zimmerzuordnung löschen</translation>
    </message>
    <message>
        <source>Delete the mapping of Duve room &quot;%1&quot;? Orders for it will go to Hub OS room &quot;%1&quot;.</source>
        <translation>Zuordnung des Duve-Zimmers „%1“ löschen? Bestellungen dafür gehen dann an das Hub OS-Zimmer „%1“.</translation>
    </message>
    <message>
        <source>Import room names from a CSV file</source>
        <translation>Zimmernamen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export room names to a CSV file</source>
        <translation>Zimmernamen in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Import room names</source>
        <translation>Zimmernamen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export room names</source>
        <translation>Zimmernamen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n room name(s) to %1.</source>
        <translation>
            <numerusform>%n Zimmername nach %1 exportiert.</numerusform>
            <numerusform>%n Zimmernamen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile der Datei muss korrigiert werden.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen der Datei müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 holds the same room names as the list: nothing to import.</source>
        <translation>%1 enthält dieselben Zimmernamen wie die Liste: nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n room name(s) from %1?</source>
        <translation>
            <numerusform>%n Zimmernamen aus %1 importieren?</numerusform>
            <numerusform>%n Zimmernamen aus %1 importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list now:</source>
        <translation>Im Vergleich zur aktuellen Liste:</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation>
            <numerusform>%n Zimmer hinzugefügt</numerusform>
            <numerusform>%n Zimmer hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) changed</source>
        <translation>
            <numerusform>%n Zimmer geändert</numerusform>
            <numerusform>%n Zimmer geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the list but not in the file</source>
        <translation>
            <numerusform>%n in der Liste, aber nicht in der Datei</numerusform>
            <numerusform>%n in der Liste, aber nicht in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the list&quot; removes the %n room name(s) not in the file: those rooms then go to Hub OS as Duve names them. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>„Liste ersetzen“ entfernt den %n Zimmernamen, der nicht in der Datei steht: Dieses Zimmer geht dann so an Hub OS, wie Duve es benennt. „Nur hinzufügen und aktualisieren“ behält ihn.</numerusform>
            <numerusform>„Liste ersetzen“ entfernt die %n Zimmernamen, die nicht in der Datei stehen: Diese Zimmer gehen dann so an Hub OS, wie Duve sie benennt. „Nur hinzufügen und aktualisieren“ behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>Liste ersetzen</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>Nur hinzufügen und aktualisieren</translation>
    </message>
    <message>
        <source>Added: %1 → %2</source>
        <translation>Hinzugefügt: %1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Not in the file: %1 → %2</source>
        <translation>Nicht in der Datei: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported room names from %1: %2.</source>
        <translation>Zimmernamen aus %1 importiert: %2.</translation>
    </message>
    <message>
        <source>Some room names could not be saved.</source>
        <translation>Einige Zimmernamen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The Hub OS sandbox cannot start: %1</source>
        <translation>Die Hub OS-Testumgebung kann nicht starten: %1</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Es gibt keine Sicherung, aus der wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>The newest backup, checked when it was made, is %1 (%2).</source>
        <translation>Die neueste Sicherung, bei ihrer Erstellung geprüft, ist %1 (%2).</translation>
    </message>
    <message>
        <source>The metrics listener cannot start: %1</source>
        <translation>Der Metrics-Listener kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Order id:</source>
        <translation>Bestell-ID:</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Bestellnummer:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Zimmer:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <source>Items (list):</source>
        <translation>Positionen (Liste):</translation>
    </message>
    <message>
        <source>Item external ID:</source>
        <translation>Externe ID der Position:</translation>
    </message>
    <message>
        <source>Item quantity:</source>
        <translation>Menge der Position:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Name des Service:</translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation>Lieferzeit:</translation>
    </message>
    <message>
        <source>Special request:</source>
        <translation>Sonderwunsch:</translation>
    </message>
    <message>
        <source>Reservation id:</source>
        <translation>Reservierungs-ID:</translation>
    </message>
    <message>
        <source>Use the built-in Hub OS sandbox (no real tasks are created)</source>
        <translation>Eingebaute Hub OS-Testumgebung verwenden (es werden keine echten Aufgaben angelegt)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Start listening when Hubbridge opens</source>
        <translation>Beim Öffnen von Hubbridge mit dem Empfang beginnen</translation>
    </message>
    <message>
        <source>Start Hubbridge when I log in</source>
        <translation>Hubbridge bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>https://…, given by Hub OS</source>
        <translation>https://…, von Hub OS erhalten</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>Hub OS-URL</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>Hub OS-&amp;URL:</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>Hotel-ID</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>&amp;Hotel-ID:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Zugri&amp;ffstoken:</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>Passwort-Token</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>&amp;Passwort-Token:</translation>
    </message>
    <message>
        <source>Use the Hub OS sandbox</source>
        <translation>Hub OS-Testumgebung verwenden</translation>
    </message>
    <message>
        <source>Test the connection to Hub OS</source>
        <translation>Verbindung zu Hub OS testen</translation>
    </message>
    <message>
        <source>Asks Hub OS for its task types with these credentials</source>
        <translation>Fragt Hub OS mit diesen Zugangsdaten nach seinen Aufgabentypen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Listener (where Duve sends orders)</source>
        <translation>Empfänger (wohin Duve Bestellungen sendet)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Alle Netzwerkschnittstellen (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Listener bind address</source>
        <translation>Empfangsadresse des Empfängers</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Empfangen auf:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Start listening on launch</source>
        <translation>Beim Start mit dem Empfang beginnen</translation>
    </message>
    <message>
        <source>Delivery to Hub OS</source>
        <translation>Zustellung an Hub OS</translation>
    </message>
    <message>
        <source>Attempts per task</source>
        <translation>Versuche pro Aufgabe</translation>
    </message>
    <message>
        <source>Attempts &amp;before answering Duve:</source>
        <translation>Versuche, &amp;bevor Duve geantwortet wird:</translation>
    </message>
    <message>
        <source>Background retry schedule in seconds</source>
        <translation>Zeitplan der Wiederholungen im Hintergrund in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Retry later after (seconds):</source>
        <translation>Später e&amp;rneut versuchen nach (Sekunden):</translation>
    </message>
    <message>
        <source>When Hub OS cannot be reached, the order is tried again in the background after each of these waits.</source>
        <translation>Wenn Hub OS nicht erreichbar ist, wird die Bestellung nach jeder dieser Wartezeiten im Hintergrund erneut versucht.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Unbegrenzt aufbewahren</translation>
    </message>
    <message>
        <source>Keep history for days</source>
        <translation>Aufbewahrungsdauer des Verlaufs in Tagen</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>Where fields are read in Duve&apos;s order</source>
        <translation>Wo die Felder in der Duve-Bestellung gelesen werden</translation>
    </message>
    <message>
        <source>Dotted paths, separated by commas; the first that has a value wins</source>
        <translation>Pfade mit Punkten, durch Kommas getrennt; der erste mit einem Wert gilt</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <source>Revert the settings</source>
        <translation>Einstellungen verwerfen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Änderungen noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https:// (or http://) and name a server.</source>
        <translation>Die Hub OS-URL muss mit https:// (oder http://) beginnen und einen Server nennen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on (use 0.0.0.0 for all).</source>
        <translation>„%1“ ist keine IP-Adresse zum Empfangen (0.0.0.0 für alle verwenden).</translation>
    </message>
    <message>
        <source>The retry schedule is a list of waits in seconds, e.g. 60, 300, 900. &quot;%1&quot; is not a number of seconds.</source>
        <translation>Der Wiederholungsplan ist eine Liste von Wartezeiten in Sekunden, z. B. 60, 300, 900. „%1“ ist keine Sekundenzahl.</translation>
    </message>
    <message>
        <source>Every payload field needs at least one path (empty: %1).</source>
        <translation>Jedes Feld braucht mindestens einen Pfad (leer: %1).</translation>
    </message>
    <message>
        <source>Enter all three Hub OS credentials (hotel ID, access token, password token), or none.</source>
        <translation>Geben Sie alle drei Hub OS-Zugangsdaten ein (Hotel-ID, Zugriffstoken, Passwort-Token) oder keine.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved, but no system keychain is available (%1): the credentials are kept for this session only.</source>
        <translation>Gespeichert, aber kein Schlüsselbund des Systems verfügbar (%1): Die Zugangsdaten gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The listener now runs on port %1: give Duve the new URL.</source>
        <translation>Der Empfänger läuft jetzt auf Port %1: Geben Sie Duve die neue URL.</translation>
    </message>
    <message>
        <source>The listener could not move to the new address: %1</source>
        <translation>Der Empfänger konnte nicht auf die neue Adresse wechseln: %1</translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The credentials come from the HUBBRIDGE_* environment variables.</source>
        <translation>Die Zugangsdaten stammen aus den Umgebungsvariablen HUBBRIDGE_*.</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gelesen…</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The credentials are kept for this session only, never written to disk.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Die Zugangsdaten gelten nur für diese Sitzung und werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The credentials are stored in the system keychain when you save.</source>
        <translation>Die Zugangsdaten werden beim Speichern im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>Die Testumgebung kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL first.</source>
        <translation>Geben Sie zuerst die Hub OS-URL ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens first.</source>
        <translation>Geben Sie zuerst die Hotel-ID und beide Tokens ein.</translation>
    </message>
    <message>
        <source>Asking Hub OS…</source>
        <translation>Hub OS wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Hub OS accepted the credentials and knows %n task type(s).</source>
        <translation>
            <numerusform>Verbunden. Hub OS hat die Zugangsdaten akzeptiert und kennt %n Aufgabentyp.</numerusform>
            <numerusform>Verbunden. Hub OS hat die Zugangsdaten akzeptiert und kennt %n Aufgabentypen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Hub OS accepted the credentials.</source>
        <translation>Verbunden. Hub OS hat die Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>Hub OS refused the credentials (HTTP %1). Check the hotel ID and both tokens.</source>
        <translation>Hub OS hat die Zugangsdaten abgelehnt (HTTP %1). Prüfen Sie die Hotel-ID und beide Tokens.</translation>
    </message>
    <message>
        <source>Hub OS could not be reached at %1 (%2). Check the URL and the network.</source>
        <translation>Hub OS war unter %1 nicht erreichbar (%2). Prüfen Sie die URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>Hub OS answered HTTP %1 at %2, not the task list. Check the URL.</source>
        <translation>Hub OS hat unter %2 mit HTTP %1 geantwortet, nicht mit der Aufgabenliste. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>Preview: the last order received (%1, entry %2).</source>
        <translation>Vorschau: die zuletzt empfangene Bestellung (%1, Eintrag %2).</translation>
    </message>
    <message>
        <source>The preview appears once Duve has sent an order.</source>
        <translation>Die Vorschau erscheint, sobald Duve eine Bestellung gesendet hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <extracomment>What a payload path finds in the last order (the arrow follows the text).</extracomment>
        <translation>(nichts gefunden)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>A new language shows after you quit Hubbridge (tray menu → Quit) and start it again; closing the window is not enough.</source>
        <translation>Eine neue Sprache erscheint erst, wenn Sie Hubbridge beenden (Menü im Infobereich → Beenden) und neu starten; das Fenster zu schließen reicht nicht.</translation>
    </message>
    <message>
        <source>A new language shows after you close Hubbridge and start it again.</source>
        <translation>Eine neue Sprache erscheint erst, wenn Sie Hubbridge schließen und neu starten.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>Alles für &amp;Duve kopieren</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Zugriffstoken ausblenden</translation>
    </message>
    <message>
        <source>Show the password token</source>
        <translation>Passwort-Token anzeigen</translation>
    </message>
    <message>
        <source>Hide the password token</source>
        <translation>Passwort-Token ausblenden</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>URL und Header für Duve kopieren</translation>
    </message>
    <message>
        <source>The webhook URL and Duve&apos;s three headers with the saved credentials, ready to paste into an e-mail to Duve support. The header values are secrets.</source>
        <translation>Die Webhook-URL und die drei Header für Duve mit den gespeicherten Zugangsdaten, bereit zum Einfügen in eine E-Mail an den Duve-Support. Die Werte der Header sind geheim.</translation>
    </message>
    <message>
        <source>Change these only when Duve support or your IT person says so: they tell Hubbridge where it finds the room, the guest and the external ID in Duve&apos;s orders.</source>
        <translation>Ändern Sie diese nur, wenn der Duve-Support oder Ihre IT-Ansprechperson es sagt: Sie legen fest, wo Hubbridge das Zimmer, den Gast und die externe ID in den Bestellungen von Duve findet.</translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation>Felder anzeigen</translation>
    </message>
    <message>
        <source>Show where fields are read</source>
        <translation>Anzeigen, wo Felder gelesen werden</translation>
    </message>
    <message>
        <source>Hide the fields</source>
        <translation>Felder ausblenden</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too: give Duve support the new headers (Copy everything for Duve).</source>
        <translation>Duve muss ebenfalls die neuen Zugangsdaten senden: Geben Sie dem Duve-Support die neuen Header („Alles für Duve kopieren“).</translation>
    </message>
    <message>
        <source>Enter and save the Hub OS credentials first: Duve sends them as its three headers.</source>
        <translation>Geben Sie zuerst die Hub OS-Zugangsdaten ein und speichern Sie sie: Duve sendet sie als seine drei Header.</translation>
    </message>
    <message>
        <source>Copied the webhook URL and Duve&apos;s three headers: paste them into an e-mail to Duve support.</source>
        <translation>Webhook-URL und die drei Header für Duve kopiert: Fügen Sie sie in eine E-Mail an den Duve-Support ein.</translation>
    </message>
    <message>
        <source>Replace %1 in the URL with the address Duve reaches this computer at from the internet.</source>
        <translation>Ersetzen Sie %1 in der URL durch die Adresse, unter der Duve diesen Computer aus dem Internet erreicht.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>Duve-Support informieren</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too.</source>
        <translation>Duve muss ebenfalls die neuen Zugangsdaten senden.</translation>
    </message>
    <message>
        <source>Duve sends the hotel ID and both tokens as its three custom headers with every order. Until Duve support has the new values, Duve&apos;s orders are refused (WEB_HUK_INVALID_CREDS).</source>
        <translation>Duve sendet die Hotel-ID und beide Tokens als seine drei eigenen Header mit jeder Bestellung. Solange der Duve-Support die neuen Werte nicht hat, werden Bestellungen von Duve abgelehnt (WEB_HUK_INVALID_CREDS).</translation>
    </message>
    <message>
        <source>Copy everything for Duve</source>
        <translation>Alles für Duve kopieren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history database was damaged (%1). It was moved aside to %2 and a new history was started.</source>
        <translation>Die Verlaufsdatenbank war beschädigt (%1). Sie wurde als %2 beiseitegelegt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history database is damaged (%1). Hubbridge goes on working; at its next start it moves the damaged file aside and starts a fresh history. Backups are in the backups folder next to it.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt (%1). Hubbridge arbeitet weiter; beim nächsten Start legt es die beschädigte Datei beiseite und beginnt einen neuen Verlauf. Sicherungen liegen im Ordner backups daneben.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Aus der beschädigten Datei konnte nichts gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n mapping(s), </source>
        <translation>
            <numerusform>Daraus wiederhergestellt: %n Zuordnung, </numerusform>
            <numerusform>Daraus wiederhergestellt: %n Zuordnungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room name(s), </source>
        <translation>
            <numerusform>%n Zimmername, </numerusform>
            <numerusform>%n Zimmernamen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation room(s) and </source>
        <translation>
            <numerusform>%n Reservierungszimmer und </numerusform>
            <numerusform>%n Reservierungszimmer und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a retry. </source>
        <translation>
            <numerusform>%n Bestellung, die auf einen neuen Versuch wartet. </numerusform>
            <numerusform>%n Bestellungen, die auf einen neuen Versuch warten. </numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of the history was not carried over; it is still in the damaged file.</source>
        <translation>Der übrige Verlauf wurde nicht übernommen; er ist noch in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: %2 free, and Hubbridge needs at least %3 free there to record orders. Free some space on that disk (%4), or move the data folder to another disk. (SQLite: %5)</source>
        <translation>Der Datenträger mit %1 ist voll: %2 frei, und Hubbridge braucht dort mindestens %3, um Bestellungen zu speichern. Schaffen Sie Platz auf diesem Datenträger (%4) oder verschieben Sie den Datenordner auf einen anderen. (SQLite: %5)</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Change bed sheets</source>
        <translation>Bettwäsche wechseln</translation>
    </message>
    <message>
        <source>Request cleaning</source>
        <translation>Reinigung anfordern</translation>
    </message>
    <message>
        <source>Serve towels</source>
        <translation>Handtücher bringen</translation>
    </message>
    <message>
        <source>Check minibar</source>
        <translation>Minibar prüfen</translation>
    </message>
    <message>
        <source>Serve pillows</source>
        <translation>Kissen bringen</translation>
    </message>
    <message>
        <source>Serve amenities</source>
        <translation>Pflegeartikel bringen</translation>
    </message>
    <message>
        <source>Install baby cot</source>
        <translation>Babybett aufstellen</translation>
    </message>
    <message>
        <source>Install extra bed</source>
        <translation>Zustellbett aufstellen</translation>
    </message>
    <message>
        <source>Deep cleaning</source>
        <translation>Grundreinigung</translation>
    </message>
    <message>
        <source>Taps purge</source>
        <translation>Wasserhähne spülen</translation>
    </message>
    <message>
        <source>Turndown service</source>
        <translation>Abendservice</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Sonstige Aufgabe</translation>
    </message>
    <message>
        <source>Zip beds</source>
        <translation>Betten zusammenstellen</translation>
    </message>
    <message>
        <source>Separate beds</source>
        <translation>Betten trennen</translation>
    </message>
    <message>
        <source>Room service tray</source>
        <translation>Zimmerservice-Tablett</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Inspektion</translation>
    </message>
    <message>
        <source>Ventilate</source>
        <translation>Lüften</translation>
    </message>
    <message>
        <source>Minibar restocking</source>
        <translation>Minibar auffüllen</translation>
    </message>
    <message>
        <source>Bellboy</source>
        <translation>Hotelpage</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Gepäck</translation>
    </message>
    <message>
        <source>Ice bucket</source>
        <translation>Eiskübel</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Wäscherei</translation>
    </message>
    <message>
        <source>Valet</source>
        <translation>Parkservice</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>TaskTypeDirectory</name>
    <message>
        <source>Task type %1</source>
        <translation>Aufgabentyp %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Hubbridge</source>
        <translation>Hubbridge ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Pause listener</source>
        <translation>Empfänger &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Hubbridge: the listener is stopped; Duve&apos;s orders are not received.</source>
        <translation>Hubbridge: Der Empfänger ist angehalten; Bestellungen von Duve werden nicht empfangen.</translation>
    </message>
    <message>
        <source>Hubbridge: Hub OS is failing (%1)</source>
        <translation>Hubbridge: Hub OS ist gestört (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) could not be delivered</source>
        <translation>
            <numerusform>Hubbridge: %n Bestellung konnte nicht zugestellt werden</numerusform>
            <numerusform>Hubbridge: %n Bestellungen konnten nicht zugestellt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) waiting for Hub OS</source>
        <translation>
            <numerusform>Hubbridge: %n Bestellung wartet auf Hub OS</numerusform>
            <numerusform>Hubbridge: %n Bestellungen warten auf Hub OS</numerusform>
        </translation>
    </message>
    <message>
        <source>Hubbridge: listening on port %1</source>
        <translation>Hubbridge: Empfang auf Port %1</translation>
    </message>
    <message>
        <source>&amp;Resume listener</source>
        <translation>Empfänger &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Hubbridge is still running</source>
        <translation>Hubbridge läuft weiter</translation>
    </message>
    <message>
        <source>Orders from Duve keep arriving while the window is closed. Use the tray icon to open the window or quit.</source>
        <translation>Bestellungen von Duve kommen weiter an, auch wenn das Fenster geschlossen ist. Über das Symbol im Infobereich öffnen Sie das Fenster oder beenden Hubbridge.</translation>
    </message>
    <message>
        <source>An order could not be sent to Hub OS</source>
        <translation>Eine Bestellung konnte nicht an Hub OS gesendet werden</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, Zimmer %2</translation>
    </message>
</context>
</TS>
