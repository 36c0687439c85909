"""Held-out v2: written after the draft checks were frozen (commit before its first scoring).

The targets in tests/labelled/test_draft_detectors.py are asserted on v1 and v2 together.
"""

R = dict

HELDOUT2 = [
    (
        "en",
        "Your post on cutting meeting load",
        "Hi Tessa,\n\nYour post on Harbor Bank's no-meeting Wednesdays "
        "made me curious about the numbers behind it.\n\nDid focus time actually go up for engineers? I would love "
        "to hear what you measured.\n\nThanks,\nCal",
        R(
            name="Tessa Ward",
            company="Harbor Bank",
            role="Engineering Director",
            post="No-meeting Wednesdays",
        ),
        [],
    ),
    (
        "en",
        "Catching up",
        "Hi Lena,\n\nYour article on composting at Greenhill Schools was brilliant.\n\n"
        "Could you point me to the supplier you used for the bins?\n\nRhys",
        R(
            name="Lena Frost",
            company="Greenhill Schools",
            role="Sustainability Lead",
            post="Composting in schools",
        ),
        ["subject"],
    ),
    (
        "en",
        "Your team's audit",
        "Good morning,\n\nI trust this email finds you well. I help finance teams close "
        "their books faster.\n\nAre you free for a call this week?\n\nBen",
        R(name="Nadia Ray", company="Corvus", role="Controller", post=""),
        ["personalisation"],
    ),
    (
        "en",
        "Your guide to supplier scorecards",
        "Hi Raj,\n\nYour guide to supplier scorecards at Tilbury Foods "
        "is the one our buyers now use.\n\nWe would like to book half a day with you and your category managers to "
        "redesign ours.\n\nMay",
        R(
            name="Raj Patel",
            company="Tilbury Foods",
            role="Procurement Head",
            post="Supplier scorecards",
        ),
        ["ask"],
    ),
    (
        "en",
        "Your interview on rural broadband",
        "Hi Colm,\n\nYour interview about rural broadband rollout in "
        "Kerry was full of detail.\n\nSubscribe to our newsletter today and get a free report, this week only.\n\n"
        "Una",
        R(
            name="Colm Daly",
            company="Kerry Connect",
            role="Network Planner",
            post="Rural broadband",
        ),
        ["tone", "ask"],
    ),
    (
        "en",
        "Your slides on [topic]",
        "Hi Ivan,\n\nYour slides from the Data Summit were useful.\n\nWould you have "
        "10 minutes to talk about them?\n\nOla",
        R(name="Ivan Petrov", company="Statlab", role="Data Scientist", post="Data Summit slides"),
        ["placeholders", "subject"],
    ),
    (
        "es",
        "Tu publicación sobre reducir reuniones",
        "Hola Teresa:\n\nTu publicación sobre los miércoles sin "
        "reuniones en Banco Puerto me dejó con ganas de ver los números.\n\n¿De verdad aumentó el tiempo de "
        "concentración de los ingenieros? Me encantaría saber qué medisteis.\n\nGracias,\nCalixto",
        R(
            name="Teresa Vara",
            company="Banco Puerto",
            role="Directora de ingeniería",
            post="Miércoles sin reuniones",
        ),
        [],
    ),
    (
        "es",
        "Poniéndonos al día",
        "Hola Lena:\n\nTu artículo sobre el compostaje en los Colegios Colina fue "
        "estupendo.\n\n¿Me dirías qué proveedor usasteis para los contenedores?\n\nRubén",
        R(
            name="Lena Escarcha",
            company="Colegios Colina",
            role="Responsable de sostenibilidad",
            post="Compostaje en colegios",
        ),
        ["subject"],
    ),
    (
        "es",
        "La auditoría de tu equipo",
        "Buenos días:\n\nEspero que este mensaje te encuentre bien. Ayudo a equipos "
        "financieros a cerrar el mes más rápido.\n\n¿Tienes un hueco para una llamada esta semana?\n\nBenito",
        R(name="Nadia Rayo", company="Corvus", role="Controller", post=""),
        ["personalisation"],
    ),
    (
        "es",
        "Tu guía de evaluación de proveedores",
        "Hola Rajiv:\n\nTu guía para evaluar proveedores en Alimentos "
        "Tilbury es la que usan ahora nuestros compradores.\n\nQueremos reservar medio día contigo y tus jefes de "
        "categoría para rediseñar la nuestra.\n\nMaya",
        R(
            name="Rajiv Patel",
            company="Alimentos Tilbury",
            role="Director de compras",
            post="Evaluación de proveedores",
        ),
        ["ask"],
    ),
    (
        "es",
        "Tu entrevista sobre banda ancha rural",
        "Hola Colm:\n\nTu entrevista sobre el despliegue de banda "
        "ancha rural en Soria tenía mucho detalle.\n\nSuscríbete hoy a nuestro boletín y llévate un informe gratis, "
        "solo esta semana.\n\nUna",
        R(
            name="Colm Díaz",
            company="Soria Conecta",
            role="Planificador de red",
            post="Banda ancha rural",
        ),
        ["tone", "ask"],
    ),
    (
        "es",
        "Tus diapositivas sobre [tema]",
        "Hola Iván:\n\nTus diapositivas de la Cumbre de Datos me fueron "
        "útiles.\n\n¿Tendrías 10 minutos para comentarlas?\n\nOla",
        R(
            name="Iván Petrov",
            company="Statlab",
            role="Científico de datos",
            post="Cumbre de Datos",
        ),
        ["placeholders", "subject"],
    ),
]
