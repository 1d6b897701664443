<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Bridge</name>
    <message>
        <source>Entry %1 holds no Duve webhook that can be sent again.</source>
        <translation>El registro %1 no contiene ningún webhook de Duve que se pueda reenviar.</translation>
    </message>
    <message>
        <source>resend of #%1</source>
        <translation>reenvío de n.º %1</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS, and orders waiting for a retry wait too.</source>
        <translation>Las solicitudes que envíen los huéspedes mientras tanto no llegan a Hub OS, y los pedidos pendientes de reintento también quedan en espera.</translation>
    </message>
    <message>
        <source>To close the window and keep receiving orders, close it instead: Hubbridge keeps running in the tray.</source>
        <translation>Para cerrar la ventana y seguir recibiendo pedidos, ciérrela en lugar de salir: Hubbridge sigue funcionando en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Quit Hubbridge</source>
        <translation>Salir de Hubbridge</translation>
    </message>
    <message>
        <source>Quit Hubbridge? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>¿Salir de Hubbridge? Los pedidos de Duve se rechazarán hasta que vuelva a estar en marcha.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stop the listener</source>
        <translation>Detener el receptor</translation>
    </message>
    <message>
        <source>Stop the listener? Duve&apos;s orders will be refused until it runs again.</source>
        <translation>¿Detener el receptor? Los pedidos de Duve se rechazarán hasta que vuelva a estar en marcha.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview or &quot;Resume listener&quot; in the tray menu.</source>
        <translation>Las solicitudes que envíen los huéspedes mientras tanto no llegan a Hub OS. Vuelva a iniciarlo con «Iniciar receptor» en la página Resumen o con «Reanudar receptor» en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Guests&apos; requests sent meanwhile do not reach Hub OS. Start it again with &quot;Start listener&quot; on the Overview.</source>
        <translation>Las solicitudes que envíen los huéspedes mientras tanto no llegan a Hub OS. Vuelva a iniciarlo con «Iniciar receptor» en la página Resumen.</translation>
    </message>
    <message>
        <source>Stop listener</source>
        <translation>Detener receptor</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>listener/allowFrom: &quot;%1&quot; is not an IP address or a network such as 192.168.1.0/24.</source>
        <translation>listener/allowFrom: «%1» no es una dirección IP ni una red como 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>HTTPS needs both listener/tlsCert and listener/tlsKey.</source>
        <translation>HTTPS necesita listener/tlsCert y listener/tlsKey.</translation>
    </message>
    <message>
        <source>HTTPS is not available: no TLS library could be loaded (%1).</source>
        <translation>HTTPS no está disponible: no se pudo cargar ninguna biblioteca TLS (%1).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>No se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 holds no PEM certificate.</source>
        <translation>El archivo de certificado TLS %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 expired on %2; renew it.</source>
        <translation>El certificado TLS %1 caducó el %2; renuévelo.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 is not valid before %2.</source>
        <translation>El certificado TLS %1 no es válido antes del %2.</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>No se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 is protected by a passphrase; Hubbridge needs it unencrypted (make the file readable by the service account only).</source>
        <translation>La clave TLS %1 está protegida con una frase de contraseña; Hubbridge la necesita sin cifrar (haga que solo la cuenta del servicio pueda leer el archivo).</translation>
    </message>
    <message>
        <source>The TLS key file %1 holds no PEM private key (RSA or EC).</source>
        <translation>El archivo de clave TLS %1 no contiene ninguna clave privada PEM (RSA o EC).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2 (different key types).</source>
        <translation>La clave TLS %1 no corresponde al certificado %2 (tipos de clave distintos).</translation>
    </message>
    <message>
        <source>The TLS key %1 does not belong to the certificate %2.</source>
        <translation>La clave TLS %1 no corresponde al certificado %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>I have Hub OS credentials</source>
        <translation>Tengo credenciales de Hub OS</translation>
    </message>
    <message>
        <source>Try Hubbridge first with the built-in Hub OS sandbox</source>
        <translation>Probar Hubbridge primero con el entorno de pruebas de Hub OS integrado</translation>
    </message>
    <message>
        <source>Accept orders from other computers (needed for Duve)</source>
        <translation>Aceptar pedidos de otros equipos (necesario para Duve)</translation>
    </message>
    <message>
        <source>&amp;Send a test order</source>
        <translation>&amp;Enviar un pedido de prueba</translation>
    </message>
    <message>
        <source>Set up Hubbridge</source>
        <translation>Configurar Hubbridge</translation>
    </message>
    <message>
        <source>Connect to Hub OS</source>
        <translation>Conectar con Hub OS</translation>
    </message>
    <message>
        <source>Hubbridge creates housekeeping tasks in Hub OS with the credentials Hub OS gave your hotel.</source>
        <translation>Hubbridge crea tareas de pisos en Hub OS con las credenciales que Hub OS ha dado a su hotel.</translation>
    </message>
    <message>
        <source>Use my Hub OS credentials</source>
        <translation>Usar mis credenciales de Hub OS</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usar el entorno de pruebas</translation>
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
        <translation>ID del hotel</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>Token de contraseña</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>&amp;URL de Hub OS:</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>ID del &amp;hotel:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>Token de &amp;contraseña:</translation>
    </message>
    <message>
        <source>Show the tokens</source>
        <translation>Mostrar los tokens</translation>
    </message>
    <message>
        <source>The sandbox is a stand-in for Hub OS inside Hubbridge: orders go all the way through, but no real task is created. You can switch to Hub OS later in Settings.</source>
        <translation>El entorno de pruebas sustituye a Hub OS dentro de Hubbridge: los pedidos recorren todo el camino, pero no se crea ninguna tarea real. Puede cambiar a Hub OS más adelante en Configuración.</translation>
    </message>
    <message>
        <source>Where Duve sends orders</source>
        <translation>Dónde envía Duve los pedidos</translation>
    </message>
    <message>
        <source>Hubbridge listens for Duve&apos;s webhooks on a network port of this computer. The usual port is 8080; choose another if it is taken.</source>
        <translation>Hubbridge espera los webhooks de Duve en un puerto de red de este equipo. El puerto habitual es el 8080; elija otro si está ocupado.</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Accept orders from other computers</source>
        <translation>Aceptar pedidos de otros equipos</translation>
    </message>
    <message>
        <source>Duve reaches this port from the internet: your IT or internet provider may need to forward it to this computer.</source>
        <translation>Duve llega a este puerto desde internet: puede que su departamento de informática o su proveedor de internet tengan que redirigirlo a este equipo.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>Informar al soporte de Duve</translation>
    </message>
    <message>
        <source>Send Duve support this webhook URL and these three custom headers. Duve sends them with every order; Hubbridge refuses orders without them.</source>
        <translation>Envíe al soporte de Duve esta URL de webhook y estas tres cabeceras personalizadas. Duve las envía con cada pedido; Hubbridge rechaza los pedidos que no las llevan.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL del webhook:</translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation>la URL del webhook</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>Cabeceras personalizadas:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>Copy &amp;everything for Duve</source>
        <translation>Copiar &amp;todo para Duve</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>Copiar la URL y las cabeceras para Duve</translation>
    </message>
    <message>
        <source>These values are secrets: send them to Duve support only.</source>
        <translation>Estos valores son secretos: envíelos solo al soporte de Duve.</translation>
    </message>
    <message>
        <source>Send a test order</source>
        <translation>Enviar un pedido de prueba</translation>
    </message>
    <message>
        <source>Hubbridge sends itself a sample Duve order through the listener, as Duve would, and shows what happened.</source>
        <translation>Hubbridge se envía a sí mismo un pedido de ejemplo de Duve a través del receptor, igual que lo haría Duve, y muestra lo que ha pasado.</translation>
    </message>
    <message>
        <source>Room for the test order</source>
        <translation>Habitación del pedido de prueba</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Habitación:</translation>
    </message>
    <message>
        <source>With real Hub OS credentials this creates a real &quot;Serve towels&quot; task for that room: pick a room your team knows is a test.</source>
        <translation>Con credenciales reales de Hub OS, esto crea una tarea real «Llevar toallas» para esa habitación: elija una habitación que su equipo sepa que es de prueba.</translation>
    </message>
    <message>
        <source>Test order result</source>
        <translation>Resultado del pedido de prueba</translation>
    </message>
    <message>
        <source>Hubbridge is ready</source>
        <translation>Hubbridge está listo</translation>
    </message>
    <message>
        <source>Open Hubbridge</source>
        <translation>Abrir Hubbridge</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>Introduzca la URL de Hub OS, p. ej. https://api.hubos.example.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens, as Hub OS gave them.</source>
        <translation>Introduzca el ID del hotel y los dos tokens tal como se los dio Hub OS.</translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port.</source>
        <translation>No se puede usar el puerto %1: %2. Elija otro puerto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hubbridge listens at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hubbridge escucha en &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to the &lt;b&gt;built-in sandbox&lt;/b&gt;. When your Hub OS credentials arrive, enter them in &lt;i&gt;Settings&lt;/i&gt; and switch the sandbox off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los pedidos van al &lt;b&gt;entorno de pruebas integrado&lt;/b&gt;. Cuando lleguen sus credenciales de Hub OS, introdúzcalas en &lt;i&gt;Configuración&lt;/i&gt; y desactive el entorno de pruebas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Orders go to Hub OS at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los pedidos van a Hub OS en &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;i&gt;History&lt;/i&gt; page shows every order Duve sends; &lt;i&gt;Mappings&lt;/i&gt; says which Hub OS task each Duve service becomes. Closing the window keeps Hubbridge running in the system tray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La página &lt;i&gt;Historial&lt;/i&gt; muestra todos los pedidos que envía Duve; &lt;i&gt;Correspondencias&lt;/i&gt; indica en qué tarea de Hub OS se convierte cada servicio de Duve. Al cerrar la ventana, Hubbridge sigue funcionando en la bandeja del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>The listener is not running: go back and choose a port.</source>
        <translation>El receptor no está en marcha: vuelva atrás y elija un puerto.</translation>
    </message>
    <message>
        <source>The mapping table is empty: reset it to the defaults on the Mappings page.</source>
        <translation>La tabla de correspondencias está vacía: restablezca los valores predeterminados en la página Correspondencias.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>The listener did not answer: %1</source>
        <translation>El receptor no ha respondido: %1</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP 200: Hub OS task %1 was created. Everything works.</source>
        <translation>Duve habría recibido HTTP 200: se ha creado la tarea %1 de Hub OS. Todo funciona.</translation>
    </message>
    <message>
        <source>Duve would have been told HTTP %1 (%2): %3</source>
        <translation>Duve habría recibido HTTP %1 (%2): %3</translation>
    </message>
    <message>
        <source>With the sandbox these are demo values, good for a test from this computer only. Send Duve support your real Hub OS credentials once you have them and have entered them in Settings.</source>
        <translation>Con el entorno de pruebas son valores de demostración, útiles solo para una prueba desde este ordenador. Envíe al soporte de Duve sus credenciales reales de Hub OS cuando las tenga y las haya introducido en Configuración.</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso sobre el llavero</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https://, e.g. https://%1.</source>
        <translation>La URL de Hub OS debe empezar por https://, p. ej. https://%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the Hub OS URL, e.g. https://api.hubos.example.</source>
        <translation>«%1» no es una dirección web. Introduzca la URL de Hub OS, p. ej. https://api.hubos.example.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hubbridge can keep the tokens only until it is quit: after a restart they must be entered again in Settings. To keep them, set up a keychain (e.g. GNOME Keyring) and start Hubbridge again.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Hubbridge solo puede conservar los tokens mientras siga en marcha: tras reiniciarlo, habrá que volver a introducirlos en Configuración. Para conservarlos, configure un llavero (p. ej. GNOME Keyring) y vuelva a iniciar Hubbridge.</translation>
    </message>
    <message>
        <source>%1 is an address inside the hotel (or of this computer): Duve cannot reach it. Before you send the URL, replace %1 with the address at which Duve reaches this computer from the internet; your IT person knows it.</source>
        <translation>%1 es una dirección interna del hotel (o de este equipo): Duve no puede llegar a ella. Antes de enviar la URL, sustituya %1 por la dirección con la que Duve llega a este equipo desde internet; su responsable de informática la conoce.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows</source>
        <translation>Habitaciones que conoce Hub OS</translation>
    </message>
    <message>
        <source>The sandbox knows these rooms: %1.</source>
        <translation>El entorno de pruebas conoce estas habitaciones: %1.</translation>
    </message>
    <message>
        <source>Rooms Hub OS knows: %1.</source>
        <translation>Habitaciones que conoce Hub OS: %1.</translation>
    </message>
    <message>
        <source>A test order sent by the set-up wizard.</source>
        <translation>Un pedido de prueba enviado por el asistente de configuración.</translation>
    </message>
    <message>
        <source>A test order is not tried again later and does not count as a guest&apos;s failed order.</source>
        <translation>Un pedido de prueba no se vuelve a intentar más tarde ni cuenta como pedido fallido de un huésped.</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Request from Duve</source>
        <translation>Solicitud de Duve</translation>
    </message>
    <message>
        <source>Hub OS attempts</source>
        <translation>Intentos en Hub OS</translation>
    </message>
    <message>
        <source>Answer sent to Duve</source>
        <translation>Respuesta enviada a Duve</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Answer to Duve</source>
        <translation>Respuesta a Duve</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Ningún registro seleccionado</translation>
    </message>
    <message>
        <source>Select a row to see what Duve sent, what Hub OS answered and what Duve was told.</source>
        <translation>Seleccione una fila para ver qué envió Duve, qué respondió Hub OS y qué se le contestó a Duve.</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>pedido n.º %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>habitación %1</translation>
    </message>
    <message>
        <source>Entry %1, received %2 from %3</source>
        <translation>Registro %1, recibido el %2 desde %3</translation>
    </message>
    <message>
        <source>(body of %1 bytes, first %2 bytes kept)
