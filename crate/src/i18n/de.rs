//! Deutsch.

use super::catalogue::*;

pub static COMMON: Common = Common {
    durations: DurationWords {
        under_a_minute: "weniger als einer Minute",
        minutes: UnitWords {
            one: "einer Minute",
            many: "{count} Minuten",
            bare_plural: "Minuten",
        },
        hours: UnitWords {
            one: "einer Stunde",
            many: "{count} Stunden",
            bare_plural: "Stunden",
        },
        days: UnitWords {
            one: "einem Tag",
            many: "{count} Tagen",
            bare_plural: "Tagen",
        },
        weeks: UnitWords {
            one: "einer Woche",
            many: "{count} Wochen",
            bare_plural: "Wochen",
        },
        months: UnitWords {
            one: "einem Monat",
            many: "{count} Monaten",
            bare_plural: "Monaten",
        },
        years: UnitWords {
            one: "einem Jahr",
            many: "{count} Jahren",
            bare_plural: "Jahren",
        },
        about: "etwa {duration}",
        less_than: "weniger als {duration}",
        at_least: "mindestens {duration}",
        between: "zwischen {low} und {high}",
        between_same_unit: "zwischen {low} und {high} {unit}",
    },
    dates: DateWords {
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        day_month: "{day}. {month}",
        day_month_year: "{day}. {month} {year}",
        first_day: "1",
    },
    sent: SentWords {
        heading: "Ihre gesendeten Einladungen",
        never_read: "Invite Watch hat Ihre gesendeten Einladungen noch nicht gesehen: Öffnen Sie \
                     einmal den Tab „Gesendet“, dann erscheint hier eine Übersicht.",
        open_sent: "Gesendete Einladungen öffnen",
        as_of: "Tab „Gesendet“ zuletzt gelesen: {ago}.",
        partial: "Damals war nur ein Teil der Liste geladen: Scrollen Sie einmal bis ans Ende, \
                  damit alle gezählt werden.",
        pending: Plural {
            one: "1 Einladung offen",
            other: "{count} Einladungen offen",
        },
        over_three_weeks: Plural {
            one: "1 davon seit mehr als drei Wochen",
            other: "{count} davon seit mehr als drei Wochen",
        },
        over_three_months: Plural {
            one: "1 seit mehr als drei Monaten",
            other: "{count} seit mehr als drei Monaten",
        },
        without_note: Plural {
            one: "1 ohne Nachricht gesendet",
            other: "{count} ohne Nachricht gesendet",
        },
        oldest: "Die ältesten",
        oldest_age: "seit {duration} offen",
    },
    history: HistoryWords {
        heading: "Die letzten 12 Wochen",
        received: "Erhalten",
        answered: "Beantwortet",
        vanished: "Verschwunden",
        pending_each_week: "Offene erhaltene Einladungen je Woche, von vor 12 Wochen bis diese \
                            Woche: {values}.",
        vanished_in_week: "In der Woche vom {weeks} ist eine verschwunden.",
        vanished_in_weeks: "Einladungen sind in den Wochen vom {weeks} verschwunden.",
        none_vanished: "In diesen Wochen ist keine verschwunden.",
        and: " und ",
        legend_pending: "Offen je Woche",
        legend_vanished: "Eine Woche, in der eine verschwand",
    },
    ui: UiTexts {
        language_name: "Deutsch",
        resolve: "Ja, ich habe sie angenommen oder ignoriert",
        resolve_all: "Ja, das war ich",
        open_profile: "Profil öffnen",
        dismiss: "Schließen",
        copy: "Kopieren",
        copied: "Kopiert",
        details: "Warum, und was nun",
        more_reasons: "Weitere Gründe",
        options_link: "Einstellungen",
        new_badge: "neu",
        noticed: "Bemerkt {ago}",
        ago: AgoWords {
            just_now: "gerade eben",
            minutes: Plural {
                one: "vor 1 Minute",
                other: "vor {count} Minuten",
            },
            hours: Plural {
                one: "vor 1 Stunde",
                other: "vor {count} Stunden",
            },
            days: Plural {
                one: "vor 1 Tag",
                other: "vor {count} Tagen",
            },
        },
        notify_one: "Eine Einladung ist aus Ihrer Liste verschwunden. Invite Watch erklärt, woran das liegen kann.",
        notify_many: "Bei Ihren Einladungen hat sich etwas geändert. Invite Watch zeigt, was passiert sein kann.",
        history_damaged: "Invite Watch hat seinen gespeicherten Verlauf beschädigt vorgefunden, eine Kopie aufbewahrt und neu angefangen. Sie können die Kopie in den Einstellungen exportieren.",
        history_unavailable: "Invite Watch konnte seinen Verlauf gerade nicht öffnen. Schließen Sie dieses Fenster und öffnen Sie es gleich noch einmal.",
        storage_pruned: "Der Speicher Ihres Browsers für Invite Watch war voll. Damit die Einladungen weiter im Blick bleiben, wurden {count} alte Einträge (älter als {days} Tage) entfernt.",
        storage_not_saved_full: "Invite Watch konnte die letzten Änderungen nicht speichern: Der Speicher Ihres Browsers dafür ist voll. Platz schaffen Sie, indem Sie den Verlauf in den Einstellungen exportieren und danach löschen.",
        storage_not_saved: "Invite Watch konnte die letzten Änderungen nicht speichern: Ihr Browser hat das Speichern abgelehnt.",
        failed_not_understood: "Invite Watch hat diese Anfrage nicht verstanden. Meist hilft es, die Seite neu zu laden.",
        failed_storage: "Der Speicher Ihres Browsers hat nicht reagiert.",
        failed_storage_full: "Der Speicher Ihres Browsers für Invite Watch ist voll.",
    },
    status: StatusTexts {
        never: "Noch keine Einladungsseite gelesen: Öffnen Sie Ihre LinkedIn-Einladungsverwaltung, dann behält Invite Watch sie im Blick.",
        read: "Zuletzt gelesen {ago} · {watched} · {what}",
        unreadable: "Zuletzt gelesen {ago}: Die Seite ließ sich nicht lesen ({why}), daher wurde nichts daraus geschlossen · {watched}.",
        watched: Plural {
            one: "{count} offene Einladung im Blick",
            other: "{count} offene Einladungen im Blick",
        },
        why_logged_out: "Sie schienen abgemeldet zu sein",
        why_restricted: "LinkedIn zeigte eine Einschränkung oder Sicherheitsprüfung",
        why_error_page: "LinkedIn zeigte eine Fehlerseite",
        why_not_manager: "es war nicht die Einladungsverwaltung",
        why_unknown_layout: "Invite Watch kennt dieses Seitenlayout nicht",
        sent: "Ihre gesendeten Einladungen wurden gelesen (sie werden nicht auf Verschwinden geprüft).",
        filtered: "Es war ein Filter aktiv, das sagt nichts über die übrigen Einladungen: Zeigen Sie alle erhaltenen Einladungen an, damit sie geprüft werden.",
        all_checked: Plural {
            one: "Die eine Einladung der Liste wurde geprüft.",
            other: "Alle {count} Einladungen der Liste wurden geprüft.",
        },
        loading: "{count} geprüft, während die Liste noch lud; Invite Watch prüft erneut, sobald sie vollständig ist.",
        some_of: "{count} von {total} geprüft – scrollen Sie einmal bis ans Ende Ihrer Einladungen, damit alle geprüft werden können.",
        some_so_far: "Bisher {count} geprüft – scrollen Sie einmal bis ans Ende Ihrer Einladungen (oder klicken Sie auf „Mehr anzeigen“), damit alle geprüft werden können.",
        cues_disagree: "Die Zahlen auf der Seite widersprechen sich, daher wurde nichts daraus geschlossen. Neu laden kann helfen; passiert das öfter, hat LinkedIn die Seite geändert, und ein Seitenstruktur-Bericht hilft, Invite Watch anzupassen.",
        no_count: "{count} geprüft, aber die Seite zeigte keine Anzahl, an der sich erkennen ließe, ob das die ganze Liste war; daher wurde nichts daraus geschlossen. Passiert das öfter, hilft ein Seitenstruktur-Bericht, Invite Watch anzupassen.",
        report_hint: "Wenn LinkedIn seine Seite geändert hat, hilft ein Seitenstruktur-Bericht, Invite Watch anzupassen. Er enthält nur den Aufbau der Seite: keine Namen, Überschriften, Nachrichten oder sonstigen Texte. Fügen Sie ihn in eine Fehlermeldung ein.",
        report_button: "Seitenstruktur-Bericht kopieren",
        report_copied: "Kopiert – fügen Sie ihn in eine Fehlermeldung ein",
    },
    options: OptionsTexts {
        page_title: "Invite Watch – Einstellungen",
        tone_heading: "Ton der Erklärungen",
        tone_label: "Ton",
        preview: "Vorschau:",
        language_heading: "Sprache",
        language_label: "Sprache der Erklärungen und Schaltflächen",
        language_auto: "Wie der Browser",
        alerts_heading: "Wenn eine Einladung verschwindet",
        in_page_card: "Eine Karte auf der Einladungsseite zeigen",
        notifications: "Zusätzlich eine Systembenachrichtigung zeigen (fragt nach der Berechtigung)",
        permission_failed: "Die Berechtigung konnte nicht angefragt werden.",
        permission_refused: "Benachrichtigungen bleiben aus: Die Berechtigung wurde nicht erteilt.",
        history_heading: "Verlauf",
        keep_for: "Erledigten Verlauf aufbewahren für",
        retention: ["1 Monat", "3 Monate", "1 Jahr", "10 Jahre"],
        export: "Verlauf exportieren (JSON)",
        clear: "Verlauf löschen …",
        clear_question: "Damit wird jede gesehene Einladung vergessen.",
        clear_yes: "Ja, alles löschen",
        clear_no: "Behalten",
        exported: "Verlauf exportiert.",
        export_failed: "Export fehlgeschlagen.",
        cleared: "Verlauf gelöscht.",
        clear_failed: "Der Verlauf konnte nicht gelöscht werden.",
        saved: "Gespeichert.",
        save_failed: "Speichern fehlgeschlagen.",
        download_again: "Erneut herunterladen",
        privacy_heading: "Was Invite Watch speichert",
        privacy: [
            "Um zu bemerken, was verschwindet, führt Invite Watch eine Liste der Einladungen, \
             die Sie erhalten haben: Namen, Profil-Slogans und Profil-Links anderer Menschen, \
             ihre Nachrichten an Sie und wann jede Einladung kam und ging.",
            "Die Liste liegt nur im Speicher der Erweiterung auf diesem Gerät. Nichts davon geht \
             an uns oder an Dritte; nur Ihre Einstellungen (Ton, Sprache) werden über die \
             Synchronisierung Ihres Browsers mitgenommen.",
            "Einladungen, die noch in Ihrer Liste stehen, bleiben so lange gespeichert; \
             erledigte werden nach der unten gewählten Zeit vergessen. „Verlauf löschen“ \
             vergisst alles auf einmal.",
            "Ein Export enthält Daten anderer Menschen (Namen, Slogans, Nachrichten). Geben Sie \
             ihn nicht weiter und löschen Sie ihn, wenn Sie ihn nicht mehr brauchen.",
        ],
        privacy_policy: "Die vollständige Datenschutzerklärung (auf Englisch)",
    },
    sample_name: "Julia Schneider",
    sample_headline: "Produktdesignerin",
};

