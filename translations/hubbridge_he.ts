<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Bridge</name>
    <message>
        <source>Entry %1 holds no Duve webhook that can be sent again.</source>
        <translation>רשומה %1 אינה מכילה Webhook של Duve שאפשר לשלוח שוב.</translation>
    </message>
    <message>
        <source>resend of #%1</source>
        <translation>שליחה חוזרת של מס׳ %1</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS, and orders waiting for a retry wait too.</source>
        <translation>בקשות של אורחים שנשלחות בינתיים לא מגיעות ל-Hub OS, וגם הזמנות שממתינות לניסיון חוזר ממשיכות להמתין.</translation>
    </message>
    <message>
        <source>To close the window and keep receiving orders, close it instead: Hubbridge keeps running in the tray.</source>
        <translation>כדי לסגור את החלון ולהמשיך לקבל הזמנות, סגרו את החלון במקום זאת: Hubbridge ממשיך לפעול במגש המערכת.</translation>
    </message>
    <message>
        <source>Quit Hubbridge</source>
        <translation>יציאה מ-Hubbridge</translation>
    </message>
    <message>
        <source>Quit Hubbridge? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>לצאת מ-Hubbridge? הזמנות מ-Duve יידחו עד שיפעל שוב.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Stop the listener</source>
        <translation>עצירת המאזין</translation>
    </message>
    <message>
        <source>Stop the listener? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>לעצור את המאזין? הזמנות מ-Duve יידחו עד שיפעל שוב.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview or &quot;Resume listener&quot; in the tray menu.</source>
        <translation>בקשות של אורחים שנשלחות בינתיים לא מגיעות ל-Hub OS. הפעילו אותו שוב באמצעות &quot;הפעלת המאזין&quot; בדף הסקירה או &quot;חידוש המאזין&quot; בתפריט המגש.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview.</source>
        <translation>בקשות של אורחים שנשלחות בינתיים לא מגיעות ל-Hub OS. הפעילו אותו שוב באמצעות &quot;הפעלת המאזין&quot; בדף הסקירה.</translation>
    </message>
    <message>
        <source>Stop listener</source>
        <translation>עצירת המאזין</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>listener/allowFrom: &quot;%1&quot; is not an IP address or a network such as 192.168.1.0/24.</source>
        <translation>‏listener/allowFrom: ‏&quot;%1&quot; אינו כתובת IP או רשת כגון 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>HTTPS needs both listener/tlsCert and listener/tlsKey.</source>
        <translation>‏HTTPS דורש גם listener/tlsCert וגם listener/tlsKey.</translation>
    </message>
    <message>
        <source>HTTPS is not available: no TLS library could be loaded (%1).</source>
        <translation>‏HTTPS אינו זמין: לא ניתן לטעון ספריית TLS ‏(%1).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>לא ניתן לקרוא את אישור ה-TLS ‏%1: %2</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 holds no PEM certificate.</source>
        <translation>קובץ אישור ה-TLS ‏%1 אינו מכיל אישור PEM.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 expired on %2; renew it.</source>
        <translation>תוקף אישור ה-TLS ‏%1 פג ב-%2; יש לחדש אותו.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 is not valid before %2.</source>
        <translation>אישור ה-TLS ‏%1 אינו תקף לפני %2.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>לא ניתן לקרוא את מפתח ה-TLS ‏%1: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is protected by a passphrase; Hubbridge needs it unencrypted (make the file readable by the service account only).</source>
        <translation>מפתח ה-TLS ‏%1 מוגן בביטוי סיסמה; Hubbridge צריך אותו לא מוצפן (יש להגביל את הרשאת הקריאה של הקובץ לחשבון השירות בלבד).</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no PEM private key (RSA or EC).</source>
        <translation>קובץ מפתח ה-TLS ‏%1 אינו מכיל מפתח פרטי PEM ‏(RSA או EC).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2 (different key types).</source>
        <translation>מפתח ה-TLS ‏%1 אינו שייך לאישור %2 (סוגי מפתח שונים).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2.</source>
        <translation>מפתח ה-TLS ‏%1 אינו שייך לאישור %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>העתקת %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <source>I have Hub OS credentials</source>
        <translation>יש לי פרטי גישה ל-Hub OS</translation>
    </message>
    <message>
        <source>Try Hubbridge first with the built-in Hub OS sandbox</source>
        <translation>לנסות קודם את Hubbridge עם סביבת הניסוי המובנית של Hub OS</translation>
    </message>
    <message>
        <source>Accept orders from other computers (needed for Duve)</source>
        <translation>קבלת הזמנות ממחשבים אחרים (נדרש עבור Duve)</translation>
    </message>
    <message>
        <source>&amp;Send a test order</source>
        <translation>&amp;שליחת הזמנת ניסיון</translation>
    </message>
    <message>
        <source>Set up Hubbridge</source>
        <translation>הגדרת Hubbridge</translation>
    </message>
    <message>
        <source>Connect to Hub OS</source>
        <translation>התחברות ל-Hub OS</translation>
    </message>
    <message>
        <source>Hubbridge creates housekeeping tasks in Hub OS with the credentials Hub OS gave your hotel.</source>
        <translation>‏Hubbridge יוצר משימות משק בית ב-Hub OS באמצעות פרטי הגישה ש-Hub OS נתן למלון שלכם.</translation>
    </message>
    <message>
        <source>Use my Hub OS credentials</source>
        <translation>שימוש בפרטי הגישה שלי ל-Hub OS</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>שימוש בסביבת הניסוי</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>כתובת Hub OS</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>מזהה המלון</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>אסימון גישה</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>אסימון סיסמה</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>&amp;כתובת Hub OS:</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>מ&amp;זהה המלון:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>אסימון &amp;גישה:</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>אסימון &amp;סיסמה:</translation>
    </message>
    <message>
        <source>Show the tokens</source>
        <translation>הצגת האסימונים</translation>
    </message>
    <message>
        <source>The sandbox is a stand-in for Hub OS inside Hubbridge: orders go all the way through, but no real task is created. You can switch to Hub OS later in Settings.</source>
        <translation>סביבת הניסוי מחליפה את Hub OS בתוך Hubbridge: ההזמנות עוברות את כל הדרך, אבל לא נוצרת משימה אמיתית. אפשר לעבור ל-Hub OS מאוחר יותר בהגדרות.</translation>
    </message>
    <message>
        <source>Where Duve sends orders</source>
        <translation>לאן Duve שולח הזמנות</translation>
    </message>
    <message>
        <source>Hubbridge listens for Duve&apos;s webhooks on a network port of this computer. The usual port is 8080; choose another if it is taken.</source>
        <translation>‏Hubbridge מאזין ל-Webhooks של Duve בפורט רשת של המחשב הזה. הפורט הרגיל הוא 8080; אם הוא תפוס, בחרו פורט אחר.</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>פורט המאזין</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;פורט:</translation>
    </message>
    <message>
        <source>Accept orders from other computers</source>
        <translation>קבלת הזמנות ממחשבים אחרים</translation>
    </message>
    <message>
        <source>Duve reaches this port from the internet: your IT or internet provider may need to forward it to this computer.</source>
        <translation>‏Duve מגיע לפורט הזה מהאינטרנט: ייתכן שמחלקת ה-IT או ספק האינטרנט יצטרכו להפנות אותו למחשב הזה.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>מסירת פרטים לתמיכה של Duve</translation>
    </message>
    <message>
        <source>Send Duve support this webhook URL and these three custom headers. Duve sends them with every order; Hubbridge refuses orders without them.</source>
        <translation>שלחו לתמיכה של Duve את כתובת ה-Webhook הזו ואת שלוש הכותרות המותאמות האלה. Duve שולח אותן עם כל הזמנה; Hubbridge דוחה הזמנות בלעדיהן.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>כתובת ה-Webhook</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>כתובת ה-Webhook:</translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation>את כתובת ה-Webhook</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>כותרות מותאמות:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>הערך של %1</translation>
    </message>
    <message>
        <source>Copy &amp;everything for Duve</source>
        <translation>העתקת &amp;הכול עבור Duve</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>העתקת הכתובת והכותרות עבור Duve</translation>
    </message>
    <message>
        <source>These values are secrets: send them to Duve support only.</source>
        <translation>הערכים האלה סודיים: שלחו אותם לתמיכה של Duve בלבד.</translation>
    </message>
    <message>
        <source>Send a test order</source>
        <translation>שליחת הזמנת ניסיון</translation>
    </message>
    <message>
        <source>Hubbridge sends itself a sample Duve order through the listener, as Duve would, and shows what happened.</source>
        <translation>‏Hubbridge שולח לעצמו הזמנת Duve לדוגמה דרך המאזין, כמו ש-Duve היה שולח, ומראה מה קרה.</translation>
    </message>
    <message>
        <source>Room for the test order</source>
        <translation>חדר להזמנת הניסיון</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;חדר:</translation>
    </message>
    <message>
        <source>With real Hub OS credentials this creates a real &quot;Serve towels&quot; task for that room: pick a room your team knows is a test.</source>
        <translation>עם פרטי גישה אמיתיים ל-Hub OS נוצרת כאן משימה אמיתית &quot;הבאת מגבות&quot; לחדר הזה: בחרו חדר שהצוות יודע שהוא לניסיון.</translation>
    </message>
    <message>
        <source>Test order result</source>
        <translation>תוצאת הזמנת הניסיון</translation>
    </message>
    <message>
        <source>Hubbridge is ready</source>
        <translation>‏Hubbridge מוכן</translation>
    </message>
    <message>
        <source>Open Hubbridge</source>
        <translation>פתיחת Hubbridge</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>הזינו את כתובת Hub OS, למשל https://api.hubos.example.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens, as Hub OS gave them.</source>
        <translation>הזינו את מזהה המלון ואת שני האסימונים, כפי ש-Hub OS מסר אותם.</translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port.</source>
        <translation>לא ניתן להשתמש בפורט %1: %2. בחרו פורט אחר.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hubbridge listens at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>‏&lt;p&gt;Hubbridge מאזין בכתובת &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to the &lt;b&gt;built-in sandbox&lt;/b&gt;. When your Hub OS credentials arrive, enter them in &lt;i&gt;Settings&lt;/i&gt; and switch the sandbox off.&lt;/p&gt;</source>
        <translation>‏&lt;p&gt;ההזמנות נשלחות ל&lt;b&gt;סביבת הניסוי המובנית&lt;/b&gt;. כשפרטי הגישה ל-Hub OS יגיעו, הזינו אותם ב&lt;i&gt;הגדרות&lt;/i&gt; וכבו את סביבת הניסוי.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to Hub OS at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>‏&lt;p&gt;ההזמנות נשלחות ל-Hub OS בכתובת &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;i&gt;History&lt;/i&gt; page shows every order Duve sends; &lt;i&gt;Mappings&lt;/i&gt; says which Hub OS task each Duve service becomes. Closing the window keeps Hubbridge running in the system tray.&lt;/p&gt;</source>
        <translation>‏&lt;p&gt;הדף &lt;i&gt;היסטוריה&lt;/i&gt; מציג כל הזמנה ש-Duve שולח; &lt;i&gt;מיפויים&lt;/i&gt; קובע לאיזו משימה ב-Hub OS הופך כל שירות של Duve. סגירת החלון משאירה את Hubbridge פועל במגש המערכת.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>לא נשלח</translation>
    </message>
    <message>
        <source>The listener is not running: go back and choose a port.</source>
        <translation>המאזין אינו פועל: חזרו אחורה ובחרו פורט.</translation>
    </message>
    <message>
        <source>The mapping table is empty: reset it to the defaults on the Mappings page.</source>
        <translation>טבלת המיפויים ריקה: אפסו אותה לברירות המחדל בדף המיפויים.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>אין תשובה</translation>
    </message>
    <message>
        <source>The listener did not answer: %1</source>
        <translation>המאזין לא ענה: %1</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP 200: Hub OS task %1 was created. Everything works.</source>
        <translation>‏Duve היה מקבל HTTP 200: משימה %1 נוצרה ב-Hub OS. הכול עובד.</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP %1 (%2): %3</source>
        <translation>‏Duve היה מקבל HTTP %1 ‏(%2): %3</translation>
    </message>
    <message>
        <source>With the sandbox these are demo values, good for a test from this computer only. Send Duve support your real Hub OS credentials once you have them and have entered them in Settings.</source>
        <translation>בסביבת הניסוי אלה ערכי הדגמה, מתאימים רק לבדיקה מהמחשב הזה. שלחו לתמיכה של Duve את פרטי הגישה האמיתיים שלכם ל-Hub OS ברגע שתקבלו אותם ותזינו אותם בהגדרות.</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>אזהרת מחזיק מפתחות</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https://, e.g. https://%1.</source>
        <translation>כתובת Hub OS חייבת להתחיל ב-https://‎, למשל https://%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>&quot;%1&quot; אינה כתובת אינטרנט. הזינו את כתובת Hub OS, למשל https://api.hubos.example.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hubbridge can keep the tokens only until it is quit: after a restart they must be entered again in Settings. To keep them, set up a keychain (e.g. GNOME Keyring) and start Hubbridge again.</source>
        <translation>אין מחזיק מפתחות של המערכת (%1). Hubbridge יכול לשמור את האסימונים רק עד היציאה ממנו: אחרי הפעלה מחדש יהיה צורך להזין אותם שוב בהגדרות. כדי לשמור אותם, הגדירו מחזיק מפתחות (למשל GNOME Keyring) והפעילו את Hubbridge מחדש.</translation>
    </message>
    <message>
        <source>%1 is an address inside the hotel (or of this computer): Duve cannot reach it. Before you send the URL, replace %1 with the address at which Duve reaches this computer from the internet; your IT person knows it.</source>
        <translation>‏%1 היא כתובת בתוך המלון (או של המחשב הזה): Duve לא יכול להגיע אליה. לפני שליחת הכתובת, החליפו את %1 בכתובת שבה Duve מגיע למחשב הזה מהאינטרנט; איש ה-IT שלכם יודע מהי.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows</source>
        <translation>חדרים ש-Hub OS מכיר</translation>
    </message>
    <message>
        <source>The sandbox knows these rooms: %1.</source>
        <translation>סביבת הניסוי מכירה את החדרים האלה: %1.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows: %1.</source>
        <translation>חדרים ש-Hub OS מכיר: %1.</translation>
    </message>
    <message>
        <source>A test order sent by the set-up wizard.</source>
        <translation>הזמנת ניסיון שנשלחה מאשף ההגדרה.</translation>
    </message>
    <message>
        <source>A test order is not tried again later and does not count as a guest&apos;s failed order.</source>
        <translation>הזמנת ניסיון אינה נשלחת שוב מאוחר יותר ואינה נחשבת להזמנה של אורח שנכשלה.</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Request from Duve</source>
        <translation>הבקשה מ-Duve</translation>
    </message>
    <message>
        <source>Hub OS attempts</source>
        <translation>ניסיונות מול Hub OS</translation>
    </message>
    <message>
        <source>Answer sent to Duve</source>
        <translation>התשובה שנשלחה ל-Duve</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>בקשה</translation>
    </message>
    <message>
        <source>Answer to Duve</source>
        <translation>תשובה ל-Duve</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>פרטי הרשומה</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>לא נבחרה רשומה</translation>
    </message>
    <message>
        <source>Select a row to see what Duve sent, what Hub OS answered and what Duve was told.</source>
        <translation>בחרו שורה כדי לראות מה Duve שלח, מה Hub OS ענה ומה נענה ל-Duve.</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>הזמנה מס׳ %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>חדר %1</translation>
    </message>
    <message>
        <source>Entry %1, received %2 from %3</source>
        <translation>רשומה %1, התקבלה ב-%2 מ-%3</translation>
    </message>
    <message>
        <source>(body of %1 bytes, first %2 bytes kept)
