"""Development InMail drafts: the draft checks are tuned on these (the held-out ones never)."""

R = dict

_EN_GOOD_BODIES = [
    (
        "Your post on reducing no-shows",
        "Hi Elena,\n\nYour post on text reminders cutting no-shows at Clearview Dental was "
        "useful; we tried two reminders instead of one and saw the same effect.\n\nWould you be open to a 15-minute call "
        "to compare the wording you use?\n\nBest,\nAdam",
        R(
            name="Elena Cruz",
            company="Clearview Dental",
            role="Practice Manager",
            post="Text reminders and no-shows",
        ),
    ),
    (
        "The RevOps dashboard you shared",
        "Hi Kofi,\n\nThe pipeline-coverage dashboard you shared in RevOps Collective is "
        "the first one I have seen that separates new logos from expansion.\n\nCould you tell me which CRM fields you "
        "built it on? A short reply would be plenty.\n\nThanks,\nJune",
        R(
            name="Kofi Mensah",
            company="Lattice Labs",
            role="RevOps Lead",
            post="Pipeline coverage dashboard",
        ),
    ),
    (
        "Your talk on design systems at Brio",
        "Hi Nora,\n\nYour talk on retiring old components from Brio's design system "
        "answered something our team keeps postponing.\n\nIf you have a minute, what did you do with the screens that "
        "still used the old buttons?\n\nCheers,\nFelix",
        R(
            name="Nora Quist",
            company="Brio",
            role="Design Systems Lead",
            post="Retiring old components",
        ),
    ),
    (
        "Your thread on first-time managers",
        "Hi Dylan,\n\nYour thread on the first 90 days for new managers at Quarry "
        "matched what I see with engineers who move into leads.\n\nWould you share the checklist you mentioned? "
        "Happy to send ours in return.\n\nBest,\nIsla",
        R(
            name="Dylan Shaw",
            company="Quarry",
            role="Head of People",
            post="First 90 days for new managers",
        ),
    ),
    (
        "Your article on returns in fashion e-commerce",
        "Hi Chloe,\n\nYour article on cutting returns with better size "
        "guides at Wren & Co had numbers I have not seen elsewhere.\n\nWould a 10-minute call next week work to ask how "
        "you tested the new guide?\n\nThanks,\nMax",
        R(
            name="Chloe Wren",
            company="Wren & Co",
            role="E-commerce Director",
            post="Size guides and returns",
        ),
    ),
    (
        "Loved your point on incident reviews",
        "Hi Arjun,\n\nYour point that incident reviews at Telda name the system, "
        "not the person, is something I want to bring to our team.\n\nCould I ask you two questions about how you "
        "started?\n\nRegards,\nBeth",
        R(
            name="Arjun Rao",
            company="Telda",
            role="Engineering Manager",
            post="Blameless incident reviews",
        ),
    ),
    (
        "Your comment on grant reporting",
        "Hi Fatima,\n\nYour comment in the Nonprofit Finance group about simplifying "
        "grant reports for small funders was spot on.\n\nWould you be willing to share the one-page template? "
        "I would credit you in our guide.\n\nThanks,\nGeorge",
        R(
            name="Fatima Idris",
            company="Hope Street Trust",
            role="Finance Manager",
            post="One-page grant reports",
        ),
    ),
    (
        "Your study on remote onboarding",
        "Hi Lars,\n\nYour study on remote onboarding at Nordvik surprised me: "
        "buddies mattered more than training.\n\nWhat would you tell a 40-person company starting from nothing?\n\nBest,\nAmy",
        R(
            name="Lars Holm",
            company="Nordvik",
            role="People Analytics Lead",
            post="Remote onboarding study",
        ),
    ),
]
_ES_GOOD_BODIES = [
    (
        "Tu publicación sobre ausencias en consulta",
        "Hola Elena:\n\nTu publicación sobre cómo los recordatorios por SMS "
        "redujeron las ausencias en Clínica Aurora me ayudó; probamos dos avisos en vez de uno y vimos lo mismo.\n\n"
        "¿Te parece una llamada de 15 minutos para comparar los textos que usáis?\n\nUn saludo,\nAdán",
        R(
            name="Elena Cruz",
            company="Clínica Aurora",
            role="Gerente",
            post="Recordatorios y ausencias",
        ),
    ),
    (
        "El cuadro de mando que compartiste",
        "Hola Koldo:\n\nEl cuadro de mando de cobertura de embudo que compartiste en "
        "RevOps España es el primero que separa clientes nuevos de ampliaciones.\n\n¿Me dices en qué campos del CRM lo "
        "construiste? Con una respuesta corta me basta.\n\nGracias,\nJuana",
        R(
            name="Koldo Mendi",
            company="Laterra",
            role="Responsable de RevOps",
            post="Cobertura de embudo",
        ),
    ),
    (
        "Tu charla sobre sistemas de diseño en Brío",
        "Hola Nora:\n\nTu charla sobre retirar componentes antiguos del "
        "sistema de diseño de Brío respondió algo que mi equipo siempre aplaza.\n\nSi tienes un minuto, ¿qué hicisteis con "
        "las pantallas que aún usaban los botones viejos?\n\nSaludos,\nFélix",
        R(
            name="Nora Quintana",
            company="Brío",
            role="Responsable de sistema de diseño",
            post="Retirar componentes",
        ),
    ),
    (
        "Tu hilo sobre mandos nuevos",
        "Hola Diego:\n\nTu hilo sobre los primeros 90 días de los mandos nuevos en Cantera "
        "coincide con lo que veo cuando un ingeniero pasa a liderar.\n\n¿Compartirías la lista que mencionaste? "
        "Te envío la nuestra a cambio.\n\nUn saludo,\nIsabel",
        R(
            name="Diego Sáez",
            company="Cantera",
            role="Director de personas",
            post="Primeros 90 días",
        ),
    ),
    (
        "Tu artículo sobre devoluciones en moda",
        "Hola Cloe:\n\nTu artículo sobre reducir devoluciones con mejores guías "
        "de tallas en Moda Reyes trae datos que no había visto.\n\n¿Le vendría bien una llamada de 10 minutos la semana "
        "próxima para preguntarle cómo probaron la nueva guía?\n\nGracias,\nMáximo",
        R(
            name="Cloe Reyes",
            company="Moda Reyes",
            role="Directora de comercio electrónico",
            post="Guías de tallas",
        ),
    ),
    (
        "Tu idea sobre las revisiones de incidentes",
        "Hola Arturo:\n\nTu idea de que en Telda las revisiones de "
        "incidentes señalan el sistema y no a la persona es algo que quiero llevar a mi equipo.\n\n¿Puedo hacerte dos "
        "preguntas sobre cómo empezasteis?\n\nUn saludo,\nBea",
        R(
            name="Arturo Ramos",
            company="Telda",
            role="Responsable de ingeniería",
            post="Revisiones sin culpa",
        ),
    ),
    (
        "Tu comentario sobre informes de subvenciones",
        "Hola Fátima:\n\nTu comentario en el grupo Finanzas del Tercer "
        "Sector sobre simplificar los informes para financiadores pequeños fue muy certero.\n\n¿Estaría dispuesta a "
        "compartir la plantilla de una página? La citaría en nuestra guía.\n\nGracias,\nJorge",
        R(
            name="Fátima Idrissi",
            company="Fundación Calle Esperanza",
            role="Responsable financiera",
            post="Informes de una página",
        ),
    ),
    (
        "Tu estudio sobre la incorporación en remoto",
        "Hola Lars:\n\nTu estudio sobre la incorporación en remoto en "
        "Nordvik me sorprendió: los mentores importaron más que la formación.\n\n¿Qué le dirías a una empresa de 40 "
        "personas que empieza de cero?\n\nUn saludo,\nAmaia",
        R(
            name="Lars Holm",
            company="Nordvik",
            role="Responsable de analítica de personas",
            post="Incorporación en remoto",
        ),
    ),
]