pub static WARM: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Herzlich",
    tone_description: "Beruhigend und persönlich, wie eine gute Freundin, die es mit Ihnen durchgeht.",
    title: "Eine Einladung ist aus Ihrer Liste verschwunden",
    summary: "Die Einladung von {name} war beim letzten Blick von Invite Watch nicht mehr in Ihrer Liste.",
    summary_unnamed: "Eine Ihrer Einladungen war beim letzten Blick von Invite Watch nicht mehr in Ihrer Liste.",
    pending_for: "Sie hat seit {duration} auf Sie gewartet.",
    lead: LeadTexts {
        change_of_heart: "Wahrscheinlich hat es sich die Person einfach anders überlegt – und das ist meist nichts Persönliches.",
        sent_by_mistake: "Wahrscheinlich war sie ein Versehen und wurde still zurückgenommen – nichts Persönliches.",
        handled_elsewhere: "Wahrscheinlich haben Sie sie schon anderswo beantwortet – dann ist alles in Ordnung.",
        old_invitations_cleaned_up: "Wahrscheinlich hat die Person alte Einladungen aufgeräumt – das ist meist nichts Persönliches.",
        account_closed: "Wahrscheinlich wurde das Konto geschlossen oder pausiert – mit Ihnen hat das nichts zu tun.",
        follow_bundled: "Vielleicht ging sie mit einem zurückgenommenen Folgen verloren – meist nichts Persönliches.",
        technical_issue: "Vielleicht war es nur eine Panne – mit Ihnen hat das nichts zu tun.",
    },
    ask_elsewhere: "Haben Sie sie anderswo beantwortet (App, E-Mail)?",
    most_common: "Das ist der häufigste Grund.",
    headings: HeadingTexts {
        reasons: "Was passiert sein könnte",
        actions: "Was Sie tun können",
        tips: "Für Ihre eigenen Einladungen",
        draft: "Eine Nachricht für Ihre Einladung",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Vielleicht hat sie es sich anders überlegt",
            text: "Manche laden spontan ein und beschließen später, ihr Netzwerk kleiner zu \
                   halten oder sich auf eine neue Stelle zu konzentrieren. Falls es so war, sagt \
                   das viel mehr über ihre Pläne als über Sie.",
        },
        sent_by_mistake: Entry {
            title: "Vielleicht war es ein Versehen",
            text: "Vielleicht wurde die Schaltfläche aus Versehen angetippt, oder gemeint war \
                   jemand mit ähnlichem Namen. Wer so etwas bemerkt, nimmt es meist schnell \
                   zurück – oft, bevor Sie es überhaupt gesehen hätten.",
        },
        handled_elsewhere: Entry {
            title: "Haben Sie sie anderswo beantwortet?",
            text: "Könnten Sie sie in der LinkedIn-App, über eine E-Mail oder in einem anderen \
                   Browser angenommen oder ignoriert haben? Oder sind Sie hier mit einem anderen \
                   LinkedIn-Konto angemeldet? Das sieht Invite Watch nicht, ein kurzer Blick \
                   lohnt sich also.",
        },
        old_invitations_cleaned_up: Entry {
            title: "Vielleicht wurden alte Einladungen aufgeräumt",
            text: "LinkedIn begrenzt, wie viele Einladungen man verschicken kann, und bremst \
                   Menschen mit vielen unbeantworteten aus. Darum räumen viele ältere \
                   Einladungen auf einen Schlag weg – Ihre war vielleicht einfach dabei.",
        },
        account_closed: Entry {
            title: "Vielleicht wurde das Konto geschlossen",
            text: "Falls die Person ihr LinkedIn-Konto geschlossen oder pausiert hat, etwa für \
                   einen Neuanfang oder eine Auszeit, sind ihre offenen Einladungen mit \
                   verschwunden. Daran sind Sie nicht schuld.",
        },
        follow_bundled: Entry {
            title: "Vielleicht hing sie an einem Folgen",
            text: "Wenn die Person Ihnen gefolgt ist und Sie zugleich eingeladen hat, gehörte \
                   beides vielleicht zusammen. Hat sie Ihnen später nicht mehr gefolgt, ging die \
                   Einladung womöglich mit. Das ist nur eine Vermutung.",
        },
        technical_issue: Entry {
            title: "Vielleicht nur eine Panne",
            text: "Ab und zu lässt ein Fehler, ein Ausfall oder ein übereifriger Spamfilter eine \
                   Einladung verschwinden. Das ist selten – aber falls es so war, hat es mit \
                   Ihnen gar nichts zu tun.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Eher wahrscheinlich",
        possible: "Möglich",
        less_likely: "Eher unwahrscheinlich",
    },
    why: WhyTexts {
        pending_under_a_day: "Sie war nur kurz in Ihrer Liste, höchstens etwa einen Tag.",
        pending_for_weeks: "Sie hatte schon ein paar Wochen oder länger gewartet.",
        came_with_note: "Die Person hat Ihnen eigens eine persönliche Nachricht geschrieben.",
        several_at_once: "Beim nächsten Lesen der Seite fehlten mehrere Einladungen.",
        mass_disappearance: "Beim selben Lesen fehlten sehr viele Einladungen – das liegt selten \
                             an der Entscheidung einer einzelnen Person.",
        follows_you: "Die Person folgt Ihnen und hat Sie eingeladen.",
        no_follow_mentioned: "Bei der Einladung stand nicht, dass die Person Ihnen folgt.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Loslassen",
            text: "Wenn Ihnen an der Verbindung nicht viel lag, müssen Sie nichts tun. Es ist \
                   völlig in Ordnung, es dabei zu belassen.",
        },
        ask_to_reconnect: Entry {
            title: "Hallo sagen",
            text: "Wenn Sie der Person schreiben können, genügt ein kurzes, freundliches Hallo – \
                   nach dem Grund müssen Sie nicht fragen.",
        },
        send_own_invitation: Entry {
            title: "Selbst einladen",
            text: "Wenn Ihnen die Verbindung wichtig ist, laden Sie die Person gern selbst ein – \
                   mit der Nachricht unten oder ein paar eigenen Worten.",
        },
        ask_shared_connection: Entry {
            title: "Gemeinsame Kontakte fragen",
            text: "Wenn Sie jemanden gemeinsam kennen, stellt diese Person Sie vielleicht gern \
                   vor – ein wärmerer Anfang als eine Einladung aus heiterem Himmel.",
        },
        watch_for_new_invitation: Entry {
            title: "Die Augen offen halten",
            text: "Vielleicht lädt die Person Sie noch einmal ein. Nach dem Zurückziehen lässt \
                   LinkedIn das bis zu drei Wochen lang nicht zu, also etwas Geduld; Invite \
                   Watch merkt es, wenn eine Einladung zurückkommt.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} kennt Sie beide – vielleicht stellt {name} Sie gern vor, ein wärmerer \
                  Anfang als eine Einladung aus heiterem Himmel.",
            other: "{name} ist einer Ihrer {count} gemeinsamen Kontakte – vielleicht stellt \
                    {name} Sie gern vor, ein wärmerer Anfang als eine Einladung aus heiterem \
                    Himmel.",
        },
        watch_until: "Vielleicht lädt die Person Sie noch einmal ein. Nach dem Zurückziehen kann \
                      LinkedIn das bis zu drei Wochen lang verhindern, hier spätestens bis zum \
                      {date}; Invite Watch merkt es, wenn eine Einladung zurückkommt.",
        watch_over: "Vielleicht lädt die Person Sie noch einmal ein. Nach dem Zurückziehen kann \
                     LinkedIn das bis zu drei Wochen lang verhindern; bei dieser Einladung war \
                     das spätestens am {date} vorbei. Invite Watch merkt es, wenn eine Einladung \
                     zurückkommt.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Die ältesten aufräumen",
            text: "LinkedIn kann Mitglieder einschränken, die viele unbeantwortete Einladungen \
                   offen haben; die ältesten zurückzuziehen ist deshalb ein übliches Aufräumen. \
                   Bedenken Sie nur: Danach können Sie diese Person bis zu drei Wochen lang \
                   nicht erneut einladen.",
        },
        nothing_to_tidy: "Hier gibt es nichts aufzuräumen.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Menschen einladen, die Sie kennen",
            text: "Einladungen an Menschen, die Sie wirklich kennen oder mit denen Sie \
                   zusammenarbeiten, sind am ehesten willkommen.",
        },
        personalise_your_note: Entry {
            title: "Ein persönlicher Satz",
            text: "Ein Satz dazu, warum Sie sich vernetzen möchten, macht eine Einladung \
                   persönlich statt beliebig.",
        },
        complete_your_profile: Entry {
            title: "Das Profil für sich sprechen lassen",
            text: "Ein vollständiges, aktuelles Profil hilft anderen, Sie zu erkennen und zu \
                   verstehen, warum die Verbindung passt.",
        },
        be_selective: Entry {
            title: "Mit Bedacht wählen",
            text: "Wenige gut gewählte Einladungen bringen mehr als viele wahllose – und halten \
                   Sie bequem unter den Grenzen von LinkedIn.",
        },
        follow_up_after_connecting: Entry {
            title: "Freundlich nachfassen",
            text: "Wenn jemand annimmt, macht ein kurzes Hallo aus der neuen Verbindung eine \
                   echte.",
        },
        tend_your_reputation: Entry {
            title: "Auf den eigenen Eindruck achten",
            text: "Sehen Sie sich Ihr Profil ab und zu mit fremden Augen an und glätten Sie, was \
                   einen falschen Eindruck machen könnte.",
        },
    },
    reassurance: "Bitte nehmen Sie es sich nicht zu Herzen. Eine zurückgezogene Einladung hat \
                  meist mit den Plänen der anderen Person zu tun, nicht mit Ihnen – und es gibt \
                  nichts, was Sie reparieren müssten.",
    mass: MassTexts {
        title: "Mehrere Einladungen auf einmal verschwunden",
        summary: "Beim nächsten Lesen der Seite fehlten {count} Einladungen.",
        text: "Wenn so viele zusammen gehen, liegt es selten an einer einzelnen Person. Haben \
               Sie das LinkedIn-Konto gewechselt oder sie in der App, per E-Mail oder in einem \
               anderen Browser beantwortet? Wenn nicht, ist es vielleicht eine kurze Störung bei \
               LinkedIn; schauen Sie später noch einmal nach.",
    },
    resent: ResentTexts {
        title: "Eine Einladung ist zurück",
        summary: "Die Einladung von {name} ist wieder in Ihrer Liste.",
        summary_unnamed: "Eine Einladung ist wieder in Ihrer Liste.",
        text: "Sie war eine Weile verschwunden und ist jetzt wieder da: Vielleicht wurden Sie \
               erneut eingeladen, oder sie war nur kurz nicht zu sehen. So oder so können Sie \
               sie wie gewohnt beantworten.",
    },
    draft: DraftTexts {
        named: "Hallo {first_name}, ich habe gesehen, dass Sie sich vernetzen wollten – darüber \
                würde ich mich sehr freuen. Ganz ohne Druck, falls es gerade nicht passt. \
                Herzliche Grüße",
        unnamed: "Hallo, ich habe gesehen, dass Sie sich vernetzen wollten – darüber würde ich \
                  mich sehr freuen. Ganz ohne Druck, falls es gerade nicht passt. Herzliche \
                  Grüße",
    },
    draft_where: "So geht's: Profil öffnen, „Vernetzen“ wählen (evtl. unter „Mehr“), dann \
                  „Nachricht hinzufügen“ und den Text einfügen.",
    surfaces: SurfaceTexts {
        card_heading_one: "Eine Einladung ist aus Ihrer Liste verschwunden",
        card_heading_several: "Bei Ihren Einladungen hat sich einiges geändert",
        card_heading_notice: "Bei Ihren Einladungen hat sich etwas geändert",
        popup_empty: "Nichts ist verschwunden. Invite Watch behält Ihre Einladungen für Sie im \
                      Blick.",
    },
};