</source>
        <translation>(cuerpo de %1 bytes; se conservan los primeros %2 bytes)
</translation>
    </message>
    <message>
        <source>Hub OS was not called for this entry.</source>
        <translation>No se llamó a Hub OS para este registro.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>sin respuesta (%1)</translation>
    </message>
    <message>
        <source>── %1 item %2, attempt %3 ── %4 ── %5 ms ──</source>
        <translation>── %1, artículo %2, intento %3 ── %4 ── %5 ms ──</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Hub OS task: %1</source>
        <translation>Tarea de Hub OS: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Hub OS attempts (%1)</source>
        <translation>Intentos en Hub OS (%1)</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Todavía sin respuesta.</translation>
    </message>
    <message>
        <source>HTTP %1, answered %2</source>
        <translation>HTTP %1, respondido el %2</translation>
    </message>
    <message>
        <source>Answered to Duve: HTTP %1 %2 (%3)</source>
        <translation>Respuesta a Duve: HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>The order&apos;s requests</source>
        <translation>Solicitudes del pedido</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Cronología del pedido</translation>
    </message>
    <message>
        <source>Order timeline (%1)</source>
        <translation>Cronología del pedido (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Order created</source>
        <translation>Pedido creado</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Pedido reembolsado</translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation>Reserva creada</translation>
    </message>
    <message>
        <source>Room assigned</source>
        <translation>Habitación asignada</translation>
    </message>
    <message>
        <source>Pre-check-in done</source>
        <translation>Precheck-in completado</translation>
    </message>
    <message>
        <source>Pre-check-out done</source>
        <translation>Precheck-out completado</translation>
    </message>
    <message>
        <source>Pre-check-out updated</source>
        <translation>Precheck-out actualizado</translation>
    </message>
    <message>
        <source>Guest link opened</source>
        <translation>Enlace del huésped abierto</translation>
    </message>
    <message>
        <source>Guest document uploaded</source>
        <translation>Documento del huésped subido</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Mensaje de chat</translation>
    </message>
    <message>
        <source>Refused request</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Duve external IDs: %1</source>
        <translation>ID externos de Duve: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Order #</source>
        <translation>N.º de pedido</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Service / task type</source>
        <translation>Servicio / tipo de tarea</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Hub OS tasks</source>
        <translation>Tareas de Hub OS</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
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
Respuesta a Duve: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Resend &amp;all matching…</source>
        <translation>Reenviar &amp;todos los coincidentes…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Search guest, room, order or payload…</source>
        <translation>Buscar huésped, habitación, pedido o contenido…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Every word must appear (Ctrl+F)</source>
        <translation>Deben aparecer todas las palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Fecha final (incluida)</translation>
    </message>
    <message>
        <source>From (included)</source>
        <translation>Desde (incluido)</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Number of matching entries</source>
        <translation>Número de registros coincidentes</translation>
    </message>
    <message>
        <source>Send the selected order through the bridge again (Ctrl+R)</source>
        <translation>Volver a enviar el pedido seleccionado a través del puente (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Resend the selected entry</source>
        <translation>Reenviar el registro seleccionado</translation>
    </message>
    <message>
        <source>Send every order matching the filters again</source>
        <translation>Volver a enviar todos los pedidos que coinciden con los filtros</translation>
    </message>
    <message>
        <source>Resend all matching entries</source>
        <translation>Reenviar todos los registros coincidentes</translation>
    </message>
    <message>
        <source>Save the matching rows as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Guardar las filas coincidentes como CSV o JSON Lines (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the matching entries</source>
        <translation>Exportar los registros coincidentes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>This entry is not an order Duve sent with the right credentials, so it cannot be sent again.</source>
        <translation>Este registro no es un pedido que Duve enviara con las credenciales correctas, así que no se puede reenviar.</translation>
    </message>
    <message>
        <source>Sending entry %1 again…</source>
        <translation>Reenviando el registro %1…</translation>
    </message>
    <message>
        <source>Entry %1 sent again: %2</source>
        <translation>Registro %1 reenviado: %2</translation>
    </message>
    <message>
        <source>None of the matching entries is an order that can be sent again.</source>
        <translation>Ninguno de los registros coincidentes es un pedido que se pueda reenviar.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) matching the filters to Hub OS again?</source>
        <translation>
            <numerusform>¿Volver a enviar a Hub OS %n pedido que coincide con los filtros?</numerusform>
            <numerusform>¿Volver a enviar a Hub OS %n pedidos que coinciden con los filtros?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, every detail (*.jsonl)</source>
        <translation>JSON Lines, con todos los detalles (*.jsonl)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>No se puede escribir %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>Exportando %n registro…</numerusform>
            <numerusform>Exportando %n registros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n registro exportado a %1</numerusform>
            <numerusform>%n registros exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>&amp;Handled…</source>
        <translation>&amp;Resuelto…</translation>
    </message>
    <message>
        <source>Mark the selected order as handled by hand (the guest was served another way): it leaves the problems</source>
        <translation>Marcar el pedido seleccionado como resuelto a mano (el huésped fue atendido de otra forma): sale de los problemas</translation>
    </message>
    <message>
        <source>Mark the selected order handled</source>
        <translation>Marcar el pedido seleccionado como resuelto</translation>
    </message>
    <message>
        <source>Resolved by entry %1 → %2</source>
        <translation>Resuelto por la entrada %1 → %2</translation>
    </message>
    <message>
        <source>Followed by entry %1 → %2</source>
        <translation>Seguido por la entrada %1 → %2</translation>
    </message>
    <message>
        <source>Handled by hand by %1 on %2: %3</source>
        <translation>Resuelto a mano por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>Resuelto a mano</translation>
    </message>
    <message>
        <source>What was done for this order (for example: towels brought by the night porter)?</source>
        <translation>¿Qué se hizo con este pedido (por ejemplo: toallas llevadas por el conserje de noche)?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Orders: each order once, its newest request saying where it stands; All requests: every request as it arrived</source>
        <translation>Pedidos: cada pedido una sola vez, con su solicitud más reciente indicando en qué estado está; Todas las solicitudes: cada solicitud tal como llegó</translation>
    </message>
    <message>
        <source>Show or hide the detail pane below the table</source>
        <translation>Mostrar u ocultar el panel de detalles bajo la tabla</translation>
    </message>
    <message>
        <source>Show the detail pane</source>
        <translation>Mostrar el panel de detalles</translation>
    </message>
    <message>
        <source>%1  entry %2  %3</source>
        <translation>%1  registro %2  %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n+ orders</source>
        <translation>
            <numerusform>%n+ pedido</numerusform>
            <numerusform>%n+ pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Listener, Hub OS and today&apos;s orders (Ctrl+1)</source>
        <translation>Receptor, Hub OS y pedidos de hoy (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every request Duve sent (Ctrl+2)</source>
        <translation>Todas las solicitudes que envió Duve (Ctrl+2)</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondencias</translation>
    </message>
    <message>
        <source>Duve services and rooms to Hub OS (Ctrl+3)</source>
        <translation>Servicios y habitaciones de Duve hacia Hub OS (Ctrl+3)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Hub OS, listener and delivery (Ctrl+4)</source>
        <translation>Hub OS, receptor y entrega (Ctrl+4)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Nueva correspondencia</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>Escuchando en el puerto %1</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Receptor detenido</translation>
    </message>
    <message>
        <source>Hub OS error at %1</source>
        <translation>Error de Hub OS a las %1</translation>
    </message>
    <message>
        <source>Hub OS error</source>
        <translation>Error de Hub OS</translation>
    </message>
    <message>
        <source>Hub OS answered at %1</source>
        <translation>Hub OS respondió a las %1</translation>
    </message>
    <message>
        <source>Hub OS OK</source>
        <translation>Hub OS correcto</translation>
    </message>
    <message>
        <source>Hub OS not called yet</source>
        <translation>Aún no se ha llamado a Hub OS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Hubbridge — %1 · %2</source>
        <translation>Hubbridge — %1 · %2</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>listener stopped</source>
        <translation>receptor detenido</translation>
    </message>
    <message>
        <source>The listener could not start: %1. Check the port in Settings.</source>
        <translation>No se pudo iniciar el receptor: %1. Revise el puerto en Configuración.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hub OS credentials are kept for this session only and must be entered again after a restart.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Las credenciales de Hub OS se guardan solo durante esta sesión y habrá que volver a introducirlas tras reiniciar.</translation>
    </message>
    <message>
        <source>Hub OS credentials are missing: every order is refused until you enter them in Settings.</source>
        <translation>Faltan las credenciales de Hub OS: se rechazarán todos los pedidos hasta que las introduzca en Configuración.</translation>
    </message>
    <message>
        <source>Hubbridge cannot write its history (%1). Orders are answered &quot;try again later&quot; until it can: free disk space or check the data folder&apos;s permissions.</source>
        <translation>Hubbridge no puede escribir su historial (%1). Hasta que pueda, los pedidos se responden con «vuelva a intentarlo más tarde»: libere espacio en disco o revise los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Hubbridge</source>
        <translation>&amp;Acerca de Hubbridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Hubbridge</source>
        <translation>Acerca de Hubbridge</translation>
    </message>
    <message>
        <source>Turns guest orders from Duve into housekeeping tasks in Hub OS.</source>
        <translation>Convierte los pedidos de los huéspedes en Duve en tareas de limpieza en Hub OS.</translation>
    </message>
    <message>
        <source>Copyright 2026 the Hubbridge authors.</source>
        <translation>Copyright 2026 los autores de Hubbridge.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. There is no warranty, to the extent permitted by law.</source>
        <translation>Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior. No hay garantía, en la medida permitida por la ley.</translation>
    </message>
    <message>
        <source>The listener is stopped: Duve&apos;s orders are refused until it runs again. Start listener on the Overview starts it.</source>
        <translation>El receptor está detenido: los pedidos de Duve se rechazan hasta que vuelva a estar en marcha. Puede iniciarlo con «Iniciar receptor» en la página Resumen.</translation>
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
        <translation>el ID externo de Duve está vacío</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is not a number</source>
        <translation>el ID externo de Duve «%1» no es un número</translation>
    </message>
    <message>
        <source>the Duve external ID &quot;%1&quot; is too long</source>
        <translation>el ID externo de Duve «%1» es demasiado largo</translation>
    </message>
    <message>
        <source>the Hub OS task type must be a positive number</source>
        <translation>el tipo de tarea de Hub OS debe ser un número positivo</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (a &quot; is missing)</source>
        <translation>línea %1: un campo entre comillas no está cerrado (falta una &quot;)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_external_id,hubos_task_type_id,label</source>
        <translation>línea 1: el archivo está vacío; se esperaba la cabecera duve_external_id,hubos_task_type_id,label</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_external_id,hubos_task_type_id,label (optionally followed by enabled)</source>
        <translation>línea %1: la cabecera debe ser duve_external_id,hubos_task_type_id,label (seguida opcionalmente de enabled)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>se esperaban %1 columnas y hay %2</translation>
    </message>
    <message>
        <source>the Hub OS task type &quot;%1&quot; is not a number</source>
        <translation>el tipo de tarea de Hub OS «%1» no es un número</translation>
    </message>
    <message>
        <source>enabled must be true or false, not &quot;%1&quot;</source>
        <translation>enabled debe ser true o false, no «%1»</translation>
    </message>
    <message>
        <source>the Duve external ID %1 appears more than once</source>
        <translation>el ID externo de Duve %1 aparece más de una vez</translation>
    </message>
    <message>
        <source>Hub OS has no task type %1 (neither in the catalogue nor in the list Hub OS gave)</source>
        <translation>Hub OS no tiene ningún tipo de tarea %1 (ni en el catálogo ni en la lista que dio Hub OS)</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header duve_room,hubos_room</source>
        <translation>línea 1: el archivo está vacío; se esperaba la cabecera duve_room,hubos_room</translation>
    </message>
    <message>
        <source>line %1: the header must be duve_room,hubos_room</source>
        <translation>línea %1: la cabecera debe ser duve_room,hubos_room</translation>
    </message>
    <message>
        <source>the Duve room name is empty</source>
        <translation>el nombre de la habitación de Duve está vacío</translation>
    </message>
    <message>
        <source>the Hub OS room for &quot;%1&quot; is empty</source>
        <translation>la habitación de Hub OS para «%1» está vacía</translation>
    </message>
    <message>
        <source>the Duve room &quot;%1&quot; appears more than once</source>
        <translation>la habitación de Duve «%1» aparece más de una vez</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Send orders with this ID to Hub OS</source>
        <translation>Enviar a Hub OS los pedidos con este ID</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Añadir correspondencia</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Editar correspondencia</translation>
    </message>
    <message>
        <source>When a guest orders a Duve service with this external ID, Hubbridge creates a Hub OS task of the chosen type.</source>
        <translation>Cuando un huésped pide un servicio de Duve con este ID externo, Hubbridge crea una tarea de Hub OS del tipo elegido.</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ej. 4</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>ID externo de Duve</translation>
    </message>
    <message>
        <source>The number set as External ID on the service in Duve</source>
        <translation>El número configurado como ID externo en el servicio de Duve</translation>
    </message>
    <message>
        <source>Duve &amp;external ID:</source>
        <translation>ID &amp;externo de Duve:</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (tipo %2)</translation>
    </message>
    <message>
        <source>Task type %1</source>
        <translation>Tipo de tarea %1</translation>
    </message>
    <message>
        <source>Choose a task type</source>
        <translation>Elija un tipo de tarea</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>Tipo de tarea de Hub OS</translation>
    </message>
    <message>
        <source>Hub OS &amp;task type:</source>
        <translation>&amp;Tipo de tarea de Hub OS:</translation>
    </message>
    <message>
        <source>Optional, e.g. Extra towels</source>
        <translation>Opcional, p. ej. Toallas extra</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Qué hay que corregir</translation>
    </message>
    <message>
        <source>Enter the Duve external ID (a number, e.g. 4).</source>
        <translation>Introduzca el ID externo de Duve (un número, p. ej. 4).</translation>
    </message>
    <message>
        <source>The Duve external ID must be a whole number, e.g. 4. &quot;%1&quot; is not.</source>
        <translation>El ID externo de Duve debe ser un número entero, p. ej. 4. «%1» no lo es.</translation>
    </message>
    <message>
        <source>Choose the Hub OS task type these orders become.</source>
        <translation>Elija el tipo de tarea de Hub OS en que se convierten estos pedidos.</translation>
    </message>
    <message>
        <source>The Duve external ID &quot;%1&quot; is too long (at most 18 digits).</source>
        <translation>El ID externo de Duve «%1» es demasiado largo (18 cifras como máximo).</translation>
    </message>
    <message>
        <source>External ID %1 is already mapped (to %2). Edit that row instead.</source>
        <translation>El ID externo %1 ya tiene correspondencia (con %2). Edite esa fila.</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Duve services → Hub OS task types</source>
        <translation>Servicios de Duve → tipos de tarea de Hub OS</translation>
    </message>
    <message>
        <source>Each Duve service carries an external ID. This table says which Hub OS task an order for it becomes. Changes apply to the next order.</source>
        <translation>Cada servicio de Duve lleva un ID externo. Esta tabla indica en qué tarea de Hub OS se convierte un pedido de ese servicio. Los cambios se aplican a partir del siguiente pedido.</translation>
    </message>
    <message>
        <source>Search ID, task type or label…</source>
        <translation>Buscar ID, tipo de tarea o etiqueta…</translation>
    </message>
    <message>
        <source>Search the mappings</source>
        <translation>Buscar en las correspondencias</translation>
    </message>
    <message>
        <source>Map another Duve external ID (Ctrl+N)</source>
        <translation>Asignar otro ID externo de Duve (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a mapping</source>
        <translation>Añadir una correspondencia</translation>
    </message>
    <message>
        <source>Edit the selected mapping</source>
        <translation>Editar la correspondencia seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected mapping</source>
        <translation>Eliminar la correspondencia seleccionada</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Reset to defaults…</source>
        <translation>Restablecer predeterminados…</translation>
    </message>
    <message>
        <source>Import mappings from a CSV file</source>
        <translation>Importar correspondencias desde un archivo CSV</translation>
    </message>
    <message>
        <source>Export mappings to a CSV file</source>
        <translation>Exportar las correspondencias a un archivo CSV</translation>
    </message>
    <message>
        <source>Reset the mappings to the 25 defaults</source>
        <translation>Restablecer las 25 correspondencias predeterminadas</translation>
    </message>
    <message>
        <source>Duve external ID</source>
        <translation>ID externo de Duve</translation>
    </message>
    <message>
        <source>Hub OS task type</source>
        <translation>Tipo de tarea de Hub OS</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>External-ID mappings</source>
        <translation>Correspondencias de ID externos</translation>
    </message>
    <message>
        <source>Duve room names → Hub OS rooms</source>
        <translation>Nombres de habitación de Duve → habitaciones de Hub OS</translation>
    </message>
    <message>
        <source>Task type %1 (not in the catalogue)</source>
        <translation>Tipo de tarea %1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>%1 (type %2)</source>
        <translation>%1 (tipo %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No — orders refused</source>
        <translation>No: pedidos rechazados</translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2. The next order uses it.</source>
        <translation>Guardado: ID externo %1 → %2. El próximo pedido ya lo usa.</translation>
    </message>
    <message>
        <source>The mapping could not be saved (the database refused the write).</source>
        <translation>No se pudo guardar la correspondencia (la base de datos rechazó la escritura).</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Eliminar correspondencia</translation>
    </message>
    <message>
        <source>Delete the mapping of external ID %1 (%2)?</source>
        <translation>¿Eliminar la correspondencia del ID externo %1 (%2)?</translation>
    </message>
    <message>
        <source>Orders for this service will be refused as &quot;unknown external ID&quot; until it is mapped again.</source>
        <translation>Los pedidos de este servicio se rechazarán como «ID externo desconocido» hasta que vuelva a tener correspondencia.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted the mapping of external ID %1.</source>
        <translation>Se ha eliminado la correspondencia del ID externo %1.</translation>
    </message>
    <message>
        <source>The mapping could not be deleted.</source>
        <translation>No se pudo eliminar la correspondencia.</translation>
    </message>
    <message>
        <source>The mappings could not be saved.</source>
        <translation>No se pudieron guardar las correspondencias.</translation>
    </message>
    <message>
        <source>Reset mappings</source>
        <translation>Restablecer correspondencias</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n current mapping(s) with the 25 default ones?</source>
        <translation>
            <numerusform>¿Sustituir la correspondencia actual por las 25 predeterminadas?</numerusform>
            <numerusform>¿Sustituir las %n correspondencias actuales por las 25 predeterminadas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each default maps an external ID to the Hub OS task type with the same number.</source>
        <translation>Cada correspondencia predeterminada asigna un ID externo al tipo de tarea de Hub OS con el mismo número.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>The 25 default mappings are back.</source>
        <translation>Se han restablecido las 25 correspondencias predeterminadas.</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Importar correspondencias</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>No se puede leer %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>No se ha importado nada: hay que corregir %n línea del archivo.</numerusform>
            <numerusform>No se ha importado nada: hay que corregir %n líneas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… y %n más</numerusform>
            <numerusform>
… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Importación rechazada: %1</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Exportar correspondencias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>No se puede escribir %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n correspondencia a %1.</numerusform>
            <numerusform>Se han exportado %n correspondencias a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: external ID %1 → %2, switched off. Its orders are refused until you switch it on again.</source>
        <translation>Guardado: ID externo %1 → %2, desactivado. Sus pedidos se rechazan hasta que vuelva a activarlo.</translation>
    </message>
    <message>
        <source>%1 → %2 (type %3)</source>
        <translation>%1 → %2 (tipo %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>, label &quot;%1&quot;</source>
        <translation>, etiqueta «%1»</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, desactivado</translation>
    </message>
    <message>
        <source>%1 holds the same mappings as the table: nothing to import.</source>
        <translation>%1 contiene las mismas correspondencias que la tabla: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s) from %1?</source>
        <translation>
            <numerusform>¿Importar %n correspondencia desde %1?</numerusform>
            <numerusform>¿Importar %n correspondencias desde %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the table now:</source>
        <translation>Comparado con la tabla actual:</translation>
    </message>
    <message numerus="yes">
        <source>%n new external ID(s) added</source>
        <translation>
            <numerusform>%n ID externo nuevo añadido</numerusform>
            <numerusform>%n ID externos nuevos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n correspondencia modificada</numerusform>
            <numerusform>%n correspondencias modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n igual que ahora</numerusform>
            <numerusform>%n iguales que ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table but not in the file</source>
        <translation>
            <numerusform>%n en la tabla pero no en el archivo</numerusform>
            <numerusform>%n en la tabla pero no en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the table&quot; removes the %n mapping(s) not in the file: orders for them are then refused as &quot;unknown external ID&quot;. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>«Sustituir la tabla» elimina %n correspondencia que no está en el archivo: sus pedidos se rechazarán entonces como «ID externo desconocido». «Solo añadir y actualizar» la conserva.</numerusform>
            <numerusform>«Sustituir la tabla» elimina las %n correspondencias que no están en el archivo: sus pedidos se rechazarán entonces como «ID externo desconocido». «Solo añadir y actualizar» las conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Sustituir la tabla</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>Solo añadir y actualizar</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadida: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modificada: %1</translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>No está en el archivo: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificado</numerusform>
            <numerusform>%n modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Importado desde %1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeChip</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Give Duve support this webhook URL:</source>
        <translation>Dé al soporte de Duve esta URL de webhook:</translation>
    </message>
    <message>
        <source>Webhook URL for Duve</source>
        <translation>URL del webhook para Duve</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Copiar la URL del webhook</translation>
    </message>
    <message>
        <source>Start or stop the listener</source>
        <translation>Iniciar o detener el receptor</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>Requests per hour, last 24 hours</source>
        <translation>Solicitudes por hora, últimas 24 horas</translation>
    </message>
    <message>
        <source>Requests per hour chart</source>
        <translation>Gráfico de solicitudes por hora</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Orders from Duve are received on port %1.</source>
        <translation>Los pedidos de Duve se reciben en el puerto %1.</translation>
    </message>
    <message>
        <source>&amp;Stop listener</source>
        <translation>&amp;Detener receptor</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Duve&apos;s orders are not received.</source>
        <translation>No se reciben los pedidos de Duve.</translation>
    </message>
    <message>
        <source>&amp;Start listener</source>
        <translation>&amp;Iniciar receptor</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Aún sin llamadas</translation>
    </message>
    <message>
        <source>Built-in sandbox (no real tasks are created)</source>
        <translation>Entorno de pruebas integrado (no se crean tareas reales)</translation>
    </message>
    <message>
        <source>Not configured: enter the Hub OS URL in Settings.</source>
        <translation>Sin configurar: introduzca la URL de Hub OS en Configuración.</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Último éxito: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>Último error: %1 — %2</translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation>Último error: ninguno</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>pedido n.º %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>habitación %1</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Pedidos hoy</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>Creados hoy</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Problems by cause</source>
        <translation>Problemas por causa</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the newest order of the cause in the history</source>
        <translation>Doble clic o Intro para abrir en el historial el pedido más reciente de esta causa</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s) retrying</source>
        <translation>
            <numerusform>%1 — %n pedido en reintento</numerusform>
            <numerusform>%1 — %n pedidos en reintento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n pedido</numerusform>
            <numerusform>%1 — %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Último: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention. Every order reached Hub OS.</source>
        <translation>Nada requiere atención. Todos los pedidos llegaron a Hub OS.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>Copi&amp;ar todo para Duve</translation>
    </message>
    <message>
        <source>The webhook URL and the three custom headers, ready to paste into a message to Duve support</source>
        <translation>La URL del webhook y las tres cabeceras personalizadas, listas para pegar en un mensaje al soporte de Duve</translation>
    </message>
    <message>
        <source>Copy the URL and the headers for Duve</source>
        <translation>Copiar la URL y las cabeceras para Duve</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2: %n request(s)</source>
        <translation>
            <numerusform>%1–%2: %n solicitud</numerusform>
            <numerusform>%1–%2: %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them in the history</source>
        <translation>Haga clic para verlas en el historial</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>Marcar resueltos…</translation>
    </message>
    <message>
        <source>Fix the chosen cause</source>
        <translation>Resolver la causa elegida</translation>
    </message>
    <message>
        <source>Mark the orders of the chosen cause handled</source>
        <translation>Marcar como resueltos los pedidos de la causa elegida</translation>
    </message>
    <message>
        <source>Mark the orders of this cause as handled by hand (the guests were served another way): they leave the problems</source>
        <translation>Marcar los pedidos de esta causa como resueltos a mano (los huéspedes fueron atendidos de otra forma): salen de los problemas</translation>
    </message>
    <message>
        <source>Add mapping for %1…</source>
        <translation>Añadir correspondencia para %1…</translation>
    </message>
    <message>
        <source>Map external ID %1 to a Hub OS task type, then resend these orders</source>
        <translation>Haga corresponder el ID externo %1 con un tipo de tarea de Hub OS y luego reenvíe estos pedidos</translation>
    </message>
    <message>
        <source>Add room name for %1…</source>
        <translation>Añadir nombre de habitación para %1…</translation>
    </message>
    <message>
        <source>Say which Hub OS room Duve&apos;s room %1 is, then resend these orders</source>
        <translation>Indique qué habitación de Hub OS es la habitación %1 de Duve y luego reenvíe estos pedidos</translation>
    </message>
    <message numerus="yes">
        <source>Resend these %n orders</source>
        <translation>
            <numerusform>Reenviar este pedido</numerusform>
            <numerusform>Reenviar estos %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The set-up is fixed: send the newest request of each of these orders to Hub OS again</source>
        <translation>La configuración está corregida: enviar de nuevo a Hub OS la solicitud más reciente de cada uno de estos pedidos</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Hubbridge tries again by itself at %1; this tries every waiting order now</source>
        <translation>Hubbridge vuelve a intentarlo por sí solo a las %1; esto intenta ahora todos los pedidos en espera</translation>
    </message>
    <message>
        <source>Try every waiting order now</source>
        <translation>Intentar ahora todos los pedidos en espera</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configuración</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials are in Settings, where &quot;Copy everything for Duve&quot; gives the ones Duve must send</source>
        <translation>Las credenciales de Duve están en Configuración, donde «Copiar todo para Duve» da las que Duve debe enviar</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>Mostrar en el historial</translation>
    </message>
    <message>
        <source>Show these orders in the history</source>
        <translation>Mostrar estos pedidos en el historial</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n waiting order(s) again now…</source>
        <translation>
            <numerusform>Reintentando ahora el pedido en espera…</numerusform>
            <numerusform>Reintentando ahora %n pedidos en espera…</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting orders are being delivered right now.</source>
        <translation>Los pedidos en espera se están entregando en este momento.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n order(s) of “%1” to Hub OS again?</source>
        <translation>
            <numerusform>¿Enviar de nuevo a Hub OS el pedido de «%1»?</numerusform>
            <numerusform>¿Enviar de nuevo a Hub OS los %n pedidos de «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by hand</source>
        <translation>Resuelto a mano</translation>
    </message>
    <message numerus="yes">
        <source>What was done for these %n order(s) (for example: towels brought by the night porter)?</source>
        <translation>
            <numerusform>¿Qué se hizo con este pedido (por ejemplo: el conserje de noche llevó las toallas)?</numerusform>
            <numerusform>¿Qué se hizo con estos %n pedidos (por ejemplo: el conserje de noche llevó las toallas)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be marked handled (the database refused the write).</source>
        <translation>
            <numerusform>%n pedido no se pudo marcar como resuelto (la base de datos rechazó la escritura).</numerusform>
            <numerusform>%n pedidos no se pudieron marcar como resueltos (la base de datos rechazó la escritura).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked handled by hand.</source>
        <translation>
            <numerusform>%n pedido marcado como resuelto a mano.</numerusform>
            <numerusform>%n pedidos marcados como resueltos a mano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresHistoryStore</name>
    <message>
        <source>The database URL holds a password. Hubbridge does not keep it in its settings: put it in a PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names), in PGPASSWORD, or in a systemd credential, and remove it from the URL.</source>
        <translation>La URL de la base de datos contiene una contraseña. Hubbridge no la guarda en su configuración: póngala en un archivo de contraseñas de PostgreSQL (~/.pgpass, o el archivo que indique PGPASSFILE), en PGPASSWORD o en una credencial de systemd, y quítela de la URL.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>Duve&apos;s credentials no longer match: %n request(s) since %1</source>
        <translation>
            <numerusform>Las credenciales de Duve ya no coinciden: %n solicitud desde las %1</numerusform>
            <numerusform>Las credenciales de Duve ya no coinciden: %n solicitudes desde las %1</numerusform>
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
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>room number</source>
        <translation>número de habitación</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>verified first name</source>
        <translation>nombre verificado</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>ID del pedido</translation>
    </message>
    <message>
        <source>External ID %1 is not in the mapping table (or is switched off). Add it on the Mappings page, then resend the order.</source>
        <translation>El ID externo %1 no está en la tabla de correspondencias (o está desactivado). Añádalo en la página Correspondencias y vuelva a enviar el pedido.</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1. Check the room&apos;s name in Hub OS, or map it on the Mappings page (Rooms), then resend the order.</source>
        <translation>Hub OS no conoce la habitación %1. Compruebe su nombre en Hub OS o asígnela en la página Correspondencias (Habitaciones) y vuelva a enviar el pedido.</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1. Correct the mapping on the Mappings page, then resend the order.</source>
        <translation>Hub OS no conoce el tipo de tarea %1. Corrija la correspondencia en la página Correspondencias y vuelva a enviar el pedido.</translation>
    </message>
    <message>
        <source>The order from Duve is missing: %1.</source>
        <translation>Al pedido de Duve le falta: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The order has %1 items, more than Hubbridge takes in one order.</source>
        <translation>El pedido tiene %1 artículos, más de los que Hubbridge acepta en un pedido.</translation>
    </message>
    <message>
        <source>The request carried the hotel&apos;s credentials but not a Duve order Hubbridge can read.</source>
        <translation>La solicitud traía las credenciales del hotel, pero no un pedido de Duve que Hubbridge pueda leer.</translation>
    </message>
    <message>
        <source>Hub OS refused the task with an unexpected answer (HTTP %1).</source>
        <translation>Hub OS rechazó la tarea con una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <source>Hub OS could not be reached or did not answer in time.</source>
        <translation>No se pudo contactar con Hub OS o no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Hub OS refused Hubbridge&apos;s credentials. Check them in Settings.</source>
        <translation>Hub OS rechazó las credenciales de Hubbridge. Revíselas en Ajustes.</translation>
    </message>
    <message>
        <source>The request did not carry the hotel&apos;s Duve credentials.</source>
        <translation>La solicitud no traía las credenciales de Duve del hotel.</translation>
    </message>
    <message>
        <source>Not a Duve webhook (%1).</source>
        <translation>No es un webhook de Duve (%1).</translation>
    </message>
    <message>
        <source>Refused before it was read (HTTP %1).</source>
        <translation>Rechazada antes de leerla (HTTP %1).</translation>
    </message>
    <message>
        <source>An order from Duve was refused before it was read (HTTP %1): it was too large or too slow.</source>
        <translation>Un pedido de Duve fue rechazado antes de leerlo (HTTP %1): era demasiado grande o demasiado lento.</translation>
    </message>
    <message>
        <source>The history could not record the request; Duve was asked to send it again.</source>
        <translation>El historial no pudo registrar la solicitud; se pidió a Duve que la envíe de nuevo.</translation>
    </message>
    <message>
        <source>Hubbridge stopped before it could answer.</source>
        <translation>Hubbridge se detuvo antes de poder responder.</translation>
    </message>
    <message>
        <source>Handled by hand by %1.</source>
        <translation>Resuelto a mano por %1.</translation>
    </message>
    <message>
        <source>Unknown external ID %1</source>
        <translation>ID externo %1 desconocido</translation>
    </message>
    <message>
        <source>Hub OS does not know room %1</source>
        <translation>Hub OS no conoce la habitación %1</translation>
    </message>
    <message>
        <source>Hub OS does not know task type %1</source>
        <translation>Hub OS no conoce el tipo de tarea %1</translation>
    </message>
    <message>
        <source>Orders Duve sent incomplete</source>
        <translation>Pedidos que Duve envió incompletos</translation>
    </message>
    <message>
        <source>Hub OS refused the task (HTTP %1)</source>
        <translation>Hub OS rechazó la tarea (HTTP %1)</translation>
    </message>
    <message>
        <source>Hub OS unreachable</source>
        <translation>Hub OS inaccesible</translation>
    </message>
    <message>
        <source>Hub OS refuses Hubbridge&apos;s credentials</source>
        <translation>Hub OS rechaza las credenciales de Hubbridge</translation>
    </message>
    <message>
        <source>Duve&apos;s credentials no longer match</source>
        <translation>Las credenciales de Duve ya no coinciden</translation>
    </message>
    <message>
        <source>Orders refused before they were read</source>
        <translation>Pedidos rechazados antes de leerlos</translation>
    </message>
    <message>
        <source>The history could not record orders</source>
        <translation>El historial no pudo registrar pedidos</translation>
    </message>
    <message>
        <source>Interrupted by a stop</source>
        <translation>Interrumpidos por una parada</translation>
    </message>
    <message>
        <source>Another Hubbridge instance was still delivering this order; Duve was asked to send it again.</source>
        <translation>Otra instancia de Hubbridge seguía entregando este pedido; se pidió a Duve que lo enviara de nuevo.</translation>
    </message>
    <message>
        <source>Delivered by another instance</source>
        <translation>Entregado por otra instancia</translation>
    </message>
</context>
<context>
    <name>ResendRun</name>
    <message>
        <source>Resend orders</source>
        <translation>Reenviar pedidos</translation>
    </message>
    <message>
        <source>Hub OS recognises orders it already has, so no task is created twice.</source>
        <translation>Hub OS reconoce los pedidos que ya tiene, así que no se crea ninguna tarea dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n</source>
        <translation>
            <numerusform>Reenviar %n</numerusform>
            <numerusform>Reenviar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending orders again…</source>
        <translation>Reenviando pedidos…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n order(s) again: %2 created, %3 not.</source>
        <translation>
            <numerusform>Reenviados %1 de %n pedido: %2 creados, %3 no.</numerusform>
            <numerusform>Reenviados %1 de %n pedidos: %2 creados, %3 no.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsMapping</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Room name in Duve</source>
        <translation>Nombre de la habitación en Duve</translation>
    </message>
    <message>
        <source>Room in Hub OS</source>
        <translation>Habitación en Hub OS</translation>
    </message>
    <message>
        <source>Room mappings</source>
        <translation>Correspondencias de habitaciones</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Añadir habitación…</translation>
    </message>
    <message>
        <source>Add a room mapping</source>
        <translation>Añadir una correspondencia de habitación</translation>
    </message>
    <message>
        <source>Edit the selected room mapping</source>
        <translation>Editar la correspondencia de habitación seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected room mapping</source>
        <translation>Eliminar la correspondencia de habitación seleccionada</translation>
    </message>
    <message>
        <source>Rooms not listed keep their Duve name.</source>
        <translation>Las habitaciones que no figuran conservan su nombre de Duve.</translation>
    </message>
    <message>
        <source>Add room mapping</source>
        <translation>Añadir correspondencia de habitación</translation>
    </message>
    <message>
        <source>Edit room mapping</source>
        <translation>Editar correspondencia de habitación</translation>
    </message>
    <message>
        <source>As Duve sends it, e.g. Room 12</source>
        <translation>Tal como la envía Duve, p. ej. Room 12</translation>
    </message>
    <message>
        <source>As Hub OS knows it, e.g. 012</source>
        <translation>Tal como la conoce Hub OS, p. ej. 012</translation>
    </message>
    <message>
        <source>Room name in &amp;Duve:</source>
        <translation>Nombre de la habitación en &amp;Duve:</translation>
    </message>
    <message>
        <source>Room in &amp;Hub OS:</source>
        <translation>Habitación en &amp;Hub OS:</translation>
    </message>
    <message>
        <source>Enter both room names.</source>
        <translation>Introduzca los dos nombres de habitación.</translation>
    </message>
    <message>
        <source>Duve room &quot;%1&quot; is already mapped to &quot;%2&quot;.</source>
        <translation>La habitación de Duve «%1» ya corresponde a «%2».</translation>
    </message>
    <message>
        <source>Delete room mapping</source>
        <translation>Eliminar correspondencia de habitación</translation>
    </message>
    <message>
        <source>Delete the mapping of Duve room &quot;%1&quot;? Orders for it will go to Hub OS room &quot;%1&quot;.</source>
        <translation>¿Eliminar la correspondencia de la habitación de Duve «%1»? Sus pedidos irán a la habitación «%1» de Hub OS.</translation>
    </message>
    <message>
        <source>Import room names from a CSV file</source>
        <translation>Importar nombres de habitación desde un archivo CSV</translation>
    </message>
    <message>
        <source>Export room names to a CSV file</source>
        <translation>Exportar los nombres de habitación a un archivo CSV</translation>
    </message>
    <message>
        <source>Import room names</source>
        <translation>Importar nombres de habitación</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export room names</source>
        <translation>Exportar nombres de habitación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>No se puede escribir %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n room name(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n nombre de habitación a %1.</numerusform>
            <numerusform>Se han exportado %n nombres de habitación a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>No se puede leer %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need fixing.</source>
        <translation>
            <numerusform>No se ha importado nada: hay que corregir %n línea del archivo.</numerusform>
            <numerusform>No se ha importado nada: hay que corregir %n líneas del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Importación rechazada: %1</translation>
    </message>
    <message>
        <source>%1 holds the same room names as the list: nothing to import.</source>
        <translation>%1 contiene los mismos nombres de habitación que la lista: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n room name(s) from %1?</source>
        <translation>
            <numerusform>¿Importar %n nombre de habitación desde %1?</numerusform>
            <numerusform>¿Importar %n nombres de habitación desde %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the list now:</source>
        <translation>Comparado con la lista actual:</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation>
            <numerusform>%n habitación añadida</numerusform>
            <numerusform>%n habitaciones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) changed</source>
        <translation>
            <numerusform>%n habitación modificada</numerusform>
            <numerusform>%n habitaciones modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as now</source>
        <translation>
            <numerusform>%n igual que ahora</numerusform>
            <numerusform>%n iguales que ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the list but not in the file</source>
        <translation>
            <numerusform>%n en la lista pero no en el archivo</numerusform>
            <numerusform>%n en la lista pero no en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Replace the list&quot; removes the %n room name(s) not in the file: those rooms then go to Hub OS as Duve names them. &quot;Add and update only&quot; keeps them.</source>
        <translation>
            <numerusform>«Sustituir la lista» elimina %n nombre de habitación que no está en el archivo: esa habitación se enviará entonces a Hub OS tal como la llama Duve. «Solo añadir y actualizar» lo conserva.</numerusform>
            <numerusform>«Sustituir la lista» elimina los %n nombres de habitación que no están en el archivo: esas habitaciones se enviarán entonces a Hub OS tal como las llama Duve. «Solo añadir y actualizar» los conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>Sustituir la lista</translation>
    </message>
    <message>
        <source>Add and update only</source>
        <translation>Solo añadir y actualizar</translation>
    </message>
    <message>
        <source>Added: %1 → %2</source>
        <translation>Añadida: %1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Modificada: %1 → %2</translation>
    </message>
    <message>
        <source>Not in the file: %1 → %2</source>
        <translation>No está en el archivo: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificado</numerusform>
            <numerusform>%n modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported room names from %1: %2.</source>
        <translation>Nombres de habitación importados desde %1: %2.</translation>
    </message>
    <message>
        <source>Some room names could not be saved.</source>
        <translation>No se pudieron guardar algunos nombres de habitación.</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation>No se puede abrir la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>The Hub OS sandbox cannot start: %1</source>
        <translation>No se puede iniciar el entorno de pruebas de Hub OS: %1</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>No hay ninguna copia de seguridad desde la que restaurar.</translation>
    </message>
    <message>
        <source>The newest backup, checked when it was made, is %1 (%2).</source>
        <translation>La copia de seguridad más reciente, comprobada al hacerla, es %1 (%2).</translation>
    </message>
    <message>
        <source>The metrics listener cannot start: %1</source>
        <translation>El servicio de métricas no puede iniciarse: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Order id:</source>
        <translation>ID del pedido:</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Número de pedido:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Habitación:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>ID externo:</translation>
    </message>
    <message>
        <source>Items (list):</source>
        <translation>Artículos (lista):</translation>
    </message>
    <message>
        <source>Item external ID:</source>
        <translation>ID externo del artículo:</translation>
    </message>
    <message>
        <source>Item quantity:</source>
        <translation>Cantidad del artículo:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nombre del servicio:</translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation>Hora de entrega:</translation>
    </message>
    <message>
        <source>Special request:</source>
        <translation>Petición especial:</translation>
    </message>
    <message>
        <source>Reservation id:</source>
        <translation>ID de la reserva:</translation>
    </message>
    <message>
        <source>Use the built-in Hub OS sandbox (no real tasks are created)</source>
        <translation>Usar el entorno de pruebas de Hub OS integrado (no se crean tareas reales)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Start listening when Hubbridge opens</source>
        <translation>Empezar a escuchar al abrir Hubbridge</translation>
    </message>
    <message>
        <source>Start Hubbridge when I log in</source>
        <translation>Iniciar Hubbridge al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Hub OS</source>
        <translation>Hub OS</translation>
    </message>
    <message>
        <source>https://…, given by Hub OS</source>
        <translation>https://…, facilitada por Hub OS</translation>
    </message>
    <message>
        <source>Hub OS URL</source>
        <translation>URL de Hub OS</translation>
    </message>
    <message>
        <source>Hub OS &amp;URL:</source>
        <translation>&amp;URL de Hub OS:</translation>
    </message>
    <message>
        <source>Hotel ID</source>
        <translation>ID del hotel</translation>
    </message>
    <message>
        <source>&amp;Hotel ID:</source>
        <translation>ID del &amp;hotel:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Password token</source>
        <translation>Token de contraseña</translation>
    </message>
    <message>
        <source>&amp;Password token:</source>
        <translation>Token de &amp;contraseña:</translation>
    </message>
    <message>
        <source>Use the Hub OS sandbox</source>
        <translation>Usar el entorno de pruebas de Hub OS</translation>
    </message>
    <message>
        <source>Test the connection to Hub OS</source>
        <translation>Probar la conexión con Hub OS</translation>
    </message>
    <message>
        <source>Asks Hub OS for its task types with these credentials</source>
        <translation>Pide a Hub OS sus tipos de tarea con estas credenciales</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Listener (where Duve sends orders)</source>
        <translation>Receptor (adonde Duve envía los pedidos)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Todas las interfaces de red (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este equipo (127.0.0.1)</translation>
    </message>
    <message>
        <source>Listener bind address</source>
        <translation>Dirección de escucha del receptor</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <source>Start listening on launch</source>
        <translation>Empezar a escuchar al abrir</translation>
    </message>
    <message>
        <source>Delivery to Hub OS</source>
        <translation>Entrega a Hub OS</translation>
    </message>
    <message>
        <source>Attempts per task</source>
        <translation>Intentos por tarea</translation>
    </message>
    <message>
        <source>Attempts &amp;before answering Duve:</source>
        <translation>Intentos a&amp;ntes de responder a Duve:</translation>
    </message>
    <message>
        <source>Background retry schedule in seconds</source>
        <translation>Calendario de reintentos en segundo plano, en segundos</translation>
    </message>
    <message>
        <source>&amp;Retry later after (seconds):</source>
        <translation>&amp;Reintentar más tarde tras (segundos):</translation>
    </message>
    <message>
        <source>When Hub OS cannot be reached, the order is tried again in the background after each of these waits.</source>
        <translation>Si no se puede contactar con Hub OS, el pedido se vuelve a intentar en segundo plano tras cada una de estas esperas.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source>Keep history for days</source>
        <translation>Días que se conserva el historial</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Conser&amp;var el historial:</translation>
    </message>
    <message>
        <source>Where fields are read in Duve&apos;s order</source>
        <translation>Dónde se leen los campos en el pedido de Duve</translation>
    </message>
    <message>
        <source>Dotted paths, separated by commas; the first that has a value wins</source>
        <translation>Rutas con puntos, separadas por comas; se usa la primera que tenga valor</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <source>Revert the settings</source>
        <translation>Deshacer los cambios de configuración</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>The Hub OS URL must start with https:// (or http://) and name a server.</source>
        <translation>La URL de Hub OS debe empezar por https:// (o http://) e indicar un servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on (use 0.0.0.0 for all).</source>
        <translation>«%1» no es una dirección IP en la que escuchar (use 0.0.0.0 para todas).</translation>
    </message>
    <message>
        <source>The retry schedule is a list of waits in seconds, e.g. 60, 300, 900. &quot;%1&quot; is not a number of seconds.</source>
        <translation>El calendario de reintentos es una lista de esperas en segundos, p. ej. 60, 300, 900. «%1» no es un número de segundos.</translation>
    </message>
    <message>
        <source>Every payload field needs at least one path (empty: %1).</source>
        <translation>Cada campo del contenido necesita al menos una ruta (vacío: %1).</translation>
    </message>
    <message>
        <source>Enter all three Hub OS credentials (hotel ID, access token, password token), or none.</source>
        <translation>Introduzca las tres credenciales de Hub OS (ID del hotel, token de acceso, token de contraseña) o ninguna.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved, but no system keychain is available (%1): the credentials are kept for this session only.</source>
        <translation>Guardado, pero no hay ningún llavero del sistema disponible (%1): las credenciales se guardan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The listener now runs on port %1: give Duve the new URL.</source>
        <translation>El receptor funciona ahora en el puerto %1: dé a Duve la nueva URL.</translation>
    </message>
    <message>
        <source>The listener could not move to the new address: %1</source>
        <translation>El receptor no pudo pasar a la nueva dirección: %1</translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation>No se pudo configurar el inicio con la sesión: %1</translation>
    </message>
    <message>
        <source>The credentials come from the HUBBRIDGE_* environment variables.</source>
        <translation>Las credenciales vienen de las variables de entorno HUBBRIDGE_*.</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>Leyendo el llavero del sistema…</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The credentials are kept for this session only, never written to disk.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Las credenciales se guardan solo durante esta sesión y nunca se escriben en el disco.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The credentials are stored in the system keychain when you save.</source>
        <translation>Las credenciales se guardan en el llavero del sistema al guardar.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>No se puede iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>Enter the Hub OS URL first.</source>
        <translation>Introduzca primero la URL de Hub OS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>Enter the hotel ID and both tokens first.</source>
        <translation>Introduzca primero el ID del hotel y los dos tokens.</translation>
    </message>
    <message>
        <source>Asking Hub OS…</source>
        <translation>Consultando a Hub OS…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Hub OS accepted the credentials and knows %n task type(s).</source>
        <translation>
            <numerusform>Conectado. Hub OS ha aceptado las credenciales y conoce %n tipo de tarea.</numerusform>
            <numerusform>Conectado. Hub OS ha aceptado las credenciales y conoce %n tipos de tarea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Hub OS accepted the credentials.</source>
        <translation>Conectado. Hub OS ha aceptado las credenciales.</translation>
    </message>
    <message>
        <source>Hub OS refused the credentials (HTTP %1). Check the hotel ID and both tokens.</source>
        <translation>Hub OS ha rechazado las credenciales (HTTP %1). Revise el ID del hotel y los dos tokens.</translation>
    </message>
    <message>
        <source>Hub OS could not be reached at %1 (%2). Check the URL and the network.</source>
        <translation>No se pudo contactar con Hub OS en %1 (%2). Revise la URL y la red.</translation>
    </message>
    <message>
        <source>Hub OS answered HTTP %1 at %2, not the task list. Check the URL.</source>
        <translation>Hub OS respondió HTTP %1 en %2, no la lista de tareas. Revise la URL.</translation>
    </message>
    <message>
        <source>Preview: the last order received (%1, entry %2).</source>
        <translation>Vista previa: el último pedido recibido (%1, registro %2).</translation>
    </message>
    <message>
        <source>The preview appears once Duve has sent an order.</source>
        <translation>La vista previa aparece cuando Duve haya enviado un pedido.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <extracomment>What a payload path finds in the last order (the arrow follows the text).</extracomment>
        <translation>(no se encontró nada)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>A new language shows after you quit Hubbridge (tray menu → Quit) and start it again; closing the window is not enough.</source>
        <translation>El nuevo idioma se muestra después de salir de Hubbridge (menú de la bandeja → Salir) y volver a iniciarlo; no basta con cerrar la ventana.</translation>
    </message>
    <message>
        <source>A new language shows after you close Hubbridge and start it again.</source>
        <translation>El nuevo idioma se muestra después de cerrar Hubbridge y volver a iniciarlo.</translation>
    </message>
    <message>
        <source>Copy everything for &amp;Duve</source>
        <translation>Copi&amp;ar todo para Duve</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar el token de acceso</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Ocultar el token de acceso</translation>
    </message>
    <message>
        <source>Show the password token</source>
        <translation>Mostrar el token de contraseña</translation>
    </message>
    <message>
        <source>Hide the password token</source>
        <translation>Ocultar el token de contraseña</translation>
    </message>
    <message>
        <source>Copy the URL and headers for Duve</source>
        <translation>Copiar la URL y las cabeceras para Duve</translation>
    </message>
    <message>
        <source>The webhook URL and Duve&apos;s three headers with the saved credentials, ready to paste into an e-mail to Duve support. The header values are secrets.</source>
        <translation>La URL del webhook y las tres cabeceras de Duve con las credenciales guardadas, listas para pegar en un correo electrónico al soporte de Duve. Los valores de las cabeceras son secretos.</translation>
    </message>
    <message>
        <source>Change these only when Duve support or your IT person says so: they tell Hubbridge where it finds the room, the guest and the external ID in Duve&apos;s orders.</source>
        <translation>Cámbielos solo si se lo indica el soporte de Duve o su responsable de informática: indican a Hubbridge dónde encontrar la habitación, el huésped y el ID externo en los pedidos de Duve.</translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation>Mostrar los campos</translation>
    </message>
    <message>
        <source>Show where fields are read</source>
        <translation>Mostrar dónde se leen los campos</translation>
    </message>
    <message>
        <source>Hide the fields</source>
        <translation>Ocultar los campos</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too: give Duve support the new headers (Copy everything for Duve).</source>
        <translation>Duve también debe enviar las nuevas credenciales: dé al soporte de Duve las nuevas cabeceras (Copiar todo para Duve).</translation>
    </message>
    <message>
        <source>Enter and save the Hub OS credentials first: Duve sends them as its three headers.</source>
        <translation>Introduzca y guarde primero las credenciales de Hub OS: Duve las envía como sus tres cabeceras.</translation>
    </message>
    <message>
        <source>Copied the webhook URL and Duve&apos;s three headers: paste them into an e-mail to Duve support.</source>
        <translation>Se han copiado la URL del webhook y las tres cabeceras de Duve: péguelas en un correo electrónico al soporte de Duve.</translation>
    </message>
    <message>
        <source>Replace %1 in the URL with the address Duve reaches this computer at from the internet.</source>
        <translation>Sustituya %1 en la URL por la dirección con la que Duve llega a este equipo desde internet.</translation>
    </message>
    <message>
        <source>Tell Duve support</source>
        <translation>Informar al soporte de Duve</translation>
    </message>
    <message>
        <source>Duve must send the new credentials too.</source>
        <translation>Duve también debe enviar las nuevas credenciales.</translation>
    </message>
    <message>
        <source>Duve sends the hotel ID and both tokens as its three custom headers with every order. Until Duve support has the new values, Duve&apos;s orders are refused (WEB_HUK_INVALID_CREDS).</source>
        <translation>Duve envía el ID del hotel y los dos tokens como sus tres cabeceras personalizadas con cada pedido. Hasta que el soporte de Duve tenga los nuevos valores, los pedidos de Duve se rechazan (WEB_HUK_INVALID_CREDS).</translation>
    </message>
    <message>
        <source>Copy everything for Duve</source>
        <translation>Copiar todo para Duve</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history database was damaged (%1). It was moved aside to %2 and a new history was started.</source>
        <translation>La base de datos del historial estaba dañada (%1). Se ha apartado como %2 y se ha empezado un historial nuevo.</translation>
    </message>
    <message>
        <source>The history database is damaged (%1). Hubbridge goes on working; at its next start it moves the damaged file aside and starts a fresh history. Backups are in the backups folder next to it.</source>
        <translation>La base de datos del historial está dañada (%1). Hubbridge sigue funcionando; en el próximo inicio apartará el archivo dañado y empezará un historial nuevo. Las copias de seguridad están en la carpeta backups, junto a él.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>No se pudo leer nada del archivo dañado.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n mapping(s), </source>
        <translation>
            <numerusform>Recuperado de él: %n asignación, </numerusform>
            <numerusform>Recuperado de él: %n asignaciones, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room name(s), </source>
        <translation>
            <numerusform>%n nombre de habitación, </numerusform>
            <numerusform>%n nombres de habitación, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation room(s) and </source>
        <translation>
            <numerusform>%n habitación de reserva y </numerusform>
            <numerusform>%n habitaciones de reserva y </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a retry. </source>
        <translation>
            <numerusform>%n pedido en espera de un nuevo intento. </numerusform>
            <numerusform>%n pedidos en espera de un nuevo intento. </numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of the history was not carried over; it is still in the damaged file.</source>
        <translation>El resto del historial no se ha trasladado; sigue en el archivo dañado.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: %2 free, and Hubbridge needs at least %3 free there to record orders. Free some space on that disk (%4), or move the data folder to another disk. (SQLite: %5)</source>
        <translation>El disco que contiene %1 está lleno: quedan %2 libres y Hubbridge necesita al menos %3 libres allí para registrar pedidos. Libere espacio en ese disco (%4) o mueva la carpeta de datos a otro disco. (SQLite: %5)</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation>No se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Change bed sheets</source>
        <translation>Cambiar sábanas</translation>
    </message>
    <message>
        <source>Request cleaning</source>
        <translation>Solicitar limpieza</translation>
    </message>
    <message>
        <source>Serve towels</source>
        <translation>Llevar toallas</translation>
    </message>
    <message>
        <source>Check minibar</source>
        <translation>Revisar minibar</translation>
    </message>
    <message>
        <source>Serve pillows</source>
        <translation>Llevar almohadas</translation>
    </message>
    <message>
        <source>Serve amenities</source>
        <translation>Llevar amenities</translation>
    </message>
    <message>
        <source>Install baby cot</source>
        <translation>Instalar cuna</translation>
    </message>
    <message>
        <source>Install extra bed</source>
        <translation>Instalar cama supletoria</translation>
    </message>
    <message>
        <source>Deep cleaning</source>
        <translation>Limpieza a fondo</translation>
    </message>
    <message>
        <source>Taps purge</source>
        <translation>Purga de grifos</translation>
    </message>
    <message>
        <source>Turndown service</source>
        <translation>Servicio de cobertura</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Otra tarea</translation>
    </message>
    <message>
        <source>Zip beds</source>
        <translation>Juntar camas</translation>
    </message>
    <message>
        <source>Separate beds</source>
        <translation>Separar camas</translation>
    </message>
    <message>
        <source>Room service tray</source>
        <translation>Bandeja de servicio de habitaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Ventilate</source>
        <translation>Ventilar</translation>
    </message>
    <message>
        <source>Minibar restocking</source>
        <translation>Reposición del minibar</translation>
    </message>
    <message>
        <source>Bellboy</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Equipaje</translation>
    </message>
    <message>
        <source>Ice bucket</source>
        <translation>Cubitera</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Lavandería</translation>
    </message>
    <message>
        <source>Valet</source>
        <translation>Aparcacoches</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
</context>
<context>
    <name>TaskTypeDirectory</name>
    <message>
        <source>Task type %1</source>
        <translation>Tipo de tarea %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Hubbridge</source>
        <translation>&amp;Abrir Hubbridge</translation>
    </message>
    <message>
        <source>&amp;Pause listener</source>
        <translation>&amp;Pausar receptor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Hubbridge: the listener is stopped; Duve&apos;s orders are not received.</source>
        <translation>Hubbridge: el receptor está detenido; no se reciben los pedidos de Duve.</translation>
    </message>
    <message>
        <source>Hubbridge: Hub OS is failing (%1)</source>
        <translation>Hubbridge: Hub OS está fallando (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) could not be delivered</source>
        <translation>
            <numerusform>Hubbridge: no se pudo entregar %n pedido</numerusform>
            <numerusform>Hubbridge: no se pudieron entregar %n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hubbridge: %n order(s) waiting for Hub OS</source>
        <translation>
            <numerusform>Hubbridge: %n pedido esperando a Hub OS</numerusform>
            <numerusform>Hubbridge: %n pedidos esperando a Hub OS</numerusform>
        </translation>
    </message>
    <message>
        <source>Hubbridge: listening on port %1</source>
        <translation>Hubbridge: escuchando en el puerto %1</translation>
    </message>
    <message>
        <source>&amp;Resume listener</source>
        <translation>&amp;Reanudar receptor</translation>
    </message>
    <message>
        <source>Hubbridge is still running</source>
        <translation>Hubbridge sigue en marcha</translation>
    </message>
    <message>
        <source>Orders from Duve keep arriving while the window is closed. Use the tray icon to open the window or quit.</source>
        <translation>Los pedidos de Duve siguen llegando con la ventana cerrada. Use el icono de la bandeja para abrir la ventana o salir.</translation>
    </message>
    <message>
        <source>An order could not be sent to Hub OS</source>
        <translation>No se pudo enviar un pedido a Hub OS</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, habitación %2</translation>
    </message>
</context>
</TS>