def _variants(lang: str, good: list) -> list:
    """Each good draft, then faults alone, each written out by hand as a paraphrase."""
    en = lang == "en"
    out = [(lang, s, b, r, []) for s, b, r in good]
    s, b, r = good[0]
    out.append((lang, "Checking in" if en else "Una consulta", b, r, ["subject"]))
    s, b, r = good[1]
    out.append((lang, "Hey there" if en else "Buenas", b, r, ["subject"]))
    s, b, r = good[2]
    long_subject = (
        "Your talk on retiring old components from a design system and what we might learn from it"
        if en
        else "Tu charla sobre retirar componentes antiguos del sistema de diseño y lo que podemos aprender"
    )
    out.append((lang, long_subject, b, r, ["subject"]))
    s, b, r = good[3]
    generic = (
        "Hi Dylan,\n\nI came across your profile and thought we should connect. I work with growing companies "
        "on leadership.\n\nWould you be open to a quick 15-minute call?\n\nIsla"
        if en
        else "Hola Diego:\n\nHe visto tu perfil y creo que deberíamos conectar. Trabajo con empresas en crecimiento "
        "en liderazgo.\n\n¿Te parece una llamada rápida de 15 minutos?\n\nIsabel"
    )
    out.append((lang, s, generic, r, ["personalisation"]))
    s, b, r = good[4]
    no_ask = (
        b.split("\n\n")[0]
        + "\n\n"
        + b.split("\n\n")[1]
        + "\n\n"
        + ("Anyway, great work on it.\n\nMax" if en else "En fin, un gran trabajo.\n\nMáximo")
    )
    out.append((lang, s, no_ask, r, ["ask"]))
    s, b, r = good[5]
    heavy = b.replace(
        b.split("\n\n")[2],
        "Could we set up a 90-minute session with your whole team to go through it?"
        if en
        else "¿Podríamos organizar una sesión de 90 minutos con todo tu equipo para revisarlo?",
    )
    out.append((lang, s, heavy, r, ["ask"]))
    s, b, r = good[6]
    hype = (
        b.replace(
            "\n\nThanks,", "\n\nOUR TOOL IS THE BEST IN THE MARKET, DON'T MISS IT!!\n\nThanks,"
        )
        if en
        else b.replace(
            "\n\nGracias,",
            "\n\n¡¡NUESTRA HERRAMIENTA ES LA MEJOR DEL MERCADO, NO TE LA PIERDAS!!\n\nGracias,",
        )
    )
    out.append((lang, s, hype, r, ["tone"]))
    s, b, r = good[7]
    placeholder = b.replace("Lars", "<Name>") if en else b.replace("Lars", "[NOMBRE]")
    out.append((lang, s, placeholder, r, ["placeholders"]))
    return out