</source>
        <translation>(גוף בגודל %1 בתים, נשמרו %2 הבתים הראשונים)
</translation>
    </message>
    <message>
        <source>Hub OS was not called for this entry.</source>
        <translation>לא נשלחה פנייה ל-Hub OS עבור רשומה זו.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>אין תשובה (%1)</translation>
    </message>
    <message>
        <source>── %1 item %2, attempt %3 ── %4 ── %5 ms ──</source>
        <translation>── %1, פריט %2, ניסיון %3 ── %4 ── %5 מ״ש ──</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>התחיל: %1</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>תשובה:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>Hub OS task: %1</source>
        <translation>משימה ב-Hub OS: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>שגיאה: %1</translation>
    </message>
    <message>
        <source>Hub OS attempts (%1)</source>
        <translation>ניסיונות מול Hub OS ‏(%1)</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>טרם נענה.</translation>
    </message>
    <message>
        <source>HTTP %1, answered %2</source>
        <translation>‏HTTP %1, נענה ב-%2</translation>
    </message>
    <message>
        <source>Answered to Duve: HTTP %1 %2 (%3)</source>
        <translation>התשובה ל-Duve: HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>The order&apos;s requests</source>
        <translation>הבקשות של ההזמנה</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>ציר הזמן של ההזמנה</translation>
    </message>
    <message>
        <source>Order timeline (%1)</source>
        <translation>ציר הזמן של ההזמנה (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Order created</source>
        <translation>הזמנה נוצרה</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>הזמנה בוטלה</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>הזמנה הוחזרה</translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation>הזמנת חדר נוצרה</translation>
    </message>
    <message>
        <source>Room assigned</source>
        <translation>חדר שובץ</translation>
    </message>
    <message>
        <source>Pre-check-in done</source>
        <translation>צ׳ק-אין מוקדם הושלם</translation>
    </message>
    <message>
        <source>Pre-check-out done</source>
        <translation>צ׳ק-אאוט מוקדם הושלם</translation>
    </message>
    <message>
        <source>Pre-check-out updated</source>
        <translation>צ׳ק-אאוט מוקדם עודכן</translation>
    </message>
    <message>
        <source>Guest link opened</source>
        <translation>קישור האורח נפתח</translation>
    </message>
    <message>
        <source>Guest document uploaded</source>
        <translation>מסמך אורח הועלה</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>הודעת צ׳אט</translation>
    </message>
    <message>
        <source>Refused request</source>
        <translation>בקשה שנדחתה</translation>
    </message>
    <message>
        <source>Duve external IDs: %1</source>
        <translation>מזהים חיצוניים ב-Duve: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Order #</source>
        <translation>מס׳ הזמנה</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>חדר</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>אורח</translation>
    </message>
    <message>
        <source>Service / task type</source>
        <translation>שירות / סוג משימה</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Hub OS tasks</source>
        <translation>משימות Hub OS</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Duve&apos;s service name, then the Hub OS task types it became (the arrow follows the text).</extracomment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>%1
Answered to Duve: %2</source>
        <translation>%1
התשובה ל-Duve: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;שליחה חוזרת</translation>
    </message>
    <message>
        <source>Resend &amp;all matching…</source>
        <translation>שליחה חוזרת של &amp;כל התוצאות…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;ייצוא…</translation>
    </message>
    <message>
        <source>Search guest, room, order or payload…</source>
        <translation>חיפוש אורח, חדר, הזמנה או תוכן…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>חיפוש בהיסטוריה</translation>
    </message>
    <message>
        <source>Every word must appear (Ctrl+F)</source>
        <translation>כל המילים חייבות להופיע (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>כל הזמנים</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 השעות האחרונות</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>בחירת תאריכים…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>עד תאריך (כולל)</translation>
    </message>
    <message>
        <source>From (included)</source>
        <translation>מ- (כולל)</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>עד (כולל)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>כל התוצאות</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>כל האירועים</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ניקוי מסננים</translation>
    </message>
    <message>
        <source>Number of matching entries</source>
        <translation>מספר הרשומות התואמות</translation>
    </message>
    <message>
        <source>Send the selected order through the bridge again (Ctrl+R)</source>
        <translation>שליחה חוזרת של ההזמנה שנבחרה דרך הגשר (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Resend the selected entry</source>
        <translation>שליחה חוזרת של הרשומה שנבחרה</translation>
    </message>
    <message>
        <source>Send every order matching the filters again</source>
        <translation>שליחה חוזרת של כל ההזמנות התואמות למסננים</translation>
    </message>
    <message>
        <source>Resend all matching entries</source>
        <translation>שליחה חוזרת של כל הרשומות התואמות</translation>
    </message>
    <message>
        <source>Save the matching rows as CSV or JSON Lines (Ctrl+E)</source>
        <translation>שמירת השורות התואמות כ-CSV או JSON Lines ‏(Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the matching entries</source>
        <translation>ייצוא הרשומות התואמות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>רשומה אחת</numerusform>
            <numerusform>%n רשומות</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>סופר…</translation>
    </message>
    <message>
        <source>This entry is not an order Duve sent with the right credentials, so it cannot be sent again.</source>
        <translation>רשומה זו אינה הזמנה ש-Duve שלח עם פרטי הגישה הנכונים, ולכן אי אפשר לשלוח אותה שוב.</translation>
    </message>
    <message>
        <source>Sending entry %1 again…</source>
        <translation>רשומה %1 נשלחת שוב…</translation>
    </message>
    <message>
        <source>Entry %1 sent again: %2</source>
        <translation>רשומה %1 נשלחה שוב: %2</translation>
    </message>
    <message>
        <source>None of the matching entries is an order that can be sent again.</source>
        <translation>אף אחת מהרשומות התואמות אינה הזמנה שאפשר לשלוח שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) matching the filters to Hub OS again?</source>
        <translation>
            <numerusform>לשלוח שוב ל-Hub OS הזמנה אחת התואמת למסננים?</numerusform>
            <numerusform>לשלוח שוב ל-Hub OS ‏%n הזמנות התואמות למסננים?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>‏CSV לגיליונות אלקטרוניים (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, every detail (*.jsonl)</source>
        <translation>‏JSON Lines, כל הפרטים (*.jsonl)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>ייצוא היסטוריה</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>לא ניתן לכתוב את %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>מייצא רשומה אחת…</numerusform>
            <numerusform>מייצא %n רשומות…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>הייצוא בוטל.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>רשומה אחת יוצאה אל %1</numerusform>
            <numerusform>%n רשומות יוצאו אל %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message>
        <source>&amp;Handled…</source>
        <translation>&amp;טופלה…</translation>
    </message>
    <message>
        <source>Mark the selected order as handled by hand (the guest was served another way): it leaves the problems</source>
        <translation>סימון ההזמנה שנבחרה כמטופלת ידנית (האורח קיבל שירות בדרך אחרת): היא יוצאת מרשימת הבעיות</translation>
    </message>
    <message>
        <source>Mark the selected order handled</source>
        <translation>סימון ההזמנה שנבחרה כמטופלת</translation>
    </message>
    <message>
        <source>Resolved by entry %1 → %2</source>
        <translation>נפתרה ברשומה %1 → %2</translation>
    </message>
    <message>
        <source>Followed by entry %1 → %2</source>
        <translation>אחריה רשומה %1 → %2</translation>
    </message>
    <message>
        <source>Handled by hand by %1 on %2: %3</source>
        <translation>טופלה ידנית על ידי %1 ב-%2: %3</translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>טופלה ידנית</translation>
    </message>
    <message>
        <source>What was done for this order (for example: towels brought by the night porter)?</source>
        <translation>מה נעשה עבור ההזמנה הזו (למשל: מגבות הובאו על ידי שוער הלילה)?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;פרטים</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>כל הבקשות</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Orders: each order once, its newest request saying where it stands; All requests: every request as it arrived</source>
        <translation>הזמנות: כל הזמנה פעם אחת, והבקשה החדשה ביותר שלה מראה את מצבה; כל הבקשות: כל בקשה כפי שהגיעה</translation>
    </message>
    <message>
        <source>Show or hide the detail pane below the table</source>
        <translation>הצגה או הסתרה של חלונית הפרטים שמתחת לטבלה</translation>
    </message>
    <message>
        <source>Show the detail pane</source>
        <translation>הצגת חלונית הפרטים</translation>
    </message>
    <message>
        <source>%1  entry %2  %3</source>
        <translation>%1  רשומה %2  %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n+ orders</source>
        <translation>
            <numerusform>%n+ הזמנה</numerusform>
            <numerusform>%n+ הזמנות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>לא ניתן להאזין בכתובת %1 בפורט %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <source>Listener, Hub OS and today&apos;s orders (Ctrl+1)</source>
        <translation>המאזין, Hub OS וההזמנות של היום (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Every request Duve sent (Ctrl+2)</source>
        <translation>כל בקשה ש-Duve שלח (Ctrl+2)</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>מיפויים</translation>
    </message>
    <message>
        <source>Duve services and rooms to Hub OS (Ctrl+3)</source>
        <translation>שירותים וחדרים מ-Duve אל Hub OS ‏(Ctrl+3)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Hub OS, listener and delivery (Ctrl+4)</source>
        <translation>‏Hub OS, מאזין ומסירה (Ctrl+4)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>דפים</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>הצגת %1</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>חיפוש בהיסטוריה</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>מיפוי חדש</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>סגירת החלון</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>מאזין בפורט %1</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>המאזין עצור</translation>
    </message>
    <message>
        <source>Hub OS error at %1</source>
        <translation>שגיאת Hub OS בשעה %1</translation>
    </message>
    <message>
        <source>Hub OS error</source>
        <translation>שגיאת Hub OS</translation>
    </message>
    <message>
        <source>Hub OS answered at %1</source>
        <translation>‏Hub OS ענה בשעה %1</translation>
    </message>
    <message>
        <source>Hub OS OK</source>
        <translation>‏Hub OS תקין</translation>
    </message>
    <message>
        <source>Hub OS not called yet</source>
        <translation>טרם נשלחה פנייה ל-Hub OS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>סביבת ניסוי</translation>
    </message>
    <message>
        <source>Hubbridge — %1 · %2</source>
        <translation>Hubbridge — %1 · %2</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>מאזין</translation>
    </message>
    <message>
        <source>listener stopped</source>
        <translation>המאזין עצור</translation>
    </message>
    <message>
        <source>The listener could not start: %1. Check the port in Settings.</source>
        <translation>לא ניתן היה להפעיל את המאזין: %1. בדקו את הפורט בהגדרות.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hub OS credentials are kept for this session only and must be entered again after a restart.</source>
        <translation>אין מחזיק מפתחות של המערכת (%1). פרטי הגישה ל-Hub OS נשמרים להפעלה הזו בלבד ויהיה צורך להזין אותם שוב אחרי הפעלה מחדש.</translation>
    </message>
    <message>
        <source>Hub OS credentials are missing: every order is refused until you enter them in Settings.</source>
        <translation>חסרים פרטי הגישה ל-Hub OS: כל הזמנה תידחה עד שתזינו אותם בהגדרות.</translation>
    </message>
    <message>
        <source>Hubbridge cannot write its history (%1). Orders are answered &quot;try again later&quot; until it can: free disk space or check the data folder&apos;s permissions.</source>
        <translation>‏Hubbridge אינו יכול לכתוב את ההיסטוריה שלו (%1). עד שיוכל, ההזמנות נענות ב&quot;נסו שוב מאוחר יותר&quot;: פנו מקום בדיסק או בדקו את ההרשאות של תיקיית הנתונים.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About Hubbridge</source>
        <translation>&amp;אודות Hubbridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>אודות &amp;Qt</translation>
    </message>
    <message>
        <source>About Hubbridge</source>
        <translation>אודות Hubbridge</translation>
    </message>
    <message>
        <source>Turns guest orders from Duve into housekeeping tasks in Hub OS.</source>
        <translation>הופך הזמנות אורחים מ-Duve למשימות משק בית ב-Hub OS.</translation>
    </message>
    <message>
        <source>Copyright 2026 the Hubbridge authors.</source>
        <translation>זכויות יוצרים 2026 מחברי Hubbridge.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. There is no warranty, to the extent permitted by law.</source>
        <translation>מופץ לפי הרישיון הציבורי הכללי של גנו, גרסה 3 ואילך. אין אחריות, במידה המותרת בחוק.</translation>
    </message>
    <message>
        <source>The listener is stopped: Duve&apos;s orders are refused until it runs again. Start listener on the Overview starts it.</source>
        <translation>המאזין עצור: הזמנות מ-Duve נדחות עד שיפעל שוב. &quot;הפעלת המאזין&quot; בדף הסקירה מפעילה אותו.</translation>
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
        <translation>המזהה החיצוני של Duve ריק</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is not a number</source>
        <translation>המזהה החיצוני של Duve‏ &quot;%1&quot; אינו מספר</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is too long</source>
        <translation>המזהה החיצוני של Duve‏ &quot;%1&quot; ארוך מדי</translation>
    </message>
    <message>
        <source>the Hub OS task type must be a positive number</source>
        <translation>סוג המשימה ב-Hub OS חייב להיות מספר חיובי</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (a &quot; is missing)</source>
        <translation>שורה %1: שדה במירכאות לא נסגר (חסר &quot;)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_external_id,hubos_task_type_id,label</source>
        <translation>שורה 1: הקובץ ריק; שורת הכותרת הצפויה היא duve_external_id,hubos_task_type_id,label</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_external_id,hubos_task_type_id,label (optionally followed by enabled)</source>
        <translation>שורה %1: שורת הכותרת חייבת להיות duve_external_id,hubos_task_type_id,label (ואחריה אפשר enabled)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>שורה %1: %2</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>צפויות %1 עמודות, נמצאו %2</translation>
    </message>
    <message>
        <source>the Hub OS task type &quot;%1&quot; is not a number</source>
        <translation>סוג המשימה ב-Hub OS‏ &quot;%1&quot; אינו מספר</translation>
    </message>
    <message>
        <source>enabled must be true or false, not &quot;%1&quot;</source>
        <translation>הערך של enabled חייב להיות true או false, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Duve external ID %1 appears more than once</source>
        <translation>המזהה החיצוני של Duve‏ %1 מופיע יותר מפעם אחת</translation>
    </message>
    <message>
        <source>Hub OS has no task type %1 (neither in the catalogue nor in the list Hub OS gave)</source>
        <translation>ב-Hub OS אין סוג משימה %1 (לא בקטלוג ולא ברשימה ש-Hub OS מסר)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_room,hubos_room</source>
        <translation>שורה 1: הקובץ ריק; שורת הכותרת הצפויה היא duve_room,hubos_room</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_room,hubos_room</source>
        <translation>שורה %1: שורת הכותרת חייבת להיות duve_room,hubos_room</translation>
    </message>
    <message>
        <source>the Duve room name is empty</source>
        <translation>שם החדר ב-Duve ריק</translation>
    </message>
    <message>
        <source>the Hub OS room for &quot;%1&quot; is empty</source>
        <translation>החדר ב-Hub OS עבור &quot;%1&quot; ריק</translation>
    </message>
    <message>
        <source>the Duve room &quot;%1&quot; appears more than once</source>
        <translation>החדר &quot;%1&quot; ב-Duve מופיע יותר מפעם אחת</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Send orders with this ID to Hub OS</source>
        <translation>שליחת הזמנות עם המזהה הזה ל-Hub OS</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>הוספת מיפוי</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>עריכת מיפוי</translation>
    </message>
    <message>
        <source>When a guest orders a Duve service with this external ID, Hubbridge creates a Hub OS task of the chosen type.</source>
        <translation>כשאורח מזמין שירות ב-Duve עם המזהה החיצוני הזה, Hubbridge יוצר ב-Hub OS משימה מהסוג שנבחר.</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>למשל 4</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>מזהה חיצוני ב-Duve</translation>
    </message>
    <message>
        <source>The number set as External ID on the service in Duve</source>
        <translation>המספר שהוגדר כמזהה חיצוני בשירות ב-Duve</translation>
    </message>
    <message>
        <source>Duve &amp;external ID:</source>
        <translation>מזהה &amp;חיצוני ב-Duve:</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (סוג %2)</translation>
    </message>
    <message>
        <source>Task type %1</source>
        <translation>סוג משימה %1</translation>
    </message>
    <message>
        <source>Choose a task type</source>
        <translation>בחרו סוג משימה</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>סוג משימה ב-Hub OS</translation>
    </message>
    <message>
        <source>Hub OS &amp;task type:</source>
        <translation>&amp;סוג משימה ב-Hub OS:</translation>
    </message>
    <message>
        <source>Optional, e.g. Extra towels</source>
        <translation>לא חובה, למשל מגבות נוספות</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;תווית:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>מה צריך לתקן</translation>
    </message>
    <message>
        <source>Enter the Duve external ID (a number, e.g. 4).</source>
        <translation>הזינו את המזהה החיצוני ב-Duve (מספר, למשל 4).</translation>
    </message>
    <message>
        <source>The Duve external ID must be a whole number, e.g. 4. &quot;%1&quot; is not.</source>
        <translation>המזהה החיצוני ב-Duve חייב להיות מספר שלם, למשל 4. &quot;%1&quot; אינו כזה.</translation>
    </message>
    <message>
        <source>Choose the Hub OS task type these orders become.</source>
        <translation>בחרו את סוג המשימה ב-Hub OS שההזמנות האלה יהפכו אליו.</translation>
    </message>
    <message>
        <source>The Duve external ID &quot;%1&quot; is too long (at most 18 digits).</source>
        <translation>המזהה החיצוני ב-Duve ‏&quot;%1&quot; ארוך מדי (עד 18 ספרות).</translation>
    </message>
    <message>
        <source>External ID %1 is already mapped (to %2). Edit that row instead.</source>
        <translation>המזהה החיצוני %1 כבר ממופה (אל %2). ערכו את השורה ההיא במקום.</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;הוספה…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Duve services → Hub OS task types</source>
        <translation>שירותי Duve ← סוגי משימות ב-Hub OS</translation>
    </message>
    <message>
        <source>Each Duve service carries an external ID. This table says which Hub OS task an order for it becomes. Changes apply to the next order.</source>
        <translation>לכל שירות ב-Duve יש מזהה חיצוני. הטבלה הזו קובעת לאיזו משימה ב-Hub OS הופכת הזמנה של השירות. שינויים חלים מההזמנה הבאה.</translation>
    </message>
    <message>
        <source>Search ID, task type or label…</source>
        <translation>חיפוש מזהה, סוג משימה או תווית…</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>חיפוש במיפויים</translation>
    </message>
    <message>
        <source>Map another Duve external ID (Ctrl+N)</source>
        <translation>מיפוי מזהה חיצוני נוסף מ-Duve ‏(Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a mapping</source>
        <translation>הוספת מיפוי</translation>
    </message>
    <message>
        <source>Edit the selected mapping</source>
        <translation>עריכת המיפוי שנבחר</translation>
    </message>
    <message>
        <source>Delete the selected mapping</source>
        <translation>מחיקת המיפוי שנבחר</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;ייבוא CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>י&amp;צוא CSV…</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>איפוס לברירות המחדל…</translation>
    </message>
    <message>
        <source>Import mappings from a CSV file</source>
        <translation>ייבוא מיפויים מקובץ CSV</translation>
    </message>
    <message>
        <source>Export mappings to a CSV file</source>
        <translation>ייצוא המיפויים לקובץ CSV</translation>
    </message>
    <message>
        <source>Reset the mappings to the 25 defaults</source>
        <translation>איפוס המיפויים ל-25 ברירות המחדל</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>מזהה חיצוני ב-Duve</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>סוג משימה ב-Hub OS</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>External-ID mappings</source>
        <translation>מיפויי מזהים חיצוניים</translation>
    </message>
    <message>
        <source>Duve room names → Hub OS rooms</source>
        <translation>שמות חדרים ב-Duve ← חדרים ב-Hub OS</translation>
    </message>
    <message>
        <source>Task type %1 (not in the catalogue)</source>
        <translation>סוג משימה %1 (לא בקטלוג)</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (סוג %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No — orders refused</source>
        <translation>לא — הזמנות נדחות</translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2. The next order uses it.</source>
        <translation>נשמר: מזהה חיצוני %1 ← %2. ההזמנה הבאה תשתמש בו.</translation>
    </message>
    <message>
        <source>The mapping could not be saved (the database refused the write).</source>
        <translation>לא ניתן היה לשמור את המיפוי (מסד הנתונים סירב לכתיבה).</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>מחיקת מיפוי</translation>
    </message>
    <message>
        <source>Delete the mapping of external ID %1 (%2)?</source>
        <translation>למחוק את המיפוי של המזהה החיצוני %1 ‏(%2)?</translation>
    </message>
    <message>
        <source>Orders for this service will be refused as &quot;unknown external ID&quot; until it is mapped again.</source>
        <translation>הזמנות לשירות הזה יידחו כ&quot;מזהה חיצוני לא מוכר&quot; עד שימופה שוב.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Deleted the mapping of external ID %1.</source>
        <translation>המיפוי של המזהה החיצוני %1 נמחק.</translation>
    </message>
    <message>
        <source>The mapping could not be deleted.</source>
        <translation>לא ניתן היה למחוק את המיפוי.</translation>
    </message>
    <message>
        <source>The mappings could not be saved.</source>
        <translation>לא ניתן היה לשמור את המיפויים.</translation>
    </message>
    <message>
        <source>Reset mappings</source>
        <translation>איפוס מיפויים</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n current mapping(s) with the 25 default ones?</source>
        <translation>
            <numerusform>להחליף את המיפוי הנוכחי ב-25 מיפויי ברירת המחדל?</numerusform>
            <numerusform>להחליף את %n המיפויים הנוכחיים ב-25 מיפויי ברירת המחדל?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each default maps an external ID to the Hub OS task type with the same number.</source>
        <translation>כל מיפוי ברירת מחדל ממפה מזהה חיצוני לסוג המשימה ב-Hub OS עם אותו מספר.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>איפוס</translation>
    </message>
    <message>
        <source>The 25 default mappings are back.</source>
        <translation>25 מיפויי ברירת המחדל שוחזרו.</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>ייבוא מיפויים</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>קובצי CSV ‏(*.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>לא ניתן לקרוא את %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>לא יובא דבר: יש לתקן שורה אחת בקובץ.</numerusform>
            <numerusform>לא יובא דבר: יש לתקן %n שורות בקובץ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… ועוד אחת</numerusform>
            <numerusform>
… ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>הייבוא נדחה: %1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>ייצוא מיפויים</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>לא ניתן לכתוב את %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) to %1.</source>
        <translation>
            <numerusform>יוצא מיפוי אחד אל %1.</numerusform>
            <numerusform>יוצאו %n מיפויים אל %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2, switched off. Its orders are refused until you switch it on again.</source>
        <translation>נשמר: מזהה חיצוני %1 ← %2, כבוי. ההזמנות שלו יידחו עד שתפעילו אותו שוב.</translation>
    </message>
    <message>
        <source>%1 → %2 (type %3)</source>
        <translation>%1 ← %2 (סוג %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>, label &quot;%1&quot;</source>
        <translation>, תווית &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, כבוי</translation>
    </message>
    <message>
        <source>%1 holds the same mappings as the table: nothing to import.</source>
        <translation>‏%1 מכיל את אותם מיפויים כמו הטבלה: אין מה לייבא.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s) from %1?</source>
        <translation>
            <numerusform>לייבא מיפוי אחד מ-%1?</numerusform>
            <numerusform>לייבא %n מיפויים מ-%1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the table now:</source>
        <translation>בהשוואה לטבלה הנוכחית:</translation>
    </message>
    <message numerus="yes">
        <source>%n new external ID(s) added</source>
        <translation>
            <numerusform>נוסף מזהה חיצוני חדש אחד</numerusform>
            <numerusform>נוספו %n מזהים חיצוניים חדשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>מיפוי אחד שונה</numerusform>
            <numerusform>%n מיפויים שונו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>אחד ללא שינוי</numerusform>
            <numerusform>%n ללא שינוי</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table but not in the file</source>
        <translation>
            <numerusform>אחד בטבלה אבל לא בקובץ</numerusform>
            <numerusform>%n בטבלה אבל לא בקובץ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the table&quot; removes the %n mapping(s) not in the file: orders for them are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>&quot;החלפת הטבלה&quot; מסירה את המיפוי שאינו בקובץ: הזמנות עבורו יידחו אז כ&quot;מזהה חיצוני לא מוכר&quot;. &quot;הוספה ועדכון בלבד&quot; שומרת אותו.</numerusform>
            <numerusform>&quot;החלפת הטבלה&quot; מסירה את %n המיפויים שאינם בקובץ: הזמנות עבורם יידחו אז כ&quot;מזהה חיצוני לא מוכר&quot;. &quot;הוספה ועדכון בלבד&quot; שומרת אותם.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>החלפת הטבלה</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>הוספה ועדכון בלבד</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>נוסף: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>שונה: %1</translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>לא בקובץ: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>לא יובא דבר.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>אחד נוסף</numerusform>
            <numerusform>%n נוספו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>אחד שונה</numerusform>
            <numerusform>%n שונו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>אחד הוסר</numerusform>
            <numerusform>%n הוסרו</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>יובאו מ-%1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeChip</name>
    <message>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>כפילות</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>נקטע</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>התקבל</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>תועד</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>דולג</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Created</source>
        <translation>נוצרו</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשלו</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>נדחו</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>ממתינות</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;העתקת הכתובת</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>מאזין</translation>
    </message>
    <message>
        <source>Give Duve support this webhook URL:</source>
        <translation>מסרו לתמיכה של Duve את כתובת ה-Webhook הזו:</translation>
    </message>
    <message>
        <source>Webhook URL for Duve</source>
        <translation>כתובת ה-Webhook עבור Duve</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>העתקת כתובת ה-Webhook</translation>
    </message>
    <message>
        <source>Start or stop the listener</source>
        <translation>הפעלה או עצירה של המאזין</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>Requests per hour, last 24 hours</source>
        <translation>בקשות לשעה, 24 השעות האחרונות</translation>
    </message>
    <message>
        <source>Requests per hour chart</source>
        <translation>תרשים בקשות לשעה</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>פועל</translation>
    </message>
    <message>
        <source>Orders from Duve are received on port %1.</source>
        <translation>הזמנות מ-Duve מתקבלות בפורט %1.</translation>
    </message>
    <message>
        <source>&amp;Stop listener</source>
        <translation>&amp;עצירת המאזין</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>עצור</translation>
    </message>
    <message>
        <source>Duve&apos;s orders are not received.</source>
        <translation>הזמנות מ-Duve אינן מתקבלות.</translation>
    </message>
    <message>
        <source>&amp;Start listener</source>
        <translation>&amp;הפעלת המאזין</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>תקלה</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>עונה</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>טרם נשלחה פנייה</translation>
    </message>
    <message>
        <source>Built-in sandbox (no real tasks are created)</source>
        <translation>סביבת ניסוי מובנית (לא נוצרות משימות אמיתיות)</translation>
    </message>
    <message>
        <source>Not configured: enter the Hub OS URL in Settings.</source>
        <translation>לא מוגדר: הזינו את כתובת Hub OS בהגדרות.</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>הצלחה אחרונה: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>שגיאה אחרונה: %1 — %2</translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation>שגיאה אחרונה: אין</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>הזמנה מס׳ %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>חדר %1</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>הזמנות היום</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>נוצרו היום</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>בניסיון חוזר</translation>
    </message>
    <message>
        <source>Problems by cause</source>
        <translation>בעיות לפי סיבה</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the newest order of the cause in the history</source>
        <translation>לחיצה כפולה או Enter פותחות בהיסטוריה את ההזמנה החדשה ביותר של הסיבה</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s) retrying</source>
        <translation>
            <numerusform>%1 — הזמנה אחת בניסיון חוזר</numerusform>
            <numerusform>%1 — %n הזמנות בניסיון חוזר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — הזמנה אחת</numerusform>
            <numerusform>%1 — %n הזמנות</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>האחרונה: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ועוד אחת</numerusform>
            <numerusform>… ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention. Every order reached Hub OS.</source>
        <translation>אין מה לטפל. כל ההזמנות הגיעו ל-Hub OS.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>&amp;העתקת הכול עבור Duve</translation>
    </message>
    <message>
        <source>The webhook URL and the three custom headers, ready to paste into a message to Duve support</source>
        <translation>כתובת ה-Webhook ושלוש הכותרות המותאמות, מוכנות להדבקה בהודעה לתמיכה של Duve</translation>
    </message>
    <message>
        <source>Copy the URL and the headers for Duve</source>
        <translation>העתקת הכתובת והכותרות עבור Duve</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2: %n request(s)</source>
        <translation>
            <numerusform>%1–%2: בקשה אחת</numerusform>
            <numerusform>%1–%2: %n בקשות</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them in the history</source>
        <translation>לחצו כדי לראות אותן בהיסטוריה</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>סימון כמטופלות…</translation>
    </message>
    <message>
        <source>Fix the chosen cause</source>
        <translation>תיקון הסיבה שנבחרה</translation>
    </message>
    <message>
        <source>Mark the orders of the chosen cause handled</source>
        <translation>סימון ההזמנות של הסיבה שנבחרה כמטופלות</translation>
    </message>
    <message>
        <source>Mark the orders of this cause as handled by hand (the guests were served another way): they leave the problems</source>
        <translation>סימון ההזמנות של סיבה זו כמטופלות ידנית (האורחים קיבלו שירות בדרך אחרת): הן יוצאות מרשימת הבעיות</translation>
    </message>
    <message>
        <source>Add mapping for %1…</source>
        <translation>הוספת מיפוי עבור %1…</translation>
    </message>
    <message>
        <source>Map external ID %1 to a Hub OS task type, then resend these orders</source>
        <translation>מפו את המזהה החיצוני %1 לסוג משימה ב-Hub OS, ואז שלחו שוב את ההזמנות האלה</translation>
    </message>
    <message>
        <source>Add room name for %1…</source>
        <translation>הוספת שם חדר עבור %1…</translation>
    </message>
    <message>
        <source>Say which Hub OS room Duve&apos;s room %1 is, then resend these orders</source>
        <translation>ציינו איזה חדר ב-Hub OS הוא החדר %1 של Duve, ואז שלחו שוב את ההזמנות האלה</translation>
    </message>
    <message numerus="yes">
        <source>Resend these %n orders</source>
        <translation>
            <numerusform>שליחה חוזרת של ההזמנה</numerusform>
            <numerusform>שליחה חוזרת של %n ההזמנות</numerusform>
        </translation>
    </message>
    <message>
        <source>The set-up is fixed: send the newest request of each of these orders to Hub OS again</source>
        <translation>ההגדרות תוקנו: שליחה חוזרת ל-Hub OS של הבקשה האחרונה של כל אחת מההזמנות האלה</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>ניסיון חוזר עכשיו</translation>
    </message>
    <message>
        <source>Hubbridge tries again by itself at %1; this tries every waiting order now</source>
        <translation>Hubbridge ינסה שוב בעצמו בשעה %1; כאן מנסים עכשיו את כל ההזמנות הממתינות</translation>
    </message>
    <message>
        <source>Try every waiting order now</source>
        <translation>ניסיון עכשיו של כל ההזמנות הממתינות</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>פתיחת ההגדרות</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials are in Settings, where &quot;Copy everything for Duve&quot; gives the ones Duve must send</source>
        <translation>פרטי הגישה של Duve נמצאים בהגדרות, שם „העתקת הכול עבור Duve” נותנת את אלה ש-Duve צריכה לשלוח</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>הצגה בהיסטוריה</translation>
    </message>
    <message>
        <source>Show these orders in the history</source>
        <translation>הצגת ההזמנות האלה בהיסטוריה</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n waiting order(s) again now…</source>
        <translation>
            <numerusform>מנסים שוב עכשיו את ההזמנה הממתינה…</numerusform>
            <numerusform>מנסים שוב עכשיו %n הזמנות ממתינות…</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting orders are being delivered right now.</source>
        <translation>ההזמנות הממתינות נמסרות ממש עכשיו.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n order(s) of “%1” to Hub OS again?</source>
        <translation>
            <numerusform>לשלוח שוב ל-Hub OS את ההזמנה של „%1”?</numerusform>
            <numerusform>לשלוח שוב ל-Hub OS את %n ההזמנות של „%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>טופל ידנית</translation>
    </message>
    <message numerus="yes">
        <source>What was done for these %n order(s) (for example: towels brought by the night porter)?</source>
        <translation>
            <numerusform>מה נעשה עבור ההזמנה הזו (למשל: שוער הלילה הביא מגבות)?</numerusform>
            <numerusform>מה נעשה עבור %n ההזמנות האלה (למשל: שוער הלילה הביא מגבות)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be marked handled (the database refused the write).</source>
        <translation>
            <numerusform>לא ניתן היה לסמן הזמנה אחת כמטופלת (מסד הנתונים סירב לכתיבה).</numerusform>
            <numerusform>לא ניתן היה לסמן %n הזמנות כמטופלות (מסד הנתונים סירב לכתיבה).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked handled by hand.</source>
        <translation>
            <numerusform>הזמנה אחת סומנה כמטופלת ידנית.</numerusform>
            <numerusform>%n הזמנות סומנו כמטופלות ידנית.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresHistoryStore</name>
    <message>
        <source>The database URL holds a password. Hubbridge does not keep it in its settings: put it in a PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names), in PGPASSWORD, or in a systemd credential, and remove it from the URL.</source>
        <translation>כתובת מסד הנתונים מכילה סיסמה. Hubbridge אינו שומר אותה בהגדרות שלו: שימו אותה בקובץ סיסמאות של PostgreSQL‏ (~/.pgpass, או הקובץ ש-PGPASSFILE מציין), ב-PGPASSWORD או באישור של systemd, והסירו אותה מהכתובת.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>Duve&apos;s credentials no longer match: %n request(s) since %1</source>
        <translation>
            <numerusform>פרטי הגישה של Duve כבר אינם תואמים: בקשה אחת מאז %1</numerusform>
            <numerusform>פרטי הגישה של Duve כבר אינם תואמים: %n בקשות מאז %1</numerusform>
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
        <translation>הצגת פרטים...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>הסתרת פרטים...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;כן</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;לא</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ה&amp;קודם</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ה&amp;בא &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;סיום</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>room number</source>
        <translation>מספר חדר</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>מזהה חיצוני</translation>
    </message>
    <message>
        <source>verified first name</source>
        <translation>שם פרטי מאומת</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>מזהה הזמנה</translation>
    </message>
    <message>
        <source>External ID %1 is not in the mapping table (or is switched off). Add it on the Mappings page, then resend the order.</source>
        <translation>המזהה החיצוני %1 אינו בטבלת המיפויים (או שהוא כבוי). הוסיפו אותו בדף המיפויים ושלחו שוב את ההזמנה.</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1. Check the room&apos;s name in Hub OS, or map it on the Mappings page (Rooms), then resend the order.</source>
        <translation>Hub OS אינו מכיר את חדר %1. בדקו את שם החדר ב-Hub OS, או מפו אותו בדף המיפויים (חדרים), ושלחו שוב את ההזמנה.</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1. Correct the mapping on the Mappings page, then resend the order.</source>
        <translation>Hub OS אינו מכיר את סוג המשימה %1. תקנו את המיפוי בדף המיפויים ושלחו שוב את ההזמנה.</translation>
    </message>
    <message>
        <source>The order from Duve is missing: %1.</source>
        <translation>בהזמנה מ-Duve חסר: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The order has %1 items, more than Hubbridge takes in one order.</source>
        <translation>בהזמנה %1 פריטים, יותר ממה ש-Hubbridge מקבל בהזמנה אחת.</translation>
    </message>
    <message>
        <source>The request carried the hotel&apos;s credentials but not a Duve order Hubbridge can read.</source>
        <translation>הבקשה נשאה את פרטי הגישה של המלון, אבל לא הזמנת Duve ש-Hubbridge יכול לקרוא.</translation>
    </message>
    <message>
        <source>Hub OS refused the task with an unexpected answer (HTTP %1).</source>
        <translation>Hub OS דחה את המשימה בתשובה לא צפויה (HTTP %1).</translation>
    </message>
    <message>
        <source>Hub OS could not be reached or did not answer in time.</source>
        <translation>לא ניתן היה להגיע ל-Hub OS, או שלא ענה בזמן.</translation>
    </message>
    <message>
        <source>Hub OS refused Hubbridge&apos;s credentials. Check them in Settings.</source>
        <translation>Hub OS דחה את פרטי הגישה של Hubbridge. בדקו אותם בהגדרות.</translation>
    </message>
    <message>
        <source>The request did not carry the hotel&apos;s Duve credentials.</source>
        <translation>הבקשה לא נשאה את פרטי הגישה של המלון ל-Duve.</translation>
    </message>
    <message>
        <source>Not a Duve webhook (%1).</source>
        <translation>לא webhook של Duve (%1).</translation>
    </message>
    <message>
        <source>Refused before it was read (HTTP %1).</source>
        <translation>נדחתה לפני שנקראה (HTTP %1).</translation>
    </message>
    <message>
        <source>An order from Duve was refused before it was read (HTTP %1): it was too large or too slow.</source>
        <translation>הזמנה מ-Duve נדחתה לפני שנקראה (HTTP %1): היא הייתה גדולה או איטית מדי.</translation>
    </message>
    <message>
        <source>The history could not record the request; Duve was asked to send it again.</source>
        <translation>ההיסטוריה לא יכלה לרשום את הבקשה; Duve התבקש לשלוח אותה שוב.</translation>
    </message>
    <message>
        <source>Hubbridge stopped before it could answer.</source>
        <translation>Hubbridge נעצר לפני שיכול היה לענות.</translation>
    </message>
    <message>
        <source>Handled by hand by %1.</source>
        <translation>טופלה ידנית על ידי %1.</translation>
    </message>
    <message>
        <source>Unknown external ID %1</source>
        <translation>מזהה חיצוני לא מוכר %1</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1</source>
        <translation>Hub OS אינו מכיר את חדר %1</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1</source>
        <translation>Hub OS אינו מכיר את סוג המשימה %1</translation>
    </message>
    <message>
        <source>Orders Duve sent incomplete</source>
        <translation>הזמנות ש-Duve שלח חסרות</translation>
    </message>
    <message>
        <source>Hub OS refused the task (HTTP %1)</source>
        <translation>Hub OS דחה את המשימה (HTTP %1)</translation>
    </message>
    <message>
        <source>Hub OS unreachable</source>
        <translation>אין גישה ל-Hub OS</translation>
    </message>
    <message>
        <source>Hub OS refuses Hubbridge&apos;s credentials</source>
        <translation>Hub OS דוחה את פרטי הגישה של Hubbridge</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials no longer match</source>
        <translation>פרטי הגישה של Duve כבר אינם תואמים</translation>
    </message>
    <message>
        <source>Orders refused before they were read</source>
        <translation>הזמנות שנדחו לפני שנקראו</translation>
    </message>
    <message>
        <source>The history could not record orders</source>
        <translation>ההיסטוריה לא יכלה לרשום הזמנות</translation>
    </message>
    <message>
        <source>Interrupted by a stop</source>
        <translation>נקטעו בעצירה</translation>
    </message>
    <message>
        <source>Another Hubbridge instance was still delivering this order; Duve was asked to send it again.</source>
        <translation>מופע אחר של Hubbridge עדיין טיפל בהזמנה זו; התבקש מ-Duve לשלוח אותה שוב.</translation>
    </message>
    <message>
        <source>Delivered by another instance</source>
        <translation>נמסרה על ידי מופע אחר</translation>
    </message>
</context>
<context>
    <name>ResendRun</name>
    <message>
        <source>Resend orders</source>
        <translation>שליחה חוזרת של הזמנות</translation>
    </message>
    <message>
        <source>Hub OS recognises orders it already has, so no task is created twice.</source>
        <translation>‏Hub OS מזהה הזמנות שכבר קיבל, כך ששום משימה לא נוצרת פעמיים.</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n</source>
        <translation>
            <numerusform>שליחה חוזרת של אחת</numerusform>
            <numerusform>שליחה חוזרת של %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending orders again…</source>
        <translation>ההזמנות נשלחות שוב…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>שליחה חוזרת</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n order(s) again: %2 created, %3 not.</source>
        <translation>
            <numerusform>נשלחו שוב %1 מתוך הזמנה אחת: %2 נוצרו, %3 לא.</numerusform>
            <numerusform>נשלחו שוב %1 מתוך %n הזמנות: %2 נוצרו, %3 לא.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsMapping</name>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Room name in Duve</source>
        <translation>שם החדר ב-Duve</translation>
    </message>
    <message>
        <source>Room in Hub OS</source>
        <translation>החדר ב-Hub OS</translation>
    </message>
    <message>
        <source>Room mappings</source>
        <translation>מיפויי חדרים</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>הוספת חדר…</translation>
    </message>
    <message>
        <source>Add a room mapping</source>
        <translation>הוספת מיפוי חדר</translation>
    </message>
    <message>
        <source>Edit the selected room mapping</source>
        <translation>עריכת מיפוי החדר שנבחר</translation>
    </message>
    <message>
        <source>Delete the selected room mapping</source>
        <translation>מחיקת מיפוי החדר שנבחר</translation>
    </message>
    <message>
        <source>Rooms not listed keep their Duve name.</source>
        <translation>חדרים שאינם ברשימה שומרים על השם שלהם ב-Duve.</translation>
    </message>
    <message>
        <source>Add room mapping</source>
        <translation>הוספת מיפוי חדר</translation>
    </message>
    <message>
        <source>Edit room mapping</source>
        <translation>עריכת מיפוי חדר</translation>
    </message>
    <message>
        <source>As Duve sends it, e.g. Room 12</source>
        <translation>כפי ש-Duve שולח אותו, למשל Room 12</translation>
    </message>
    <message>
        <source>As Hub OS knows it, e.g. 012</source>
        <translation>כפי ש-Hub OS מכיר אותו, למשל 012</translation>
    </message>
    <message>
        <source>Room name in &amp;Duve:</source>
        <translation>שם החדר ב-&amp;Duve:</translation>
    </message>
    <message>
        <source>Room in &amp;Hub OS:</source>
        <translation>החדר ב-&amp;Hub OS:</translation>
    </message>
    <message>
        <source>Enter both room names.</source>
        <translation>הזינו את שני שמות החדר.</translation>
    </message>
    <message>
        <source>Duve room &quot;%1&quot; is already mapped to &quot;%2&quot;.</source>
        <translation>החדר &quot;%1&quot; ב-Duve כבר ממופה אל &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete room mapping</source>
        <translation>מחיקת מיפוי חדר</translation>
    </message>
    <message>
        <source>Delete the mapping of Duve room &quot;%1&quot;? Orders for it will go to Hub OS room &quot;%1&quot;.</source>
        <translation>למחוק את המיפוי של החדר &quot;%1&quot; ב-Duve? ההזמנות שלו יישלחו לחדר &quot;%1&quot; ב-Hub OS.</translation>
    </message>
    <message>
        <source>Import room names from a CSV file</source>
        <translation>ייבוא שמות חדרים מקובץ CSV</translation>
    </message>
    <message>
        <source>Export room names to a CSV file</source>
        <translation>ייצוא שמות החדרים לקובץ CSV</translation>
    </message>
    <message>
        <source>Import room names</source>
        <translation>ייבוא שמות חדרים</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>קובצי CSV ‏(*.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Export room names</source>
        <translation>ייצוא שמות חדרים</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>לא ניתן לכתוב את %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n room name(s) to %1.</source>
        <translation>
            <numerusform>יוצא שם חדר אחד אל %1.</numerusform>
            <numerusform>יוצאו %n שמות חדרים אל %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>לא ניתן לקרוא את %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>לא יובא דבר: יש לתקן שורה אחת בקובץ.</numerusform>
            <numerusform>לא יובא דבר: יש לתקן %n שורות בקובץ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>הייבוא נדחה: %1</translation>
    </message>
    <message>
        <source>%1 holds the same room names as the list: nothing to import.</source>
        <translation>‏%1 מכיל את אותם שמות חדרים כמו הרשימה: אין מה לייבא.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n room name(s) from %1?</source>
        <translation>
            <numerusform>לייבא שם חדר אחד מ-%1?</numerusform>
            <numerusform>לייבא %n שמות חדרים מ-%1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list now:</source>
        <translation>בהשוואה לרשימה הנוכחית:</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation>
            <numerusform>נוסף חדר אחד</numerusform>
            <numerusform>נוספו %n חדרים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) changed</source>
        <translation>
            <numerusform>חדר אחד שונה</numerusform>
            <numerusform>%n חדרים שונו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>אחד ללא שינוי</numerusform>
            <numerusform>%n ללא שינוי</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the list but not in the file</source>
        <translation>
            <numerusform>אחד ברשימה אבל לא בקובץ</numerusform>
            <numerusform>%n ברשימה אבל לא בקובץ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the list&quot; removes the %n room name(s) not in the file: those rooms then go to Hub OS as Duve names them. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>&quot;החלפת הרשימה&quot; מסירה את שם החדר שאינו בקובץ: החדר הזה יישלח אז ל-Hub OS בשם ש-Duve נותן לו. &quot;הוספה ועדכון בלבד&quot; שומרת אותו.</numerusform>
            <numerusform>&quot;החלפת הרשימה&quot; מסירה את %n שמות החדרים שאינם בקובץ: החדרים האלה יישלחו אז ל-Hub OS בשמות ש-Duve נותן להם. &quot;הוספה ועדכון בלבד&quot; שומרת אותם.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>החלפת הרשימה</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>הוספה ועדכון בלבד</translation>
    </message>
    <message>
        <source>Added: %1 → %2</source>
        <translation>נוסף: %1 ← %2</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>שונה: %1 ← %2</translation>
    </message>
    <message>
        <source>Not in the file: %1 → %2</source>
        <translation>לא בקובץ: %1 ← %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>לא יובא דבר.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>אחד נוסף</numerusform>
            <numerusform>%n נוספו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>אחד שונה</numerusform>
            <numerusform>%n שונו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>אחד הוסר</numerusform>
            <numerusform>%n הוסרו</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported room names from %1: %2.</source>
        <translation>שמות חדרים יובאו מ-%1: %2.</translation>
    </message>
    <message>
        <source>Some room names could not be saved.</source>
        <translation>לא ניתן היה לשמור חלק משמות החדרים.</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation>לא ניתן לפתוח את מסד הנתונים של ההיסטוריה %1: %2</translation>
    </message>
    <message>
        <source>The Hub OS sandbox cannot start: %1</source>
        <translation>לא ניתן להפעיל את סביבת הניסוי של Hub OS: %1</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>אין גיבוי לשחזור ממנו.</translation>
    </message>
    <message>
        <source>The newest backup, checked when it was made, is %1 (%2).</source>
        <translation>הגיבוי החדש ביותר, שנבדק כשנוצר, הוא %1 (%2).</translation>
    </message>
    <message>
        <source>The metrics listener cannot start: %1</source>
        <translation>שירות המדדים אינו יכול להתחיל: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Order id:</source>
        <translation>מזהה הזמנה:</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>מספר הזמנה:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>חדר:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>שם פרטי:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>שם משפחה:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>מזהה חיצוני:</translation>
    </message>
    <message>
        <source>Items (list):</source>
        <translation>פריטים (רשימה):</translation>
    </message>
    <message>
        <source>Item external ID:</source>
        <translation>מזהה חיצוני של פריט:</translation>
    </message>
    <message>
        <source>Item quantity:</source>
        <translation>כמות הפריט:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>שם השירות:</translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation>מועד אספקה:</translation>
    </message>
    <message>
        <source>Special request:</source>
        <translation>בקשה מיוחדת:</translation>
    </message>
    <message>
        <source>Reservation id:</source>
        <translation>מזהה הזמנת החדר:</translation>
    </message>
    <message>
        <source>Use the built-in Hub OS sandbox (no real tasks are created)</source>
        <translation>שימוש בסביבת הניסוי המובנית של Hub OS (לא נוצרות משימות אמיתיות)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>בדיקת ה&amp;חיבור</translation>
    </message>
    <message>
        <source>Start listening when Hubbridge opens</source>
        <translation>התחלת האזנה כש-Hubbridge נפתח</translation>
    </message>
    <message>
        <source>Start Hubbridge when I log in</source>
        <translation>הפעלת Hubbridge כשאני מתחבר/ת למחשב</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;ביטול השינויים</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>https://…, given by Hub OS</source>
        <translation>‏https://…, כפי שנמסרה מ-Hub OS</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>כתובת Hub OS</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>&amp;כתובת Hub OS:</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>מזהה המלון</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>מ&amp;זהה המלון:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>אסימון גישה</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>אסימון &amp;גישה:</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>אסימון סיסמה</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>אסימון &amp;סיסמה:</translation>
    </message>
    <message>
        <source>Use the Hub OS sandbox</source>
        <translation>שימוש בסביבת הניסוי של Hub OS</translation>
    </message>
    <message>
        <source>Test the connection to Hub OS</source>
        <translation>בדיקת החיבור ל-Hub OS</translation>
    </message>
    <message>
        <source>Asks Hub OS for its task types with these credentials</source>
        <translation>מבקש מ-Hub OS את סוגי המשימות שלו עם פרטי הגישה האלה</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>תוצאת בדיקת החיבור</translation>
    </message>
    <message>
        <source>Listener (where Duve sends orders)</source>
        <translation>מאזין (לאן Duve שולח הזמנות)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>כל ממשקי הרשת (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>המחשב הזה בלבד (127.0.0.1)</translation>
    </message>
    <message>
        <source>Listener bind address</source>
        <translation>כתובת ההאזנה של המאזין</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;האזנה בכתובת:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>כל פורט פנוי</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>פורט המאזין</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;פורט:</translation>
    </message>
    <message>
        <source>Start listening on launch</source>
        <translation>התחלת האזנה בהפעלה</translation>
    </message>
    <message>
        <source>Delivery to Hub OS</source>
        <translation>מסירה ל-Hub OS</translation>
    </message>
    <message>
        <source>Attempts per task</source>
        <translation>ניסיונות לכל משימה</translation>
    </message>
    <message>
        <source>Attempts &amp;before answering Duve:</source>
        <translation>&amp;ניסיונות לפני המענה ל-Duve:</translation>
    </message>
    <message>
        <source>Background retry schedule in seconds</source>
        <translation>לוח זמנים לניסיונות חוזרים ברקע, בשניות</translation>
    </message>
    <message>
        <source>&amp;Retry later after (seconds):</source>
        <translation>ניסיון חוזר &amp;לאחר (שניות):</translation>
    </message>
    <message>
        <source>When Hub OS cannot be reached, the order is tried again in the background after each of these waits.</source>
        <translation>כש-Hub OS אינו זמין, ההזמנה נשלחת שוב ברקע אחרי כל אחת מההמתנות האלה.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>שמירה לצמיתות</translation>
    </message>
    <message>
        <source>Keep history for days</source>
        <translation>מספר ימי שמירת ההיסטוריה</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;תקופת שמירת ההיסטוריה:</translation>
    </message>
    <message>
        <source>Where fields are read in Duve&apos;s order</source>
        <translation>היכן נקראים השדות בהזמנה מ-Duve</translation>
    </message>
    <message>
        <source>Dotted paths, separated by commas; the first that has a value wins</source>
        <translation>נתיבים עם נקודות, מופרדים בפסיקים; הראשון שיש בו ערך קובע</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>שפת &amp;ממשק:</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>הפעלה בכניסה למערכת</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>מצב ההגדרות</translation>
    </message>
    <message>
        <source>Revert the settings</source>
        <translation>ביטול השינויים בהגדרות</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>שמירת ההגדרות</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>שמירה (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>השינויים טרם נשמרו.</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https:// (or http://) and name a server.</source>
        <translation>כתובת Hub OS חייבת להתחיל ב-https://‎ (או http://‎) ולכלול שם שרת.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on (use 0.0.0.0 for all).</source>
        <translation>&quot;%1&quot; אינה כתובת IP להאזנה (השתמשו ב-0.0.0.0 לכל הכתובות).</translation>
    </message>
    <message>
        <source>The retry schedule is a list of waits in seconds, e.g. 60, 300, 900. &quot;%1&quot; is not a number of seconds.</source>
        <translation>לוח הניסיונות החוזרים הוא רשימת המתנות בשניות, למשל 60, 300, 900. ‏&quot;%1&quot; אינו מספר שניות.</translation>
    </message>
    <message>
        <source>Every payload field needs at least one path (empty: %1).</source>
        <translation>כל שדה בתוכן צריך לפחות נתיב אחד (ריק: %1).</translation>
    </message>
    <message>
        <source>Enter all three Hub OS credentials (hotel ID, access token, password token), or none.</source>
        <translation>הזינו את שלושת פרטי הגישה ל-Hub OS (מזהה המלון, אסימון גישה, אסימון סיסמה), או אף אחד מהם.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <source>Saved, but no system keychain is available (%1): the credentials are kept for this session only.</source>
        <translation>נשמר, אבל אין מחזיק מפתחות של המערכת (%1): פרטי הגישה נשמרים להפעלה הזו בלבד.</translation>
    </message>
    <message>
        <source>The listener now runs on port %1: give Duve the new URL.</source>
        <translation>המאזין פועל עכשיו בפורט %1: מסרו ל-Duve את הכתובת החדשה.</translation>
    </message>
    <message>
        <source>The listener could not move to the new address: %1</source>
        <translation>המאזין לא הצליח לעבור לכתובת החדשה: %1</translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation>לא ניתן היה להגדיר הפעלה בכניסה למערכת: %1</translation>
    </message>
    <message>
        <source>The credentials come from the HUBBRIDGE_* environment variables.</source>
        <translation>פרטי הגישה מגיעים ממשתני הסביבה HUBBRIDGE_*.</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>קורא את מחזיק המפתחות של המערכת…</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The credentials are kept for this session only, never written to disk.</source>
        <translation>אין מחזיק מפתחות של המערכת (%1). פרטי הגישה נשמרים להפעלה הזו בלבד ולעולם לא נכתבים לדיסק.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>שמורים במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>The credentials are stored in the system keychain when you save.</source>
        <translation>פרטי הגישה נשמרים במחזיק המפתחות של המערכת בעת השמירה.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>לא ניתן להפעיל את סביבת הניסוי: %1</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL first.</source>
        <translation>הזינו קודם את כתובת Hub OS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>&quot;%1&quot; אינה כתובת אינטרנט.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens first.</source>
        <translation>הזינו קודם את מזהה המלון ואת שני האסימונים.</translation>
    </message>
    <message>
        <source>Asking Hub OS…</source>
        <translation>פונה ל-Hub OS…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Hub OS accepted the credentials and knows %n task type(s).</source>
        <translation>
            <numerusform>מחובר. Hub OS קיבל את פרטי הגישה ומכיר סוג משימה אחד.</numerusform>
            <numerusform>מחובר. Hub OS קיבל את פרטי הגישה ומכיר %n סוגי משימות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Hub OS accepted the credentials.</source>
        <translation>מחובר. Hub OS קיבל את פרטי הגישה.</translation>
    </message>
    <message>
        <source>Hub OS refused the credentials (HTTP %1). Check the hotel ID and both tokens.</source>
        <translation>‏Hub OS דחה את פרטי הגישה (HTTP %1). בדקו את מזהה המלון ואת שני האסימונים.</translation>
    </message>
    <message>
        <source>Hub OS could not be reached at %1 (%2). Check the URL and the network.</source>
        <translation>לא ניתן היה להגיע ל-Hub OS בכתובת %1 ‏(%2). בדקו את הכתובת ואת הרשת.</translation>
    </message>
    <message>
        <source>Hub OS answered HTTP %1 at %2, not the task list. Check the URL.</source>
        <translation>‏Hub OS ענה HTTP %1 בכתובת %2, ולא את רשימת המשימות. בדקו את הכתובת.</translation>
    </message>
    <message>
        <source>Preview: the last order received (%1, entry %2).</source>
        <translation>תצוגה מקדימה: ההזמנה האחרונה שהתקבלה (%1, רשומה %2).</translation>
    </message>
    <message>
        <source>The preview appears once Duve has sent an order.</source>
        <translation>התצוגה המקדימה תופיע אחרי ש-Duve ישלח הזמנה.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>פריט אחד</numerusform>
            <numerusform>%n פריטים</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <extracomment>What a payload path finds in the last order (the arrow follows the text).</extracomment>
        <translation>(לא נמצא דבר)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> יום</numerusform>
            <numerusform> ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>A new language shows after you quit Hubbridge (tray menu → Quit) and start it again; closing the window is not enough.</source>
        <translation>שפה חדשה תוצג אחרי שתצאו מ-Hubbridge (תפריט המגש ← יציאה) ותפעילו אותו מחדש; סגירת החלון אינה מספיקה.</translation>
    </message>
    <message>
        <source>A new language shows after you close Hubbridge and start it again.</source>
        <translation>שפה חדשה תוצג אחרי שתסגרו את Hubbridge ותפעילו אותו מחדש.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>&amp;העתקת הכול עבור Duve</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>הצגת אסימון הגישה</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>הסתרת אסימון הגישה</translation>
    </message>
    <message>
        <source>Show the password token</source>
        <translation>הצגת אסימון הסיסמה</translation>
    </message>
    <message>
        <source>Hide the password token</source>
        <translation>הסתרת אסימון הסיסמה</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>העתקת הכתובת והכותרות עבור Duve</translation>
    </message>
    <message>
        <source>The webhook URL and Duve&apos;s three headers with the saved credentials, ready to paste into an e-mail to Duve support. The header values are secrets.</source>
        <translation>כתובת ה-Webhook ושלוש הכותרות של Duve עם פרטי הגישה השמורים, מוכנות להדבקה בדוא״ל לתמיכה של Duve. ערכי הכותרות סודיים.</translation>
    </message>
    <message>
        <source>Change these only when Duve support or your IT person says so: they tell Hubbridge where it finds the room, the guest and the external ID in Duve&apos;s orders.</source>
        <translation>שנו אותם רק כשהתמיכה של Duve או איש ה-IT שלכם מורים לעשות זאת: הם אומרים ל-Hubbridge היכן למצוא את החדר, את האורח ואת המזהה החיצוני בהזמנות של Duve.</translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation>הצגת השדות</translation>
    </message>
    <message>
        <source>Show where fields are read</source>
        <translation>הצגת המקומות שמהם נקראים השדות</translation>
    </message>
    <message>
        <source>Hide the fields</source>
        <translation>הסתרת השדות</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too: give Duve support the new headers (Copy everything for Duve).</source>
        <translation>גם Duve צריך לשלוח את פרטי הגישה החדשים: מסרו לתמיכה של Duve את הכותרות החדשות (&quot;העתקת הכול עבור Duve&quot;).</translation>
    </message>
    <message>
        <source>Enter and save the Hub OS credentials first: Duve sends them as its three headers.</source>
        <translation>הזינו ושמרו קודם את פרטי הגישה ל-Hub OS: Duve שולח אותם כשלוש הכותרות שלו.</translation>
    </message>
    <message>
        <source>Copied the webhook URL and Duve&apos;s three headers: paste them into an e-mail to Duve support.</source>
        <translation>כתובת ה-Webhook ושלוש הכותרות של Duve הועתקו: הדביקו אותן בדוא״ל לתמיכה של Duve.</translation>
    </message>
    <message>
        <source>Replace %1 in the URL with the address Duve reaches this computer at from the internet.</source>
        <translation>החליפו בכתובת ה-Webhook את %1 בכתובת שבה Duve מגיע למחשב הזה מהאינטרנט.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>מסירת פרטים לתמיכה של Duve</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too.</source>
        <translation>גם Duve צריך לשלוח את פרטי הגישה החדשים.</translation>
    </message>
    <message>
        <source>Duve sends the hotel ID and both tokens as its three custom headers with every order. Until Duve support has the new values, Duve&apos;s orders are refused (WEB_HUK_INVALID_CREDS).</source>
        <translation>‏Duve שולח את מזהה המלון ואת שני האסימונים כשלוש הכותרות המותאמות שלו עם כל הזמנה. עד שלתמיכה של Duve יהיו הערכים החדשים, ההזמנות מ-Duve נדחות ‏(WEB_HUK_INVALID_CREDS).</translation>
    </message>
    <message>
        <source>Copy everything for Duve</source>
        <translation>העתקת הכול עבור Duve</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>מאוחר יותר</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history database was damaged (%1). It was moved aside to %2 and a new history was started.</source>
        <translation>מסד הנתונים של ההיסטוריה היה פגום (%1). הוא הועבר הצידה אל %2 והתחילה היסטוריה חדשה.</translation>
    </message>
    <message>
        <source>The history database is damaged (%1). Hubbridge goes on working; at its next start it moves the damaged file aside and starts a fresh history. Backups are in the backups folder next to it.</source>
        <translation>מסד הנתונים של ההיסטוריה פגום (%1). ‏Hubbridge ממשיך לעבוד; בהפעלה הבאה הוא יעביר את הקובץ הפגום הצידה ויתחיל היסטוריה חדשה. הגיבויים נמצאים בתיקיית backups שלידו.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>לא ניתן היה לקרוא דבר מהקובץ הפגום.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n mapping(s), </source>
        <translation>
            <numerusform>שוחזרו ממנו: מיפוי אחד, </numerusform>
            <numerusform>שוחזרו ממנו: %n מיפויים, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room name(s), </source>
        <translation>
            <numerusform>שם חדר אחד, </numerusform>
            <numerusform>%n שמות חדרים, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation room(s) and </source>
        <translation>
            <numerusform>חדר הזמנה אחד ו</numerusform>
            <numerusform>%n חדרי הזמנה ו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a retry. </source>
        <translation>
            <numerusform>הזמנה אחת שממתינה לניסיון חוזר. </numerusform>
            <numerusform>%n הזמנות שממתינות לניסיון חוזר. </numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of the history was not carried over; it is still in the damaged file.</source>
        <translation>שאר ההיסטוריה לא הועברה; היא עדיין בקובץ הפגום.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: %2 free, and Hubbridge needs at least %3 free there to record orders. Free some space on that disk (%4), or move the data folder to another disk. (SQLite: %5)</source>
        <translation>הדיסק שמכיל את %1 מלא: %2 פנויים, ו-Hubbridge צריך שם לפחות %3 פנויים כדי לרשום הזמנות. פנו מקום בדיסק הזה (%4) או העבירו את תיקיית הנתונים לדיסק אחר. (SQLite: %5)</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation>לא ניתן להסיר את %1</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Change bed sheets</source>
        <translation>החלפת מצעים</translation>
    </message>
    <message>
        <source>Request cleaning</source>
        <translation>בקשת ניקיון</translation>
    </message>
    <message>
        <source>Serve towels</source>
        <translation>הבאת מגבות</translation>
    </message>
    <message>
        <source>Check minibar</source>
        <translation>בדיקת המיני-בר</translation>
    </message>
    <message>
        <source>Serve pillows</source>
        <translation>הבאת כריות</translation>
    </message>
    <message>
        <source>Serve amenities</source>
        <translation>הבאת מוצרי טיפוח</translation>
    </message>
    <message>
        <source>Install baby cot</source>
        <translation>התקנת עריסה</translation>
    </message>
    <message>
        <source>Install extra bed</source>
        <translation>התקנת מיטה נוספת</translation>
    </message>
    <message>
        <source>Deep cleaning</source>
        <translation>ניקיון יסודי</translation>
    </message>
    <message>
        <source>Taps purge</source>
        <translation>שטיפת ברזים</translation>
    </message>
    <message>
        <source>Turndown service</source>
        <translation>הכנת החדר ללילה</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>משימה אחרת</translation>
    </message>
    <message>
        <source>Zip beds</source>
        <translation>חיבור מיטות</translation>
    </message>
    <message>
        <source>Separate beds</source>
        <translation>הפרדת מיטות</translation>
    </message>
    <message>
        <source>Room service tray</source>
        <translation>מגש שירות חדרים</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <source>Ventilate</source>
        <translation>אוורור</translation>
    </message>
    <message>
        <source>Minibar restocking</source>
        <translation>מילוי המיני-בר</translation>
    </message>
    <message>
        <source>Bellboy</source>
        <translation>פורטר</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>מזוודות</translation>
    </message>
    <message>
        <source>Ice bucket</source>
        <translation>דלי קרח</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>כביסה</translation>
    </message>
    <message>
        <source>Valet</source>
        <translation>שירות חניה</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>אבטחה</translation>
    </message>
</context>
<context>
    <name>TaskTypeDirectory</name>
    <message>
        <source>Task type %1</source>
        <translation>סוג משימה %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Hubbridge</source>
        <translation>&amp;פתיחת Hubbridge</translation>
    </message>
    <message>
        <source>&amp;Pause listener</source>
        <translation>&amp;השהיית המאזין</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>Hubbridge: the listener is stopped; Duve&apos;s orders are not received.</source>
        <translation>‏Hubbridge: המאזין עצור; הזמנות מ-Duve אינן מתקבלות.</translation>
    </message>
    <message>
        <source>Hubbridge: Hub OS is failing (%1)</source>
        <translation>‏Hubbridge: יש תקלה ב-Hub OS ‏(%1)</translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) could not be delivered</source>
        <translation>
            <numerusform>‏Hubbridge: לא ניתן היה למסור הזמנה אחת</numerusform>
            <numerusform>‏Hubbridge: לא ניתן היה למסור %n הזמנות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) waiting for Hub OS</source>
        <translation>
            <numerusform>‏Hubbridge: הזמנה אחת ממתינה ל-Hub OS</numerusform>
            <numerusform>‏Hubbridge: ‏%n הזמנות ממתינות ל-Hub OS</numerusform>
        </translation>
    </message>
    <message>
        <source>Hubbridge: listening on port %1</source>
        <translation>‏Hubbridge: מאזין בפורט %1</translation>
    </message>
    <message>
        <source>&amp;Resume listener</source>
        <translation>&amp;חידוש המאזין</translation>
    </message>
    <message>
        <source>Hubbridge is still running</source>
        <translation>‏Hubbridge עדיין פועל</translation>
    </message>
    <message>
        <source>Orders from Duve keep arriving while the window is closed. Use the tray icon to open the window or quit.</source>
        <translation>הזמנות מ-Duve ממשיכות להגיע גם כשהחלון סגור. השתמשו בסמל שבמגש המערכת כדי לפתוח את החלון או לצאת.</translation>
    </message>
    <message>
        <source>An order could not be sent to Hub OS</source>
        <translation>לא ניתן היה לשלוח הזמנה ל-Hub OS</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, חדר %2</translation>
    </message>
</context>
</TS>
