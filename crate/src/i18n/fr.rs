//! Français.

use super::catalogue::*;

pub static COMMON: Common = Common {
    durations: DurationWords {
        under_a_minute: "moins d'une minute",
        minutes: UnitWords {
            one: "une minute",
            many: "{count} minutes",
            bare_plural: "minutes",
        },
        hours: UnitWords {
            one: "une heure",
            many: "{count} heures",
            bare_plural: "heures",
        },
        days: UnitWords {
            one: "un jour",
            many: "{count} jours",
            bare_plural: "jours",
        },
        weeks: UnitWords {
            one: "une semaine",
            many: "{count} semaines",
            bare_plural: "semaines",
        },
        months: UnitWords {
            one: "un mois",
            many: "{count} mois",
            bare_plural: "mois",
        },
        years: UnitWords {
            one: "un an",
            many: "{count} ans",
            bare_plural: "ans",
        },
        about: "environ {duration}",
        less_than: "moins de {duration}",
        at_least: "au moins {duration}",
        between: "entre {low} et {high}",
        between_same_unit: "entre {low} et {high} {unit}",
    },
    dates: DateWords {
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        day_month: "{day} {month}",
        day_month_year: "{day} {month} {year}",
        first_day: "1er",
    },
    sent: SentWords {
        heading: "Vos invitations envoyées",
        never_read: "Invite Watch n'a pas encore vu vos invitations envoyées : ouvrez une fois \
                     l'onglet Envoyées pour en voir le résumé ici.",
        open_sent: "Ouvrir les invitations envoyées",
        as_of: "Onglet Envoyées lu pour la dernière fois {ago}.",
        partial: "Seule une partie de la liste était chargée : faites-la défiler une fois \
                  jusqu'au bout pour un décompte complet.",
        pending: Plural {
            one: "1 invitation en attente",
            other: "{count} invitations en attente",
        },
        over_three_weeks: Plural {
            one: "dont 1 depuis plus de trois semaines",
            other: "dont {count} depuis plus de trois semaines",
        },
        over_three_months: Plural {
            one: "1 depuis plus de trois mois",
            other: "{count} depuis plus de trois mois",
        },
        without_note: Plural {
            one: "1 envoyée sans message",
            other: "{count} envoyées sans message",
        },
        oldest: "Les plus anciennes",
        oldest_age: "en attente depuis {duration}",
    },
    history: HistoryWords {
        heading: "Les 12 dernières semaines",
        received: "Reçues",
        answered: "Répondues",
        vanished: "Disparues",
        pending_each_week: "Invitations reçues en attente chaque semaine, d'il y a 12 semaines à \
                            cette semaine : {values}.",
        vanished_in_week: "Une invitation a disparu la semaine du {weeks}.",
        vanished_in_weeks: "Des invitations ont disparu les semaines du {weeks}.",
        none_vanished: "Aucune n'a disparu pendant ces semaines.",
        and: " et du ",
        legend_pending: "En attente chaque semaine",
        legend_vanished: "Une semaine où une invitation a disparu",
    },
    ui: UiTexts {
        language_name: "Français",
        resolve: "Oui, je l'ai acceptée ou ignorée",
        resolve_all: "Oui, c'était moi",
        open_profile: "Ouvrir le profil",
        dismiss: "Fermer",
        copy: "Copier",
        copied: "Copié",
        details: "Pourquoi, et que faire",
        more_reasons: "Autres raisons",
        options_link: "Options",
        new_badge: "nouveau",
        noticed: "Remarquée {ago}",
        ago: AgoWords {
            just_now: "à l'instant",
            minutes: Plural {
                one: "il y a 1 minute",
                other: "il y a {count} minutes",
            },
            hours: Plural {
                one: "il y a 1 heure",
                other: "il y a {count} heures",
            },
            days: Plural {
                one: "il y a 1 jour",
                other: "il y a {count} jours",
            },
        },
        notify_one: "Une invitation a quitté votre liste. Ouvrez Invite Watch pour voir ce qui a pu se passer.",
        notify_many: "Quelque chose a changé dans vos invitations. Ouvrez Invite Watch pour voir ce qui a pu se passer.",
        history_damaged: "Invite Watch a trouvé son historique enregistré endommagé, en a gardé une copie et a recommencé à zéro. Vous pouvez exporter la copie depuis la page d'options.",
        history_unavailable: "Invite Watch n'a pas pu ouvrir son historique pour l'instant. Fermez cette fenêtre et rouvrez-la dans un moment.",
        storage_pruned: "L'espace de stockage de votre navigateur réservé à Invite Watch était plein : pour continuer à surveiller vos invitations, {count} anciennes entrées (de plus de {days} jours) ont été supprimées.",
        storage_not_saved_full: "Invite Watch n'a pas pu enregistrer ses dernières modifications : l'espace de stockage de votre navigateur qui lui est réservé est plein. Pour faire de la place, exportez puis effacez l'historique dans les options.",
        storage_not_saved: "Invite Watch n'a pas pu enregistrer ses dernières modifications : votre navigateur a refusé de les stocker.",
        failed_not_understood: "Invite Watch n'a pas compris cette demande. Recharger la page suffit généralement.",
        failed_storage: "L'espace de stockage de votre navigateur n'a pas répondu.",
        failed_storage_full: "L'espace de stockage de votre navigateur réservé à Invite Watch est plein.",
    },
    status: StatusTexts {
        never: "Aucune page d'invitations lue pour l'instant : ouvrez votre gestionnaire d'invitations LinkedIn et Invite Watch commencera à veiller.",
        read: "Dernière lecture {ago} · {watched} · {what}",
        unreadable: "Dernière lecture {ago} : la page n'a pas pu être lue ({why}), donc rien n'en a été conclu · {watched}.",
        watched: Plural {
            one: "{count} invitation en attente suivie",
            other: "{count} invitations en attente suivies",
        },
        why_logged_out: "vous sembliez déconnecté",
        why_restricted: "LinkedIn affichait une restriction ou une vérification",
        why_error_page: "LinkedIn affichait une page d'erreur",
        why_not_manager: "ce n'était pas le gestionnaire d'invitations",
        why_unknown_layout: "Invite Watch ne connaît pas cette mise en page",
        sent: "vos invitations envoyées ont été lues (elles ne sont pas surveillées).",
        filtered: "un filtre était actif, ce qui ne dit rien des autres invitations : affichez toutes les invitations reçues pour qu'elles soient vérifiées.",
        all_checked: Plural {
            one: "la seule invitation de la liste a été vérifiée.",
            other: "les {count} invitations de la liste ont toutes été vérifiées.",
        },
        loading: "{count} vérifiées pendant que la liste se chargeait encore ; Invite Watch vérifiera de nouveau une fois le chargement terminé.",
        some_of: "{count} vérifiées sur {total} — faites défiler une fois jusqu'au bas de vos invitations pour que toutes puissent être vérifiées.",
        some_so_far: "{count} vérifiées pour l'instant — faites défiler une fois jusqu'au bas de vos invitations (ou cliquez sur « Afficher plus ») pour que toutes puissent être vérifiées.",
        cues_disagree: "les chiffres de la page ne concordent pas, donc rien n'en a été conclu. Recharger la page peut aider ; si cela se reproduit, LinkedIn a modifié la page et un rapport de structure aide à corriger Invite Watch.",
        no_count: "{count} vérifiées, mais la page n'affichait aucun total permettant de savoir s'il s'agissait de toute la liste, donc rien n'en a été conclu. Si cela se reproduit, un rapport de structure aide à corriger Invite Watch.",
        report_hint: "Si LinkedIn a modifié sa page, un rapport de structure aide à corriger Invite Watch. Il ne contient que la mise en page : aucun nom, titre, message ni autre texte. Collez-le dans un signalement de bug.",
        report_button: "Copier un rapport de structure de la page",
        report_copied: "Copié — collez-le dans un signalement de bug",
    },
    options: OptionsTexts {
        page_title: "Invite Watch – Options",
        tone_heading: "Ton des explications",
        tone_label: "Ton",
        preview: "Aperçu :",
        language_heading: "Langue",
        language_label: "Langue des explications et des boutons",
        language_auto: "Comme le navigateur",
        alerts_heading: "Quand une invitation disparaît",
        in_page_card: "Afficher une carte sur la page des invitations",
        notifications: "Afficher aussi une notification système (demande l'autorisation)",
        permission_failed: "Impossible de demander l'autorisation.",
        permission_refused: "Les notifications restent désactivées : l'autorisation n'a pas été accordée.",
        history_heading: "Historique",
        keep_for: "Conserver l'historique réglé pendant",
        retention: ["1 mois", "3 mois", "1 an", "10 ans"],
        export: "Exporter l'historique (JSON)",
        clear: "Effacer l'historique…",
        clear_question: "Toutes les invitations vues seront oubliées.",
        clear_yes: "Oui, tout effacer",
        clear_no: "Le garder",
        exported: "Historique exporté.",
        export_failed: "L'export a échoué.",
        cleared: "Historique effacé.",
        clear_failed: "Impossible d'effacer l'historique.",
        saved: "Enregistré.",
        save_failed: "Impossible d'enregistrer.",
        download_again: "Télécharger à nouveau",
        privacy_heading: "Ce que garde Invite Watch",
        privacy: [
            "Pour remarquer ce qui disparaît, Invite Watch garde la liste des invitations que \
             vous avez reçues : le nom, le titre et le lien de profil d'autres personnes, le \
             message qu'elles vous ont écrit, et quand chaque invitation est arrivée et partie.",
            "Cette liste reste dans le stockage de l'extension, sur cet appareil uniquement. \
             Rien n'est envoyé, ni à nous ni à personne ; seuls vos réglages (ton, langue) vous \
             suivent grâce à la synchronisation du navigateur.",
            "Les invitations encore dans votre liste sont gardées tant qu'elles y sont ; les \
             invitations réglées sont oubliées après la durée choisie ci-dessous. « Effacer \
             l'historique » oublie tout d'un coup.",
            "Un export contient les données d'autres personnes (noms, titres, messages). Gardez-le \
             pour vous et supprimez-le quand vous n'en avez plus besoin.",
        ],
        privacy_policy: "La politique de confidentialité complète (en anglais)",
    },
    sample_name: "Claire Dupont",
    sample_headline: "Designer produit",
};

