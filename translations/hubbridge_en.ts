<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bridge</name>
    <message>
        <source>Entry %1 holds no Duve webhook that can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resend of #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS, and orders waiting for a retry wait too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close the window and keep receiving orders, close it instead: Hubbridge keeps running in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hubbridge? Duve&apos;s orders will be refused until it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the listener? Duve&apos;s orders will be refused until it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview or &quot;Resume listener&quot; in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listener</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>listener/allowFrom: &quot;%1&quot; is not an IP address or a network such as 192.168.1.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS needs both listener/tlsCert and listener/tlsKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS is not available: no TLS library could be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate %1 expired on %2; renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate %1 is not valid before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key %1 is protected by a passphrase; Hubbridge needs it unencrypted (make the file readable by the service account only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no PEM private key (RSA or EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2 (different key types).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have Hub OS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Hubbridge first with the built-in Hub OS sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept orders from other computers (needed for Duve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a test order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge creates housekeeping tasks in Hub OS with the credentials Hub OS gave your hotel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my Hub OS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is a stand-in for Hub OS inside Hubbridge: orders go all the way through, but no real task is created. You can switch to Hub OS later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Duve sends orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge listens for Duve&apos;s webhooks on a network port of this computer. The usual port is 8080; choose another if it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept orders from other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve reaches this port from the internet: your IT or internet provider may need to forward it to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Duve support this webhook URL and these three custom headers. Duve sends them with every order; Hubbridge refuses orders without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;everything for Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values are secrets: send them to Duve support only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge sends itself a sample Duve order through the listener, as Duve would, and shows what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for the test order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With real Hub OS credentials this creates a real &quot;Serve towels&quot; task for that room: pick a room your team knows is a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test order result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens, as Hub OS gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Hubbridge listens at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to the &lt;b&gt;built-in sandbox&lt;/b&gt;. When your Hub OS credentials arrive, enter them in &lt;i&gt;Settings&lt;/i&gt; and switch the sandbox off.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to Hub OS at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;i&gt;History&lt;/i&gt; page shows every order Duve sends; &lt;i&gt;Mappings&lt;/i&gt; says which Hub OS task each Duve service becomes. Closing the window keeps Hubbridge running in the system tray.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is not running: go back and choose a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping table is empty: reset it to the defaults on the Mappings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve would have been told HTTP 200: Hub OS task %1 was created. Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve would have been told HTTP %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the sandbox these are demo values, good for a test from this computer only. Send Duve support your real Hub OS credentials once you have them and have entered them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https://, e.g. https://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hubbridge can keep the tokens only until it is quit: after a restart they must be entered again in Settings. To keep them, set up a keychain (e.g. GNOME Keyring) and start Hubbridge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address inside the hotel (or of this computer): Duve cannot reach it. Before you send the URL, replace %1 with the address at which Duve reaches this computer from the internet; your IT person knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms Hub OS knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox knows these rooms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms Hub OS knows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test order sent by the set-up wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test order is not tried again later and does not count as a guest&apos;s failed order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Request from Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer sent to Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what Duve sent, what Hub OS answered and what Duve was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, received %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(body of %1 bytes, first %2 bytes kept)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS was not called for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── %1 item %2, attempt %3 ── %4 ── %5 ms ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS attempts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered to Duve: HTTP %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-check-in done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-check-out done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-check-out updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest link opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest document uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Duve&apos;s service name, then the Hub OS task types it became (the arrow follows the text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve external IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service / task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Answered to Duve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend &amp;all matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guest, room, order or payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must appear (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected order through the bridge again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every order matching the filters again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend all matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the matching rows as CSV or JSON Lines (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not an order Duve sent with the right credentials, so it cannot be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending entry %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 sent again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the matching entries is an order that can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) matching the filters to Hub OS again?</source>
        <translation>
            <numerusform>Send %n order matching the filters to Hub OS again?</numerusform>
            <numerusform>Send %n orders matching the filters to Hub OS again?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, every detail (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>Exporting %n entry…</numerusform>
            <numerusform>Exporting %n entries…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entry exported to %1</numerusform>
            <numerusform>%n entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected order as handled by hand (the guest was served another way): it leaves the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected order handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by entry %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by entry %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by hand by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for this order (for example: towels brought by the night porter)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: each order once, its newest request saying where it stands; All requests: every request as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the detail pane below the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  entry %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ orders</source>
        <translation>
            <numerusform>%n+ order</numerusform>
            <numerusform>%n+ orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener, Hub OS and today&apos;s orders (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request Duve sent (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve services and rooms to Hub OS (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS, listener and delivery (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS error at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS answered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge — %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge cannot write its history (%1). Orders are answered &quot;try again later&quot; until it can: free disk space or check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener could not start: %1. Check the port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hub OS credentials are kept for this session only and must be entered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS credentials are missing: every order is refused until you enter them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns guest orders from Duve into housekeeping tasks in Hub OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright 2026 the Hubbridge authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. There is no warranty, to the extent permitted by law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is stopped: Duve&apos;s orders are refused until it runs again. Start listener on the Overview starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge (%1) — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>the Duve external ID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hub OS task type must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_external_id,hubos_task_type_id,label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header must be duve_external_id,hubos_task_type_id,label (optionally followed by enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hub OS task type &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled must be true or false, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Duve external ID %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS has no task type %1 (neither in the catalogue nor in the list Hub OS gave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_room,hubos_room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header must be duve_room,hubos_room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Duve room name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hub OS room for &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Duve room &quot;%1&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Send orders with this ID to Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a guest orders a Duve service with this external ID, Hubbridge creates a Hub OS task of the chosen type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number set as External ID on the service in Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve &amp;external ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS &amp;task type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Extra towels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Duve external ID (a number, e.g. 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Duve external ID must be a whole number, e.g. 4. &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Hub OS task type these orders become.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Duve external ID &quot;%1&quot; is too long (at most 18 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID %1 is already mapped (to %2). Edit that row instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve services → Hub OS task types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Duve service carries an external ID. This table says which Hub OS task an order for it becomes. Changes apply to the next order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ID, task type or label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map another Duve external ID (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mappings to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the mappings to the 25 defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External-ID mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve room names → Hub OS rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task type %1 (not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — orders refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2. The next order uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved (the database refused the write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping of external ID %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders for this service will be refused as &quot;unknown external ID&quot; until it is mapped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the mapping of external ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mappings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n current mapping(s) with the 25 default ones?</source>
        <translation>
            <numerusform>Replace the current mapping with the 25 default ones?</numerusform>
            <numerusform>Replace the %n current mappings with the 25 default ones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each default maps an external ID to the Hub OS task type with the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 25 default mappings are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>Nothing was imported: %n line of the file needs fixing.</numerusform>
            <numerusform>Nothing was imported: %n lines of the file need fixing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) to %1.</source>
        <translation>
            <numerusform>Exported %n mapping to %1.</numerusform>
            <numerusform>Exported %n mappings to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2, switched off. Its orders are refused until you switch it on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (type %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the same mappings as the table: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s) from %1?</source>
        <translation>
            <numerusform>Import %n mapping from %1?</numerusform>
            <numerusform>Import %n mappings from %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the table now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new external ID(s) added</source>
        <translation>
            <numerusform>%n new external ID added</numerusform>
            <numerusform>%n new external IDs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n mapping changed</numerusform>
            <numerusform>%n mappings changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n the same as now</numerusform>
            <numerusform>%n the same as now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table but not in the file</source>
        <translation>
            <numerusform>%n in the table but not in the file</numerusform>
            <numerusform>%n in the table but not in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the table&quot; removes the %n mapping(s) not in the file: orders for them are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>&quot;Replace the table&quot; removes the mapping not in the file: orders for it are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps it.</numerusform>
            <numerusform>&quot;Replace the table&quot; removes the %n mappings not in the file: orders for them are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeChip</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Duve support this webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL for Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per hour, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per hour chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from Duve are received on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve&apos;s orders are not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox (no real tasks are created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: enter the Hub OS URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the newest order of the cause in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s) retrying</source>
        <translation>
            <numerusform>%1 — %n order retrying</numerusform>
            <numerusform>%1 — %n orders retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n order</numerusform>
            <numerusform>%1 — %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention. Every order reached Hub OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL and the three custom headers, ready to paste into a message to Duve support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the URL and the headers for Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1–%2: %n request(s)</source>
        <translation>
            <numerusform>%1–%2: %n request</numerusform>
            <numerusform>%1–%2: %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the chosen cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the orders of the chosen cause handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the orders of this cause as handled by hand (the guests were served another way): they leave the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mapping for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map external ID %1 to a Hub OS task type, then resend these orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room name for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which Hub OS room Duve&apos;s room %1 is, then resend these orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend these %n orders</source>
        <translation>
            <numerusform>Resend this order</numerusform>
            <numerusform>Resend these %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>The set-up is fixed: send the newest request of each of these orders to Hub OS again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge tries again by itself at %1; this tries every waiting order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try every waiting order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve&apos;s credentials are in Settings, where &quot;Copy everything for Duve&quot; gives the ones Duve must send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these orders in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying %n waiting order(s) again now…</source>
        <translation>
            <numerusform>Trying the waiting order again now…</numerusform>
            <numerusform>Trying %n waiting orders again now…</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting orders are being delivered right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the %n order(s) of “%1” to Hub OS again?</source>
        <translation>
            <numerusform>Send the order of “%1” to Hub OS again?</numerusform>
            <numerusform>Send the %n orders of “%1” to Hub OS again?</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What was done for these %n order(s) (for example: towels brought by the night porter)?</source>
        <translation>
            <numerusform>What was done for this order (for example: towels brought by the night porter)?</numerusform>
            <numerusform>What was done for these %n orders (for example: towels brought by the night porter)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be marked handled (the database refused the write).</source>
        <translation>
            <numerusform>%n order could not be marked handled (the database refused the write).</numerusform>
            <numerusform>%n orders could not be marked handled (the database refused the write).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked handled by hand.</source>
        <translation>
            <numerusform>%n order marked handled by hand.</numerusform>
            <numerusform>%n orders marked handled by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresHistoryStore</name>
    <message>
        <source>The database URL holds a password. Hubbridge does not keep it in its settings: put it in a PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names), in PGPASSWORD, or in a systemd credential, and remove it from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>Duve&apos;s credentials no longer match: %n request(s) since %1</source>
        <translation>
            <numerusform>Duve&apos;s credentials no longer match: %n request since %1</numerusform>
            <numerusform>Duve&apos;s credentials no longer match: %n requests since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>room number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID %1 is not in the mapping table (or is switched off). Add it on the Mappings page, then resend the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS does not know room %1. Check the room&apos;s name in Hub OS, or map it on the Mappings page (Rooms), then resend the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1. Correct the mapping on the Mappings page, then resend the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order from Duve is missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has %1 items, more than Hubbridge takes in one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried the hotel&apos;s credentials but not a Duve order Hubbridge can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS refused the task with an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS could not be reached or did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS refused Hubbridge&apos;s credentials. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not carry the hotel&apos;s Duve credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Duve webhook (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before it was read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order from Duve was refused before it was read (HTTP %1): it was too large or too slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not record the request; Duve was asked to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge stopped before it could answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by hand by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown external ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS does not know room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders Duve sent incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS refused the task (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS refuses Hubbridge&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve&apos;s credentials no longer match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders refused before they were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not record orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Hubbridge instance was still delivering this order; Duve was asked to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by another instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResendRun</name>
    <message>
        <source>Resend orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS recognises orders it already has, so no task is created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend %n</source>
        <translation>
            <numerusform>Resend %n</numerusform>
            <numerusform>Resend %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending orders again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n order(s) again: %2 created, %3 not.</source>
        <translation>
            <numerusform>Sent %1 of %n order again: %2 created, %3 not.</numerusform>
            <numerusform>Sent %1 of %n orders again: %2 created, %3 not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsMapping</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name in Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room in Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a room mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected room mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected room mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms not listed keep their Duve name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Duve sends it, e.g. Room 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Hub OS knows it, e.g. 012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name in &amp;Duve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room in &amp;Hub OS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both room names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve room &quot;%1&quot; is already mapped to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping of Duve room &quot;%1&quot;? Orders for it will go to Hub OS room &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import room names from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export room names to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import room names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export room names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n room name(s) to %1.</source>
        <translation>
            <numerusform>Exported %n room name to %1.</numerusform>
            <numerusform>Exported %n room names to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>Nothing was imported: %n line of the file needs fixing.</numerusform>
            <numerusform>Nothing was imported: %n lines of the file need fixing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the same room names as the list: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n room name(s) from %1?</source>
        <translation>
            <numerusform>Import %n room name from %1?</numerusform>
            <numerusform>Import %n room names from %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation>
            <numerusform>%n room added</numerusform>
            <numerusform>%n rooms added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) changed</source>
        <translation>
            <numerusform>%n room changed</numerusform>
            <numerusform>%n rooms changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n the same as now</numerusform>
            <numerusform>%n the same as now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the list but not in the file</source>
        <translation>
            <numerusform>%n in the list but not in the file</numerusform>
            <numerusform>%n in the list but not in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the list&quot; removes the %n room name(s) not in the file: those rooms then go to Hub OS as Duve names them. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>&quot;Replace the list&quot; removes the room name not in the file: that room then goes to Hub OS as Duve names it. &quot;Add and update only&quot; keeps it.</numerusform>
            <numerusform>&quot;Replace the list&quot; removes the %n room names not in the file: those rooms then go to Hub OS as Duve names them. &quot;Add and update only&quot; keeps them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported room names from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some room names could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub OS sandbox cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup, checked when it was made, is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics listener cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item external ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in Hub OS sandbox (no real tasks are created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening when Hubbridge opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Hubbridge when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…, given by Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Hub OS sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Hub OS for its task types with these credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener (where Duve sends orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening on launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery to Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts &amp;before answering Duve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background retry schedule in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry later after (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Hub OS cannot be reached, the order is tried again in the background after each of these waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep history for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where fields are read in Duve&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted paths, separated by commas; the first that has a value wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https:// (or http://) and name a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on (use 0.0.0.0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry schedule is a list of waits in seconds, e.g. 60, 300, 900. &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payload field needs at least one path (empty: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter all three Hub OS credentials (hotel ID, access token, password token), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but no system keychain is available (%1): the credentials are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener now runs on port %1: give Duve the new URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener could not move to the new address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials come from the HUBBRIDGE_* environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The credentials are kept for this session only, never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are stored in the system keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Hub OS URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Hub OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. Hub OS accepted the credentials and knows %n task type(s).</source>
        <translation>
            <numerusform>Connected. Hub OS accepted the credentials and knows %n task type.</numerusform>
            <numerusform>Connected. Hub OS accepted the credentials and knows %n task types.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Hub OS accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS refused the credentials (HTTP %1). Check the hotel ID and both tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS could not be reached at %1 (%2). Check the URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub OS answered HTTP %1 at %2, not the task list. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the last order received (%1, entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears once Duve has sent an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <extracomment>What a payload path finds in the last order (the arrow follows the text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after you quit Hubbridge (tray menu → Quit) and start it again; closing the window is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after you close Hubbridge and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL and Duve&apos;s three headers with the saved credentials, ready to paste into an e-mail to Duve support. The header values are secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change these only when Duve support or your IT person says so: they tell Hubbridge where it finds the room, the guest and the external ID in Duve&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where fields are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve must send the new credentials too: give Duve support the new headers (Copy everything for Duve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter and save the Hub OS credentials first: Duve sends them as its three headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the webhook URL and Duve&apos;s three headers: paste them into an e-mail to Duve support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 in the URL with the address Duve reaches this computer at from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve must send the new credentials too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duve sends the hotel ID and both tokens as its three custom headers with every order. Until Duve support has the new values, Duve&apos;s orders are refused (WEB_HUK_INVALID_CREDS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything for Duve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history database was damaged (%1). It was moved aside to %2 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is damaged (%1). Hubbridge goes on working; at its next start it moves the damaged file aside and starts a fresh history. Backups are in the backups folder next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n mapping(s), </source>
        <translation>
            <numerusform>Recovered from it: %n mapping, </numerusform>
            <numerusform>Recovered from it: %n mappings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room name(s), </source>
        <translation>
            <numerusform>%n room name, </numerusform>
            <numerusform>%n room names, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation room(s) and </source>
        <translation>
            <numerusform>%n reservation room and </numerusform>
            <numerusform>%n reservation rooms and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a retry. </source>
        <translation>
            <numerusform>%n order waiting for a retry. </numerusform>
            <numerusform>%n orders waiting for a retry. </numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of the history was not carried over; it is still in the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full: %2 free, and Hubbridge needs at least %3 free there to record orders. Free some space on that disk (%4), or move the data folder to another disk. (SQLite: %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Change bed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve towels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check minibar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve pillows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve amenities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install baby cot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install extra bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taps purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turndown service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room service tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventilate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minibar restocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bellboy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTypeDirectory</name>
    <message>
        <source>Task type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Hubbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge: the listener is stopped; Duve&apos;s orders are not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge: Hub OS is failing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) could not be delivered</source>
        <translation>
            <numerusform>Hubbridge: %n order could not be delivered</numerusform>
            <numerusform>Hubbridge: %n orders could not be delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) waiting for Hub OS</source>
        <translation>
            <numerusform>Hubbridge: %n order waiting for Hub OS</numerusform>
            <numerusform>Hubbridge: %n orders waiting for Hub OS</numerusform>
        </translation>
    </message>
    <message>
        <source>Hubbridge: listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubbridge is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from Duve keep arriving while the window is closed. Use the tray icon to open the window or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order could not be sent to Hub OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