DEV = _variants("en", _EN_GOOD_BODIES) + _variants("es", _ES_GOOD_BODIES)

# Hand-written drafts with faults in other words than the variants above.
DEV += [
    (
        "en",
        "Touching base",
        "Hi Rosa,\n\nJust touching base to see if you might need help with your marketing. We offer SEO, ads and "
        "content.\n\nLet me know!\n\nGreg",
        R(name="Rosa Lima", company="Lima Interiors", role="Owner", post=""),
        ["subject", "personalisation"],
    ),
    (
        "en",
        "Your post on shift handovers",
        "Hi Paulo,\n\nYour post on structured shift handovers at Delta Plant cut the errors we see at 6 a.m.; "
        "we copied the three-line format.\n\nWould you mind if I asked how you got supervisors to use it? "
        "Also, could you send the template, and would you join our webinar next month as a speaker?\n\nTim",
        R(
            name="Paulo Reis",
            company="Delta Plant",
            role="Production Manager",
            post="Shift handovers",
        ),
        ["ask"],
    ),
    (
        "en",
        "Idea for Lumen's support team",
        "Hi Wes,\n\nI noticed Lumen is hiring four support agents in Lisbon; your post said ticket volume doubled after "
        "the launch.\n\nWe could set up a paid pilot of our help-desk tool for your whole team this month.\n\nSam",
        R(
            name="Wes Grant",
            company="Lumen",
            role="Head of Support",
            post="Ticket volume doubled after launch",
        ),
        ["ask"],
    ),
    (
        "en",
        "Your podcast on bootstrapping",
        "Hi Ines,\n\nYour podcast episode about bootstrapping Tessera to profit without investors was honest and "
        "specific.\n\nWhat was the hardest month, looking back?\n\nRay",
        R(name="Ines Costa", company="Tessera", role="Founder", post="Bootstrapping to profit"),
        [],
    ),
    (
        "en",
        "Great opportunity",
        "Hi Mark,\n\nYour post on Harbor Freight's new depot in Leeds caught my eye. We are offering an EXCLUSIVE "
        "DEAL this week only, act now.\n\nCan we talk for 15 minutes?\n\nLou",
        R(
            name="Mark Dunn",
            company="Harbor Freight",
            role="Depot Manager",
            post="New depot in Leeds",
        ),
        ["subject", "tone"],
    ),
    (
        "es",
        "Colaboración",
        "Hola Marisa:\n\nSolo quería saber si necesitas ayuda con el marketing de tu empresa. Ofrecemos SEO, anuncios y "
        "contenidos.\n\n¡Avísame!\n\nGregorio",
        R(name="Marisa Lima", company="Interiores Lima", role="Propietaria", post=""),
        ["subject", "personalisation"],
    ),
    (
        "es",
        "Tu publicación sobre relevos de turno",
        "Hola Paulo:\n\nTu publicación sobre los relevos de turno estructurados en Planta Delta redujo los errores que "
        "vemos a las 6 de la mañana; copiamos el formato de tres líneas.\n\n¿Te importa que te pregunte cómo conseguiste "
        "que los supervisores lo usaran? ¿Y me enviarías la plantilla? ¿Y participarías como ponente en nuestro "
        "seminario del mes que viene?\n\nTimoteo",
        R(
            name="Paulo Reis",
            company="Planta Delta",
            role="Jefe de producción",
            post="Relevos de turno",
        ),
        ["ask"],
    ),
    (
        "es",
        "Una idea para el soporte de Lumen",
        "Hola Wences:\n\nHe visto que Lumen busca cuatro agentes de soporte en Lisboa; tu publicación decía que los "
        "tickets se duplicaron tras el lanzamiento.\n\nPodemos montar un piloto de pago de nuestra herramienta para todo "
        "tu equipo este mes.\n\nSamuel",
        R(
            name="Wences Garrido",
            company="Lumen",
            role="Responsable de soporte",
            post="Tickets duplicados",
        ),
        ["ask"],
    ),
    (
        "es",
        "Tu pódcast sobre crecer sin inversores",
        "Hola Inés:\n\nTu episodio sobre cómo Tesela llegó a beneficios sin inversores fue sincero y concreto.\n\n"
        "Mirando atrás, ¿cuál fue el mes más difícil?\n\nRamón",
        R(name="Inés Costa", company="Tesela", role="Fundadora", post="Beneficios sin inversores"),
        [],
    ),
    (
        "es",
        "Gran oportunidad",
        "Hola Marcos:\n\nTu publicación sobre el nuevo almacén de Transportes Puerto en León me llamó la atención. "
        "Tenemos una OFERTA EXCLUSIVA solo esta semana, actúa ya.\n\n¿Hablamos 15 minutos?\n\nLuis",
        R(
            name="Marcos Duran",
            company="Transportes Puerto",
            role="Jefe de almacén",
            post="Nuevo almacén en León",
        ),
        ["subject", "tone"],
    ),
]