pub static WARM: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Chaleureux",
    tone_description: "Rassurant et personnel, comme un ami bienveillant qui en parle avec vous.",
    title: "Une invitation a quitté votre liste",
    summary: "L'invitation de {name} n'était plus dans votre liste au dernier passage d'Invite Watch.",
    summary_unnamed: "Une de vos invitations n'était plus dans votre liste au dernier passage d'Invite Watch.",
    pending_for: "Elle vous attendait depuis {duration}.",
    lead: LeadTexts {
        change_of_heart: "Le plus probable : la personne a simplement changé d'avis, et ce n'est généralement rien de personnel.",
        sent_by_mistake: "Le plus probable : elle est partie par erreur et a été retirée discrètement, rien de personnel.",
        handled_elsewhere: "Le plus probable : vous y avez déjà répondu ailleurs, et il n'y a alors pas de souci.",
        old_invitations_cleaned_up: "Le plus probable : la personne a fait le tri dans ses anciennes invitations, rien de personnel en général.",
        account_closed: "Le plus probable : son compte a été fermé ou mis en pause, ce qui n'a rien à voir avec vous.",
        follow_bundled: "Peut-être est-elle partie avec un abonnement retiré ; ce n'est généralement rien de personnel.",
        technical_issue: "C'était peut-être juste un bug, qui n'a rien à voir avec vous.",
    },
    ask_elsewhere: "Y avez-vous répondu ailleurs (appli, e-mail) ?",
    most_common: "C'est la raison la plus fréquente.",
    headings: HeadingTexts {
        reasons: "Ce qui a pu se passer",
        actions: "Ce que vous pouvez faire",
        tips: "Pour vos propres invitations",
        draft: "Un message pour votre invitation",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "La personne a peut-être changé d'avis",
            text: "On invite parfois sur un coup de tête, puis on décide de garder un réseau \
                   plus restreint ou de se concentrer sur un nouveau poste. Si c'est le cas, cela \
                   en dit bien plus sur ses projets que sur vous.",
        },
        sent_by_mistake: Entry {
            title: "Elle a peut-être été envoyée par erreur",
            text: "Peut-être un clic malheureux, ou une confusion avec quelqu'un au nom proche. \
                   Quand on s'en aperçoit, on la retire en général très vite, souvent avant même \
                   que vous l'ayez vue.",
        },
        handled_elsewhere: Entry {
            title: "Y avez-vous répondu ailleurs ?",
            text: "Auriez-vous pu l'accepter ou l'ignorer dans l'appli LinkedIn, depuis un \
                   e-mail ou dans un autre navigateur ? Ou êtes-vous connecté ici avec un autre \
                   compte LinkedIn ? Invite Watch ne voit rien de tout cela : un petit coup \
                   d'œil vaut la peine.",
        },
        old_invitations_cleaned_up: Entry {
            title: "La personne a peut-être fait du tri",
            text: "LinkedIn limite le nombre d'invitations et peut freiner ceux qui en ont \
                   beaucoup en attente. Beaucoup retirent donc d'un coup les invitations \
                   anciennes, et la vôtre a pu partir avec.",
        },
        account_closed: Entry {
            title: "Son compte a peut-être été fermé",
            text: "Si la personne a fermé ou mis en pause son compte LinkedIn, pour repartir de \
                   zéro ou prendre du recul, ses invitations en attente ont disparu avec. Vous \
                   n'y êtes pour rien.",
        },
        follow_bundled: Entry {
            title: "Elle allait peut-être avec un abonnement",
            text: "Si la personne s'est abonnée à vous et vous a invité en même temps, les deux \
                   allaient peut-être ensemble. En se désabonnant, elle a pu laisser partir \
                   l'invitation aussi. Ce n'est qu'une hypothèse.",
        },
        technical_issue: Entry {
            title: "C'était peut-être un bug",
            text: "De temps en temps, un bug, une panne ou un filtre anti-spam trop zélé fait \
                   disparaître une invitation. C'est rare, mais si c'est le cas, vous n'y êtes \
                   absolument pour rien.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Plutôt probable",
        possible: "Possible",
        less_likely: "Moins probable",
    },
    why: WhyTexts {
        pending_under_a_day: "Elle n'est restée que peu de temps dans votre liste, un jour tout au plus.",
        pending_for_weeks: "Elle attendait depuis quelques semaines ou plus.",
        came_with_note: "La personne avait pris le temps de vous écrire un message.",
        several_at_once: "Plusieurs invitations manquaient à la lecture suivante de la page.",
        mass_disappearance: "Beaucoup d'invitations manquaient à la même lecture, ce qui tient \
                             rarement au choix d'une seule personne.",
        follows_you: "La personne est abonnée à vous en plus de vous inviter.",
        no_follow_mentioned: "L'invitation ne disait pas que la personne était abonnée à vous.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Laisser filer",
            text: "Si cette relation ne vous tenait pas particulièrement à cœur, il n'y a rien \
                   à faire. C'est tout à fait normal d'en rester là.",
        },
        ask_to_reconnect: Entry {
            title: "Dire bonjour",
            text: "Si vous pouvez lui écrire, un petit bonjour amical suffit, sans demander \
                   pourquoi.",
        },
        send_own_invitation: Entry {
            title: "L'inviter vous-même",
            text: "Si la relation vous semble toujours intéressante, envoyez votre propre \
                   invitation, avec le message ci-dessous ou quelques mots à vous.",
        },
        ask_shared_connection: Entry {
            title: "Passer par une relation commune",
            text: "Si vous avez une relation en commun, elle pourrait volontiers vous présenter : \
                   un départ plus chaleureux qu'une invitation tombée du ciel.",
        },
        watch_for_new_invitation: Entry {
            title: "Rester attentif",
            text: "Elle vous réinvitera peut-être. Après un retrait, LinkedIn l'en empêche \
                   pendant trois semaines au plus : un peu de patience. Invite Watch verra si une \
                   invitation revient.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} vous connaît tous les deux et pourrait volontiers vous présenter : un \
                  départ plus chaleureux qu'une invitation tombée du ciel.",
            other: "{name} fait partie de vos {count} relations en commun et pourrait volontiers \
                    vous présenter : un départ plus chaleureux qu'une invitation tombée du ciel.",
        },
        watch_until: "Elle vous réinvitera peut-être. Après un retrait, LinkedIn peut l'en \
                      empêcher pendant trois semaines au plus, ici jusqu'au {date} au plus tard. \
                      Invite Watch verra si une invitation revient.",
        watch_over: "Elle vous réinvitera peut-être. Après un retrait, LinkedIn peut l'en \
                     empêcher pendant trois semaines au plus ; pour cette invitation, c'était \
                     terminé le {date} au plus tard. Invite Watch verra si une invitation \
                     revient.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Faire le tri dans les plus anciennes",
            text: "LinkedIn peut restreindre les membres qui ont beaucoup d'invitations restées \
                   sans réponse : retirer les plus anciennes est un tri courant. Sachez \
                   seulement qu'après un retrait, vous ne pourrez pas réinviter cette personne \
                   pendant trois semaines au plus.",
        },
        nothing_to_tidy: "Rien à trier ici pour l'instant.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Inviter les gens que vous connaissez",
            text: "Les invitations aux personnes que vous connaissez vraiment, ou avec qui vous \
                   travaillez, sont les mieux accueillies.",
        },
        personalise_your_note: Entry {
            title: "Ajouter un mot personnel",
            text: "Une phrase sur la raison de votre invitation la rend sincère plutôt que \
                   standardisée.",
        },
        complete_your_profile: Entry {
            title: "Laisser parler votre profil",
            text: "Un profil complet et à jour aide à vous reconnaître et à comprendre pourquoi \
                   se connecter a du sens.",
        },
        be_selective: Entry {
            title: "Choisir avec soin",
            text: "Quelques invitations bien choisies valent mieux que beaucoup au hasard, et \
                   vous gardent loin des limites de LinkedIn.",
        },
        follow_up_after_connecting: Entry {
            title: "Donner suite avec gentillesse",
            text: "Une fois l'invitation acceptée, un petit bonjour transforme une nouvelle \
                   relation en vraie relation.",
        },
        tend_your_reputation: Entry {
            title: "Soigner votre image",
            text: "De temps en temps, regardez votre profil comme les autres le voient, et \
                   corrigez ce qui pourrait donner une mauvaise impression.",
        },
    },
    reassurance: "N'y voyez pas trop de choses. Une invitation retirée tient en général aux \
                  projets de l'autre, pas à vous, et vous n'avez rien à corriger.",
    mass: MassTexts {
        title: "Plusieurs invitations parties d'un coup",
        summary: "{count} invitations manquaient à la lecture suivante de la page.",
        text: "Quand autant partent ensemble, cela tient rarement à une seule personne. Avez-vous \
               changé de compte LinkedIn, ou répondu dans l'appli, par e-mail ou dans un autre \
               navigateur ? Sinon, c'est peut-être un accroc passager chez LinkedIn ; \
               jetez-y un œil un peu plus tard.",
    },
    resent: ResentTexts {
        title: "Une invitation est revenue",
        summary: "L'invitation de {name} est de retour dans votre liste.",
        summary_unnamed: "Une invitation est de retour dans votre liste.",
        text: "Elle avait disparu un moment et la revoilà : peut-être une nouvelle invitation, \
               ou elle était seulement cachée. Dans tous les cas, vous pouvez y répondre comme \
               avant.",
    },
    draft: DraftTexts {
        named: "Bonjour {first_name}, j'ai vu que vous pensiez entrer en relation : ce serait \
                avec plaisir. Aucune pression si le moment ne s'y prête pas. Belle journée",
        unnamed: "Bonjour, j'ai vu que vous pensiez entrer en relation : ce serait avec plaisir. \
                  Aucune pression si le moment ne s'y prête pas. Belle journée",
    },
    draft_where: "Pour l'utiliser : ouvrez son profil, « Se connecter » (parfois sous « Plus »), \
                  puis « Ajouter une note » et collez-le.",
    surfaces: SurfaceTexts {
        card_heading_one: "Une invitation a quitté votre liste",
        card_heading_several: "Quelques changements dans vos invitations",
        card_heading_notice: "Un changement dans vos invitations",
        popup_empty: "Rien n'a disparu. Invite Watch garde un œil sur vos invitations pour vous.",
    },
};

