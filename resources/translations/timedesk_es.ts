<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../../timedesk/ui/connection/tab.py" line="33"/>
        <source>You can see these settings; only an administrator or a manager can change them.</source>
        <translation>Puede ver estos ajustes; solo un administrador o un gerente puede cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/tab.py" line="47"/>
        <source>This section could not be opened; see the log file.</source>
        <translation>No se pudo abrir esta sección; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="54"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="55"/>
        <source>Use this database</source>
        <translation>Usar esta base de datos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="56"/>
        <source>Use the embedded SQLite database</source>
        <translation>Usar la base de datos SQLite integrada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="70"/>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="72"/>
        <source>PostgreSQL URL:</source>
        <translation>URL de PostgreSQL:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="84"/>
        <source>One computer: the embedded SQLite file needs no set-up. Several computers: point all of them at one PostgreSQL database. A password written in the URL goes to the keyring, never to the settings file.</source>
        <translation>Un solo equipo: el archivo SQLite integrado no necesita configuración. Varios equipos: conéctelos todos a una misma base de datos PostgreSQL. Una contraseña escrita en la URL se guarda en el llavero, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="90"/>
        <source>The environment variable TIMEDESK_DATABASE_URL chooses the database; a URL saved here applies only when it is not set.</source>
        <translation>La variable de entorno TIMEDESK_DATABASE_URL elige la base de datos; una URL guardada aquí solo se aplica cuando esa variable no está definida.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="114"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="115"/>
        <source>Testing the database connection</source>
        <translation>Probando la conexión con la base de datos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="131"/>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="133"/>
        <source>Connection failed: {reason}</source>
        <translation>La conexión falló: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="137"/>
        <source>Connection works: {where}</source>
        <translation>La conexión funciona: {where}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="140"/>
        <source>Saved: {where}. Restart timedesk to use this database.</source>
        <translation>Guardado: {where}. Reinicie timedesk para usar esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="144"/>
        <source>Saved: the embedded SQLite database ({path}). Restart timedesk to use it.</source>
        <translation>Guardado: la base de datos SQLite integrada ({path}). Reinicie timedesk para usarla.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="30"/>
        <source>Welcome to timedesk</source>
        <translation>Bienvenido a timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="32"/>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="33"/>
        <source>This database has no accounts yet. Create the administrator account: you will use it to sign in, set up the connection and add the other people.</source>
        <translation>Esta base de datos aún no tiene cuentas. Cree la cuenta de administrador: la usará para iniciar sesión, configurar la conexión y dar de alta a las demás personas.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="35"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="35"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="36"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="37"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="38"/>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="39"/>
        <source>At least {count} characters.</source>
        <translation>Al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="49"/>
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="53"/>
        <source>The user name may use letters, digits, dots, dashes, @ and underscores (up to 80).</source>
        <translation>El nombre de usuario puede tener letras, dígitos, puntos, guiones, @ y guiones bajos (hasta 80).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="56"/>
        <source>The password must have at least {count} characters.</source>
        <translation>La contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="59"/>
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="79"/>
        <source>Creating the account failed unexpectedly; the log file has the details.</source>
        <translation>La creación de la cuenta falló de forma inesperada; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="90"/>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <location filename="../../timedesk/ui/jobs_indicator.py" line="29"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/jobs_indicator.py" line="66"/>
        <source>Cancelling {title}…</source>
        <translation>Cancelando {title}…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/jobs_indicator.py" line="76"/>
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="23"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="32"/>
        <source>Language of the interface:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="45"/>
        <source>Saved. The new language applies the next time timedesk starts.</source>
        <translation>Guardado. El nuevo idioma se aplicará la próxima vez que se inicie timedesk.</translation>
    </message>