# A second batch of development drafts, other domains and other wordings.
DEV += [
    (
        "en",
        "Your post on ICU family visits",
        "Hi Dr Amari,\n\nYour post on opening ICU visiting hours at Westfield General was moving, and the data on "
        "family satisfaction was clear.\n\nWould you be willing to share what you told the night staff before the change?"
        "\n\nKind regards,\nNina",
        R(
            name="Kemi Amari",
            company="Westfield General",
            role="ICU Consultant",
            post="Opening ICU visiting hours",
        ),
        [],
    ),
    (
        "en",
        "Your answer on the Airtable forum",
        "Hi Pete,\n\nYour answer on the Airtable forum about linking inventory to purchase orders solved our problem in "
        "an afternoon.\n\nCould I buy you a coffee over video for 15 minutes to ask one follow-up?\n\nThanks,\nZoe",
        R(
            name="Pete Long",
            company="Brickyard Supply",
            role="Operations Analyst",
            post="Airtable inventory links",
        ),
        [],
    ),
    (
        "en",
        "A note on your hiring post",
        "Hi Amara,\n\nYour hiring post for three data engineers at Quill mentioned dbt and Airflow.\n\n"
        "We could sign a 12-month contract with your team and start next week, so let's set up a full-day workshop."
        "\n\nBen",
        R(name="Amara Obi", company="Quill", role="Data Lead", post="Hiring three data engineers"),
        ["ask"],
    ),
    (
        "en",
        "Something that might interest you",
        "Hi Tom,\n\nYour post on warehouse robotics at Fenwick made me think of our pilot results.\n\n"
        "Would you be open to a 15-minute call on Thursday?\n\nAlex",
        R(
            name="Tom Baker",
            company="Fenwick",
            role="Automation Manager",
            post="Warehouse robotics",
        ),
        ["subject"],
    ),
    (
        "en",
        "Re: your comment",
        "Hi Sara,\n\nYour comment on the Lean Startup group about pricing interviews was useful.\n\n"
        "Would you have 10 minutes to tell me which questions worked best?\n\nJon",
        R(name="Sara Holt", company="Mapleleaf", role="Product Manager", post="Pricing interviews"),
        ["subject"],
    ),
    (
        "en",
        "Your keynote on XXX",
        "Hi Ray,\n\nYour keynote on XXX at DevDays was great.\n\nCould we talk for 15 minutes next week?\n\nKim",
        R(name="Ray Cole", company="Devon Labs", role="CTO", post="DevDays keynote"),
        ["subject", "placeholders"],
    ),
    (
        "en",
        "Your newsletter on SaaS metrics",
        "Hi Omar,\n\nYour newsletter issue on net revenue retention for small SaaS companies was the clearest I have "
        "read. I especially liked the worked example.\n\nIf you have a moment, would you tell me whether you count "
        "downgrades before or after credits?\n\nThanks,\nLia",
        R(name="Omar Said", company="Metric Notes", role="Writer", post="Net revenue retention"),
        [],
    ),
    (
        "en",
        "Your launch last week",
        "Hello Jess,\n\nI hope all is well. Congratulations on last week's launch of Parcel Beam; the tracking map is "
        "lovely.\n\nWould a 15-minute call next Tuesday be possible?\n\nMatt",
        R(name="Jess Moore", company="Parcel Beam", role="CEO", post="Launching Parcel Beam"),
        ["personalisation"],
    ),
    (
        "en",
        "Your study on nurse retention",
        "Hi Aisha,\n\nYour study on nurse retention at Northgate found that predictable rotas mattered most. "
        "We are seeing the same in our wards. This is an INCREDIBLE, once in a lifetime finding!!!\n\n"
        "Could I ask you one question about the survey?\n\nPaul",
        R(
            name="Aisha Khan",
            company="Northgate Trust",
            role="Research Nurse",
            post="Nurse retention",
        ),
        ["tone"],
    ),
    (
        "en",
        "Your post on onboarding new sales reps in their first month at a fast-growing company",
        "Hi Drew,\n\nYour post on the first month of new sales reps at Vantage matched our experience.\n\n"
        "Would you share the ramp plan you mentioned?\n\nElle",
        R(
            name="Drew Hill",
            company="Vantage",
            role="Sales Enablement Lead",
            post="First month of new reps",
        ),
        ["subject"],
    ),
    (
        "es",
        "Tu publicación sobre visitas en la UCI",
        "Hola Dra. Amaro:\n\nSu publicación sobre ampliar el horario de visitas en la UCI del Hospital Oeste fue muy "
        "emotiva y los datos de satisfacción de las familias, muy claros.\n\n¿Estaría dispuesta a contarme qué le "
        "dijeron al personal de noche antes del cambio?\n\nUn cordial saludo,\nNina",
        R(
            name="Carmen Amaro",
            company="Hospital Oeste",
            role="Médica intensivista",
            post="Visitas en la UCI",
        ),
        [],
    ),
    (
        "es",
        "Tu respuesta en el foro de Airtable",
        "Hola Pedro:\n\nTu respuesta en el foro de Airtable sobre enlazar el inventario con los pedidos nos resolvió el "
        "problema en una tarde.\n\n¿Te invito a un café por videollamada de 15 minutos para hacerte una pregunta más?"
        "\n\nGracias,\nZoe",
        R(
            name="Pedro Largo",
            company="Suministros Ladrillo",
            role="Analista de operaciones",
            post="Inventario en Airtable",
        ),
        [],
    ),
    (
        "es",
        "Una nota sobre tu oferta de empleo",
        "Hola Amaia:\n\nTu oferta para tres ingenieros de datos en Pluma mencionaba dbt y Airflow.\n\n"
        "Podemos firmar un contrato de 12 meses con tu equipo y empezar la semana que viene, así que organicemos un "
        "taller de un día completo.\n\nBeni",
        R(
            name="Amaia Otxoa",
            company="Pluma",
            role="Responsable de datos",
            post="Tres ingenieros de datos",
        ),
        ["ask"],
    ),
    (
        "es",
        "Algo que te puede interesar",
        "Hola Tomás:\n\nTu publicación sobre robótica en el almacén de Fenwick me recordó los resultados de nuestro "
        "piloto.\n\n¿Te parece una llamada de 15 minutos el jueves?\n\nÁlex",
        R(
            name="Tomás Baquero",
            company="Fenwick",
            role="Responsable de automatización",
            post="Robótica en almacén",
        ),
        ["subject"],
    ),
    (
        "es",
        "Re: tu comentario",
        "Hola Sara:\n\nTu comentario en el grupo Emprendedores sobre entrevistas de precios me fue muy útil.\n\n"
        "¿Tendrías 10 minutos para contarme qué preguntas funcionaron mejor?\n\nJon",
        R(
            name="Sara Holguín",
            company="Arce",
            role="Responsable de producto",
            post="Entrevistas de precios",
        ),
        ["subject"],
    ),
    (
        "es",
        "Tu ponencia sobre XXX",
        "Hola Ramón:\n\nTu ponencia sobre XXX en las Jornadas Dev fue genial.\n\n¿Hablamos 15 minutos la semana que "
        "viene?\n\nKim",
        R(name="Ramón Coll", company="Devon Labs", role="CTO", post="Jornadas Dev"),
        ["subject", "placeholders"],
    ),
    (
        "es",
        "Tu boletín sobre métricas SaaS",
        "Hola Omar:\n\nTu boletín sobre la retención neta de ingresos en empresas SaaS pequeñas es el más claro que he "
        "leído. Me gustó sobre todo el ejemplo resuelto.\n\nSi tienes un momento, ¿me dirías si cuentas las bajadas de "
        "plan antes o después de los abonos?\n\nGracias,\nLía",
        R(name="Omar Saíd", company="Notas de Métricas", role="Autor", post="Retención neta"),
        [],
    ),
    (
        "es",
        "Tu lanzamiento de la semana pasada",
        "Hola Jésica:\n\nEspero que todo vaya bien. Enhorabuena por el lanzamiento de Paquete Rayo la semana pasada; "
        "el mapa de seguimiento es precioso.\n\n¿Te vendría bien una llamada de 15 minutos el martes?\n\nMateo",
        R(
            name="Jésica Mora",
            company="Paquete Rayo",
            role="CEO",
            post="Lanzamiento de Paquete Rayo",
        ),
        ["personalisation"],
    ),
    (
        "es",
        "Tu estudio sobre la permanencia de enfermeras",
        "Hola Aixa:\n\nTu estudio sobre la permanencia de enfermeras en el Hospital Norte concluía que los turnos "
        "previsibles eran lo más importante. Vemos lo mismo en nuestras plantas. ¡¡¡Un hallazgo INCREÍBLE y "
        "REVOLUCIONARIO!!!\n\n¿Puedo hacerte una pregunta sobre la encuesta?\n\nPablo",
        R(
            name="Aixa Kanté",
            company="Hospital Norte",
            role="Enfermera investigadora",
            post="Permanencia de enfermeras",
        ),
        ["tone"],
    ),
    (
        "es",
        "Tu publicación sobre la incorporación de comerciales nuevos en su primer mes en una empresa que crece",
        "Hola Andrés:\n\nTu publicación sobre el primer mes de los comerciales nuevos en Vantage coincide con lo que "
        "vivimos.\n\n¿Compartirías el plan de arranque que mencionaste?\n\nElena",
        R(
            name="Andrés Gil",
            company="Vantage",
            role="Responsable de capacitación comercial",
            post="Primer mes",
        ),
        ["subject"],
    ),
]

