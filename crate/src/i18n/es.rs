//! Español.

use super::catalogue::*;

pub static COMMON: Common = Common {
    durations: DurationWords {
        under_a_minute: "menos de un minuto",
        minutes: UnitWords {
            one: "un minuto",
            many: "{count} minutos",
            bare_plural: "minutos",
        },
        hours: UnitWords {
            one: "una hora",
            many: "{count} horas",
            bare_plural: "horas",
        },
        days: UnitWords {
            one: "un día",
            many: "{count} días",
            bare_plural: "días",
        },
        weeks: UnitWords {
            one: "una semana",
            many: "{count} semanas",
            bare_plural: "semanas",
        },
        months: UnitWords {
            one: "un mes",
            many: "{count} meses",
            bare_plural: "meses",
        },
        years: UnitWords {
            one: "un año",
            many: "{count} años",
            bare_plural: "años",
        },
        about: "aproximadamente {duration}",
        less_than: "menos de {duration}",
        at_least: "al menos {duration}",
        between: "entre {low} y {high}",
        between_same_unit: "entre {low} y {high} {unit}",
    },
    dates: DateWords {
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        day_month: "{day} de {month}",
        day_month_year: "{day} de {month} de {year}",
        first_day: "1",
    },
    sent: SentWords {
        heading: "Tus invitaciones enviadas",
        never_read: "Invite Watch aún no ha visto tus invitaciones enviadas: abre una vez la \
                     pestaña Enviadas y aquí verás un resumen.",
        open_sent: "Abrir las invitaciones enviadas",
        as_of: "Pestaña Enviadas leída por última vez {ago}.",
        partial: "Entonces solo se había cargado parte de la lista: desplázate una vez hasta el \
                  final para un recuento completo.",
        pending: Plural {
            one: "1 invitación pendiente",
            other: "{count} invitaciones pendientes",
        },
        over_three_weeks: Plural {
            one: "1 de ellas desde hace más de tres semanas",
            other: "{count} de ellas desde hace más de tres semanas",
        },
        over_three_months: Plural {
            one: "1 desde hace más de tres meses",
            other: "{count} desde hace más de tres meses",
        },
        without_note: Plural {
            one: "1 enviada sin mensaje",
            other: "{count} enviadas sin mensaje",
        },
        oldest: "Las más antiguas",
        oldest_age: "pendiente desde hace {duration}",
    },
    history: HistoryWords {
        heading: "Las últimas 12 semanas",
        received: "Recibidas",
        answered: "Respondidas",
        vanished: "Desaparecidas",
        pending_each_week: "Invitaciones recibidas pendientes cada semana, desde hace 12 semanas \
                            hasta esta: {values}.",
        vanished_in_week: "Una desapareció en la semana del {weeks}.",
        vanished_in_weeks: "Desaparecieron invitaciones en las semanas del {weeks}.",
        none_vanished: "Ninguna desapareció en estas semanas.",
        and: " y del ",
        legend_pending: "Pendientes cada semana",
        legend_vanished: "Una semana en la que desapareció una",
    },
    ui: UiTexts {
        language_name: "Español",
        resolve: "Sí, la acepté o la ignoré",
        resolve_all: "Sí, fui yo",
        open_profile: "Abrir perfil",
        dismiss: "Cerrar",
        copy: "Copiar",
        copied: "Copiado",
        details: "Por qué, y qué hacer",
        more_reasons: "Más motivos",
        options_link: "Opciones",
        new_badge: "nueva",
        noticed: "Detectada {ago}",
        ago: AgoWords {
            just_now: "ahora mismo",
            minutes: Plural {
                one: "hace 1 minuto",
                other: "hace {count} minutos",
            },
            hours: Plural {
                one: "hace 1 hora",
                other: "hace {count} horas",
            },
            days: Plural {
                one: "hace 1 día",
                other: "hace {count} días",
            },
        },
        notify_one: "Una invitación ha salido de tu lista. Abre Invite Watch para ver por qué puede haber pasado.",
        notify_many: "Algo ha cambiado en tus invitaciones. Abre Invite Watch para ver qué puede haber pasado.",
        history_damaged: "Invite Watch encontró dañado su historial guardado, guardó una copia y empezó de nuevo. Puedes exportar la copia desde la página de opciones.",
        history_unavailable: "Invite Watch no ha podido abrir su historial ahora mismo. Cierra esta ventana y vuelve a abrirla dentro de un momento.",
        storage_pruned: "El almacenamiento de tu navegador para Invite Watch estaba lleno, así que se han eliminado {count} entradas antiguas (de hace más de {days} días) para seguir vigilando tus invitaciones.",
        storage_not_saved_full: "Invite Watch no ha podido guardar los últimos cambios: el almacenamiento de tu navegador para la extensión está lleno. Para liberar espacio, exporta el historial y luego bórralo en las opciones.",
        storage_not_saved: "Invite Watch no ha podido guardar los últimos cambios: tu navegador no ha permitido almacenarlos.",
        failed_not_understood: "Invite Watch no ha entendido esta petición. Suele bastar con volver a cargar la página.",
        failed_storage: "El almacenamiento de tu navegador no ha respondido.",
        failed_storage_full: "El almacenamiento de tu navegador para Invite Watch está lleno.",
    },
    status: StatusTexts {
        never: "Todavía no se ha leído ninguna página de invitaciones: abre tu administrador de invitaciones de LinkedIn e Invite Watch empezará a vigilarlas.",
        read: "Última lectura {ago} · {watched} · {what}",
        unreadable: "Última lectura {ago}: no se pudo leer la página ({why}), así que no se sacó ninguna conclusión · {watched}.",
        watched: Plural {
            one: "{count} invitación pendiente vigilada",
            other: "{count} invitaciones pendientes vigiladas",
        },
        why_logged_out: "parecía que no habías iniciado sesión",
        why_restricted: "LinkedIn mostraba una restricción o una verificación",
        why_error_page: "LinkedIn mostraba una página de error",
        why_not_manager: "no era el administrador de invitaciones",
        why_unknown_layout: "Invite Watch no conoce este diseño de página",
        sent: "se leyeron tus invitaciones enviadas (no se vigila si desaparecen).",
        filtered: "había un filtro activo, y eso no dice nada de las demás: muestra todas las invitaciones recibidas para que se comprueben.",
        all_checked: Plural {
            one: "se comprobó la única invitación de la lista.",
            other: "se comprobaron las {count} invitaciones de la lista.",
        },
        loading: "se comprobaron {count} mientras la lista aún se cargaba; Invite Watch volverá a comprobarla cuando termine de cargarse.",
        some_of: "se comprobaron {count} de {total}: desplázate una vez hasta el final de tus invitaciones para que se puedan comprobar todas.",
        some_so_far: "de momento se comprobaron {count}: desplázate una vez hasta el final de tus invitaciones (o pulsa «Mostrar más») para que se puedan comprobar todas.",
        cues_disagree: "las cifras de la página no coinciden, así que no se sacó ninguna conclusión. Recargar la página puede ayudar; si vuelve a pasar, LinkedIn cambió la página y un informe de estructura ayuda a corregir Invite Watch.",
        no_count: "se comprobaron {count}, pero la página no mostraba ningún total para saber si era la lista completa, así que no se sacó ninguna conclusión. Si vuelve a pasar, un informe de estructura ayuda a corregir Invite Watch.",
        report_hint: "Si LinkedIn cambió su página, un informe de estructura ayuda a corregir Invite Watch. Solo contiene la disposición de la página: ningún nombre, titular, mensaje ni otro texto. Pégalo en un informe de error.",
        report_button: "Copiar un informe de estructura de la página",
        report_copied: "Copiado: pégalo en un informe de error",
    },
    options: OptionsTexts {
        page_title: "Invite Watch – Opciones",
        tone_heading: "Tono de las explicaciones",
        tone_label: "Tono",
        preview: "Vista previa:",
        language_heading: "Idioma",
        language_label: "Idioma de las explicaciones y los botones",
        language_auto: "Como el navegador",
        alerts_heading: "Cuando desaparece una invitación",
        in_page_card: "Mostrar una tarjeta en la página de invitaciones",
        notifications: "Mostrar también una notificación del sistema (pide permiso)",
        permission_failed: "No se pudo pedir el permiso.",
        permission_refused: "Las notificaciones siguen desactivadas: no se concedió el permiso.",
        history_heading: "Historial",
        keep_for: "Conservar el historial resuelto durante",
        retention: ["1 mes", "3 meses", "1 año", "10 años"],
        export: "Exportar historial (JSON)",
        clear: "Borrar historial…",
        clear_question: "Se olvidarán todas las invitaciones vistas.",
        clear_yes: "Sí, borrar todo",
        clear_no: "Conservarlo",
        exported: "Historial exportado.",
        export_failed: "No se pudo exportar.",
        cleared: "Historial borrado.",
        clear_failed: "No se pudo borrar el historial.",
        saved: "Guardado.",
        save_failed: "No se pudo guardar.",
        download_again: "Descargar de nuevo",
        privacy_heading: "Qué guarda Invite Watch",
        privacy: [
            "Para notar lo que desaparece, Invite Watch guarda una lista de las invitaciones \
             que recibiste: nombres, titulares y enlaces de perfil de otras personas, la nota \
             que te escribieron y cuándo llegó y se fue cada una.",
            "Se guarda solo en el almacenamiento de la extensión, en este dispositivo. No se \
             envía nada ni a nosotros ni a nadie; solo tus ajustes (tono, idioma) te acompañan \
             con la sincronización del navegador.",
            "Las invitaciones que siguen en tu lista se guardan mientras estén ahí; las \
             resueltas se olvidan tras el plazo que elijas abajo. «Borrar historial» lo olvida \
             todo de una vez.",
            "Una exportación contiene datos de otras personas (nombres, titulares, notas). \
             Guárdala para ti y bórrala cuando ya no la necesites.",
        ],
        privacy_policy: "La política de privacidad completa (en inglés)",
    },
    sample_name: "Lucía García",
    sample_headline: "Diseñadora de producto",
};

