"""Held-out InMail drafts, written before the draft checks were tuned on anything; never tuned on.

Each draft lists the checks that must flag it (warn or fail); every other measured check must pass.
Run this file to regenerate tests/labelled/drafts_{en,es}.jsonl together with drafts_dev.py.
"""

R = dict  # a recipient: name, company, role, post

HELDOUT = [
    # ---- English ----------------------------------------------------------------------------
    (
        "en",
        "Your warehouse slotting post",
        "Hi Priya,\n\nYour post on re-slotting fast movers at Halden Logistics made me rethink our own pick paths. "
        "Moving the top 200 SKUs closer to packing was the part I had not tried.\n\n"
        "Would you be up for a 15-minute call next week to trade notes on what worked?\n\nThanks,\nOwen",
        R(
            name="Priya Nair",
            company="Halden Logistics",
            role="Head of Warehouse Operations",
            post="Re-slotting fast movers cut our walking time by a third",
        ),
        [],
    ),
    (
        "en",
        "Quick question",
        "Hi Marcus,\n\nI saw your talk at FinOps Week about tagging cloud spend by team, and the chargeback example "
        "was the clearest I have heard.\n\nCould I send you two questions about how you rolled it out?\n\nBest,\nLena",
        R(
            name="Marcus Bell",
            company="Tallis Bank",
            role="Cloud Cost Lead",
            post="FinOps Week talk on chargeback",
        ),
        ["subject"],
    ),
    (
        "en",
        "Hello",
        "Dear Sofia,\n\nI hope this message finds you well. I am reaching out because I help companies improve "
        "their hiring. We have worked with many clients and have great results.\n\n"
        "Would you be open to a quick call?\n\nRegards,\nTom",
        R(name="Sofia Marin", company="Brightpath", role="Talent Director", post=""),
        ["subject", "personalisation"],
    ),
    (
        "en",
        "Your note on nurse scheduling at St Aidan's",
        "Hi Grace,\n\nYour comment about self-scheduling for night shifts at St Aidan's stuck with me; we saw the "
        "same drop in last-minute swaps when we let nurses pick blocks.\n\nThanks for sharing it.\n\nBest,\nRuth",
        R(
            name="Grace Okafor",
            company="St Aidan's Hospital",
            role="Nurse Manager",
            post="Self-scheduling for night shifts",
        ),
        ["ask"],
    ),
    (
        "en",
        "[Company] and faster onboarding",
        "Hi [First Name],\n\nI noticed your team at [Company] is hiring ten engineers this quarter. Onboarding that "
        "many people at once is hard.\n\nWould a 15-minute call next week be useful?\n\nCheers,\nDev",
        R(name="Ana Ruiz", company="Northwind", role="VP Engineering", post=""),
        ["personalisation", "placeholders"],
    ),
    (
        "en",
        "Your post on pricing pages",
        "Hi Ben,\n\nYour post about removing the enterprise tier from the Klimt pricing page was bold. "
        "We did the same and it was AMAZING!!! Our GUARANTEED RESULTS TOOLKIT can 10x your conversions, "
        "limited time only.\n\nWant a quick demo?\n\nJay",
        R(
            name="Ben Ortiz",
            company="Klimt",
            role="Head of Growth",
            post="Why we removed our enterprise tier",
        ),
        ["tone"],
    ),
    (
        "en",
        "The audit checklist you shared",
        "Hi Hannah,\n\nThe SOC 2 audit checklist you shared in the Security Leaders group saved me a week. "
        "I turned it into a tracker for our smaller team.\n\n"
        "Would you like a copy? And could we also meet for an hour to walk through your evidence process? "
        "And would you introduce me to your auditor?\n\nThanks,\nMo",
        R(name="Hannah Lee", company="Orbit Health", role="CISO", post="Our SOC 2 audit checklist"),
        ["ask"],
    ),
    (
        "en",
        "Your Q3 churn numbers",
        "Hi Carla,\n\nYour post showing Q3 churn falling after you added in-app onboarding at Pollen was great.\n\n"
        "Would you be open to a two-hour workshop with my team to go through your full playbook?\n\nBest,\nIvy",
        R(
            name="Carla Diaz",
            company="Pollen",
            role="Head of Customer Success",
            post="Q3 churn fell 4 points",
        ),
        ["ask"],
    ),
    (
        "en",
        "Thoughts on your cold-chain article",
        "Hi Rahul,\n\nI read your article on cold-chain monitoring for vaccine shipments at Medivo. "
        "The point about sensor battery life surprised me.\n\nWhat would you do differently if you started again?\n\nAnna",
        R(
            name="Rahul Mehta",
            company="Medivo",
            role="Supply Chain Director",
            post="Cold-chain monitoring",
        ),
        [],
    ),
    (
        "en",
        "Introduction",
        "Hello,\n\nMy name is Chris and I work in sales. I wanted to reach out and connect with you. "
        "Let me know if you have time to talk sometime.\n\nChris",
        R(name="Dana Fox", company="Pinecrest", role="COO", post=""),
        ["subject", "personalisation"],
    ),
    (
        "en",
        "Your team's migration to Postgres",
        "Hi Ola,\n\nYour engineering blog post on moving Fernway's billing service from MySQL to Postgres answered "
        "a question we have argued about for months.\n\n"
        + "We are a team of eight, " * 40
        + "\n\nCould we talk for 15 minutes?\n\nSam",
        R(
            name="Ola Berg",
            company="Fernway",
            role="Staff Engineer",
            post="Moving billing to Postgres",
        ),
        ["length"],
    ),
    (
        "en",
        "Your keynote on accessible forms",
        "Hi Mei,\n\nYour keynote at a11yConf on accessible error messages in forms changed how our team writes "
        "validation text.\n\nIf you have a minute, I would love your opinion on one of our sign-up forms: "
        "is it worth fixing the inline hints first?\n\nThanks,\nPaul",
        R(name="Mei Chen", company="Formly", role="Accessibility Lead", post="a11yConf keynote"),
        [],
    ),
    (
        "en",
        "Following up",
        "Hi Jo,\n\nSaw that Greenleaf just opened a second bakery in Leeds, congratulations. "
        "We supply flour to three independent bakeries nearby.\n\nWould a short call next Tuesday work?\n\nKate",
        R(
            name="Jo Hart",
            company="Greenleaf",
            role="Owner",
            post="Our second bakery opens in Leeds",
        ),
        ["subject"],
    ),
    (
        "en",
        "Your ESG reporting thread",
        "Hi Tariq,\n\nYour thread on Scope 3 estimates for mid-size manufacturers was the most practical I have read.\n\n"
        "Buy our ESG platform today and get 20% off the annual licence. Sign up at our site before Friday!\n\nLiam",
        R(
            name="Tariq Aziz",
            company="Norcast",
            role="Sustainability Manager",
            post="Scope 3 estimates",
        ),
        ["tone", "ask"],
    ),
    (
        "en",
        "Your post on teacher workload",
        "Hi Ms Patel,\n\nYour post about cutting marking time with whole-class feedback at Ridgeway School "
        "matched what we found in our trust.\n\nWould you share how you introduced it to your department? "
        "A short reply would help a lot.\n\nThanks,\nOmar",
        R(
            name="Nita Patel",
            company="Ridgeway School",
            role="Head of English",
            post="Whole-class feedback",
        ),
        [],
    ),
    (
        "en",
        "",
        "Hi Leo,\n\nYour talk on zero-downtime deploys at Stackly was excellent.\n\n"
        "Would you be open to a 10-minute call about your rollback checks?\n\nMia",
        R(name="Leo Park", company="Stackly", role="SRE Manager", post="Zero-downtime deploys"),
        ["subject"],
    ),
    (
        "en",
        "Your recent webinar on AP automation",
        "Hi {{first_name}},\n\nI watched your webinar on accounts payable automation and liked the part on "
        "three-way matching.\n\nCould we find 15 minutes next week?\n\nRegards,\nElla",
        R(
            name="Sara Lind",
            company="Kaldor",
            role="Finance Director",
            post="AP automation webinar",
        ),
        ["placeholders"],
    ),
    (
        "en",
        "Your podcast episode on field sales",
        "Hi Victor,\n\nI hope you're doing well. Your episode of Road Warriors about planning field sales routes "
        "around customer hours was full of ideas I had not heard.\n\n"
        "Would you be open to a 15-minute chat about it?\n\nNoah",
        R(
            name="Victor Hale",
            company="Road Warriors",
            role="Host",
            post="Planning field sales routes",
        ),
        ["personalisation"],
    ),
    # ---- Spanish -----------------------------------------------------------------------------
    (
        "es",
        "Tu publicación sobre mermas en tienda",
        "Hola Marta:\n\nTu publicación sobre cómo redujisteis las mermas de fruta en Frescor con pedidos diarios "
        "me hizo replantear nuestros pedidos semanales.\n\n¿Te parece una llamada de 15 minutos la semana que viene "
        "para contarme qué os funcionó?\n\nUn saludo,\nJavier",
        R(
            name="Marta Gil",
            company="Frescor",
            role="Directora de compras",
            post="Mermas de fruta y pedidos diarios",
        ),
        [],
    ),
    (
        "es",
        "Pregunta rápida",
        "Hola Andrés:\n\nVi tu charla en el Congreso de Logística sobre rutas de última milla en Madrid y la parte "
        "de las ventanas horarias me pareció muy útil.\n\n¿Podría enviarte dos preguntas sobre cómo lo medisteis?\n\n"
        "Gracias,\nElena",
        R(
            name="Andrés Vidal",
            company="Rutalia",
            role="Jefe de operaciones",
            post="Última milla en Madrid",
        ),
        ["subject"],
    ),
    (
        "es",
        "Hola",
        "Estimada Laura:\n\nEspero que se encuentre bien. Me pongo en contacto con usted porque ayudamos a empresas "
        "a mejorar sus procesos. Tenemos mucha experiencia y grandes resultados.\n\n"
        "¿Le parece que hablemos?\n\nAtentamente,\nRoberto",
        R(name="Laura Sanz", company="Grupo Hiedra", role="Directora financiera", post=""),
        ["subject", "personalisation"],
    ),
    (
        "es",
        "Tu comentario sobre guardias de enfermería",
        "Hola Pilar:\n\nTu comentario sobre las guardias de fin de semana en el Hospital del Sur me recordó lo que "
        "vivimos el año pasado con los cambios de turno.\n\nGracias por compartirlo.\n\nUn abrazo,\nIrene",
        R(
            name="Pilar Ruiz",
            company="Hospital del Sur",
            role="Supervisora de enfermería",
            post="Guardias de fin de semana",
        ),
        ["ask"],
    ),
    (
        "es",
        "Propuesta para [Empresa]",
        "Hola [Nombre]:\n\nHe visto que en [Empresa] estáis contratando a diez comerciales este trimestre.\n\n"
        "¿Te encajaría una llamada de 15 minutos?\n\nSaludos,\nPablo",
        R(name="Sergio Mora", company="Norvia", role="Director comercial", post=""),
        ["subject", "personalisation", "placeholders"],
    ),
    (
        "es",
        "Tu artículo sobre precios dinámicos",
        "Hola Nuria:\n\nTu artículo sobre precios dinámicos en Viajes Alba me pareció muy claro. "
        "¡¡¡Nuestra herramienta REVOLUCIONARIA TE GARANTIZA RESULTADOS INCREÍBLES!!! Oferta por tiempo limitado.\n\n"
        "¿Hablamos?\n\nDavid",
        R(
            name="Nuria Prat",
            company="Viajes Alba",
            role="Revenue Manager",
            post="Precios dinámicos",
        ),
        ["tone"],
    ),
    (
        "es",
        "La plantilla de auditoría que compartiste",
        "Hola Jorge:\n\nLa plantilla de auditoría interna que compartiste en el grupo Calidad ISO me ahorró días.\n\n"
        "¿Te la puedo devolver mejorada? ¿Y podríamos reunirnos una hora para revisar tu proceso? "
        "¿Y me presentarías a tu auditor?\n\nGracias,\nAna",
        R(
            name="Jorge Lago",
            company="Metalúrgica Norte",
            role="Responsable de calidad",
            post="Plantilla de auditoría",
        ),
        ["ask"],
    ),
    (
        "es",
        "Tus datos de rotación del tercer trimestre",
        "Hola Beatriz:\n\nTu publicación sobre cómo bajó la rotación en Cadena Sol tras el plan de acogida es "
        "justo lo que buscamos.\n\n¿Le parece que organicemos un taller de dos horas con mi equipo para revisar su "
        "plan completo?\n\nUn saludo,\nMarcos",
        R(
            name="Beatriz Soler",
            company="Cadena Sol",
            role="Directora de personas",
            post="Rotación y plan de acogida",
        ),
        ["ask"],
    ),
    (
        "es",
        "Sobre tu artículo de cadena de frío",
        "Hola Raúl:\n\nLeí tu artículo sobre la monitorización de la cadena de frío en Farmalia. "
        "Lo de la batería de los sensores no lo sabía.\n\n¿Qué harías distinto si empezaras hoy?\n\nSara",
        R(
            name="Raúl Méndez",
            company="Farmalia",
            role="Director de cadena de suministro",
            post="Cadena de frío",
        ),
        [],
    ),
    (
        "es",
        "Presentación",
        "Hola:\n\nMe llamo Óscar y trabajo en ventas. Quería ponerme en contacto contigo. "
        "Dime si tienes un rato.\n\nÓscar",
        R(name="Eva Torres", company="Pinar", role="Gerente", post=""),
        ["subject", "personalisation"],
    ),
    (
        "es",
        "La migración de tu equipo a Postgres",
        "Hola Iker:\n\nTu entrada en el blog de Ferrovía sobre pasar la facturación de MySQL a Postgres respondió "
        "una duda que llevamos meses discutiendo.\n\n"
        + "Somos un equipo pequeño, " * 45
        + "\n\n¿Podemos hablar 15 minutos?\n\nLeire",
        R(
            name="Iker Arana",
            company="Ferrovía",
            role="Ingeniero principal",
            post="Facturación a Postgres",
        ),
        ["length"],
    ),
    (
        "es",
        "Tu ponencia sobre formularios accesibles",
        "Hola Clara:\n\nTu ponencia en el Congreso de Accesibilidad sobre mensajes de error en formularios cambió "
        "cómo escribimos las validaciones.\n\nSi tienes un minuto, me encantaría tu opinión sobre nuestro formulario "
        "de alta: ¿merece la pena empezar por las pistas en línea?\n\nGracias,\nPau",
        R(
            name="Clara Bosch",
            company="Formulae",
            role="Responsable de accesibilidad",
            post="Mensajes de error",
        ),
        [],
    ),
    (
        "es",
        "Seguimiento",
        "Hola Teresa:\n\nVi que Panadería Olmo acaba de abrir su segunda tienda en Valladolid, ¡enhorabuena! "
        "Servimos harina a tres obradores de la zona.\n\n¿Te vendría bien una llamada corta el martes?\n\nLucía",
        R(
            name="Teresa Olmo",
            company="Panadería Olmo",
            role="Propietaria",
            post="Segunda tienda en Valladolid",
        ),
        ["subject"],
    ),
    (
        "es",
        "Tu hilo sobre el alcance 3",
        "Hola Tomás:\n\nTu hilo sobre cómo estimar el alcance 3 en fábricas medianas es lo más práctico que he leído.\n\n"
        "Compra hoy nuestra plataforma y llévate un 20% de descuento en la licencia anual. ¡Suscríbete antes del "
        "viernes!\n\nLuis",
        R(
            name="Tomás Rey",
            company="Fundiciones Rey",
            role="Responsable de sostenibilidad",
            post="Alcance 3",
        ),
        ["tone", "ask"],
    ),
    (
        "es",
        "Tu publicación sobre la carga de corrección",
        "Hola Rosa:\n\nTu publicación sobre cómo reducir el tiempo de corrección con retroalimentación a toda la clase "
        "en el IES Miramar coincide con lo que vimos en nuestro centro.\n\n¿Me contarías cómo lo presentaste a tu "
        "departamento? Con una respuesta breve me basta.\n\nGracias,\nOmar",
        R(
            name="Rosa Millán",
            company="IES Miramar",
            role="Jefa de departamento",
            post="Retroalimentación a toda la clase",
        ),
        [],
    ),
    (
        "es",
        "",
        "Hola Álvaro:\n\nTu charla sobre despliegues sin cortes en Pilae fue excelente.\n\n"
        "¿Te parece una llamada de 10 minutos sobre tus comprobaciones de marcha atrás?\n\nMiren",
        R(
            name="Álvaro Cid",
            company="Pilae",
            role="Responsable SRE",
            post="Despliegues sin cortes",
        ),
        ["subject"],
    ),
    (
        "es",
        "Tu seminario web sobre cuentas a pagar",
        "Hola {nombre}:\n\nVi tu seminario web sobre automatizar cuentas a pagar y me gustó la parte de la conciliación "
        "a tres bandas.\n\n¿Podríamos buscar 15 minutos la semana que viene?\n\nUn saludo,\nElsa",
        R(name="Sara Lindo", company="Kaldor", role="Directora financiera", post="Cuentas a pagar"),
        ["placeholders"],
    ),
    (
        "es",
        "Tu episodio sobre ventas de campo",
        "Hola Víctor:\n\nEspero que estés bien. Tu episodio de Comerciales en Ruta sobre planificar visitas según el "
        "horario del cliente está lleno de ideas nuevas para mí.\n\n¿Te animas a una charla de 15 minutos?\n\nNoa",
        R(
            name="Víctor Hidalgo",
            company="Comerciales en Ruta",
            role="Presentador",
            post="Planificar visitas",
        ),
        ["personalisation"],
    ),
]