# Third batch: plain good drafts from other trades, and faults in new words.
DEV += [
    (
        "en",
        "Your post on apprentice electricians",
        "Hi Gareth,\n\nYour post on pairing first-year apprentices with "
        "one electrician for a whole job at Brightwire was practical.\n\nWould you tell me how long each pairing lasts?"
        "\n\nCheers,\nOwen",
        R(name="Gareth Wynn", company="Brightwire", role="Training Manager", post="Apprentices"),
        [],
    ),
    (
        "en",
        "The menu costing sheet you posted",
        "Hi Lucia,\n\nThe menu costing sheet you posted for Casa Verde "
        "helped me reprice our lunch menu.\n\nCould I ask how often you update supplier prices in it?\n\nBest,\nTheo",
        R(name="Lucia Verde", company="Casa Verde", role="Head Chef", post="Menu costing sheet"),
        [],
    ),
    (
        "en",
        "Your talk at the Library Tech meetup",
        "Hi Ruth,\n\nYour talk at the Library Tech meetup on self-service "
        "kiosks at Eastfield Libraries answered questions our board keeps asking.\n\nWould you be open to a 10-minute "
        "call next week?\n\nThanks,\nIan",
        R(
            name="Ruth Kerr",
            company="Eastfield Libraries",
            role="Digital Services Manager",
            post="Self-service kiosks",
        ),
        [],
    ),
    (
        "en",
        "Your article on farm water use",
        "Hi Ahmed,\n\nYour article on drip irrigation at Sandhill Farms showed "
        "the water savings month by month.\n\nWhat would you change if you installed it again?\n\nFreya",
        R(
            name="Ahmed Saleh",
            company="Sandhill Farms",
            role="Farm Manager",
            post="Drip irrigation",
        ),
        [],
    ),
    (
        "en",
        "Your thread on school timetables",
        "Hi Joanna,\n\nYour thread on building the Oakfield timetable around "
        "teacher preferences was eye-opening.\n\nCould you share which tool you used? A one-line reply would be "
        "great.\n\nSimon",
        R(name="Joanna Reid", company="Oakfield Academy", role="Deputy Head", post="Timetables"),
        [],
    ),
    (
        "en",
        "Hi Victor",
        "Hi Victor,\n\nYour video on wet-weather roofing at Pike Roofing was clear and useful.\n\n"
        "Could I ask one question about the membrane you used?\n\nTara",
        R(name="Victor Pike", company="Pike Roofing", role="Owner", post="Wet-weather roofing"),
        ["subject"],
    ),
    (
        "en",
        "Your paper on freight emissions",
        "Hi Dr Osei,\n\nYour paper on measuring freight emissions per parcel "
        "at Coastline was cited in our board pack.\n\nWould you be available for a three-hour session with our "
        "analysts next month?\n\nMark",
        R(
            name="Kwame Osei",
            company="Coastline",
            role="Researcher",
            post="Freight emissions per parcel",
        ),
        ["ask"],
    ),
    (
        "en",
        "Your checklist for dental nurses",
        "Hi Bea,\n\nYour checklist for new dental nurses at Smile Point "
        "is now pinned in our staff room.\n\n{first_name}, would a 15-minute call suit you next week?\n\nDan",
        R(name="Bea Lane", company="Smile Point", role="Practice Lead", post="Checklist"),
        ["placeholders"],
    ),
    (
        "en",
        "Your comment on the Figma forum",
        "Hi Yuki,\n\nAs a leading provider of world-class best-in-class "
        "design services, we guarantee results. Your comment on the Figma forum about variables was smart.\n\n"
        "Would a short call work?\n\nRob",
        R(name="Yuki Sato", company="Kumo", role="Designer", post="Figma variables"),
        ["tone"],
    ),
    (
        "en",
        "Your webinar on payroll errors",
        "Hi Paula,\n\nAllow me to introduce myself: I run a payroll bureau. "
        "Your webinar on payroll errors at Ledgerline mentioned holiday pay.\n\nCould we talk for 15 minutes?\n\nNed",
        R(name="Paula Grey", company="Ledgerline", role="Payroll Manager", post="Payroll errors"),
        ["personalisation"],
    ),
    (
        "en",
        "Your case study on returns",
        "Hi Mo,\n\nYour case study on returns at Boxwell is great.\n\nWe sell software. Our software is good. "
        "We have clients. We have offices. We have a team. Buy it.\n\nThanks,\nAl",
        R(name="Mo Khan", company="Boxwell", role="Ops Director", post="Returns case study"),
        ["ask", "tone"],
    ),
    (
        "es",
        "Tu publicación sobre aprendices de electricista",
        "Hola Gerardo:\n\nTu publicación sobre emparejar a los "
        "aprendices de primer año con un electricista durante toda una obra en Luzmar fue muy práctica.\n\n"
        "¿Me dirías cuánto dura cada pareja?\n\nUn saludo,\nÓliver",
        R(
            name="Gerardo Vives",
            company="Luzmar",
            role="Responsable de formación",
            post="Aprendices",
        ),
        [],
    ),
    (
        "es",
        "La hoja de escandallos que publicaste",
        "Hola Lucía:\n\nLa hoja de escandallos que publicaste para Casa "
        "Verde me ayudó a recalcular el menú del día.\n\n¿Cada cuánto actualizas los precios de proveedores?\n\n"
        "Gracias,\nTeo",
        R(name="Lucía Verde", company="Casa Verde", role="Jefa de cocina", post="Escandallos"),
        [],
    ),
    (
        "es",
        "Tu charla en el encuentro de bibliotecas",
        "Hola Ruth:\n\nTu charla sobre los puntos de autopréstamo de "
        "las Bibliotecas del Este respondió dudas que nuestra junta repite.\n\n¿Te parece una llamada de 10 minutos "
        "la semana que viene?\n\nGracias,\nIñaki",
        R(
            name="Ruth Quer",
            company="Bibliotecas del Este",
            role="Responsable de servicios digitales",
            post="Autopréstamo",
        ),
        [],
    ),
    (
        "es",
        "Tu artículo sobre el riego en Finca Arenal",
        "Hola Ahmed:\n\nTu artículo sobre el riego por goteo en "
        "Finca Arenal mostraba el ahorro de agua mes a mes.\n\n¿Qué cambiarías si lo instalaras de nuevo?\n\nFreya",
        R(
            name="Ahmed Salé",
            company="Finca Arenal",
            role="Gerente agrícola",
            post="Riego por goteo",
        ),
        [],
    ),
    (
        "es",
        "Tu hilo sobre los horarios del instituto",
        "Hola Juana:\n\nTu hilo sobre montar el horario del IES "
        "Robledal según las preferencias del profesorado me abrió los ojos.\n\n¿Me dices qué herramienta usaste? "
        "Con una línea me basta.\n\nSimón",
        R(name="Juana Rey", company="IES Robledal", role="Jefa de estudios", post="Horarios"),
        [],
    ),
    (
        "es",
        "Hola Víctor",
        "Hola Víctor:\n\nTu vídeo sobre impermeabilizar cubiertas con lluvia en Tejados Pica fue "
        "claro y útil.\n\n¿Puedo hacerte una pregunta sobre la lámina que usaste?\n\nTara",
        R(name="Víctor Pica", company="Tejados Pica", role="Propietario", post="Cubiertas"),
        ["subject"],
    ),
    (
        "es",
        "Tu estudio sobre emisiones por paquete",
        "Hola Dr. Osés:\n\nSu estudio sobre medir las emisiones por "
        "paquete en Costera aparece en nuestro informe al consejo.\n\n¿Podría dedicarnos una sesión de tres horas con "
        "nuestros analistas el mes que viene?\n\nMarcos",
        R(name="Kwame Osés", company="Costera", role="Investigador", post="Emisiones por paquete"),
        ["ask"],
    ),
    (
        "es",
        "Tu lista para higienistas",
        "Hola Bea:\n\nTu lista para higienistas nuevas de Clínica Sonrisa está "
        "colgada en nuestra sala.\n\n{nombre}, ¿te encaja una llamada de 15 minutos la semana que viene?\n\nDani",
        R(name="Bea Lanza", company="Clínica Sonrisa", role="Responsable de clínica", post="Lista"),
        ["placeholders"],
    ),
    (
        "es",
        "Tu comentario en el foro de Figma",
        "Hola Yuki:\n\nComo proveedor líder de servicios de diseño de clase "
        "mundial, garantizamos resultados. Tu comentario en el foro de Figma sobre variables fue muy acertado.\n\n"
        "¿Te va bien una llamada corta?\n\nRoberto",
        R(name="Yuki Sato", company="Kumo", role="Diseñadora", post="Variables de Figma"),
        ["tone"],
    ),
    (
        "es",
        "Tu seminario sobre errores en nóminas",
        "Hola Paula:\n\nPermíteme presentarme: dirijo una gestoría de "
        "nóminas. Tu seminario sobre errores de nómina en Libromayor mencionó las vacaciones.\n\n¿Hablamos 15 "
        "minutos?\n\nNéstor",
        R(
            name="Paula Gris",
            company="Libromayor",
            role="Responsable de nóminas",
            post="Errores de nómina",
        ),
        ["personalisation"],
    ),
]
DEV += [
    (
        "es",
        "Tu caso de estudio sobre devoluciones",
        "Hola Mo:\n\nTu caso de estudio sobre devoluciones en Cajabien es genial.\n\nVendemos software. Nuestro "
        "software es bueno. Tenemos clientes. Tenemos oficinas. Tenemos un equipo. Cómpralo.\n\nGracias,\nAl",
        R(name="Mo Jan", company="Cajabien", role="Director de operaciones", post="Devoluciones"),
        ["ask", "tone"],
    ),
]

