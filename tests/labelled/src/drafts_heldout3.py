"""Held-out v3: written after the v2 fixes, committed before its first scoring, never tuned on."""

R = dict

HELDOUT3 = [
    (
        "en",
        "Your notes on vet clinic rotas",
        "Hi Maeve,\n\nYour notes on four-day rotas for vets at Riverside "
        "Animal Clinic were the first I have seen with sick-leave figures.\n\nWould you tell me how you covered "
        "weekend emergencies? Two lines would be plenty.\n\nThanks,\nEd",
        R(
            name="Maeve Shaw",
            company="Riverside Animal Clinic",
            role="Clinical Director",
            post="Four-day rotas",
        ),
        [],
    ),
    (
        "en",
        "Hi",
        "Hi Carlos,\n\nYour write-up on cutting print costs at Lumen Press was clever.\n\nCould we speak "
        "for 15 minutes about the paper supplier?\n\nAnne",
        R(
            name="Carlos Vega",
            company="Lumen Press",
            role="Production Manager",
            post="Cutting print costs",
        ),
        ["subject"],
    ),
    (
        "en",
        "Your talk on museum audio guides",
        "Hi Ines,\n\nYour talk on replacing audio guides with phones at the "
        "Harbour Museum was excellent.\n\nI'd love to sit down with you and your whole team for an afternoon workshop "
        "on visitor apps.\n\nGil",
        R(
            name="Ines Park",
            company="Harbour Museum",
            role="Digital Curator",
            post="Audio guides on phones",
        ),
        ["ask"],
    ),
    (
        "en",
        "Your carpentry training video",
        "Hi Josh,\n\nYour video on training new carpenters at Oakline Homes "
        "showed the jig you use for stairs.\n\nWhere did you get it made?\n\nRon",
        R(
            name="Josh Hale",
            company="Oakline Homes",
            role="Site Manager",
            post="Training new carpenters",
        ),
        [],
    ),
    (
        "en",
        "Your hospital parking survey",
        "Hi Priya,\n\nI hope you had a nice weekend. I wanted to reach out about "
        "parking.\n\nWould you have 10 minutes for a call?\n\nSean",
        R(
            name="Priya Das",
            company="Eastgate Hospital",
            role="Facilities Manager",
            post="Staff parking survey",
        ),
        ["personalisation"],
    ),
    (
        "en",
        "Your post on <topic>",
        "Hi Leah,\n\nYour post on tenant communication at Cobalt Homes was great.\n\n"
        "Would you share the template you mentioned?\n\nDee",
        R(
            name="Leah Moss",
            company="Cobalt Homes",
            role="Housing Officer",
            post="Tenant communication",
        ),
        ["placeholders", "subject"],
    ),
    (
        "en",
        "Your comment on invoice fraud",
        "Hi Sam,\n\nYour comment about fake supplier invoices at Northpoint "
        "was a useful warning. UNBELIEVABLE what fraudsters try!!! Our AI stops 100% of it, guaranteed.\n\n"
        "Could I show you how in 15 minutes?\n\nRiya",
        R(
            name="Sam Cole",
            company="Northpoint",
            role="Finance Manager",
            post="Fake supplier invoices",
        ),
        ["tone"],
    ),
    (
        "en",
        "Your thread on rota apps for care homes",
        "Hi Beth,\n\nYour thread on rota apps for care homes at "
        "Willow Care listed the features that matter.\n\nWhich one did your night staff find easiest?\n\nTom",
        R(name="Beth Young", company="Willow Care", role="Care Home Manager", post="Rota apps"),
        [],
    ),
    (
        "es",
        "Tus notas sobre turnos en clínicas veterinarias",
        "Hola Maite:\n\nTus notas sobre los turnos de cuatro "
        "días para veterinarios en la Clínica Ribera son las primeras que veo con datos de bajas.\n\n¿Me contarías "
        "cómo cubristeis las urgencias de fin de semana? Con dos líneas me basta.\n\nGracias,\nEdu",
        R(
            name="Maite Sáez",
            company="Clínica Ribera",
            role="Directora clínica",
            post="Turnos de cuatro días",
        ),
        [],
    ),
    (
        "es",
        "Hola",
        "Hola Carlos:\n\nTu resumen sobre cómo redujisteis los costes de impresión en Imprenta Lumen fue "
        "muy ingenioso.\n\n¿Hablamos 15 minutos sobre el proveedor de papel?\n\nAna",
        R(
            name="Carlos Vega",
            company="Imprenta Lumen",
            role="Jefe de producción",
            post="Costes de impresión",
        ),
        ["subject"],
    ),
    (
        "es",
        "Tu charla sobre audioguías en museos",
        "Hola Inés:\n\nTu charla sobre sustituir las audioguías por el "
        "móvil en el Museo del Puerto fue excelente.\n\nMe encantaría reunirme contigo y todo tu equipo una tarde "
        "entera para un taller sobre aplicaciones para visitantes.\n\nGil",
        R(
            name="Inés Parra",
            company="Museo del Puerto",
            role="Conservadora digital",
            post="Audioguías en el móvil",
        ),
        ["ask"],
    ),
    (
        "es",
        "Tu vídeo sobre formar carpinteros",
        "Hola Josué:\n\nTu vídeo sobre cómo formáis a los carpinteros "
        "nuevos en Casas Roble enseñaba la plantilla que usáis para las escaleras.\n\n¿Dónde os la fabricaron?\n\n"
        "Ramón",
        R(
            name="Josué Hidalgo",
            company="Casas Roble",
            role="Jefe de obra",
            post="Formar carpinteros",
        ),
        [],
    ),
    (
        "es",
        "Tu encuesta de aparcamiento del hospital",
        "Hola Priya:\n\nEspero que hayas pasado un buen fin de "
        "semana. Quería ponerme en contacto contigo por el tema del aparcamiento.\n\n¿Tendrías 10 minutos para una "
        "llamada?\n\nSean",
        R(
            name="Priya Das",
            company="Hospital Levante",
            role="Responsable de instalaciones",
            post="Encuesta de aparcamiento",
        ),
        ["personalisation"],
    ),
    (
        "es",
        "Tu publicación sobre <tema>",
        "Hola Lea:\n\nTu publicación sobre la comunicación con inquilinos en "
        "Viviendas Cobalto fue genial.\n\n¿Compartirías la plantilla que mencionaste?\n\nDeli",
        R(
            name="Lea Musgo",
            company="Viviendas Cobalto",
            role="Técnica de vivienda",
            post="Comunicación con inquilinos",
        ),
        ["placeholders", "subject"],
    ),
    (
        "es",
        "Tu comentario sobre el fraude en facturas",
        "Hola Samuel:\n\nTu comentario sobre las facturas falsas de "
        "proveedores en Norpunto fue un aviso útil. ¡¡¡INCREÍBLE lo que intentan los estafadores!!! Nuestra IA frena "
        "el 100% garantizado.\n\n¿Te lo enseño en 15 minutos?\n\nRiya",
        R(
            name="Samuel Col",
            company="Norpunto",
            role="Responsable financiero",
            post="Facturas falsas",
        ),
        ["tone"],
    ),
    (
        "es",
        "Tu hilo sobre apps de turnos en residencias",
        "Hola Beatriz:\n\nTu hilo sobre las aplicaciones de turnos "
        "para residencias en Residencia Sauce repasaba lo que de verdad importa.\n\n¿Cuál le resultó más fácil a tu "
        "personal de noche?\n\nTomás",
        R(
            name="Beatriz Joven",
            company="Residencia Sauce",
            role="Directora",
            post="Apps de turnos",
        ),
        [],
    ),
]
