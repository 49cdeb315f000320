<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Check this PC</source>
        <translation>Comprobar este PC</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Copy for IT</source>
        <translation>Copiar para informática</translation>
    </message>
    <message>
        <source>Checking this PC</source>
        <translation>Comprobando este PC</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>Checks failed: {count}. The fix is under each one.</source>
        <translation>Comprobaciones fallidas: {count}. La solución está debajo de cada una.</translation>
    </message>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>No se han podido hacer las comprobaciones: {error}</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../timedesk/ui/turns/announcer.py" line="58" />
        <source>visual only</source>
        <translation>solo visual</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/announcer.py" line="107" />
        <source>chime</source>
        <translation>aviso sonoro</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/announcer.py" line="109" />
        <source>spoken calls</source>
        <translation>llamadas habladas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/announcer.py" line="142" />
        <source>no multimedia</source>
        <translation>sin multimedia</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/announcer.py" line="145" />
        <source>no audio output</source>
        <translation>sin salida de audio</translation>
    </message>
</context>
<context>
    <name>ChatDock</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat ({count})</source>
        <translation>Chat ({count})</translation>
    </message>
    <message>
        <source>New message from {name}: open Chat to read it</source>
        <translation>Mensaje nuevo de {name}: abra el chat para leerlo</translation>
    </message>
    <message>
        <source>Show or hide the chat</source>
        <translation>Mostrar u ocultar el chat</translation>
    </message>
    <message>
        <source>timedesk chat</source>
        <translation>chat de timedesk</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>About ticket #{number}</source>
        <translation>Sobre la incidencia n.º {number}</translation>
    </message>
    <message>
        <source>Cannot reach the chat:</source>
        <translation>No se puede acceder al chat:</translation>
    </message>
    <message>
        <source>Cannot read the conversation:</source>
        <translation>No se puede leer la conversación:</translation>
    </message>
    <message>
        <source>Cannot read who is online:</source>
        <translation>No se puede saber quién está conectado:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Choose someone to chat with.</source>
        <translation>Elija con quién hablar.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The message was not sent:</source>
        <translation>El mensaje no se ha enviado:</translation>
    </message>
    <message>
        <source>Write a message; Enter sends, Shift+Enter starts a new line</source>
        <translation>Escriba un mensaje; Intro lo envía, Mayús+Intro empieza otra línea</translation>
    </message>
    <message>
        <source>You · {time}</source>
        <translation>Usted · {time}</translation>
    </message>
    <message>
        <source>{name} ({count} new)</source>
        <translation>{name} ({count} sin leer)</translation>
    </message>
    <message>
        <source>{name} is offline</source>
        <translation>{name} no está conectado</translation>
    </message>
    <message>
        <source>{name} is online</source>
        <translation>{name} está conectado</translation>
    </message>
    <message>
        <source>{name} · {time}</source>
        <translation>{name} · {time}</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../timedesk/ui/sesame/choice_list.py" line="26" />
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/choice_list.py" line="27" />
        <source>Untick everything: the report takes them all</source>
        <translation>Desmarcar todo: el informe los incluye a todos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/choice_list.py" line="31" />
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/choice_list.py" line="101" />
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/choice_list.py" line="101" />
        <source>{count} selected</source>
        <translation>{count} seleccionados</translation>
    </message>
</context>
<context>
    <name>ClockifyErrorLog</name>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="37" />
        <source>Processing failed</source>
        <translation>Error al procesar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="38" />
        <source>Not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="39" />
        <source>Not JSON (content type)</source>
        <translation>No es JSON (tipo de contenido)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="40" />
        <source>Not a JSON object</source>
        <translation>No es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="41" />
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
</context>
<context>
    <name>ClockifyErrorLogView</name>
    <message>
        <source>Reprocessing failed:</source>
        <translation>El reprocesamiento ha fallado:</translation>
    </message>
    <message>
        <source>Cannot load the error log:</source>
        <translation>No se puede cargar el registro de errores:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="67" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="68" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="69" />
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="76" />
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="70" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="74" />
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="77" />
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="79" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="84" />
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="87" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="92" />
        <source>Choose an entry to see its detail and the start of the request's body.</source>
        <translation>Elija una entrada para ver su detalle y el comienzo del cuerpo de la solicitud.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="98" />
        <source>Reprocess failed</source>
        <translation>Reprocesar fallidas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="115" />
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="125" />
        <source>Failed deliveries</source>
        <translation>Entregas fallidas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="128" />
        <source>Deliveries Clockify sent that could not be applied are kept with their body. Reprocessing applies them again (and any left waiting by a crash).</source>
        <translation>Las entregas enviadas por Clockify que no se pudieron aplicar se guardan con su cuerpo. Al reprocesarlas se aplican de nuevo (junto con las que quedaron en espera por un cierre inesperado).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="160" />
        <source>Loading the Clockify error log</source>
        <translation>Cargando el registro de errores de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="168" />
        <source>Cannot load the error log: {reason}</source>
        <translation>No se puede cargar el registro de errores: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="184" />
        <source>The error log is empty.</source>
        <translation>El registro de errores está vacío.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="185" />
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="186" />
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="187" />
        <source>The latest {shown} of {total} entries.</source>
        <translation>Las últimas {shown} de {total} entradas.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="192" />
        <source>No failed delivery.</source>
        <translation>Ninguna entrega fallida.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="193" />
        <source>1 failed delivery.</source>
        <translation>1 entrega fallida.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="194" />
        <source>{count} failed deliveries.</source>
        <translation>{count} entregas fallidas.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="196" />
        <source>Waiting to be processed: {count}.</source>
        <translation>En espera de procesarse: {count}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="206" />
        <source>When: {when}</source>
        <translation>Cuándo: {when}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="207" />
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="208" />
        <source>Event type: {event}</source>
        <translation>Tipo de evento: {event}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="210" />
        <source>Delivery: #{id}</source>
        <translation>Entrega: #{id}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="211" />
        <source>Start of the body:</source>
        <translation>Comienzo del cuerpo:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="212" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="224" />
        <source>Reprocessing…</source>
        <translation>Reprocesando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="225" />
        <source>Reprocessing failed Clockify deliveries</source>
        <translation>Reprocesando las entregas fallidas de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="234" />
        <source>Reprocessing failed: {reason}</source>
        <translation>El reprocesamiento falló: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="242" />
        <source>Nothing to reprocess.</source>
        <translation>No hay nada que reprocesar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/error_log_view.py" line="245" />
        <source>Reprocessed {total}: {processed} applied, {ignored} ignored, {failed} still failing.</source>
        <translation>Reprocesadas {total}: {processed} aplicadas, {ignored} ignoradas, {failed} siguen fallando.</translation>
    </message>
    <message>
        <source>No error of this kind.</source>
        <translation>Ningún error de este tipo.</translation>
    </message>
    <message>
        <source>Show all reasons</source>
        <translation>Mostrar todos los motivos</translation>
    </message>
    <message>
        <source>No errors: every request Clockify sent was accepted. Refused requests and deliveries that fail are listed here.</source>
        <translation>Sin errores: se aceptaron todas las peticiones de Clockify. Aquí se listan las peticiones rechazadas y las entregas que fallen.</translation>
    </message>
</context>
<context>
    <name>ClockifySection</name>
    <message>
        <source>Cannot load the webhooks:</source>
        <translation>No se pueden cargar los webhooks:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="56" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="61" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="62" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="63" />
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="65" />
        <source>Last event received</source>
        <translation>Último evento recibido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="66" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="72" />
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="81" />
        <source>optional, e.g. Office workspace</source>
        <translation>opcional, p. ej. Espacio de la oficina</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="85" />
        <source>the token Clockify shows for this webhook</source>
        <translation>el token que Clockify muestra para este webhook</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="86" />
        <source>Add webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="106" />
        <source>URL to paste into Clockify:</source>
        <translation>URL para pegar en Clockify:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="112" />
        <source>One URL serves every event. Webhooks made for the previous program keep working at {prefix}NAME, NAME being {names}.</source>
        <translation>Una sola URL sirve para todos los eventos. Los webhooks creados para el programa anterior siguen funcionando en {prefix}NOMBRE, donde NOMBRE es {names}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="123" />
        <source>Create the webhook in Clockify (Settings › Webhooks) with the URL above, then paste the token Clockify shows for it. Only a fingerprint of the token is stored: it is never shown again.</source>
        <translation>Cree el webhook en Clockify (Configuración › Webhooks) con la URL de arriba y pegue después el token que Clockify muestra para él. Solo se guarda una huella del token: no se vuelve a mostrar nunca.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="129" />
        <source>Adding or removing webhooks needs the Clockify management permission.</source>
        <translation>Para añadir o eliminar webhooks se necesita el permiso de gestión de Clockify.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="136" />
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="138" />
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="140" />
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="153" />
        <source>Loading Clockify webhooks</source>
        <translation>Cargando los webhooks de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="161" />
        <source>Cannot load the webhooks: {reason}</source>
        <translation>No se pueden cargar los webhooks: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="172" />
        <source>No webhook registered yet: Clockify's deliveries are refused until their token is added here.</source>
        <translation>Aún no hay ningún webhook registrado: las entregas de Clockify se rechazan hasta que se añada aquí su token.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="174" />
        <source>1 webhook registered.</source>
        <translation>1 webhook registrado.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="175" />
        <source>{count} webhooks registered.</source>
        <translation>{count} webhooks registrados.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="181" />
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="197" />
        <source>Registering a Clockify webhook</source>
        <translation>Registrando un webhook de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="214" />
        <source>Webhook #{id} added for {event}; its token works from now on.</source>
        <translation>Webhook #{id} añadido para {event}; su token funciona desde ahora.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="223" />
        <source>Remove webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="224" />
        <source>Remove the {event} webhook{label}? Clockify's deliveries with its token will be refused; delete the webhook in Clockify too.</source>
        <translation>¿Eliminar el webhook {event}{label}? Las entregas de Clockify con su token se rechazarán; elimine también el webhook en Clockify.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="243" />
        <source>Removing a Clockify webhook</source>
        <translation>Eliminando un webhook de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="254" />
        <source>Webhook #{id} ({event}) removed.</source>
        <translation>Webhook #{id} ({event}) eliminado.</translation>
    </message>
    <message>
        <source>Remove the webhook{label} for {event}? Clockify's deliveries with its token will be refused; delete the webhook in Clockify too.</source>
        <translation>¿Eliminar el webhook{label} de {event}? Las entregas de Clockify con su token se rechazarán; elimine también el webhook en Clockify.</translation>
    </message>
    <message>
        <source>Webhook #{id} removed: {event}.</source>
        <translation>Webhook #{id} eliminado: {event}.</translation>
    </message>
    <message>
        <source>No webhook yet. Create one in Clockify (Settings › Webhooks) with the URL above, then add it here with the token Clockify shows for it.</source>
        <translation>Aún no hay ningún webhook. Cree uno en Clockify (Configuración › Webhooks) con la URL de arriba y añádalo aquí con el token que Clockify muestra para él.</translation>
    </message>
    <message>
        <source>No webhook yet. Someone with the Clockify management permission adds them here.</source>
        <translation>Aún no hay ningún webhook. Los añade aquí quien tenga el permiso de gestión de Clockify.</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>Añadir un webhook</translation>
    </message>
</context>
<context>
    <name>ClockifySessions</name>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_format.py" line="38" />
        <source>● Running</source>
        <translation>● En curso</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_format.py" line="62" />
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="105" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_format.py" line="63" />
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_format.py" line="64" />
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="106" />
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_format.py" line="74" />
        <source>(unknown user)</source>
        <translation>(usuario desconocido)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="36" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="46" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="37" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="43" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="38" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="44" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="39" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="45" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="40" />
        <source>Valid start</source>
        <translation>Inicio válido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="41" />
        <source>Valid end</source>
        <translation>Fin válido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="42" />
        <source>Valid duration</source>
        <translation>Duración válida</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="43" />
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="44" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="47" />
        <source>Overtime</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="45" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="48" />
        <source>Edits</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="46" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="40" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="47" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="41" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="48" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="49" />
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="42" />
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="50" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="51" />
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="52" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="53" />
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="54" />
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="55" />
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="104" />
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="64" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="65" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="83" />
        <source>Clockify (webhook)</source>
        <translation>Clockify (webhook)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="84" />
        <source>Overtime monitor</source>
        <translation>Monitor de horas extra</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="85" />
        <source>Clockify (back-fill)</source>
        <translation>Clockify (recuperación)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="86" />
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="93" />
        <source>API token {name}</source>
        <translation>Token de API {name}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="99" />
        <source>Timer started</source>
        <translation>Temporizador iniciado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="100" />
        <source>Timer stopped</source>
        <translation>Temporizador detenido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="101" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="102" />
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="103" />
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_history.py" line="107" />
        <source>Overtime flagged</source>
        <translation>Marcada con horas extra</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="39" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>ClockifySessionsView</name>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="56" />
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="57" />
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="58" />
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="153" />
        <source>Loading Clockify sessions</source>
        <translation>Cargando las sesiones de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="172" />
        <source>Loading Clockify users</source>
        <translation>Cargando los usuarios de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="192" />
        <source>The sessions could not be loaded; see the log file.</source>
        <translation>No se pudieron cargar las sesiones; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="214" />
        <source>No sessions match these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="216" />
        <source>Showing the only matching session</source>
        <translation>Se muestra la única sesión que coincide</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="218" />
        <source>Showing all {total} sessions</source>
        <translation>Se muestran las {total} sesiones</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_view.py" line="220" />
        <source>Showing {first}–{last} of {total} sessions</source>
        <translation>Se muestran {first}–{last} de {total} sesiones</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Recording a Clockify session</source>
        <translation>Registrando una sesión de Clockify</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Aprobar las seleccionadas…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save every session of these filters (all pages) as CSV or XLSX (Ctrl+E)</source>
        <translation>Guardar todas las sesiones de estos filtros (todas las páginas) como CSV o XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>Adding up Clockify sessions</source>
        <translation>Sumando las sesiones de Clockify</translation>
    </message>
    <message>
        <source>{name}: {count} · {hours}</source>
        <translation>{name}: {count} · {hours}</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(usuario desconocido)</translation>
    </message>
    <message>
        <source>Total: 1 session · {hours}</source>
        <translation>Total: 1 sesión · {hours}</translation>
    </message>
    <message>
        <source>Total: {count} sessions · {hours}</source>
        <translation>Total: {count} sesiones · {hours}</translation>
    </message>
    <message>
        <source>No webhook yet — Clockify sends nothing until one is set up.</source>
        <translation>Aún no hay ningún webhook: Clockify no envía nada hasta que se configure uno.</translation>
    </message>
    <message>
        <source>Set up Clockify webhooks</source>
        <translation>Configurar los webhooks de Clockify</translation>
    </message>
    <message>
        <source>No session yet: they appear here as Clockify sends them.</source>
        <translation>Aún no hay sesiones: aparecerán aquí a medida que Clockify las envíe.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Approve selected ({count})…</source>
        <translation>Aprobar las seleccionadas ({count})…</translation>
    </message>
    <message>
        <source>Approve the selected session? Its Clockify times become its valid times.</source>
        <translation>¿Aprobar la sesión seleccionada? Sus horas de Clockify pasan a ser sus horas válidas.</translation>
    </message>
    <message>
        <source>Approve the {count} selected sessions? Their Clockify times become their valid times.</source>
        <translation>¿Aprobar las {count} sesiones seleccionadas? Sus horas de Clockify pasan a ser sus horas válidas.</translation>
    </message>
    <message>
        <source>Approve sessions</source>
        <translation>Aprobar sesiones</translation>
    </message>
    <message>
        <source>1 session approved.</source>
        <translation>1 sesión aprobada.</translation>
    </message>
    <message>
        <source>{count} sessions approved.</source>
        <translation>{count} sesiones aprobadas.</translation>
    </message>
    <message>
        <source>Nothing was approved:</source>
        <translation>No se ha aprobado ninguna:</translation>
    </message>
    <message>
        <source>Approving Clockify sessions</source>
        <translation>Aprobando sesiones de Clockify</translation>
    </message>
    <message>
        <source>Export the sessions</source>
        <translation>Exportar las sesiones</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {rows} sessions to {path}</source>
        <translation>{rows} sesiones exportadas a {path}</translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation>La exportación ha fallado:</translation>
    </message>
    <message>
        <source>Exporting Clockify sessions</source>
        <translation>Exportando sesiones de Clockify</translation>
    </message>