</context>
<context>
    <name>ListenerSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="68"/>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="97"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="100"/>
        <source>Listening on {url}</source>
        <translation>Escuchando en {url}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="103"/>
        <source>Not listening: {reason}</source>
        <translation>No escucha: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="104"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="107"/>
        <source>The listener is not available in this program.</source>
        <translation>El servicio de escucha no está disponible en este programa.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="110"/>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="125"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>ListenerView</name>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="17"/>
        <source>Start the listener with timedesk</source>
        <translation>Iniciar el servicio de escucha con timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="21"/>
        <source>This computer only ({address})</source>
        <translation>Solo este equipo ({address})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="22"/>
        <source>Open to the local network ({address})</source>
        <translation>Abierto a la red local ({address})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="27"/>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="29"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="32"/>
        <source>Other computers on the network can reach the listener: Clockify webhooks and lobby screens need this. Let the firewall allow only your office network.</source>
        <translation>Otros equipos de la red podrán llegar al servicio de escucha: lo necesitan los webhooks de Clockify y las pantallas de la sala de espera. Configure el cortafuegos para que solo admita la red de su oficina.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="40"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="49"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="54"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="58"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="60"/>
        <source>URL others use:</source>
        <translation>URL para los demás:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="68"/>
        <source>Clockify webhooks, the lobby display in a browser and the HTTP API use this address.</source>
        <translation>Los webhooks de Clockify, la pantalla de la sala de espera en un navegador y la API HTTP usan esta dirección.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="45"/>
        <source>Sign in to timedesk</source>
        <translation>Iniciar sesión en timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="46"/>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="48"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="47"/>
        <source>Sign in with your timedesk account.</source>
        <translation>Inicie sesión con su cuenta de timedesk.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="48"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="50"/>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="52"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="60"/>
        <source>Enter your user name and password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="79"/>
        <source>Signing in failed unexpectedly; the log file has the details.</source>
        <translation>El inicio de sesión falló de forma inesperada; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="85"/>
        <source>Wrong user name or password. Check both and try again; the account is locked for a few minutes after 5 failed attempts.</source>
        <translation>Usuario o contraseña incorrectos. Revise ambos e inténtelo de nuevo; la cuenta se bloquea unos minutos tras 5 intentos fallidos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="91"/>
        <source>This account is locked after too many failed attempts. Try again after {time}, or ask an administrator to reset the password.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos. Inténtelo de nuevo después de las {time} o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="94"/>
        <source>This account is locked after too many failed attempts. Try again later, or ask an administrator to reset the password.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos. Inténtelo de nuevo más tarde o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="107"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="35"/>
        <source>timedesk</source>
        <translation>timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="57"/>
        <source>This tab could not be opened; see the log file for details.</source>
        <translation>No se pudo abrir esta pestaña; consulte el archivo de registro para más detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="68"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="69"/>
        <source>&amp;About timedesk</source>
        <translation>&amp;Acerca de timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="75"/>
        <source>About timedesk</source>
        <translation>Acerca de timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="77"/>
        <source>&lt;b&gt;timedesk {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;timedesk {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="78"/>
        <source>The office time and attendance desk: Sesame reports, Clockify log, punch clock, turns and help desk.</source>
        <translation>El control horario y de asistencia de la oficina: informes de Sesame, registro de Clockify, fichajes, turnos y soporte técnico.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="12"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="13"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="14"/>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="15"/>
        <source>Desk staff</source>
        <translation>Personal de mostrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="16"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="17"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
</context>
<context>
    <name>SecretsSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="39"/>
        <source>Keep secrets in an UNENCRYPTED file on this computer</source>
        <translation>Guardar los secretos en un archivo SIN CIFRAR en este equipo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="67"/>
        <source>Passwords and API tokens are kept in the system keyring ({backend}).</source>
        <translation>Las contraseñas y los tokens de API se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="72"/>
        <source>This computer has no system keyring, so passwords and API tokens are kept only until timedesk closes (or come from TIMEDESK_SECRET_… environment variables).</source>
        <translation>Este equipo no tiene llavero del sistema, así que las contraseñas y los tokens de API solo se conservan hasta que se cierra timedesk (o se toman de variables de entorno TIMEDESK_SECRET_…).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="44"/>
        <source>The file {path} is readable only by your user account, but it is not encrypted: anyone who can read it, or a backup of it, can read the secrets. Use it only on a computer you trust.</source>
        <translation>Solo su cuenta de usuario puede leer el archivo {path}, pero no está cifrado: quien pueda leerlo, o leer una copia de seguridad, podrá ver los secretos. Úselo solo en un equipo de confianza.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="37"/>
        <source>Looking for the system keyring…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="84"/>
        <source>Secrets you save from now on go to the unencrypted file.</source>
        <translation>Los secretos que guarde a partir de ahora irán al archivo sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="85"/>
        <source>Secrets you save from now on are kept for this session only.</source>
        <translation>Los secretos que guarde a partir de ahora solo se conservarán durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="173"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="136"/>
        <source>Listener</source>
        <translation>Servicio de escucha</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="94"/>
        <source>Secrets storage</source>
        <translation>Almacén de secretos</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="20"/>
        <source>timedesk cannot start</source>
        <translation>timedesk no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="21"/>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="23"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="27"/>
        <source>Use the embedded SQLite database</source>
        <translation>Usar la base de datos SQLite integrada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="29"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="44"/>
        <source>Database in use: {where}</source>
        <translation>Base de datos en uso: {where}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="50"/>
        <source>Listener: {address}</source>
        <translation>Escucha: {address}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="51"/>
        <source>Webhooks and the lobby display reach this computer at {url}</source>
        <translation>Los webhooks y la pantalla de la sala de espera llegan a este equipo en {url}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="54"/>
        <source>Listener: failed</source>
        <translation>Escucha: falló</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="55"/>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="57"/>
        <source>Listener: starting…</source>
        <translation>Escucha: iniciando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="59"/>
        <source>Listener: off</source>
        <translation>Escucha: apagada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="59"/>
        <source>The listener is not running.</source>
        <translation>El servicio de escucha no está en marcha.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="66"/>
        <source>Live updates: on</source>
        <translation>En vivo: activo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="68"/>
        <source>Live updates: reconnecting…</source>
        <translation>En vivo: reconectando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="70"/>
        <source>Live updates: off</source>
        <translation>En vivo: inactivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="72"/>
        <source>Changes made on other computers appear here as they happen.</source>
        <translation>Los cambios hechos en otros equipos aparecen aquí en cuanto se producen.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="96"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="98"/>
        <source>Signed in as {name}</source>
        <translation>Sesión iniciada como {name}</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../timedesk/ui/connection/tab.py" line="69"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
</context>
</TS>