pub static WARM: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Cercano",
    tone_description: "Tranquilizador y personal, como una amiga que lo repasa contigo.",
    title: "Una invitación ha salido de tu lista",
    summary: "La invitación de {name} ya no estaba en tu lista la última vez que Invite Watch miró.",
    summary_unnamed: "Una de tus invitaciones ya no estaba en tu lista la última vez que Invite Watch miró.",
    pending_for: "Llevaba {duration} esperándote.",
    lead: LeadTexts {
        change_of_heart: "Lo más probable es que simplemente haya cambiado de idea, y eso no suele ser nada personal.",
        sent_by_mistake: "Lo más probable es que se enviara por error y la retiraran sin más: nada personal.",
        handled_elsewhere: "Lo más probable es que ya la respondieras en otro sitio, así que no hay de qué preocuparse.",
        old_invitations_cleaned_up: "Lo más probable es que hiciera limpieza de invitaciones antiguas, y eso no suele ser nada personal.",
        account_closed: "Lo más probable es que cerrara o pausara su cuenta, y eso no tiene nada que ver contigo.",
        follow_bundled: "Quizá se fue junto con un seguimiento que deshizo; no suele ser nada personal.",
        technical_issue: "Quizá solo fue un fallo técnico, que no tiene nada que ver contigo.",
    },
    ask_elsewhere: "¿La respondiste en otro sitio (app, correo)?",
    most_common: "Es el motivo más habitual.",
    headings: HeadingTexts {
        reasons: "Qué puede haber pasado",
        actions: "Qué puedes hacer",
        tips: "Para tus propias invitaciones",
        draft: "Una nota para tu invitación",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Quizá cambió de idea",
            text: "A veces se invita por impulso y luego se decide mantener una red más pequeña \
                   o centrarse en un nuevo puesto. Si fue así, dice mucho más de sus planes que \
                   de ti.",
        },
        sent_by_mistake: Entry {
            title: "Quizá se envió por error",
            text: "Puede que pulsara el botón sin querer o que buscara a alguien con un nombre \
                   parecido. Quien se da cuenta suele retirarla enseguida, a menudo antes de que \
                   tú la vieras.",
        },
        handled_elsewhere: Entry {
            title: "¿La respondiste en otro sitio?",
            text: "¿Pudiste aceptarla o ignorarla en la app de LinkedIn, desde un correo o en \
                   otro navegador? ¿O has iniciado sesión aquí con otra cuenta de LinkedIn? \
                   Invite Watch no ve nada de eso, así que vale la pena echar un vistazo.",
        },
        old_invitations_cleaned_up: Entry {
            title: "Quizá hizo limpieza de invitaciones antiguas",
            text: "LinkedIn limita cuántas invitaciones se pueden enviar y puede frenar a quien \
                   tiene muchas sin respuesta. Por eso mucha gente retira de golpe las antiguas, \
                   y la tuya pudo irse con ellas.",
        },
        account_closed: Entry {
            title: "Quizá cerró su cuenta",
            text: "Si cerró o pausó su cuenta de LinkedIn, para empezar de cero o tomarse un \
                   respiro, sus invitaciones pendientes desaparecieron con ella. Tú no tienes \
                   nada que ver.",
        },
        follow_bundled: Entry {
            title: "Quizá iba unida a un seguimiento",
            text: "Si te siguió y te invitó a la vez, puede que ambas cosas fueran juntas. Si \
                   luego dejó de seguirte, quizá la invitación se fue también. Es solo una \
                   suposición.",
        },
        technical_issue: Entry {
            title: "Puede que fuera un fallo",
            text: "De vez en cuando un error, una caída o un filtro de spam demasiado celoso \
                   hace desaparecer una invitación. No es habitual, pero si fue eso, no tiene \
                   nada que ver contigo.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Más probable",
        possible: "Posible",
        less_likely: "Menos probable",
    },
    why: WhyTexts {
        pending_under_a_day: "Solo estuvo un rato en tu lista, un día como mucho.",
        pending_for_weeks: "Llevaba un par de semanas o más esperando.",
        came_with_note: "Se tomó la molestia de escribirte una nota personal.",
        several_at_once: "Faltaban varias invitaciones la siguiente vez que se leyó la página.",
        mass_disappearance: "Faltaban muchas invitaciones en la misma lectura, y eso rara vez \
                             depende de una sola persona.",
        follows_you: "Te sigue, además de invitarte.",
        no_follow_mentioned: "La invitación no decía que te siguiera.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Dejarlo estar",
            text: "Si no tenías especial interés en conectar, no tienes que hacer nada. Está \
                   perfectamente bien dejarlo así.",
        },
        ask_to_reconnect: Entry {
            title: "Saludar",
            text: "Si puedes escribirle, basta con un saludo breve y amable, sin preguntar el \
                   porqué.",
        },
        send_own_invitation: Entry {
            title: "Invitarle tú",
            text: "Si la conexión te sigue pareciendo valiosa, envía tu propia invitación, con \
                   la nota de abajo o unas palabras tuyas.",
        },
        ask_shared_connection: Entry {
            title: "Pedírselo a un contacto común",
            text: "Si tenéis un contacto en común, quizá le encante presentaros: un comienzo \
                   más cálido que una invitación caída del cielo.",
        },
        watch_for_new_invitation: Entry {
            title: "Estar atento",
            text: "Puede que vuelva a invitarte. Tras retirarla, LinkedIn no le deja hacerlo \
                   durante hasta tres semanas, así que paciencia; Invite Watch avisará si vuelve \
                   una invitación.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} os conoce a los dos: quizá le encante presentaros, un comienzo más \
                  cálido que una invitación caída del cielo.",
            other: "{name} es uno de los {count} contactos que tenéis en común: quizá le encante \
                    presentaros, un comienzo más cálido que una invitación caída del cielo.",
        },
        watch_until: "Puede que vuelva a invitarte. Tras retirarla, LinkedIn puede impedírselo \
                      durante hasta tres semanas, en este caso hasta el {date} como muy tarde; \
                      Invite Watch avisará si vuelve una invitación.",
        watch_over: "Puede que vuelva a invitarte. Tras retirarla, LinkedIn puede impedírselo \
                     durante hasta tres semanas; en este caso, eso terminó el {date} como muy \
                     tarde. Invite Watch avisará si vuelve una invitación.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Ordenar las más antiguas",
            text: "LinkedIn puede restringir a quienes tienen muchas invitaciones sin respuesta, \
                   así que retirar las más antiguas es una limpieza habitual. Eso sí: tras \
                   retirarla, no podrás volver a invitar a esa persona durante hasta tres \
                   semanas.",
        },
        nothing_to_tidy: "Aquí no hay nada que ordenar.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Invita a quien conoces",
            text: "Las invitaciones a personas que conoces de verdad, o con quienes trabajas, \
                   son las mejor recibidas.",
        },
        personalise_your_note: Entry {
            title: "Añade una línea personal",
            text: "Una frase sobre por qué quieres conectar hace que la invitación se sienta \
                   pensada, no en serie.",
        },
        complete_your_profile: Entry {
            title: "Deja que tu perfil hable por ti",
            text: "Un perfil completo y al día ayuda a que te reconozcan y vean por qué tiene \
                   sentido conectar.",
        },
        be_selective: Entry {
            title: "Elige con cuidado",
            text: "Unas pocas invitaciones bien elegidas llegan más lejos que muchas al azar, y \
                   te mantienen lejos de los límites de LinkedIn.",
        },
        follow_up_after_connecting: Entry {
            title: "Da seguimiento con cariño",
            text: "Cuando alguien acepte, un saludo breve convierte una conexión nueva en una \
                   de verdad.",
        },
        tend_your_reputation: Entry {
            title: "Cuida cómo te ven",
            text: "De vez en cuando, mira tu perfil como lo ven los demás y pule lo que pueda \
                   dar una impresión equivocada.",
        },
    },
    reassurance: "No le des demasiadas vueltas. Una invitación retirada suele tener que ver con \
                  los planes de la otra persona, no contigo, y no hay nada que arreglar.",
    mass: MassTexts {
        title: "Varias invitaciones se fueron a la vez",
        summary: "Faltaban {count} invitaciones la siguiente vez que se leyó la página.",
        text: "Cuando se van tantas juntas, rara vez es cosa de una sola persona. ¿Cambiaste de \
               cuenta de LinkedIn, o las respondiste en la app, desde un correo o en otro \
               navegador? Si no, quizá sea un fallo pasajero de LinkedIn; vuelve a mirar un poco \
               más tarde.",
    },
    resent: ResentTexts {
        title: "Una invitación ha vuelto",
        summary: "La invitación de {name} vuelve a estar en tu lista.",
        summary_unnamed: "Una invitación vuelve a estar en tu lista.",
        text: "Había desaparecido un tiempo y ha vuelto: quizá te invitó de nuevo, o solo \
               estaba oculta. En cualquier caso, puedes responderla como antes.",
    },
    draft: DraftTexts {
        named: "Hola, {first_name}: vi que pensabas en conectar y me encantaría. Sin ninguna \
                presión si no es buen momento. Un abrazo",
        unnamed: "Hola: vi que pensabas en conectar y me encantaría. Sin ninguna presión si no \
                  es buen momento. Un abrazo",
    },
    draft_where: "Para usarla, abre su perfil, elige «Conectar» (quizá en «Más»), luego «Añadir \
                  una nota» y pégala.",
    surfaces: SurfaceTexts {
        card_heading_one: "Una invitación ha salido de tu lista",
        card_heading_several: "Han cambiado algunas cosas en tus invitaciones",
        card_heading_notice: "Algo ha cambiado en tus invitaciones",
        popup_empty: "No ha desaparecido nada. Invite Watch vigila tus invitaciones por ti.",
    },
};

