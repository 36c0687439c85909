<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnswerDelegate</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="185"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop/preflight/gui/models.py" line="89"/>
        <source>{status} (checked by you)</source>
        <translation>{status} (comprobado por ti)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/models.py" line="91"/>
        <source>{points} of {max}</source>
        <translation>{points} de {max}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/models.py" line="100"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/models.py" line="100"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/models.py" line="100"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="259"/>
        <source>The pasted text was cut to {count} characters.</source>
        <translation>El texto pegado se recortó a {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="343"/>
        <source>Use a template</source>
        <translation>Usar una plantilla</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="344"/>
        <source>Replace your subject and body with this template?</source>
        <translation>¿Sustituir tu asunto y tu mensaje por esta plantilla?</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="362"/>
        <source>Copied. Paste it into LinkedIn&apos;s InMail window.</source>
        <translation>Copiado. Pégalo en la ventana de InMail de LinkedIn.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="368"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="368"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="379"/>
        <source>{count} / {advised} characters (LinkedIn allows 200)</source>
        <translation>{count} / {advised} caracteres (LinkedIn admite 200)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="385"/>
        <source>{words} words · {count} / {limit} characters</source>
        <translation>{words} palabras · {count} / {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="392"/>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="392"/>
        <source>body</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="395"/>
        <source>Not yet copied to LinkedIn: {fields}. Copy them before you send, so LinkedIn gets the text checked here.</source>
        <translation>Aún sin copiar a LinkedIn: {fields}. Cópialos antes de enviar, para que LinkedIn reciba el texto revisado aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="420"/>
        <source>Write an InMail — Preflight</source>
        <translation>Escribir un InMail — Preflight</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="421"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="422"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="423"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="424"/>
        <source>R&amp;ole</source>
        <translation>Car&amp;go</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="425"/>
        <source>Their recent &amp;post or a shared interest</source>
        <translation>Su &amp;publicación reciente o un interés en común</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="426"/>
        <source>Recipient&apos;s name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="427"/>
        <source>Recipient&apos;s company</source>
        <translation>Empresa del destinatario</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="428"/>
        <source>Recipient&apos;s role</source>
        <translation>Cargo del destinatario</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="429"/>
        <source>Recipient&apos;s recent post or shared interest</source>
        <translation>Publicación reciente del destinatario o interés en común</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="431"/>
        <source>Paste their post, or name a group, event or connection you share.</source>
        <translation>Pega su publicación, o nombra un grupo, evento o contacto que compartáis.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="433"/>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="434"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="436"/>
        <source>Start from a template filled with the recipient and your profile</source>
        <translation>Empieza con una plantilla rellenada con el destinatario y tu perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="438"/>
        <source>&amp;Subject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="439"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="440"/>
        <source>A few words naming something of theirs</source>
        <translation>Unas pocas palabras sobre algo suyo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="441"/>
        <source>&amp;Body</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="442"/>
        <source>Body</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="444"/>
        <source>A hook about them, why you write, one small ask at the end.</source>
        <translation>Un gancho sobre esa persona, por qué escribes y una petición pequeña al final.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="446"/>
        <source>Copy subject</source>
        <translation>Copiar asunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="447"/>
        <source>Copy body</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="449"/>
        <source>Copy the text to paste it into LinkedIn</source>
        <translation>Copia el texto para pegarlo en LinkedIn</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="450"/>
        <source>I sent it</source>
        <translation>Ya lo envié</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="451"/>
        <source>Record this InMail in your outreach log</source>
        <translation>Anotar este InMail en tu registro de contactos</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="452"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="453"/>
        <source>Delete this draft and start again</source>
        <translation>Borrar este borrador y empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="454"/>
        <source>Draft checks</source>
        <translation>Comprobaciones del mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer.py" line="404"/>
        <source>{over} over LinkedIn&apos;s limit</source>
        <translation>{over} por encima del límite de LinkedIn</translation>
    </message>
</context>
<context>
    <name>ComposerCommands</name>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="71"/>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="73"/>
        <source>&amp;Write an InMail…</source>
        <translation>&amp;Escribir un InMail…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="75"/>
        <source>Write the message, checked against the guide and your profile</source>
        <translation>Escribe el mensaje, revisado según la guía y tu perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="131"/>
        <source>Your message is not saved: {reason}</source>
        <translation>Tu mensaje no está guardado: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="144"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="145"/>
        <source>Throw away this message and the recipient&apos;s details?</source>
        <translation>¿Descartar este mensaje y los datos del destinatario?</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="186"/>
        <source>Could not record the send: {reason}</source>
        <translation>No se pudo anotar el envío: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_commands.py" line="189"/>
        <source>Recorded in your outreach log.</source>
        <translation>Anotado en tu registro de contactos.</translation>
    </message>
</context>
<context>
    <name>Continuation</name>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="75"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="78"/>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="78"/>
        <source>{n} minutes ago</source>
        <translation>hace {n} minutos</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="81"/>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="81"/>
        <source>{n} hours ago</source>
        <translation>hace {n} horas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="83"/>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="83"/>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/continuation.py" line="112"/>
        <source>Your edits from {when} are back. Reset to imported puts the original text back.</source>
        <translation>Tus cambios de {when} han vuelto. «Restablecer lo importado» devuelve el texto original.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="30"/>
        <source>Open a LinkedIn profile</source>
        <translation>Abrir un perfil de LinkedIn</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="32"/>
        <source>Profiles (*.zip *.pdf *.json *.txt);;All files (*)</source>
        <translation>Perfiles (*.zip *.pdf *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="42"/>
        <source>Open an extracted LinkedIn export</source>
        <translation>Abrir una exportación de LinkedIn descomprimida</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="51"/>
        <source>Import a settings preset</source>
        <translation>Importar un ajuste predefinido</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="53"/>
        <source>Presets (*.json *.toml)</source>
        <translation>Ajustes predefinidos (*.json *.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="66"/>
        <source>Attach your profile photo</source>
        <translation>Adjuntar tu foto de perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="68"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="106"/>
        <source>Your edits are not saved</source>
        <translation>Tus cambios no están guardados</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="110"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="114"/>
        <source>C&amp;opy to the clipboard</source>
        <translation>C&amp;opiar al portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="134"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="148"/>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/dialogs.py" line="153"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DraftChecksView</name>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="205"/>
        <source>{check} — {status}</source>
        <translation>{check} — {status}</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="66"/>
        <source>Your edits are not saved: Preflight cannot write to {folder} ({reason}). They are kept while Preflight stays open; when you close it you can save them to another file or copy them.</source>
        <translation>Tus cambios no están guardados: Preflight no puede escribir en {folder} ({reason}). Se conservan mientras Preflight siga abierto; al cerrarlo podrás guardarlos en otro archivo o copiarlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="73"/>
        <source>Your edits are not saved: {reason}</source>
        <translation>Tus cambios no están guardados: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="100"/>
        <source>Your edits to {name} could not be saved ({reason}). Save them to a file or copy them before they are gone?</source>
        <translation>No se pudieron guardar tus cambios en {name} ({reason}). ¿Quieres guardarlos en un archivo o copiarlos antes de que se pierdan?</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="113"/>
        <source>Save your edits</source>
        <translation>Guardar tus cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="115"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="133"/>
        <source>Cannot save your edits to {path}: {reason}.</source>
        <translation>No se pueden guardar tus cambios en {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="136"/>
        <source>Choose a folder you can write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="146"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="148"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="169"/>
        <source>Preflight uses what it could read and the defaults for the rest. To go back to a kept file, quit Preflight, fix it and give it its old name again.</source>
        <translation>Preflight usa lo que pudo leer y los valores predeterminados para el resto. Para volver a un archivo conservado, cierra Preflight, corrígelo y devuélvele su nombre original.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="187"/>
        <source>Your preferences ({path})</source>
        <translation>Tus preferencias ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="189"/>
        <source>Your checklist settings ({path})</source>
        <translation>Los ajustes de tu lista de comprobación ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="191"/>
        <source>The saved window size ({path})</source>
        <translation>El tamaño guardado de la ventana ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="193"/>
        <source>Your saved edits for this profile ({path})</source>
        <translation>Los cambios guardados de este perfil ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="195"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="196"/>
        <source>it is far too big</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="197"/>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="198"/>
        <source>it is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="200"/>
        <source>{what} could not be used as it was: {why}.</source>
        <translation>{what}: no se pudo usar tal como estaba porque {why}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="204"/>
        <source>The file is kept as {kept}.</source>
        <translation>El archivo se conserva como {kept}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_keeper.py" line="206"/>
        <source>It could not be moved aside and was left as it is.</source>
        <translation>No se pudo apartar y se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>DraftPreviewDialog</name>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="147"/>
        <source>Suggested headline</source>
        <translation>Titular sugerido</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="149"/>
        <source>Suggested About</source>
        <translation>Acerca de sugerido</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="150"/>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="151"/>
        <source>&amp;Suggested</source>
        <translation>&amp;Sugerido</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="152"/>
        <source>Your text now, removed words struck through</source>
        <translation>Tu texto actual, con las palabras que se quitan tachadas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="153"/>
        <source>Suggested text, new words underlined</source>
        <translation>Texto sugerido, con las palabras nuevas subrayadas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="156"/>
        <source>Struck-through words would go; underlined words are new ({removed} removed, {added} added). Use it as it is, edit it first, or cancel.</source>
        <translation>Las palabras tachadas se quitarían; las subrayadas son nuevas ({removed} quitadas, {added} añadidas). Úsalo tal cual, edítalo antes o cancela.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="160"/>
        <source>&amp;Use this draft</source>
        <translation>&amp;Usar este borrador</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/draft_preview.py" line="161"/>
        <source>&amp;Edit before using</source>
        <translation>&amp;Editar antes de usarlo</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../desktop/preflight/gui/edit_commands.py" line="57"/>
        <source>Copied. Paste it into your LinkedIn profile.</source>
        <translation>Copiado. Pégalo en tu perfil de LinkedIn.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/edit_commands.py" line="68"/>
        <location filename="../../desktop/preflight/gui/edit_commands.py" line="88"/>
        <source>Reset to imported</source>
        <translation>Restablecer lo importado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/edit_commands.py" line="69"/>
        <source>Throw away your edits to the headline and About and use the imported text?</source>
        <translation>¿Descartar tus cambios en el titular y el Acerca de y usar el texto importado?</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/edit_commands.py" line="84"/>
        <source>Throw away your edits to the headline and use the imported text?</source>
        <translation>¿Descartar tus cambios en el titular y usar el texto importado?</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/edit_commands.py" line="86"/>
        <source>Throw away your edits to the About and use the imported text?</source>
        <translation>¿Descartar tus cambios en el Acerca de y usar el texto importado?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/preflight/gui/errors.py" line="38"/>
        <source>Your edits could not be saved, but they are still in the window: copy them before you close Preflight. Copy the details if you report this.</source>
        <translation>No se pudieron guardar tus cambios, pero siguen en la ventana: cópialos antes de cerrar Preflight. Copia los detalles si informas del problema.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/errors.py" line="55"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ha ocurrido algo inesperado.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/errors.py" line="44"/>
        <source>Your edits are saved and your profile is still open, so you can keep working. If it happens again, copy the details and send them to the developers.</source>
        <translation>Tus cambios están guardados y tu perfil sigue abierto, así que puedes seguir trabajando. Si vuelve a ocurrir, copia los detalles y envíalos a los desarrolladores.</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <location filename="../../desktop/preflight/gui/drops.py" line="60"/>
        <source>Open a profile first, then drop your photo.</source>
        <translation>Abre primero un perfil y después suelta tu foto.</translation>
    </message>
</context>
<context>
    <name>FindingBar</name>
    <message>
        <location filename="../../desktop/preflight/gui/finding_bar.py" line="64"/>
        <source>Next finding (F8)</source>
        <translation>Siguiente aviso (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/finding_bar.py" line="65"/>
        <source>Go to the next marked finding</source>
        <translation>Ir al siguiente aviso marcado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/finding_bar.py" line="72"/>
        <source>1 finding marked in the text with a wavy underline and a dotted box. Point at it, click it or press F8 to read it and fix it.</source>
        <translation>1 aviso marcado en el texto con un subrayado ondulado y un recuadro de puntos. Señálalo, haz clic en él o pulsa F8 para leerlo y corregirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/finding_bar.py" line="77"/>
        <source>{count} findings marked in the text with a wavy underline and a dotted box. Point at one, click it or press F8 to read it and fix it.</source>
        <translation>{count} avisos marcados en el texto con un subrayado ondulado y un recuadro de puntos. Señala uno, haz clic en él o pulsa F8 para leerlo y corregirlo.</translation>
    </message>
</context>
<context>
    <name>FoldedTextEdit</name>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="104"/>
        <source>Fix: {fix} (Ctrl+.)</source>
        <translation>Corrección: {fix} (Ctrl+.)</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../desktop/preflight/gui/history_recorder.py" line="47"/>
        <source>Could not keep the score history: {error}</source>
        <translation>No se pudo guardar el historial de puntuaciones: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/history_recorder.py" line="53"/>
        <source>The score history file was damaged; it was set aside as {name} and a new one started.</source>
        <translation>El archivo del historial de puntuaciones estaba dañado; se ha apartado como {name} y se ha empezado uno nuevo.</translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <location filename="../../desktop/preflight/gui/keyboard_commands.py" line="32"/>
        <source>Nothing blocks InMail.</source>
        <translation>Nada bloquea el InMail.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/keyboard_commands.py" line="58"/>
        <source>Copied the {section} section.</source>
        <translation>Sección {section} copiada.</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <location filename="../../desktop/preflight/gui/settings_preview.py" line="50"/>
        <source>Could not save the settings: {error}</source>
        <translation>No se pudo guardar la configuración: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_preview.py" line="60"/>
        <source>Open a profile to see its verdict change as you edit these values.</source>
        <translation>Abre un perfil para ver cómo cambia su veredicto al editar estos valores.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_preview.py" line="62"/>
        <source>ready to send InMail</source>
        <translation>listo para enviar InMail</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_preview.py" line="64"/>
        <source>not ready yet ({count} blocking)</source>
        <translation>aún no está listo ({count} lo bloquean)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_preview.py" line="66"/>
        <source>With these values: {score}/100, {state}.</source>
        <translation>Con estos valores: {score}/100, {state}.</translation>
    </message>
</context>
<context>
    <name>LogInMailForm</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="43"/>
        <source>Log an InMail</source>
        <translation>Registrar un InMail</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="45"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="46"/>
        <source>Name of the person</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="48"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="53"/>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="55"/>
        <source>Message as sent</source>
        <translation>Mensaje tal como se envió</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="56"/>
        <source>Optional: paste the message to learn from it</source>
        <translation>Opcional: pega el mensaje para aprender de él</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="58"/>
        <source>Add to Log</source>
        <translation>Añadir al registro</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="59"/>
        <source>Add to log</source>
        <translation>Añadir al registro</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="62"/>
        <source>Form problem</source>
        <translation>Problema del formulario</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="66"/>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="67"/>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="68"/>
        <source>Sent &amp;on:</source>
        <translation>Enviado &amp;el:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="69"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="84"/>
        <source>An InMail needs a recipient and a subject.</source>
        <translation>Un InMail necesita un destinatario y un asunto.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_form.py" line="87"/>
        <source>The message is too long for an InMail.</source>
        <translation>El mensaje es demasiado largo para un InMail.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="272"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="325"/>
        <source>The clipboard holds no text. Copy your LinkedIn profile page first.</source>
        <translation>El portapapeles no tiene texto. Copia primero la página de tu perfil de LinkedIn.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="363"/>
        <location filename="../../desktop/preflight/gui/main_window.py" line="410"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="446"/>
        <location filename="../../desktop/preflight/gui/main_window.py" line="455"/>
        <source>Can&apos;t open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="452"/>
        <source>Preflight could not read {name}.</source>
        <translation>Preflight no pudo leer {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="453"/>
        <source>Whatever you had open stays open. Copy the details if you report this.</source>
        <translation>Lo que tenías abierto sigue abierto. Copia los detalles si informas del problema.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="508"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ha ocurrido algo inesperado.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="510"/>
        <source>Your profile and your edits are still here. Copy the details if you report this.</source>
        <translation>Tu perfil y tus cambios siguen aquí. Copia los detalles si informas del problema.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="538"/>
        <source>Could not save your settings: {error}</source>
        <translation>No se pudieron guardar tus ajustes: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/main_window.py" line="552"/>
        <source>Could not save your preferences: {error}</source>
        <translation>No se pudieron guardar tus preferencias: {error}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop/preflight/gui/outcome_dialogs.py" line="20"/>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outcome_dialogs.py" line="22"/>
        <source>Saved your report as {name}.</source>
        <translation>Tu informe se ha guardado como {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outcome_dialogs.py" line="28"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outcome_dialogs.py" line="31"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>OutreachCommands</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_commands.py" line="41"/>
        <source>&amp;InMail</source>
        <translation>&amp;InMail</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_commands.py" line="42"/>
        <source>&amp;Credits and Replies…</source>
        <translation>&amp;Créditos y respuestas…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_commands.py" line="43"/>
        <source>Your &amp;Plan…</source>
        <translation>Tu &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_commands.py" line="66"/>
        <source>Cannot open the outreach log.</source>
        <translation>No se puede abrir el registro de InMails.</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="52"/>
        <source>Import messages from a LinkedIn export</source>
        <translation>Importar mensajes de una exportación de LinkedIn</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="60"/>
        <source>LinkedIn export (*.zip);;All files (*)</source>
        <translation>Exportación de LinkedIn (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="104"/>
        <source>Credits &amp; Replies</source>
        <translation>Créditos y respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="143"/>
        <source>Outreach log notice</source>
        <translation>Aviso del registro de InMails</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="144"/>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="145"/>
        <source>Dismiss the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="154"/>
        <source>Credits today</source>
        <translation>Créditos hoy</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="156"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="157"/>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="158"/>
        <source>Choose your plan</source>
        <translation>Elige tu plan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="161"/>
        <source>Credits available today</source>
        <translation>Créditos disponibles hoy</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="167"/>
        <source>Credits that expire</source>
        <translation>Créditos que caducan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="170"/>
        <source>InMails whose credit an answer would return</source>
        <translation>InMails cuyo crédito devolvería una respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="173"/>
        <source>Credits refunded so far</source>
        <translation>Créditos reembolsados hasta ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="175"/>
        <source>Sends the plan could not pay for</source>
        <translation>Envíos que el plan no podía pagar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="194"/>
        <source>What works for you</source>
        <translation>Lo que te funciona</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="197"/>
        <source>Share of your InMails that got an answer. A bar needs at least {count} InMails.</source>
        <translation>Parte de tus InMails que recibieron respuesta. Una barra necesita al menos {count} InMails.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="212"/>
        <source>Your InMails</source>
        <translation>Tus InMails</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="214"/>
        <source>Import Messages from Export…</source>
        <translation>Importar mensajes de la exportación…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="215"/>
        <source>Import messages from export</source>
        <translation>Importar mensajes de la exportación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="218"/>
        <source>From the Export’s ZIP File…</source>
        <translation>Desde el archivo ZIP de la exportación…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="220"/>
        <source>From an Extracted Export Folder…</source>
        <translation>Desde una carpeta de exportación descomprimida…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="224"/>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="226"/>
        <source>Outreach log</source>
        <translation>Registro de InMails</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="242"/>
        <source>Double-click an answer to change it.</source>
        <translation>Haz doble clic en una respuesta para cambiarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="254"/>
        <source>Subject length</source>
        <translation>Longitud del asunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="255"/>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="256"/>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="269"/>
        <source>Personalised</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="257"/>
        <source>Day sent</source>
        <translation>Día de envío</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="262"/>
        <source>Up to 40 characters</source>
        <translation>Hasta 40 caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="263"/>
        <source>41–60 characters</source>
        <translation>41–60 caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="264"/>
        <source>Over 60 characters</source>
        <translation>Más de 60 caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="265"/>
        <source>Under 50 words</source>
        <translation>Menos de 50 palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="266"/>
        <source>50–100 words</source>
        <translation>50–100 palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="267"/>
        <source>101–200 words</source>
        <translation>101–200 palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="268"/>
        <source>Over 200 words</source>
        <translation>Más de 200 palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="270"/>
        <source>Not personalised</source>
        <translation>No personalizado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="271"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="305"/>
        <source>Choose your LinkedIn plan to see your credits.</source>
        <translation>Elige tu plan de LinkedIn para ver tus créditos.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="316"/>
        <source>Your plan is no longer listed; choose it again.</source>
        <translation>Tu plan ya no figura en la lista; vuelve a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="320"/>
        <source>{plan}, since {date}: {count} credits a month</source>
        <translation>{plan}, desde el {date}: {count} créditos al mes</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="325"/>
        <source>1 credit available on {date}</source>
        <translation>1 crédito disponible el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="327"/>
        <source>{count} credits available on {date}</source>
        <translation>{count} créditos disponibles el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="332"/>
        <source>1 expires on {date}</source>
        <translation>1 caduca el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="334"/>
        <source>{count} expire on {date}</source>
        <translation>{count} caducan el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="342"/>
        <source>1 more expires later, on {date}</source>
        <translation>1 más caduca después, el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="344"/>
        <source>{count} more expire later, the last on {date}</source>
        <translation>{count} más caducan después, los últimos el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="348"/>
        <source>No credits are waiting to expire.</source>
        <translation>No hay créditos pendientes de caducar.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="353"/>
        <source>1 InMail is still inside the {days}-day refund window; an answer by the day shown returns its credit:</source>
        <translation>1 InMail sigue dentro del plazo de reembolso de {days} días; una respuesta hasta el día indicado devuelve su crédito:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="358"/>
        <source>{count} InMails are still inside the {days}-day refund window; an answer by the day shown returns the credit:</source>
        <translation>{count} InMails siguen dentro del plazo de reembolso de {days} días; una respuesta hasta el día indicado devuelve el crédito:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="367"/>
        <source>{recipient}, sent {sent}: answer by {closes}</source>
        <translation>{recipient}, enviado el {sent}: respuesta hasta el {closes}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="375"/>
        <source>Credits refunded so far: {count}</source>
        <translation>Créditos reembolsados hasta ahora: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="380"/>
        <source>1 logged InMail could not have been paid from this plan&apos;s credits: check the plan and its start day.</source>
        <translation>1 InMail registrado no se pudo pagar con los créditos de este plan: revisa el plan y su día de inicio.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="385"/>
        <source>{count} logged InMails could not have been paid from this plan&apos;s credits: check the plan and its start day.</source>
        <translation>{count} InMails registrados no se pudieron pagar con los créditos de este plan: revisa el plan y su día de inicio.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="416"/>
        <source>Logged the InMail to {name}.</source>
        <translation>InMail a {name} registrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="428"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="434"/>
        <source>Importing messages…</source>
        <translation>Importando mensajes…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="445"/>
        <source>InMails added: {count}.</source>
        <translation>InMails añadidos: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="446"/>
        <source>Answers found: {count}.</source>
        <translation>Respuestas encontradas: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="450"/>
        <source>Already in the log: {count}.</source>
        <translation>Ya estaban en el registro: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="454"/>
        <source>Unreadable rows skipped: {count}.</source>
        <translation>Filas ilegibles omitidas: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="476"/>
        <source>Preflight could not import {name}.</source>
        <translation>Preflight no pudo importar {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_view.py" line="477"/>
        <source>Your log is unchanged.</source>
        <translation>Tu registro no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <location filename="../../desktop/preflight/gui/photo_commands.py" line="57"/>
        <source>Looking at {name}…</source>
        <translation>Analizando {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/photo_commands.py" line="79"/>
        <source>Save cropped copy</source>
        <translation>Guardar copia recortada</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/photo_commands.py" line="81"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/photo_commands.py" line="87"/>
        <source>Choose a new file name; the original is never overwritten.</source>
        <translation>Elige un nombre de archivo nuevo; el original nunca se sobrescribe.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/photo_commands.py" line="94"/>
        <source>Saved {name}.</source>
        <translation>Guardado {name}.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../desktop/preflight/gui/photo_view.py" line="71"/>
        <source>No photo attached</source>
        <translation>No hay ninguna foto adjunta</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/photo_view.py" line="75"/>
        <source>Your photo as a circle crop; faces found: {faces}</source>
        <translation>Tu foto recortada en círculo; caras encontradas: {faces}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/photo_view.py" line="89"/>
        <source>No photo attached. Attach your photo file to check its size, framing and light, and to see it as the circle LinkedIn shows.</source>
        <translation>No hay ninguna foto adjunta. Adjunta el archivo de tu foto para comprobar su tamaño, encuadre y luz, y verla en el círculo que muestra LinkedIn.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="39"/>
        <source>Your LinkedIn plan</source>
        <translation>Tu plan de LinkedIn</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="43"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="47"/>
        <source>Plan start day</source>
        <translation>Día de inicio del plan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="48"/>
        <source>New credits arrive on this day of every month.</source>
        <translation>Los créditos nuevos llegan este día de cada mes.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="55"/>
        <source>Credits each month</source>
        <translation>Créditos al mes</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="56"/>
        <source>Days a credit lasts</source>
        <translation>Días que dura un crédito</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="57"/>
        <source>Refund window in days</source>
        <translation>Plazo de reembolso en días</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="58"/>
        <source>Price of an extra credit</source>
        <translation>Precio de un crédito adicional</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="62"/>
        <source>Where these numbers come from</source>
        <translation>De dónde salen estas cifras</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="63"/>
        <source>Use the Plan&apos;s Numbers</source>
        <translation>Usar las cifras del plan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="64"/>
        <source>Use the plan&apos;s numbers</source>
        <translation>Usar las cifras del plan</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="68"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="69"/>
        <source>&amp;Started on:</source>
        <translation>&amp;Empezó el:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="70"/>
        <source>&amp;Credits each month:</source>
        <translation>&amp;Créditos al mes:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="71"/>
        <source>Credits &amp;last (days):</source>
        <translation>Los créditos &amp;duran (días):</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="72"/>
        <source>&amp;Refund window (days):</source>
        <translation>Plazo de &amp;reembolso (días):</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="73"/>
        <source>Extra credit &amp;price:</source>
        <translation>&amp;Precio del crédito adicional:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_plan.py" line="139"/>
        <source>Source: {source}. LinkedIn changes its plans; correct any number here.</source>
        <translation>Fuente: {source}. LinkedIn cambia sus planes; corrige aquí cualquier cifra.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="196"/>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="197"/>
        <source>Score &amp;over time</source>
        <translation>Puntuación a lo &amp;largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="198"/>
        <source>Section details</source>
        <translation>Detalles de la sección</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="207"/>
        <source>(no name in the file)</source>
        <translation>(el archivo no tiene nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="209"/>
        <source>LinkedIn data export</source>
        <translation>Exportación de datos de LinkedIn</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="210"/>
        <source>Text pasted from the profile page</source>
        <translation>Texto pegado de la página del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="211"/>
        <source>Profile saved as PDF</source>
        <translation>Perfil guardado como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="212"/>
        <source>JSON Resume</source>
        <translation>JSON Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="214"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="214"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="218"/>
        <source>{kind} · written in {language}</source>
        <translation>{kind} · escrito en {language}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/profile_page.py" line="227"/>
        <source>Could not read everything: {warnings}</source>
        <translation>No se pudo leer todo: {warnings}</translation>
    </message>
</context>
<context>
    <name>ReadinessBanner</name>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="135"/>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="136"/>
        <source>Print or save the readiness report</source>
        <translation>Imprimir o guardar el informe de preparación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="145"/>
        <source>No profile loaded</source>
        <translation>No hay ningún perfil cargado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="156"/>
        <source>{score}/100</source>
        <translation>{score}/100</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="158"/>
        <source>Score {score} out of 100</source>
        <translation>Puntuación: {score} de 100</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="163"/>
        <source>Ready to send InMail</source>
        <translation>Listo para enviar InMail</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="165"/>
        <source>Nothing blocks you. Every section passes or only needs polish.</source>
        <translation>Nada te frena. Todas las secciones aprueban o solo necesitan retoques.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="168"/>
        <source>Not ready to send InMail yet</source>
        <translation>Aún no está listo para enviar InMail</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="169"/>
        <source>Fix or confirm these sections first:</source>
        <translation>Corrige o confirma antes estas secciones:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="178"/>
        <source>This verdict counts edits you have not copied to LinkedIn yet ({fields}). Copy them and update your profile before sending InMail.</source>
        <translation>Este resultado cuenta con cambios que aún no has copiado a LinkedIn ({fields}). Cópialos y actualiza tu perfil antes de enviar InMail.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="193"/>
        <source>{section}: {status}</source>
        <translation>{section}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="198"/>
        <source>Show the {section} section</source>
        <translation>Mostrar la sección {section}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="207"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/banner.py" line="207"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>ReplyRateChart</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_charts.py" line="60"/>
        <source>needs {count} more</source>
        <translation>faltan {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_charts.py" line="61"/>
        <source>{percent}% of {count}</source>
        <translation>{percent}% de {count}</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../desktop/preflight/gui/report_commands.py" line="26"/>
        <source>Printing is not available in this build.</source>
        <translation>La impresión no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/report_commands.py" line="90"/>
        <source>About Preflight</source>
        <translation>Acerca de Preflight</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/report_commands.py" line="92"/>
        <source>Preflight {version}

Checks whether your LinkedIn profile is ready before you spend InMail credits, and says what to fix. Everything stays on your computer.</source>
        <translation>Preflight {version}

Comprueba si tu perfil de LinkedIn está listo antes de gastar créditos de InMail y te dice qué corregir. Todo se queda en tu ordenador.</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../desktop/preflight/printing/dialogs.py" line="78"/>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/printing/dialogs.py" line="103"/>
        <location filename="../../desktop/preflight/printing/dialogs.py" line="126"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/printing/dialogs.py" line="63"/>
        <location filename="../../desktop/preflight/printing/dialogs.py" line="118"/>
        <source>Print Report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/printing/dialogs.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../desktop/preflight/gui/score_chart.py" line="46"/>
        <source>Score history: nothing recorded yet.</source>
        <translation>Historial de puntuaciones: aún no hay nada guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/score_chart.py" line="49"/>
        <source>Score history: 1 check, {first} on {first_date}.</source>
        <translation>Historial de puntuaciones: 1 comprobación, {first} el {first_date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/score_chart.py" line="53"/>
        <source>Score history: {count} checks, from {first} on {first_date} to {last} on {last_date}.</source>
        <translation>Historial de puntuaciones: {count} comprobaciones, de {first} el {first_date} a {last} el {last_date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/score_chart.py" line="66"/>
        <source>Score over time</source>
        <translation>Puntuación a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/score_chart.py" line="109"/>
        <source>No history yet</source>
        <translation>Aún no hay historial</translation>
    </message>
</context>
<context>
    <name>SectionDetails</name>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="190"/>
        <source>What we found</source>
        <translation>Lo que encontramos</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="191"/>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="192"/>
        <source>Attach &amp;photo…</source>
        <translation>Adjuntar &amp;foto…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="193"/>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="194"/>
        <source>Save cropped copy…</source>
        <translation>Guardar copia recortada…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="199"/>
        <source>Solid box: the face found. Dotted box: the square LinkedIn shows today, seen in the first circle as visitors see it next to your InMail. Dashed box: the suggested crop, and the second circle: how it would look.</source>
        <translation>Recuadro continuo: la cara encontrada. Recuadro de puntos: el cuadrado que LinkedIn muestra hoy, visto en el primer círculo tal como lo ven junto a tu InMail. Recuadro discontinuo: el recorte sugerido, y el segundo círculo: cómo quedaría.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="207"/>
        <source>Solid box: the face found. Dotted box: the square LinkedIn shows, seen in the circle as visitors see it next to your InMail. It needs no crop.</source>
        <translation>Recuadro continuo: la cara encontrada. Recuadro de puntos: el cuadrado que muestra LinkedIn, visto en el círculo tal como lo ven junto a tu InMail. No hace falta recortarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="215"/>
        <source>I checked this myself</source>
        <translation>Lo he comprobado yo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="219"/>
        <source>Preflight cannot see this in the text you pasted. Tick the box only if you looked at your live LinkedIn profile and it is in order; the report will say you confirmed it.</source>
        <translation>Preflight no puede verlo en el texto que pegaste. Marca la casilla solo si has mirado tu perfil de LinkedIn en directo y está en orden; el informe dirá que lo confirmaste tú.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="227"/>
        <source>Preflight cannot see this in your file. Tick the box only if you looked at your live LinkedIn profile and it is in order; the report will say you confirmed it.</source>
        <translation>Preflight no puede verlo en tu archivo. Marca la casilla solo si has mirado tu perfil de LinkedIn publicado y está en orden; el informe dirá que lo confirmaste tú.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="240"/>
        <source>Select a section of the checklist</source>
        <translation>Elige una sección de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="253"/>
        <source>{section} — {status} · {points} of {max} points</source>
        <translation>{section} — {status} · {points} de {max} puntos</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="263"/>
        <source>Nothing to quote.</source>
        <translation>Nada que citar.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="265"/>
        <source>Nothing to change here.</source>
        <translation>Aquí no hay nada que cambiar.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="296"/>
        <source>Use this headline</source>
        <translation>Usar este titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/details.py" line="298"/>
        <source>Use this About draft</source>
        <translation>Usar este borrador</translation>
    </message>
</context>
<context>
    <name>SendBanner</name>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="110"/>
        <source>Write your InMail</source>
        <translation>Escribe tu InMail</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="111"/>
        <source>Open a profile, then write or pick a template.</source>
        <translation>Abre un perfil y luego escribe o elige una plantilla.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="118"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="119"/>
        <source>Your profile backs the message and no draft check fails.</source>
        <translation>Tu perfil respalda el mensaje y ninguna comprobación del mensaje falla.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="121"/>
        <source>Not ready to send yet</source>
        <translation>Aún no está listo para enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="122"/>
        <source>Fix these first:</source>
        <translation>Corrige esto antes:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="124"/>
        <source>Profile: not checked yet</source>
        <translation>Perfil: aún sin comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="128"/>
        <source>Profile · {section}: {status}</source>
        <translation>Perfil · {section}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="134"/>
        <source>{check}: {status}</source>
        <translation>{check}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="156"/>
        <source>Show this section of your profile</source>
        <translation>Mostrar esta sección de tu perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="159"/>
        <source>Show this check and the words it is about</source>
        <translation>Mostrar esta comprobación y las palabras a las que se refiere</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="140"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="140"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/composer_views.py" line="143"/>
        <source>⚠ Your profile is judged with edits not yet copied to LinkedIn ({fields}); the recipient will see LinkedIn&apos;s version. Copy them there before you send.</source>
        <translation>⚠ Tu perfil se juzga con cambios que aún no has copiado a LinkedIn ({fields}); quien lo reciba verá la versión de LinkedIn. Cópialos allí antes de enviar.</translation>
    </message>
</context>
<context>
    <name>SendsModel</name>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="67"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="68"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="69"/>
        <source>Not interested</source>
        <translation>No le interesa</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="70"/>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="72"/>
        <source>No answer yet</source>
        <translation>Sin respuesta aún</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="90"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="91"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="92"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="93"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/outreach_model.py" line="94"/>
        <source>Answered on</source>
        <translation>Respondido el</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="40"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="41"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="42"/>
        <source>Skills</source>
        <translation>Aptitudes</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="43"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="44"/>
        <source>Photo file</source>
        <translation>Archivo de la foto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="98"/>
        <source>Largest face share before a warning</source>
        <translation>Parte máxima de la cara antes de avisar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="174"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="180"/>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="188"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="189"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="190"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="236"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="239"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="240"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="212"/>
        <source>&amp;Import preset…</source>
        <translation>&amp;Importar ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="45"/>
        <source>How much each section counts in the score</source>
        <translation>Cuánto cuenta cada sección en la puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="55"/>
        <source>Longest headline LinkedIn accepts:</source>
        <translation>Titular más largo que admite LinkedIn:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="58"/>
        <source>Most emoji before a headline reads as noise:</source>
        <translation>Emojis como máximo antes de que el titular parezca ruido:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="61"/>
        <source>An About shorter than this is too thin:</source>
        <translation>Un Acerca de más corto que esto se queda escaso:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="64"/>
        <source>Longest About LinkedIn accepts:</source>
        <translation>Acerca de más largo que admite LinkedIn:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="67"/>
        <source>Characters LinkedIn shows before “see more”:</source>
        <translation>Caracteres que LinkedIn muestra antes de «ver más»:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="70"/>
        <source>Longest sentence that still reads easily:</source>
        <translation>Frase más larga que aún se lee con facilidad:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="73"/>
        <source>Skills needed to pass:</source>
        <translation>Aptitudes necesarias para aprobar:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="74"/>
        <source>Fewer skills than this fail:</source>
        <translation>Con menos aptitudes que estas, suspende:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="77"/>
        <source>Newest post no older than this passes:</source>
        <translation>Aprueba si la publicación más reciente no es más antigua que:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="80"/>
        <source>Newest post no older than this only needs work:</source>
        <translation>Solo hay que mejorar si la publicación más reciente no es más antigua que:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="83"/>
        <source>A photo with a shorter side than this fails:</source>
        <translation>Una foto con el lado corto menor que esto suspende:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="86"/>
        <source>A photo with a shorter side than this needs work:</source>
        <translation>Una foto con el lado corto menor que esto hay que mejorarla:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="89"/>
        <source>Largest photo file LinkedIn accepts:</source>
        <translation>Archivo de foto más grande que admite LinkedIn:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="92"/>
        <source>How much of the photo the face should fill:</source>
        <translation>Cuánto de la foto debería ocupar la cara:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="95"/>
        <source>A face filling less than this needs work:</source>
        <translation>Si la cara ocupa menos que esto, hay que mejorarla:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="101"/>
        <source>How much longer one side may be than the other:</source>
        <translation>Cuánto más largo puede ser un lado que el otro:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="104"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="105"/>
        <source>Headline:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="106"/>
        <source>About:</source>
        <translation>Acerca de:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="107"/>
        <source>Experience:</source>
        <translation>Experiencia:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="108"/>
        <source>Skills:</source>
        <translation>Aptitudes:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="109"/>
        <source>Posts:</source>
        <translation>Publicaciones:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="117"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="118"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="119"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="124"/>
        <source> emoji</source>
        <translation> emojis</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="128"/>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="129"/>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="130"/>
        <source> skills</source>
        <translation> aptitudes</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="213"/>
        <source>E&amp;xport preset…</source>
        <translation>E&amp;xportar ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="215"/>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;valores por defecto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="242"/>
        <source>Clear score &amp;history…</source>
        <translation>Borrar el &amp;historial de puntuaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="246"/>
        <source>Forget every score Preflight kept on this computer to draw the chart</source>
        <translation>Olvidar todas las puntuaciones que Preflight guardó en este equipo para dibujar el gráfico</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="253"/>
        <source>Score history:</source>
        <translation>Historial de puntuaciones:</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="317"/>
        <source>From {low} to {high}</source>
        <translation>De {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="370"/>
        <source>{section} {share}</source>
        <translation>{section} {share}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="376"/>
        <source>Shares of the score out of 100: {shares}.</source>
        <translation>Parte de la puntuación sobre 100: {shares}.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="392"/>
        <source>Please fix “{where}”: {problem}</source>
        <translation>Corrige «{where}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="446"/>
        <source>Clear score history</source>
        <translation>Borrar el historial de puntuaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="447"/>
        <source>Forget every recorded score of every profile? The chart starts again empty.</source>
        <translation>¿Olvidar todas las puntuaciones guardadas de todos los perfiles? El gráfico vuelve a empezar vacío.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="481"/>
        <source>Export preset</source>
        <translation>Exportar ajustes predefinidos</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="483"/>
        <source>Preset (*.json)</source>
        <translation>Ajustes predefinidos (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_dialog.py" line="492"/>
        <source>Could not save the preset.</source>
        <translation>No se pudieron guardar los ajustes predefinidos.</translation>
    </message>
</context>
<context>
    <name>SettingsMark</name>
    <message>
        <location filename="../../desktop/preflight/gui/settings_mark.py" line="62"/>
        <source>⚙ Team preset: {name}</source>
        <translation>⚙ Ajuste de equipo: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_mark.py" line="63"/>
        <source>⚙ Custom thresholds</source>
        <translation>⚙ Límites personalizados</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/settings_mark.py" line="69"/>
        <source>The checklist uses your own limits; see Settings.</source>
        <translation>La lista de comprobación usa tus propios límites; mira en Configuración.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="44"/>
        <source>Paste profile text (on the start page)</source>
        <translation>Pegar el texto del perfil (en la página de inicio)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="48"/>
        <source>Go to the next marked finding in the headline or About</source>
        <translation>Ir al siguiente aviso marcado en el titular o el Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="54"/>
        <source>Go to the previous marked finding</source>
        <translation>Ir al aviso marcado anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="58"/>
        <source>Apply the fix for the finding at the cursor</source>
        <translation>Aplicar la corrección del aviso donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="62"/>
        <source>Undo the last edit or fix</source>
        <translation>Deshacer el último cambio o corrección</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="64"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="65"/>
        <source>Move between controls</source>
        <translation>Pasar de un control a otro</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="68"/>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="69"/>
        <source>Move between sections in the checklist</source>
        <translation>Pasar de una sección a otra en la lista de comprobación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="81"/>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/shortcuts_dialog.py" line="91"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="168"/>
        <source>Is your profile ready for InMail?</source>
        <translation>¿Está tu perfil listo para InMail?</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="171"/>
        <source>Before you spend InMail credits, Preflight checks the six things a recipient looks at first (photo, headline, About, experience, skills and recent posts), shows what holds you back, and lets you fix your headline and About right here.</source>
        <translation>Antes de que gastes créditos de InMail, Preflight revisa las seis cosas que un destinatario mira primero (foto, titular, Acerca de, experiencia, aptitudes y publicaciones recientes), te muestra qué te frena y te deja corregir tu titular y tu Acerca de aquí mismo.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="176"/>
        <source>&amp;Open a profile…</source>
        <translation>&amp;Abrir un perfil…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="179"/>
        <source>A LinkedIn data export (ZIP), a profile saved as PDF, a JSON Resume or a .txt file</source>
        <translation>Una exportación de datos de LinkedIn (ZIP), un perfil guardado como PDF, un JSON Resume o un archivo .txt</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="182"/>
        <source>Open an export &amp;folder…</source>
        <translation>Abrir una &amp;carpeta exportada…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="183"/>
        <source>&amp;Paste profile text</source>
        <translation>&amp;Pegar el texto del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="185"/>
        <source>Copy everything on your LinkedIn profile page, then paste it here (Ctrl+V)</source>
        <translation>Copia todo lo que hay en la página de tu perfil de LinkedIn y pégalo aquí (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="187"/>
        <source>Try the &amp;sample</source>
        <translation>Probar el &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="190"/>
        <source>Or drop your export ZIP, PDF, JSON or text file anywhere on this window. Nothing leaves your computer.</source>
        <translation>O suelta tu ZIP exportado, PDF, JSON o archivo de texto en cualquier parte de esta ventana. Nada sale de tu ordenador.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="196"/>
        <source>To get your export: on LinkedIn open Settings &amp; Privacy → Data privacy → Get a copy of your data, and choose the larger archive (it includes your posts). Or open your profile page, select everything (Ctrl+A), copy it and paste it here.</source>
        <translation>Para conseguir tu exportación: en LinkedIn abre Configuración y privacidad → Privacidad de datos → Obtener una copia de tus datos y elige el archivo más completo (incluye tus publicaciones). O abre la página de tu perfil, selecciona todo (Ctrl+A), cópialo y pégalo aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="202"/>
        <source>&amp;Recent profiles</source>
        <translation>Perfiles &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="205"/>
        <source>&amp;Continue with {name} — edited {when}</source>
        <translation>&amp;Continuar con {name}: editado {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/start_page.py" line="133"/>
        <location filename="../../desktop/preflight/gui/start_page.py" line="208"/>
        <source>Recent profiles</source>
        <translation>Perfiles recientes</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="57"/>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="58"/>
        <source>Needs work</source>
        <translation>Mejorable</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="59"/>
        <source>Fail</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="60"/>
        <source>Unknown</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="68"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="69"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="70"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="71"/>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="72"/>
        <source>Skills</source>
        <translation>Aptitudes</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/status.py" line="73"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
</context>
<context>
    <name>TextFieldEditor</name>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="269"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="273"/>
        <source>Copy headline</source>
        <translation>Copiar el titular</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="268"/>
        <source>Your head&amp;line — edit it here</source>
        <translation>Tu titu&amp;lar: edítalo aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="271"/>
        <source>Your role, whom you help and the result they get, in one line.</source>
        <translation>Tu puesto, a quién ayudas y qué resultado consiguen, en una sola línea.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="275"/>
        <source>Your A&amp;bout — edit it here</source>
        <translation>Tu Acerca &amp;de: edítalo aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="276"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="279"/>
        <source>Whom you help and how, one result with a number, and what the reader should do next.</source>
        <translation>A quién ayudas y cómo, un resultado con una cifra y qué debería hacer ahora quien lo lee.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="283"/>
        <source>Copy About</source>
        <translation>Copiar Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="284"/>
        <source>Copy the text to paste it into LinkedIn</source>
        <translation>Copia el texto para pegarlo en LinkedIn</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="285"/>
        <source>Reset to imported</source>
        <translation>Restablecer lo importado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="286"/>
        <source>Put back the text from your file</source>
        <translation>Volver a poner el texto de tu archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="290"/>
        <source>LinkedIn shows about the first {fold} characters before “see more”; the greyed text after the marker is hidden until the reader clicks.</source>
        <translation>LinkedIn muestra unos {fold} primeros caracteres antes de «ver más»; el texto en gris tras la marca queda oculto hasta que el lector hace clic.</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="306"/>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/editors.py" line="310"/>
        <source>{over} over LinkedIn&apos;s limit</source>
        <translation>{over} por encima del límite de LinkedIn</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="129"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="130"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="134"/>
        <source>&amp;Open Profile…</source>
        <translation>&amp;Abrir perfil…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="135"/>
        <source>Open Export &amp;Folder…</source>
        <translation>Abrir carpeta de e&amp;xportación…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="136"/>
        <source>Try the &amp;Sample</source>
        <translation>Probar el &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="137"/>
        <source>&amp;Paste Profile Text</source>
        <translation>&amp;Pegar texto del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="138"/>
        <source>Attach P&amp;hoto…</source>
        <translation>Adjuntar &amp;foto…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="139"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="140"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="141"/>
        <source>&amp;Export PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="143"/>
        <source>&amp;Reset to Imported</source>
        <translation>&amp;Restablecer lo importado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="144"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="145"/>
        <source>&amp;About Preflight</source>
        <translation>&amp;Acerca de Preflight</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="146"/>
        <source>Next &amp;Blocker</source>
        <translation>Siguiente &amp;bloqueo</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="147"/>
        <source>&amp;Copy Section Text</source>
        <translation>&amp;Copiar el texto de la sección</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="148"/>
        <source>Go to the Check&amp;list</source>
        <translation>Ir a la &amp;lista de comprobación</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="149"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/preflight/gui/menus.py" line="177"/>
        <source>No recent profiles</source>
        <translation>No hay perfiles recientes</translation>
    </message>
</context>
</TS>
