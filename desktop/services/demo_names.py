"""Name pools for demo data where Faker has no Latin-script locale (Morocco, Senegal,
Ukraine as transliterated in Spanish papers, Mali, Guinea...)."""

POOLS = {
    "MA": {
        "female": ["Fatima", "Khadija", "Salma", "Naima", "Samira", "Houda", "Imane", "Zineb", "Nadia", "Latifa", "Meryem", "Asmae"],
        "male": ["Mohamed", "Youssef", "Hamza", "Said", "Rachid", "Karim", "Abdelaziz", "Mustapha", "Omar", "Ayoub", "Hicham", "Driss"],
        "last": ["El Amrani", "Benali", "Bouzid", "El Idrissi", "Alaoui", "Tahiri", "Ouazzani", "Chaoui", "Benjelloun", "El Fassi", "Berrada", "Ziani"],
        "langs": ["ar", "fr", "es"], "doc_lang": ["fr", "es"],
    },
    "SN": {
        "female": ["Aminata", "Fatou", "Awa", "Mariama", "Khady", "Ndèye", "Coumba", "Aïssatou", "Binta", "Rokhaya"],
        "male": ["Mamadou", "Ousmane", "Cheikh", "Ibrahima", "Moussa", "Abdoulaye", "Modou", "Babacar", "Souleymane", "Lamine"],
        "last": ["Diop", "Ndiaye", "Fall", "Sow", "Diallo", "Sarr", "Gueye", "Faye", "Ba", "Cissé", "Mbaye", "Thiam"],
        "langs": ["wo", "fr"], "doc_lang": ["fr"],
    },
    "UA": {
        "female": ["Olena", "Iryna", "Nataliia", "Oksana", "Tetiana", "Yuliia", "Kateryna", "Svitlana", "Halyna", "Mariia"],
        "male": ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Volodymyr", "Mykola", "Yurii", "Taras", "Bohdan", "Ihor"],
        "last": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Oliinyk", "Lysenko", "Marchenko"],
        "langs": ["uk", "ru", "en"], "doc_lang": ["en", "es"],
    },
    "ML": {
        "female": ["Fatoumata", "Kadiatou", "Oumou", "Hawa", "Mariam", "Assitan"],
        "male": ["Seydou", "Bakary", "Adama", "Issa", "Boubacar", "Drissa"],
        "last": ["Traoré", "Keïta", "Coulibaly", "Konaté", "Touré", "Diarra", "Sangaré"],
        "langs": ["bm", "fr"], "doc_lang": ["fr"],
    },
    "TR": {
        "female": ["Ayşe", "Elif", "Zeynep", "Fatma"],
        "male": ["Mehmet", "Mustafa", "Emre", "Burak"],
        "last": ["Çelik", "Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk"],
        "langs": ["tr", "en"], "doc_lang": ["en"],
    },
    "NG": {
        "female": ["Chioma", "Ngozi", "Blessing", "Funmilayo", "Adaeze"],
        "male": ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi"],
        "last": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu"],
        "langs": ["en", "yo", "ig"], "doc_lang": ["en"],
    },
}

# Faker locales for the other countries of origin (Latin script).
FAKER_LOCALES = {"ES": "es_ES", "CO": "es_CO", "VE": "es_ES", "RO": "ro_RO", "PE": "es_ES", "HN": "es_MX"}

NEIGHBOURHOODS = [
    "El Naranjo", "La Avanzada", "Loranca", "El Arroyo", "Parque Miraflores", "Centro",
    "La Serna", "Belén", "El Vivero", "Cerro-El Molino", "Fuenlabrada II", "Las Provincias",
]

OCCUPATIONS = [
    "Auxiliar de jardinería", "Celador/a", "Ayudante de cocina", "Camarero/a", "Instalador/a de suelos",
    "Cuidador/a de personas mayores", "Mozo/a de almacén", "Dependiente/a", "Limpieza de oficinas",
    "Operario/a de reciclaje", "Técnico/a de drones", "Montador/a de dispositivos IoT",
]

COMPANIES = [
    ("Viveros Fuenlabrada", "Jardinería"), ("Jardines del Sur", "Jardinería"), ("Hospital de Fuenlabrada", "Sanidad"),
    ("Residencia Los Olivos", "Cuidados"), ("Cocinas Loranca", "Hostelería"), ("Catering La Serna", "Hostelería"),
    ("Suelos Rápidos Madrid Sur", "Construcción"), ("Tarimas y Vinilos Arroyo", "Construcción"),
    ("Recicla Fuenla", "Reciclaje"), ("EcoHuerta Sur", "Agricultura ecológica"), ("DronSur Producciones", "Audiovisual"),
    ("Conecta IoT Instalaciones", "Tecnología"), ("Cuidar en Casa", "Cuidados"), ("Panadería El Naranjo", "Alimentación"),
    ("Limpiezas Miraflores", "Servicios"), ("Logística Polígono Cobo Calleja", "Logística"),
    ("Bar Restaurante La Plaza", "Hostelería"), ("Clínica Dental Centro", "Sanidad"),
    ("Multimedia Fuenlabrada", "Comunicación"), ("Talleres Belén", "Automoción"),
]

TECHNICIANS = ["Lucía Fernández Ortega", "Javier Moreno Ruiz", "Nadia Benhaddou", "Carmen Ríos Delgado", "Pablo Serrano Gil"]

CONNECTOR_FIELDS = [
    "Hostelería", "Jardinería", "Sanidad", "Cuidados", "Construcción", "Comercio", "Logística",
    "Tecnología", "Educación", "Administración",
]

GOALS = {
    "diagnosis": ["Completar el diagnóstico de competencias", "Identificar fortalezas profesionales"],
    "soft_skills": ["Mejorar la comunicación en equipo", "Trabajar la autoestima en entrevistas", "Gestionar la frustración ante contratiempos"],
    "technical": ["Superar el módulo técnico del laboratorio", "Obtener el certificado de manipulador de alimentos", "Practicar el uso de maquinaria"],
    "language": ["Alcanzar el nivel B1 de español", "Preparar el examen DELE A2", "Ampliar vocabulario del sector"],
    "job_search": ["Actualizar el currículum", "Preparar tres entrevistas", "Inscribirse en portales de empleo", "Visitar dos empresas del sector"],
}

STORY_SNIPPETS = [
    "Llegué a Fuenlabrada sin conocer a nadie y el laboratorio me ayudó a recuperar la confianza.",
    "Trabajé muchos años en el campo; ahora quiero aprender un oficio con futuro.",
    "Después de mucho tiempo en paro, trabajar en equipo con gente de otros países me cambió la mirada.",
    "Mi familia depende de mí; encontrar un empleo estable es mi prioridad.",
    "En mi país era profesora; aquí empiezo de nuevo, paso a paso.",
]