pub static PROFESSIONAL: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Profesional",
    tone_description: "Neutro y conciso, en un registro profesional.",
    title: "Invitación ya no pendiente",
    summary: "La invitación de {name} ya no figuraba en la última lectura de la página.",
    summary_unnamed: "Una invitación ya no figuraba en la última lectura de la página.",
    pending_for: "Pendiente desde hace {duration}.",
    lead: LeadTexts {
        change_of_heart: "Lo más probable es que el remitente lo reconsiderara; rara vez tiene que ver con usted.",
        sent_by_mistake: "Lo más probable es que se enviara por error y se retirara; no tiene que ver con usted.",
        handled_elsewhere: "Lo más probable es que se respondiera en otro lugar; puede que no haga falta nada.",
        old_invitations_cleaned_up: "Lo más probable es que el remitente retirara invitaciones antiguas; rara vez tiene que ver con usted.",
        account_closed: "Lo más probable es que se cerrara la cuenta del remitente; no tiene que ver con usted.",
        follow_bundled: "Posiblemente se retiró junto con un seguimiento; rara vez tiene que ver con usted.",
        technical_issue: "Posiblemente la eliminó un problema técnico; no tiene que ver con usted.",
    },
    ask_elsewhere: "¿Respondió en otro lugar (app, correo)?",
    most_common: "Es la causa más frecuente.",
    headings: HeadingTexts {
        reasons: "Posibles motivos",
        actions: "Opciones",
        tips: "Buenas prácticas para sus invitaciones",
        draft: "Nota de invitación sugerida",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Cambio de opinión",
            text: "Es posible que el remitente reconsiderara y retirara la invitación. Suele \
                   reflejar sus propias prioridades, como un nuevo puesto o un enfoque más \
                   selectivo.",
        },
        sent_by_mistake: Entry {
            title: "Enviada por error",
            text: "Es posible que la invitación se enviara sin querer, por un clic involuntario \
                   o a alguien con un nombre similar, y se retirara al advertirlo.",
        },
        handled_elsewhere: Entry {
            title: "¿Gestionada en otro lugar?",
            text: "¿Se aceptó o ignoró la invitación en la app, por correo, en la página Mi red \
                   o en otro navegador, o hay otra cuenta de LinkedIn con la sesión iniciada? \
                   Invite Watch no puede verlo; compruébelo, por favor.",
        },
        old_invitations_cleaned_up: Entry {
            title: "Limpieza de invitaciones pendientes",
            text: "LinkedIn limita cuántas invitaciones se pueden enviar y puede restringir a \
                   quien acumula muchas sin respuesta. Por eso se suelen retirar en bloque las \
                   antiguas; esta pudo estar entre ellas.",
        },
        account_closed: Entry {
            title: "Cuenta cerrada o desactivada",
            text: "Es posible que el remitente cerrara o desactivara su cuenta, por ejemplo \
                   tras un cambio de empleo o por privacidad; sus invitaciones pendientes se \
                   eliminan también.",
        },
        follow_bundled: Entry {
            title: "Retirada junto con un seguimiento",
            text: "Si el remitente le siguió y le invitó, la invitación pudo retirarse al \
                   revisar las cuentas que sigue. Es una conjetura, no una causa documentada.",
        },
        technical_issue: Entry {
            title: "Problema técnico",
            text: "En ocasiones, un fallo del sistema, una caída o un filtro de spam puede \
                   eliminar una invitación pendiente. Es poco frecuente.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Más probable",
        possible: "Posible",
        less_likely: "Menos probable",
    },
    why: WhyTexts {
        pending_under_a_day: "Pendiente como mucho un día.",
        pending_for_weeks: "Pendiente dos semanas o más.",
        came_with_note: "Enviada con una nota personal.",
        several_at_once: "Faltaban varias invitaciones en la misma lectura de la página.",
        mass_disappearance: "Faltaba un gran número de invitaciones en la misma lectura.",
        follows_you: "El remitente también le sigue.",
        no_follow_mentioned: "La invitación no incluía un seguimiento.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Pasar página",
            text: "Si la conexión no es prioritaria, no hace falta hacer nada.",
        },
        ask_to_reconnect: Entry {
            title: "Enviar un mensaje breve",
            text: "Si es posible escribirle, basta un mensaje breve y cortés. No pregunte el \
                   motivo.",
        },
        send_own_invitation: Entry {
            title: "Enviar su propia invitación",
            text: "Si la conexión sigue siendo valiosa, envíe usted una invitación, con la nota \
                   sugerida abajo o la suya.",
        },
        ask_shared_connection: Entry {
            title: "Recurrir a un contacto común",
            text: "Si tienen contactos en común, alguno de ellos podría presentarles.",
        },
        watch_for_new_invitation: Entry {
            title: "Esperar una nueva invitación",
            text: "El remitente puede volver a invitarle. Tras una retirada, LinkedIn lo impide \
                   durante hasta tres semanas, así que una nueva invitación puede tardar.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} es un contacto en común y podría presentarles.",
            other: "{name} es uno de sus {count} contactos en común y podría presentarles.",
        },
        watch_until: "El remitente puede volver a invitarle. Tras una retirada, LinkedIn lo \
                      impide durante hasta tres semanas, en este caso hasta el {date} como muy \
                      tarde.",
        watch_over: "El remitente puede volver a invitarle. Tras una retirada, LinkedIn lo \
                     impide durante hasta tres semanas; en este caso, ese plazo terminó el \
                     {date} como muy tarde.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Retirar las invitaciones más antiguas",
            text: "LinkedIn puede restringir a los miembros con muchas invitaciones sin \
                   respuesta; retirar las más antiguas es una práctica habitual. Tras una \
                   retirada, no podrá volver a invitar a esa persona durante hasta tres semanas.",
        },
        nothing_to_tidy: "No es necesaria ninguna acción.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Invitar a contactos relevantes",
            text: "Centre sus invitaciones en personas que conoce o con vínculos profesionales \
                   claros.",
        },
        personalise_your_note: Entry {
            title: "Personalizar la invitación",
            text: "Incluya una nota breve con el motivo para conectar.",
        },
        complete_your_profile: Entry {
            title: "Completar el perfil",
            text: "Asegúrese de que su perfil está completo y al día antes de invitar.",
        },
        be_selective: Entry {
            title: "Ser selectivo",
            text: "Invite de forma dirigida, no en volumen; LinkedIn también limita el volumen.",
        },
        follow_up_after_connecting: Entry {
            title: "Hacer seguimiento",
            text: "Tras aceptarse una invitación, envíe un mensaje breve para iniciar la \
                   relación.",
        },
        tend_your_reputation: Entry {
            title: "Cuidar su reputación",
            text: "Revise periódicamente su perfil público y corrija lo que pueda desanimar a \
                   conectar.",
        },
    },
    reassurance: "Las invitaciones retiradas son habituales en LinkedIn y rara vez dicen algo \
                  del destinatario. No hace falta corregir nada.",
    mass: MassTexts {
        title: "Varias invitaciones ya no pendientes",
        summary: "{count} invitaciones ya no figuraban en la siguiente lectura de la página.",
        text: "Esto suele indicar una acción fuera de esta página más que retiradas \
               individuales. ¿Cambió de cuenta de LinkedIn o respondió en la app, por correo o en \
               otro navegador? Si no, es posible un problema técnico temporal; vuelva a \
               comprobarlo más tarde.",
    },
    resent: ResentTexts {
        title: "Invitación recibida de nuevo",
        summary: "La invitación de {name} vuelve a estar pendiente.",
        summary_unnamed: "Una invitación vuelve a estar pendiente.",
        text: "La invitación faltaba y ha reaparecido, porque se envió de nuevo o porque no se \
               mostraba temporalmente. Puede aceptarla o ignorarla como de costumbre.",
    },
    draft: DraftTexts {
        named: "Estimado/a {first_name}: gracias por su invitación anterior. Me encantaría \
                conectar, si aún le parece oportuno. Un saludo cordial",
        unnamed: "Hola: gracias por su invitación anterior. Me encantaría conectar, si aún le \
                  parece oportuno. Un saludo cordial",
    },
    draft_where: "Úsela como nota de una nueva invitación: en su perfil, «Conectar» (o en \
                  «Más»), luego «Añadir una nota».",
    surfaces: SurfaceTexts {
        card_heading_one: "Una invitación ya no está pendiente",
        card_heading_several: "Cambios en sus invitaciones pendientes",
        card_heading_notice: "Un cambio en sus invitaciones pendientes",
        popup_empty: "No ha desaparecido ninguna invitación. Sus invitaciones pendientes están \
                      bajo seguimiento.",
    },
};