pub static PROFESSIONAL: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Sachlich",
    tone_description: "Neutral und knapp, im geschäftlichen Ton.",
    title: "Einladung nicht mehr offen",
    summary: "Die Einladung von {name} war beim letzten Lesen der Seite nicht mehr aufgeführt.",
    summary_unnamed: "Eine Einladung war beim letzten Lesen der Seite nicht mehr aufgeführt.",
    pending_for: "Offen seit {duration}.",
    lead: LeadTexts {
        change_of_heart: "Wahrscheinlich hat der Absender es sich anders überlegt; das sagt selten etwas über Sie aus.",
        sent_by_mistake: "Wahrscheinlich wurde sie versehentlich gesendet und zurückgezogen; das sagt nichts über Sie aus.",
        handled_elsewhere: "Wahrscheinlich wurde sie an anderer Stelle beantwortet; dann ist nichts zu tun.",
        old_invitations_cleaned_up: "Wahrscheinlich hat der Absender alte offene Einladungen zurückgezogen; das sagt selten etwas über Sie aus.",
        account_closed: "Wahrscheinlich wurde das Konto des Absenders geschlossen; das sagt nichts über Sie aus.",
        follow_bundled: "Möglicherweise wurde sie zusammen mit einem Folgen zurückgezogen; das sagt selten etwas über Sie aus.",
        technical_issue: "Möglicherweise hat ein technischer Fehler sie entfernt; das sagt nichts über Sie aus.",
    },
    ask_elsewhere: "Haben Sie anderweitig reagiert (App, E-Mail)?",
    most_common: "Dies ist die häufigste Ursache.",
    headings: HeadingTexts {
        reasons: "Mögliche Gründe",
        actions: "Optionen",
        tips: "Empfehlungen für eigene Einladungen",
        draft: "Vorgeschlagene Einladungsnachricht",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Meinungsänderung",
            text: "Der Absender hat die Einladung möglicherweise nach erneuter Überlegung \
                   zurückgezogen. Das spiegelt meist eigene Prioritäten wider, etwa eine neue \
                   Position oder ein gezielteres Netzwerken.",
        },
        sent_by_mistake: Entry {
            title: "Irrtümlich gesendet",
            text: "Die Einladung wurde möglicherweise unbeabsichtigt gesendet, durch einen \
                   Fehlklick oder an eine Person mit ähnlichem Namen, und nach dem Bemerken \
                   zurückgezogen.",
        },
        handled_elsewhere: Entry {
            title: "Anderweitig bearbeitet?",
            text: "Wurde die Einladung in der App, per E-Mail, auf der Seite „Mein Netzwerk“ \
                   oder in einem anderen Browser angenommen oder ignoriert, oder ist ein anderes \
                   LinkedIn-Konto angemeldet? Invite Watch kann das nicht erkennen; bitte prüfen \
                   Sie es.",
        },
        old_invitations_cleaned_up: Entry {
            title: "Bereinigung offener Einladungen",
            text: "LinkedIn begrenzt die Zahl der Einladungen und kann Absender mit vielen \
                   unbeantworteten einschränken. Daher ziehen viele lange offene Einladungen \
                   gesammelt zurück; diese war möglicherweise darunter.",
        },
        account_closed: Entry {
            title: "Konto geschlossen oder deaktiviert",
            text: "Der Absender hat sein Konto möglicherweise geschlossen oder deaktiviert, \
                   etwa nach einem Jobwechsel oder aus Datenschutzgründen; offene Einladungen \
                   werden dann ebenfalls entfernt.",
        },
        follow_bundled: Entry {
            title: "Zusammen mit einem Folgen zurückgezogen",
            text: "Hat der Absender Ihnen gefolgt und Sie eingeladen, wurde die Einladung \
                   möglicherweise beim Überprüfen der gefolgten Konten zurückgezogen. Dies ist \
                   eine Vermutung, keine dokumentierte Ursache.",
        },
        technical_issue: Entry {
            title: "Technisches Problem",
            text: "Gelegentlich kann ein Systemfehler, ein Ausfall oder ein fehlgeleiteter \
                   Spamfilter eine offene Einladung entfernen. Das ist selten.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Wahrscheinlicher",
        possible: "Möglich",
        less_likely: "Weniger wahrscheinlich",
    },
    why: WhyTexts {
        pending_under_a_day: "Höchstens etwa einen Tag offen.",
        pending_for_weeks: "Zwei Wochen oder länger offen.",
        came_with_note: "Mit persönlicher Nachricht gesendet.",
        several_at_once: "Beim selben Lesen der Seite fehlten mehrere Einladungen.",
        mass_disappearance: "Beim selben Lesen fehlte eine große Zahl von Einladungen.",
        follows_you: "Der Absender folgt Ihnen ebenfalls.",
        no_follow_mentioned: "Die Einladung enthielt kein Folgen.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Abschließen",
            text: "Hat die Verbindung keine Priorität, ist nichts weiter zu tun.",
        },
        ask_to_reconnect: Entry {
            title: "Kurze Nachricht senden",
            text: "Sofern Nachrichten möglich sind, genügt eine kurze, höfliche Nachricht. \
                   Fragen Sie nicht nach dem Grund.",
        },
        send_own_invitation: Entry {
            title: "Selbst eine Einladung senden",
            text: "Ist die Verbindung weiterhin wertvoll, senden Sie selbst eine Einladung, mit \
                   der vorgeschlagenen Nachricht unten oder einer eigenen.",
        },
        ask_shared_connection: Entry {
            title: "Gemeinsamen Kontakt nutzen",
            text: "Bei gemeinsamen Kontakten kann eine dieser Personen möglicherweise eine \
                   Vorstellung übernehmen.",
        },
        watch_for_new_invitation: Entry {
            title: "Auf eine neue Einladung achten",
            text: "Der Absender kann Sie erneut einladen. Nach einem Zurückziehen verhindert \
                   LinkedIn dies bis zu drei Wochen lang; eine neue Einladung kann also dauern.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} ist ein gemeinsamer Kontakt und könnte möglicherweise eine Vorstellung \
                  übernehmen.",
            other: "{name} ist einer Ihrer {count} gemeinsamen Kontakte und könnte \
                    möglicherweise eine Vorstellung übernehmen.",
        },
        watch_until: "Der Absender kann Sie erneut einladen. Nach einem Zurückziehen verhindert \
                      LinkedIn dies bis zu drei Wochen lang, in diesem Fall spätestens bis zum \
                      {date}.",
        watch_over: "Der Absender kann Sie erneut einladen. Nach einem Zurückziehen verhindert \
                     LinkedIn dies bis zu drei Wochen lang; in diesem Fall endete die Frist \
                     spätestens am {date}.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Älteste Einladungen zurückziehen",
            text: "LinkedIn kann Mitglieder mit vielen unbeantworteten Einladungen einschränken; \
                   die ältesten zurückzuziehen ist ein übliches Vorgehen. Danach ist eine \
                   erneute Einladung derselben Person bis zu drei Wochen lang nicht möglich.",
        },
        nothing_to_tidy: "Hier ist nichts zu tun.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Relevante Kontakte einladen",
            text: "Laden Sie gezielt Personen ein, die Sie kennen oder mit denen Sie beruflich \
                   verbunden sind.",
        },
        personalise_your_note: Entry {
            title: "Einladung personalisieren",
            text: "Fügen Sie eine kurze Nachricht mit dem Anlass der Vernetzung hinzu.",
        },
        complete_your_profile: Entry {
            title: "Profil vervollständigen",
            text: "Stellen Sie sicher, dass Ihr Profil vollständig und aktuell ist, bevor Sie \
                   Einladungen senden.",
        },
        be_selective: Entry {
            title: "Selektiv vorgehen",
            text: "Senden Sie Einladungen gezielt statt in großer Zahl; LinkedIn begrenzt die \
                   Menge ohnehin.",
        },
        follow_up_after_connecting: Entry {
            title: "Nach der Vernetzung nachfassen",
            text: "Senden Sie nach einer angenommenen Einladung eine kurze Nachricht, um die \
                   Beziehung aufzubauen.",
        },
        tend_your_reputation: Entry {
            title: "Auf die Außenwirkung achten",
            text: "Prüfen Sie Ihr öffentliches Profil regelmäßig und beheben Sie, was \
                   Kontaktanfragen entgegenstehen könnte.",
        },
    },
    reassurance: "Zurückgezogene Einladungen gehören zum Netzwerken auf LinkedIn und sagen \
                  selten etwas über den Empfänger aus. Korrekturen sind nicht nötig.",
    mass: MassTexts {
        title: "Mehrere Einladungen nicht mehr offen",
        summary: "Beim nächsten Lesen der Seite waren {count} Einladungen nicht mehr aufgeführt.",
        text: "Das deutet eher auf eine Aktion außerhalb dieser Seite hin als auf einzelne \
               Rücknahmen. Haben Sie das LinkedIn-Konto gewechselt oder in der App, per E-Mail \
               oder in einem anderen Browser reagiert? Falls nicht, ist eine vorübergehende \
               technische Störung möglich; bitte prüfen Sie es später erneut.",
    },
    resent: ResentTexts {
        title: "Einladung erneut erhalten",
        summary: "Die Einladung von {name} ist wieder offen.",
        summary_unnamed: "Eine Einladung ist wieder offen.",
        text: "Die Einladung fehlte zwischenzeitlich und ist wieder erschienen, entweder weil \
               sie erneut gesendet oder vorübergehend nicht angezeigt wurde. Sie können sie wie \
               gewohnt annehmen oder ignorieren.",
    },
    draft: DraftTexts {
        named: "Guten Tag {first_name}, vielen Dank für Ihre frühere Einladung. Über eine \
                Vernetzung würde ich mich freuen, sofern es für Sie noch passt. Beste Grüße",
        unnamed: "Guten Tag, vielen Dank für Ihre frühere Einladung. Über eine Vernetzung würde \
                  ich mich freuen, sofern es für Sie noch passt. Beste Grüße",
    },
    draft_where: "Verwenden Sie sie als Nachricht einer neuen Einladung: im Profil „Vernetzen“ \
                  (ggf. unter „Mehr“), dann „Nachricht hinzufügen“.",
    surfaces: SurfaceTexts {
        card_heading_one: "Eine Einladung ist nicht mehr offen",
        card_heading_several: "Änderungen bei Ihren offenen Einladungen",
        card_heading_notice: "Eine Änderung bei Ihren offenen Einladungen",
        popup_empty: "Keine Einladungen verschwunden. Ihre offenen Einladungen werden \
                      beobachtet.",
    },
};