</context>
<context>
    <name>ClockifyTab</name>
    <message>
        <location filename="../../timedesk/ui/clockify/tab.py" line="32" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/tab.py" line="33" />
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/tab.py" line="34" />
        <source>Error log</source>
        <translation>Registro de errores</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>ClockifyUsersView</name>
    <message>
        <source>Cannot load the users:</source>
        <translation>No se pueden cargar los usuarios:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="48" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="48" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="50" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="51" />
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="52" />
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="53" />
        <source>Hours this month</source>
        <translation>Horas este mes</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="55" />
        <source>Hours last month</source>
        <translation>Horas mes anterior</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="57" />
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="58" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="63" />
        <source>Search by name, e-mail or Clockify ID</source>
        <translation>Buscar por nombre, correo o ID de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="65" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="93" />
        <source>You can see the Clockify users; changing them needs the Clockify management permission.</source>
        <translation>Puede ver los usuarios de Clockify; para modificarlos se necesita el permiso de gestión de Clockify.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="106" />
        <source>Loading Clockify users</source>
        <translation>Cargando los usuarios de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="114" />
        <source>Cannot load the users: {reason}</source>
        <translation>No se pueden cargar los usuarios: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="127" />
        <source>Showing {shown} of {total} users: narrow the search.</source>
        <translation>Se muestran {shown} de {total} usuarios: acote la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="130" />
        <source>No user matches the search.</source>
        <translation>Ningún usuario coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="131" />
        <source>No Clockify user yet: they appear with their first time entry.</source>
        <translation>Aún no hay usuarios de Clockify: aparecen con su primera entrada de tiempo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="133" />
        <source>1 user</source>
        <translation>1 usuario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="133" />
        <source>{count} users</source>
        <translation>{count} usuarios</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="169" />
        <source>Saving a Clockify user</source>
        <translation>Guardando un usuario de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/users_view.py" line="182" />
        <source>Saved {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
    <message>
        <source>Hours
this month</source>
        <translation>Horas
este mes</translation>
    </message>
    <message>
        <source>Hours
last month</source>
        <translation>Horas
mes anterior</translation>
    </message>
    <message>
        <source>Hours worked this month (h:mm)</source>
        <translation>Horas trabajadas este mes (h:mm)</translation>
    </message>
    <message>
        <source>Hours worked last month (h:mm)</source>
        <translation>Horas trabajadas el mes anterior (h:mm)</translation>
    </message>
</context>
<context>
    <name>ClockifyWebhooks</name>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_webhook_reach.py" line="47" />
        <source>The listener is not running, so Clockify's deliveries cannot arrive: turn it on in the Listener section. Clockify retries for a while; `timedesk clockify backfill` reads what was missed.</source>
        <translation>El servicio de escucha no está en marcha, así que las entregas de Clockify no pueden llegar: actívelo en la sección Servicio de escucha. Clockify reintenta durante un tiempo; `timedesk clockify backfill` lee lo que se haya perdido.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_webhook_reach.py" line="52" />
        <source>This is the public address set in listener.public_url: make sure it leads to this listener (reverse proxy or port forwarding).</source>
        <translation>Esta es la dirección pública definida en listener.public_url: asegúrese de que lleva a este servicio de escucha (proxy inverso o redirección de puertos).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_webhook_reach.py" line="56" />
        <source>The listener accepts connections from this computer only, and Clockify calls from the Internet, so it cannot reach this address. Open the listener to the network in the Listener section, publish it through a reverse proxy with HTTPS (or a port forward on the router), and set listener.public_url to the address Clockify should call (`timedesk config set listener.public_url https://…`).</source>
        <translation>El servicio de escucha solo acepta conexiones de este equipo y Clockify llama desde Internet, así que no puede llegar a esta dirección. Abra el servicio de escucha a la red en la sección Servicio de escucha, publíquelo a través de un proxy inverso con HTTPS (o una redirección de puertos en el router) y defina en listener.public_url la dirección a la que debe llamar Clockify (`timedesk config set listener.public_url https://…`).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_webhook_reach.py" line="63" />
        <source>This is an address of your local network: Clockify's cloud cannot reach it. Publish the listener through a reverse proxy with HTTPS (or a port forward on the router) and set listener.public_url to its public address.</source>
        <translation>Esta es una dirección de su red local: la nube de Clockify no puede llegar a ella. Publique el servicio de escucha a través de un proxy inverso con HTTPS (o una redirección de puertos en el router) y defina en listener.public_url su dirección pública.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_webhook_reach.py" line="67" />
        <source>Clockify's servers must be able to reach this address.</source>
        <translation>Los servidores de Clockify deben poder llegar a esta dirección.</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../../timedesk/ui/connection/tab.py" line="33" />
        <source>You can see these settings; only an administrator or a manager can change them.</source>
        <translation>Puede ver estos ajustes; solo un administrador o un gerente puede cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/tab.py" line="47" />
        <source>This section could not be opened; see the log file.</source>
        <translation>No se pudo abrir esta sección; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Connection failed:</source>
        <translation>La conexión falló:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="54" />
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="55" />
        <source>Use this database</source>
        <translation>Usar esta base de datos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="56" />
        <source>Use the embedded SQLite database</source>
        <translation>Usar la base de datos SQLite integrada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="70" />
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="72" />
        <source>PostgreSQL URL:</source>
        <translation>URL de PostgreSQL:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="84" />
        <source>One computer: the embedded SQLite file needs no set-up. Several computers: point all of them at one PostgreSQL database. A password written in the URL goes to the keyring, never to the settings file.</source>
        <translation>Un solo equipo: el archivo SQLite integrado no necesita configuración. Varios equipos: conéctelos todos a una misma base de datos PostgreSQL. Una contraseña escrita en la URL se guarda en el llavero, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="90" />
        <source>The environment variable TIMEDESK_DATABASE_URL chooses the database; a URL saved here applies only when it is not set.</source>
        <translation>La variable de entorno TIMEDESK_DATABASE_URL elige la base de datos; una URL guardada aquí solo se aplica cuando esa variable no está definida.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="114" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="115" />
        <source>Testing the database connection</source>
        <translation>Probando la conexión con la base de datos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="131" />
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="133" />
        <source>Connection failed: {reason}</source>
        <translation>La conexión falló: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="137" />
        <source>Connection works: {where}</source>
        <translation>La conexión funciona: {where}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="140" />
        <source>Saved: {where}. Restart timedesk to use this database.</source>
        <translation>Guardado: {where}. Reinicie timedesk para usar esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="144" />
        <source>Saved: the embedded SQLite database ({path}). Restart timedesk to use it.</source>
        <translation>Guardado: la base de datos SQLite integrada ({path}). Reinicie timedesk para usarla.</translation>
    </message>
    <message>
        <source>the embedded SQLite database ({path})</source>
        <translation>la base de datos SQLite integrada ({path})</translation>
    </message>
    <message>
        <source>Switch the database</source>
        <translation>Cambiar de base de datos</translation>
    </message>
    <message>
        <source>Use {where} from now on?

The database in use ({current}) stays as it is, but this computer stops using it: once timedesk restarts, it works on the new database, and everyone signs in again with the accounts stored there and sees only its data.</source>
        <translation>¿Usar {where} a partir de ahora?

La base de datos en uso ({current}) queda como está, pero este ordenador deja de usarla: cuando timedesk se reinicie, trabajará con la nueva base de datos, y todos volverán a iniciar sesión con las cuentas guardadas en ella y verán solo sus datos.</translation>
    </message>
    <message>
        <source>Switch database</source>
        <translation>Cambiar de base de datos</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="506" />
        <source>the first {shown} listed</source>
        <translation>se listan los {shown} primeros</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="83" />
        <source>Open desk</source>
        <translation>Abrir puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="85" />
        <source>Close desk</source>
        <translation>Cerrar puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="87" />
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="448" />
        <source>Pause desk</source>
        <translation>Pausar puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="91" />
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="100" />
        <source>Take over this desk</source>
        <translation>Tomar este puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="131" />
        <source>Call next  (F2)</source>
        <translation>Llamar siguiente  (F2)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="133" />
        <source>Recall  (F3)</source>
        <translation>Volver a llamar  (F3)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="134" />
        <source>Start service  (F4)</source>
        <translation>Empezar atención  (F4)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="135" />
        <source>Finish  (F6)</source>
        <translation>Terminar  (F6)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="136" />
        <source>No-show  (F7)</source>
        <translation>No se presentó  (F7)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="160" />
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="163" />
        <source>Transfer to</source>
        <translation>Transferir a</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="168" />
        <source>Number, e.g. A012</source>
        <translation>Número, p. ej. A012</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="170" />
        <source>Call this turn</source>
        <translation>Llamar este turno</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="176" />
        <source>Call a given turn</source>
        <translation>Llamar un turno concreto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="197" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="197" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="198" />
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="242" />
        <source>no services</source>
        <translation>sin servicios</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="243" />
        <source>Desk {name} ({services})</source>
        <translation>Puesto {name} ({services})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="249" />
        <source>Service {code} · {name}</source>
        <translation>Servicio {code} · {name}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="253" />
        <source>Desk {name}</source>
        <translation>Puesto {name}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="256" />
        <source>There is no desk you may open.</source>
        <translation>No hay ningún puesto que pueda abrir.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="257" />
        <source>An administrator adds desks and assigns staff in the Turns set-up.</source>
        <translation>Un administrador crea los puestos y asigna el personal en la configuración de Turnos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="276" />
        <source>Desk {name} is open on this computer.</source>
        <translation>El puesto {name} está abierto en este equipo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="303" />
        <source>Desk {name} was taken over on another computer.</source>
        <translation>El puesto {name} se ha tomado desde otro equipo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="304" />
        <source>Open another desk, or take it back.</source>
        <translation>Abra otro puesto o vuelva a tomarlo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="317" />
        <source>Type the number of the turn to call.</source>
        <translation>Escriba el número del turno que quiere llamar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="358" />
        <source>Called {number}.</source>
        <translation>Llamado {number}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="360" />
        <source>Nobody is waiting for this desk.</source>
        <translation>No hay nadie esperando para este puesto.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="361" />
        <source>New turns appear in the list as reception issues them.</source>
        <translation>Los turnos nuevos aparecen en la lista según los emite recepción.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="382" />
        <source>The database did not answer: {error}</source>
        <translation>La base de datos no respondió: {error}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="383" />
        <source>Try again; the log file has the details.</source>
        <translation>Inténtelo de nuevo; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="448" />
        <source>Resume desk</source>
        <translation>Reanudar puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="461" />
        <source>Desk paused: no calls.</source>
        <translation>Puesto en pausa: no se llama.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="462" />
        <source>No turn at the desk. Press Call next.</source>
        <translation>No hay turno en el puesto. Pulse Llamar siguiente.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="463" />
        <source>Open a desk to call turns.</source>
        <translation>Abra un puesto para llamar turnos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="469" />
        <source>Serving since {time}</source>
        <translation>Atendiendo desde las {time}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="470" />
        <source>Called at {time}</source>
        <translation>Llamado a las {time}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="471" />
        <source> · priority</source>
        <translation> · prioritario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="482" />
        <source>✓ Shown on the lobby display</source>
        <translation>✓ Mostrado en la pantalla de sala</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="483" />
        <source>Waiting for the lobby display…</source>
        <translation>Esperando a la pantalla de sala…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="484" />
        <source>⚠ The lobby display did not show this call. Check the screen, or call the customer aloud.</source>
        <translation>⚠ La pantalla de sala no ha mostrado esta llamada. Revise la pantalla o llame al cliente en voz alta.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="496" />
        <source>{count} waiting · longest {wait}</source>
        <translation>{count} esperando · el que más, {wait}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/desk_panel.py" line="498" />
        <source>Nobody waiting</source>
        <translation>Nadie esperando</translation>
    </message>
    <message>
        <source>An administrator adds desks and assigns staff in the Turns tab's Set-up page.</source>
        <translation>Un administrador crea los puestos y asigna el personal en la página Configuración de la pestaña Turnos.</translation>
    </message>
    <message>
        <source>Ticket from this visit</source>
        <translation>Incidencia de esta visita</translation>
    </message>
    <message>
        <source>Makes a help-desk ticket about the customer at the desk: name, service, note, waiting and service time</source>
        <translation>Crea una incidencia de soporte sobre el cliente del puesto: nombre, servicio, nota, tiempo de espera y de atención</translation>
    </message>
    <message>
        <source>Ticket #{id} made from this visit.</source>
        <translation>Incidencia n.º {id} creada a partir de esta visita.</translation>
    </message>
    <message>
        <source>Making a ticket from a visit</source>
        <translation>Creando una incidencia a partir de una visita</translation>
    </message>
    <message>
        <source>The called customer did not come. It can be undone for a few seconds.</source>
        <translation>El cliente llamado no vino. Se puede deshacer durante unos segundos.</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Deshacer  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ticket {number} marked as no-show.</source>
        <translation>Turno {number} marcado como no presentado.</translation>
    </message>
    <message>
        <source>{number} is back at the desk.</source>
        <translation>{number} vuelve a estar en el puesto.</translation>
    </message>
    <message>
        <source>Open a desk to see its queue</source>
        <translation>Abra un puesto para ver su cola</translation>
    </message>
    <message>
        <source>Desk {name} is closed · {count} waiting · open the desk to call them</source>
        <translation>Puesto {name} cerrado · {count} en espera · abra el puesto para llamarlos</translation>
    </message>
    <message>
        <source>Desk {name} is closed · nobody waiting</source>
        <translation>Puesto {name} cerrado · nadie en espera</translation>
    </message>
    <message>
        <source>Call not shown</source>
        <translation>Llamada no mostrada</translation>
    </message>
    <message>
        <source>Turn {number} was not shown on the lobby display — check the display.</source>
        <translation>El turno {number} no se mostró en la pantalla de la sala: revise la pantalla.</translation>
    </message>
    <message>
        <source>Calls the next turn of this desk&apos;s services: the lobby display shows it and chimes</source>
        <translation>Llama al siguiente turno de los servicios de este puesto: la pantalla de la sala lo muestra y suena el aviso</translation>
    </message>
    <message>
        <source>Shows and chimes the current turn again on the lobby display</source>
        <translation>Vuelve a mostrar y anunciar el turno actual en la pantalla de la sala</translation>
    </message>
    <message>
        <source>The customer is at the desk: the service time starts</source>
        <translation>El cliente está en el puesto: empieza a contar el tiempo de atención</translation>
    </message>
    <message>
        <source>The service is over: the desk is free for the next call</source>
        <translation>La atención ha terminado: el puesto queda libre para la siguiente llamada</translation>
    </message>
    <message>
        <source>Sends the current turn back to waiting, for another service or desk: it keeps its number and its place in the queue</source>
        <translation>Devuelve el turno actual a la espera, para otro servicio o puesto: conserva su número y su lugar en la cola</translation>
    </message>
    <message>
        <source>Calls the waiting turn with this number, out of order</source>
        <translation>Llama al turno en espera con este número, fuera de orden</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="163" />
        <source>timedesk lobby display</source>
        <translation>timedesk: pantalla de sala</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="196" />
        <source>Now serving</source>
        <translation>Atendiendo ahora</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="206" />
        <source>Ticket</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="207" />
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="208" />
        <source>Please wait to be called</source>
        <translation>Espere a que le llamen</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="216" />
        <source>Previous calls</source>
        <translation>Llamadas anteriores</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="354" />
        <source>Desk {desk}</source>
        <translation>Puesto {desk}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="368" />
        <source>{name}: {count} waiting</source>
        <translation>{name}: {count} en espera</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="380" />
        <source>Not updated since {time}: reconnecting…</source>
        <translation>Sin actualizar desde las {time}: reconectando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/display_window.py" line="381" />
        <source>Waiting for the database: reconnecting…</source>
        <translation>Esperando a la base de datos: reconectando…</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="21" />
        <source>Clockify user</source>
        <translation>Usuario de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="27" />
        <source>Send this person e-mail notices of their sessions</source>
        <translation>Enviar a esta persona avisos por correo de sus sesiones</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="30" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="42" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="43" />
        <source>Clockify ID:</source>
        <translation>ID de Clockify:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="44" />
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/admin_user_dialog.py" line="48" />
        <source>Clockify's webhooks carry no e-mail address: type the one notices and reports go to, or leave it empty.</source>
        <translation>Los webhooks de Clockify no incluyen la dirección de correo: escriba aquella a la que deben ir los avisos y los informes, o déjela vacía.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="30" />
        <source>Welcome to timedesk</source>
        <translation>Bienvenido a timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="32" />
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="33" />
        <source>This database has no accounts yet. Create the administrator account: you will use it to sign in, set up the connection and add the other people.</source>
        <translation>Esta base de datos aún no tiene cuentas. Cree la cuenta de administrador: la usará para iniciar sesión, configurar la conexión y dar de alta a las demás personas.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="35" />
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="35" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="36" />
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="37" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="38" />
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="39" />
        <source>At least {count} characters.</source>
        <translation>Al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="49" />
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="53" />
        <source>The user name may use letters, digits, dots, dashes, @ and underscores (up to 80).</source>
        <translation>El nombre de usuario puede tener letras, dígitos, puntos, guiones, @ y guiones bajos (hasta 80).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="56" />
        <source>The password must have at least {count} characters.</source>
        <translation>La contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="59" />
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="79" />
        <source>Creating the administrator</source>
        <translation>Creando el administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/first_run_dialog.py" line="90" />
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
</context>
<context>
    <name>HourlyFlowChart</name>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_charts.py" line="102" />
        <source>Issued</source>
        <translation>Emitidos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_charts.py" line="102" />
        <source>Called</source>
        <translation>Llamados</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_charts.py" line="103" />
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <location filename="../../timedesk/ui/jobs_indicator.py" line="29" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/jobs_indicator.py" line="66" />
        <source>Cancelling {title}…</source>
        <translation>Cancelando {title}…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/jobs_indicator.py" line="76" />
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="49" />
        <source>Take your number</source>
        <translation>Saque su número</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="60" />
        <source>Staff: {keys} leaves kiosk mode.</source>
        <translation>Personal: {keys} sale del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="116" />
        <source>Password of {user} to leave kiosk mode:</source>
        <translation>Contraseña de {user} para salir del modo quiosco:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="122" />
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="125" />
        <source>Stay</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="150" />
        <source>Estimated wait: {wait}</source>
        <translation>Espera estimada: {wait}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="153" />
        <source>Take your ticket.</source>
        <translation>Recoja su tique.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="160" />
        <source>No number could be given: {message} {hint}</source>
        <translation>No se pudo dar un número: {message} {hint}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="168" />
        <source>The ticket could not be printed: please note your number.</source>
        <translation>No se pudo imprimir el tique: anote su número, por favor.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="188" />
        <source>Enter the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="196" />
        <source>Checking the password</source>
        <translation>Comprobando la contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/kiosk.py" line="203" />
        <source>Wrong password; kiosk mode goes on.</source>
        <translation>Contraseña incorrecta; el modo quiosco continúa.</translation>
    </message>
    <message>
        <source>Choose the service you need.</source>
        <translation>Elija el servicio que necesita.</translation>
    </message>
    <message>
        <source>Press the button of what you come for.</source>
        <translation>Pulse el botón de lo que viene a hacer.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="23" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="32" />
        <source>Language of the interface:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="45" />
        <source>Saved. The new language applies the next time timedesk starts.</source>
        <translation>Guardado. El nuevo idioma se aplicará la próxima vez que se inicie timedesk.</translation>
    </message>
    <message>
        <source>Language of this computer:</source>
        <translation>Idioma de este ordenador:</translation>
    </message>
    <message>
        <source>Each person can choose their own language in File &gt; My language.</source>
        <translation>Cada persona puede elegir su propio idioma en Archivo &gt; Mi idioma.</translation>
    </message>
    <message>
        <source>Saved. This computer's language applies from the next sign-in.</source>
        <translation>Guardado. El idioma de este ordenador se aplica a partir del próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Aspecto:</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Como el sistema (claro u oscuro)</translation>
    </message>
</context>
<context>
    <name>ListenerSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="68" />
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="97" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="100" />
        <source>Listening on {url}</source>
        <translation>Escuchando en {url}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="103" />
        <source>Not listening: {reason}</source>
        <translation>No escucha: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="104" />
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="107" />
        <source>The listener is not available in this program.</source>
        <translation>El servicio de escucha no está disponible en este programa.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="110" />
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="125" />
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>ListenerView</name>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="17" />
        <source>Start the listener with timedesk</source>
        <translation>Iniciar el servicio de escucha con timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="21" />
        <source>This computer only ({address})</source>
        <translation>Solo este equipo ({address})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="22" />
        <source>Open to the local network ({address})</source>
        <translation>Abierto a la red local ({address})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="27" />
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="29" />
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="1" />
        <source>PEM file; empty: plain HTTP</source>
        <translation>Archivo PEM; vacío: HTTP sin cifrar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="1" />
        <source>PEM file</source>
        <translation>Archivo PEM</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="1" />
        <source>Other computers on the network can reach the listener: the lobby display page and its feed (public, no sign-in), /health, the Clockify webhooks (a token in every request) and the HTTP API (/api/v1, users&apos; bearer tokens). Let the firewall allow only your office network.</source>
        <translation>Otros equipos de la red podrán llegar al servicio de escucha: la página de la pantalla de la sala de espera y su flujo (públicos, sin iniciar sesión), /health, los webhooks de Clockify (un token en cada petición) y la API HTTP (/api/v1, tokens de los usuarios). Configure el cortafuegos para que solo admita la red de su oficina.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="1" />
        <source>Over plain HTTP anyone on the network path can read those tokens: give the listener a certificate and its key above, or put a TLS reverse proxy in front of it.</source>
        <translation>Con HTTP sin cifrar, cualquiera en el camino de la red puede leer esos tokens: dé al servicio de escucha un certificado y su clave en los campos de arriba, o ponga delante un proxy inverso con TLS.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="1" />
        <source>HTTPS certificate:</source>
        <translation>Certificado HTTPS:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="1" />
        <source>Its private key:</source>
        <translation>Su clave privada:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="40" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="49" />
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="54" />
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="58" />
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="60" />
        <source>URL others use:</source>
        <translation>URL para los demás:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_view.py" line="68" />
        <source>Clockify webhooks, the lobby display in a browser and the HTTP API use this address.</source>
        <translation>Los webhooks de Clockify, la pantalla de la sala de espera en un navegador y la API HTTP usan esta dirección.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="45" />
        <source>Sign in to timedesk</source>
        <translation>Iniciar sesión en timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="46" />
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="48" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="47" />
        <source>Sign in with your timedesk account.</source>
        <translation>Inicie sesión con su cuenta de timedesk.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="48" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="50" />
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="52" />
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="53" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="60" />
        <source>Enter your user name and password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="79" />
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="85" />
        <source>Wrong user name or password. Check both and try again; the account is locked for a few minutes after {count} failed attempts.</source>
        <translation>Usuario o contraseña incorrectos. Revise ambos e inténtelo de nuevo; la cuenta se bloquea unos minutos tras {count} intentos fallidos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="91" />
        <source>This account is locked after too many failed attempts. Try again after {time}, or ask an administrator to reset the password.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos. Inténtelo de nuevo después de las {time} o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="94" />
        <source>This account is locked after too many failed attempts. Try again later, or ask an administrator to reset the password.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos. Inténtelo de nuevo más tarde o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/auth/login_dialog.py" line="107" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Test e-mail not sent:</source>
        <translation>No se envió el correo de prueba:</translation>
    </message>
    <message>
        <source>Settings saved, but not the password:</source>
        <translation>Ajustes guardados, pero no la contraseña:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="63" />
        <source>Send e-mail (notices and reports)</source>
        <translation>Enviar correo (avisos e informes)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="74" />
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="75" />
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS desde el inicio (normalmente puerto 465)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="76" />
        <source>None (a server on this network only)</source>
        <translation>Ninguna (solo un servidor de esta red)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="79" />
        <source>empty: no login</source>
        <translation>vacío: sin autenticación</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="92" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="100" />
        <source>address to send the test to</source>
        <translation>dirección a la que enviar la prueba</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="101" />
        <source>Send test e-mail</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="123" />
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="127" />
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="127" />
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="128" />
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="128" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="129" />
        <source>From address:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="130" />
        <source>Coordination:</source>
        <translation>Coordinación:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="131" />
        <source>Addresses, separated by commas, that receive alerts and everyone's reports.</source>
        <translation>Direcciones, separadas por comas, que reciben las alertas y los informes de todos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="136" />
        <source>Environment variables set {keys}: what you save here applies only when they are not set.</source>
        <translation>Hay variables de entorno que definen {keys}: lo que guarde aquí solo se aplica cuando no están definidas.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="146" />
        <source>Test e-mail to:</source>
        <translation>Correo de prueba a:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="190" />
        <source>'{address}' is not a valid e-mail address; type it as name@example.com.</source>
        <translation>«{address}» no es una dirección de correo válida; escríbala como nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="200" />
        <source>Reading the secret store</source>
        <translation>Leyendo el almacén de secretos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="210" />
        <source>A password is stored in the system keyring; type a new one to replace it.</source>
        <translation>Hay una contraseña guardada en el llavero del sistema; escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="212" />
        <source>A password is stored in the unencrypted secrets file; type a new one to replace it.</source>
        <translation>Hay una contraseña guardada en el archivo de secretos sin cifrar; escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="214" />
        <source>A password is kept until timedesk closes (no keyring).</source>
        <translation>Se conserva una contraseña hasta que se cierre timedesk (no hay llavero).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="215" />
        <source>The password comes from the environment variable TIMEDESK_SECRET_{name}.</source>
        <translation>La contraseña se toma de la variable de entorno TIMEDESK_SECRET_{name}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="222" />
        <source>No password stored. It goes to the system keyring, never to the settings file.</source>
        <translation>No hay ninguna contraseña guardada. Se guardará en el llavero del sistema, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="248" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="243" />
        <source>Saving the mail settings</source>
        <translation>Guardando la configuración del correo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="258" />
        <source>Saved. The server changed, so the stored password was deleted: type the password again and save.</source>
        <translation>Guardado. El servidor ha cambiado, así que se ha borrado la contraseña guardada: escríbala de nuevo y guarde.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="253" />
        <source>Storing the SMTP password</source>
        <translation>Guardando la contraseña SMTP</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="266" />
        <source>Settings saved, but not the password: {reason}</source>
        <translation>Ajustes guardados, pero no la contraseña: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="271" />
        <source>Saved; the password is in the {place}.</source>
        <translation>Guardado; la contraseña está en {place}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="272" />
        <source>system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="273" />
        <source>unencrypted secrets file</source>
        <translation>el archivo de secretos sin cifrar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="274" />
        <source>memory of this session</source>
        <translation>la memoria de esta sesión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="287" />
        <source>Sending a test e-mail to {to}…</source>
        <translation>Enviando un correo de prueba a {to}…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="289" />
        <source>Sending a test e-mail</source>
        <translation>Enviando un correo de prueba</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="303" />
        <source>Test e-mail not sent: {reason}</source>
        <translation>No se envió el correo de prueba: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="307" />
        <source>Test e-mail sent to {to} through {host}:{port}.</source>
        <translation>Correo de prueba enviado a {to} a través de {host}:{port}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="310" />
        <source>The form has unsaved changes: press Save to keep them.</source>
        <translation>El formulario tiene cambios sin guardar: pulse Guardar para conservarlos.</translation>
    </message>
    <message>
        <source>Alerts and reports to:</source>
        <translation>Avisos e informes a:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Set-up &amp;wizard…</source>
        <translation>Asistente de &amp;configuración…</translation>
    </message>
    <message>
        <source>&amp;Check this PC…</source>
        <translation>&amp;Comprobar este PC…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="35" />
        <source>timedesk</source>
        <translation>timedesk</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="57" />
        <source>This tab could not be opened; see the log file for details.</source>
        <translation>No se pudo abrir esta pestaña; consulte el archivo de registro para más detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="63" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="68" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/main_window.py" line="69" />
        <source>&amp;About timedesk</source>
        <translation>&amp;Acerca de timedesk</translation>
    </message>
    <message>
        <source>&amp;Sign out / switch user</source>
        <translation>&amp;Cerrar sesión / cambiar de usuario</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to {tab}</source>
        <translation>Ir a {tab}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>This page has nothing to refresh.</source>
        <translation>Esta página no tiene nada que actualizar.</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>Esta página no tiene campo de búsqueda.</translation>
    </message>
    <message>
        <source>timedesk is still running</source>
        <translation>timedesk sigue en marcha</translation>
    </message>
    <message>
        <source>The listener keeps receiving Clockify webhooks while the window is closed. Click this icon to open timedesk again; choose Quit in its menu to stop it.</source>
        <translation>El servicio de escucha sigue recibiendo los webhooks de Clockify con la ventana cerrada. Pulse este icono para volver a abrir timedesk; elija Salir en su menú para detenerlo.</translation>
    </message>
    <message>
        <source>About timedesk</source>
        <translation>Acerca de timedesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;timedesk {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;timedesk {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The office time and attendance desk: Sesame reports, Clockify log, punch clock, turns and help desk.</source>
        <translation>El control horario y de asistencia de la oficina: informes de Sesame, registro de Clockify, fichajes, turnos y soporte técnico.</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>My &amp;language</source>
        <translation>Mi &amp;idioma</translation>
    </message>
    <message>
        <source>This computer's language</source>
        <translation>El idioma de este ordenador</translation>
    </message>
    <message>
        <source>Saving your language</source>
        <translation>Guardando su idioma</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../timedesk/ui/pages.py" line="33" />
        <source>This page is not available in this version.</source>
        <translation>Esta página no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/pages.py" line="41" />
        <source>This page could not be opened; see the log file.</source>
        <translation>No se pudo abrir esta página; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ReceptionPanel</name>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="72" />
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="76" />
        <source>Optional, for the desk</source>
        <translation>Opcional, para el puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="80" />
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="81" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="82" />
        <source>The name and the note are never shown on the lobby display; the desk sees them.</source>
        <translation>El nombre y la nota nunca se muestran en la pantalla de la sala; el puesto sí los ve.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="98" />
        <source>Last number issued</source>
        <translation>Último número dado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="130" />
        <source>Print a ticket</source>
        <translation>Imprimir tique</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="136" />
        <source>PDF file (tickets folder)</source>
        <translation>Archivo PDF (carpeta de tiques)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="141" />
        <source>{name} (not installed)</source>
        <translation>{name} (no instalada)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="144" />
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="146" />
        <source>Full screen with the service buttons only, for customers to take their own number</source>
        <translation>Pantalla completa solo con los botones de servicio, para que los clientes saquen su número</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="151" />
        <source>Keys: the service letter issues a turn, Shift+letter a priority turn (outside the text fields).</source>
        <translation>Teclas: la letra del servicio da un turno, Mayús+letra un turno prioritario (fuera de los campos de texto).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="187" />
        <source>Loading the services</source>
        <translation>Cargando los servicios</translation>
    </message>
    <message>
        <source>The services could not be loaded:</source>
        <translation>No se pudieron cargar los servicios:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="203" />
        <source>Counting waiting turns</source>
        <translation>Contando los turnos en espera</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="229" />
        <source>Priority</source>
        <translation>Prioritario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/reception.py" line="232" />
        <source>Estimated wait: {wait}</source>
        <translation>Espera estimada: {wait}</translation>
    </message>
    <message>
        <source>No turn was issued:</source>
        <translation>No se dio ningún turno:</translation>
    </message>
    <message>
        <source>The turn was not cancelled:</source>
        <translation>No se anuló el turno:</translation>
    </message>
    <message>
        <source>Reprint ticket</source>
        <translation>Reimprimir tique</translation>
    </message>
    <message>
        <source>Print the last ticket again, with the same number</source>
        <translation>Imprime otra vez el último tique, con el mismo número</translation>
    </message>
    <message>
        <source>Cancel this turn</source>
        <translation>Anular este turno</translation>
    </message>
    <message>
        <source>A wrong button? Takes the last turn out of the queue, if no desk has called it yet</source>
        <translation>¿Botón equivocado? Saca el último turno de la cola, si ningún puesto lo ha llamado aún</translation>
    </message>
    <message>
        <source>Cancel turn {number}</source>
        <translation>Anular el turno {number}</translation>
    </message>
    <message>
        <source>Cancel turn {number} ({service})? It leaves the queue and its number is not given again. Issue the right one afterwards.</source>
        <translation>¿Anular el turno {number} ({service})? Sale de la cola y su número no se vuelve a dar. Después, emita el correcto.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Turn {number} was cancelled.</source>
        <translation>Se anuló el turno {number}.</translation>
    </message>
    <message>
        <source>Turn {number} was not cancelled: a desk has called it already. The desk finishes it or marks a no-show.</source>
        <translation>No se anuló el turno {number}: un puesto ya lo ha llamado. El puesto lo termina o lo marca como no presentado.</translation>
    </message>
    <message>
        <source>Full screen with the service buttons only, for customers to take their own number. Staff leave it with {keys} and their password (the kiosk does not show it to customers)</source>
        <translation>Pantalla completa solo con los botones de servicio, para que los clientes saquen su número. El personal sale con {keys} y su contraseña (el quiosco no lo muestra a los clientes)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="46" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="46" />
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="46" />
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="47" />
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="47" />
        <source>Custom period</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="50" />
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="51" />
        <source>No employee list yet: press “Refresh lists” to load it from Sesame.</source>
        <translation>Aún no hay lista de empleados: pulse «Actualizar listas» para traerla de Sesame.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="53" />
        <source>Offices</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="53" />
        <source>No office list yet.</source>
        <translation>Aún no hay lista de centros.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="55" />
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="55" />
        <source>No department list yet.</source>
        <translation>Aún no hay lista de departamentos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="57" />
        <source>Filters: nothing ticked in a list means all of it.</source>
        <translation>Filtros: si no marca nada en una lista, se incluye entera.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="60" />
        <source>Refresh lists</source>
        <translation>Actualizar listas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="62" />
        <source>Read employees, offices, departments and activities from Sesame again</source>
        <translation>Volver a leer de Sesame los empleados, centros, departamentos y actividades</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="65" />
        <source>By employee</source>
        <translation>Por empleado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="65" />
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="66" />
        <source>By activity</source>
        <translation>Por actividad</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="68" />
        <source>Count breaks as work</source>
        <translation>Contar las pausas como trabajo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="69" />
        <source>Leave breaks out (Breaks column)</source>
        <translation>Descontar las pausas (columna Pausas)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="71" />
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="72" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="75" />
        <source>Compare the totals with Sesame's own report</source>
        <translation>Comparar los totales con el informe de Sesame</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="83" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="116" />
        <source>from</source>
        <translation>del</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="118" />
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="126" />
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="126" />
        <source>Grouping:</source>
        <translation>Agrupar:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="127" />
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="127" />
        <source>Breaks:</source>
        <translation>Pausas:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="128" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="139" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="197" />
        <source>Folder for the reports</source>
        <translation>Carpeta de los informes</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="220" />
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_form.py" line="221" />
        <source>Choose a “to” date on or after the “from” date.</source>
        <translation>Elija una fecha «al» igual o posterior a la fecha «del».</translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="47" />
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="49" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="51" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="52" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="53" />
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="55" />
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="57" />
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="64" />
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="66" />
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="68" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="94" />
        <source>{name} (file no longer there)</source>
        <translation>{name} (el archivo ya no está)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="115" />
        <source>Loading the generated reports</source>
        <translation>Cargando los informes generados</translation>
    </message>
    <message>
        <source>Cannot list the reports:</source>
        <translation>No se pueden listar los informes:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="129" />
        <source>No report generated yet.</source>
        <translation>Aún no se ha generado ningún informe.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="130" />
        <source>1 report.</source>
        <translation>1 informe.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="131" />
        <source>{count} reports, newest first.</source>
        <translation>{count} informes, el más reciente primero.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="151" />
        <source>Delete report</source>
        <translation>Eliminar informe</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="152" />
        <source>Delete the report {name}? The file is deleted too.</source>
        <translation>¿Eliminar el informe {name}? También se elimina el archivo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="171" />
        <source>Deleting a report</source>
        <translation>Eliminando un informe</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_history.py" line="179" />
        <source>Report {name} deleted.</source>
        <translation>Informe {name} eliminado.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="46" />
        <source>Generate report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="64" />
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="73" />
        <source>Generated reports</source>
        <translation>Informes generados</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="96" />
        <source>Reading the lists from Sesame…</source>
        <translation>Leyendo las listas de Sesame…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="99" />
        <source>Refreshing the Sesame lists</source>
        <translation>Actualizando las listas de Sesame</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="100" />
        <source>Loading the Sesame lists</source>
        <translation>Cargando las listas de Sesame</translation>
    </message>
    <message>
        <source>The lists could not be read:</source>
        <translation>No se pudieron leer las listas:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="116" />
        <source>(inactive)</source>
        <translation>(de baja)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="122" />
        <source>The lists have not been read from Sesame yet; with nothing ticked the report takes everyone.</source>
        <translation>Las listas aún no se han leído de Sesame; sin nada marcado, el informe incluye a todos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="126" />
        <source>Lists read from Sesame on {when}; nothing ticked means all.</source>
        <translation>Listas leídas de Sesame el {when}; sin nada marcado se incluye todo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="147" />
        <source>Sesame report</source>
        <translation>Informe de Sesame</translation>
    </message>
    <message>
        <source>Sesame is not connected: reports read the work entries of your company's Sesame account. Store its API token first (or turn on the demo company, setting sesame.demo).</source>
        <translation>Sesame no está conectado: los informes leen las entradas de trabajo de la cuenta de Sesame de su empresa. Guarde primero su token de API (o active la empresa de demostración, ajuste sesame.demo).</translation>
    </message>
    <message>
        <source>Connect Sesame…</source>
        <translation>Conectar Sesame…</translation>
    </message>
    <message>
        <source>Checking the Sesame connection</source>
        <translation>Comprobando la conexión con Sesame</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="12" />
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="13" />
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="14" />
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="15" />
        <source>Desk staff</source>
        <translation>Personal de mostrador</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="16" />
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/roles.py" line="17" />
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="52" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="59" />
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="61" />
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="89" />
        <source>Choose the period and the filters, then press Generate.</source>
        <translation>Elija el periodo y los filtros y pulse Generar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="102" />
        <source>Reading from Sesame: page {done} of {total}</source>
        <translation>Leyendo de Sesame: página {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="105" />
        <source>Reading from Sesame…</source>
        <translation>Leyendo de Sesame…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="107" />
        <source>Reading employees and activities from Sesame…</source>
        <translation>Leyendo de Sesame los empleados y las actividades…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="109" />
        <source>Reading Sesame's own totals to compare…</source>
        <translation>Leyendo los totales de Sesame para compararlos…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="111" />
        <source>Writing the report: row {done} of {total}</source>
        <translation>Escribiendo el informe: fila {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="114" />
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="116" />
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="127" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="133" />
        <source>Report ready: {path}</source>
        <translation>Informe listo: {path}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="135" />
        <source>Rows: {rows} · Employees: {employees} · Total time: {total}</source>
        <translation>Filas: {rows} · Empleados: {employees} · Tiempo total: {total}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="140" />
        <source>Sesame's own totals differ on {count} day(s)</source>
        <translation>Los totales de Sesame difieren en {count} día(s)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="143" />
        <source>Sesame's own totals agree</source>
        <translation>Los totales de Sesame coinciden</translation>
    </message>
    <message>
        <source>No report was written.</source>
        <translation>No se ha escrito ningún informe.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/report_run.py" line="154" />
        <source>Report cancelled; no file was written.</source>
        <translation>Informe cancelado; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>SecretsSection</name>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="39" />
        <source>Keep secrets in an UNENCRYPTED file on this computer</source>
        <translation>Guardar los secretos en un archivo SIN CIFRAR en este equipo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="67" />
        <source>Passwords and API tokens are kept in the system keyring ({backend}).</source>
        <translation>Las contraseñas y los tokens de API se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="72" />
        <source>This computer has no system keyring, so passwords and API tokens are kept only until timedesk closes (or come from TIMEDESK_SECRET_… environment variables).</source>
        <translation>Este equipo no tiene llavero del sistema, así que las contraseñas y los tokens de API solo se conservan hasta que se cierra timedesk (o se toman de variables de entorno TIMEDESK_SECRET_…).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="44" />
        <source>The file {path} is readable only by your user account, but it is not encrypted: anyone who can read it, or a backup of it, can read the secrets. Use it only on a computer you trust.</source>
        <translation>Solo su cuenta de usuario puede leer el archivo {path}, pero no está cifrado: quien pueda leerlo, o leer una copia de seguridad, podrá ver los secretos. Úselo solo en un equipo de confianza.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="37" />
        <source>Looking for the system keyring…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="84" />
        <source>Secrets you save from now on go to the unencrypted file.</source>
        <translation>Los secretos que guarde a partir de ahora irán al archivo sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="85" />
        <source>Secrets you save from now on are kept for this session only.</source>
        <translation>Los secretos que guarde a partir de ahora solo se conservarán durante esta sesión.</translation>
    </message>
    <message>
        <source>Looking for the system keyring</source>
        <translation>Buscando el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../timedesk/ui/connection/database_section.py" line="173" />
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/language_section.py" line="54" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/listener_section.py" line="136" />
        <source>Listener</source>
        <translation>Servicio de escucha</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/secrets_section.py" line="94" />
        <source>Secrets storage</source>
        <translation>Almacén de secretos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/clockify_section.py" line="266" />
        <source>Clockify webhooks</source>
        <translation>Webhooks de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/mail_section.py" line="321" />
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="281" />
        <source>Sesame Time</source>
        <translation>Sesame Time</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Idioma y aspecto</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../../timedesk/ui/turns/service_buttons.py" line="88" />
        <source>Priority</source>
        <translation>Prioritario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/service_buttons.py" line="90" />
        <location filename="../../timedesk/ui/turns/service_buttons.py" line="93" />
        <source>Key: {key}</source>
        <translation>Tecla: {key}</translation>
    </message>
    <message>
        <source>Shift+{key}</source>
        <translation>Mayús+{key}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/service_buttons.py" line="121" />
        <source>1 waiting</source>
        <translation>1 en espera</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/service_buttons.py" line="123" />
        <source>{count} waiting</source>
        <translation>{count} en espera</translation>
    </message>
    <message>
        <source>Closed · opens {time}</source>
        <translation>Cerrado · abre a las {time}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed now. Opening hours: {hours}.</source>
        <translation>Cerrado ahora. Horario: {hours}.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Cerrado ahora.</translation>
    </message>
    <message>
        <source>Opening hours: {hours}.</source>
        <translation>Horario: {hours}.</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <location filename="../../timedesk/ui/turns/service_buttons.py" line="146" />
        <source>No service is active. An administrator adds services in the Turns set-up.</source>
        <translation>No hay ningún servicio activo. Un administrador añade servicios en la configuración de Turnos.</translation>
    </message>
    <message>
        <source>No service is active. An administrator adds services in the Turns tab's Set-up page.</source>
        <translation>No hay ningún servicio activo. Un administrador añade servicios en la página Configuración de la pestaña Turnos.</translation>
    </message>
</context>
<context>
    <name>ServiceWaitChart</name>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_charts.py" line="118" />
        <source>Average wait</source>
        <translation>Espera media</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_charts.py" line="118" />
        <source>90% waited at most</source>
        <translation>El 90 % esperó hasta</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_charts.py" line="119" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Keep the secret for this session only, or store it in the unencrypted secrets file.</source>
        <translation>Guarde el secreto solo para esta sesión, o en el archivo de secretos sin cifrar.</translation>
    </message>
    <message>
        <source>The secret store cannot be used.</source>
        <translation>No se puede usar el almacén de secretos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Ask an administrator for the permission.</source>
        <translation>Pida el permiso a un administrador.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>Check the database settings on the Connection tab and that the database server is running.</source>
        <translation>Revise los ajustes de la base de datos en la pestaña Conexión y que el servidor de base de datos esté en marcha.</translation>
    </message>
    <message>
        <source>The database cannot be reached.</source>
        <translation>No se puede conectar con la base de datos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="28" />
        <source>Details: {cause}</source>
        <translation>Detalles: {cause}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="71" />
        <source>The connection to Sesame dropped before its answer arrived whole.</source>
        <translation>La conexión con Sesame se cortó antes de que llegara su respuesta completa.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="73" />
        <source>Try again in a few minutes; if it keeps happening, check this computer&apos;s Internet connection or proxy.</source>
        <translation>Vuelva a intentarlo en unos minutos; si sigue pasando, revise la conexión a Internet o el proxy de este equipo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="38" />
        <source>Sesame refused the token (401): it is invalid or was revoked.</source>
        <translation>Sesame ha rechazado el token (401): no es válido o se ha revocado.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="40" />
        <source>Create a new API token in Sesame (Settings › Integrations › API), paste it here and save.</source>
        <translation>Cree un token de API nuevo en Sesame (Configuración › Integraciones › API), péguelo aquí y guarde.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="44" />
        <source>Sesame says this company is not licensed for the API (403).</source>
        <translation>Sesame indica que esta empresa no tiene licencia para la API (403).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="46" />
        <source>Ask Sesame to enable the API add-on for the company, or use a token of a company that has it.</source>
        <translation>Pida a Sesame que active el complemento de API para la empresa, o use un token de una empresa que lo tenga.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="51" />
        <source>Sesame could not be reached: its address does not resolve (DNS), so the region is probably wrong.</source>
        <translation>No se pudo contactar con Sesame: su dirección no se resuelve (DNS), así que probablemente la región es incorrecta.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="54" />
        <source>Sesame could not be reached: the connection was refused.</source>
        <translation>No se pudo contactar con Sesame: se rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="57" />
        <source>Sesame could not be reached: the region is unknown, its address does not resolve (DNS) or the connection was refused.</source>
        <translation>No se pudo contactar con Sesame: la región no existe, su dirección no se resuelve (DNS) o se rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="60" />
        <source>Check the region (it is in the address of your Sesame page, e.g. eu1), the advanced base URL and this computer's Internet connection.</source>
        <translation>Compruebe la región (aparece en la dirección de su página de Sesame, p. ej. eu1), la URL base avanzada y la conexión a Internet de este equipo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="65" />
        <source>Sesame did not answer in time.</source>
        <translation>Sesame no ha respondido a tiempo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="66" />
        <source>Try again in a moment; if it keeps happening, raise the setting sesame.timeout_s.</source>
        <translation>Vuelva a intentarlo en un momento; si sigue ocurriendo, aumente el ajuste sesame.timeout_s.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="70" />
        <source>Part of the data could not be read from Sesame, even after several attempts, so no report was written.</source>
        <translation>Parte de los datos no se pudo leer de Sesame, ni tras varios intentos, así que no se ha escrito ningún informe.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="73" />
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="75" />
        <source>Sesame gave an answer timedesk does not understand.</source>
        <translation>Sesame ha dado una respuesta que timedesk no entiende.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="77" />
        <source>Check that the base URL points at Sesame's API; the log file has the details.</source>
        <translation>Compruebe que la URL base apunta a la API de Sesame; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="83" />
        <source>Something unexpected went wrong.</source>
        <translation>Ha ocurrido algo inesperado.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/error_text.py" line="84" />
        <source>The log file has the details; try again, and report it if it happens again.</source>
        <translation>El archivo de registro tiene los detalles; vuelva a intentarlo y avise si se repite.</translation>
    </message>
    <message>
        <source>Check the database settings (File &gt; Settings &gt; This computer) and that the database server is running.</source>
        <translation>Revise los ajustes de la base de datos (Archivo &gt; Configuración &gt; Este ordenador) y que el servidor de base de datos esté en marcha.</translation>
    </message>
</context>
<context>
    <name>SesameSection</name>
    <message>
        <source>Settings saved, but not the token:</source>
        <translation>Ajustes guardados, pero no el token:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="49" />
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="57" />
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="59" />
        <source>Replaces the whole address of the region (a proxy, a test server). Leave it empty to use the region's.</source>
        <translation>Sustituye la dirección completa de la región (un proxy, un servidor de pruebas). Déjela vacía para usar la de la región.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="61" />
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="63" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="88" />
        <source>The code in your Sesame API address: eu1 in api-eu1.sesametime.com.</source>
        <translation>El código de la dirección de su API de Sesame: eu1 en api-eu1.sesametime.com.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="86" />
        <source>API token:</source>
        <translation>Token de la API:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="87" />
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="94" />
        <source>Environment variables set {keys}: what you save here applies only when they are not set.</source>
        <translation>Hay variables de entorno que definen {keys}: lo que guarde aquí solo se aplica cuando no están definidas.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="98" />
        <source>A Sesame administrator creates the token under Settings › Integrations › API (the company needs the API add-on). It goes to the system keyring and is never shown again.</source>
        <translation>Un administrador de Sesame crea el token en Configuración › Integraciones › API (la empresa necesita el complemento de API). Se guarda en el llavero del sistema y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="103" />
        <source>Changing the Sesame connection needs the Sesame management permission.</source>
        <translation>Para cambiar la conexión con Sesame hace falta el permiso de gestión de Sesame.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="148" />
        <source>Reading the secret store</source>
        <translation>Leyendo el almacén de secretos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="158" />
        <source>Token saved in the system keyring; type a new one to replace it.</source>
        <translation>Token guardado en el llavero del sistema; escriba otro para sustituirlo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="160" />
        <source>Token saved in the unencrypted secrets file; type a new one to replace it.</source>
        <translation>Token guardado en el archivo de secretos sin cifrar; escriba otro para sustituirlo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="162" />
        <source>Token kept until timedesk closes (no keyring).</source>
        <translation>Token conservado hasta que se cierre timedesk (no hay llavero).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="163" />
        <source>The token comes from the environment variable TIMEDESK_SECRET_SESAME_TOKEN.</source>
        <translation>El token viene de la variable de entorno TIMEDESK_SECRET_SESAME_TOKEN.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="170" />
        <source>No token saved yet.</source>
        <translation>Aún no hay ningún token guardado.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="172" />
        <source>paste the token Sesame shows you</source>
        <translation>pegue el token que le muestra Sesame</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="203" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="198" />
        <source>Saving the Sesame settings</source>
        <translation>Guardando la configuración de Sesame</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="213" />
        <source>Saved. The address changed, so the stored token was deleted: paste the token again and save.</source>
        <translation>Guardado. La dirección ha cambiado, así que se ha borrado el token guardado: péguelo de nuevo y guarde.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="208" />
        <source>Storing the Sesame token</source>
        <translation>Guardando el token de Sesame</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="220" />
        <source>Settings saved, but not the token: {reason}</source>
        <translation>Ajustes guardados, pero no el token: {reason}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="225" />
        <source>Saved; the token is in the {place}.</source>
        <translation>Guardado; el token está en {place}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="226" />
        <source>system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="227" />
        <source>unencrypted secrets file</source>
        <translation>el archivo de secretos sin cifrar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="228" />
        <source>memory of this session</source>
        <translation>la memoria de esta sesión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="245" />
        <source>Asking Sesame…</source>
        <translation>Consultando a Sesame…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="247" />
        <source>Testing the Sesame connection</source>
        <translation>Probando la conexión con Sesame</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="261" />
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="266" />
        <source>Connected to Sesame: {company}</source>
        <translation>Conectado a Sesame: {company}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/connection/sesame_section.py" line="269" />
        <source>The form has unsaved changes: press Save to keep them.</source>
        <translation>El formulario tiene cambios sin guardar: pulse Guardar para conservarlos.</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="65" />
        <source>Clockify session #{id}</source>
        <translation>Sesión de Clockify #{id}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="112" />
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="113" />
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="113" />
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="114" />
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="114" />
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="115" />
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="115" />
        <source>Billable:</source>
        <translation>Facturable:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="116" />
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="117" />
        <source>Clockify id:</source>
        <translation>ID de Clockify:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="118" />
        <source>First event:</source>
        <translation>Primer evento:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="123" />
        <source>Times and review</source>
        <translation>Horas y revisión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="128" />
        <source>Received from Clockify</source>
        <translation>Recibido de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="128" />
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="131" />
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="131" />
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="132" />
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="137" />
        <source>Overtime:</source>
        <translation>Horas extra:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="137" />
        <source>Edits:</source>
        <translation>Ediciones:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="138" />
        <source>Observation:</source>
        <translation>Observación:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="138" />
        <source>Decided:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="139" />
        <source>Deleted:</source>
        <translation>Eliminada:</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="154" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="158" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="158" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="158" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="158" />
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="159" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="178" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="182" />
        <source>Note (say why when you reject)</source>
        <translation>Nota (indique el motivo si rechaza)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="183" />
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="187" />
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="209" />
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="221" />
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="232" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="221" />
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="232" />
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="238" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="225" />
        <source>● Running</source>
        <translation>● En curso</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="226" />
        <source>{elapsed} so far</source>
        <translation>{elapsed} hasta ahora</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="234" />
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="237" />
        <source>Yes, {when}</source>
        <translation>Sí, {when}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="269" />
        <source>Only a manager or an administrator can approve or reject sessions.</source>
        <translation>Solo un gerente o un administrador puede aprobar o rechazar sesiones.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="273" />
        <source>The timer is still running; decide once it stops.</source>
        <translation>El temporizador sigue en marcha; decida cuando se detenga.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="275" />
        <source>The session was deleted in Clockify; it is kept for the record only.</source>
        <translation>La sesión se eliminó en Clockify; solo se conserva como constancia.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="277" />
        <source>Approving makes Clockify's times the valid times; rejecting keeps the valid times as they are.</source>
        <translation>Al aprobar, las horas de Clockify pasan a ser las horas válidas; al rechazar, las horas válidas se quedan como están.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="296" />
        <source>Loading a Clockify session</source>
        <translation>Cargando una sesión de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="302" />
        <source>The session could not be loaded; see the log file.</source>
        <translation>No se pudo cargar la sesión; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="314" />
        <source>Approving a Clockify session</source>
        <translation>Aprobando una sesión de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="318" />
        <source>Rejecting a Clockify session</source>
        <translation>Rechazando una sesión de Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="333" />
        <source>You may not approve or reject sessions; ask an administrator for a role that allows it.</source>
        <translation>No puede aprobar ni rechazar sesiones; pida a un administrador un rol que lo permita.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="336" />
        <source>The decision could not be saved; see the log file.</source>
        <translation>No se pudo guardar la decisión; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="341" />
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/session_detail.py" line="342" />
        <source>Rejected.</source>
        <translation>Rechazada.</translation>
    </message>
    <message>
        <source>Corrected.</source>
        <translation>Corregida.</translation>
    </message>
    <message>
        <source>Correcting a Clockify session</source>
        <translation>Corrigiendo una sesión de Clockify</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Deleting a Clockify session</source>
        <translation>Eliminando una sesión de Clockify</translation>
    </message>
    <message>
        <source>Write in the note why the session is rejected first.</source>
        <translation>Escriba primero en la nota por qué se rechaza la sesión.</translation>
    </message>
    <message>
        <source>Reject the session</source>
        <translation>Rechazar la sesión</translation>
    </message>
    <message>
        <source>Reject this session? Its valid times stay as they are, and the note is kept as its observation:

{note}</source>
        <translation>¿Rechazar esta sesión? Sus horas válidas quedan como están y la nota se guarda como su observación:

{note}</translation>
    </message>
</context>
<context>
    <name>SessionFilterBar</name>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="39" />
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="135" />
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="42" />
        <source>name or id</source>
        <translation>nombre o ID</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="50" />
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="53" />
        <source>Overtime only</source>
        <translation>Solo horas extra</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="55" />
        <source>Show deleted</source>
        <translation>Mostrar eliminadas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="57" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="59" />
        <source>Show all sessions again</source>
        <translation>Volver a mostrar todas las sesiones</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="74" />
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="81" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="81" />
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="82" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="82" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_filters.py" line="83" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>E-mail, Clockify entry id or description</source>
        <translation>Correo, id de entrada de Clockify o descripción</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="166" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="180" />
        <source>Deleted in Clockify on {when}</source>
        <translation>Eliminada en Clockify el {when}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/sessions_model.py" line="188" />
        <source>Valid times: {start} – {end} ({duration})</source>
        <translation>Horas válidas: {start} – {end} ({duration})</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="20" />
        <source>timedesk cannot start</source>
        <translation>timedesk no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="21" />
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="23" />
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="27" />
        <source>Use the embedded SQLite database</source>
        <translation>Usar la base de datos SQLite integrada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/startup_error.py" line="29" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="44" />
        <source>Database in use: {where}</source>
        <translation>Base de datos en uso: {where}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="50" />
        <source>Listener: {address}</source>
        <translation>Escucha: {address}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="51" />
        <source>Webhooks and the lobby display reach this computer at {url}</source>
        <translation>Los webhooks y la pantalla de la sala de espera llegan a este equipo en {url}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="54" />
        <source>Listener: failed</source>
        <translation>Escucha: falló</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="55" />
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="57" />
        <source>Listener: starting…</source>
        <translation>Escucha: iniciando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="59" />
        <source>Listener: off</source>
        <translation>Escucha: apagada</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="59" />
        <source>The listener is not running.</source>
        <translation>El servicio de escucha no está en marcha.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="66" />
        <source>Live updates: on</source>
        <translation>En vivo: activo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="68" />
        <source>Live updates: reconnecting…</source>
        <translation>En vivo: reconectando…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="70" />
        <source>Live updates: off</source>
        <translation>En vivo: inactivo</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="72" />
        <source>Changes made on other computers appear here as they happen.</source>
        <translation>Los cambios hechos en otros equipos aparecen aquí en cuanto se producen.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="96" />
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/status_bar.py" line="98" />
        <source>Signed in as {name}</source>
        <translation>Sesión iniciada como {name}</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../timedesk/ui/connection/tab.py" line="69" />
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/clockify/tab.py" line="50" />
        <source>Clockify</source>
        <translation>Clockify</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/sesame/reports_tab.py" line="191" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/tab.py" line="77" />
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>Fichajes</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Incidencias</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="44" />
        <source>no estimate yet</source>
        <translation>aún sin estimación</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="48" />
        <source>up to {high} min</source>
        <translation>hasta {high} min</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="50" />
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="51" />
        <source>about {low}–{high} min</source>
        <translation>unos {low}–{high} min</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="57" />
        <source>Nobody ahead of you</source>
        <translation>No hay nadie delante de usted</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="59" />
        <source>1 person ahead of you</source>
        <translation>1 persona delante de usted</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="60" />
        <source>{count} people ahead of you</source>
        <translation>{count} personas delante de usted</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="85" />
        <source>Your number</source>
        <translation>Su número</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="86" />
        <source>Priority</source>
        <translation>Prioritario</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="87" />
        <source>Estimated wait: {wait}</source>
        <translation>Espera estimada: {wait}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="89" />
        <source>Watch the screen: your number will be called.</source>
        <translation>Atento a la pantalla: se llamará a su número.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="133" />
        <source>the ticket could not be started on the printer.</source>
        <translation>no se pudo empezar el tique en la impresora.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="134" />
        <source>Check that the printer is switched on and has paper; the turn was issued.</source>
        <translation>Compruebe que la impresora está encendida y tiene papel; el turno se dio.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="144" />
        <source>Ticket {number}</source>
        <translation>Tique {number}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="169" />
        <source>Choose one of: {known}.</source>
        <translation>Elija una de: {known}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="171" />
        <source>No printer is installed: choose 'PDF file' or install the ticket printer.</source>
        <translation>No hay ninguna impresora instalada: elija 'Archivo PDF' o instale la impresora de tiques.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="174" />
        <source>the printer '{name}' is not installed on this computer; the ticket was not printed.</source>
        <translation>la impresora '{name}' no está instalada en este ordenador; el tique no se imprimió.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/ticket.py" line="177" />
        <source>The turn was issued.</source>
        <translation>El turno se dio.</translation>
    </message>
</context>
<context>
    <name>TurnIssuer</name>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="115" />
        <source>Issuing a turn</source>
        <translation>Dando un turno</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="125" />
        <source>The turn could not be issued.</source>
        <translation>No se pudo dar el turno.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="126" />
        <source>Check the connection to the database; the log file has the details.</source>
        <translation>Compruebe la conexión con la base de datos; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="154" />
        <source>Ticket printed on {printer}.</source>
        <translation>Tique impreso en {printer}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="161" />
        <source>Ticket saved as {path}.</source>
        <translation>Tique guardado como {path}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="166" />
        <source>The ticket could not be saved: {error}.</source>
        <translation>No se pudo guardar el tique: {error}.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/issuing.py" line="168" />
        <source>The turn was issued; check the data folder.</source>
        <translation>El turno se dio; revise la carpeta de datos.</translation>
    </message>
    <message>
        <source>Cancelling a turn</source>
        <translation>Anulando un turno</translation>
    </message>
</context>
<context>
    <name>TurnsDashboard</name>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="90" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="90" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="91" />
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="91" />
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="104" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="106" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="109" />
        <source>Names and notes</source>
        <translation>Nombres y notas</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="113" />
        <source>Include the customers' names and notes in the exported file (personal data: keep the file private).</source>
        <translation>Incluir los nombres y las notas de los clientes en el archivo exportado (datos personales: guarde el archivo en privado).</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="115" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="117" />
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="127" />
        <location filename="../../timedesk/ui/turns/dashboard.py" line="166" />
        <source>Issued</source>
        <translation>Emitidos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="127" />
        <location filename="../../timedesk/ui/turns/dashboard.py" line="166" />
        <source>Served</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="127" />
        <location filename="../../timedesk/ui/turns/dashboard.py" line="167" />
        <source>No-shows</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="127" />
        <source>Waiting now</source>
        <translation>Esperando ahora</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="128" />
        <location filename="../../timedesk/ui/turns/dashboard.py" line="167" />
        <source>Average wait</source>
        <translation>Espera media</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="128" />
        <source>90% waited at most</source>
        <translation>El 90 % esperó hasta</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="129" />
        <location filename="../../timedesk/ui/turns/dashboard.py" line="169" />
        <source>Within estimate</source>
        <translation>Dentro de la estimación</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="135" />
        <source>Turns per hour</source>
        <translation>Turnos por hora</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="136" />
        <source>Wait per service</source>
        <translation>Espera por servicio</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="166" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="167" />
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="168" />
        <source>P90 wait</source>
        <translation>Espera P90</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="168" />
        <source>Average service</source>
        <translation>Atención media</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="168" />
        <source>P90 service</source>
        <translation>Atención P90</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="202" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="259" />
        <source>Turns dashboard figures</source>
        <translation>Cifras del panel de turnos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="293" />
        <source>Only today's turns can be waiting now.</source>
        <translation>Solo los turnos de hoy pueden estar esperando ahora.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="296" />
        <source>Nine in ten customers were called within this time.</source>
        <translation>Nueve de cada diez clientes fueron llamados en este tiempo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="298" />
        <source>{within} of {estimated} called turns that had an estimate on their ticket</source>
        <translation>{within} de {estimated} turnos llamados que tenían una estimación en su tique</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="306" />
        <source>{range} · updated {time}</source>
        <translation>{range} · actualizado a las {time}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="312" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="360" />
        <source>Export the turns</source>
        <translation>Exportar los turnos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="362" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="363" />
        <source>Excel files (*.xlsx)</source>
        <translation>Archivos de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="385" />
        <source>Exporting the turns</source>
        <translation>Exportando los turnos</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="388" />
        <source>Exporting the turns to {path}…</source>
        <translation>Exportando los turnos a {path}…</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="416" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="422" />
        <source>{rows} turns exported to {path}</source>
        <translation>{rows} turnos exportados a {path}</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard.py" line="448" />
        <source>Something unexpected went wrong; see the log file.</source>
        <translation>Algo inesperado ha fallado; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_cards.py" line="79" />
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_cards.py" line="81" />
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/dashboard_cards.py" line="82" />
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>Wait
90th percentile</source>
        <translation>Espera
percentil 90</translation>
    </message>
    <message>
        <source>Service
90th percentile</source>
        <translation>Atención
percentil 90</translation>
    </message>
    <message>
        <source>9 customers in 10 waited at most this long.</source>
        <translation>9 de cada 10 clientes esperaron como mucho este tiempo.</translation>
    </message>
    <message>
        <source>9 services in 10 took at most this long.</source>
        <translation>9 de cada 10 atenciones duraron como mucho este tiempo.</translation>
    </message>
</context>
<context>
    <name>TurnsTab</name>
    <message>
        <location filename="../../timedesk/ui/turns/tab.py" line="31" />
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/tab.py" line="31" />
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/tab.py" line="32" />
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/tab.py" line="40" />
        <source>Open lobby display</source>
        <translation>Abrir pantalla de sala</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/turns/tab.py" line="43" />
        <source>Shows the lobby display in a window here; drag it to the lobby monitor and press Ctrl+Shift+F for full screen. Other computers run: timedesk display</source>
        <translation>Muestra la pantalla de sala en una ventana de este equipo; arrástrela al monitor de la sala y pulse Ctrl+Mayús+F para pantalla completa. En otros equipos ejecute: timedesk display</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SecretSection</name>
    <message>
        <source>The form has unsaved changes: press Save to keep them.</source>
        <translation>El formulario tiene cambios sin guardar: pulse Guardar para conservarlos.</translation>
    </message>
    <message>
        <source>Environment variables set {keys}: what you save here applies only when they are not set.</source>
        <translation>Hay variables de entorno que definen {keys}: lo que guarde aquí solo se aplica cuando no están definidas.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Reading the secret store</source>
        <translation>Leyendo el almacén de secretos</translation>
    </message>
    <message>
        <source>Storing a secret</source>
        <translation>Guardando un secreto</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>memory of this session</source>
        <translation>la memoria de esta sesión</translation>
    </message>
    <message>
        <source>unencrypted secrets file</source>
        <translation>el archivo de secretos sin cifrar</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Añadir festivo</translation>
    </message>
    <message>
        <source>Adding a holiday</source>
        <translation>Añadiendo un festivo</translation>
    </message>
    <message>
        <source>Cannot read the office calendar:</source>
        <translation>No se puede leer el calendario de la oficina:</translation>
    </message>
    <message>
        <source>Changing the office calendar needs the settings management permission.</source>
        <translation>Cambiar el calendario de la oficina requiere el permiso de gestión de la configuración.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation>Festivo añadido.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Festivo quitado.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Late/early tolerance:</source>
        <translation>Tolerancia de retraso/salida anticipada:</translation>
    </message>
    <message>
        <source>Name, e.g. Navidad</source>
        <translation>Nombre, p. ej. Navidad</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>No se ha guardado nada:</translation>
    </message>
    <message>
        <source>Office week</source>
        <translation>Semana de la oficina</translation>
    </message>
    <message>
        <source>Reading the office calendar</source>
        <translation>Leyendo el calendario de la oficina</translation>
    </message>
    <message>
        <source>Remove the selected holiday</source>
        <translation>Quitar el festivo seleccionado</translation>
    </message>
    <message>
        <source>Removing a holiday</source>
        <translation>Quitando un festivo</translation>
    </message>
    <message>
        <source>Save the week</source>
        <translation>Guardar la semana</translation>
    </message>
    <message>
        <source>Saving the office week</source>
        <translation>Guardando la semana de la oficina</translation>
    </message>
    <message>
        <source>Select the holiday to remove.</source>
        <translation>Seleccione el festivo que quiere quitar.</translation>
    </message>
    <message>
        <source>The office week was saved.</source>
        <translation>Se ha guardado la semana de la oficina.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>closed (e.g. 09:00-14:00,15:00-18:00)</source>
        <translation>cerrado (p. ej. 09:00-14:00,15:00-18:00)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Add a missing punch</source>
        <translation>Añadir un fichaje olvidado</translation>
    </message>
    <message>
        <source>Amend a punch</source>
        <translation>Corregir un fichaje</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Empleado:</translation>
    </message>
    <message>
        <source>Give the reason for the correction: it is kept with the punch.</source>
        <translation>Indique el motivo de la corrección: se guarda con el fichaje.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>The original punch stays in the history, marked as amended.</source>
        <translation>El fichaje original se conserva en el historial, marcado como corregido.</translation>
    </message>
    <message>
        <source>Time (office time):</source>
        <translation>Hora (de la oficina):</translation>
    </message>
    <message>
        <source>Why the punch is added or amended (required)</source>
        <translation>Por qué se añade o corrige el fichaje (obligatorio)</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Add a missing punch…</source>
        <translation>Añadir un fichaje olvidado…</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Cannot read the employees:</source>
        <translation>No se pueden leer los empleados:</translation>
    </message>
    <message>
        <source>Cannot read the punches:</source>
        <translation>No se pueden leer los fichajes:</translation>
    </message>
    <message>
        <source>Correcting a punch</source>
        <translation>Corrigiendo un fichaje</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Empleado:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>No employee yet.</source>
        <translation>Aún no hay empleados.</translation>
    </message>
    <message>
        <source>No punch in this period.</source>
        <translation>No hay fichajes en este periodo.</translation>
    </message>
    <message>
        <source>Reading punches</source>
        <translation>Leyendo fichajes</translation>
    </message>
    <message>
        <source>Reading the employees</source>
        <translation>Leyendo los empleados</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Saved: {action} at {time}.</source>
        <translation>Guardado: {action} a las {time}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>Estado después</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{count} punches</source>
        <translation>{count} fichajes</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>4 to 8 digits, for the kiosk</source>
        <translation>De 4 a 8 cifras, para el quiosco</translation>
    </message>
    <message>
        <source>4 to 8 digits; empty keeps the current one</source>
        <translation>De 4 a 8 cifras; vacío conserva el actual</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Badge code:</source>
        <translation>Código de tarjeta:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Editar empleado</translation>
    </message>
    <message>
        <source>Kiosk PIN:</source>
        <translation>PIN del quiosco:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Nuevo empleado</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>The office calendar</source>
        <translation>El calendario de la oficina</translation>
    </message>
    <message>
        <source>User account:</source>
        <translation>Cuenta de usuario:</translation>
    </message>
    <message>
        <source>the user name of their timedesk account, if any</source>
        <translation>el nombre de usuario de su cuenta de timedesk, si tiene</translation>
    </message>
</context>
<context>
    <name>EmployeesEditor</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Código de tarjeta</translation>
    </message>
    <message>
        <source>Cannot read the employees:</source>
        <translation>No se pueden leer los empleados:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Disabling an employee</source>
        <translation>Desactivando un empleado</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reading the employees</source>
        <translation>Leyendo los empleados</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se ha guardado a {name}.</translation>
    </message>
    <message>
        <source>Saving an employee</source>
        <translation>Guardando un empleado</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Search by name, e-mail or badge code</source>
        <translation>Buscar por nombre, correo o código de tarjeta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} empleados</translation>
    </message>
    <message>
        <source>{name} is disabled: they no longer punch.</source>
        <translation>{name} está desactivado: ya no ficha.</translation>
    </message>
</context>
<context>
    <name>PunchActions</name>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>Fin de pausa</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
</context>
<context>
    <name>PunchCard</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>Confirmando</translation>
    </message>
    <message>
        <source>Out confirmed at {time}.</source>
        <translation>Salida confirmada a las {time}.</translation>
    </message>
    <message>
        <source>You did not punch out on {day}: when did you leave?</source>
        <translation>No fichó la salida el {day}: ¿a qué hora se fue?</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Cannot read your punches:</source>
        <translation>No se pueden leer sus fichajes:</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>Fin de pausa</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>My punch card</source>
        <translation>Mi ficha</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Punching</source>
        <translation>Fichando</translation>
    </message>
    <message>
        <source>Reading my punches</source>
        <translation>Leyendo mis fichajes</translation>
    </message>
    <message>
        <source>Worked today: {time}</source>
        <translation>Trabajado hoy: {time}</translation>
    </message>
    <message>
        <source>Your user is linked to no employee, so you cannot punch here. Ask a manager to link it (Punches › Employees).</source>
        <translation>Su usuario no está vinculado a ningún empleado, así que no puede fichar aquí. Pida a un responsable que lo vincule (Fichajes › Empleados).</translation>
    </message>
    <message>
        <source>{action} at {time}.</source>
        <translation>{action} a las {time}.</translation>
    </message>
</context>
<context>
    <name>PunchKiosk</name>
    <message>
        <source>A manager leaves the kiosk:</source>
        <translation>Un responsable sale del quiosco:</translation>
    </message>
    <message>
        <source>Badge code or name</source>
        <translation>Código de tarjeta o nombre</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the PIN</source>
        <translation>Comprobando el PIN</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Comprobando la contraseña</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>End break</source>
        <translation>Fin de pausa</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Manager's user name</source>
        <translation>Usuario del responsable</translation>
    </message>
    <message>
        <source>Managers: {keys} leaves the kiosk.</source>
        <translation>Responsables: {keys} sale del quiosco.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Punch in or out</source>
        <translation>Fiche su entrada o salida</translation>
    </message>
    <message>
        <source>Punching</source>
        <translation>Fichando</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Type a manager's user name and password.</source>
        <translation>Escriba el usuario y la contraseña de un responsable.</translation>
    </message>
    <message>
        <source>Type your badge code or name and your PIN.</source>
        <translation>Escriba su código de tarjeta o su nombre, y su PIN.</translation>
    </message>
    <message>
        <source>{action} at {time}</source>
        <translation>{action} a las {time}</translation>
    </message>
</context>
<context>
    <name>PunchSources</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
</context>
<context>
    <name>PunchStates</name>
    <message>
        <source>In</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Fuera</translation>
    </message>
</context>
<context>
    <name>Punches</name>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>Late, not yet in</source>
        <translation>Con retraso, aún no ha llegado</translation>
    </message>
    <message>
        <source>Not yet in</source>
        <translation>Aún no ha llegado</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>expected at {time}</source>
        <translation>se le espera a las {time}</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{state} since {time}</source>
        <translation>{state} desde las {time}</translation>
    </message>
</context>
<context>
    <name>PunchesTab</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Office calendar</source>
        <translation>Calendario de la oficina</translation>
    </message>
    <message>
        <source>Open the punch kiosk</source>
        <translation>Abrir el quiosco de fichaje</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>Fichajes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Jornadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Turns this computer into the punch kiosk, full screen: people punch with their badge code or name and PIN. Leaving it needs a manager's password. Other computers run: timedesk kiosk</source>
        <translation>Convierte este ordenador en el quiosco de fichaje, a pantalla completa: cada persona ficha con su código de tarjeta o su nombre y su PIN. Para salir hace falta la contraseña de un responsable. En otros ordenadores: timedesk kiosk</translation>
    </message>
    <message>
        <source>Turns this computer into the punch kiosk, full screen: people punch with their badge code or name and PIN. Leaving it needs {keys} and a manager's password (the kiosk does not show it). Other computers run: timedesk kiosk</source>
        <translation>Convierte este ordenador en el quiosco de fichaje, a pantalla completa: cada persona ficha con su código de tarjeta o su nombre y su PIN. Para salir hacen falta {keys} y la contraseña de un responsable (el quiosco no lo muestra). En otros ordenadores: timedesk kiosk</translation>
    </message>
</context>
<context>
    <name>SessionFlags</name>
    <message>
        <source>holiday</source>
        <translation>festivo</translation>
    </message>
    <message>
        <source>late</source>
        <translation>retraso</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>salida anticipada</translation>
    </message>
    <message>
        <source>no out yet</source>
        <translation>sin salida aún</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>horas extra</translation>
    </message>
    <message>
        <source>rule {name}</source>
        <translation>regla {name}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Cannot compute the sessions:</source>
        <translation>No se pueden calcular las jornadas:</translation>
    </message>
    <message>
        <source>Cannot read the employees:</source>
        <translation>No se pueden leer los empleados:</translation>
    </message>
    <message>
        <source>Computing sessions</source>
        <translation>Calculando jornadas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Empleado:</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>Primera entrada</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Última salida</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Reading the employees</source>
        <translation>Leyendo los empleados</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Trabajado</translation>
    </message>
    <message>
        <source>{count} sessions from {start} to {end}</source>
        <translation>{count} jornadas del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Export the sessions</source>
        <translation>Exportar las jornadas</translation>
    </message>
    <message>
        <source>Exported {rows} sessions to {path}</source>
        <translation>Se han exportado {rows} jornadas a {path}</translation>
    </message>
    <message>
        <source>Exporting punch sessions</source>
        <translation>Exportando jornadas de fichaje</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total}</source>
        <translation>Exportando… {done} de {total}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation>La exportación ha fallado:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Cannot compute the overview:</source>
        <translation>No se puede calcular el resumen:</translation>
    </message>
    <message>
        <source>Computing the overview</source>
        <translation>Calculando el resumen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Export the sessions of:</source>
        <translation>Exportar las jornadas de:</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Horas esta semana</translation>
    </message>
    <message>
        <source>In: {working} · On a break: {on_break} · Out: {out} · Late, not in yet: {late}</source>
        <translation>Dentro: {working} · En pausa: {on_break} · Fuera: {out} · Con retraso, aún sin llegar: {late}</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>Retrasos</translation>
    </message>
    <message>
        <source>Late, not in yet</source>
        <translation>Con retraso, aún no ha llegado</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>Días abiertos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This week ({start} to {end}): {worked} worked, {late} late arrivals, {open} open days</source>
        <translation>Esta semana (del {start} al {end}): {worked} trabajadas, {late} retrasos, {open} días abiertos</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>de baja</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} empleados</translation>
    </message>
</context>
<context>
    <name>WhoIsInBoard</name>
    <message>
        <source>Cannot read who is in:</source>
        <translation>No se puede leer quién está:</translation>
    </message>
    <message>
        <source>In: {working} · on a break: {on_break} · not yet in: {not_in}, of them late: {late}</source>
        <translation>Dentro: {working} · en pausa: {on_break} · aún no han llegado: {not_in}, de ellos con retraso: {late}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reading who is in</source>
        <translation>Leyendo quién está</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Who is in</source>
        <translation>Quién está</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../timedesk/ui/durations.py" line="40" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../timedesk/ui/durations.py" line="41" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../timedesk/ui/formats.py" line="55" />
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
</context>
<context>
    <name>AdminList</name>
    <message>
        <source>Reading the list</source>
        <translation>Leyendo la lista</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>API tokens</source>
        <translation>Tokens de la API</translation>
    </message>
    <message>
        <source>Employees…</source>
        <translation>Empleados…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The employee list (badge codes, kiosk PINs, their user accounts) is the Employees page of the Punches tab.</source>
        <translation>La lista de empleados (códigos de tarjeta, PIN del quiosco, sus cuentas de usuario) es la página Empleados de la pestaña Fichajes.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Restablecer la contraseña de {name}</translation>
    </message>
    <message>
        <source>Tell {name} the new password in person; they can change it afterwards.</source>
        <translation>Comunique la nueva contraseña a {name} en persona; después podrá cambiarla.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>At least {count} characters.</source>
        <translation>Al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least {count} characters.</source>
        <translation>La contraseña es demasiado corta: necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both boxes.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma contraseña en ambas casillas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Change it in the Database section of the Connection tab.</source>
        <translation>Se cambia en la sección Base de datos de la pestaña Conexión.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Environment variable {name}: it wins over the settings files; change it where timedesk is started.</source>
        <translation>Variable de entorno {name}: prevalece sobre los archivos de ajustes; cámbiela donde se inicia timedesk.</translation>
    </message>
    <message>
        <source>Events between computers</source>
        <translation>Eventos entre equipos</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Servicio de escucha</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Machine-wide file {path}, for every user of this computer: change it there.</source>
        <translation>Archivo del equipo {path}, para todos los usuarios de este ordenador: cámbielo allí.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No se guardó: {reason}.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nada que guardar: no se cambió ningún ajuste.</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>No se guardó nada:</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the settings marked in red.</source>
        <translation>No se guardó nada: corrija los ajustes marcados en rojo.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Punch clock</source>
        <translation>Fichajes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved {count} setting(s).</source>
        <translation>Ajustes guardados: {count}.</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Guardando los ajustes</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Set for this run only</source>
        <translation>Solo para esta ejecución</translation>
    </message>
    <message>
        <source>The address {names} is sent to changed, so the stored secret was deleted: enter it again in the Connection tab.</source>
        <translation>Cambió la dirección a la que se envía {names}, así que se borró el secreto guardado: introdúzcalo de nuevo en la pestaña Conexión.</translation>
    </message>
    <message>
        <source>These settings are saved in your settings file on this computer ({path}), as `timedesk config set` does. Secrets (passwords, tokens) are kept apart, in the Connection tab.</source>
        <translation>Estos ajustes se guardan en su archivo de ajustes de este ordenador ({path}), como hace `timedesk config set`. Los secretos (contraseñas, tokens) se guardan aparte, en la pestaña Conexión.</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Your settings file</source>
        <translation>Su archivo de ajustes</translation>
    </message>
    <message>
        <source>Change it in File &gt; Settings &gt; This computer &gt; Database.</source>
        <translation>Se cambia en Archivo &gt; Configuración &gt; Este ordenador &gt; Base de datos.</translation>
    </message>
    <message>
        <source>The address {names} is sent to changed, so the stored secret was deleted: enter it again in File &gt; Settings.</source>
        <translation>Cambió la dirección a la que se envía {names}, así que se borró el secreto guardado: introdúzcalo de nuevo en Archivo &gt; Configuración.</translation>
    </message>
    <message>
        <source>These settings are saved in your settings file on this computer ({path}), as `timedesk config set` does. Secrets (passwords, tokens) are kept apart, in File &gt; Settings.</source>
        <translation>Estos ajustes se guardan en su archivo de ajustes de este ordenador ({path}), como hace `timedesk config set`. Los secretos (contraseñas, tokens) se guardan aparte, en Archivo &gt; Configuración.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nuevo token de la API</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Without an expiry the token works until it is revoked. The last day is included (UTC).</source>
        <translation>Sin caducidad, el token funciona hasta que se revoque. El último día está incluido (UTC).</translation>
    </message>
    <message>
        <source>Works until</source>
        <translation>Funciona hasta el</translation>
    </message>
    <message>
        <source>what uses it, e.g. lobby-kiosk</source>
        <translation>lo que lo usa, p. ej. quiosco-entrada</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>API token {name}</source>
        <translation>Token de la API {name}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the token now and keep it where the program that uses it can read it: it is not shown again. If it is lost, revoke it and create another.</source>
        <translation>Copie el token ahora y guárdelo donde pueda leerlo el programa que lo usa: no se vuelve a mostrar. Si se pierde, revóquelo y cree otro.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <source>Creating an API token</source>
        <translation>Creando un token de la API</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No API token yet: create one for each program that uses the API.</source>
        <translation>Aún no hay tokens de la API: cree uno para cada programa que use la API.</translation>
    </message>
    <message>
        <source>Programs using the token {name} will be refused from now on. This cannot be undone.</source>
        <translation>Los programas que usan el token {name} serán rechazados a partir de ahora. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoke {name}?</source>
        <translation>¿Revocar {name}?</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Revoking an API token</source>
        <translation>Revocando un token de la API</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Token {name} created.</source>
        <translation>Token {name} creado.</translation>
    </message>
    <message>
        <source>Token {name} revoked.</source>
        <translation>Token {name} revocado.</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Display name:</source>
        <translation>Nombre visible:</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>e.g. maria.lopez</source>
        <translation>p. ej. maria.lopez</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>1 user</source>
        <translation>1 usuario</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Cambiando una contraseña</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Disable {name}?</source>
        <translation>¿Desactivar a {name}?</translation>
    </message>
    <message>
        <source>Disabling a user</source>
        <translation>Desactivando un usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Enabling a user</source>
        <translation>Activando un usuario</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No user yet: add one.</source>
        <translation>Aún no hay usuarios: añada uno.</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Guardado {name}.</translation>
    </message>
    <message>
        <source>Saving a user</source>
        <translation>Guardando un usuario</translation>
    </message>
    <message>
        <source>The password of {name} was changed.</source>
        <translation>Se cambió la contraseña de {name}.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking a user</source>
        <translation>Desbloqueando un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{count} users</source>
        <translation>{count} usuarios</translation>
    </message>
    <message>
        <source>{name} can sign in again on every computer.</source>
        <translation>{name} puede volver a iniciar sesión en todos los equipos.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation>{name} está desactivado.</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their history stays, and you can enable the account again.</source>
        <translation>{name} ya no podrá iniciar sesión. Su historial se conserva y puede volver a activar la cuenta.</translation>
    </message>
</context>
<context>
    <name>SettingDescriptions</name>
    <message>
        <source>Look of the interface: light or dark (applies at restart)</source>
        <translation>Aspecto de la interfaz: claro u oscuro (se aplica al reiniciar)</translation>
    </message>
    <message>
        <source>The largest file, in bytes, that may be attached to a ticket</source>
        <translation>El archivo más grande, en bytes, que se puede adjuntar a una incidencia</translation>
    </message>
    <message>
        <source>Days after which a resolved ticket closes by itself unless its requester reopens it</source>
        <translation>Días tras los que una incidencia resuelta se cierra sola si su solicitante no la reabre</translation>
    </message>
    <message>
        <source>E-mail addresses (comma-separated) told once when a ticket breaches its SLA</source>
        <translation>Direcciones de correo (separadas por comas) avisadas una vez cuando una incidencia incumple su SLA</translation>
    </message>
    <message>
        <source>Base URL of Clockify's REST API, used by `timedesk clockify backfill`</source>
        <translation>URL base de la API REST de Clockify, usada por `timedesk clockify backfill`</translation>
    </message>
    <message>
        <source>Seconds to wait for Clockify's REST API before giving up</source>
        <translation>Segundos de espera a la API REST de Clockify antes de desistir</translation>
    </message>
    <message>
        <source>A first correction of a session's start or end smaller than this is accepted without review; later or larger changes put the session under review</source>
        <translation>Una primera corrección del inicio o del fin de una sesión menor que esto se acepta sin revisión; los cambios posteriores o mayores ponen la sesión en revisión</translation>
    </message>
    <message>
        <source>Entries created by hand in Clockify (NEW_TIME_ENTRY) start under review</source>
        <translation>Las entradas creadas a mano en Clockify (NEW_TIME_ENTRY) empiezan en revisión</translation>
    </message>
    <message>
        <source>Demo: the listener plays a live Clockify session through its own inbox (a timer started a few seconds after it starts, stopped some minutes later)</source>
        <translation>Demostración: el receptor reproduce una sesión de Clockify en directo por su propia bandeja de entrada (un temporizador que empieza unos segundos después de arrancar y se detiene unos minutos más tarde)</translation>
    </message>
    <message>
        <source>Language of Clockify e-mail notices and scheduled reports</source>
        <translation>Idioma de los avisos por correo de Clockify y de los informes programados</translation>
    </message>
    <message>
        <source>E-mail notices of Clockify sessions (started, stopped, edited, deleted, overtime, review); users can still opt out one by one</source>
        <translation>Avisos por correo de las sesiones de Clockify (iniciada, detenida, editada, borrada, horas extra, revisión); cada usuario puede darse de baja</translation>
    </message>
    <message>
        <source>How often running sessions are checked for overtime (s)</source>
        <translation>Cada cuánto se revisan las sesiones en curso por horas extra (s)</translation>
    </message>
    <message>
        <source>A Clockify session strictly longer than this many hours is flagged as overtime</source>
        <translation>Una sesión de Clockify de más de estas horas se marca como horas extra</translation>
    </message>
    <message>
        <source>Field separator of CSV reports: ';' (with a decimal comma, as Spanish Excel expects) or ','</source>
        <translation>Separador de campos de los informes CSV: ';' (con coma decimal, como espera Excel en español) o ','</translation>
    </message>
    <message>
        <source>E-mail each user their monthly report, and coordination everyone's, once the month ends</source>
        <translation>Enviar por correo a cada usuario su informe mensual, y a coordinación el de todos, al acabar el mes</translation>
    </message>
    <message>
        <source>Comma-separated addresses that receive everyone's weekly and monthly reports; empty means mail.coordination</source>
        <translation>Direcciones separadas por comas que reciben los informes semanales y mensuales de todos; vacío significa mail.coordination</translation>
    </message>
    <message>
        <source>E-mail each user their weekly report, and coordination everyone's, once the week ends</source>
        <translation>Enviar por correo a cada usuario su informe semanal, y a coordinación el de todos, al acabar la semana</translation>
    </message>
    <message>
        <source>Clockify workspace whose events are processed; empty means any workspace</source>
        <translation>Espacio de trabajo de Clockify cuyos eventos se procesan; vacío significa cualquiera</translation>
    </message>
    <message>
        <source>How long SQLite waits for another writer before giving up (ms)</source>
        <translation>Cuánto espera SQLite a otro escritor antes de desistir (ms)</translation>
    </message>
    <message>
        <source>SQLAlchemy URL of the database; empty means the embedded SQLite file in the data folder. Several PCs share one PostgreSQL: postgresql+psycopg2://user@host/dbname</source>
        <translation>URL de SQLAlchemy de la base de datos; vacío significa el archivo SQLite integrado en la carpeta de datos. Varios equipos comparten un PostgreSQL: postgresql+psycopg2://usuario@servidor/base</translation>
    </message>
    <message>
        <source>Days events are kept for late subscribers</source>
        <translation>Días que se guardan los eventos para los suscriptores que llegan tarde</translation>
    </message>
    <message>
        <source>How often other processes' events are looked for on SQLite (ms)</source>
        <translation>Cada cuánto se buscan en SQLite los eventos de otros procesos (ms)</translation>
    </message>
    <message>
        <source>More host names the listener answers to, comma-separated (it always answers to addresses, localhost, this machine's name, listener.host and the host of listener.public_url); any other name gets 421, against DNS rebinding</source>
        <translation>Más nombres de servidor a los que responde el servicio de escucha, separados por comas (siempre responde a direcciones, localhost, el nombre de este equipo, listener.host y el servidor de listener.public_url); cualquier otro nombre recibe 421, contra el DNS rebinding</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request's body before the listener answers 408</source>
        <translation>Segundos que tiene un cliente para enviar el cuerpo de una petición antes de que el servicio de escucha responda 408</translation>
    </message>
    <message>
        <source>Start the embedded HTTP listener with the app</source>
        <translation>Iniciar el servicio de escucha HTTP integrado con la aplicación</translation>
    </message>
    <message>
        <source>Lobby display streams (/display/feed) served at once to one client address; beyond it a 503 with Retry-After</source>
        <translation>Flujos de la pantalla de sala (/display/feed) servidos a la vez a una misma dirección de cliente; por encima, un 503 con Retry-After</translation>
    </message>
    <message>
        <source>Lobby display streams (/display/feed) served at once in total; beyond it a 503 with Retry-After</source>
        <translation>Flujos de la pantalla de sala (/display/feed) servidos a la vez en total; por encima, un 503 con Retry-After</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request's headers (and an idle kept-alive connection stays open) before the listener closes the connection</source>
        <translation>Segundos que tiene un cliente para enviar las cabeceras de una petición (y que sigue abierta una conexión persistente inactiva) antes de que el servicio de escucha la cierre</translation>
    </message>
    <message>
        <source>Address the listener binds to; 0.0.0.0 opens it to the LAN</source>
        <translation>Dirección en la que escucha el servicio; 0.0.0.0 lo abre a la red local</translation>
    </message>
    <message>
        <source>Connections the listener keeps open at once; beyond, the oldest idle ones are closed to make room</source>
        <translation>Conexiones que el servicio de escucha mantiene abiertas a la vez; por encima, se cierran las inactivas más antiguas para hacer sitio</translation>
    </message>
    <message>
        <source>TCP port of the listener (0 = any free port)</source>
        <translation>Puerto TCP del servicio de escucha (0 = cualquier puerto libre)</translation>
    </message>
    <message>
        <source>URL other machines use to reach the listener; empty means derived from host and port</source>
        <translation>URL con la que otros equipos llegan al servicio de escucha; vacío significa la que resulta del servidor y el puerto</translation>
    </message>
    <message>
        <source>PEM certificate file (with its chain) to answer HTTPS instead of HTTP; empty: plain HTTP (put a TLS reverse proxy in front before opening the listener beyond this PC)</source>
        <translation>Archivo PEM del certificado (con su cadena) para responder por HTTPS en lugar de HTTP; vacío: HTTP simple (ponga delante un proxy inverso TLS antes de abrir el servicio de escucha más allá de este equipo)</translation>
    </message>
    <message>
        <source>PEM private key file of listener.tls_cert (keep it readable by this user only)</source>
        <translation>Archivo PEM de la clave privada de listener.tls_cert (que solo pueda leerlo este usuario)</translation>
    </message>
    <message>
        <source>How many rotated log files are kept</source>
        <translation>Cuántos archivos de registro rotados se conservan</translation>
    </message>
    <message>
        <source>Level of the log file</source>
        <translation>Nivel del archivo de registro</translation>
    </message>
    <message>
        <source>Size at which the log file rotates</source>
        <translation>Tamaño al que rota el archivo de registro</translation>
    </message>
    <message>
        <source>Comma-separated addresses of the coordination team (alerts, reports)</source>
        <translation>Direcciones separadas por comas del equipo de coordinación (alertas, informes)</translation>
    </message>
    <message>
        <source>Send queued e-mail; off until the SMTP server is set up (mail stays queued meanwhile)</source>
        <translation>Enviar el correo en cola; desactivado hasta configurar el servidor SMTP (mientras tanto el correo sigue en cola)</translation>
    </message>
    <message>
        <source>Attempts to send one e-mail before it is marked failed</source>
        <translation>Intentos de envío de un correo antes de marcarlo como fallido</translation>
    </message>
    <message>
        <source>Wait before the first retry (s); each later retry waits twice as long</source>
        <translation>Espera antes del primer reintento (s); cada reintento posterior espera el doble</translation>
    </message>
    <message>
        <source>Longest wait between two retries (s)</source>
        <translation>Espera máxima entre dos reintentos (s)</translation>
    </message>
    <message>
        <source>Time zone of the office's days (turns, reports), such as Europe/Madrid; empty means this computer's</source>
        <translation>Zona horaria de los días de la oficina (turnos, informes), como Europe/Madrid; vacío significa la de este equipo</translation>
    </message>
    <message>
        <source>First day of the office's week (weekly reports, "this week" in every face)</source>
        <translation>Primer día de la semana de la oficina (informes semanales, "esta semana" en todas partes)</translation>
    </message>
    <message>
        <source>The employer named on the monthly working-time record (registro de jornada)</source>
        <translation>El empleador que figura en el registro de jornada mensual</translation>
    </message>
    <message>
        <source>The employer's tax id (CIF/NIF) printed on the monthly working-time record</source>
        <translation>El CIF/NIF del empleador impreso en el registro de jornada mensual</translation>
    </message>
    <message>
        <source>Minutes after the end of a day's schedule (midnight on a day without one) after which a cycle without an out is flagged open and counts nothing until it is corrected</source>
        <translation>Minutos tras el fin del horario de un día (medianoche en un día sin horario) a partir de los cuales un ciclo sin salida se marca como abierto y no cuenta nada hasta que se corrija</translation>
    </message>
    <message>
        <source>Opt-in: keep secrets in an UNENCRYPTED file (0600) when no OS keyring exists</source>
        <translation>Opcional: guardar los secretos en un archivo SIN CIFRAR (0600) cuando no hay llavero del sistema</translation>
    </message>
    <message>
        <source>Replaces the whole https://api-{region}.sesametime.com prefix (a proxy, tests); empty means the region's address</source>
        <translation>Sustituye todo el prefijo https://api-{region}.sesametime.com (un proxy, pruebas); vacío significa la dirección de la región</translation>
    </message>
    <message>
        <source>Read the recorded demo company that timedesk's own listener serves on this PC instead of a Sesame account (to try the reports; `timedesk demo` turns it on when no Sesame token is stored)</source>
        <translation>Leer la empresa de demostración grabada que sirve el propio receptor de timedesk en este PC en lugar de una cuenta de Sesame (para probar los informes; `timedesk demo` la activa cuando no hay ningún token de Sesame guardado)</translation>
    </message>
    <message>
        <source>What reports do with breaks: absorb (counted as work) or exclude</source>
        <translation>Qué hacen los informes con las pausas: absorb (cuentan como trabajo) o exclude</translation>
    </message>
    <message>
        <source>Employees, check types, breaks and groups read from Sesame are read again when older than this (h)</source>
        <translation>Los empleados, tipos de fichaje, pausas y grupos leídos de Sesame se vuelven a leer cuando tienen más de esto (h)</translation>
    </message>
    <message>
        <source>Pages of Sesame's lists fetched at the same time</source>
        <translation>Páginas de las listas de Sesame que se piden a la vez</translation>
    </message>
    <message>
        <source>Generated reports kept in the history (older ones and their files are deleted)</source>
        <translation>Informes generados que se guardan en el historial (los más antiguos y sus archivos se borran)</translation>
    </message>
    <message>
        <source>Consecutive records of an employee less than this apart (s) become one row</source>
        <translation>Registros consecutivos de un empleado separados por menos de esto (s) se unen en una fila</translation>
    </message>
    <message>
        <source>Records asked for per page of Sesame's lists</source>
        <translation>Registros pedidos por página de las listas de Sesame</translation>
    </message>
    <message>
        <source>Region of the company's Sesame account (it is in the address of its Sesame page): eu1..eu5, br1, br2, mx1, demo1 or any code Sesame gives</source>
        <translation>Región de la cuenta de Sesame de la empresa (está en la dirección de su página de Sesame): eu1..eu5, br1, br2, mx1, demo1 o cualquier código que dé Sesame</translation>
    </message>
    <message>
        <source>Requests per minute timedesk sends to Sesame (Sesame allows 1,000 per company, shared by all its tokens)</source>
        <translation>Peticiones por minuto que timedesk envía a Sesame (Sesame permite 1.000 por empresa, compartidas por todos sus tokens)</translation>
    </message>
    <message>
        <source>Split a shift that crosses midnight into one row per day (otherwise it counts on the day it started)</source>
        <translation>Dividir un turno que cruza la medianoche en una fila por día (si no, cuenta en el día en que empezó)</translation>
    </message>
    <message>
        <source>Seconds to wait for one answer of Sesame's API</source>
        <translation>Segundos de espera a una respuesta de la API de Sesame</translation>
    </message>
    <message>
        <source>PEM file of the certificate authority to trust for the SMTP server (a private mail server); empty means the system's</source>
        <translation>Archivo PEM de la autoridad de certificación en la que confiar para el servidor SMTP (un servidor de correo privado); vacío significa las del sistema</translation>
    </message>
    <message>
        <source>Sender address of timedesk's e-mail (From header)</source>
        <translation>Dirección remitente del correo de timedesk (cabecera From)</translation>
    </message>
    <message>
        <source>SMTP server that sends timedesk's e-mail; empty means not set up</source>
        <translation>Servidor SMTP que envía el correo de timedesk; vacío significa sin configurar</translation>
    </message>
    <message>
        <source>TCP port of the SMTP server (587 STARTTLS, 465 TLS, 25 plain)</source>
        <translation>Puerto TCP del servidor SMTP (587 STARTTLS, 465 TLS, 25 sin cifrar)</translation>
    </message>
    <message>
        <source>How the SMTP connection is protected: none, starttls (upgrade after connecting) or tls</source>
        <translation>Cómo se protege la conexión SMTP: none (ninguna), starttls (se cifra tras conectar) o tls</translation>
    </message>
    <message>
        <source>Seconds to wait for the SMTP server before giving up</source>
        <translation>Segundos de espera al servidor SMTP antes de desistir</translation>
    </message>
    <message>
        <source>User to log in to the SMTP server with; empty means no login. The password is the secret SMTP_PASSWORD</source>
        <translation>Usuario con el que iniciar sesión en el servidor SMTP; vacío significa sin inicio de sesión. La contraseña es el secreto SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>Seconds a desk waits for the display to show its call before it warns</source>
        <translation>Segundos que un puesto espera a que la pantalla muestre su llamada antes de avisar</translation>
    </message>
    <message>
        <source>Call next alternates priority and normal turns when both wait (otherwise priority first)</source>
        <translation>Llamar al siguiente alterna turnos prioritarios y normales cuando esperan ambos (si no, primero los prioritarios)</translation>
    </message>
    <message>
        <source>Seconds after its last sign of life that a desk opened on another PC may be taken without asking</source>
        <translation>Segundos tras su última señal de vida a partir de los cuales un puesto abierto en otro equipo puede tomarse sin preguntar</translation>
    </message>
    <message>
        <source>A message line shown at the foot of the lobby display</source>
        <translation>Una línea de mensaje al pie de la pantalla de sala</translation>
    </message>
    <message>
        <source>Previous calls listed on the lobby display</source>
        <translation>Llamadas anteriores que muestra la pantalla de sala</translation>
    </message>
    <message>
        <source>Spoken calls on the lobby display: es, en, or empty for none</source>
        <translation>Llamadas habladas en la pantalla de sala: es, en, o vacío para ninguna</translation>
    </message>
    <message>
        <source>Seconds without news from the database after which the display says it is not updated</source>
        <translation>Segundos sin noticias de la base de datos tras los cuales la pantalla indica que no está actualizada</translation>
    </message>
    <message>
        <source>Fewer recent service times than this and a turn gets no estimate</source>
        <translation>Con menos tiempos de atención recientes que esto, un turno no recibe estimación</translation>
    </message>
    <message>
        <source>Recent service times an estimated wait is computed from</source>
        <translation>Tiempos de atención recientes con los que se calcula una espera estimada</translation>
    </message>
    <message>
        <source>Local time (HH:MM) at which every service's numbering starts again at 001</source>
        <translation>Hora local (HH:MM) a la que la numeración de cada servicio vuelve a empezar en 001</translation>
    </message>
    <message>
        <source>Reception prints a ticket for every turn it issues (the receptionist can switch it)</source>
        <translation>Recepción imprime un tique por cada turno que emite (el personal de recepción puede cambiarlo)</translation>
    </message>
    <message>
        <source>Printer for reception tickets, by the name the system gives it; empty saves each ticket as a PDF file in the data folder (tickets/)</source>
        <translation>Impresora de los tiques de recepción, con el nombre que le da el sistema; vacío guarda cada tique como PDF en la carpeta de datos (tickets/)</translation>
    </message>
    <message>
        <source>Language of the interface: es, en, or empty for the system's</source>
        <translation>Idioma de la interfaz: es, en, o vacío para el del sistema</translation>
    </message>
    <message>
        <source>PostgreSQL connections each PC&apos;s timedesk keeps open (besides one for live updates)</source>
        <translation>Conexiones a PostgreSQL que timedesk mantiene abiertas en cada PC (además de una para las actualizaciones en vivo)</translation>
    </message>
    <message>
        <source>More PostgreSQL connections each PC&apos;s timedesk may open for a moment when all are busy</source>
        <translation>Conexiones a PostgreSQL adicionales que timedesk puede abrir un momento en cada PC cuando todas están ocupadas</translation>
    </message>
    <message>
        <source>PostgreSQL connections `timedesk serve` keeps open (besides one for live updates)</source>
        <translation>Conexiones a PostgreSQL que `timedesk serve` mantiene abiertas (además de una para las actualizaciones en vivo)</translation>
    </message>
    <message>
        <source>More PostgreSQL connections `timedesk serve` may open for a moment when all are busy</source>
        <translation>Conexiones a PostgreSQL adicionales que `timedesk serve` puede abrir un momento cuando todas están ocupadas</translation>
    </message>
    <message>
        <source>How long a task waits for a free PostgreSQL connection before giving up (s)</source>
        <translation>Cuánto espera una tarea a que quede libre una conexión a PostgreSQL antes de desistir (s)</translation>
    </message>
    <message>
        <source>Direct PostgreSQL URL for live updates (LISTEN) when database.url goes through a pooler such as PgBouncer; empty means database.url</source>
        <translation>URL directa de PostgreSQL para las actualizaciones en vivo (LISTEN) cuando database.url pasa por un agrupador de conexiones como PgBouncer; vacía significa database.url</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input after which the main window locks and asks the password of the person signed in (0 = never)</source>
        <translation>Minutos sin usar el teclado ni el ratón tras los que la ventana principal se bloquea y pide la contraseña de la persona que ha iniciado sesión (0 = nunca)</translation>
    </message>
    <message>
        <source>Look of the interface: system (light or dark as the system's colour scheme, following it live), light or dark</source>
        <translation>Aspecto de la interfaz: system (claro u oscuro según el esquema de colores del sistema, que sigue al momento), light (claro) o dark (oscuro)</translation>
    </message>
</context>
<context>
    <name>TurnsSetupPage</name>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Add desk…</source>
        <translation>Añadir puesto…</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Añadir servicio…</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Siempre abierto</translation>
    </message>
    <message>
        <source>Anyone who calls turns</source>
        <translation>Cualquiera que llame turnos</translation>
    </message>
    <message>
        <source>Cannot load the set-up:</source>
        <translation>No se puede cargar la configuración:</translation>
    </message>
    <message>
        <source>Changing the Turns set-up</source>
        <translation>Cambiando la configuración de Turnos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete desk</source>
        <translation>Eliminar puesto</translation>
    </message>
    <message>
        <source>Delete desk {name}?</source>
        <translation>¿Eliminar el puesto {name}?</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Eliminar servicio</translation>
    </message>
    <message>
        <source>Delete service {code} ({name})?</source>
        <translation>¿Eliminar el servicio {code} ({name})?</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Desk {name} deleted.</source>
        <translation>Puesto {name} eliminado.</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Loading the Turns set-up</source>
        <translation>Cargando la configuración de Turnos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Priority turns</source>
        <translation>Turnos prioritarios</translation>
    </message>
    <message>
        <source>Saved desk {name}.</source>
        <translation>Puesto {name} guardado.</translation>
    </message>
    <message>
        <source>Saved service {code}.</source>
        <translation>Servicio {code} guardado.</translation>
    </message>
    <message>
        <source>Saving a desk</source>
        <translation>Guardando un puesto</translation>
    </message>
    <message>
        <source>Saving a service</source>
        <translation>Guardando un servicio</translation>
    </message>
    <message>
        <source>Service {code} deleted.</source>
        <translation>Servicio {code} eliminado.</translation>
    </message>
    <message>
        <source>Service {code} is active again.</source>
        <translation>El servicio {code} vuelve a estar activo.</translation>
    </message>
    <message>
        <source>Service {code} is no longer offered.</source>
        <translation>El servicio {code} ya no se ofrece.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>What customers take a turn for. A service with turns in its history cannot be deleted: deactivate it.</source>
        <translation>Lo que los clientes vienen a hacer. Un servicio con turnos en su historial no se puede eliminar: desactívelo.</translation>
    </message>
    <message>
        <source>Where staff call turns: each desk calls the turns of its services.</source>
        <translation>Donde el personal llama los turnos: cada puesto llama los turnos de sus servicios.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>1 to 3 letters, e.g. A</source>
        <translation>de 1 a 3 letras, p. ej. A</translation>
    </message>
    <message>
        <source>Active (offered at the reception)</source>
        <translation>Activo (se ofrece en recepción)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Priority turns allowed</source>
        <translation>Se permiten turnos prioritarios</translation>
    </message>
    <message>
        <source>Turns are numbered with the code (A001, A002...). Outside its opening hours a service issues no turns.</source>
        <translation>Los turnos se numeran con el código (A001, A002...). Fuera de su horario un servicio no emite turnos.</translation>
    </message>
    <message>
        <source>e.g. 08:30-14:00; empty: always open</source>
        <translation>p. ej. 08:30-14:00; vacío: siempre abierto</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Active (staff can open it)</source>
        <translation>Activo (el personal puede abrirlo)</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Puesto:</translation>
    </message>
    <message>
        <source>Edit desk</source>
        <translation>Editar puesto</translation>
    </message>
    <message>
        <source>New desk</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <source>Services it calls:</source>
        <translation>Servicios que llama:</translation>
    </message>
    <message>
        <source>Staff assigned:</source>
        <translation>Personal asignado:</translation>
    </message>
    <message>
        <source>Tick at least one service the desk calls.</source>
        <translation>Marque al menos un servicio que llame el puesto.</translation>
    </message>
    <message>
        <source>With no staff ticked, anyone who may call turns can open the desk.</source>
        <translation>Sin personal marcado, cualquiera que pueda llamar turnos puede abrir el puesto.</translation>
    </message>
    <message>
        <source>its number or name, e.g. 1</source>
        <translation>su número o nombre, p. ej. 1</translation>
    </message>
    <message>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <source>{code} · {name} (inactive)</source>
        <translation>{code} · {name} (inactivo)</translation>
    </message>
</context>
<context>
    <name>ClockifyReportsPage</name>
    <message>
        <source>Cannot load the users:</source>
        <translation>No se pueden cargar los usuarios:</translation>
    </message>
    <message>
        <source>Cannot send the reports:</source>
        <translation>No se pueden enviar los informes:</translation>
    </message>
    <message>
        <source>Clockify report</source>
        <translation>Informe de Clockify</translation>
    </message>
    <message>
        <source>E-mailed reports</source>
        <translation>Informes por correo</translation>
    </message>
    <message>
        <source>Each week and month the report goes by e-mail to every person with notices on and everyone's to the report recipients. Send those of a finished week or month again now:</source>
        <translation>Cada semana y cada mes el informe se envía por correo a cada persona con avisos activados, y el de todos a los destinatarios de informes. Enviar ahora los de una semana o un mes ya terminados:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Loading Clockify users</source>
        <translation>Cargando los usuarios de Clockify</translation>
    </message>
    <message>
        <source>Nothing to send: nobody worked then, or nobody receives reports.</source>
        <translation>Nada que enviar: nadie trabajó entonces o nadie recibe informes.</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Preparing the reports…</source>
        <translation>Preparando los informes…</translation>
    </message>
    <message>
        <source>Report of a period</source>
        <translation>Informe de un periodo</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Sending Clockify reports</source>
        <translation>Enviando informes de Clockify</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The month of</source>
        <translation>El mes del</translation>
    </message>
    <message>
        <source>The report failed:</source>
        <translation>El informe falló:</translation>
    </message>
    <message>
        <source>The week of</source>
        <translation>La semana del</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Write report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Write the Clockify report</source>
        <translation>Guardar el informe de Clockify</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Writing the report… {done} of {total}</source>
        <translation>Escribiendo el informe… {done} de {total}</translation>
    </message>
    <message>
        <source>{queued} e-mails queued; the outbox sends them.</source>
        <translation>{queued} correos en cola; la bandeja de salida los envía.</translation>
    </message>
    <message>
        <source>{queued} e-mails queued; {failed} reports failed (see the log file).</source>
        <translation>{queued} correos en cola; {failed} informes fallaron (vea el archivo de registro).</translation>
    </message>
</context>
<context>
    <name>DeleteSessionDialog</name>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete “{description}”? It stays in the log, marked deleted, with its history; reports leave it out.</source>
        <translation>¿Eliminar «{description}»? Se queda en el registro, marcada como eliminada, con su historial; los informes la omiten.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Say why: the reason is required.</source>
        <translation>Indique el motivo: es obligatorio.</translation>
    </message>
    <message>
        <source>Why: kept in the session's history</source>
        <translation>Por qué: se guarda en el historial de la sesión</translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <source>Correct session</source>
        <translation>Corregir sesión</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>There is no Clockify user to record it for.</source>
        <translation>No hay ningún usuario de Clockify para quien registrarla.</translation>
    </message>
    <message>
        <source>Times are the office's time. A change of times is judged like an edit in Clockify: anything but a first small correction puts the session under review.</source>
        <translation>Las horas son las de la oficina. Un cambio de horas se juzga como una edición en Clockify: todo salvo una primera corrección pequeña deja la sesión en revisión.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Times are this computer's local time. A change of times is judged like an edit in Clockify: anything but a first small correction puts the session under review.</source>
        <translation>Las horas son las locales de este equipo. Un cambio de horas se juzga como una edición en Clockify: todo salvo una primera corrección pequeña deja la sesión en revisión.</translation>
    </message>
</context>
<context>
    <name>ClockifySettingsForm</name>
    <message>
        <source>Changing these settings needs the settings management permission.</source>
        <translation>Cambiar estos ajustes requiere el permiso de gestión de ajustes.</translation>
    </message>
    <message>
        <source>E-mail notices of sessions and decisions (each user can opt out)</source>
        <translation>Enviar avisos de sesiones y decisiones por correo (cada usuario puede darse de baja)</translation>
    </message>
    <message>
        <source>E-mail the monthly reports</source>
        <translation>Enviar los informes mensuales por correo</translation>
    </message>
    <message>
        <source>E-mail the weekly reports</source>
        <translation>Enviar los informes semanales por correo</translation>
    </message>
    <message>
        <source>Edit tolerance:</source>
        <translation>Tolerancia de edición:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Entries created by hand in Clockify start under review</source>
        <translation>Las entradas creadas a mano en Clockify empiezan en revisión</translation>
    </message>
    <message>
        <source>Language of mails:</source>
        <translation>Idioma de los correos:</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No guardado:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Overtime after:</source>
        <translation>Horas extra a partir de:</translation>
    </message>
    <message>
        <source>Report recipients:</source>
        <translation>Destinatarios de informes:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved; in force from now on.</source>
        <translation>Guardado; en vigor desde ahora.</translation>
    </message>
    <message>
        <source>Saving the Clockify settings</source>
        <translation>Guardando los ajustes de Clockify</translation>
    </message>
    <message>
        <source>Session rules and e-mailed reports</source>
        <translation>Reglas de las sesiones e informes por correo</translation>
    </message>
    <message>
        <source>Set in {source}: change it there.</source>
        <translation>Fijado en {source}: cámbielo allí.</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Workspace id:</source>
        <translation>Id del espacio de trabajo:</translation>
    </message>
    <message>
        <source>empty: any workspace</source>
        <translation>vacío: cualquier espacio de trabajo</translation>
    </message>
    <message>
        <source>empty: the coordination address</source>
        <translation>vacío: la dirección de coordinación</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>Internal note · not shown to the requester</source>
        <translation>Nota interna · no la ve el solicitante</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>SLA met (resolved in the period)</source>
        <translation>SLA cumplido (resueltos en el periodo)</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Resueltos en el periodo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Mediana de resolución</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana de primera respuesta</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Open by status</source>
        <translation>Abiertos por estado</translation>
    </message>
    <message>
        <source>Open by priority</source>
        <translation>Abiertos por prioridad</translation>
    </message>
    <message>
        <source>Open by category</source>
        <translation>Abiertos por categoría</translation>
    </message>
    <message>
        <source>Open per technician</source>
        <translation>Abiertos por técnico</translation>
    </message>
    <message>
        <source>Per technician</source>
        <translation>Por técnico</translation>
    </message>
    <message>
        <source>Cannot compute the dashboard:</source>
        <translation>No se pueden calcular las cifras del panel:</translation>
    </message>
    <message>
        <source>Computing the help desk dashboard</source>
        <translation>Calculando el panel del centro de soporte</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nueva incidencia</translation>
    </message>
    <message>
        <source>In a few words: what is wrong?</source>
        <translation>En pocas palabras: ¿qué ocurre?</translation>
    </message>
    <message>
        <source>What happened, since when, what you tried; error messages as they were shown.</source>
        <translation>Qué pasó, desde cuándo, qué ha probado; los mensajes de error tal como aparecieron.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Write a subject: a few words saying what is wrong.</source>
        <translation>Escriba un asunto: unas pocas palabras que digan qué ocurre.</translation>
    </message>
    <message>
        <source>Creating a ticket</source>
        <translation>Creando una incidencia</translation>
    </message>
</context>
<context>
    <name>TicketFields</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message>
        <source>Search subject and description</source>
        <translation>Buscar en asunto y descripción</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Asignadas a mí</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nueva incidencia…</translation>
    </message>
    <message>
        <source>Export the tickets of these filters (every page) as {format}</source>
        <translation>Exporta las incidencias de estos filtros (todas las páginas) en {format}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Cannot read the categories:</source>
        <translation>No se pueden leer las categorías:</translation>
    </message>
    <message>
        <source>Reading ticket categories</source>
        <translation>Leyendo las categorías de incidencias</translation>
    </message>
    <message>
        <source>Cannot read the tickets:</source>
        <translation>No se pueden leer las incidencias:</translation>
    </message>
    <message>
        <source>Reading tickets</source>
        <translation>Leyendo incidencias</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Ninguna incidencia cumple estos filtros.</translation>
    </message>
    <message>
        <source>All  ({count})</source>
        <translation>Todas  ({count})</translation>
    </message>
    <message>
        <source>Open  ({count})</source>
        <translation>Abiertas  ({count})</translation>
    </message>
    <message>
        <source>{status}  ({count})</source>
        <translation>{status}  ({count})</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · {total} tickets</source>
        <translation>Página {page} de {pages} · {total} incidencias</translation>
    </message>
    <message>
        <source>Export the tickets</source>
        <translation>Exportar las incidencias</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported {count} tickets to {path}</source>
        <translation>Exportadas {count} incidencias a {path}</translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation>La exportación falló:</translation>
    </message>
    <message>
        <source>Exporting tickets</source>
        <translation>Exportando incidencias</translation>
    </message>
    <message>
        <source>Export as {format}…</source>
        <translation>Exportar como {format}…</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Take</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Chat about this ticket</source>
        <translation>Chatear sobre esta incidencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Escriba una respuesta…</translation>
    </message>
    <message>
        <source>Internal note (technicians only)</source>
        <translation>Nota interna (solo técnicos)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>Pegar captura</translation>
    </message>
    <message>
        <source>Attach the image in the clipboard as a PNG</source>
        <translation>Adjunta la imagen del portapapeles como PNG</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Quién y qué</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Cannot read the ticket:</source>
        <translation>No se puede leer la incidencia:</translation>
    </message>
    <message>
        <source>Reading a ticket</source>
        <translation>Leyendo una incidencia</translation>
    </message>
    <message>
        <source>Open a ticket from the list.</source>
        <translation>Abra una incidencia desde la lista.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>opened {time}</source>
        <translation>abierta el {time}</translation>
    </message>
    <message>
        <source>Requester: {requester} · Assignee: {assignee}</source>
        <translation>Solicitante: {requester} · Asignada a: {assignee}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>{what}: due {due} — {state}</source>
        <translation>{what}: vence {due} — {state}</translation>
    </message>
    <message>
        <source>{what}: due {due}, done {done} — {state}</source>
        <translation>{what}: vencía {due}, hecha {done} — {state}</translation>
    </message>
    <message>
        <source>{status} — change to…</source>
        <translation>{status} — cambiar a…</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <source>{name}  ({size} KB, {who})</source>
        <translation>{name}  ({size} KB, {who})</translation>
    </message>
    <message>
        <source>{who}: {field} {before} → {after}</source>
        <translation>{who}: {field} {before} → {after}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Changing a ticket</source>
        <translation>Cambiando una incidencia</translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>La incidencia es suya.</translation>
    </message>
    <message>
        <source>Taking a ticket</source>
        <translation>Tomando una incidencia</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Respuesta enviada.</translation>
    </message>
    <message>
        <source>Adding a comment</source>
        <translation>Añadiendo un comentario</translation>
    </message>
    <message>
        <source>Attached {name}.</source>
        <translation>Adjuntado {name}.</translation>
    </message>
    <message>
        <source>Attaching a file</source>
        <translation>Adjuntando un archivo</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>No se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Take a screenshot (Print Screen), then paste it here.</source>
        <translation>El portapapeles no contiene ninguna imagen. Haga una captura (Impr Pant) y péguela aquí.</translation>
    </message>
    <message>
        <source>Cannot read the attachment:</source>
        <translation>No se puede leer el adjunto:</translation>
    </message>
    <message>
        <source>Reading an attachment</source>
        <translation>Leyendo un adjunto</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Guardar el adjunto</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>Guardado {name} en {path}.</translation>
    </message>
</context>
<context>
    <name>TicketPriority</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>TicketSla</name>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>due within an office hour</source>
        <translation>vence en menos de una hora de oficina</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>paused while waiting</source>
        <translation>en pausa mientras espera</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>{hours} office h</source>
        <translation>{hours} h de oficina</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting for requester</source>
        <translation>Esperando al solicitante</translation>
    </message>
    <message>
        <source>Waiting for third party</source>
        <translation>Esperando a terceros</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
</context>
<context>
    <name>TicketsModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <source>Tickets</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Ticket #{id}</source>
        <translation>Incidencia n.º {id}</translation>
    </message>
</context>
<context>
    <name>VisitTicket</name>
    <message>
        <source>customer without a name</source>
        <translation>cliente sin nombre</translation>
    </message>
    <message>
        <source>Visit {number} ({service}): {customer}</source>
        <translation>Visita {number} ({service}): {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Cliente: {customer}</translation>
    </message>
    <message>
        <source>Service: {service}</source>
        <translation>Servicio: {service}</translation>
    </message>
    <message>
        <source>Turn: {number} at desk {desk}</source>
        <translation>Turno: {number} en el puesto {desk}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Waiting time: {time}</source>
        <translation>Tiempo de espera: {time}</translation>
    </message>
    <message>
        <source>Service time: {time}</source>
        <translation>Tiempo de atención: {time}</translation>
    </message>
</context>
<context>
    <name>MailPreferencesButton</name>
    <message>
        <source>My e-mail</source>
        <translation>Mi correo</translation>
    </message>
    <message>
        <source>Choose which help-desk e-mails you receive</source>
        <translation>Elija qué correos de la mesa de ayuda recibe</translation>
    </message>
    <message>
        <source>A new ticket in the queue</source>
        <translation>Una incidencia nueva en la cola</translation>
    </message>
    <message>
        <source>A ticket assigned to me</source>
        <translation>Una incidencia que se me asigna</translation>
    </message>
    <message>
        <source>A reply on my tickets</source>
        <translation>Una respuesta en mis incidencias</translation>
    </message>
    <message>
        <source>My ticket resolved</source>
        <translation>Mi incidencia, resuelta</translation>
    </message>
    <message>
        <source>Reading your e-mail choices</source>
        <translation>Leyendo sus preferencias de correo</translation>
    </message>
    <message>
        <source>Saving your e-mail choice</source>
        <translation>Guardando su preferencia de correo</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About timedesk</source>
        <translation>Acerca de timedesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;timedesk {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;timedesk {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The office time and attendance desk.</source>
        <translation>El control horario y de asistencia de la oficina.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Proprietary</source>
        <translation>Propietaria</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Copiar datos de la versión</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>timedesk — locked</source>
        <translation>timedesk — bloqueado</translation>
    </message>
    <message>
        <source>timedesk is locked</source>
        <translation>timedesk está bloqueado</translation>
    </message>
    <message>
        <source>{name} is signed in. Enter the password of {name} to go on, or sign in as someone else.</source>
        <translation>{name} ha iniciado sesión. Escriba la contraseña de {name} para continuar, o inicie sesión con otra cuenta.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Iniciar sesión con otra cuenta</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Comprobando la contraseña</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a few minutes. Wait, or sign in as someone else.</source>
        <translation>Demasiadas contraseñas incorrectas: esta cuenta queda bloqueada unos minutos. Espere, o inicie sesión con otra cuenta.</translation>
    </message>
    <message>
        <source>Wrong password. Try again, or sign in as someone else.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo, o inicie sesión con otra cuenta.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>timedesk</source>
        <translation>timedesk</translation>
    </message>
    <message>
        <source>&amp;Open timedesk</source>
        <translation>&amp;Abrir timedesk</translation>
    </message>
    <message>
        <source>timedesk — {listener}</source>
        <translation>timedesk — {listener}</translation>
    </message>
</context>
<context>
    <name>DesktopNotices</name>
    <message>
        <source>Report ready</source>
        <translation>Informe listo</translation>
    </message>
    <message>
        <source>{report}: ready. Click to open it.</source>
        <translation>{report}: listo. Pulse para abrirlo.</translation>
    </message>
    <message>
        <source>A Clockify session needs your review.</source>
        <translation>Una sesión de Clockify necesita su revisión.</translation>
    </message>
    <message>
        <source>{count} Clockify sessions need your review.</source>
        <translation>{count} sesiones de Clockify necesitan su revisión.</translation>
    </message>
    <message>
        <source>Session under review</source>
        <translation>Sesión en revisión</translation>
    </message>
    <message>
        <source>Clockify webhooks and the lobby display in the browser no longer reach this computer.</source>
        <translation>Los webhooks de Clockify y la pantalla de sala en el navegador ya no llegan a este equipo.</translation>
    </message>
    <message>
        <source>The listener stopped</source>
        <translation>El servicio de escucha se ha detenido</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>{actor} ({role}) may not do this ({permission}).</source>
        <translation>{actor} ({role}) no tiene permiso para hacer esto ({permission}).</translation>
    </message>
    <message>
        <source>Ask an administrator for a role that allows it.</source>
        <translation>Pida a un administrador un rol que lo permita.</translation>
    </message>
    <message>
        <source>unknown role '{text}'.</source>
        <translation>el rol '{text}' no existe.</translation>
    </message>
    <message>
        <source>wrong user name or password.</source>
        <translation>nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Check both and try again; signing in locks for a few minutes after {max_failed_logins} failed attempts.</source>
        <translation>Compruebe ambos e inténtelo de nuevo; el inicio de sesión se bloquea unos minutos tras {max_failed_logins} intentos fallidos.</translation>
    </message>
    <message>
        <source>the API token is missing, unknown or revoked.</source>
        <translation>falta el token de la API, no se reconoce o fue revocado.</translation>
    </message>
    <message>
        <source>Create one with `timedesk api-token create`.</source>
        <translation>Cree uno con `timedesk api-token create`.</translation>
    </message>
    <message>
        <source>'{username}' is not a valid user name.</source>
        <translation>'{username}' no es un nombre de usuario válido.</translation>
    </message>
    <message>
        <source>Use 1-80 letters, digits, dots, dashes, @ or underscores.</source>
        <translation>Use de 1 a 80 letras, dígitos, puntos, guiones, @ o guiones bajos.</translation>
    </message>
    <message>
        <source>the password is too short (at least {min_length} characters).</source>
        <translation>la contraseña es demasiado corta (mínimo {min_length} caracteres).</translation>
    </message>
    <message>
        <source>Choose a longer password.</source>
        <translation>Elija una contraseña más larga.</translation>
    </message>
    <message>
        <source>there is no user '{username}'.</source>
        <translation>no existe el usuario '{username}'.</translation>
    </message>
    <message>
        <source>Check the name with `timedesk user list`.</source>
        <translation>Compruebe el nombre con `timedesk user list`.</translation>
    </message>
    <message>
        <source>an administrator already exists.</source>
        <translation>ya existe un administrador.</translation>
    </message>
    <message>
        <source>Log in with that account instead.</source>
        <translation>Inicie sesión con esa cuenta.</translation>
    </message>
    <message>
        <source>'{username}' is the last active administrator: {change} would leave nobody who can manage users.</source>
        <translation>'{username}' es el último administrador activo: {change} dejaría a nadie que pueda gestionar usuarios.</translation>
    </message>
    <message>
        <source>Make another user an administrator first.</source>
        <translation>Haga antes administrador a otro usuario.</translation>
    </message>
    <message>
        <source>the display name is longer than 200 characters.</source>
        <translation>el nombre visible tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Acórtelo.</translation>
    </message>
    <message>
        <source>a token needs either a role or a user, not both.</source>
        <translation>un token necesita un rol o un usuario, no ambos.</translation>
    </message>
    <message>
        <source>Give --user USERNAME (it acts as that user) or --role ROLE.</source>
        <translation>Indique --user USUARIO (actúa como ese usuario) o --role ROL.</translation>
    </message>
    <message>
        <source>a token needs a name of 1-80 characters.</source>
        <translation>un token necesita un nombre de 1 a 80 caracteres.</translation>
    </message>
    <message>
        <source>Name it after what uses it, e.g. 'lobby-kiosk'.</source>
        <translation>Póngale el nombre de lo que lo usa, p. ej. 'lobby-kiosk'.</translation>
    </message>
    <message>
        <source>the expiry {expires_at:%Y-%m-%d %H:%M} UTC is in the past.</source>
        <translation>la caducidad {expires_at:%Y-%m-%d %H:%M} UTC ya ha pasado.</translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation>Elija un día posterior a hoy.</translation>
    </message>
    <message>
        <source>the user '{name}' this token acts as is disabled.</source>
        <translation>el usuario '{name}' en cuyo nombre actúa este token está desactivado.</translation>
    </message>
    <message>
        <source>An administrator enables the account again (`timedesk user enable`).</source>
        <translation>Un administrador puede volver a activar la cuenta (`timedesk user enable`).</translation>
    </message>
    <message>
        <source>user '{name}' already exists.</source>
        <translation>el usuario '{name}' ya existe.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
    <message>
        <source>the user '{username}' is disabled.</source>
        <translation>el usuario '{username}' está desactivado.</translation>
    </message>
    <message>
        <source>Enable it first (`timedesk user enable {username}`).</source>
        <translation>Actívelo antes (`timedesk user enable {username}`).</translation>
    </message>
    <message>
        <source>a token named '{name}' already exists.</source>
        <translation>ya existe un token llamado '{name}'.</translation>
    </message>
    <message>
        <source>token expired — create a new one.</source>
        <translation>el token ha caducado: cree uno nuevo.</translation>
    </message>
    <message>
        <source>`timedesk api-token create` (an administrator).</source>
        <translation>`timedesk api-token create` (un administrador).</translation>
    </message>
    <message>
        <source>there is no active token named '{name}'.</source>
        <translation>no hay ningún token activo llamado '{name}'.</translation>
    </message>
    <message>
        <source>See `timedesk api-token list`.</source>
        <translation>Consulte `timedesk api-token list`.</translation>
    </message>
    <message>
        <source>the {field} is longer than {lengths} characters.</source>
        <translation>el campo {field} tiene más de {lengths} caracteres.</translation>
    </message>
    <message>
        <source>there is no user account '{ref}'.</source>
        <translation>no existe la cuenta de usuario '{ref}'.</translation>
    </message>
    <message>
        <source>there is no schedule '{name}' in the office calendar.</source>
        <translation>no hay ningún horario '{name}' en el calendario de la oficina.</translation>
    </message>
    <message>
        <source>See them with `timedesk hours show`, add one with `timedesk hours schedule add`, or give none for the office hours.</source>
        <translation>Consúltelos con `timedesk hours show`, añada uno con `timedesk hours schedule add` o no indique ninguno para usar el horario de la oficina.</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits (0-9), nothing else.</source>
        <translation>un PIN tiene de 4 a 8 dígitos (0-9) y nada más.</translation>
    </message>
    <message>
        <source>Type only digits, e.g. 4821.</source>
        <translation>Escriba solo dígitos, p. ej. 4821.</translation>
    </message>
    <message>
        <source>unknown employee field(s): {unknown}.</source>
        <translation>campo(s) de empleado desconocido(s): {unknown}.</translation>
    </message>
    <message>
        <source>Editable fields: {editable}, pin.</source>
        <translation>Campos editables: {editable}, pin.</translation>
    </message>
    <message>
        <source>there is no employee #{employee_id}.</source>
        <translation>no existe el empleado n.º {employee_id}.</translation>
    </message>
    <message>
        <source>Search employees first.</source>
        <translation>Busque antes el empleado.</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits (0-9).</source>
        <translation>un PIN tiene de 4 a 8 dígitos (0-9).</translation>
    </message>
    <message>
        <source>Type only digits.</source>
        <translation>Escriba solo dígitos.</translation>
    </message>
    <message>
        <source>this employee cannot punch with a PIN (no PIN, or inactive).</source>
        <translation>este empleado no puede fichar con PIN (no tiene PIN o está inactivo).</translation>
    </message>
    <message>
        <source>Ask a manager to set a PIN.</source>
        <translation>Pida a un responsable que le asigne un PIN.</translation>
    </message>
    <message>
        <source>there is no employee '{ref}'.</source>
        <translation>no existe el empleado '{ref}'.</translation>
    </message>
    <message>
        <source>Give the employee's id, e-mail address or badge code.</source>
        <translation>Indique el id del empleado, su correo electrónico o su código de tarjeta.</translation>
    </message>
    <message>
        <source>an employee needs a name of 1-200 characters.</source>
        <translation>un empleado necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Escriba el nombre.</translation>
    </message>
    <message>
        <source>'{value}' is not a valid e-mail address.</source>
        <translation>'{value}' no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>Type it as name@example.com or leave it empty.</source>
        <translation>Escríbala como nombre@ejemplo.com o déjela vacía.</translation>
    </message>
    <message>
        <source>'{ref}' is not a user account.</source>
        <translation>'{ref}' no es una cuenta de usuario.</translation>
    </message>
    <message>
        <source>Give a user name or an id.</source>
        <translation>Indique un nombre de usuario o un id.</translation>
    </message>
    <message>
        <source>another employee already has {field} '{value}'.</source>
        <translation>otro empleado ya tiene {field} '{value}'.</translation>
    </message>
    <message>
        <source>Each e-mail, code, account and external id belongs to one employee.</source>
        <translation>Cada correo, código, cuenta e id externo pertenece a un solo empleado.</translation>
    </message>
    <message>
        <source>wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Check it and try again; it locks for {seconds} minutes after {max_pin_failures} wrong PINs in a row.</source>
        <translation>Compruébelo e inténtelo de nuevo; se bloquea {seconds} minutos tras {max_pin_failures} PIN incorrectos seguidos.</translation>
    </message>
    <message>
        <source>no employee has the e-mail address '{email}'.</source>
        <translation>ningún empleado tiene la dirección de correo '{email}'.</translation>
    </message>
    <message>
        <source>Check the address, or search employees by name.</source>
        <translation>Compruebe la dirección o busque el empleado por su nombre.</translation>
    </message>
    <message>
        <source>turns.reset_time: {cause}.</source>
        <translation>turns.reset_time: {cause}.</translation>
    </message>
    <message>
        <source>Set it like 00:00 (midnight) or 05:00.</source>
        <translation>Escríbalo como 00:00 (medianoche) o 05:00.</translation>
    </message>
    <message>
        <source>desk {desk} is open on another computer ({holder}).</source>
        <translation>el puesto {desk} está abierto en otro equipo ({holder}).</translation>
    </message>
    <message>
        <source>Close it there, or take it over (from another face than a desk panel, that needs turns.manage).</source>
        <translation>Ciérrelo allí o tómelo (desde otra pantalla que no sea un panel de puesto; requiere turns.manage).</translation>
    </message>
    <message>
        <source>desk {desk} is not active.</source>
        <translation>el puesto {desk} no está activo.</translation>
    </message>
    <message>
        <source>An administrator can activate it.</source>
        <translation>Un administrador puede activarlo.</translation>
    </message>
    <message>
        <source>{actor} is not assigned to desk {desk}.</source>
        <translation>{actor} no está asignado al puesto {desk}.</translation>
    </message>
    <message>
        <source>Ask an administrator to assign you to this desk.</source>
        <translation>Pida a un administrador que le asigne a este puesto.</translation>
    </message>
    <message>
        <source>a display name is {name_rule}.</source>
        <translation>un nombre de pantalla es {name_rule}.</translation>
    </message>
    <message>
        <source>For example: lobby-tv</source>
        <translation>Por ejemplo: lobby-tv</translation>
    </message>
    <message>
        <source>no display is registered as '{name}'.</source>
        <translation>no hay ninguna pantalla registrada como '{name}'.</translation>
    </message>
    <message>
        <source>See `timedesk display list`.</source>
        <translation>Consulte `timedesk display list`.</translation>
    </message>
    <message>
        <source>'{lang}' is not an export language.</source>
        <translation>'{lang}' no es un idioma de exportación.</translation>
    </message>
    <message>
        <source>Use es or en.</source>
        <translation>Use es o en.</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters.</source>
        <translation>el campo {what} tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>desk {desk} serves no service.</source>
        <translation>el puesto {desk} no atiende ningún servicio.</translation>
    </message>
    <message>
        <source>Give it services in {setup_page} first.</source>
        <translation>Asígnele antes servicios en {setup_page}.</translation>
    </message>
    <message>
        <source>desk {desk} is paused.</source>
        <translation>el puesto {desk} está en pausa.</translation>
    </message>
    <message>
        <source>Resume the desk to call turns.</source>
        <translation>Reanude el puesto para llamar turnos.</translation>
    </message>
    <message>
        <source>desk {desk} has no turn to {action}.</source>
        <translation>el puesto {desk} no tiene ningún turno para esta acción ({action}).</translation>
    </message>
    <message>
        <source>Call the next turn first.</source>
        <translation>Llame antes al siguiente turno.</translation>
    </message>
    <message>
        <source>turn {number} {why}.</source>
        <translation>turno {number}: {why}.</translation>
    </message>
    <message>
        <source>turn {number} was just called by another desk.</source>
        <translation>otro puesto acaba de llamar al turno {number}.</translation>
    </message>
    <message>
        <source>Call next again.</source>
        <translation>Pulse de nuevo Llamar siguiente.</translation>
    </message>
    <message>
        <source>service {code} ({service}) is not active.</source>
        <translation>el servicio {code} ({service}) no está activo.</translation>
    </message>
    <message>
        <source>An administrator can activate it in {setup_page}.</source>
        <translation>Un administrador puede activarlo en {setup_page}.</translation>
    </message>
    <message>
        <source>the office is closed today ({holiday}): no turns are issued on the office calendar's holidays.</source>
        <translation>la oficina está cerrada hoy ({holiday}): no se dan turnos en los festivos del calendario de la oficina.</translation>
    </message>
    <message>
        <source>Come back on a working day, or remove the holiday from the calendar (timedesk hours holiday remove).</source>
        <translation>Vuelva un día laborable o quite el festivo del calendario (timedesk hours holiday remove).</translation>
    </message>
    <message>
        <source>service {code} ({service}) is closed now (open {opens_at:%H:%M}-{closes_at:%H:%M}).</source>
        <translation>el servicio {code} ({service}) está cerrado ahora (abre de {opens_at:%H:%M} a {closes_at:%H:%M}).</translation>
    </message>
    <message>
        <source>Issue a turn for an open service, or come back in its hours.</source>
        <translation>Dé un turno de un servicio abierto o vuelva en su horario.</translation>
    </message>
    <message>
        <source>service {code} has no priority turns.</source>
        <translation>el servicio {code} no tiene turnos prioritarios.</translation>
    </message>
    <message>
        <source>Issue a normal turn.</source>
        <translation>Dé un turno normal.</translation>
    </message>
    <message>
        <source>there is no turn {number} today.</source>
        <translation>hoy no hay ningún turno {number}.</translation>
    </message>
    <message>
        <source>Check the number on the ticket.</source>
        <translation>Compruebe el número del tique.</translation>
    </message>
    <message>
        <source>turn {number} is not waiting (it is {status}).</source>
        <translation>el turno {number} no está en espera (estado: {status}).</translation>
    </message>
    <message>
        <source>Only a waiting turn can be called.</source>
        <translation>Solo se puede llamar a un turno en espera.</translation>
    </message>
    <message>
        <source>a transfer needs a service or a desk to go to.</source>
        <translation>una transferencia necesita un servicio o un puesto de destino.</translation>
    </message>
    <message>
        <source>Choose the service or the desk that takes the customer.</source>
        <translation>Elija el servicio o el puesto que atenderá al cliente.</translation>
    </message>
    <message>
        <source>a turn cannot be transferred to its own desk.</source>
        <translation>un turno no se puede transferir a su propio puesto.</translation>
    </message>
    <message>
        <source>Choose another desk.</source>
        <translation>Elija otro puesto.</translation>
    </message>
    <message>
        <source>there is no recent call #{call_event_id}.</source>
        <translation>no hay ninguna llamada reciente n.º {call_event_id}.</translation>
    </message>
    <message>
        <source>Acknowledge the calls of the feed as they arrive.</source>
        <translation>Confirme las llamadas del canal a medida que llegan.</translation>
    </message>
    <message>
        <source>there is no turn #{turn_id}.</source>
        <translation>no existe el turno n.º {turn_id}.</translation>
    </message>
    <message>
        <source>Check the turn's id.</source>
        <translation>Compruebe el id del turno.</translation>
    </message>
    <message>
        <source>unknown status {quoted}.</source>
        <translation>estado desconocido {quoted}.</translation>
    </message>
    <message>
        <source>page {page} of {per_page} turns is not a page.</source>
        <translation>la página {page} de {per_page} turnos no es una página válida.</translation>
    </message>
    <message>
        <source>Pages start at 1 and hold 1 to {max_per_page} turns.</source>
        <translation>Las páginas empiezan en 1 y tienen de 1 a {max_per_page} turnos.</translation>
    </message>
    <message>
        <source>opening hours {quoted} are not HH:MM-HH:MM.</source>
        <translation>el horario {quoted} no tiene la forma HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Write them like 08:30-14:00, or leave them empty for always open.</source>
        <translation>Escríbalo como 08:30-14:00 o déjelo vacío para abrir siempre.</translation>
    </message>
    <message>
        <source>opening hours {quoted} are not a time of day.</source>
        <translation>el horario {quoted} no es una hora del día.</translation>
    </message>
    <message>
        <source>Hours go from 00:00 to 23:59.</source>
        <translation>Las horas van de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>opening hours {quoted} close before they open.</source>
        <translation>el horario {quoted} cierra antes de abrir.</translation>
    </message>
    <message>
        <source>Give the opening time first, e.g. 08:30-14:00.</source>
        <translation>Ponga primero la hora de apertura, p. ej. 08:30-14:00.</translation>
    </message>
    <message>
        <source>service code {quoted} is not 1 to 3 letters.</source>
        <translation>el código de servicio {quoted} no tiene de 1 a 3 letras.</translation>
    </message>
    <message>
        <source>Use a letter such as A; turns are numbered A001, A002...</source>
        <translation>Use una letra como A; los turnos se numeran A001, A002...</translation>
    </message>
    <message>
        <source>the {what} name must have 1 to {limit} characters.</source>
        <translation>el nombre ({what}) debe tener de 1 a {limit} caracteres.</translation>
    </message>
    <message>
        <source>Give the {what} a short name people recognise.</source>
        <translation>Póngale ({what}) un nombre corto que la gente reconozca.</translation>
    </message>
    <message>
        <source>colour {quoted} is not #RRGGBB.</source>
        <translation>el color {quoted} no tiene la forma #RRGGBB.</translation>
    </message>
    <message>
        <source>Use a colour like #1565c0.</source>
        <translation>Use un color como #1565c0.</translation>
    </message>
    <message>
        <source>there is no service {quoted}.</source>
        <translation>no existe el servicio {quoted}.</translation>
    </message>
    <message>
        <source>there is no desk {quoted}.</source>
        <translation>no existe el puesto {quoted}.</translation>
    </message>
    <message>
        <source>See the services in {setup_page} or with `timedesk turns service list`.</source>
        <translation>Consulte los servicios en {setup_page} o con `timedesk turns service list`.</translation>
    </message>
    <message>
        <source>Add one first: timedesk turns service add --code A --name NAME.</source>
        <translation>Añada antes uno: timedesk turns service add --code A --name NOMBRE.</translation>
    </message>
    <message>
        <source>See the desks in {setup_page} or with `timedesk turns desk list`.</source>
        <translation>Consulte los puestos en {setup_page} o con `timedesk turns desk list`.</translation>
    </message>
    <message>
        <source>Add one first: timedesk turns desk add --name 1 --services A.</source>
        <translation>Añada antes uno: timedesk turns desk add --name 1 --services A.</translation>
    </message>
    <message>
        <source>a desk must serve at least one service.</source>
        <translation>un puesto debe atender al menos un servicio.</translation>
    </message>
    <message>
        <source>Name its services, e.g. --services A,B.</source>
        <translation>Indique sus servicios, p. ej. --services A,B.</translation>
    </message>
    <message>
        <source>service code '{code}' is already used.</source>
        <translation>el código de servicio '{code}' ya está en uso.</translation>
    </message>
    <message>
        <source>Choose another letter.</source>
        <translation>Elija otra letra.</translation>
    </message>
    <message>
        <source>service {code} has turns in its history, so it cannot be deleted.</source>
        <translation>el servicio {code} tiene turnos en su historial, así que no se puede eliminar.</translation>
    </message>
    <message>
        <source>Deactivate it instead: it is no longer offered and its history stays.</source>
        <translation>Desactívelo en su lugar: deja de ofrecerse y su historial se conserva.</translation>
    </message>
    <message>
        <source>desk {serving} serves service {code}.</source>
        <translation>el puesto {serving} atiende el servicio {code}.</translation>
    </message>
    <message>
        <source>Take the service off those desks first, or deactivate it.</source>
        <translation>Quite antes el servicio de esos puestos o desactívelo.</translation>
    </message>
    <message>
        <source>there is no user {quoted}.</source>
        <translation>no existe el usuario {quoted}.</translation>
    </message>
    <message>
        <source>Create the account first (timedesk user add).</source>
        <translation>Cree antes la cuenta (timedesk user add).</translation>
    </message>
    <message>
        <source>desk '{name}' already exists.</source>
        <translation>el puesto '{name}' ya existe.</translation>
    </message>
    <message>
        <source>Choose another name or number.</source>
        <translation>Elija otro nombre o número.</translation>
    </message>
    <message>
        <source>desk {desk} has turns in its history, so it cannot be deleted.</source>
        <translation>el puesto {desk} tiene turnos en su historial, así que no se puede eliminar.</translation>
    </message>
    <message>
        <source>Deactivate it instead: nobody can open it and its history stays.</source>
        <translation>Desactívelo en su lugar: nadie podrá abrirlo y su historial se conserva.</translation>
    </message>
    <message>
        <source>the range needs a first and a last day.</source>
        <translation>el intervalo necesita un primer y un último día.</translation>
    </message>
    <message>
        <source>Give both dates.</source>
        <translation>Indique ambas fechas.</translation>
    </message>
    <message>
        <source>the range starts ({start:%Y-%m-%d}) after it ends ({end:%Y-%m-%d}).</source>
        <translation>el intervalo empieza ({start:%Y-%m-%d}) después de terminar ({end:%Y-%m-%d}).</translation>
    </message>
    <message>
        <source>Give the first day first.</source>
        <translation>Ponga primero el primer día.</translation>
    </message>
    <message>
        <source>the range has {days} days; at most {max_days} are allowed.</source>
        <translation>el intervalo tiene {days} días; se permiten como máximo {max_days}.</translation>
    </message>
    <message>
        <source>Choose a shorter range.</source>
        <translation>Elija un intervalo más corto.</translation>
    </message>
    <message>
        <source>Use one of: {choices}.</source>
        <translation>Use uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>the message is empty.</source>
        <translation>el mensaje está vacío.</translation>
    </message>
    <message>
        <source>Write something to send.</source>
        <translation>Escriba algo para enviar.</translation>
    </message>
    <message>
        <source>the message has {count:,} characters; at most {max_body:,} are allowed.</source>
        <translation>el mensaje tiene {count:,} caracteres; se permiten como máximo {max_body:,}.</translation>
    </message>
    <message>
        <source>Shorten it, or send it in parts.</source>
        <translation>Acórtelo o envíelo en varias partes.</translation>
    </message>
    <message>
        <source>the message contains a NUL character.</source>
        <translation>el mensaje contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>Remove it and send again.</source>
        <translation>Quítelo y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>chat needs a person.</source>
        <translation>el chat necesita una persona.</translation>
    </message>
    <message>
        <source>Sign in as yourself, or use a token made for a user (`timedesk api-token create --user USERNAME`).</source>
        <translation>Inicie sesión con su propia cuenta o use un token creado para un usuario (`timedesk api-token create --user USUARIO`).</translation>
    </message>
    <message>
        <source>there is no active user '{shown}'.</source>
        <translation>no hay ningún usuario activo '{shown}'.</translation>
    </message>
    <message>
        <source>there is no user '{shown}'.</source>
        <translation>no existe el usuario '{shown}'.</translation>
    </message>
    <message>
        <source>Choose someone in the list of people.</source>
        <translation>Elija a alguien de la lista de personas.</translation>
    </message>
    <message>
        <source>'{ticket_id}' is not a ticket number.</source>
        <translation>'{ticket_id}' no es un número de incidencia.</translation>
    </message>
    <message>
        <source>Give the ticket's number (1 or more), or none.</source>
        <translation>Indique el número de la incidencia (1 o más) o ninguno.</translation>
    </message>
    <message>
        <source>'{limit}' is not a number of messages.</source>
        <translation>'{limit}' no es un número de mensajes.</translation>
    </message>
    <message>
        <source>Ask for 1 to {max_limit}.</source>
        <translation>Pida de 1 a {max_limit}.</translation>
    </message>
    <message>
        <source>a client name has 1-{max_client} characters.</source>
        <translation>un nombre de cliente tiene de 1 a {max_client} caracteres.</translation>
    </message>
    <message>
        <source>e.g. 'pc' or 'api'.</source>
        <translation>p. ej. 'pc' o 'api'.</translation>
    </message>
    <message>
        <source>you cannot send a message to yourself.</source>
        <translation>no puede enviarse un mensaje a sí mismo.</translation>
    </message>
    <message>
        <source>Choose someone else in the list of people.</source>
        <translation>Elija a otra persona de la lista.</translation>
    </message>
    <message>
        <source>'{name}' is not a period preset.</source>
        <translation>'{name}' no es un periodo predefinido.</translation>
    </message>
    <message>
        <source>Use {choices}.</source>
        <translation>Use {choices}.</translation>
    </message>
    <message>
        <source>'{name}' is not a known time zone (office.timezone).</source>
        <translation>'{name}' no es una zona horaria conocida (office.timezone).</translation>
    </message>
    <message>
        <source>Use an IANA name such as Europe/Madrid, or leave it empty for this computer's zone.</source>
        <translation>Use un nombre IANA como Europe/Madrid o déjelo vacío para usar la zona de este equipo.</translation>
    </message>
    <message>
        <source>'{text}' is not a time of day.</source>
        <translation>'{text}' no es una hora del día.</translation>
    </message>
    <message>
        <source>Write times as HH:MM from 00:00 to 24:00, such as 09:00.</source>
        <translation>Escriba las horas como HH:MM de 00:00 a 24:00, p. ej. 09:00.</translation>
    </message>
    <message>
        <source>{moment} has no time zone.</source>
        <translation>{moment} no tiene zona horaria.</translation>
    </message>
    <message>
        <source>Give instants with their UTC offset.</source>
        <translation>Indique los instantes con su desfase respecto a UTC.</translation>
    </message>
    <message>
        <source>The schedule '{chosen}' has no working time in the {idle_days_limit} days after {day}.</source>
        <translation>El horario '{chosen}' no tiene tiempo de trabajo en los {idle_days_limit} días posteriores a {day}.</translation>
    </message>
    <message>
        <source>Check its week, exceptions and the holidays.</source>
        <translation>Revise su semana, sus excepciones y los festivos.</translation>
    </message>
    <message>
        <source>An interval is outside the day.</source>
        <translation>Un intervalo queda fuera del día.</translation>
    </message>
    <message>
        <source>Times go from 00:00 to 24:00.</source>
        <translation>Las horas van de 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>The interval {interval} ends before it starts.</source>
        <translation>El intervalo {interval} termina antes de empezar.</translation>
    </message>
    <message>
        <source>Write the start first, like 09:00-14:00.</source>
        <translation>Escriba primero el inicio, como 09:00-14:00.</translation>
    </message>
    <message>
        <source>The intervals {first} and {second} overlap.</source>
        <translation>Los intervalos {first} y {second} se solapan.</translation>
    </message>
    <message>
        <source>Make each interval end before the next one starts, like 09:00-14:00,15:00-18:00.</source>
        <translation>Haga que cada intervalo termine antes de que empiece el siguiente, como 09:00-14:00,15:00-18:00.</translation>
    </message>
    <message>
        <source>'{text}' is not an interval.</source>
        <translation>'{text}' no es un intervalo.</translation>
    </message>
    <message>
        <source>Write intervals like 09:00-14:00,15:00-18:00 (24:00 may end a day).</source>
        <translation>Escriba los intervalos como 09:00-14:00,15:00-18:00 (24:00 puede cerrar un día).</translation>
    </message>
    <message>
        <source>The interval {text} starts at 24:00.</source>
        <translation>El intervalo {text} empieza a las 24:00.</translation>
    </message>
    <message>
        <source>24:00 may only end an interval; start at 00:00 instead.</source>
        <translation>24:00 solo puede cerrar un intervalo; empiece a las 00:00.</translation>
    </message>
    <message>
        <source>The schedule '{name}' has {count} days.</source>
        <translation>El horario '{name}' tiene {count} días.</translation>
    </message>
    <message>
        <source>Give one list of intervals per weekday, Monday first.</source>
        <translation>Indique una lista de intervalos por día de la semana, empezando por el lunes.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>El final del periodo es anterior a su inicio.</translation>
    </message>
    <message>
        <source>Give the earlier instant first.</source>
        <translation>Indique primero el instante anterior.</translation>
    </message>
    <message>
        <source>Office time to add cannot be negative.</source>
        <translation>El tiempo de oficina que se suma no puede ser negativo.</translation>
    </message>
    <message>
        <source>Give a number of seconds of 0 or more.</source>
        <translation>Indique un número de segundos igual o mayor que 0.</translation>
    </message>
    <message>
        <source>The schedule '{chosen}' has no working time at all.</source>
        <translation>El horario '{chosen}' no tiene ningún tiempo de trabajo.</translation>
    </message>
    <message>
        <source>Give it working intervals (timedesk hours set) before counting office time.</source>
        <translation>Dele intervalos de trabajo (timedesk hours set) antes de contar tiempo de oficina.</translation>
    </message>
    <message>
        <source>There is no schedule named '{name}'.</source>
        <translation>No hay ningún horario llamado '{name}'.</translation>
    </message>
    <message>
        <source>Use one of the calendar's schedules ({known}) or the office's.</source>
        <translation>Use uno de los horarios del calendario ({known}) o el de la oficina.</translation>
    </message>
    <message>
        <source>The tolerance {minutes} is not a number of minutes from 0 to {tolerance_max}.</source>
        <translation>La tolerancia {minutes} no es un número de minutos de 0 a {tolerance_max}.</translation>
    </message>
    <message>
        <source>Give the minutes someone may be late or leave early, such as 5.</source>
        <translation>Indique los minutos que alguien puede llegar tarde o salir antes, p. ej. 5.</translation>
    </message>
    <message>
        <source>The {what} needs a name of 1 to {limit} characters.</source>
        <translation>El elemento ({what}) necesita un nombre de 1 a {limit} caracteres.</translation>
    </message>
    <message>
        <source>Give the {what} a short name (no control characters).</source>
        <translation>Póngale ({what}) un nombre corto (sin caracteres de control).</translation>
    </message>
    <message>
        <source>The weekdays {text} run backwards.</source>
        <translation>Los días {text} van hacia atrás.</translation>
    </message>
    <message>
        <source>Write ranges Monday first, such as mon-fri.</source>
        <translation>Escriba los rangos empezando por el lunes, como mon-fri.</translation>
    </message>
    <message>
        <source>'{text}' does not say which days.</source>
        <translation>'{text}' no dice qué días.</translation>
    </message>
    <message>
        <source>Write DAYS=INTERVALS, such as mon-fri=09:00-14:00,15:00-18:00 or sat= for a day off.</source>
        <translation>Escriba DÍAS=INTERVALOS, como mon-fri=09:00-14:00,15:00-18:00, o sat= para un día libre.</translation>
    </message>
    <message>
        <source>{where} is not a list of [start, end] pairs.</source>
        <translation>{where} no es una lista de pares [inicio, fin].</translation>
    </message>
    <message>
        <source>Write it like [["09:00", "14:00"], ["15:00", "18:00"]].</source>
        <translation>Escríbalo como [["09:00", "14:00"], ["15:00", "18:00"]].</translation>
    </message>
    <message>
        <source>The business hours must be a JSON object.</source>
        <translation>El horario de atención debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Send {{"timezone", "tolerance_minutes", "week", "holidays"}}.</source>
        <translation>Envíe {{"timezone", "tolerance_minutes", "week", "holidays"}}.</translation>
    </message>
    <message>
        <source>Unknown fields: {unknown}.</source>
        <translation>Campos desconocidos: {unknown}.</translation>
    </message>
    <message>
        <source>Send only "timezone", "tolerance_minutes", "week" and "holidays".</source>
        <translation>Envíe solo "timezone", "tolerance_minutes", "week" y "holidays".</translation>
    </message>
    <message>
        <source>week must give every weekday, mon to sun.</source>
        <translation>week debe indicar todos los días de la semana, de mon a sun.</translation>
    </message>
    <message>
        <source>Send {{"mon": [["09:00", "14:00"]], ..., "sun": []}}.</source>
        <translation>Envíe {{"mon": [["09:00", "14:00"]], ..., "sun": []}}.</translation>
    </message>
    <message>
        <source>holidays is not a list of {{date, name}}.</source>
        <translation>holidays no es una lista de {{date, name}}.</translation>
    </message>
    <message>
        <source>Send [{{"date": "2026-12-25", "name": "Navidad"}}].</source>
        <translation>Envíe [{{"date": "2026-12-25", "name": "Navidad"}}].</translation>
    </message>
    <message>
        <source>There is no schedule named '{text}'.</source>
        <translation>No hay ningún horario llamado '{text}'.</translation>
    </message>
    <message>
        <source>See them with `timedesk hours show`, or add it with `timedesk hours schedule add`.</source>
        <translation>Consúltelos con `timedesk hours show` o añádalo con `timedesk hours schedule add`.</translation>
    </message>
    <message>
        <source>'{name}' is not a known time zone.</source>
        <translation>'{name}' no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>Use an IANA name such as Europe/Madrid, or leave it empty for the office.timezone setting.</source>
        <translation>Use un nombre IANA como Europe/Madrid o déjelo vacío para usar el ajuste office.timezone.</translation>
    </message>
    <message>
        <source>The {what} '{text}' is not a date.</source>
        <translation>El valor ({what}) '{text}' no es una fecha.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, such as 2026-12-25.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, p. ej. 2026-12-25.</translation>
    </message>
    <message>
        <source>'{text}' is not a weekday.</source>
        <translation>'{text}' no es un día de la semana.</translation>
    </message>
    <message>
        <source>Use {choices} or a range such as mon-fri.</source>
        <translation>Use {choices} o un rango como mon-fri.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>timezone is not a text.</source>
        <translation>timezone no es un texto.</translation>
    </message>
    <message>
        <source>Send a name such as "Europe/Madrid".</source>
        <translation>Envíe un nombre como "Europe/Madrid".</translation>
    </message>
    <message>
        <source>The holiday {day} is given twice.</source>
        <translation>El festivo {day} aparece dos veces.</translation>
    </message>
    <message>
        <source>Give each date once.</source>
        <translation>Indique cada fecha una sola vez.</translation>
    </message>
    <message>
        <source>There is already a schedule named '{name}'.</source>
        <translation>Ya hay un horario llamado '{name}'.</translation>
    </message>
    <message>
        <source>Choose another name, or change it with `timedesk hours schedule set`.</source>
        <translation>Elija otro nombre o cámbielo con `timedesk hours schedule set`.</translation>
    </message>
    <message>
        <source>The office schedule cannot be removed.</source>
        <translation>El horario de la oficina no se puede eliminar.</translation>
    </message>
    <message>
        <source>Change its hours with `timedesk hours set` instead.</source>
        <translation>Cambie su horario con `timedesk hours set`.</translation>
    </message>
    <message>
        <source>{day} is already a holiday ({existing}).</source>
        <translation>{day} ya es festivo ({existing}).</translation>
    </message>
    <message>
        <source>Remove it first (timedesk hours holiday remove) to rename it.</source>
        <translation>Quítelo antes (timedesk hours holiday remove) para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>{day} is not a holiday.</source>
        <translation>{day} no es festivo.</translation>
    </message>
    <message>
        <source>See the holidays with `timedesk hours holiday list`.</source>
        <translation>Consulte los festivos con `timedesk hours holiday list`.</translation>
    </message>
    <message>
        <source>The schedule '{row}' has no exception on {day}.</source>
        <translation>El horario '{row}' no tiene ninguna excepción el {day}.</translation>
    </message>
    <message>
        <source>See the exceptions with `timedesk hours show`.</source>
        <translation>Consulte las excepciones con `timedesk hours show`.</translation>
    </message>
    <message>
        <source>'{rule}' is not a rule name.</source>
        <translation>'{rule}' no es un nombre de regla.</translation>
    </message>
    <message>
        <source>Use up to 40 letters, digits, '_' or '-', such as max_9h.</source>
        <translation>Use hasta 40 letras, dígitos, '_' o '-', como max_9h.</translation>
    </message>
    <message>
        <source>'{kind}' is not a kind of rule.</source>
        <translation>'{kind}' no es un tipo de regla.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>Use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>The limits of rule '{rule}' are out of range.</source>
        <translation>Los límites de la regla '{rule}' están fuera de rango.</translation>
    </message>
    <message>
        <source>Give a limit between 1 second and 7 days, and a threshold between 0 and 24 hours.</source>
        <translation>Indique un límite entre 1 segundo y 7 días, y un umbral entre 0 y 24 horas.</translation>
    </message>
    <message>
        <source>Rule '{rule}' has no text.</source>
        <translation>La regla '{rule}' no tiene texto.</translation>
    </message>
    <message>
        <source>Write the sentence people see beside the flag.</source>
        <translation>Escriba la frase que se verá junto al aviso.</translation>
    </message>
    <message>
        <source>There is no working-time rule named '{name}'.</source>
        <translation>No hay ninguna regla de jornada llamada '{name}'.</translation>
    </message>
    <message>
        <source>List the rules to see their names.</source>
        <translation>Liste las reglas para ver sus nombres.</translation>
    </message>
    <message>
        <source>'{action}' is not a punch action.</source>
        <translation>'{action}' no es una acción de fichaje.</translation>
    </message>
    <message>
        <source>{employee} has no open day to confirm: {refusal}</source>
        <translation>{employee} no tiene ninguna jornada abierta que confirmar: {refusal}</translation>
    </message>
    <message>
        <source>Nothing to confirm.</source>
        <translation>No hay nada que confirmar.</translation>
    </message>
    <message>
        <source>Punch out instead (the day counts as open only after {deadline}).</source>
        <translation>Fiche la salida (la jornada solo cuenta como abierta después de las {deadline}).</translation>
    </message>
    <message>
        <source>'{source}' is not a punch source.</source>
        <translation>'{source}' no es un origen de fichaje.</translation>
    </message>
    <message>
        <source>punching at the kiosk needs the employee's PIN.</source>
        <translation>para fichar en el quiosco hace falta el PIN del empleado.</translation>
    </message>
    <message>
        <source>Type the PIN after the badge code or name.</source>
        <translation>Escriba el PIN después del código de tarjeta o del nombre.</translation>
    </message>
    <message>
        <source>{actor} may punch only for themselves, not for {employee}.</source>
        <translation>{actor} solo puede fichar para sí mismo, no para {employee}.</translation>
    </message>
    <message>
        <source>Punch with your own account, or at the kiosk.</source>
        <translation>Fiche con su propia cuenta o en el quiosco.</translation>
    </message>
    <message>
        <source>the time you left needs its UTC offset.</source>
        <translation>la hora de salida necesita su desfase respecto a UTC.</translation>
    </message>
    <message>
        <source>Give it like 2026-12-07T18:00:00+01:00.</source>
        <translation>Indíquela como 2026-12-07T18:00:00+01:00.</translation>
    </message>
    <message>
        <source>the reason is over {max_reason} characters.</source>
        <translation>el motivo tiene más de {max_reason} caracteres.</translation>
    </message>
    <message>
        <source>Say it shorter.</source>
        <translation>Dígalo más breve.</translation>
    </message>
    <message>
        <source>a correction needs a reason of 1-{max_reason} characters.</source>
        <translation>una corrección necesita un motivo de 1 a {max_reason} caracteres.</translation>
    </message>
    <message>
        <source>Say why the punch is added or amended.</source>
        <translation>Indique por qué se añade o corrige el fichaje.</translation>
    </message>
    <message>
        <source>an amendment needs the time the punch should have.</source>
        <translation>una corrección necesita la hora que debería tener el fichaje.</translation>
    </message>
    <message>
        <source>Give `at` with the corrected time.</source>
        <translation>Indique `at` con la hora corregida.</translation>
    </message>
    <message>
        <source>the time of a correction needs its UTC offset.</source>
        <translation>la hora de una corrección necesita su desfase respecto a UTC.</translation>
    </message>
    <message>
        <source>Give it like 2026-12-07T09:00:00+01:00.</source>
        <translation>Indíquela como 2026-12-07T09:00:00+01:00.</translation>
    </message>
    <message>
        <source>{employee} has no punch #{replaces_id}.</source>
        <translation>{employee} no tiene el fichaje n.º {replaces_id}.</translation>
    </message>
    <message>
        <source>List the person's punches to find the one to amend.</source>
        <translation>Liste los fichajes de la persona para encontrar el que quiere corregir.</translation>
    </message>
    <message>
        <source>punch #{replaces_id} was already amended.</source>
        <translation>el fichaje n.º {replaces_id} ya se corrigió.</translation>
    </message>
    <message>
        <source>Amend the punch that replaced it instead.</source>
        <translation>Corrija en su lugar el fichaje que lo sustituyó.</translation>
    </message>
    <message>
        <source>{employee}'s later punch '{action}' at {when} would no longer fit: {employee} would be {state_words} then.</source>
        <translation>el fichaje posterior de {employee} ('{action}' a las {when}) ya no encajaría: {employee} estaría entonces en estado '{state_words}'.</translation>
    </message>
    <message>
        <source>Amend that punch too, or pick another time.</source>
        <translation>Corrija también ese fichaje o elija otra hora.</translation>
    </message>
    <message>
        <source>{employee} left between {last_punch} and {deadline}, not at {at}.</source>
        <translation>{employee} salió entre las {last_punch} y las {deadline}, no a las {at}.</translation>
    </message>
    <message>
        <source>Give a time after the last punch and by the open deadline; a manager can correct anything else.</source>
        <translation>Indique una hora posterior al último fichaje y no más tarde del límite de la jornada abierta; un responsable puede corregir cualquier otra cosa.</translation>
    </message>
    <message>
        <source>a punch cannot be in the future ({when}).</source>
        <translation>un fichaje no puede estar en el futuro ({when}).</translation>
    </message>
    <message>
        <source>Give a time that has passed.</source>
        <translation>Indique una hora que ya haya pasado.</translation>
    </message>
    <message>
        <source>at {when}: {refusal}</source>
        <translation>a las {when}: {refusal}</translation>
    </message>
    <message>
        <source>Correct the punches around it first, or pick another time.</source>
        <translation>Corrija antes los fichajes de alrededor o elija otra hora.</translation>
    </message>
    <message>
        <source>Punch out first, or take no action.</source>
        <translation>Fiche antes la salida o no haga nada.</translation>
    </message>
    <message>
        <source>End the break instead.</source>
        <translation>Termine la pausa.</translation>
    </message>
    <message>
        <source>Punch in first; a manager can add a forgotten punch.</source>
        <translation>Fiche antes la entrada; un responsable puede añadir un fichaje olvidado.</translation>
    </message>
    <message>
        <source>Punch in first.</source>
        <translation>Fiche antes la entrada.</translation>
    </message>
    <message>
        <source>End the break first.</source>
        <translation>Termine antes la pausa.</translation>
    </message>
    <message>
        <source>Punch in instead.</source>
        <translation>Fiche la entrada.</translation>
    </message>
    <message>
        <source>Start a break first.</source>
        <translation>Empiece antes una pausa.</translation>
    </message>
    <message>
        <source>{employee} is already in (no punch yet).</source>
        <translation>{employee} ya está dentro (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is already in since {since}.</source>
        <translation>{employee} ya está dentro desde las {since}.</translation>
    </message>
    <message>
        <source>{employee} is not on a break: in (no punch yet).</source>
        <translation>{employee} no está en pausa: está dentro (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is not on a break: in since {since}.</source>
        <translation>{employee} no está en pausa: está dentro desde las {since}.</translation>
    </message>
    <message>
        <source>{employee} is in (no punch yet).</source>
        <translation>{employee} está dentro (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is in since {since}.</source>
        <translation>{employee} está dentro desde las {since}.</translation>
    </message>
    <message>
        <source>{employee} is already out (no punch yet).</source>
        <translation>{employee} ya está fuera (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is already out since {since}.</source>
        <translation>{employee} ya está fuera desde las {since}.</translation>
    </message>
    <message>
        <source>{employee} is out (no punch yet).</source>
        <translation>{employee} está fuera (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is out since {since}.</source>
        <translation>{employee} está fuera desde las {since}.</translation>
    </message>
    <message>
        <source>{employee} is already on a break (no punch yet).</source>
        <translation>{employee} ya está en pausa (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is already on a break since {since}.</source>
        <translation>{employee} ya está en pausa desde las {since}.</translation>
    </message>
    <message>
        <source>{employee} is on a break (no punch yet).</source>
        <translation>{employee} está en pausa (aún sin fichajes).</translation>
    </message>
    <message>
        <source>{employee} is on a break since {since}.</source>
        <translation>{employee} está en pausa desde las {since}.</translation>
    </message>
    <message>
        <source>'{file}' is empty (0 bytes).</source>
        <translation>'{file}' está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>Attach a file that has content.</source>
        <translation>Adjunte un archivo con contenido.</translation>
    </message>
    <message>
        <source>'{file}' is not a kind of file tickets accept (its content is not what its name says, or of a refused kind such as a program).</source>
        <translation>'{file}' no es un tipo de archivo que acepten las incidencias (su contenido no corresponde a su nombre o es de un tipo rechazado, como un programa).</translation>
    </message>
    <message>
        <source>Attach {allowed}.</source>
        <translation>Adjunte {allowed}.</translation>
    </message>
    <message>
        <source>'{name}' is {count:,} bytes; the limit is {max_bytes:,} bytes.</source>
        <translation>'{name}' ocupa {count:,} bytes; el límite es de {max_bytes:,} bytes.</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not see the help desk's dashboard (tickets.work or tickets.manage).</source>
        <translation>{actor} ({role}) no puede ver el panel del servicio de ayuda (tickets.work o tickets.manage).</translation>
    </message>
    <message>
        <source>Ask an administrator for a technician's or a manager's role.</source>
        <translation>Pida a un administrador un rol de técnico o de responsable.</translation>
    </message>
    <message>
        <source>The period ends ({last_day}) before it starts ({first_day}).</source>
        <translation>El periodo termina ({last_day}) antes de empezar ({first_day}).</translation>
    </message>
    <message>
        <source>line 1: {what}.</source>
        <translation>línea 1: {what}.</translation>
    </message>
    <message>
        <source>The first line names the columns: {columns}.</source>
        <translation>La primera línea nombra las columnas: {columns}.</translation>
    </message>
    <message>
        <source>the file has no tickets.</source>
        <translation>el archivo no tiene incidencias.</translation>
    </message>
    <message>
        <source>Add a line per ticket after the header.</source>
        <translation>Añada una línea por incidencia después de la cabecera.</translation>
    </message>
    <message>
        <source>line {line}: created_at '{text}' is not a date and time.</source>
        <translation>línea {line}: created_at '{text}' no es una fecha y hora.</translation>
    </message>
    <message>
        <source>Write it like 2025-03-01T09:30:00+01:00.</source>
        <translation>Escríbala como 2025-03-01T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>line {line}: more values than columns.</source>
        <translation>línea {line}: hay más valores que columnas.</translation>
    </message>
    <message>
        <source>Quote values that hold commas.</source>
        <translation>Ponga entre comillas los valores que contengan comas.</translation>
    </message>
    <message>
        <source>line {line}: more than {max_rows:,} tickets.</source>
        <translation>línea {line}: más de {max_rows:,} incidencias.</translation>
    </message>
    <message>
        <source>Split the file.</source>
        <translation>Divida el archivo.</translation>
    </message>
    <message>
        <source>a ticket cannot go from '{before}' to '{after}'.</source>
        <translation>una incidencia no puede pasar de '{before}' a '{after}'.</translation>
    </message>
    <message>
        <source>From '{before}' it may go to: {choices}.</source>
        <translation>Desde '{before}' puede pasar a: {choices}.</translation>
    </message>
    <message>
        <source>{field} '{quoted}' is not one of {choices}.</source>
        <translation>{field} '{quoted}' no es uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Give the {field} as one of those.</source>
        <translation>Indique {field} con uno de esos valores.</translation>
    </message>
    <message>
        <source>the subject is empty.</source>
        <translation>el asunto está vacío.</translation>
    </message>
    <message>
        <source>Say in a few words what is wrong.</source>
        <translation>Diga en pocas palabras qué ocurre.</translation>
    </message>
    <message>
        <source>the subject is over {subject_max} characters.</source>
        <translation>el asunto tiene más de {subject_max} caracteres.</translation>
    </message>
    <message>
        <source>Say it shorter; details go in the description.</source>
        <translation>Dígalo más breve; los detalles van en la descripción.</translation>
    </message>
    <message>
        <source>the {field} is empty.</source>
        <translation>el campo {field} está vacío.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>Rellene el campo {field}.</translation>
    </message>
    <message>
        <source>the {field} is over {limit:,} characters.</source>
        <translation>el campo {field} tiene más de {limit:,} caracteres.</translation>
    </message>
    <message>
        <source>Say it shorter, or attach it as a file.</source>
        <translation>Dígalo más breve o adjúntelo como archivo.</translation>
    </message>
    <message>
        <source>ticket #{ticket_id} was already taken by {username}.</source>
        <translation>{username} ya ha tomado la incidencia n.º {ticket_id}.</translation>
    </message>
    <message>
        <source>Pick another ticket from the queue.</source>
        <translation>Elija otra incidencia de la cola.</translation>
    </message>
    <message>
        <source>there is no ticket #{ticket_id} you can see.</source>
        <translation>no hay ninguna incidencia n.º {ticket_id} que usted pueda ver.</translation>
    </message>
    <message>
        <source>Check the number in the list of tickets.</source>
        <translation>Compruebe el número en la lista de incidencias.</translation>
    </message>
    <message>
        <source>per_page {per_page} is out of range.</source>
        <translation>per_page {per_page} está fuera de rango.</translation>
    </message>
    <message>
        <source>Give 1 to {per_page_max} tickets per page.</source>
        <translation>Indique de 1 a {per_page_max} incidencias por página.</translation>
    </message>
    <message>
        <source>page {page} is out of range.</source>
        <translation>la página {page} está fuera de rango.</translation>
    </message>
    <message>
        <source>Pages start at 1.</source>
        <translation>Las páginas empiezan en 1.</translation>
    </message>
    <message>
        <source>{field}: there is no user '{quoted}'.</source>
        <translation>{field}: no existe el usuario '{quoted}'.</translation>
    </message>
    <message>
        <source>category: there is no category '{quoted}'.</source>
        <translation>categoría: no existe la categoría '{quoted}'.</translation>
    </message>
    <message>
        <source>Pick one of the list (`timedesk tickets category list`).</source>
        <translation>Elija una de la lista (`timedesk tickets category list`).</translation>
    </message>
    <message>
        <source>category: '{found}' is disabled.</source>
        <translation>categoría: '{found}' está desactivada.</translation>
    </message>
    <message>
        <source>Pick an active category.</source>
        <translation>Elija una categoría activa.</translation>
    </message>
    <message>
        <source>the resolution target is shorter than the first response's.</source>
        <translation>el objetivo de resolución es más corto que el de primera respuesta.</translation>
    </message>
    <message>
        <source>Give a resolution target at least as long.</source>
        <translation>Indique un objetivo de resolución al menos igual de largo.</translation>
    </message>
    <message>
        <source>created_at needs its UTC offset.</source>
        <translation>created_at necesita su desfase respecto a UTC.</translation>
    </message>
    <message>
        <source>Give it like 2026-03-01T09:30:00+01:00.</source>
        <translation>Indíquela como 2026-03-01T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>created_at {moment} is in the future.</source>
        <translation>created_at {moment} está en el futuro.</translation>
    </message>
    <message>
        <source>Give the date the ticket was really filed.</source>
        <translation>Indique la fecha en que se abrió realmente la incidencia.</translation>
    </message>
    <message>
        <source>requester: a ticket filed by a token or the system needs the requester's user name.</source>
        <translation>solicitante: una incidencia abierta por un token o por el sistema necesita el nombre de usuario del solicitante.</translation>
    </message>
    <message>
        <source>Give the requester.</source>
        <translation>Indique el solicitante.</translation>
    </message>
    <message>
        <source>{actor} ({role}) may only close or reopen their tickets.</source>
        <translation>{actor} ({role}) solo puede cerrar o reabrir sus propias incidencias.</translation>
    </message>
    <message>
        <source>Ask a technician to change it.</source>
        <translation>Pida a un técnico que la cambie.</translation>
    </message>
    <message>
        <source>status: a ticket is 'assigned' only with an assignee.</source>
        <translation>estado: una incidencia solo está 'asignada' si tiene a quién.</translation>
    </message>
    <message>
        <source>Give the assignee too (or take the ticket).</source>
        <translation>Indique también a quién se asigna (o tome la incidencia).</translation>
    </message>
    <message>
        <source>only a person can take a ticket.</source>
        <translation>solo una persona puede tomar una incidencia.</translation>
    </message>
    <message>
        <source>Assign it to someone by user name instead.</source>
        <translation>Asígnela a alguien por su nombre de usuario.</translation>
    </message>
    <message>
        <source>ticket #{ticket_id} changed while you took it.</source>
        <translation>la incidencia n.º {ticket_id} cambió mientras la tomaba.</translation>
    </message>
    <message>
        <source>Look at it again and retry.</source>
        <translation>Vuelva a mirarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>ticket #{ticket_id} is already yours.</source>
        <translation>la incidencia n.º {ticket_id} ya es suya.</translation>
    </message>
    <message>
        <source>Work on it.</source>
        <translation>Trabaje en ella.</translation>
    </message>
    <message>
        <source>mail preferences belong to a person.</source>
        <translation>las preferencias de correo pertenecen a una persona.</translation>
    </message>
    <message>
        <source>Sign in as the person whose mail it is.</source>
        <translation>Inicie sesión como la persona a la que pertenece el correo.</translation>
    </message>
    <message>
        <source>the category '{existing}' already exists.</source>
        <translation>la categoría '{existing}' ya existe.</translation>
    </message>
    <message>
        <source>Use it, or enable it again if it is disabled.</source>
        <translation>Úsela o vuelva a activarla si está desactivada.</translation>
    </message>
    <message>
        <source>the {field} target of {minutes} minutes is out of range.</source>
        <translation>el objetivo {field} de {minutes} minutos está fuera de rango.</translation>
    </message>
    <message>
        <source>Give 1 to {target_max_minutes} office minutes.</source>
        <translation>Indique de 1 a {target_max_minutes} minutos de oficina.</translation>
    </message>
    <message>
        <source>ticket #{row_id} was not resolved before {resolved_before:%Y-%m-%d %H:%M} UTC.</source>
        <translation>la incidencia n.º {row_id} no estaba resuelta antes de {resolved_before:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>It was reopened or resolved again since: nothing changed.</source>
        <translation>Se ha reabierto o resuelto de nuevo desde entonces: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>assignee: '{username}' cannot work tickets.</source>
        <translation>asignado: '{username}' no puede trabajar incidencias.</translation>
    </message>
    <message>
        <source>Assign a technician (or a manager or admin).</source>
        <translation>Asigne un técnico (o un responsable o administrador).</translation>
    </message>
    <message>
        <source>ticket #{ticket_id} is {status}; there is nothing to take.</source>
        <translation>la incidencia n.º {ticket_id} está en estado '{status}'; no hay nada que tomar.</translation>
    </message>
    <message>
        <source>Reopen it first if it needs more work.</source>
        <translation>Reábrala antes si necesita más trabajo.</translation>
    </message>
    <message>
        <source>ticket #{ticket_id} has no attachment #{attachment_id}.</source>
        <translation>la incidencia n.º {ticket_id} no tiene el adjunto n.º {attachment_id}.</translation>
    </message>
    <message>
        <source>Check the ticket's list of attachments.</source>
        <translation>Compruebe la lista de adjuntos de la incidencia.</translation>
    </message>
    <message>
        <source>ticket #{ticket_id} has no comment #{comment_id}.</source>
        <translation>la incidencia n.º {ticket_id} no tiene el comentario n.º {comment_id}.</translation>
    </message>
    <message>
        <source>Attach the file to the ticket or to one of its comments.</source>
        <translation>Adjunte el archivo a la incidencia o a uno de sus comentarios.</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>The {what} {moment} has no time zone.</source>
        <translation>El valor {what} {moment} no tiene zona horaria.</translation>
    </message>
    <message>
        <source>'{value}' is not a Clockify history entity.</source>
        <translation>'{value}' no es una entidad del historial de Clockify.</translation>
    </message>
    <message>
        <source>Use one of: {entities}.</source>
        <translation>Use una de estas: {entities}.</translation>
    </message>
    <message>
        <source>history dates must be aware datetimes.</source>
        <translation>las fechas del historial deben llevar zona horaria.</translation>
    </message>
    <message>
        <source>Pass UTC datetimes.</source>
        <translation>Indique fechas y horas en UTC.</translation>
    </message>
    <message>
        <source>a Clockify webhook body must be a JSON object.</source>
        <translation>el cuerpo de un webhook de Clockify debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Log it with log_rejection instead.</source>
        <translation>Regístrelo con log_rejection.</translation>
    </message>
    <message>
        <source>there is no Clockify delivery #{delivery_id}.</source>
        <translation>no existe la entrega de Clockify n.º {delivery_id}.</translation>
    </message>
    <message>
        <source>List the deliveries first.</source>
        <translation>Liste antes las entregas.</translation>
    </message>
    <message>
        <source>this change needs a note.</source>
        <translation>este cambio necesita una nota.</translation>
    </message>
    <message>
        <source>Say why the session is changed.</source>
        <translation>Indique por qué se cambia la sesión.</translation>
    </message>
    <message>
        <source>the note is longer than {max_note} characters.</source>
        <translation>la nota tiene más de {max_note} caracteres.</translation>
    </message>
    <message>
        <source>the {name} must be an aware date and time.</source>
        <translation>el valor {name} debe ser una fecha y hora con zona horaria.</translation>
    </message>
    <message>
        <source>Give it in ISO-8601 with a zone, e.g. 2025-06-16T07:05:00Z.</source>
        <translation>Indíquelo en ISO-8601 con zona, p. ej. 2025-06-16T07:05:00Z.</translation>
    </message>
    <message>
        <source>the description must be text.</source>
        <translation>la descripción debe ser un texto.</translation>
    </message>
    <message>
        <source>Send a string (may be empty).</source>
        <translation>Envíe una cadena (puede estar vacía).</translation>
    </message>
    <message>
        <source>the description is longer than {max_description} characters.</source>
        <translation>la descripción tiene más de {max_description} caracteres.</translation>
    </message>
    <message>
        <source>the project must be a name (text) or null.</source>
        <translation>el proyecto debe ser un nombre (texto) o null.</translation>
    </message>
    <message>
        <source>the project name is longer than {max_project} characters.</source>
        <translation>el nombre del proyecto tiene más de {max_project} caracteres.</translation>
    </message>
    <message>
        <source>the session ends before it starts.</source>
        <translation>la sesión termina antes de empezar.</translation>
    </message>
    <message>
        <source>Give an end on or after the start.</source>
        <translation>Indique un final igual o posterior al inicio.</translation>
    </message>
    <message>
        <source>unknown session field(s): {unknown}.</source>
        <translation>campo(s) de sesión desconocido(s): {unknown}.</translation>
    </message>
    <message>
        <source>Editable fields: {editable}.</source>
        <translation>Campos editables: {editable}.</translation>
    </message>
    <message>
        <source>Give one of: {editable}.</source>
        <translation>Indique uno de estos: {editable}.</translation>
    </message>
    <message>
        <source>there is no Clockify session #{session_id}.</source>
        <translation>no existe la sesión de Clockify n.º {session_id}.</translation>
    </message>
    <message>
        <source>List the sessions first.</source>
        <translation>Liste antes las sesiones.</translation>
    </message>
    <message>
        <source>the Clockify user id is missing or not valid.</source>
        <translation>falta el id de usuario de Clockify o no es válido.</translation>
    </message>
    <message>
        <source>Copy it from Clockify (letters and digits, at most 64).</source>
        <translation>Cópielo de Clockify (letras y dígitos, como máximo 64).</translation>
    </message>
    <message>
        <source>the name must be text.</source>
        <translation>el nombre debe ser un texto.</translation>
    </message>
    <message>
        <source>there is no Clockify user #{user_id}.</source>
        <translation>no existe el usuario de Clockify n.º {user_id}.</translation>
    </message>
    <message>
        <source>List the users first, or create the user.</source>
        <translation>Liste antes los usuarios o cree el usuario.</translation>
    </message>
    <message>
        <source>the session is deleted.</source>
        <translation>la sesión está eliminada.</translation>
    </message>
    <message>
        <source>Deleted sessions are kept for the record only.</source>
        <translation>Las sesiones eliminadas solo se guardan como registro.</translation>
    </message>
    <message>
        <source>the session is still running.</source>
        <translation>la sesión sigue en curso.</translation>
    </message>
    <message>
        <source>Stop its timer in Clockify, then correct its end.</source>
        <translation>Pare su cronómetro en Clockify y después corrija su final.</translation>
    </message>
    <message>
        <source>the Clockify user {clockify_id} is already known (#{taken}).</source>
        <translation>el usuario de Clockify {clockify_id} ya es conocido (n.º {taken}).</translation>
    </message>
    <message>
        <source>Edit that user instead.</source>
        <translation>Edite ese usuario.</translation>
    </message>
    <message>
        <source>`now` must be an aware datetime.</source>
        <translation>`now` debe ser una fecha y hora con zona horaria.</translation>
    </message>
    <message>
        <source>Pass a UTC datetime.</source>
        <translation>Indique una fecha y hora en UTC.</translation>
    </message>
    <message>
        <source>time entry {field}: {problem}.</source>
        <translation>entrada de tiempo {field}: {problem}.</translation>
    </message>
    <message>
        <source>Clockify always sends it; check what sent this request.</source>
        <translation>Clockify siempre lo envía; compruebe qué envió esta petición.</translation>
    </message>
    <message>
        <source>unknown session status '{status}'.</source>
        <translation>estado de sesión desconocido '{status}'.</translation>
    </message>
    <message>
        <source>Use one of: {session_statuses}.</source>
        <translation>Use uno de estos: {session_statuses}.</translation>
    </message>
    <message>
        <source>cannot sort sessions by '{sort}'.</source>
        <translation>no se pueden ordenar las sesiones por '{sort}'.</translation>
    </message>
    <message>
        <source>Sort by one of: {sorts}.</source>
        <translation>Ordene por uno de estos: {sorts}.</translation>
    </message>
    <message>
        <source>date filters must be aware datetimes.</source>
        <translation>los filtros de fecha deben llevar zona horaria.</translation>
    </message>
    <message>
        <source>there is no Clockify session {session}.</source>
        <translation>no existe la sesión de Clockify {session}.</translation>
    </message>
    <message>
        <source>the report period starts ({start}) after it ends ({end}).</source>
        <translation>el periodo del informe empieza ({start}) después de terminar ({end}).</translation>
    </message>
    <message>
        <source>Give a start on or before the end.</source>
        <translation>Indique un inicio igual o anterior al final.</translation>
    </message>
    <message>
        <source>'{fmt}' is not a report format.</source>
        <translation>'{fmt}' no es un formato de informe.</translation>
    </message>
    <message>
        <source>Use xlsx or csv.</source>
        <translation>Use xlsx o csv.</translation>
    </message>
    <message>
        <source>'{lang}' is not a report language.</source>
        <translation>'{lang}' no es un idioma de informe.</translation>
    </message>
    <message>
        <source>there is no Clockify user '{text}'.</source>
        <translation>no existe el usuario de Clockify '{text}'.</translation>
    </message>
    <message>
        <source>Give a Clockify user id or e-mail; `timedesk clockify users` lists them.</source>
        <translation>Indique un id o correo de usuario de Clockify; `timedesk clockify users` los lista.</translation>
    </message>
    <message>
        <source>the report {name} must be a date.</source>
        <translation>el valor {name} del informe debe ser una fecha.</translation>
    </message>
    <message>
        <source>Use YYYY-MM-DD.</source>
        <translation>Use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Clockify answered {path} with HTTP {status}.</source>
        <translation>Clockify respondió a {path} con HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Clockify refused the API key (401).</source>
        <translation>Clockify rechazó la clave de la API (401).</translation>
    </message>
    <message>
        <source>Store a valid key: `timedesk secret set {secret_name}` (Clockify: Profile settings &gt; API).</source>
        <translation>Guarde una clave válida: `timedesk secret set {secret_name}` (Clockify: Profile settings &gt; API).</translation>
    </message>
    <message>
        <source>the API key may not read this workspace (403).</source>
        <translation>la clave de la API no puede leer este espacio de trabajo (403).</translation>
    </message>
    <message>
        <source>Use the key of a workspace owner or admin, and check clockify.workspace_id.</source>
        <translation>Use la clave de un propietario o administrador del espacio de trabajo y compruebe clockify.workspace_id.</translation>
    </message>
    <message>
        <source>Clockify does not know {path} (404).</source>
        <translation>Clockify no conoce {path} (404).</translation>
    </message>
    <message>
        <source>Check clockify.workspace_id and the user id.</source>
        <translation>Compruebe clockify.workspace_id y el id de usuario.</translation>
    </message>
    <message>
        <source>the back-fill period starts ({start}) after it ends ({end}).</source>
        <translation>el periodo de recuperación empieza ({start}) después de terminar ({end}).</translation>
    </message>
    <message>
        <source>the Clockify workspace id is not set (clockify.workspace_id).</source>
        <translation>no se ha configurado el id del espacio de trabajo de Clockify (clockify.workspace_id).</translation>
    </message>
    <message>
        <source>Set it: `timedesk config set clockify.workspace_id ID` (the id is in the address of the workspace settings in Clockify).</source>
        <translation>Configúrelo: `timedesk config set clockify.workspace_id ID` (el id está en la dirección de la configuración del espacio de trabajo en Clockify).</translation>
    </message>
    <message>
        <source>no Clockify API key is set.</source>
        <translation>no hay ninguna clave de la API de Clockify configurada.</translation>
    </message>
    <message>
        <source>Create one in Clockify (Profile settings &gt; API) and store it: `timedesk secret set {secret_name}`.</source>
        <translation>Cree una en Clockify (Profile settings &gt; API) y guárdela: `timedesk secret set {secret_name}`.</translation>
    </message>
    <message>
        <source>'{user}' is not a member of the Clockify workspace.</source>
        <translation>'{user}' no es miembro del espacio de trabajo de Clockify.</translation>
    </message>
    <message>
        <source>Give a member's Clockify id or e-mail; `timedesk clockify users` lists those seen so far.</source>
        <translation>Indique el id o correo de Clockify de un miembro; `timedesk clockify users` lista los vistos hasta ahora.</translation>
    </message>
    <message>
        <source>Clockify answered {path} with something that is not a list.</source>
        <translation>Clockify respondió a {path} con algo que no es una lista.</translation>
    </message>
    <message>
        <source>Check clockify.api_base_url.</source>
        <translation>Compruebe clockify.api_base_url.</translation>
    </message>
    <message>
        <source>the connection to Clockify dropped while reading {path} ({error_type}), {attempt} tries.</source>
        <translation>la conexión con Clockify se cortó al leer {path} ({error_type}), {attempt} intentos.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, check the network or proxy between this computer and Clockify.</source>
        <translation>Inténtelo de nuevo más tarde; si sigue ocurriendo, revise la red o el proxy entre este equipo y Clockify.</translation>
    </message>
    <message>
        <source>cannot reach Clockify at {base_url} ({error_type}).</source>
        <translation>no se puede conectar con Clockify en {base_url} ({error_type}).</translation>
    </message>
    <message>
        <source>Check the network connection and clockify.api_base_url.</source>
        <translation>Compruebe la conexión de red y clockify.api_base_url.</translation>
    </message>
    <message>
        <source>Clockify answered {path} with invalid JSON.</source>
        <translation>Clockify respondió a {path} con un JSON no válido.</translation>
    </message>
    <message>
        <source>a rejection needs a note.</source>
        <translation>un rechazo necesita una nota.</translation>
    </message>
    <message>
        <source>Say why the session is rejected.</source>
        <translation>Indique por qué se rechaza la sesión.</translation>
    </message>
    <message>
        <source>the session was deleted in Clockify.</source>
        <translation>la sesión se eliminó en Clockify.</translation>
    </message>
    <message>
        <source>Deleted sessions are kept for the record only; nothing is left to decide.</source>
        <translation>Las sesiones eliminadas solo se guardan como registro; no queda nada que decidir.</translation>
    </message>
    <message>
        <source>Decide once its timer stops.</source>
        <translation>Decida cuando se pare su cronómetro.</translation>
    </message>
    <message>
        <source>'{kind}' is not a report period.</source>
        <translation>'{kind}' no es un periodo de informe.</translation>
    </message>
    <message>
        <source>Use weekly or monthly.</source>
        <translation>Use weekly o monthly.</translation>
    </message>
    <message>
        <source>the week of {moment} has not ended yet.</source>
        <translation>la semana del {moment} aún no ha terminado.</translation>
    </message>
    <message>
        <source>the month of {moment} has not ended yet.</source>
        <translation>el mes del {moment} aún no ha terminado.</translation>
    </message>
    <message>
        <source>Send a week or month that is over.</source>
        <translation>Envíe una semana o un mes ya terminados.</translation>
    </message>
    <message>
        <source>e-mail is turned off (mail.enabled).</source>
        <translation>el correo electrónico está desactivado (mail.enabled).</translation>
    </message>
    <message>
        <source>Turn it on in the Connection tab's Mail section first.</source>
        <translation>Actívelo antes en la sección Correo de la pestaña Conexión.</translation>
    </message>
    <message>
        <source>unknown Clockify user field(s): {unknown}.</source>
        <translation>campo(s) de usuario de Clockify desconocido(s): {unknown}.</translation>
    </message>
    <message>
        <source>List the users first.</source>
        <translation>Liste antes los usuarios.</translation>
    </message>
    <message>
        <source>'{value}' is not a Clockify event type.</source>
        <translation>'{value}' no es un tipo de evento de Clockify.</translation>
    </message>
    <message>
        <source>Use an UPPER_SNAKE name such as {events}.</source>
        <translation>Use un nombre en MAYÚSCULAS_CON_GUIONES como {events}.</translation>
    </message>
    <message>
        <source>the webhook token is empty or too long.</source>
        <translation>el token del webhook está vacío o es demasiado largo.</translation>
    </message>
    <message>
        <source>Copy the token Clockify shows for this webhook.</source>
        <translation>Copie el token que Clockify muestra para este webhook.</translation>
    </message>
    <message>
        <source>the webhook token is too short ({count} characters; at least {min_token}).</source>
        <translation>el token del webhook es demasiado corto ({count} caracteres; mínimo {min_token}).</translation>
    </message>
    <message>
        <source>Copy the whole token Clockify shows for this webhook.</source>
        <translation>Copie entero el token que Clockify muestra para este webhook.</translation>
    </message>
    <message>
        <source>the webhook token is missing, wrong or registered for another event.</source>
        <translation>falta el token del webhook, es incorrecto o está registrado para otro evento.</translation>
    </message>
    <message>
        <source>Register the token Clockify shows for this webhook with `timedesk clockify webhook add`.</source>
        <translation>Registre el token que Clockify muestra para este webhook con `timedesk clockify webhook add`.</translation>
    </message>
    <message>
        <source>this token is already registered (webhook #{clash_id}, {event}).</source>
        <translation>este token ya está registrado (webhook n.º {clash_id}, {event}).</translation>
    </message>
    <message>
        <source>Each Clockify webhook has its own token; remove the old one first.</source>
        <translation>Cada webhook de Clockify tiene su propio token; quite antes el anterior.</translation>
    </message>
    <message>
        <source>there is no webhook #{webhook_id}.</source>
        <translation>no existe el webhook n.º {webhook_id}.</translation>
    </message>
    <message>
        <source>List the webhooks first.</source>
        <translation>Liste antes los webhooks.</translation>
    </message>
    <message>
        <source>nothing to change.</source>
        <translation>no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Attach a smaller file (or compress it); an administrator sets the limit (tickets.attachment_max_bytes).</source>
        <translation>Adjunte un archivo más pequeño (o comprímalo); un administrador fija el límite (tickets.attachment_max_bytes).</translation>
    </message>
    <message>
        <source>'{delimiter}' cannot separate CSV fields.</source>
        <translation>'{delimiter}' no puede separar campos CSV.</translation>
    </message>
    <message>
        <source>Use ';' or ','.</source>
        <translation>Use ';' o ','.</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist.</source>
        <translation>la carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>Create it first or choose another output file.</source>
        <translation>Créela antes o elija otro archivo de salida.</translation>
    </message>
    <message>
        <source>'{name}' is not a {names} file.</source>
        <translation>'{name}' no es un archivo {names}.</translation>
    </message>
    <message>
        <source>Name the output file {names}.</source>
        <translation>Ponga al archivo de salida la extensión {names}.</translation>
    </message>
    <message>
        <source>cannot write {path}: {value}.</source>
        <translation>no se puede escribir {path}: {value}.</translation>
    </message>
    <message>
        <source>Check the free space, that you may write in the folder and that the file is not open in another program (Excel locks the files it shows).</source>
        <translation>Compruebe el espacio libre, que puede escribir en la carpeta y que el archivo no está abierto en otro programa (Excel bloquea los archivos que muestra).</translation>
    </message>
    <message>
        <source>'{value}' is not a Sesame region code.</source>
        <translation>'{value}' no es un código de región de Sesame.</translation>
    </message>
    <message>
        <source>Give the code in your Sesame page's address, e.g. {regions}.</source>
        <translation>Indique el código que aparece en la dirección de su página de Sesame, p. ej. {regions}.</translation>
    </message>
    <message>
        <source>Sesame answered {path} without its 'data' envelope.</source>
        <translation>Sesame respondió a {path} sin su envoltorio 'data'.</translation>
    </message>
    <message>
        <source>Check the region and sesame.base_url: they must point at Sesame's API.</source>
        <translation>Compruebe la región y sesame.base_url: deben apuntar a la API de Sesame.</translation>
    </message>
    <message>
        <source>Sesame announced {last} pages of {path}.</source>
        <translation>Sesame anunció {last} páginas de {path}.</translation>
    </message>
    <message>
        <source>Ask for a shorter period.</source>
        <translation>Pida un periodo más corto.</translation>
    </message>
    <message>
        <source>Sesame answered {path} with something that is not a list.</source>
        <translation>Sesame respondió a {path} con algo que no es una lista.</translation>
    </message>
    <message>
        <source>the Sesame base URL '{url}' is not an http(s) address.</source>
        <translation>la URL base de Sesame '{url}' no es una dirección http(s).</translation>
    </message>
    <message>
        <source>Give one like https://api-eu1.sesametime.com, or leave sesame.base_url empty to use the region.</source>
        <translation>Indique una como https://api-eu1.sesametime.com o deje sesame.base_url vacío para usar la región.</translation>
    </message>
    <message>
        <source>no Sesame token is set.</source>
        <translation>no hay ningún token de Sesame configurado.</translation>
    </message>
    <message>
        <source>Store it: `timedesk secret set sesame_token` (Sesame: Settings &gt; Integrations &gt; API).</source>
        <translation>Guárdelo: `timedesk secret set sesame_token` (Sesame: Configuración &gt; Integraciones &gt; API).</translation>
    </message>
    <message>
        <source>Sesame answered /core/v3/info without a company.</source>
        <translation>Sesame respondió a /core/v3/info sin ninguna empresa.</translation>
    </message>
    <message>
        <source>Sesame answered {path} with something that is not JSON.</source>
        <translation>Sesame respondió a {path} con algo que no es JSON.</translation>
    </message>
    <message>
        <source>Sesame answered {path} with an unreadable page count.</source>
        <translation>Sesame respondió a {path} con un número de páginas ilegible.</translation>
    </message>
    <message>
        <source>page {page} of {path} still failed after {retried} retry: {problem}</source>
        <translation>la página {page} de {path} siguió fallando tras {retried} reintento: {problem}</translation>
    </message>
    <message>
        <source>page {page} of {path} still failed after {retried} retries: {problem}</source>
        <translation>la página {page} de {path} siguió fallando tras {retried} reintentos: {problem}</translation>
    </message>
    <message>
        <source>cannot reach Sesame at {base_url} ({connection_cause}).</source>
        <translation>no se puede conectar con Sesame en {base_url} ({connection_cause}).</translation>
    </message>
    <message>
        <source>Check the region (it is in your Sesame page's address, e.g. eu1), sesame.base_url and this computer's Internet connection.</source>
        <translation>Compruebe la región (está en la dirección de su página de Sesame, p. ej. eu1), sesame.base_url y la conexión a Internet de este equipo.</translation>
    </message>
    <message>
        <source>the request to Sesame's {path} failed ({error_type}).</source>
        <translation>la petición a {path} de Sesame falló ({error_type}).</translation>
    </message>
    <message>
        <source>Sesame did not answer {path} within {timeout:g} s.</source>
        <translation>Sesame no respondió a {path} en {timeout:g} s.</translation>
    </message>
    <message>
        <source>Try again later, or raise sesame.timeout_s.</source>
        <translation>Inténtelo de nuevo más tarde o aumente sesame.timeout_s.</translation>
    </message>
    <message>
        <source>the connection dropped while reading {what}.</source>
        <translation>la conexión se cortó al leer {what}.</translation>
    </message>
    <message>
        <source>Sesame or the network cut the answer short; nothing was written. Try again in a few minutes; if it keeps happening, check this computer's Internet connection or proxy.</source>
        <translation>Sesame o la red cortaron la respuesta; no se ha escrito nada. Inténtelo de nuevo en unos minutos; si sigue ocurriendo, revise la conexión a Internet o el proxy de este equipo.</translation>
    </message>
    <message>
        <source>'{text}' is not a date and time.</source>
        <translation>'{text}' no es una fecha y hora.</translation>
    </message>
    <message>
        <source>Sesame answered data timedesk cannot read; try again later or report it to Sesame.</source>
        <translation>Sesame respondió con datos que timedesk no puede leer; inténtelo más tarde o comuníqueselo a Sesame.</translation>
    </message>
    <message>
        <source>a {what} from Sesame has no id.</source>
        <translation>un elemento ({what}) de Sesame no tiene id.</translation>
    </message>
    <message>
        <source>the work entry {entry_id} from Sesame names no employee.</source>
        <translation>el registro de trabajo {entry_id} de Sesame no indica ningún empleado.</translation>
    </message>
    <message>
        <source>the work entry {entry_id} from Sesame has no clock-in time.</source>
        <translation>el registro de trabajo {entry_id} de Sesame no tiene hora de entrada.</translation>
    </message>
    <message>
        <source>'{text}' is not a date and time Sesame documents (2022-03-14T12:44:45+01:00).</source>
        <translation>'{text}' no es una fecha y hora en el formato que documenta Sesame (2022-03-14T12:44:45+01:00).</translation>
    </message>
    <message>
        <source>the time {moment} has no offset.</source>
        <translation>la hora {moment} no tiene desfase horario.</translation>
    </message>
    <message>
        <source>Sesame refused the token (401): it is invalid or was revoked.</source>
        <translation>Sesame rechazó el token (401): no es válido o fue revocado.</translation>
    </message>
    <message>
        <source>Create a new token in Sesame (Settings &gt; Integrations &gt; API) and store it: `timedesk secret set sesame_token`.</source>
        <translation>Cree un token nuevo en Sesame (Configuración &gt; Integraciones &gt; API) y guárdelo: `timedesk secret set sesame_token`.</translation>
    </message>
    <message>
        <source>Sesame says the company is not licensed for the API (403).</source>
        <translation>Sesame indica que la empresa no tiene licencia para la API (403).</translation>
    </message>
    <message>
        <source>Ask Sesame to enable the API add-on, or use a token of a company that has it.</source>
        <translation>Pida a Sesame que active el complemento de la API o use el token de una empresa que lo tenga.</translation>
    </message>
    <message>
        <source>Sesame refused {path} (HTTP {status}{sesame_message}).</source>
        <translation>Sesame rechazó {path} (HTTP {status}{sesame_message}).</translation>
    </message>
    <message>
        <source>Sesame's rate limit was reached on {path} (429).</source>
        <translation>se alcanzó el límite de peticiones de Sesame en {path} (429).</translation>
    </message>
    <message>
        <source>Wait a minute, or lower sesame.requests_per_minute.</source>
        <translation>Espere un minuto o reduzca sesame.requests_per_minute.</translation>
    </message>
    <message>
        <source>Sesame failed on {path} (HTTP {status}{sesame_message}).</source>
        <translation>Sesame falló en {path} (HTTP {status}{sesame_message}).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>the report's 'now' has no time zone.</source>
        <translation>el 'now' del informe no tiene zona horaria.</translation>
    </message>
    <message>
        <source>Pass an aware datetime (datetime.now(timezone.utc)).</source>
        <translation>Indique una fecha y hora con zona (datetime.now(timezone.utc)).</translation>
    </message>
    <message>
        <source>'{group_by}' is not a report grouping.</source>
        <translation>'{group_by}' no es una agrupación de informe.</translation>
    </message>
    <message>
        <source>Use employee, group or activity.</source>
        <translation>Use employee, group o activity.</translation>
    </message>
    <message>
        <source>'{breaks}' is not a break policy.</source>
        <translation>'{breaks}' no es un criterio de pausas.</translation>
    </message>
    <message>
        <source>Use absorb (breaks count as work) or exclude.</source>
        <translation>Use absorb (las pausas cuentan como trabajo) o exclude.</translation>
    </message>
    <message>
        <source>the period ends ({date_to}) before it starts ({date_from}).</source>
        <translation>el periodo termina ({date_to}) antes de empezar ({date_from}).</translation>
    </message>
    <message>
        <source>Give a start date on or before the end date.</source>
        <translation>Indique una fecha de inicio igual o anterior a la de fin.</translation>
    </message>
    <message>
        <source>{merge_gap_seconds} s is not a gap that joins two records.</source>
        <translation>{merge_gap_seconds} s no es un intervalo que una dos registros.</translation>
    </message>
    <message>
        <source>Give a number of seconds between 0 and {max_merge_gap}.</source>
        <translation>Indique un número de segundos entre 0 y {max_merge_gap}.</translation>
    </message>
    <message>
        <source>Store the company's API token: `timedesk secret set sesame_token` (Sesame: Settings &gt; Integrations &gt; API), or set TIMEDESK_SECRET_SESAME_TOKEN.</source>
        <translation>Guarde el token de la API de la empresa: `timedesk secret set sesame_token` (Sesame: Configuración &gt; Integraciones &gt; API) o defina TIMEDESK_SECRET_SESAME_TOKEN.</translation>
    </message>
    <message>
        <source>the period {date_from}..{date_to} is longer than {max_days} days.</source>
        <translation>el periodo {date_from}..{date_to} dura más de {max_days} días.</translation>
    </message>
    <message>
        <source>Make one report per year or less.</source>
        <translation>Haga un informe por año o por menos tiempo.</translation>
    </message>
    <message>
        <source>no Sesame employee is in the offices, departments and employees chosen.</source>
        <translation>no hay ningún empleado de Sesame en los centros, departamentos y empleados elegidos.</translation>
    </message>
    <message>
        <source>Widen the filters (or clear them) and try again.</source>
        <translation>Amplíe los filtros (o quítelos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the report's {field} is not a date.</source>
        <translation>el campo {field} del informe no es una fecha.</translation>
    </message>
    <message>
        <source>Give it as YYYY-MM-DD.</source>
        <translation>Indíquelo como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>the report's {field} must be Sesame ids.</source>
        <translation>el campo {field} del informe deben ser ids de Sesame.</translation>
    </message>
    <message>
        <source>Choose them from the lists, or leave them empty.</source>
        <translation>Elíjalos de las listas o déjelos vacíos.</translation>
    </message>
    <message>
        <source>there is no generated report #{report_id}.</source>
        <translation>no existe el informe generado n.º {report_id}.</translation>
    </message>
    <message>
        <source>Refresh the list of reports.</source>
        <translation>Actualice la lista de informes.</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} ya existe.</translation>
    </message>
    <message>
        <source>Choose a new file name; nothing was written.</source>
        <translation>Elija un nombre de archivo nuevo; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>folder {parent} does not exist.</source>
        <translation>la carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>Create it first.</source>
        <translation>Créela antes.</translation>
    </message>
    <message>
        <source>database backend '{backend}' is not supported (use sqlite or postgresql).</source>
        <translation>el motor de base de datos '{backend}' no es compatible (use sqlite o postgresql).</translation>
    </message>
    <message>
        <source>Check database.url (TIMEDESK_DATABASE_URL), e.g. postgresql+psycopg2://user@host:5432/timedesk, or leave it empty for SQLite.</source>
        <translation>Compruebe database.url (TIMEDESK_DATABASE_URL), p. ej. postgresql+psycopg2://usuario@servidor:5432/timedesk, o déjelo vacío para usar SQLite.</translation>
    </message>
    <message>
        <source>database URL is not valid (expected driver://user@host/db).</source>
        <translation>la URL de la base de datos no es válida (se esperaba controlador://usuario@servidor/bd).</translation>
    </message>
    <message>
        <source>no driver for database URL scheme '{drivername}'.</source>
        <translation>no hay controlador para el esquema de URL de base de datos '{drivername}'.</translation>
    </message>
    <message>
        <source>the driver for database URL scheme '{drivername}' is not installed ({value} is missing).</source>
        <translation>el controlador del esquema de URL de base de datos '{drivername}' no está instalado (falta {value}).</translation>
    </message>
    <message>
        <source>cannot create the folder of the database ({database}): {strerror}.</source>
        <translation>no se puede crear la carpeta de la base de datos ({database}): {strerror}.</translation>
    </message>
    <message>
        <source>cannot open the database ({where}): {reason}.</source>
        <translation>no se puede abrir la base de datos ({where}): {reason}.</translation>
    </message>
    <message>
        <source>cannot open the database ({where}): {error_type}.</source>
        <translation>no se puede abrir la base de datos ({where}): {error_type}.</translation>
    </message>
    <message>
        <source>cannot {doing} ({database}): {cause}.</source>
        <translation>no se puede completar la operación «{doing}» ({database}): {cause}.</translation>
    </message>
    <message>
        <source>The database may have been upgraded by a newer timedesk: install that version.</source>
        <translation>Puede que una versión más nueva de timedesk haya actualizado la base de datos: instale esa versión.</translation>
    </message>
    <message>
        <source>cannot {doing} ({database}): {reason}.</source>
        <translation>no se puede completar la operación «{doing}» ({database}): {reason}.</translation>
    </message>
    <message>
        <source>Check that the database user may create and change tables, and that the file or server is writable.</source>
        <translation>Compruebe que el usuario de la base de datos puede crear y modificar tablas y que se puede escribir en el archivo o el servidor.</translation>
    </message>
    <message>
        <source>cannot upgrade the schema ({database}): {count} rows of table {broken} would point at missing rows; nothing was changed.</source>
        <translation>no se puede actualizar el esquema ({database}): {count} filas de la tabla {broken} apuntarían a filas que no existen; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Repair or remove those rows (PRAGMA foreign_key_check lists them), then start timedesk again.</source>
        <translation>Repare o elimine esas filas (PRAGMA foreign_key_check las lista) y vuelva a iniciar timedesk.</translation>
    </message>
    <message>
        <source>cannot write the log file {path}: {value}.</source>
        <translation>no se puede escribir el archivo de registro {path}: {value}.</translation>
    </message>
    <message>
        <source>Make the log folder writable, or set TIMEDESK_HOME to a folder you can write to.</source>
        <translation>Permita escribir en la carpeta de registros o defina TIMEDESK_HOME con una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>a mail idempotency key needs 1-{max_key} characters.</source>
        <translation>una clave de idempotencia de correo necesita de 1 a {max_key} caracteres.</translation>
    </message>
    <message>
        <source>Use a stable key such as 'clockify:session:&lt;id&gt;:stopped'.</source>
        <translation>Use una clave estable como 'clockify:session:&lt;id&gt;:stopped'.</translation>
    </message>
    <message>
        <source>unknown mail status '{status}'.</source>
        <translation>estado de correo desconocido '{status}'.</translation>
    </message>
    <message>
        <source>there is no queued mail {mail_id}.</source>
        <translation>no hay ningún correo en cola {mail_id}.</translation>
    </message>
    <message>
        <source>See `timedesk mail outbox`.</source>
        <translation>Consulte `timedesk mail outbox`.</translation>
    </message>
    <message>
        <source>mail {mail_id} is {status}, not failed.</source>
        <translation>el correo {mail_id} está en estado '{status}', no fallido.</translation>
    </message>
    <message>
        <source>Only failed mail can be retried.</source>
        <translation>Solo se pueden reintentar los correos fallidos.</translation>
    </message>
    <message>
        <source>'{to}' is not a valid e-mail address.</source>
        <translation>'{to}' no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>Type it as name@example.com.</source>
        <translation>Escríbala como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>the mail cannot be built ({error_type}: {cause}).</source>
        <translation>no se puede componer el correo ({error_type}: {cause}).</translation>
    </message>
    <message>
        <source>Queue it again with valid content.</source>
        <translation>Vuelva a ponerlo en cola con un contenido válido.</translation>
    </message>
    <message>
        <source>the SMTP server {where} refused the login of {user} ({answer}).</source>
        <translation>el servidor SMTP {where} rechazó el inicio de sesión de {user} ({answer}).</translation>
    </message>
    <message>
        <source>Check smtp.user and the secret SMTP_PASSWORD.</source>
        <translation>Compruebe smtp.user y el secreto SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>no SMTP server is set up.</source>
        <translation>no hay ningún servidor SMTP configurado.</translation>
    </message>
    <message>
        <source>Set smtp.host (and smtp.port, smtp.security, smtp.from_address).</source>
        <translation>Configure smtp.host (y smtp.port, smtp.security, smtp.from_address).</translation>
    </message>
    <message>
        <source>no valid sender address is set up.</source>
        <translation>no hay ninguna dirección de remitente válida configurada.</translation>
    </message>
    <message>
        <source>Set smtp.from_address, e.g. timedesk@example.com.</source>
        <translation>Configure smtp.from_address, p. ej. timedesk@ejemplo.com.</translation>
    </message>
    <message>
        <source>smtp.user is set but the secret {password_secret} is not.</source>
        <translation>smtp.user está configurado, pero el secreto {password_secret} no.</translation>
    </message>
    <message>
        <source>Store it: timedesk secret set {password_secret}.</source>
        <translation>Guárdelo: timedesk secret set {password_secret}.</translation>
    </message>
    <message>
        <source>the attachment {path} does not exist.</source>
        <translation>el adjunto {path} no existe.</translation>
    </message>
    <message>
        <source>Build the report again, then retry the mail.</source>
        <translation>Vuelva a generar el informe y reintente el correo.</translation>
    </message>
    <message>
        <source>the SMTP server {where} cannot take this message ({cause}).</source>
        <translation>el servidor SMTP {where} no puede aceptar este mensaje ({cause}).</translation>
    </message>
    <message>
        <source>Check the addresses for characters outside ASCII.</source>
        <translation>Compruebe que las direcciones no tengan caracteres fuera de ASCII.</translation>
    </message>
    <message>
        <source>cannot read the certificate file {ca_file}: {cause}.</source>
        <translation>no se puede leer el archivo de certificados {ca_file}: {cause}.</translation>
    </message>
    <message>
        <source>Check smtp.ca_file, or empty it to trust the system's.</source>
        <translation>Compruebe smtp.ca_file o déjelo vacío para confiar en los del sistema.</translation>
    </message>
    <message>
        <source>the SMTP server {where} does not offer STARTTLS.</source>
        <translation>el servidor SMTP {where} no ofrece STARTTLS.</translation>
    </message>
    <message>
        <source>Use smtp.security = tls (port 465) or none if it is local.</source>
        <translation>Use smtp.security = tls (puerto 465) o none si es local.</translation>
    </message>
    <message>
        <source>the SMTP server {where} offers no login (AUTH).</source>
        <translation>el servidor SMTP {where} no ofrece inicio de sesión (AUTH).</translation>
    </message>
    <message>
        <source>Empty smtp.user, or use smtp.security = starttls or tls: many servers offer a login only once encrypted.</source>
        <translation>Vacíe smtp.user o use smtp.security = starttls o tls: muchos servidores solo ofrecen inicio de sesión una vez cifrada la conexión.</translation>
    </message>
    <message>
        <source>the attachment {path} cannot be read ({strerror}).</source>
        <translation>no se puede leer el adjunto {path} ({strerror}).</translation>
    </message>
    <message>
        <source>Check the file's permissions, then retry the mail.</source>
        <translation>Compruebe los permisos del archivo y reintente el correo.</translation>
    </message>
    <message>
        <source>the SMTP server {where} would not talk to us ({answer}).</source>
        <translation>el servidor SMTP {where} no quiso comunicarse ({answer}).</translation>
    </message>
    <message>
        <source>Check smtp.host, smtp.port and smtp.security (`timedesk config list`).</source>
        <translation>Compruebe smtp.host, smtp.port y smtp.security (`timedesk config list`).</translation>
    </message>
    <message>
        <source>the SMTP server {where} wants a login or encryption first ({answer}).</source>
        <translation>el servidor SMTP {where} exige antes inicio de sesión o cifrado ({answer}).</translation>
    </message>
    <message>
        <source>Set smtp.user (and the secret SMTP_PASSWORD) and smtp.security = starttls or tls.</source>
        <translation>Configure smtp.user (y el secreto SMTP_PASSWORD) y smtp.security = starttls o tls.</translation>
    </message>
    <message>
        <source>the SMTP server refused every recipient: {answers}.</source>
        <translation>el servidor SMTP rechazó a todos los destinatarios: {answers}.</translation>
    </message>
    <message>
        <source>Check the addresses.</source>
        <translation>Compruebe las direcciones.</translation>
    </message>
    <message>
        <source>the SMTP server {where} rejected the {kind} ({answer}).</source>
        <translation>el servidor SMTP {where} rechazó el elemento «{kind}» ({answer}).</translation>
    </message>
    <message>
        <source>Check smtp.from_address and the message.</source>
        <translation>Compruebe smtp.from_address y el mensaje.</translation>
    </message>
    <message>
        <source>secure connection to {where} failed ({ssl_reason}).</source>
        <translation>falló la conexión segura con {where} ({ssl_reason}).</translation>
    </message>
    <message>
        <source>Check smtp.security and smtp.port (465 tls, 587 starttls) and, for a private server, smtp.ca_file.</source>
        <translation>Compruebe smtp.security y smtp.port (465 tls, 587 starttls) y, para un servidor privado, smtp.ca_file.</translation>
    </message>
    <message>
        <source>the SMTP server {where} did not answer within {timeout_s:g} s.</source>
        <translation>el servidor SMTP {where} no respondió en {timeout_s:g} s.</translation>
    </message>
    <message>
        <source>Check smtp.host, smtp.port and smtp.security (`timedesk config list`). Is a firewall in the way?</source>
        <translation>Compruebe smtp.host, smtp.port y smtp.security (`timedesk config list`). ¿Hay un cortafuegos por medio?</translation>
    </message>
    <message>
        <source>connection to the SMTP server {where} was refused.</source>
        <translation>se rechazó la conexión con el servidor SMTP {where}.</translation>
    </message>
    <message>
        <source>Check smtp.host, smtp.port and smtp.security (`timedesk config list`). Is the server running?</source>
        <translation>Compruebe smtp.host, smtp.port y smtp.security (`timedesk config list`). ¿Está en marcha el servidor?</translation>
    </message>
    <message>
        <source>the SMTP server name {host} cannot be resolved.</source>
        <translation>no se puede resolver el nombre del servidor SMTP {host}.</translation>
    </message>
    <message>
        <source>Check smtp.host and the network.</source>
        <translation>Compruebe smtp.host y la red.</translation>
    </message>
    <message>
        <source>connection to the SMTP server {where} failed ({error_type}: {cause}).</source>
        <translation>falló la conexión con el servidor SMTP {where} ({error_type}: {cause}).</translation>
    </message>
    <message>
        <source>sending through {where} failed ({error_type}: {cause}).</source>
        <translation>falló el envío a través de {where} ({error_type}: {cause}).</translation>
    </message>
    <message>
        <source>mail template '{name}' needs a value for: {missing}.</source>
        <translation>la plantilla de correo '{name}' necesita un valor para: {missing}.</translation>
    </message>
    <message>
        <source>Pass every placeholder; use None for an unknown value.</source>
        <translation>Indique todos los marcadores; use None para un valor desconocido.</translation>
    </message>
    <message>
        <source>there is no mail template '{name}'.</source>
        <translation>no existe la plantilla de correo '{name}'.</translation>
    </message>
    <message>
        <source>Known templates: {templates}.</source>
        <translation>Plantillas conocidas: {templates}.</translation>
    </message>
    <message>
        <source>cannot use the folder {folder}: {value}.</source>
        <translation>no se puede usar la carpeta {folder}: {value}.</translation>
    </message>
    <message>
        <source>Make it a folder you can write to, or set TIMEDESK_HOME to one.</source>
        <translation>Use una carpeta en la que pueda escribir o defina TIMEDESK_HOME con una.</translation>
    </message>
    <message>
        <source>secret name '{name}' is not valid.</source>
        <translation>el nombre de secreto '{name}' no es válido.</translation>
    </message>
    <message>
        <source>Use letters, digits and underscores, e.g. SESAME_TOKEN.</source>
        <translation>Use letras, dígitos y guiones bajos, p. ej. SESAME_TOKEN.</translation>
    </message>
    <message>
        <source>cannot store secret {name}.</source>
        <translation>no se puede guardar el secreto {name}.</translation>
    </message>
    <message>
        <source>No OS keyring is available on this machine (headless Linux has none). Either keep the secret for this session only, set TIMEDESK_SECRET_&lt;NAME&gt; in the environment of the service, or opt in to the unencrypted file store: `timedesk config set secrets.file_store true`.</source>
        <translation>Este equipo no tiene almacén de claves del sistema (un Linux sin escritorio no lo tiene). Guarde el secreto solo para esta sesión, defina TIMEDESK_SECRET_&lt;NAME&gt; en el entorno del servicio o active el archivo de secretos sin cifrar: `timedesk config set secrets.file_store true`.</translation>
    </message>
    <message>
        <source>the OS keyring refused access to {what} ({error_type}).</source>
        <translation>el almacén de claves del sistema denegó el acceso a {what} ({error_type}).</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session) or see `timedesk secret list`.</source>
        <translation>Desbloquee el almacén de claves (inicie la sesión de escritorio) o consulte `timedesk secret list`.</translation>
    </message>
    <message>
        <source>the value for secret {name} is empty.</source>
        <translation>el valor del secreto {name} está vacío.</translation>
    </message>
    <message>
        <source>Give a non-empty value (it is read from standard input).</source>
        <translation>Indique un valor no vacío (se lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>the value for secret {name} is too short.</source>
        <translation>el valor del secreto {name} es demasiado corto.</translation>
    </message>
    <message>
        <source>Give at least {min_length} characters.</source>
        <translation>Indique al menos {min_length} caracteres.</translation>
    </message>
    <message>
        <source>the secrets file {file} cannot be read.</source>
        <translation>no se puede leer el archivo de secretos {file}.</translation>
    </message>
    <message>
        <source>Delete it and set the secrets again.</source>
        <translation>Elimínelo y vuelva a configurar los secretos.</translation>
    </message>
    <message>
        <source>unknown setting '{key}'.</source>
        <translation>ajuste desconocido '{key}'.</translation>
    </message>
    <message>
        <source>Valid keys: {valid_keys}.</source>
        <translation>Claves válidas: {valid_keys}.</translation>
    </message>
    <message>
        <source>setting '{key}' was renamed to '{renamed}'.</source>
        <translation>el ajuste '{key}' ahora se llama '{renamed}'.</translation>
    </message>
    <message>
        <source>Use {renamed}.</source>
        <translation>Use {renamed}.</translation>
    </message>
    <message>
        <source>cannot read settings file {path}: {strerror}.</source>
        <translation>no se puede leer el archivo de ajustes {path}: {strerror}.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Compruebe que el archivo existe y se puede leer.</translation>
    </message>
    <message>
        <source>{path}{at_line}: not valid TOML: {cause}.</source>
        <translation>{path}{at_line}: TOML no válido: {cause}.</translation>
    </message>
    <message>
        <source>Fix the line named, or delete the file to return to the defaults. Valid keys: {valid_keys}.</source>
        <translation>Corrija la línea indicada o elimine el archivo para volver a los valores predeterminados. Claves válidas: {valid_keys}.</translation>
    </message>
    <message>
        <source>{path}:{line}: '{section}' must be a [section] table.</source>
        <translation>{path}:{line}: '{section}' debe ser una tabla [sección].</translation>
    </message>
    <message>
        <source>cannot write settings file {path}: {value}.</source>
        <translation>no se puede escribir el archivo de ajustes {path}: {value}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable; the file was not changed.</source>
        <translation>Compruebe que la carpeta existe y se puede escribir en ella; el archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>{path}:{line}: unknown setting '{key}'.</source>
        <translation>{path}:{line}: ajuste desconocido '{key}'.</translation>
    </message>
    <message>
        <source>{path}:{line}: setting '{key}': {cause}.</source>
        <translation>{path}:{line}: ajuste '{key}': {cause}.</translation>
    </message>
    <message>
        <source>{setting}: {description}.</source>
        <translation>{setting}: {description}.</translation>
    </message>
    <message>
        <source>environment variable {env_var}: {cause}.</source>
        <translation>variable de entorno {env_var}: {cause}.</translation>
    </message>
    <message>
        <source>{key}: {description}.</source>
        <translation>{key}: {description}.</translation>
    </message>
    <message>
        <source>setting '{key}': {cause}.</source>
        <translation>ajuste '{key}': {cause}.</translation>
    </message>
    <message>
        <source>a report needs --from, --to and --out.</source>
        <translation>un informe necesita --from, --to y --out.</translation>
    </message>
    <message>
        <source>e.g. timedesk clockify report --from 2026-11-01 --to 2026-11-30 --out november.xlsx; or e-mail one: report send --month DATE.</source>
        <translation>p. ej. timedesk clockify report --from 2026-11-01 --to 2026-11-30 --out noviembre.xlsx; o envíe uno por correo: report send --month FECHA.</translation>
    </message>
    <message>
        <source>{option} {moment} is out of range.</source>
        <translation>{option} {moment} está fuera de rango.</translation>
    </message>
    <message>
        <source>Use a date from {first_date} to {last_date}.</source>
        <translation>Use una fecha entre {first_date} y {last_date}.</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}.</source>
        <translation>--to {end} es anterior a --from {start}.</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>Intercambie las dos fechas.</translation>
    </message>
    <message>
        <source>the value given contains a NUL character.</source>
        <translation>el valor indicado contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>Type it again without control characters.</source>
        <translation>Vuelva a escribirlo sin caracteres de control.</translation>
    </message>
    <message>
        <source>nothing was given on standard input.</source>
        <translation>no se ha recibido nada por la entrada estándar.</translation>
    </message>
    <message>
        <source>Type the value when asked, or pipe it: echo VALUE | timedesk ...</source>
        <translation>Escriba el valor cuando se le pida o páselo por una tubería: echo VALOR | timedesk ...</translation>
    </message>
    <message>
        <source>{option} '{text}' is not a date.</source>
        <translation>{option} '{text}' no es una fecha.</translation>
    </message>
    <message>
        <source>Write it as YYYY-MM-DD.</source>
        <translation>Escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>the two entries differ.</source>
        <translation>los dos valores escritos no coinciden.</translation>
    </message>
    <message>
        <source>Type the same value twice.</source>
        <translation>Escriba el mismo valor dos veces.</translation>
    </message>
    <message>
        <source>there is no database yet at {database}.</source>
        <translation>aún no hay ninguna base de datos en {database}.</translation>
    </message>
    <message>
        <source>Run `timedesk db upgrade` (or start timedesk) to create it.</source>
        <translation>Ejecute `timedesk db upgrade` (o inicie timedesk) para crearla.</translation>
    </message>
    <message>
        <source>--screen {screen} is not a monitor number.</source>
        <translation>--screen {screen} no es un número de monitor.</translation>
    </message>
    <message>
        <source>Use 0 for the first monitor, 1 for the second, and so on.</source>
        <translation>Use 0 para el primer monitor, 1 para el segundo, y así sucesivamente.</translation>
    </message>
    <message>
        <source>--name must be 1 to 40 characters.</source>
        <translation>--name debe tener de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>For example: --name lobby</source>
        <translation>Por ejemplo: --name lobby</translation>
    </message>
    <message>
        <source>--no-pin and --pin-stdin contradict each other.</source>
        <translation>--no-pin y --pin-stdin se contradicen.</translation>
    </message>
    <message>
        <source>Give one.</source>
        <translation>Indique solo uno.</translation>
    </message>
    <message>
        <source>Give --week, --tolerance or --timezone (see --help).</source>
        <translation>Indique --week, --tolerance o --timezone (consulte --help).</translation>
    </message>
    <message>
        <source>--at '{text}' is not a date and time.</source>
        <translation>--at '{text}' no es una fecha y hora.</translation>
    </message>
    <message>
        <source>Write it as 2026-12-07T09:00:00+01:00.</source>
        <translation>Escríbala como 2026-12-07T09:00:00+01:00.</translation>
    </message>
    <message>
        <source>{option} '{text}' is not an office time.</source>
        <translation>{option} '{text}' no es un tiempo de oficina.</translation>
    </message>
    <message>
        <source>Write it in hours and minutes, like 4h, 90m or 1h30m.</source>
        <translation>Escríbalo en horas y minutos, como 4h, 90m o 1h30m.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Save the CSV as UTF-8.</source>
        <translation>Guarde el CSV como UTF-8.</translation>
    </message>
    <message>
        <source>Give --role, --display-name or both.</source>
        <translation>Indique --role, --display-name o ambos.</translation>
    </message>
    <message>
        <source>--expires {day} is in the past.</source>
        <translation>--expires {day} ya ha pasado.</translation>
    </message>
    <message>
        <source>Give the last day the token may be used: today or later (UTC).</source>
        <translation>Indique el último día en que se podrá usar el token: hoy o después (UTC).</translation>
    </message>
    <message>
        <source>this address needs an API token.</source>
        <translation>esta dirección necesita un token de la API.</translation>
    </message>
    <message>
        <source>Send the header 'Authorization: Bearer &lt;token&gt;'; an administrator creates one with `timedesk api-token create`.</source>
        <translation>Envíe la cabecera 'Authorization: Bearer &lt;token&gt;'; un administrador crea uno con `timedesk api-token create`.</translation>
    </message>
    <message>
        <source>'with' is required.</source>
        <translation>'with' es obligatorio.</translation>
    </message>
    <message>
        <source>Name the other person: ?with=USERNAME.</source>
        <translation>Indique la otra persona: ?with=USUARIO.</translation>
    </message>
    <message>
        <source>'{name}' must be {choices}, not '{text}'.</source>
        <translation>'{name}' debe ser {choices}, no '{text}'.</translation>
    </message>
    <message>
        <source>'{name}' is not a date ('{text}').</source>
        <translation>'{name}' no es una fecha ('{text}').</translation>
    </message>
    <message>
        <source>there is no {what} #{value}.</source>
        <translation>no existe {what} n.º {value}.</translation>
    </message>
    <message>
        <source>Ids run 1-{max_id}.</source>
        <translation>Los ids van de 1 a {max_id}.</translation>
    </message>
    <message>
        <source>'{name}' is empty.</source>
        <translation>'{name}' está vacío.</translation>
    </message>
    <message>
        <source>Give a value or leave the parameter out.</source>
        <translation>Indique un valor o quite el parámetro.</translation>
    </message>
    <message>
        <source>'{name}' is longer than {max_length} characters.</source>
        <translation>'{name}' tiene más de {max_length} caracteres.</translation>
    </message>
    <message>
        <source>'{name}' holds a control character (such as NUL).</source>
        <translation>'{name}' contiene un carácter de control (como NUL).</translation>
    </message>
    <message>
        <source>Send printable text.</source>
        <translation>Envíe texto imprimible.</translation>
    </message>
    <message>
        <source>'{name}' must be between {minimum} and {maximum}.</source>
        <translation>'{name}' debe estar entre {minimum} y {maximum}.</translation>
    </message>
    <message>
        <source>Give {minimum}-{maximum}.</source>
        <translation>Indique {minimum}-{maximum}.</translation>
    </message>
    <message>
        <source>'from' must be before 'to'.</source>
        <translation>'from' debe ser anterior a 'to'.</translation>
    </message>
    <message>
        <source>Swap them.</source>
        <translation>Intercámbielos.</translation>
    </message>
    <message>
        <source>'{name}' is required.</source>
        <translation>'{name}' es obligatorio.</translation>
    </message>
    <message>
        <source>'{name}' is outside the calendar timedesk keeps.</source>
        <translation>'{name}' queda fuera del calendario que guarda timedesk.</translation>
    </message>
    <message>
        <source>Dates run from 0001-01-01 to 9998-12-31.</source>
        <translation>Las fechas van de 0001-01-01 a 9998-12-31.</translation>
    </message>
    <message>
        <source>the body must be JSON (Content-Type: application/json).</source>
        <translation>el cuerpo debe ser JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation>el cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Send {{"field": value, ...}}.</source>
        <translation>Envíe {{"field": value, ...}}.</translation>
    </message>
    <message>
        <source>unknown field(s): {unknown}.</source>
        <translation>campo(s) desconocido(s): {unknown}.</translation>
    </message>
    <message>
        <source>Allowed: {allowed}.</source>
        <translation>Permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>'{name}' must be an ISO-8601 date and time.</source>
        <translation>'{name}' debe ser una fecha y hora ISO-8601.</translation>
    </message>
    <message>
        <source>e.g. 2025-06-16T07:05:00Z.</source>
        <translation>p. ej. 2025-06-16T07:05:00Z.</translation>
    </message>
    <message>
        <source>'{name}' must be text.</source>
        <translation>'{name}' debe ser un texto.</translation>
    </message>
    <message>
        <source>'{name}' holds a NUL character (\u0000), a control character the database cannot store.</source>
        <translation>'{name}' contiene un carácter NUL (\u0000), un carácter de control que la base de datos no puede guardar.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Quítelo.</translation>
    </message>
    <message>
        <source>'{name}' must be true or false.</source>
        <translation>'{name}' debe ser true o false.</translation>
    </message>
    <message>
        <source>'{name}' must be a positive whole number (an id) up to {max_id}.</source>
        <translation>'{name}' debe ser un número entero positivo (un id) de hasta {max_id}.</translation>
    </message>
    <message>
        <source>'{name}' must be a whole number, not '{text}'.</source>
        <translation>'{name}' debe ser un número entero, no '{text}'.</translation>
    </message>
    <message>
        <source>Use YYYY-MM-DD or an ISO-8601 date and time such as 2025-06-16T07:05:00Z.</source>
        <translation>Use AAAA-MM-DD o una fecha y hora ISO-8601 como 2025-06-16T07:05:00Z.</translation>
    </message>
    <message>
        <source>the body is not valid JSON.</source>
        <translation>el cuerpo no es un JSON válido.</translation>
    </message>
    <message>
        <source>Send a JSON object.</source>
        <translation>Envíe un objeto JSON.</translation>
    </message>
    <message>
        <source>the body is nested too deeply.</source>
        <translation>el cuerpo tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>Send a JSON object of plain fields.</source>
        <translation>Envíe un objeto JSON de campos simples.</translation>
    </message>
    <message>
        <source>Give an ISO-8601 date and time such as 2025-06-16T07:05:00Z.</source>
        <translation>Indique una fecha y hora ISO-8601 como 2025-06-16T07:05:00Z.</translation>
    </message>
    <message>
        <source>unknown status '{status}'.</source>
        <translation>estado desconocido '{status}'.</translation>
    </message>
    <message>
        <source>cannot sort sessions by '{key}'.</source>
        <translation>no se pueden ordenar las sesiones por '{key}'.</translation>
    </message>
    <message>
        <source>Sort by one of: {sorts} ('-' before it: descending).</source>
        <translation>Ordene por uno de estos: {sorts} (con '-' delante: descendente).</translation>
    </message>
    <message>
        <source>'display' must be the display's registered name: {name_rule}.</source>
        <translation>'display' debe ser el nombre registrado de la pantalla: {name_rule}.</translation>
    </message>
    <message>
        <source>Open the address `timedesk display register NAME` printed.</source>
        <translation>Abra la dirección que mostró `timedesk display register NAME`.</translation>
    </message>
    <message>
        <source>'key' must be the display's key.</source>
        <translation>'key' debe ser la clave de la pantalla.</translation>
    </message>
    <message>
        <source>no display is registered as '{name}' with this key.</source>
        <translation>no hay ninguna pantalla registrada como '{name}' con esta clave.</translation>
    </message>
    <message>
        <source>Register it with `timedesk display register NAME` and open the address it prints.</source>
        <translation>Regístrela con `timedesk display register NAME` y abra la dirección que muestra.</translation>
    </message>
    <message>
        <source>'event_id' must be the positive id of a call event.</source>
        <translation>'event_id' debe ser el id positivo de un evento de llamada.</translation>
    </message>
    <message>
        <source>Send the event_id of the feed's call event.</source>
        <translation>Envíe el event_id del evento de llamada del canal.</translation>
    </message>
    <message>
        <source>'format' is not one of {formats}.</source>
        <translation>'format' no es uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>'{name}' is longer than {limit} characters.</source>
        <translation>'{name}' tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>'user' must be an account's id or user name (or null).</source>
        <translation>'user' debe ser el id o el nombre de usuario de una cuenta (o null).</translation>
    </message>
    <message>
        <source>e.g. 7 or "ana".</source>
        <translation>p. ej. 7 o "ana".</translation>
    </message>
    <message>
        <source>'pin' must be text of 4 to 8 digits (or null).</source>
        <translation>'pin' debe ser un texto de 4 a 8 dígitos (o null).</translation>
    </message>
    <message>
        <source>Send it in quotes, e.g. "0427": a number loses leading zeros.</source>
        <translation>Envíelo entre comillas, p. ej. "0427": un número pierde los ceros a la izquierda.</translation>
    </message>
    <message>
        <source>'name' is required.</source>
        <translation>'name' es obligatorio.</translation>
    </message>
    <message>
        <source>Send {{"name": "Ana Pérez", ...}}.</source>
        <translation>Envíe {{"name": "Ana Pérez", ...}}.</translation>
    </message>
    <message>
        <source>'email' is required.</source>
        <translation>'email' es obligatorio.</translation>
    </message>
    <message>
        <source>Ask /api/v1/employees/by-email?email=…</source>
        <translation>Consulte /api/v1/employees/by-email?email=…</translation>
    </message>
    <message>
        <source>this listener does not answer to that host name.</source>
        <translation>este servicio de escucha no responde a ese nombre de equipo.</translation>
    </message>
    <message>
        <source>Use its address (such as http://127.0.0.1:PORT/) or a name an administrator added to the setting listener.allowed_hosts.</source>
        <translation>Use su dirección (como http://127.0.0.1:PUERTO/) o un nombre que un administrador haya añadido al ajuste listener.allowed_hosts.</translation>
    </message>
    <message>
        <source>'from' must not be after 'to'.</source>
        <translation>'from' no debe ser posterior a 'to'.</translation>
    </message>
    <message>
        <source>'employee' must be an id, an e-mail address or a badge code.</source>
        <translation>'employee' debe ser un id, una dirección de correo o un código de tarjeta.</translation>
    </message>
    <message>
        <source>e.g. {{"employee": "ana@example.com", "action": "in"}}.</source>
        <translation>p. ej. {{"employee": "ana@example.com", "action": "in"}}.</translation>
    </message>
    <message>
        <source>'employee' is required.</source>
        <translation>'employee' es obligatorio.</translation>
    </message>
    <message>
        <source>Give an id, e-mail or badge code.</source>
        <translation>Indique un id, un correo o un código de tarjeta.</translation>
    </message>
    <message>
        <source>'{file}' is over the limit of {limit:,} bytes.</source>
        <translation>'{file}' supera el límite de {limit:,} bytes.</translation>
    </message>
    <message>
        <source>there is no {what} #{value} you can see.</source>
        <translation>no hay ningún elemento {what} n.º {value} que usted pueda ver.</translation>
    </message>
    <message>
        <source>Send one or more of: {patch_fields}.</source>
        <translation>Envíe uno o varios de estos: {patch_fields}.</translation>
    </message>
    <message>
        <source>the body must be multipart/form-data with the field 'file'.</source>
        <translation>el cuerpo debe ser multipart/form-data con el campo 'file'.</translation>
    </message>
    <message>
        <source>e.g. curl -F file=@screenshot.png ...</source>
        <translation>p. ej. curl -F file=@captura.png ...</translation>
    </message>
    <message>
        <source>the field 'file' is missing.</source>
        <translation>falta el campo 'file'.</translation>
    </message>
    <message>
        <source>Send the file in the field 'file'.</source>
        <translation>Envíe el archivo en el campo 'file'.</translation>
    </message>
    <message>
        <source>the form is not well-formed multipart/form-data ({cause}).</source>
        <translation>el formulario no es un multipart/form-data bien formado ({cause}).</translation>
    </message>
    <message>
        <source>Send the file as a browser or `curl -F file=@NAME` does.</source>
        <translation>Envíe el archivo como lo hace un navegador o `curl -F file=@NAME`.</translation>
    </message>
    <message>
        <source>the form takes one field, 'file' (the file to attach).</source>
        <translation>el formulario admite un solo campo, 'file' (el archivo que se adjunta).</translation>
    </message>
    <message>
        <source>Send only the file, in the field 'file'.</source>
        <translation>Envíe solo el archivo, en el campo 'file'.</translation>
    </message>
    <message>
        <source>too many failed sign-ins with this name here: signing in is locked for about {minutes} more minute(s) (until {until:%H:%M} UTC).</source>
        <translation>demasiados inicios de sesión fallidos con este nombre aquí: el inicio de sesión está bloqueado durante unos {minutes} minuto(s) más (hasta las {until:%H:%M} UTC).</translation>
    </message>
    <message>
        <source>Wait and try again, or ask an administrator to reset the password.</source>
        <translation>Espere e inténtelo de nuevo, o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <source>too many wrong PINs: punching with this employee's PIN is locked for about {minutes} more minute(s) (until {until:%H:%M} UTC).</source>
        <translation>demasiados PIN incorrectos: fichar con el PIN de este empleado está bloqueado durante unos {minutes} minuto(s) más (hasta las {until:%H:%M} UTC).</translation>
    </message>
    <message>
        <source>Wait and try again, or ask a manager to set a new PIN.</source>
        <translation>Espere e inténtelo de nuevo, o pida a un responsable que le asigne un PIN nuevo.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, and that the file is an SQLite database.</source>
        <translation>Compruebe que la carpeta existe y se puede escribir en ella, y que el archivo es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>Check that the server is running and reachable, the user, password and database name, and database.url (TIMEDESK_DATABASE_URL).</source>
        <translation>Compruebe que el servidor está en marcha y accesible, el usuario, la contraseña y el nombre de la base de datos, y database.url (TIMEDESK_DATABASE_URL).</translation>
    </message>
    <message>
        <source>Nothing was written; try again in a few minutes.</source>
        <translation>No se ha escrito nada; inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Finish it when done.</source>
        <translation>Termínelo cuando acabe.</translation>
    </message>
    <message>
        <source>Finish it instead.</source>
        <translation>Termínelo en su lugar.</translation>
    </message>
    <message>
        <source>Call the next turn.</source>
        <translation>Llame al siguiente turno.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, a long task holds them: raise {prefix}pool_size or {prefix}max_overflow (as far as PostgreSQL's max_connections allows) or database.pool_timeout.</source>
        <translation>Inténtelo de nuevo en un momento. Si sigue ocurriendo, una tarea larga las ocupa: aumente {prefix}pool_size o {prefix}max_overflow (hasta donde permita max_connections de PostgreSQL) o database.pool_timeout.</translation>
    </message>
    <message>
        <source>the one connection of this program to the database ({where}) is busy: it did not come free within {seconds:g} s.</source>
        <translation>la única conexión de este programa con la base de datos ({where}) está ocupada: no quedó libre en {seconds:g} s.</translation>
    </message>
    <message>
        <source>all {count} connections of this program to the database ({where}) are busy: none came free within {seconds:g} s.</source>
        <translation>las {count} conexiones de este programa con la base de datos ({where}) están ocupadas: ninguna quedó libre en {seconds:g} s.</translation>
    </message>
    <message>
        <source>Set database.listen_url (TIMEDESK_DATABASE_LISTEN_URL) to PostgreSQL itself, not the pooler, e.g. postgresql://user@dbserver:5432/timedesk, or leave it empty to use database.url.</source>
        <translation>Ponga en database.listen_url (TIMEDESK_DATABASE_LISTEN_URL) la dirección del propio PostgreSQL, no la del agrupador de conexiones, p. ej. postgresql://usuario@servidor:5432/timedesk, o déjelo vacío para usar database.url.</translation>
    </message>
    <message>
        <source>database.listen_url is not a valid URL.</source>
        <translation>database.listen_url no es una URL válida.</translation>
    </message>
    <message>
        <source>database.listen_url must be a PostgreSQL URL, not '{backend}'.</source>
        <translation>database.listen_url debe ser una URL de PostgreSQL, no de '{backend}'.</translation>
    </message>
    <message>
        <source>Turn sesame.demo off, or try the demo on a PC without listener.tls_cert.</source>
        <translation>Desactive sesame.demo o pruebe la demostración en un PC sin listener.tls_cert.</translation>
    </message>
    <message>
        <source>the demo company is served over plain HTTP only, and this listener has a TLS certificate.</source>
        <translation>la empresa de demostración solo se sirve por HTTP sin cifrar, y este receptor tiene un certificado TLS.</translation>
    </message>
    <message>
        <source>A desk has called it; the desk finishes it or marks a no-show.</source>
        <translation>Un puesto ya lo ha llamado; el puesto lo termina o lo marca como no presentado.</translation>
    </message>
    <message>
        <source>turn {number} is no longer waiting (it is {status}): it cannot be cancelled.</source>
        <translation>el turno {number} ya no está en espera (está {status}): no se puede anular.</translation>
    </message>
    <message>
        <source>Only a no-show can be undone.</source>
        <translation>Solo se puede deshacer un no presentado.</translation>
    </message>
    <message>
        <source>turn {number} was never called at a desk.</source>
        <translation>el turno {number} nunca se llamó en un puesto.</translation>
    </message>
    <message>
        <source>It was changed since; reload the desk.</source>
        <translation>Ha cambiado desde entonces; vuelva a cargar el puesto.</translation>
    </message>
    <message>
        <source>turn {number} is not a no-show (it is {status}): nothing to undo.</source>
        <translation>el turno {number} no es un no presentado (está {status}): no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Call the customer's new turn: reception issues one.</source>
        <translation>Llame al nuevo turno del cliente: recepción le da uno.</translation>
    </message>
    <message>
        <source>turn {number} was marked a no-show {age} minutes ago; it can only be undone in the first {limit} minutes.</source>
        <translation>el turno {number} se marcó como no presentado hace {age} minutos; solo se puede deshacer en los primeros {limit} minutos.</translation>
    </message>
    <message>
        <source>Finish the desk's turn first, or have reception issue a new one.</source>
        <translation>Termine primero el turno del puesto, o pida a recepción que dé uno nuevo.</translation>
    </message>
    <message>
        <source>desk {desk} has called {busy} since: turn {number} cannot be called back to it.</source>
        <translation>el puesto {desk} ha llamado a {busy} desde entonces: el turno {number} no puede volver a él.</translation>
    </message>
    <message>
        <source>the demo company is served by this PC's listener, and nothing listens at {address}.</source>
        <translation>la empresa de demostración la sirve el receptor de este PC, y no hay nada escuchando en {address}.</translation>
    </message>
    <message>
        <source>Start timedesk (the app) or `timedesk serve` on this PC, or turn sesame.demo off to use a Sesame account.</source>
        <translation>Inicie timedesk (la aplicación) o `timedesk serve` en este PC, o desactive sesame.demo para usar una cuenta de Sesame.</translation>
    </message>
    <message>
        <source>{count} of the {total} sessions cannot be approved: {sessions}.</source>
        <translation>{count} de las {total} sesiones no se pueden aprobar: {sessions}.</translation>
    </message>
    <message>
        <source>Sessions deleted in Clockify, still running or gone cannot be approved; unselect them and approve the others. Nothing was approved.</source>
        <translation>Las sesiones eliminadas en Clockify, en curso o que ya no existen no se pueden aprobar; quítelas de la selección y apruebe las demás. No se ha aprobado ninguna.</translation>
    </message>
    <message>
        <source>no session to approve.</source>
        <translation>no hay ninguna sesión que aprobar.</translation>
    </message>
    <message>
        <source>Select the sessions to approve first.</source>
        <translation>Seleccione primero las sesiones que quiere aprobar.</translation>
    </message>
    <message>
        <source>Turn it on in File &gt; Settings &gt; Mail first.</source>
        <translation>Actívelo antes en Archivo &gt; Configuración &gt; Correo.</translation>
    </message>
    <message>
        <source>unknown language '{language}'.</source>
        <translation>el idioma '{language}' no existe.</translation>
    </message>
    <message>
        <source>Use one of: {choices} (default: this computer's language).</source>
        <translation>Use uno de: {choices} (default: el idioma de este ordenador).</translation>
    </message>
    <message>
        <source>'{name}' is not a person's account: it has no preferences.</source>
        <translation>'{name}' no es la cuenta de una persona: no tiene preferencias.</translation>
    </message>
    <message>
        <source>Use a token that acts as a user (`timedesk api-token create --user NAME`).</source>
        <translation>Use un token que actúe como un usuario (`timedesk api-token create --user NAME`).</translation>
    </message>
    <message>
        <source>Send {{"language": "es"}}, "en" or null for this computer's language.</source>
        <translation>Envíe {{"language": "es"}}, "en" o null para el idioma de este ordenador.</translation>
    </message>
    <message>
        <source>send exactly the field language (got {fields}).</source>
        <translation>envíe exactamente el campo language (llegó {fields}).</translation>
    </message>
    <message>
        <source>language must be "es", "en" or null.</source>
        <translation>language debe ser "es", "en" o null.</translation>
    </message>
</context>
<context>
    <name>ClockifyKeyForm</name>
    <message>
        <source>24 hex digits, e.g. 625cf4a6a7d9d34012f70de1</source>
        <translation>24 dígitos hexadecimales, p. ej. 625cf4a6a7d9d34012f70de1</translation>
    </message>
    <message>
        <source>API key kept until timedesk closes (no keyring).</source>
        <translation>Clave de API guardada hasta que se cierre timedesk (no hay llavero).</translation>
    </message>
    <message>
        <source>API key saved in the system keyring; type a new one to replace it.</source>
        <translation>Clave de API guardada en el llavero del sistema; escriba otra para sustituirla.</translation>
    </message>
    <message>
        <source>API key saved in the unencrypted secrets file; type a new one to replace it.</source>
        <translation>Clave de API guardada en el archivo de secretos sin cifrar; escriba otra para sustituirla.</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Asking Clockify…</source>
        <translation>Preguntando a Clockify…</translation>
    </message>
    <message>
        <source>Connected to Clockify: the workspace has {count} member(s).</source>
        <translation>Conectado con Clockify: el espacio de trabajo tiene {count} miembro(s).</translation>
    </message>
    <message>
        <source>No API key saved yet.</source>
        <translation>Aún no hay ninguna clave de API guardada.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved. The address changed, so the stored API key was deleted: paste the key again and save.</source>
        <translation>Guardado. La dirección ha cambiado, así que se ha borrado la clave de API guardada: péguela de nuevo y guarde.</translation>
    </message>
    <message>
        <source>Saved; the API key is in the {place}.</source>
        <translation>Guardado; la clave de API está en el {place}.</translation>
    </message>
    <message>
        <source>Saving the Clockify settings</source>
        <translation>Guardando la configuración de Clockify</translation>
    </message>
    <message>
        <source>Settings saved, but not the API key:</source>
        <translation>Configuración guardada, pero no la clave de API:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Testing the Clockify API key</source>
        <translation>Probando la clave de API de Clockify</translation>
    </message>
    <message>
        <source>The API key comes from the environment variable TIMEDESK_SECRET_{name}.</source>
        <translation>La clave de API viene de la variable de entorno TIMEDESK_SECRET_{name}.</translation>
    </message>
    <message>
        <source>The API key is under Profile settings › API in Clockify; the workspace id is in the address of the workspace's settings. timedesk uses them to fill in sessions missed while the listener was down.</source>
        <translation>La clave de API está en Clockify, en Ajustes del perfil › API; el id del espacio de trabajo está en la dirección de la configuración del espacio de trabajo. timedesk las usa para completar las sesiones perdidas mientras el receptor estaba parado.</translation>
    </message>
    <message>
        <source>Type the workspace id first: the test reads its members.</source>
        <translation>Escriba primero el id del espacio de trabajo: la prueba lee sus miembros.</translation>
    </message>
    <message>
        <source>Workspace id:</source>
        <translation>Id del espacio de trabajo:</translation>
    </message>
    <message>
        <source>paste the API key Clockify shows you</source>
        <translation>pegue la clave de API que le muestra Clockify</translation>
    </message>
</context>
<context>
    <name>ClockifyPage</name>
    <message>
        <source>Clockify</source>
        <translation>Clockify</translation>
    </message>
    <message>
        <source>Paste the API key and the workspace id, test and save; register the webhook that brings the sessions in; or skip this step.</source>
        <translation>Pegue la clave de API y el id del espacio de trabajo, pruebe y guarde; registre el webhook que trae las sesiones; o salte este paso.</translation>
    </message>
    <message>
        <source>Register a webhook now (optional)</source>
        <translation>Registrar un webhook ahora (opcional)</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>One computer: keep the embedded SQLite database and press Next. Several computers: test a PostgreSQL server's URL and use it (timedesk restarts on it later).</source>
        <translation>Un solo ordenador: conserve la base de datos SQLite integrada y pulse Siguiente. Varios ordenadores: pruebe la URL de un servidor PostgreSQL y úsela (timedesk arrancará con ella la próxima vez).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Reading the set-up</source>
        <translation>Leyendo la configuración</translation>
    </message>
    <message>
        <source>Reading the set-up…</source>
        <translation>Leyendo la configuración…</translation>
    </message>
    <message>
        <source>What is set up now, and where to change it later. You can open the wizard again from the Help menu.</source>
        <translation>Lo que queda configurado y dónde cambiarlo más adelante. Puede volver a abrir el asistente desde el menú Ayuda.</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>The SMTP server that sends reports and notices: fill it in, save and send a test e-mail; or skip this step.</source>
        <translation>El servidor SMTP que envía los informes y los avisos: rellénelo, guarde y envíe un correo de prueba; o salte este paso.</translation>
    </message>
</context>
<context>
    <name>SesamePage</name>
    <message>
        <source>No Sesame account yet? The demo company (recorded employees and a month of work entries, served by timedesk itself) makes the Reports tab work.</source>
        <translation>¿Aún no tiene cuenta de Sesame? La empresa de demostración (empleados grabados y un mes de fichajes, servidos por el propio timedesk) hace funcionar la pestaña Informes.</translation>
    </message>
    <message>
        <source>Paste the API token and the region, test and save; or use the demo company; or skip this step.</source>
        <translation>Pegue el token de la API y la región, pruebe y guarde; o use la empresa de demostración; o salte este paso.</translation>
    </message>
    <message>
        <source>Sesame Time</source>
        <translation>Sesame Time</translation>
    </message>
    <message>
        <source>The demo company is on: the Reports tab reads its data while timedesk runs.</source>
        <translation>La empresa de demostración está activada: la pestaña Informes lee sus datos mientras timedesk está en marcha.</translation>
    </message>
    <message>
        <source>Turning on the demo company</source>
        <translation>Activando la empresa de demostración</translation>
    </message>
    <message>
        <source>Use the demo company</source>
        <translation>Usar la empresa de demostración</translation>
    </message>
</context>
<context>
    <name>SetupSummary</name>
    <message>
        <source> (sending is off)</source>
        <translation> (el envío está desactivado)</translation>
    </message>
    <message>
        <source>API key stored in {place}</source>
        <translation>clave de API guardada en {place}</translation>
    </message>
    <message>
        <source>API token stored in {place}</source>
        <translation>token de la API guardado en {place}</translation>
    </message>
    <message>
        <source>Clockify</source>
        <translation>Clockify</translation>
    </message>
    <message>
        <source>Settings › Integrations › Clockify webhooks, or this wizard for the API key</source>
        <translation>Configuración › Integraciones › Webhooks de Clockify, o en este asistente para la clave de API</translation>
    </message>
    <message>
        <source>Settings › This computer › Database</source>
        <translation>Configuración › Este ordenador › Base de datos</translation>
    </message>
    <message>
        <source>Settings › Mail › Mail server</source>
        <translation>Configuración › Correo › Servidor de correo</translation>
    </message>
    <message>
        <source>Settings › Integrations › Sesame Time</source>
        <translation>Configuración › Integraciones › Sesame Time</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Sesame</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Turns tab › Set-up</source>
        <translation>la pestaña Turnos › Configuración</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>una variable de entorno</translation>
    </message>
    <message>
        <source>server {host}:{port}</source>
        <translation>servidor {host}:{port}</translation>
    </message>
    <message>
        <source>the demo company</source>
        <translation>la empresa de demostración</translation>
    </message>
    <message>
        <source>the embedded SQLite database of this PC</source>
        <translation>la base de datos SQLite integrada de este PC</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the unencrypted secrets file</source>
        <translation>el archivo de secretos sin cifrar</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>workspace {id}</source>
        <translation>espacio de trabajo {id}</translation>
    </message>
    <message>
        <source>{count} webhook(s)</source>
        <translation>{count} webhook(s)</translation>
    </message>
    <message>
        <source>{services} service(s), {desks} desk(s)</source>
        <translation>{services} servicio(s), {desks} puesto(s)</translation>
    </message>
    <message>
        <source>{where} (used once timedesk restarts)</source>
        <translation>{where} (se usará cuando timedesk se reinicie)</translation>
    </message>
    <message>
        <source>– {area}: not set up. Set it up later in {where}.</source>
        <translation>– {area}: sin configurar. Configúrelo más adelante en {where}.</translation>
    </message>
    <message>
        <source>– {area}: skipped. Set it up later in {where}.</source>
        <translation>– {area}: paso saltado. Configúrelo más adelante en {where}.</translation>
    </message>
    <message>
        <source>✓ {area}: {what}. Change it later in {where}.</source>
        <translation>✓ {area}: {what}. Puede cambiarlo más adelante en {where}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Reading the set-up</source>
        <translation>Leyendo la configuración</translation>
    </message>
    <message>
        <source>Set-up wizard</source>
        <translation>Asistente de configuración</translation>
    </message>
    <message>
        <source>Set-up wizard closed</source>
        <translation>Asistente de configuración cerrado</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <source>What you saved on the wizard's pages is kept. You can open the wizard again from the Help menu.

{lines}</source>
        <translation>Lo que guardó en las páginas del asistente se conserva. Puede volver a abrir el asistente desde el menú Ayuda.

{lines}</translation>
    </message>
</context>
<context>
    <name>TurnsPage</name>
    <message>
        <source>Demo turns loaded ({count} items added).</source>
        <translation>Turnos de demostración cargados ({count} elementos añadidos).</translation>
    </message>
    <message>
        <source>Load the demo turns</source>
        <translation>Cargar los turnos de demostración</translation>
    </message>
    <message>
        <source>Loading the demo turns</source>
        <translation>Cargando los turnos de demostración</translation>
    </message>
    <message>
        <source>Or start from the demo: three services (Registro, Pagos, Información), three desks and a few waiting turns.</source>
        <translation>O empiece con la demostración: tres servicios (Registro, Pagos, Información), tres puestos y unos cuantos turnos en espera.</translation>
    </message>
    <message>
        <source>The demo turns were already there.</source>
        <translation>Los turnos de demostración ya estaban cargados.</translation>
    </message>
    <message>
        <source>The services people take a turn for (a name, a code letter that prefixes the numbers, a colour) and the desks that call them; or load the demo; or skip.</source>
        <translation>Los servicios para los que se pide turno (un nombre, una letra de código que precede a los números, un color) y los puestos que los llaman; o cargue la demostración; o salte este paso.</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
</context>
<context>
    <name>RecentTurns</name>
    <message>
        <source>Find a number (A12)</source>
        <translation>Buscar un número (A12)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Print the chosen turn's ticket again</source>
        <translation>Imprimir de nuevo el tique del turno elegido</translation>
    </message>
    <message>
        <source>Cancel turn…</source>
        <translation>Anular turno…</translation>
    </message>
    <message>
        <source>Take the chosen turn out of the queue, if no desk has called it yet</source>
        <translation>Quitar de la cola el turno elegido, si ningún puesto lo ha llamado aún</translation>
    </message>
    <message>
        <source>Today's last turns</source>
        <translation>Últimos turnos de hoy</translation>
    </message>
    <message>
        <source>Cannot read today's turns:</source>
        <translation>No se pueden leer los turnos de hoy:</translation>
    </message>
    <message>
        <source>Reading today's turns</source>
        <translation>Leyendo los turnos de hoy</translation>
    </message>
    <message>
        <source>No turn of that number today.</source>
        <translation>Hoy no hay ningún turno con ese número.</translation>
    </message>
    <message>
        <source>No turn issued today yet.</source>
        <translation>Todavía no se ha emitido ningún turno hoy.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>En atención</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulado</translation>
    </message>
</context>
<context>
    <name>ClockifyEvents</name>
    <message>
        <source>Timer started</source>
        <translation>Temporizador iniciado</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Temporizador detenido</translation>
    </message>
    <message>
        <source>Entry added by hand</source>
        <translation>Entrada añadida a mano</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation>Entrada modificada</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Entrada eliminada</translation>
    </message>
    <message>
        <source>Entry split</source>
        <translation>Entrada dividida</translation>
    </message>
    <message>
        <source>Entry restored</source>
        <translation>Entrada restaurada</translation>
    </message>
    <message>
        <source>Read back from Clockify</source>
        <translation>Leída de nuevo de Clockify</translation>
    </message>
    <message>
        <source>Recorded in timedesk</source>
        <translation>Registrada en timedesk</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
</context>
<context>
    <name>ClockifyNotes</name>
    <message>
        <source>entry made by hand, under review</source>
        <translation>entrada hecha a mano, en revisión</translation>
    </message>
    <message>
        <source>change of an entry timedesk had not seen, under review</source>
        <translation>cambio de una entrada que timedesk no había visto, en revisión</translation>
    </message>
    <message>
        <source>its start was not received</source>
        <translation>no se recibió su inicio</translation>
    </message>
    <message>
        <source>delete of an entry timedesk had not seen</source>
        <translation>borrado de una entrada que timedesk no había visto</translation>
    </message>
    <message>
        <source>first small correction, accepted</source>
        <translation>primera corrección pequeña, aceptada</translation>
    </message>
    <message>
        <source>the change needs review</source>
        <translation>el cambio necesita revisión</translation>
    </message>
    <message>
        <source>{sentence}: “{note}”</source>
        <translation>{sentence}: «{note}»</translation>
    </message>
    <message>
        <source>Recorded by hand in timedesk</source>
        <translation>Registrada a mano en timedesk</translation>
    </message>
    <message>
        <source>Recorded by hand in timedesk, under review</source>
        <translation>Registrada a mano en timedesk, en revisión</translation>
    </message>
    <message>
        <source>Deleted in timedesk</source>
        <translation>Eliminada en timedesk</translation>
    </message>
    <message>
        <source>Corrected in timedesk</source>
        <translation>Corregida en timedesk</translation>
    </message>
    <message>
        <source>Corrected in timedesk ({verdict})</source>
        <translation>Corregida en timedesk ({verdict})</translation>
    </message>
    <message>
        <source>Running longer than {hours} h</source>
        <translation>En marcha más de {hours} h</translation>
    </message>
</context>
<context>
    <name>DoctorChecks</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Program files</source>
        <translation>Archivos del programa</translation>
    </message>
    <message>
        <source>Qt libraries</source>
        <translation>Bibliotecas de Qt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>PostgreSQL live updates</source>
        <translation>Actualizaciones en directo de PostgreSQL</translation>
    </message>
    <message>
        <source>Port for webhooks and the lobby display</source>
        <translation>Puerto para webhooks y la pantalla de sala</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Almacén de contraseñas</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Passwords and tokens</source>
        <translation>Contraseñas y tokens</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>Sound and printers</source>
        <translation>Sonido e impresoras</translation>
    </message>
    <message>
        <source>timedesk {version}: check of this PC</source>
        <translation>timedesk {version}: comprobación de este PC</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Qué hacer: {fix}</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>Checks failed: {count}.</source>
        <translation>Comprobaciones fallidas: {count}.</translation>
    </message>
    <message>
        <source>the check itself failed: {error_type}: {error}</source>
        <translation>la propia comprobación falló: {error_type}: {error}</translation>
    </message>
    <message>
        <source>Report this with the log file.</source>
        <translation>Comuníquelo junto con el archivo de registro.</translation>
    </message>
    <message>
        <source>timedesk {version} (one-folder build, {platform})</source>
        <translation>timedesk {version} (compilación en una carpeta, {platform})</translation>
    </message>
    <message>
        <source>timedesk {version} (Python {python}, {platform})</source>
        <translation>timedesk {version} (Python {python}, {platform})</translation>
    </message>
    <message>
        <source>missing from {folder}: {missing}</source>
        <translation>faltan en {folder}: {missing}</translation>
    </message>
    <message>
        <source>Reinstall timedesk: its package lacks part of its resources folder (TIMEDESK_RESOURCES, when set, must name a complete copy).</source>
        <translation>Reinstale timedesk: a su paquete le falta parte de la carpeta de recursos (TIMEDESK_RESOURCES, si está definida, debe indicar una copia completa).</translation>
    </message>
    <message>
        <source>resources in {folder}</source>
        <translation>recursos en {folder}</translation>
    </message>
    <message>
        <source>platform plugin '{platform}' (checked on Linux only)</source>
        <translation>complemento de plataforma '{platform}' (solo se comprueba en Linux)</translation>
    </message>
    <message>
        <source>ldd is not installed: cannot look for missing ones</source>
        <translation>ldd no está instalado: no se pueden buscar las que faltan</translation>
    </message>
    <message>
        <source>sudo apt-get install libc-bin</source>
        <translation>sudo apt-get install libc-bin</translation>
    </message>
    <message>
        <source>PySide6 is not installed in this Python</source>
        <translation>PySide6 no está instalado en este Python</translation>
    </message>
    <message>
        <source>Reinstall timedesk.</source>
        <translation>Reinstale timedesk.</translation>
    </message>
    <message>
        <source>platform plugin '{platform}', nothing missing</source>
        <translation>complemento de plataforma '{platform}', no falta nada</translation>
    </message>
    <message>
        <source>platform plugin '{platform}' misses {libraries}</source>
        <translation>al complemento de plataforma '{platform}' le faltan {libraries}</translation>
    </message>
    <message>
        <source>sudo apt-get install --no-install-recommends {packages}</source>
        <translation>sudo apt-get install --no-install-recommends {packages}</translation>
    </message>
    <message>
        <source>{files}; from the environment: {environment}</source>
        <translation>{files}; del entorno: {environment}</translation>
    </message>
    <message>
        <source>{files}</source>
        <translation>{files}</translation>
    </message>
    <message>
        <source>no settings file (defaults); from the environment: {environment}</source>
        <translation>ningún archivo de ajustes (valores predeterminados); del entorno: {environment}</translation>
    </message>
    <message>
        <source>no settings file (defaults)</source>
        <translation>ningún archivo de ajustes (valores predeterminados)</translation>
    </message>
    <message>
        <source>{files}; from the environment: {environment}; {notes}</source>
        <translation>{files}; del entorno: {environment}; {notes}</translation>
    </message>
    <message>
        <source>{files}; {notes}</source>
        <translation>{files}; {notes}</translation>
    </message>
    <message>
        <source>no settings file (defaults); from the environment: {environment}; {notes}</source>
        <translation>ningún archivo de ajustes (valores predeterminados); del entorno: {environment}; {notes}</translation>
    </message>
    <message>
        <source>no settings file (defaults); {notes}</source>
        <translation>ningún archivo de ajustes (valores predeterminados); {notes}</translation>
    </message>
    <message>
        <source>Rename the old keys as the notes say.</source>
        <translation>Cambie el nombre de las claves antiguas como indican las notas.</translation>
    </message>
    <message>
        <source>the settings cannot be read (see Settings)</source>
        <translation>no se pueden leer los ajustes (vea Configuración)</translation>
    </message>
    <message>
        <source>{database}, {latency_ms:.0f} ms, empty (no schema yet)</source>
        <translation>{database}, {latency_ms:.0f} ms, vacía (aún sin esquema)</translation>
    </message>
    <message>
        <source>Start timedesk once (or `timedesk db upgrade`): it creates the tables.</source>
        <translation>Inicie timedesk una vez (o `timedesk db upgrade`): crea las tablas.</translation>
    </message>
    <message>
        <source>{database}, {latency_ms:.0f} ms, schema {revisions} (this version ships {shipped})</source>
        <translation>{database}, {latency_ms:.0f} ms, esquema {revisions} (esta versión trae {shipped})</translation>
    </message>
    <message>
        <source>Start timedesk once (or `timedesk db upgrade`) to bring it up to date; a newer schema means a newer timedesk wrote it: install that version.</source>
        <translation>Inicie timedesk una vez (o `timedesk db upgrade`) para ponerla al día; un esquema más nuevo significa que la escribió un timedesk más nuevo: instale esa versión.</translation>
    </message>
    <message>
        <source>{database}, {latency_ms:.0f} ms, schema up to date</source>
        <translation>{database}, {latency_ms:.0f} ms, esquema al día</translation>
    </message>
    <message>
        <source>SQLite: live updates use data_version</source>
        <translation>SQLite: las actualizaciones en directo usan data_version</translation>
    </message>
    <message>
        <source>a notification came back</source>
        <translation>la notificación ha vuelto</translation>
    </message>
    <message>
        <source>no notification came back within {seconds:.0f} s</source>
        <translation>ninguna notificación ha vuelto en {seconds:.0f} s</translation>
    </message>
    <message>
        <source>A connection pooler in transaction mode drops LISTEN: give timedesk a direct connection to PostgreSQL (see packaging/README.md).</source>
        <translation>Un agrupador de conexiones en modo transacción descarta LISTEN: dé a timedesk una conexión directa a PostgreSQL (vea packaging/README.md).</translation>
    </message>
    <message>
        <source>{host}: any free port</source>
        <translation>{host}: cualquier puerto libre</translation>
    </message>
    <message>
        <source>{host}:{port} is free</source>
        <translation>{host}:{port} está libre</translation>
    </message>
    <message>
        <source>{host}:{port} is timedesk's (already running)</source>
        <translation>{host}:{port} es de timedesk (ya está en marcha)</translation>
    </message>
    <message>
        <source>{host}:{port} is in use by another program</source>
        <translation>{host}:{port} lo está usando otro programa</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port: `timedesk config set listener.port PORT`.</source>
        <translation>Detenga ese programa o elija otro puerto: `timedesk config set listener.port PUERTO`.</translation>
    </message>
    <message>
        <source>OS keyring ({backend})</source>
        <translation>llavero del sistema ({backend})</translation>
    </message>
    <message>
        <source>UNENCRYPTED file {path}</source>
        <translation>archivo SIN CIFRAR {path}</translation>
    </message>
    <message>
        <source>A file store is less safe than the OS keyring: install a keyring (gnome-keyring, KWallet) on a desktop; on a server pass secrets as TIMEDESK_SECRET_* environment variables.</source>
        <translation>Un almacén en archivo es menos seguro que el llavero del sistema: instale un llavero (gnome-keyring, KWallet) en un equipo de escritorio; en un servidor pase los secretos como variables de entorno TIMEDESK_SECRET_*.</translation>
    </message>
    <message>
        <source>no keyring; {count} secret(s) from TIMEDESK_SECRET_* environment variables</source>
        <translation>sin llavero; {count} secreto(s) de variables de entorno TIMEDESK_SECRET_*</translation>
    </message>
    <message>
        <source>none (session only)</source>
        <translation>ninguno (solo durante la sesión)</translation>
    </message>
    <message>
        <source>Install an OS keyring (gnome-keyring, KWallet), or on a server pass secrets as TIMEDESK_SECRET_* environment variables.</source>
        <translation>Instale un llavero del sistema (gnome-keyring, KWallet) o, en un servidor, pase los secretos como variables de entorno TIMEDESK_SECRET_*.</translation>
    </message>
    <message>
        <source>not set up (smtp.host is empty)</source>
        <translation>sin configurar (smtp.host está vacío)</translation>
    </message>
    <message>
        <source>{host}:{port} answers</source>
        <translation>{host}:{port} responde</translation>
    </message>
    <message>
        <source>{host}:{port} does not answer ({error})</source>
        <translation>{host}:{port} no responde ({error})</translation>
    </message>
    <message>
        <source>Check smtp.host and smtp.port, and that a firewall lets this PC reach it.</source>
        <translation>Compruebe smtp.host y smtp.port, y que ningún cortafuegos impida a este PC llegar a él.</translation>
    </message>
    <message>
        <source>present: {present}; not set: {missing}</source>
        <translation>presentes: {present}; sin definir: {missing}</translation>
    </message>
    <message>
        <source>not set: {missing}</source>
        <translation>sin definir: {missing}</translation>
    </message>
    <message>
        <source>present: {present}</source>
        <translation>presentes: {present}</translation>
    </message>
    <message>
        <source>Only needed for the modules that use them: set them in File &gt; Settings in the app, or `timedesk secret set NAME`.</source>
        <translation>Solo los necesitan los módulos que los usan: defínalos en Archivo &gt; Configuración en la aplicación, o con `timedesk secret set NOMBRE`.</translation>
    </message>
    <message>
        <source>{free_gb:.1f} GB free in {folder}</source>
        <translation>{free_gb:.1f} GB libres en {folder}</translation>
    </message>
    <message>
        <source>Free some space: the database, logs and reports are written there.</source>
        <translation>Libere espacio: ahí se escriben la base de datos, los registros y los informes.</translation>
    </message>
    <message>
        <source>Free some space before it runs out.</source>
        <translation>Libere espacio antes de que se agote.</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>ningún dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>Only the lobby display plays sound: connect speakers or a screen with sound to that PC.</source>
        <translation>Solo la pantalla de sala reproduce sonido: conecte altavoces o una pantalla con sonido a ese PC.</translation>
    </message>
    <message>
        <source>sudo apt-get install libpulse0</source>
        <translation>sudo apt-get install libpulse0</translation>
    </message>
    <message>
        <source>no printer</source>
        <translation>ninguna impresora</translation>
    </message>
    <message>
        <source>Only the reception's ticket printing needs one: add the printer to this PC's system settings.</source>
        <translation>Solo la impresión de tickets de recepción necesita una: añada la impresora en la configuración del sistema de este PC.</translation>
    </message>
    <message>
        <source>Install the libraries the Qt libraries check names.</source>
        <translation>Instale las bibliotecas que indica la comprobación Bibliotecas de Qt.</translation>
    </message>
    <message>
        <source>Qt&apos;s multimedia module does not load ({error})</source>
        <translation>El módulo multimedia de Qt no se carga ({error})</translation>
    </message>
    <message>
        <source>{count} output(s), default: {default}</source>
        <translation>{count} salida(s); predeterminada: {default}</translation>
    </message>
    <message>
        <source>{count} printer(s), default: {default}</source>
        <translation>{count} impresora(s); predeterminada: {default}</translation>
    </message>
    <message>
        <source>Qt does not load ({error})</source>
        <translation>Qt no se carga ({error})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This section could not be opened; see the log file.</source>
        <translation>Esta sección no se ha podido abrir; consulte el archivo de registro.</translation>
    </message>
    <message>
        <source>You can see these settings; only an administrator or a manager can change them.</source>
        <translation>Puede ver esta configuración; solo un administrador o un gerente puede cambiarla.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The page “{page}” has unsaved changes.</source>
        <translation>La página «{page}» tiene cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
</TS>