# Fourth batch, after held-out v1: selling pressure in other words, placeholders standing in for facts.
DEV += [
    (
        "en",
        "Your post on clinic waiting lists",
        "Hi Omar,\n\nYour post on shortening waiting lists at Parkside "
        "Clinic was useful.\n\nOrder our scheduling suite this month and save 30% on setup.\n\nBest,\nKai",
        R(name="Omar Reed", company="Parkside Clinic", role="Clinic Manager", post="Waiting lists"),
        ["tone", "ask"],
    ),
    (
        "en",
        "Your thread on fleet fuel costs",
        "Hi Jan,\n\nYour thread on fleet fuel costs at Roadway was sharp.\n\n"
        "We have a special offer on telematics that ends soon, so grab it while you can.\n\nIvo",
        R(name="Jan Vos", company="Roadway", role="Fleet Manager", post="Fuel costs"),
        ["tone", "ask"],
    ),
    (
        "en",
        "Ideas for {company}",
        "Hi {name},\n\nI noticed {company} is growing its support team.\n\n"
        "Would a 15-minute call next week help?\n\nLee",
        R(name="Rita Moss", company="Calder", role="Support Director", post=""),
        ["placeholders", "personalisation", "subject"],
    ),
    (
        "es",
        "Tu publicación sobre listas de espera",
        "Hola Omar:\n\nTu publicación sobre acortar las listas de "
        "espera en Clínica Parque fue útil.\n\nContrata nuestra suite de citas este mes y ahorra un 30% en la puesta "
        "en marcha.\n\nUn saludo,\nKai",
        R(name="Omar Rey", company="Clínica Parque", role="Gerente", post="Listas de espera"),
        ["tone", "ask"],
    ),
    (
        "es",
        "Tu hilo sobre el gasto en combustible",
        "Hola Jan:\n\nTu hilo sobre el gasto en combustible de la flota "
        "de Rutas Vos fue muy certero.\n\nTenemos una promoción de telemática que acaba pronto; aprovecha mientras "
        "puedas.\n\nIvo",
        R(name="Jan Vos", company="Rutas Vos", role="Jefe de flota", post="Combustible"),
        ["tone", "ask"],
    ),
    (
        "es",
        "Ideas para {empresa}",
        "Hola {nombre}:\n\nHe visto que {empresa} está ampliando su equipo de soporte."
        "\n\n¿Te ayudaría una llamada de 15 minutos la semana que viene?\n\nLeo",
        R(name="Rita Musgo", company="Calder", role="Directora de soporte", post=""),
        ["placeholders", "personalisation", "subject"],
    ),
]