pub static PROFESSIONAL: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Professionnel",
    tone_description: "Neutre et concis, dans un registre professionnel.",
    title: "Invitation plus en attente",
    summary: "L'invitation de {name} ne figurait plus dans la liste lors de la dernière lecture.",
    summary_unnamed: "Une invitation ne figurait plus dans la liste lors de la dernière lecture.",
    pending_for: "En attente depuis {duration}.",
    lead: LeadTexts {
        change_of_heart: "Le plus probable : l'expéditeur s'est ravisé ; cela vous concerne rarement.",
        sent_by_mistake: "Le plus probable : elle a été envoyée par erreur puis retirée ; cela ne vous concerne pas.",
        handled_elsewhere: "Le plus probable : elle a été traitée ailleurs ; aucune action n'est peut-être nécessaire.",
        old_invitations_cleaned_up: "Le plus probable : l'expéditeur a retiré d'anciennes invitations ; cela vous concerne rarement.",
        account_closed: "Le plus probable : le compte de l'expéditeur a été fermé ; cela ne vous concerne pas.",
        follow_bundled: "Possiblement retirée avec un abonnement ; cela vous concerne rarement.",
        technical_issue: "Possiblement un incident technique ; cela ne vous concerne pas.",
    },
    ask_elsewhere: "Avez-vous répondu ailleurs (appli, e-mail) ?",
    most_common: "C'est la cause la plus fréquente.",
    headings: HeadingTexts {
        reasons: "Raisons possibles",
        actions: "Options",
        tips: "Bonnes pratiques pour vos invitations",
        draft: "Note d'invitation proposée",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Changement d'avis",
            text: "L'expéditeur a pu reconsidérer et retirer l'invitation. Cela reflète \
                   généralement ses propres priorités, comme un nouveau poste ou une approche \
                   plus sélective du réseau.",
        },
        sent_by_mistake: Entry {
            title: "Envoi par erreur",
            text: "L'invitation a pu être envoyée involontairement, par un clic malencontreux \
                   ou à un homonyme, puis retirée une fois l'erreur constatée.",
        },
        handled_elsewhere: Entry {
            title: "Traitée ailleurs ?",
            text: "L'invitation a-t-elle été acceptée ou ignorée dans l'application, par e-mail, \
                   sur la page Réseau ou dans un autre navigateur, ou un autre compte LinkedIn \
                   est-il connecté ? Invite Watch ne peut pas le voir ; merci de vérifier.",
        },
        old_invitations_cleaned_up: Entry {
            title: "Tri des invitations en attente",
            text: "LinkedIn limite le nombre d'invitations et peut restreindre les expéditeurs \
                   qui en ont beaucoup sans réponse. Beaucoup retirent donc en bloc les \
                   invitations anciennes ; celle-ci a pu en faire partie.",
        },
        account_closed: Entry {
            title: "Compte fermé ou désactivé",
            text: "L'expéditeur a pu fermer ou désactiver son compte, par exemple après un \
                   changement de poste ou par souci de confidentialité ; ses invitations en \
                   attente sont alors supprimées.",
        },
        follow_bundled: Entry {
            title: "Retirée avec un abonnement",
            text: "Si l'expéditeur s'était abonné à vous en vous invitant, l'invitation a pu \
                   être retirée lors d'un tri de ses abonnements. Il s'agit d'une hypothèse, non \
                   d'une cause documentée.",
        },
        technical_issue: Entry {
            title: "Incident technique",
            text: "Il arrive qu'une panne, un incident ou un filtre anti-spam défaillant \
                   supprime une invitation en attente. C'est rare.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Plus probable",
        possible: "Possible",
        less_likely: "Moins probable",
    },
    why: WhyTexts {
        pending_under_a_day: "En attente un jour au plus.",
        pending_for_weeks: "En attente depuis deux semaines ou plus.",
        came_with_note: "Envoyée avec un message personnel.",
        several_at_once: "Plusieurs invitations manquaient lors de la même lecture de la page.",
        mass_disappearance: "Un grand nombre d'invitations manquaient lors de la même lecture.",
        follows_you: "L'expéditeur est aussi abonné à vous.",
        no_follow_mentioned: "L'invitation ne comportait pas d'abonnement.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Passer à autre chose",
            text: "Si cette relation n'est pas prioritaire, aucune action n'est requise.",
        },
        ask_to_reconnect: Entry {
            title: "Envoyer un bref message",
            text: "Si la messagerie le permet, un message bref et courtois suffit. Ne demandez \
                   pas la raison.",
        },
        send_own_invitation: Entry {
            title: "Envoyer votre propre invitation",
            text: "Si la relation reste utile, envoyez vous-même une invitation, avec la note \
                   proposée ci-dessous ou la vôtre.",
        },
        ask_shared_connection: Entry {
            title: "Recourir à une relation commune",
            text: "Si vous avez des relations en commun, l'une d'elles pourra peut-être vous \
                   présenter.",
        },
        watch_for_new_invitation: Entry {
            title: "Surveiller une nouvelle invitation",
            text: "L'expéditeur peut vous réinviter. Après un retrait, LinkedIn l'en empêche \
                   pendant trois semaines au plus ; une nouvelle invitation peut donc tarder.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} est une relation en commun et pourra peut-être vous présenter.",
            other: "{name} fait partie de vos {count} relations en commun et pourra peut-être \
                    vous présenter.",
        },
        watch_until: "L'expéditeur peut vous réinviter. Après un retrait, LinkedIn l'en empêche \
                      pendant trois semaines au plus, ici jusqu'au {date} au plus tard.",
        watch_over: "L'expéditeur peut vous réinviter. Après un retrait, LinkedIn l'en empêche \
                     pendant trois semaines au plus ; ce délai a pris fin le {date} au plus \
                     tard.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Retirer les invitations les plus anciennes",
            text: "LinkedIn peut restreindre les membres ayant de nombreuses invitations sans \
                   réponse ; retirer les plus anciennes est une pratique courante. Après un \
                   retrait, il est impossible de réinviter la même personne pendant trois \
                   semaines au plus.",
        },
        nothing_to_tidy: "Aucune action n'est nécessaire ici.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Inviter des contacts pertinents",
            text: "Ciblez les personnes que vous connaissez ou avec qui vous avez un lien \
                   professionnel clair.",
        },
        personalise_your_note: Entry {
            title: "Personnaliser l'invitation",
            text: "Ajoutez une courte note indiquant la raison de la mise en relation.",
        },
        complete_your_profile: Entry {
            title: "Compléter votre profil",
            text: "Assurez-vous que votre profil est complet et à jour avant d'inviter.",
        },
        be_selective: Entry {
            title: "Être sélectif",
            text: "Invitez de manière ciblée plutôt qu'en volume ; LinkedIn limite d'ailleurs \
                   le volume.",
        },
        follow_up_after_connecting: Entry {
            title: "Assurer le suivi",
            text: "Une fois l'invitation acceptée, envoyez un bref message pour amorcer la \
                   relation.",
        },
        tend_your_reputation: Entry {
            title: "Entretenir votre réputation",
            text: "Relisez régulièrement votre profil public et corrigez ce qui pourrait \
                   décourager les mises en relation.",
        },
    },
    reassurance: "Les invitations retirées font partie du réseautage sur LinkedIn et concernent \
                  rarement le destinataire. Aucune correction n'est nécessaire.",
    mass: MassTexts {
        title: "Plusieurs invitations plus en attente",
        summary: "{count} invitations ne figuraient plus dans la liste lors de la lecture suivante.",
        text: "Cela indique plutôt une action hors de cette page que des retraits individuels. \
               Avez-vous changé de compte LinkedIn, ou répondu dans l'application, par e-mail ou \
               dans un autre navigateur ? Sinon, un incident technique temporaire est possible ; \
               vérifiez à nouveau plus tard.",
    },
    resent: ResentTexts {
        title: "Invitation reçue à nouveau",
        summary: "L'invitation de {name} est de nouveau en attente.",
        summary_unnamed: "Une invitation est de nouveau en attente.",
        text: "L'invitation avait disparu et elle est réapparue, soit parce qu'elle a été \
               renvoyée, soit parce qu'elle n'était temporairement pas affichée. Vous pouvez \
               l'accepter ou l'ignorer comme d'habitude.",
    },
    draft: DraftTexts {
        named: "Bonjour {first_name}, merci pour votre invitation précédente. Entrer en relation \
                serait un plaisir, si cela vous convient toujours. Cordialement",
        unnamed: "Bonjour, merci pour votre invitation précédente. Entrer en relation serait un \
                  plaisir, si cela vous convient toujours. Cordialement",
    },
    draft_where: "À utiliser comme note d'une nouvelle invitation : sur son profil, « Se \
                  connecter » (ou sous « Plus »), puis « Ajouter une note ».",
    surfaces: SurfaceTexts {
        card_heading_one: "Une invitation n'est plus en attente",
        card_heading_several: "Changements dans vos invitations en attente",
        card_heading_notice: "Un changement dans vos invitations en attente",
        popup_empty: "Aucune invitation n'a disparu. Vos invitations en attente sont suivies.",
    },
};