pub static BRIEF: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Kurz",
    tone_description: "Nur das Wichtigste, in wenigen kurzen Zeilen.",
    title: "Einladung weg",
    summary: "Einladung von {name} ist weg.",
    summary_unnamed: "Eine Einladung ist weg.",
    pending_for: "Offen seit {duration}.",
    lead: LeadTexts {
        change_of_heart: "Wohl umentschieden. Selten persönlich.",
        sent_by_mistake: "Wohl ein Versehen. Nicht persönlich.",
        handled_elsewhere: "Wohl anderswo beantwortet. Nichts zu tun.",
        old_invitations_cleaned_up: "Wohl alte Einladungen aufgeräumt. Selten persönlich.",
        account_closed: "Wohl Konto geschlossen. Nicht persönlich.",
        follow_bundled: "Vielleicht mit einem Folgen weg. Selten persönlich.",
        technical_issue: "Vielleicht eine Panne. Nicht persönlich.",
    },
    ask_elsewhere: "Anderswo beantwortet (App, E-Mail)?",
    most_common: "Am häufigsten.",
    headings: HeadingTexts {
        reasons: "Warum?",
        actions: "Und jetzt?",
        tips: "Tipps",
        draft: "Nachricht",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Umentschieden",
            text: "Vielleicht doch keine Vernetzung gewollt. Selten persönlich.",
        },
        sent_by_mistake: Entry {
            title: "Versehen",
            text: "Vielleicht verklickt oder Namen verwechselt, dann zurückgenommen.",
        },
        handled_elsewhere: Entry {
            title: "Anderswo beantwortet?",
            text: "In der App, per E-Mail oder in einem anderen Browser reagiert? Konto \
                   gewechselt?",
        },
        old_invitations_cleaned_up: Entry {
            title: "Alte Einladungen aufgeräumt",
            text: "LinkedIn bremst Leute mit vielen offenen Einladungen; Ihre ging vielleicht \
                   beim Aufräumen mit.",
        },
        account_closed: Entry {
            title: "Konto geschlossen",
            text: "Falls das Konto geschlossen oder pausiert wurde, sind die Einladungen mit weg.",
        },
        follow_bundled: Entry {
            title: "Mit Folgen verknüpft",
            text: "Nur eine Vermutung: Folgen und Einladung zugleich – beim Entfolgen ging die \
                   Einladung vielleicht mit.",
        },
        technical_issue: Entry {
            title: "Panne",
            text: "Selten, aber ein Fehler, Ausfall oder Spamfilter kann eine Einladung \
                   entfernen.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "eher ja",
        possible: "vielleicht",
        less_likely: "eher nicht",
    },
    why: WhyTexts {
        pending_under_a_day: "Höchstens ein Tag offen.",
        pending_for_weeks: "Über 2 Wochen offen.",
        came_with_note: "Mit Nachricht.",
        several_at_once: "Mehrere in einem Lesen weg.",
        mass_disappearance: "Viele in einem Lesen weg.",
        follows_you: "Folgt Ihnen.",
        no_follow_mentioned: "Kein Folgen.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Nichts tun",
            text: "Kein Interesse? Dann nichts zu tun.",
        },
        ask_to_reconnect: Entry {
            title: "Kurz grüßen",
            text: "Nachricht möglich? Kurz halten, nicht nach dem Grund fragen.",
        },
        send_own_invitation: Entry {
            title: "Einladen",
            text: "Lohnt es sich? Eigene Einladung mit der Nachricht unten senden.",
        },
        ask_shared_connection: Entry {
            title: "Gemeinsamer Kontakt",
            text: "Jemanden, den Sie beide kennen, um eine Vorstellung bitten.",
        },
        watch_for_new_invitation: Entry {
            title: "Auf neue Einladung achten",
            text: "Nach dem Zurückziehen bis zu 3 Wochen keine neue möglich; vielleicht kommt \
                   später eine.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} kennt Sie beide: um eine Vorstellung bitten.",
            other: "{name} (einer von {count} gemeinsamen Kontakten) könnte Sie vorstellen.",
        },
        watch_until: "Falls zurückgezogen: spätestens bis zum {date} keine neue möglich; \
                      vielleicht kommt später eine.",
        watch_over: "Falls zurückgezogen: spätestens seit dem {date} wieder möglich; vielleicht \
                     kommt noch eine.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Älteste zurückziehen",
            text: "LinkedIn kann bei vielen offenen Einladungen einschränken; alte \
                   zurückzuziehen ist üblich. Danach bis zu 3 Wochen keine neue möglich.",
        },
        nothing_to_tidy: "Nichts aufzuräumen.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Erst kennen, dann einladen",
            text: "Laden Sie Menschen ein, die Sie kennen oder mit denen Sie arbeiten.",
        },
        personalise_your_note: Entry {
            title: "Nachricht dazu",
            text: "Ein Satz, warum Sie sich vernetzen möchten.",
        },
        complete_your_profile: Entry {
            title: "Profil ausfüllen",
            text: "Ein vollständiges Profil wird erkannt.",
        },
        be_selective: Entry {
            title: "Klasse statt Masse",
            text: "Weniger, gezielte Einladungen; LinkedIn begrenzt die Menge ohnehin.",
        },
        follow_up_after_connecting: Entry {
            title: "Danach Hallo sagen",
            text: "Nach dem Annehmen kurz Hallo schreiben.",
        },
        tend_your_reputation: Entry {
            title: "Eigenen Eindruck prüfen",
            text: "Ab und zu das Profil mit fremden Augen ansehen; Abschreckendes ändern.",
        },
    },
    reassurance: "Meist nichts Persönliches. Nichts zu reparieren.",
    mass: MassTexts {
        title: "Viele Einladungen auf einmal weg",
        summary: "{count} Einladungen in einem Lesen weg.",
        text: "Konto gewechselt oder in der App reagiert? Wenn nicht, vielleicht eine Panne; \
               später nachsehen.",
    },
    resent: ResentTexts {
        title: "Sie ist zurück",
        summary: "Einladung von {name} ist zurück.",
        summary_unnamed: "Eine Einladung ist zurück.",
        text: "Vielleicht neu gesendet oder kurz versteckt. Wie gewohnt beantworten.",
    },
    draft: DraftTexts {
        named: "Hallo {first_name}, Sie wollten sich vernetzen – gern!",
        unnamed: "Hallo, Sie wollten sich vernetzen – gern!",
    },
    draft_where: "Als Nachricht einfügen: Profil › Vernetzen › Nachricht hinzufügen.",
    surfaces: SurfaceTexts {
        card_heading_one: "Einladung weg",
        card_heading_several: "Einladungen geändert",
        card_heading_notice: "Einladungen geändert",
        popup_empty: "Nichts verschwunden.",
    },
};