pub static BRIEF: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Breve",
    tone_description: "Solo lo esencial, en pocas líneas.",
    title: "Invitación desaparecida",
    summary: "La invitación de {name} se fue.",
    summary_unnamed: "Una invitación se fue.",
    pending_for: "Pendiente durante {duration}.",
    lead: LeadTexts {
        change_of_heart: "Seguramente cambió de idea. Rara vez es personal.",
        sent_by_mistake: "Seguramente un error. Nada personal.",
        handled_elsewhere: "Seguramente respondida en otro sitio. Nada que hacer.",
        old_invitations_cleaned_up: "Seguramente limpieza de antiguas. Rara vez es personal.",
        account_closed: "Seguramente cuenta cerrada. Nada personal.",
        follow_bundled: "Quizá se fue con un seguimiento. Rara vez es personal.",
        technical_issue: "Quizá un fallo. Nada personal.",
    },
    ask_elsewhere: "¿Respondida en otro sitio (app, correo)?",
    most_common: "Lo más común.",
    headings: HeadingTexts {
        reasons: "¿Por qué?",
        actions: "¿Y ahora?",
        tips: "Consejos",
        draft: "Nota",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Cambio de idea",
            text: "Quizá al final no quiso conectar. Rara vez es personal.",
        },
        sent_by_mistake: Entry {
            title: "Por error",
            text: "Quizá un clic sin querer o un nombre parecido, y luego retirada.",
        },
        handled_elsewhere: Entry {
            title: "¿Respondida en otro sitio?",
            text: "¿Aceptada o ignorada en la app, un correo u otro navegador? ¿Otra cuenta?",
        },
        old_invitations_cleaned_up: Entry {
            title: "Limpieza de antiguas",
            text: "LinkedIn frena a quien tiene muchas pendientes; la tuya pudo irse en una \
                   limpieza.",
        },
        account_closed: Entry {
            title: "Cuenta cerrada",
            text: "Si cerró o pausó la cuenta, sus invitaciones se fueron con ella.",
        },
        follow_bundled: Entry {
            title: "Unida a un seguimiento",
            text: "Solo una suposición: si te siguió e invitó a la vez, dejar de seguirte pudo \
                   llevársela.",
        },
        technical_issue: Entry {
            title: "Fallo",
            text: "Poco común, pero un error, una caída o el filtro de spam puede quitar una \
                   invitación.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "más bien sí",
        possible: "quizá",
        less_likely: "más bien no",
    },
    why: WhyTexts {
        pending_under_a_day: "Un día como mucho.",
        pending_for_weeks: "Más de 2 semanas.",
        came_with_note: "Traía nota.",
        several_at_once: "Faltaban varias a la vez.",
        mass_disappearance: "Faltaban muchas a la vez.",
        follows_you: "Te sigue.",
        no_follow_mentioned: "Sin seguimiento.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "No hacer nada",
            text: "¿No te interesa? Nada que hacer.",
        },
        ask_to_reconnect: Entry {
            title: "Escribirle",
            text: "¿Puedes escribirle? Breve, sin preguntar por qué.",
        },
        send_own_invitation: Entry {
            title: "Invitarle",
            text: "¿Merece la pena? Envía tu invitación con la nota de abajo.",
        },
        ask_shared_connection: Entry {
            title: "Contacto común",
            text: "Pide a alguien que conozcáis los dos que os presente.",
        },
        watch_for_new_invitation: Entry {
            title: "Atento a otra invitación",
            text: "Tras retirarla no puede reinvitarte durante hasta 3 semanas; quizá llegue \
                   otra.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} os conoce a los dos: pídele que os presente.",
            other: "{name} (1 de {count} contactos comunes) podría presentaros.",
        },
        watch_until: "Si la retiró, no puede reinvitarte hasta el {date} como muy tarde; quizá \
                      llegue otra.",
        watch_over: "Si la retiró, puede reinvitarte desde el {date} como muy tarde; quizá \
                     llegue otra.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Retira las más antiguas",
            text: "LinkedIn puede restringir si hay muchas sin respuesta; retirar las viejas es \
                   habitual. Sin reinvitar hasta 3 semanas después.",
        },
        nothing_to_tidy: "Nada que ordenar.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Conoce primero",
            text: "Invita a gente que conoces o con quien trabajas.",
        },
        personalise_your_note: Entry {
            title: "Añade una nota",
            text: "Una línea sobre por qué quieres conectar.",
        },
        complete_your_profile: Entry {
            title: "Completa tu perfil",
            text: "Un perfil completo se reconoce.",
        },
        be_selective: Entry {
            title: "Calidad antes que cantidad",
            text: "Menos invitaciones, más dirigidas; LinkedIn limita el volumen.",
        },
        follow_up_after_connecting: Entry {
            title: "Saluda después",
            text: "Un hola rápido cuando acepten.",
        },
        tend_your_reputation: Entry {
            title: "Revisa tu imagen",
            text: "De vez en cuando, mira tu perfil como los demás; corrige lo que eche atrás.",
        },
    },
    reassurance: "Rara vez es personal. Nada que arreglar.",
    mass: MassTexts {
        title: "Muchas se fueron a la vez",
        summary: "Faltaban {count} invitaciones a la vez.",
        text: "¿Cambiaste de cuenta o respondiste en la app? Si no, quizá un fallo; mira más \
               tarde.",
    },
    resent: ResentTexts {
        title: "Ha vuelto",
        summary: "La invitación de {name} volvió.",
        summary_unnamed: "Una invitación volvió.",
        text: "Quizá reenviada u oculta un rato. Respóndela como siempre.",
    },
    draft: DraftTexts {
        named: "Hola, {first_name}: vi tu invitación. ¡Será un placer conectar!",
        unnamed: "Hola: vi tu invitación. ¡Será un placer conectar!",
    },
    draft_where: "Pégala como nota: perfil › Conectar › Añadir una nota.",
    surfaces: SurfaceTexts {
        card_heading_one: "Invitación desaparecida",
        card_heading_several: "Invitaciones cambiadas",
        card_heading_notice: "Invitaciones cambiadas",
        popup_empty: "No desapareció nada.",
    },
};