pub static BRIEF: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Bref",
    tone_description: "L'essentiel, en quelques lignes courtes.",
    title: "Invitation partie",
    summary: "L'invitation de {name} est partie.",
    summary_unnamed: "Une invitation est partie.",
    pending_for: "En attente depuis {duration}.",
    lead: LeadTexts {
        change_of_heart: "Sans doute un changement d'avis. Rarement personnel.",
        sent_by_mistake: "Sans doute une erreur. Rien de personnel.",
        handled_elsewhere: "Sans doute traitée ailleurs. Rien à faire.",
        old_invitations_cleaned_up:
            "Sans doute un tri d'anciennes invitations. Rarement personnel.",
        account_closed: "Sans doute un compte fermé. Rien de personnel.",
        follow_bundled: "Peut-être partie avec un abonnement. Rarement personnel.",
        technical_issue: "Peut-être un bug. Rien de personnel.",
    },
    ask_elsewhere: "Répondu ailleurs (appli, e-mail) ?",
    most_common: "Le plus fréquent.",
    headings: HeadingTexts {
        reasons: "Pourquoi ?",
        actions: "Et maintenant ?",
        tips: "Conseils",
        draft: "Note",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Revirement",
            text: "Peut-être plus envie de se connecter. Rarement personnel.",
        },
        sent_by_mistake: Entry {
            title: "Erreur",
            text: "Peut-être un clic de trop ou un homonyme, puis retirée.",
        },
        handled_elsewhere: Entry {
            title: "Répondu ailleurs ?",
            text: "Acceptée ou ignorée dans l'appli, un e-mail, un autre navigateur ? Changé de \
                   compte ?",
        },
        old_invitations_cleaned_up: Entry {
            title: "Tri des anciennes",
            text: "LinkedIn freine ceux qui ont trop d'invitations en attente ; la vôtre a pu \
                   partir dans un tri.",
        },
        account_closed: Entry {
            title: "Compte fermé",
            text: "Si le compte a été fermé ou mis en pause, ses invitations sont parties avec.",
        },
        follow_bundled: Entry {
            title: "Liée à un abonnement",
            text: "Simple hypothèse : abonnement et invitation ensemble, le désabonnement a pu \
                   l'emporter.",
        },
        technical_issue: Entry {
            title: "Bug",
            text: "Rare, mais un bug, une panne ou un filtre anti-spam peut retirer une \
                   invitation.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "plutôt oui",
        possible: "peut-être",
        less_likely: "plutôt non",
    },
    why: WhyTexts {
        pending_under_a_day: "Un jour au plus.",
        pending_for_weeks: "Plus de 2 semaines.",
        came_with_note: "Avec un message.",
        several_at_once: "Plusieurs manquantes d'un coup.",
        mass_disappearance: "Beaucoup manquantes d'un coup.",
        follows_you: "Abonné·e à vous.",
        no_follow_mentioned: "Sans abonnement.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Ne rien faire",
            text: "Pas intéressé ? Rien à faire.",
        },
        ask_to_reconnect: Entry {
            title: "Saluer",
            text: "Message possible ? Court, sans demander pourquoi.",
        },
        send_own_invitation: Entry {
            title: "L'inviter",
            text: "Ça vaut le coup ? Votre invitation, avec la note ci-dessous.",
        },
        ask_shared_connection: Entry {
            title: "Relation commune",
            text: "Demandez à quelqu'un que vous connaissez tous deux de vous présenter.",
        },
        watch_for_new_invitation: Entry {
            title: "Guetter une nouvelle invitation",
            text: "Pas de réinvitation possible pendant 3 semaines au plus ; elle viendra \
                   peut-être.",
        },
    },
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} vous connaît tous deux : demandez une présentation.",
            other: "{name} (1 de vos {count} relations communes) pourrait vous présenter.",
        },
        watch_until: "En cas de retrait, réinvitation bloquée jusqu'au {date} au plus tard ; \
                      elle viendra peut-être.",
        watch_over: "En cas de retrait, réinvitation possible depuis le {date} au plus tard ; \
                     elle viendra peut-être.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Retirer les plus anciennes",
            text: "Beaucoup d'invitations sans réponse : LinkedIn peut restreindre. Retirer les \
                   anciennes est courant ; pas de réinvitation 3 semaines au plus.",
        },
        nothing_to_tidy: "Rien à trier.",
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Connaître d'abord",
            text: "Invitez les gens que vous connaissez ou côtoyez au travail.",
        },
        personalise_your_note: Entry {
            title: "Un mot",
            text: "Une ligne sur la raison de l'invitation.",
        },
        complete_your_profile: Entry {
            title: "Profil complet",
            text: "Un profil complet se reconnaît.",
        },
        be_selective: Entry {
            title: "La qualité avant tout",
            text: "Moins d'invitations, mieux ciblées ; LinkedIn limite le volume.",
        },
        follow_up_after_connecting: Entry {
            title: "Un bonjour après",
            text: "Un petit mot une fois acceptée.",
        },
        tend_your_reputation: Entry {
            title: "Votre image",
            text: "Regardez parfois votre profil comme les autres ; corrigez ce qui rebute.",
        },
    },
    reassurance: "Rarement personnel. Rien à corriger.",
    mass: MassTexts {
        title: "Plusieurs parties d'un coup",
        summary: "{count} invitations manquantes d'un coup.",
        text: "Changé de compte, ou répondu dans l'appli ? Sinon, peut-être un bug ; \
               revérifiez plus tard.",
    },
    resent: ResentTexts {
        title: "Elle est revenue",
        summary: "L'invitation de {name} est revenue.",
        summary_unnamed: "Une invitation est revenue.",
        text: "Peut-être renvoyée ou cachée un moment. Répondez comme d'habitude.",
    },
    draft: DraftTexts {
        named: "Bonjour {first_name}, j'ai vu votre invitation. Avec plaisir !",
        unnamed: "Bonjour, j'ai vu votre invitation. Avec plaisir !",
    },
    draft_where: "À coller en note : profil › Se connecter › Ajouter une note.",
    surfaces: SurfaceTexts {
        card_heading_one: "Invitation partie",
        card_heading_several: "Invitations modifiées",
        card_heading_notice: "Invitations modifiées",
        popup_empty: "Rien n'a disparu.",
    },
};
