//! The interface's own words in every language Client Fit speaks. Each entry lists all four
//! languages, so a missing translation does not compile. English is in every build; the other
//! three only with the `all-ui-languages` feature (the app, the CLI, the renderer of first
//! screens). The prospect's widget goes without: it installs the one language it speaks from a
//! file the build writes ([`table_file`], [`install`]), fetched beside its questionnaire.
//! Pure: no browser imports.

use super::text::LANGUAGES;

macro_rules! ui_texts {
    (
        $($key:ident => [$en:expr, $es:expr, $ro:expr, $da:expr $(,)?]),* $(,)?
        ;
        $($ckey:ident => [$cen:expr, $ces:expr, $cro:expr, $cda:expr $(,)?]),* $(,)?
    ) => {
        /// A piece of interface text; [`ui`] gives it in a language, [`ui_fill`] with its
        /// `{placeholders}` filled in. Each key's documentation is its English text. The
        /// prospect's keys come first, so their places are the same in every build.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Ui {
            $(#[doc = concat!("English: `", $en, "`")] $key,)*
            $(#[doc = concat!("English: `", $cen, "` (the consultant's app only)")] $ckey,)*
        }

        impl Ui {
            /// Every key, in the order of their declaration, for completeness tests.
            pub const ALL: &'static [Ui] = &[$(Ui::$key,)* $(Ui::$ckey,)*];

            /// The keys the prospect's widget can show, first in [`Ui::ALL`]: a table file's
            /// texts, in this order.
            pub const PROSPECT: &'static [Ui] = &[$(Ui::$key),*];

            /// The English text, which every build carries for the prospect's keys (the
            /// fallback of every language); the consultant's keys only with
            /// `consultant-words`, else empty.
            pub const fn english(self) -> &'static str {
                match self {
                    $(Ui::$key => $en,)*
                    $(#[cfg(feature = "consultant-words")] Ui::$ckey => $cen,)*
                    #[cfg(not(feature = "consultant-words"))]
                    _ => "",
                }
            }

            /// What [`fingerprint`] reads of a key in every build: the English text of a
            /// prospect's key, the name of a consultant's key.
            const fn marked(self) -> &'static str {
                match self {
                    $(Ui::$key => $en,)*
                    $(Ui::$ckey => stringify!($ckey),)*
                }
            }

            /// The text in en, es, ro and da, in the order of `LANGUAGES`.
            #[cfg(feature = "all-ui-languages")]
            pub const fn all_languages(self) -> [&'static str; 4] {
                match self {
                    $(Ui::$key => [$en, $es, $ro, $da],)*
                    $(Ui::$ckey => [$cen, $ces, $cro, $cda],)*
                }
            }
        }
    };
}

ui_texts! {
    ProspectName => [
        "Your name or company (so they know who the answers are from)",
        "Tu nombre o empresa (para que sepan de quién son las respuestas)",
        "Numele tău sau al firmei (ca să știe de la cine sunt răspunsurile)",
        "Dit navn eller firma (så de ved, hvem svarene er fra)",
    ],
    LastStepTitle => [
        "Last step: send your answers",
        "Último paso: envía tus respuestas",
        "Ultimul pas: trimite răspunsurile",
        "Sidste skridt: send dine svar",
    ],
    ThanksFor => [
        "Your answers are ready for {name}.",
        "Tus respuestas están listas para {name}.",
        "Răspunsurile tale sunt gata pentru {name}.",
        "Dine svar er klar til {name}.",
    ],
    ThanksPlain => [
        "Your answers are ready.",
        "Tus respuestas están listas.",
        "Răspunsurile tale sunt gata.",
        "Dine svar er klar.",
    ],
    YourAnswers => ["Your answers", "Tus respuestas", "Răspunsurile tale", "Dine svar"],
    HowItLooks => [
        "How it looks from your answers",
        "Cómo se ve según tus respuestas",
        "Cum arată, pe baza răspunsurilor tale",
        "Sådan ser det ud ifølge dine svar",
    ],
    HandOverTitle => ["Send them on", "Envíalas", "Trimite-le mai departe", "Send dem videre"],
    HandOverNote => [
        "Nothing has been sent yet. Open an email with your answers or download them as a file, and send it yourself.",
        "Todavía no se ha enviado nada. Abre un correo con tus respuestas o descárgalas como archivo, y envíalo tú.",
        "Nu s-a trimis încă nimic. Deschide un e-mail cu răspunsurile tale sau descarcă-le ca fișier și trimite-l tu.",
        "Intet er sendt endnu. Åbn en e-mail med dine svar, eller hent dem som en fil, og send den selv.",
    ],
    DownloadMyAnswers => ["Download my answers", "Descargar mis respuestas", "Descarcă răspunsurile mele", "Hent mine svar"],
    EmailMyAnswers => ["Email my answers", "Enviar mis respuestas por correo", "Trimite răspunsurile pe e-mail", "Send mine svar på e-mail"],
    EmailSubject => [
        "My answers: {title}",
        "Mis respuestas: {title}",
        "Răspunsurile mele: {title}",
        "Mine svar: {title}",
    ],
    EmailCodeIntro => [
        "To open these answers in Client Fit, paste this email (or just the code below) on its History page:",
        "Para abrir estas respuestas en Client Fit, pega este correo (o solo el código de abajo) en la página Historial:",
        "Ca să deschizi aceste răspunsuri în Client Fit, lipește acest e-mail (sau doar codul de mai jos) pe pagina Istoric:",
        "For at åbne disse svar i Client Fit skal du indsætte denne e-mail (eller kun koden nedenfor) på siden Historik:",
    ],
    AppName => ["Client Fit", "Client Fit", "Client Fit", "Client Fit"],
    PrivacyNote => [
        "Everything stays on this device. Nothing is sent anywhere.",
        "Todo se queda en este dispositivo. No se envía nada a ningún sitio.",
        "Totul rămâne pe acest dispozitiv. Nu se trimite nimic nicăieri.",
        "Alt bliver på denne enhed. Intet sendes nogen steder hen.",
    ],
    Language => ["Language", "Idioma", "Limba", "Sprog"],
    BlinkTitle => ["First impression", "Primera impresión", "Prima impresie", "Første indtryk"],
    BlinkQuestion => [
        "Before any question: what does your gut say about this client?",
        "Antes de cualquier pregunta: ¿qué te dice tu instinto sobre este cliente?",
        "Înainte de orice întrebare: ce îți spune instinctul despre acest client?",
        "Inden spørgsmålene: hvad siger din mavefornemmelse om denne kunde?",
    ],
    BlinkHelp => [
        "Answer in a second. Your first feeling counts: backed by what you saw, it can decide the verdict, and on its own it makes the verdict more careful.",
        "Responde en un segundo. Tu primera sensación cuenta: si lo que viste la respalda, puede decidir el veredicto; sola, lo hace más prudente.",
        "Răspunde într-o secundă. Prima impresie contează: susținută de ce ai văzut, poate decide verdictul; singură, îl face mai prudent.",
        "Svar på et sekund. Din første fornemmelse tæller: bakket op af det, du så, kan den afgøre konklusionen; alene gør den konklusionen mere forsigtig.",
    ],
    ImpressionGood => ["Good", "Buena", "Bună", "God"],
    ImpressionUnsure => ["Unsure", "Dudosa", "Neclară", "Usikker"],
    ImpressionBad => ["Bad", "Mala", "Proastă", "Dårlig"],
    BlinkWhy => [
        "In one line, why?",
        "En una línea, ¿por qué?",
        "Într-un rând, de ce?",
        "Hvorfor, på én linje?",
    ],
    Next => ["Next", "Siguiente", "Înainte", "Næste"],
    Back => ["Back", "Atrás", "Înapoi", "Tilbage"],
    SectionOf => [
        "Section {n} of {m}",
        "Sección {n} de {m}",
        "Secțiunea {n} din {m}",
        "Afsnit {n} af {m}",
    ],
    QuestionsAnswered => [
        "Questions answered: {a} of {q}",
        "Preguntas respondidas: {a} de {q}",
        "Întrebări cu răspuns: {a} din {q}",
        "Besvarede spørgsmål: {a} af {q}",
    ],
    BeforeQuestions => [
        "Before the questions",
        "Antes de las preguntas",
        "Înainte de întrebări",
        "Før spørgsmålene",
    ],
    DontKnow => ["I don't know yet", "Aún no lo sé", "Încă nu știu", "Det ved jeg ikke endnu"],
    Yes => ["Yes", "Sí", "Da", "Ja"],
    No => ["No", "No", "Nu", "Nej"],
    NotSure => ["Not sure", "No lo tengo claro", "Nu știu sigur", "Ved ikke"],
    ReviewTitle => ["Review", "Repaso de respuestas", "Verificare", "Gennemgang"],
    ReviewAllAnswered => [
        "Every question has an answer.",
        "Todas las preguntas tienen respuesta.",
        "Toate întrebările au un răspuns.",
        "Alle spørgsmål er besvaret.",
    ],
    ReviewUnanswered => [
        "These questions have no answer yet. You can see the result anyway; they will count as unknown.",
        "Estas preguntas aún no tienen respuesta. Puedes ver el resultado igualmente; contarán como desconocidas.",
        "Aceste întrebări nu au încă răspuns. Poți vedea rezultatul oricum; vor fi considerate necunoscute.",
        "Disse spørgsmål mangler svar. Du kan se resultatet alligevel; de tæller som ukendte.",
    ],
    SeeResult => ["See the result", "Ver el resultado", "Vezi rezultatul", "Se resultatet"],
    StartOver => ["Start over", "Empezar de nuevo", "Ia-o de la capăt", "Start forfra"],
    StartOverConfirm => [
        "Discard every answer of this assessment and start over?",
        "¿Descartar todas las respuestas de esta evaluación y empezar de nuevo?",
        "Renunți la toate răspunsurile acestei evaluări și o iei de la capăt?",
        "Vil du kassere alle svar i denne vurdering og starte forfra?",
    ],
    Discard => ["Discard and start over", "Descartar y empezar de nuevo", "Renunță și ia-o de la capăt", "Kassér og start forfra"],
    Cancel => ["Cancel", "Cancelar", "Anulează", "Annullér"],
    OverallScore => ["Overall score", "Puntuación global", "Scor general", "Samlet score"],
    ErrorTitle => ["Something went wrong", "Algo ha fallado", "A apărut o problemă", "Noget gik galt"],
    ErrorBody => [
        "Client Fit hit an internal error. Your answers are safe: download them below, then reload the page.",
        "Client Fit ha tenido un error interno. Tus respuestas están a salvo: descárgalas abajo y vuelve a cargar la página.",
        "Client Fit a întâmpinat o eroare internă. Răspunsurile tale sunt în siguranță: descarcă-le mai jos, apoi reîncarcă pagina.",
        "Client Fit stødte på en intern fejl. Dine svar er i sikkerhed: hent dem nedenfor, og genindlæs siden.",
    ],
    DownloadAnswers => ["Download my answers", "Descargar mis respuestas", "Descarcă răspunsurile mele", "Hent mine svar"],
    Reload => ["Reload", "Recargar", "Reîncarcă", "Genindlæs"],
    StorageUnavailable => [
        "This browser will not let Client Fit save. Your answers are kept only while this page is open; download them before you leave.",
        "Este navegador no permite que Client Fit guarde datos. Tus respuestas solo se conservan mientras la página esté abierta; descárgalas antes de salir.",
        "Acest browser nu permite salvarea. Răspunsurile se păstrează doar cât pagina e deschisă; descarcă-le înainte să pleci.",
        "Denne browser lader ikke Client Fit gemme. Dine svar findes kun, mens siden er åben; hent dem, før du går.",
    ],
    SavedDataDamaged => [
        "Saved answers on this device could not be read, so Client Fit started fresh. The damaged copy is kept on this device; download it here.",
        "No se pudieron leer las respuestas guardadas en este dispositivo, así que Client Fit empezó de cero. La copia dañada se conserva en el dispositivo; descárgala aquí.",
        "Răspunsurile salvate pe acest dispozitiv nu au putut fi citite, așa că Client Fit a pornit de la zero. Copia deteriorată este păstrată pe dispozitiv; o poți descărca de aici.",
        "Gemte svar på denne enhed kunne ikke læses, så Client Fit startede forfra. Den beskadigede kopi gemmes på enheden; hent den her.",
    ],
    SavedEntryDamaged => [
        "One saved assessment on this device could not be read; the others are all here. The damaged copy is kept on this device; download it here.",
        "No se pudo leer una evaluación guardada en este dispositivo; las demás están todas aquí. La copia dañada se conserva en el dispositivo; descárgala aquí.",
        "O evaluare salvată pe acest dispozitiv nu a putut fi citită; celelalte sunt toate aici. Copia deteriorată este păstrată pe dispozitiv; o poți descărca de aici.",
        "En gemt vurdering på denne enhed kunne ikke læses; de andre er her alle. Den beskadigede kopi gemmes på enheden; hent den her.",
    ],
    DownloadDamaged => ["Download the damaged copy", "Descargar la copia dañada", "Descarcă copia deteriorată", "Hent den beskadigede kopi"],
    SavedByNewer => [
        "The answers on this device were saved by a newer Client Fit. They are left untouched, and nothing you do here is saved over them; reload the newer version to see them.",
        "Las respuestas de este dispositivo las guardó una versión más reciente de Client Fit. No se tocan y nada de lo que hagas aquí se guarda encima; abre la versión más reciente para verlas.",
        "Răspunsurile de pe acest dispozitiv au fost salvate de o versiune mai nouă de Client Fit. Rămân neatinse și nimic din ce faci aici nu se salvează peste ele; deschide versiunea mai nouă ca să le vezi.",
        "Svarene på denne enhed er gemt af en nyere Client Fit. De bliver ikke rørt, og intet, du gør her, gemmes oven i dem; åbn den nyere version for at se dem.",
    ],
    NumberTooSmall => ["The smallest allowed is {n}.", "El mínimo permitido es {n}.", "Minimul permis este {n}.", "Det mindste tilladte er {n}."],
    NumberTooLarge => ["The largest allowed is {n}.", "El máximo permitido es {n}.", "Maximul permis este {n}.", "Det største tilladte er {n}."],
    UnitPercent => ["percent", "por ciento", "procente", "procent"],
    UnitHours => ["hours", "horas", "ore", "timer"],
    UnitDays => ["days", "días", "zile", "dage"],
    UnitWeeks => ["weeks", "semanas", "săptămâni", "uger"],
    UnitCount => ["number", "cantidad", "număr", "antal"],
    ScaleValue => ["{n} of 5", "{n} de 5", "{n} din 5", "{n} af 5"],
    GoToQuestion => ["Answer it", "Responder", "Răspunde", "Besvar"],
    NewScreening => ["New screening", "Nueva evaluación", "Evaluare nouă", "Ny vurdering"],
    ShareTooLong => [
        "The answers are too long for a link. Shorten the notes, or download the JSON instead.",
        "Las respuestas son demasiado largas para un enlace. Acorta las notas o descarga el JSON.",
        "Răspunsurile sunt prea lungi pentru un link. Scurtează notițele sau descarcă fișierul JSON.",
        "Svarene er for lange til et link. Forkort noterne, eller hent JSON-filen i stedet.",
    ],
    ShareOpened => [
        "Opened from a shared link. Nothing was sent anywhere.",
        "Abierto desde un enlace compartido. No se ha enviado nada.",
        "Deschis dintr-un link partajat. Nu s-a trimis nimic.",
        "Åbnet fra et delt link. Intet er sendt nogen steder hen.",
    ],
    ShareBroken => ["This link could not be opened: {reason}", "No se pudo abrir este enlace: {reason}", "Acest link nu a putut fi deschis: {reason}", "Linket kunne ikke åbnes: {reason}"],
    ShareTampered => ["it was changed or damaged.", "ha sido modificado o está dañado.", "a fost modificat sau este deteriorat.", "det er ændret eller beskadiget."],
    ShareTruncated => ["it was cut off; copy the whole link.", "está cortado; copia el enlace completo.", "este incomplet; copiază tot linkul.", "det er afkortet; kopiér hele linket."],
    ShareUnknownQuestionnaire => [
        "it is for a questionnaire this Client Fit does not have.",
        "es de un cuestionario que esta versión de Client Fit no tiene.",
        "este pentru un chestionar pe care acest Client Fit nu îl are.",
        "det hører til et spørgeskema, som denne Client Fit ikke har.",
    ],
    ShareChanged => [
        "the questionnaire has changed since the link was made.",
        "el cuestionario ha cambiado desde que se creó el enlace.",
        "chestionarul s-a schimbat de când a fost creat linkul.",
        "spørgeskemaet er ændret, siden linket blev lavet.",
    ],
    ShareNewer => ["it was made by a newer Client Fit.", "lo creó una versión más reciente de Client Fit.", "a fost creat de o versiune mai nouă de Client Fit.", "det er lavet af en nyere Client Fit."],
    ShareTooLarge => ["it is too long to be ours.", "es demasiado largo para ser de Client Fit.", "este prea lung ca să fie al nostru.", "det er for langt til at være vores."],
    ShareDoesNotFit => [
        "an answer does not fit the questionnaire.",
        "una respuesta no encaja con el cuestionario.",
        "un răspuns nu se potrivește cu chestionarul.",
        "et svar passer ikke til spørgeskemaet.",
    ],
    InProgressKept => [
        "Your assessment in progress was saved to history first, so nothing is lost.",
        "Tu evaluación en curso se guardó antes en el historial, así que no se pierde nada.",
        "Evaluarea în curs a fost salvată mai întâi în istoric, așa că nu se pierde nimic.",
        "Din igangværende vurdering blev gemt i historikken først, så intet går tabt.",
    ],
    HistoryNoName => ["(no name)", "(sin nombre)", "(fără nume)", "(intet navn)"],
    ExportBackup => ["Export everything (JSON backup)", "Exportar todo (copia de seguridad JSON)", "Exportă tot (backup JSON)", "Eksportér alt (JSON-sikkerhedskopi)"],
    ImportReport => [
        "Backup imported: {added} added, {updated} updated, {unchanged} already here.",
        "Copia importada: {added} añadidas, {updated} actualizadas, {unchanged} ya estaban.",
        "Backup importat: {added} adăugate, {updated} actualizate, {unchanged} existau deja.",
        "Sikkerhedskopi importeret: {added} tilføjet, {updated} opdateret, {unchanged} fandtes allerede.",
    ],
    ImportRefusedEntry => ["Entry {n} was refused: {reason}", "Se rechazó la entrada {n}: {reason}", "Intrarea {n} a fost refuzată: {reason}", "Post {n} blev afvist: {reason}"],
    ImportProfileTaken => ["The profile in the backup was applied.", "Se aplicó el perfil de la copia.", "Profilul din backup a fost aplicat.", "Profilen fra sikkerhedskopien er taget i brug."],
    ImportProfileKept => [
        "Your current profile was kept; the backup's profile was not applied.",
        "Se mantuvo tu perfil actual; no se aplicó el de la copia.",
        "Profilul tău actual a fost păstrat; cel din backup nu a fost aplicat.",
        "Din nuværende profil er bevaret; profilen fra sikkerhedskopien blev ikke brugt.",
    ],
    ImportProfileUnreadable => [
        "The profile in the backup could not be read, so it was not applied: {reason}",
        "No se pudo leer el perfil de la copia, así que no se aplicó: {reason}",
        "Profilul din backup nu a putut fi citit, deci nu a fost aplicat: {reason}",
        "Profilen i sikkerhedskopien kunne ikke læses og blev ikke brugt: {reason}",
    ],
    BackupNotOurs => ["This file is not a Client Fit backup.", "Este archivo no es una copia de seguridad de Client Fit.", "Acest fișier nu este un backup Client Fit.", "Denne fil er ikke en sikkerhedskopi fra Client Fit."],
    BackupTooLarge => ["This file is too large to be a backup.", "Este archivo es demasiado grande para ser una copia de seguridad.", "Acest fișier este prea mare pentru a fi un backup.", "Denne fil er for stor til at være en sikkerhedskopi."],
    BackupNewer => ["This backup was made by a newer Client Fit.", "Esta copia la creó una versión más reciente de Client Fit.", "Acest backup a fost creat de o versiune mai nouă de Client Fit.", "Denne sikkerhedskopi er lavet af en nyere Client Fit."],
    BackupDamaged => ["This backup is damaged: {reason}", "Esta copia está dañada: {reason}", "Acest backup este deteriorat: {reason}", "Denne sikkerhedskopi er beskadiget: {reason}"],
    RefusalNoId => ["it has no id.", "no tiene identificador.", "nu are un identificator.", "den har intet id."],
    RefusalRepeated => ["its id appears earlier in the file.", "su identificador aparece antes en el archivo.", "identificatorul apare mai devreme în fișier.", "dens id forekommer tidligere i filen."],
    RefusalOverrule => ["its own verdict has no reason.", "su veredicto propio no tiene motivo.", "verdictul propriu nu are motiv.", "dens egen konklusion mangler en begrundelse."],
    RefusalQuestionnaire => [
        "the questionnaire it carries cannot be used.",
        "el cuestionario que trae no se puede usar.",
        "chestionarul pe care îl conține nu poate fi folosit.",
        "det medfølgende spørgeskema kan ikke bruges.",
    ],
    RefusalUnreadable => ["it could not be read.", "no se pudo leer.", "nu a putut fi citită.", "den kunne ikke læses."],
    Dismiss => ["Dismiss", "Cerrar", "Închide", "Luk"],
    NotEnoughToJudge => [
        "Not enough to judge yet",
        "Aún no hay suficiente para juzgar",
        "Încă prea puține informații pentru un verdict",
        "Endnu ikke nok til en konklusion",
    ],
    ViewAssess => ["Assess", "Evaluar", "Evaluează", "Vurdér"],
    ViewProfile => ["My ideal client", "Mi cliente ideal", "Clientul meu ideal", "Min ideelle kunde"],
    ViewHistory => ["History", "Historial", "Istoric", "Historik"],
    NumberUnreadable => [
        "This does not read as a number. Write it like 12,000 or 2.5.",
        "Esto no se lee como un número. Escríbelo así: 12.000 o 2,5.",
        "Nu pare a fi un număr. Scrie-l așa: 12.000 sau 2,5.",
        "Det kan ikke læses som et tal. Skriv det sådan: 12.000 eller 2,5.",
    ],
    ProfileFieldMinBudget => ["your minimum budget", "tu presupuesto mínimo", "bugetul minim", "dit minimumsbudget"],
    ProfileFieldDeposit => ["your deposit", "tu anticipo", "avansul", "din forudbetaling"],
    ProfileFieldPaymentDays => ["your payment days", "tus días de pago", "termenul de plată", "din betalingsfrist"],
    ProfileFieldMinWeeks => ["your shortest project", "tu proyecto más corto", "cel mai scurt proiect", "dit korteste projekt"],
    ProfileFieldMaxWeeks => ["your longest project", "tu proyecto más largo", "cel mai lung proiect", "dit længste projekt"],
    ProfileFieldReplyHours => ["your longest reply time", "tu tiempo máximo de respuesta", "termenul maxim de răspuns", "din længste svartid"],
    ProfileFieldWeeklyHours => [
        "the hours a week you can give one client",
        "las horas por semana que puedes dedicar a un cliente",
        "orele pe săptămână pe care le poți acorda unui client",
        "de timer om ugen, du kan give én kunde",
    ],
    NotComparedLine => [
        "Not compared: set {what} in your profile.",
        "Sin comparar: indica {what} en tu perfil.",
        "Nu se compară: completează {what} în profilul tău.",
        "Ikke sammenlignet: angiv {what} i din profil.",
    ],
    OpenProfile => ["Open your profile", "Abrir tu perfil", "Deschide profilul", "Åbn din profil"],
    // Re-assessing a saved client: the banner on every step, the progress line and the
    // comparison on the result.
    ReassessingClient => [
        "Re-assessing {client} — earlier assessment of {date}",
        "Vuelves a evaluar a {client} — evaluación anterior del {date}",
        "Reevaluezi {client} — evaluarea anterioară din {date}",
        "Du vurderer {client} igen — tidligere vurdering fra {date}",
    ],
    ReassessHint => [
        "The earlier answers are filled in: change what is different now.",
        "Las respuestas anteriores ya están puestas: cambia lo que sea distinto ahora.",
        "Răspunsurile anterioare sunt deja completate: schimbă ce e diferit acum.",
        "De tidligere svar er udfyldt: ret det, der er anderledes nu.",
    ],
    AnswersChangedCount => [
        "Answers changed: {n}",
        "Respuestas cambiadas: {n}",
        "Răspunsuri schimbate: {n}",
        "Ændrede svar: {n}",
    ],
    OneQuestionAtATime => ["One question at a time", "Una pregunta cada vez", "Câte o întrebare", "Ét spørgsmål ad gangen"],
    QuestionOf => ["Question {n} of {total}", "Pregunta {n} de {total}", "Întrebarea {n} din {total}", "Spørgsmål {n} af {total}"],
    RequiredMark => ["required", "obligatoria", "obligatorie", "skal besvares"],
    ReviewRequired => [
        "Answer these to see the result:",
        "Responde a estas para ver el resultado:",
        "Răspunde la acestea ca să vezi rezultatul:",
        "Besvar disse for at se resultatet:",
    ],
    // The prospect's own view of a full result: words for them, not the consultant's.
    ProspectGoodFit => ["Looks like a good fit", "Parece que encajamos bien", "Pare că ne potrivim bine", "Det ser ud til at passe godt"],
    ProspectDiscuss => ["Let's discuss a few points", "Hablemos de algunos puntos", "Să discutăm câteva puncte", "Lad os tale om et par punkter"],
    ProspectTalkFirst => [
        "Let's talk it through before we go further",
        "Hablemos con calma antes de seguir",
        "Să vorbim pe îndelete înainte să mergem mai departe",
        "Lad os tale det igennem, før vi går videre",
    ],
    ProspectTopics => ["Things we'd like to talk about", "Lo que nos gustaría hablar contigo", "Ce am vrea să discutăm cu tine", "Det, vi gerne vil tale med dig om"],
    ProspectNoTopics => ["Nothing we need to raise.", "Nada que necesitemos comentar.", "Nimic de care să trebuiască să vorbim.", "Intet, vi behøver at tage op."],
    SentTo => ["Sent to {name}", "Enviadas a {name}", "Trimise către {name}", "Sendt til {name}"],
    SentPlain => ["Your answers were sent", "Tus respuestas se enviaron", "Răspunsurile tale au fost trimise", "Dine svar er sendt"],
    SentNote => [
        "Thank you. There is nothing more to do here.",
        "Gracias. No tienes que hacer nada más aquí.",
        "Mulțumim. Nu mai ai nimic de făcut aici.",
        "Tak. Der er ikke mere at gøre her.",
    ],
    Sending => ["Sending your answers…", "Enviando tus respuestas…", "Se trimit răspunsurile…", "Sender dine svar …"],
    NotSentYet => ["Not sent yet", "Aún no se han enviado", "Încă nu au fost trimise", "Ikke sendt endnu"],
    SendRefused => [
        "The site that receives them answered with an error ({status}). Your answers are kept in this browser until they are sent: try again, or send them another way.",
        "El sitio que las recibe respondió con un error ({status}). Tus respuestas se guardan en este navegador hasta que se envíen: inténtalo de nuevo o envíalas de otra forma.",
        "Site-ul care le primește a răspuns cu o eroare ({status}). Răspunsurile tale rămân în acest browser până sunt trimise: încearcă din nou sau trimite-le altfel.",
        "Siden, der modtager dem, svarede med en fejl ({status}). Dine svar gemmes i denne browser, indtil de er sendt: prøv igen, eller send dem på en anden måde.",
    ],
    SendNoAnswer => [
        "The site that receives them could not be reached. Your answers are kept in this browser until they are sent: try again, or send them another way.",
        "No se pudo contactar con el sitio que las recibe. Tus respuestas se guardan en este navegador hasta que se envíen: inténtalo de nuevo o envíalas de otra forma.",
        "Site-ul care le primește nu a putut fi contactat. Răspunsurile tale rămân în acest browser până sunt trimise: încearcă din nou sau trimite-le altfel.",
        "Siden, der modtager dem, kunne ikke nås. Dine svar gemmes i denne browser, indtil de er sendt: prøv igen, eller send dem på en anden måde.",
    ],
    SendOffline => [
        "You are offline. Your answers are kept in this browser and go out by themselves when you are back online, with this page open or the next time you open it.",
        "No tienes conexión. Tus respuestas se guardan en este navegador y se envían solas cuando vuelvas a estar en línea, con esta página abierta o la próxima vez que la abras.",
        "Nu ești conectat la internet. Răspunsurile tale rămân în acest browser și pleacă singure când revii online, cu pagina aceasta deschisă sau data viitoare când o deschizi.",
        "Du er offline. Dine svar gemmes i denne browser og sendes af sig selv, når du er online igen, mens siden er åben, eller næste gang du åbner den.",
    ],
    TryAgain => ["Try again", "Intentar de nuevo", "Încearcă din nou", "Prøv igen"],
    OtherWays => ["Other ways to send them", "Otras formas de enviarlas", "Alte moduri de a le trimite", "Andre måder at sende dem på"],
    StaysInBrowser => [
        "Your answers stay in your browser until you send them.",
        "Tus respuestas se quedan en tu navegador hasta que las envíes.",
        "Răspunsurile tale rămân în browser până când le trimiți.",
        "Dine svar bliver i din browser, indtil du sender dem.",
    ],
    SendMyAnswers => ["Send my answers", "Enviar mis respuestas", "Trimite răspunsurile", "Send mine svar"],
    Finish => ["Finish", "Terminar", "Termină", "Afslut"],
    ReviewRequiredProspect => [
        "Answer these before you go on:",
        "Responde a estas antes de continuar:",
        "Răspunde la acestea înainte să continui:",
        "Svar på disse, før du går videre:",
    ],
    ReviewUnansweredProspect => [
        "These questions have no answer yet. You can go on without them, or answer them first.",
        "Estas preguntas aún no tienen respuesta. Puedes continuar sin ellas o responderlas antes.",
        "Aceste întrebări nu au încă răspuns. Poți continua fără ele sau le poți răspunde întâi.",
        "Disse spørgsmål har endnu ikke et svar. Du kan gå videre uden dem eller svare på dem først.",
    ],
    RefusalOwn => [
        "one of your own questionnaires in it could not be read.",
        "uno de tus propios cuestionarios no se pudo leer.",
        "unul dintre chestionarele tale nu a putut fi citit.",
        "et af dine egne spørgeskemaer kunne ikke læses.",
    ],
    OwnDelete => ["Delete", "Eliminar", "Șterge", "Slet"],
    OwnDeleteConfirm => [
        "Delete {title} for good? Assessments already made with it keep their answers.",
        "¿Eliminar {title} para siempre? Las evaluaciones ya hechas con él conservan sus respuestas.",
        "Ștergi definitiv {title}? Evaluările deja făcute cu el își păstrează răspunsurile.",
        "Slet {title} for altid? Vurderinger, der allerede er lavet med det, beholder deres svar.",
    ],
    OwnImported => [
        "{title} is now one of your questionnaires.",
        "{title} ya es uno de tus cuestionarios.",
        "{title} este acum unul dintre chestionarele tale.",
        "{title} er nu et af dine spørgeskemaer.",
    ],
    OwnImportedToFix => [
        "It has {count} problems to fix before you can use it: open it to see them.",
        "Tiene {count} problemas que corregir antes de poder usarlo: ábrelo para verlos.",
        "Are {count} probleme de rezolvat înainte să-l poți folosi: deschide-l ca să le vezi.",
        "Det har {count} problemer at rette, før du kan bruge det: åbn det for at se dem.",
    ],
    OwnNotQuestionnaire => [
        "That file is not a questionnaire, so nothing was changed. Pick a questionnaire exported as JSON.",
        "Ese archivo no es un cuestionario, así que no se cambió nada. Elige un cuestionario exportado como JSON.",
        "Fișierul acela nu este un chestionar, așa că nu s-a schimbat nimic. Alege un chestionar exportat ca JSON.",
        "Den fil er ikke et spørgeskema, så intet blev ændret. Vælg et spørgeskema, der er eksporteret som JSON.",
    ],
    OwnNewer => [
        "That questionnaire was made with a newer Client Fit, so nothing was changed. Update this one to open it.",
        "Ese cuestionario se hizo con un Client Fit más nuevo, así que no se cambió nada. Actualiza este para abrirlo.",
        "Chestionarul acela a fost făcut cu un Client Fit mai nou, așa că nu s-a schimbat nimic. Actualizează-l pe acesta ca să-l deschizi.",
        "Det spørgeskema er lavet med en nyere Client Fit, så intet blev ændret. Opdatér denne for at åbne det.",
    ],
    OwnProspectCopy => [
        "That file is the copy made for prospects, without your advice and letters, so nothing was changed. Import the full questionnaire.",
        "Ese archivo es la copia hecha para posibles clientes, sin tus consejos ni cartas, así que no se cambió nada. Importa el cuestionario completo.",
        "Fișierul acela este copia făcută pentru potențialii clienți, fără sfaturile și scrisorile tale, așa că nu s-a schimbat nimic. Importă chestionarul complet.",
        "Den fil er kopien til mulige kunder, uden dine råd og breve, så intet blev ændret. Importér hele spørgeskemaet.",
    ],
    OwnRepeatedIds => [
        "That file gives two of its parts the same id, so nothing was changed. Give each its own id in the file and import it again.",
        "Ese archivo da el mismo id a dos de sus partes, así que no se cambió nada. Dale a cada una su propio id en el archivo e impórtalo de nuevo.",
        "Fișierul acela dă același id la două dintre părțile lui, așa că nu s-a schimbat nimic. Dă-i fiecăreia id-ul ei în fișier și importă-l din nou.",
        "Den fil giver to af sine dele samme id, så intet blev ændret. Giv hver sit eget id i filen, og importér den igen.",
    ],
    EarlierVersion => [
        "Made with an earlier version of ‘{title}’: it shows and scores as it was then.",
        "Hecha con una versión anterior de «{title}»: se muestra y puntúa como era entonces.",
        "Făcută cu o versiune anterioară a „{title}”: se afișează și se punctează ca atunci.",
        "Lavet med en tidligere version af »{title}«: den vises og pointgives, som den var dengang.",
    ],
    ;
    // The consultant's own words, after the `;`: only the consultant's app shows them, so the
    // prospect's widget (built without `consultant-words`) carries none of them, not even in
    // English. A key the widget shows goes above the `;`.
    PasteCode => [
        "Paste a prospect's email or code",
        "Pega el correo o el código de un posible cliente",
        "Lipește e-mailul sau codul unui potențial client",
        "Indsæt e-mailen eller koden fra en mulig kunde",
    ],
    OpenCode => ["Open these answers", "Abrir estas respuestas", "Deschide aceste răspunsuri", "Åbn disse svar"],
    NoCodeFound => [
        "No Client Fit code was found in that text.",
        "No se encontró ningún código de Client Fit en ese texto.",
        "Nu s-a găsit niciun cod Client Fit în acel text.",
        "Der blev ikke fundet nogen Client Fit-kode i den tekst.",
    ],
    ProspectSaid => [
        "What the prospect said",
        "Lo que dijo el posible cliente",
        "Ce a spus potențialul client",
        "Hvad den mulige kunde selv sagde",
    ],
    ProspectIntakeFrom => [
        "Their own intake, {date}: {verdict}",
        "Su cuestionario inicial, {date}: {verdict}",
        "Chestionarul completat de client, {date}: {verdict}",
        "Kundens eget spørgeskema, {date}: {verdict}",
    ],
    OpenTheirIntake => ["Open their intake", "Abrir su cuestionario inicial", "Deschide chestionarul clientului", "Åbn kundens spørgeskema"],
    Tagline => [
        "Screen a client before you say yes.",
        "Evalúa a un cliente antes de decir que sí.",
        "Evaluează un client înainte să spui da.",
        "Tjek en kunde, før du siger ja.",
    ],
    ChooseQuestionnaire => [
        "What do you want to do?",
        "¿Qué quieres hacer?",
        "Ce vrei să faci?",
        "Hvad vil du gøre?",
    ],
    ClientName => [
        "Client or prospect name (optional)",
        "Nombre del cliente o posible cliente (opcional)",
        "Numele clientului sau al potențialului client (opțional)",
        "Navn på kunden eller den mulige kunde (valgfrit)",
    ],
    Begin => ["Begin", "Empezar", "Începe", "Start"],
    ResultTitle => ["Result", "Resultado", "Rezultat", "Resultat"],
    ResultFor => ["Result for {name}", "Resultado para {name}", "Rezultat pentru {name}", "Resultat for {name}"],
    DealBreakers => ["Deal-breakers", "Motivos de descarte", "Semnale eliminatorii", "Stopklodser"],
    DealBreakersNote => [
        "Any one of these decides the verdict, whatever the score.",
        "Cualquiera de ellos decide por sí solo el veredicto, sea cual sea la puntuación.",
        "Oricare dintre acestea decide verdictul, indiferent de scor.",
        "Hver af disse afgør alene konklusionen, uanset scoren.",
    ],
    CausedBy => ["Because you answered: {answer}", "Porque respondiste: {answer}", "Pentru că ai răspuns: {answer}", "Fordi du svarede: {answer}"],
    Scores => ["Scores", "Puntuaciones", "Scoruri", "Scorer"],
    Confidence => [
        "Confidence: {p}% of what matters is answered",
        "Confianza: está respondido el {p} % de lo que importa",
        "Grad de certitudine: {p}% din ce contează are răspuns",
        "Sikkerhed: {p} % af det vigtige er besvaret",
    ],
    FindOutNext => ["Find out next", "Qué averiguar ahora", "De aflat în continuare", "Find ud af som det næste"],
    WarningSigns => ["Warning signs", "Señales de alarma", "Semnale de alarmă", "Advarselstegn"],
    NoWarningSigns => [
        "No warning signs were raised.",
        "No ha aparecido ninguna señal de alarma.",
        "Nu a apărut niciun semnal de alarmă.",
        "Der er ingen advarselstegn.",
    ],
    SeverityNote => ["Note", "Nota", "Notă", "Bemærkning"],
    SeverityCaution => ["Caution", "Precaución", "Atenție", "Pas på"],
    SeveritySerious => ["Serious", "Grave", "Grav", "Alvorlig"],
    SeverityDealBreaker => ["Deal-breaker", "Motivo de descarte", "Eliminatoriu", "Stopklods"],
    GutVersusAnalysis => ["Gut versus analysis", "Instinto frente a análisis", "Instinct versus analiză", "Mavefornemmelse over for analyse"],
    GutAgrees => [
        "Your first impression and the analysis agree.",
        "Tu primera impresión y el análisis coinciden.",
        "Prima ta impresie și analiza concordă.",
        "Dit første indtryk og analysen er enige.",
    ],
    GutDarker => [
        "Your gut is more worried than the answers so far, and it counts: the verdict is more careful for it. Name what you saw, then find out whether the facts bear it out.",
        "Tu instinto está más preocupado de lo que indican hasta ahora las respuestas, y eso cuenta: por ello el veredicto es más prudente. Pon nombre a lo que viste y averigua si los hechos lo confirman.",
        "Instinctul tău e mai îngrijorat decât răspunsurile de până acum, și asta contează: verdictul devine mai prudent. Numește ce ai văzut, apoi află dacă faptele îți dau dreptate.",
        "Din mavefornemmelse er mere bekymret end svarene indtil nu, og den tæller med: konklusionen er mere forsigtig af den grund. Sæt ord på, hvad du så, og find ud af, om fakta bekræfter det.",
    ],
    GutBrighter => [
        "Your gut is more hopeful than the answers. A good first impression does not outweigh these:",
        "Tu instinto es más optimista que las respuestas. Una buena primera impresión no compensa esto:",
        "Instinctul tău e mai optimist decât răspunsurile. O primă impresie bună nu cântărește mai mult decât acestea:",
        "Din mavefornemmelse er mere optimistisk end svarene. Et godt første indtryk opvejer ikke disse svar:",
    ],
    WhatWouldChange => ["What would change the verdict", "Qué cambiaría el veredicto", "Ce ar schimba verdictul", "Hvad der ville ændre konklusionen"],
    ChangeUp => ["One tier better if:", "Un nivel mejor si:", "Cu o treaptă mai bine dacă:", "Et trin bedre, hvis:"],
    ChangeDown => ["One tier worse if:", "Un nivel peor si:", "Cu o treaptă mai rău dacă:", "Et trin dårligere, hvis:"],
    ChangeLine => ["“{question}” were “{answer}”", "«{question}» fuera «{answer}»", "răspunsul la „{question}” ar fi „{answer}”", "»{question}« blev besvaret med »{answer}«"],
    Safeguards => ["Safeguards", "Salvaguardas", "Măsuri de protecție", "Forholdsregler"],
    Letters => ["Letters", "Cartas", "Scrisori", "Breve"],
    Copy => ["Copy", "Copiar", "Copiază", "Kopiér"],
    Copied => ["Copied", "Copiado", "Copiat", "Kopieret"],
    BrokenQuestionnaire => [
        "This questionnaire cannot be loaded:",
        "Este cuestionario no se puede cargar:",
        "Acest chestionar nu poate fi încărcat:",
        "Dette spørgeskema kan ikke indlæses:",
    ],
    HistoryShowOlder => [
        "Show older assessments ({count} more)",
        "Mostrar evaluaciones anteriores ({count} más)",
        "Arată evaluările mai vechi (încă {count})",
        "Vis ældre vurderinger ({count} mere)",
    ],
    Required => ["Required", "Obligatorio", "Obligatoriu", "Påkrævet"],
    NumberHint => ["Enter a number", "Escribe un número", "Introdu un număr", "Skriv et tal"],
    Unanswered => ["not answered", "sin responder", "fără răspuns", "ikke besvaret"],
    NamePlaceholder => ["[name]", "[nombre]", "[nume]", "[navn]"],
    YourNamePlaceholder => ["[your name]", "[tu nombre]", "[numele tău]", "[dit navn]"],
    SavedAsYouGo => [
        "Saved in History as you go.",
        "Se guarda en el historial sobre la marcha.",
        "Se salvează în istoric pe măsură ce lucrezi.",
        "Gemmes i historikken, mens du arbejder.",
    ],
    DownloadJson => ["Download as JSON", "Descargar como JSON", "Descarcă în format JSON", "Hent som JSON"],
    CopyShareLink => ["Copy share link", "Copiar enlace para compartir", "Copiază linkul de partajare", "Kopiér delingslink"],
    ShareLinkNote => [
        "The answers travel inside the link, after the #. Opening it shows this result and sends nothing anywhere. Private notes are left out.",
        "Las respuestas viajan dentro del enlace, después del #. Al abrirlo se ve este resultado y no se envía nada. Las notas privadas no se incluyen.",
        "Răspunsurile sunt chiar în link, după #. Deschiderea lui arată acest rezultat și nu trimite nimic nicăieri. Notițele private nu sunt incluse.",
        "Svarene ligger i selve linket, efter #. Når det åbnes, vises dette resultat, og intet sendes nogen steder hen. Private noter er udeladt.",
    ],
    ShareLinkLabel => ["Share link", "Enlace para compartir", "Link de partajare", "Delingslink"],
    OverruleTitle => ["Your own verdict", "Tu propio veredicto", "Verdictul tău", "Din egen konklusion"],
    OverruleHelp => [
        "You may know things the questions do not. Overrule the verdict with a written reason; the computed verdict stays beside yours.",
        "Quizá sepas cosas que las preguntas no recogen. Cambia el veredicto indicando el motivo por escrito; el veredicto calculado se mantiene junto al tuyo.",
        "Poate știi lucruri pe care întrebările nu le prind. Schimbă verdictul cu un motiv scris; verdictul calculat rămâne alături de al tău.",
        "Du ved måske ting, som spørgsmålene ikke fanger. Tilsidesæt konklusionen med en skriftlig begrundelse; den beregnede konklusion står ved siden af din.",
    ],
    OverruleVerdict => ["Verdict", "Veredicto", "Verdict", "Konklusion"],
    OverruleReason => ["Reason (required)", "Motivo (obligatorio)", "Motiv (obligatoriu)", "Begrundelse (påkrævet)"],
    OverruleApply => ["Overrule", "Cambiar veredicto", "Schimbă verdictul", "Tilsidesæt"],
    OverruleRemove => ["Remove my verdict", "Quitar mi veredicto", "Elimină verdictul meu", "Fjern min konklusion"],
    OverruleNeedsReason => ["Write a reason first.", "Escribe antes un motivo.", "Scrie mai întâi un motiv.", "Skriv først en begrundelse."],
    OverruledAs => ["Your verdict: {verdict}", "Tu veredicto: {verdict}", "Verdictul tău: {verdict}", "Din konklusion: {verdict}"],
    ComputedVerdict => ["Computed verdict: {verdict}", "Veredicto calculado: {verdict}", "Verdict calculat: {verdict}", "Beregnet konklusion: {verdict}"],
    OverruleBecause => ["Why: {reason}", "Motivo: {reason}", "Motiv: {reason}", "Begrundelse: {reason}"],
    Notes => ["Private notes", "Notas privadas", "Notițe private", "Private noter"],
    NotesHelp => [
        "Kept on this device only; never put in a share link.",
        "Se guardan solo en este dispositivo; nunca van en un enlace compartido.",
        "Se păstrează doar pe acest dispozitiv; nu ajung niciodată într-un link partajat.",
        "Gemmes kun på denne enhed; kommer aldrig med i et delingslink.",
    ],
    HistoryEmpty => ["No saved assessments yet.", "Aún no hay evaluaciones guardadas.", "Nu există încă evaluări salvate.", "Der er ingen gemte vurderinger endnu."],
    HistoryOpen => ["Open", "Abrir", "Deschide", "Åbn"],
    HistoryRename => ["Rename", "Renombrar", "Redenumește", "Omdøb"],
    HistoryDelete => ["Delete", "Eliminar", "Șterge", "Slet"],
    HistoryDeleteConfirm => ["Delete for good", "Eliminar definitivamente", "Șterge definitiv", "Slet endeligt"],
    HistoryReassess => ["Re-assess", "Volver a evaluar", "Reevaluează", "Vurdér igen"],
    HistorySave => ["Save", "Guardar", "Salvează", "Gem"],
    ImportBackup => ["Import a backup", "Importar una copia de seguridad", "Importă un backup", "Importér en sikkerhedskopi"],
    BackupUnreadable => ["the file could not be read.", "no se pudo leer el archivo.", "fișierul nu a putut fi citit.", "filen kunne ikke læses."],
    ChangesSince => ["What changed since {date}", "Qué cambió desde el {date}", "Ce s-a schimbat de la {date}", "Hvad er ændret siden {date}"],
    FlagsRaised => ["New warning signs", "Nuevas señales de alarma", "Semnale de alarmă noi", "Nye advarselstegn"],
    FlagsCleared => ["Warning signs now gone", "Señales de alarma que ya no están", "Semnale de alarmă dispărute", "Advarselstegn, der er væk"],
    ScoreChange => ["Score: {before} → {after}", "Puntuación: {before} → {after}", "Scor: {before} → {after}", "Score: {before} → {after}"],
    VerdictChange => ["Verdict: {before} → {after}", "Veredicto: {before} → {after}", "Verdict: {before} → {after}", "Konklusion: {before} → {after}"],
    NothingChanged => ["Nothing changed.", "No cambió nada.", "Nu s-a schimbat nimic.", "Intet er ændret."],
    CappedBy => [
        "Held at this tier by a warning sign, whatever the score: {flag}",
        "Se queda en este nivel por una señal de alarma, sea cual sea la puntuación: {flag}",
        "Rămâne pe această treaptă din cauza unui semnal de alarmă, indiferent de scor: {flag}",
        "Holdt på dette trin af et advarselstegn, uanset scoren: {flag}",
    ],
    NotEnoughNext => [
        "Find out the points below first. A verdict comes once at least {p}% of what matters is answered.",
        "Averigua primero los puntos de abajo. Tendrás un veredicto cuando esté respondido al menos el {p} % de lo que importa.",
        "Lămurește mai întâi punctele de mai jos. Verdictul apare când ai răspuns la cel puțin {p}% din ce contează.",
        "Find først ud af punkterne nedenfor. Konklusionen kommer, når mindst {p} % af det vigtige er besvaret.",
    ],
    LeansSoFar => [
        "So far the answers lean towards: {verdict}",
        "Por ahora las respuestas se inclinan hacia: {verdict}",
        "Deocamdată răspunsurile înclină spre: {verdict}",
        "Indtil videre peger svarene mod: {verdict}",
    ],
    Provisional => ["Provisional", "Provisional", "Provizoriu", "Foreløbig"],
    ProvisionalNote => [
        "Only {p}% of what matters is answered. Find out the rest before you rely on it.",
        "Solo está respondido el {p} % de lo que importa. Averigua el resto antes de fiarte de él.",
        "Doar {p}% din ce contează are răspuns. Află restul înainte să te bazezi pe el.",
        "Kun {p} % af det vigtige er besvaret. Find ud af resten, før du stoler på den.",
    ],
    WhyVerdict => ["Why", "Por qué", "De ce", "Hvorfor"],
    ReasonGutBacked => [
        "Your first impression was bad, and what you saw bears it out.",
        "Tu primera impresión fue mala, y lo que viste la confirma.",
        "Prima ta impresie a fost proastă, iar ce ai văzut o confirmă.",
        "Dit første indtryk var dårligt, og det, du så, bekræfter det.",
    ],
    ReasonGutUnbacked => [
        "Your first impression was bad. Nothing you saw backs it yet, so the verdict is a step more careful than the answers alone.",
        "Tu primera impresión fue mala. Nada de lo que viste la respalda todavía, así que el veredicto es un nivel más prudente que el de las respuestas por sí solas.",
        "Prima ta impresie a fost proastă. Nimic din ce ai văzut nu o susține încă, așa că verdictul e cu un pas mai prudent decât ar indica doar răspunsurile.",
        "Dit første indtryk var dårligt. Intet af det, du så, bakker det op endnu, så konklusionen er et trin mere forsigtig end svarene alene.",
    ],
    ReasonGutNotYetBacked => [
        "Your first impression was bad, and nothing you saw backs it yet: find out first.",
        "Tu primera impresión fue mala, y nada de lo que viste la respalda todavía: averígualo primero.",
        "Prima ta impresie a fost proastă și nimic din ce ai văzut nu o susține încă: află mai întâi.",
        "Dit første indtryk var dårligt, og intet af det, du så, bakker det op endnu: find ud af det først.",
    ],
    ReasonScore => [
        "Overall score {score} of 100, with no warning sign that weighs on it.",
        "Puntuación global de {score} sobre 100, sin ninguna señal de alarma que pese sobre ella.",
        "Scor general {score} din 100, fără niciun semnal de alarmă care să-l tragă în jos.",
        "Samlet score {score} af 100, uden advarselstegn, der trækker ned.",
    ],
    ReasonTooLittle => [
        "Only {p}% of what matters is answered.",
        "Solo está respondido el {p} % de lo que importa.",
        "Doar {p}% din ce contează are răspuns.",
        "Kun {p} % af det vigtige er besvaret.",
    ],
    WhereTheScoreFalls => [
        "Where the score falls",
        "Dónde se sitúa la puntuación",
        "Unde se încadrează scorul",
        "Hvor scoren lander",
    ],
    HeldBelowScore => [
        "The score alone ({score}) falls in “{by_score}”; {cause} holds the verdict at “{verdict}”.",
        "Por la puntuación sola ({score}), el veredicto sería «{by_score}»; {cause} lo deja en «{verdict}».",
        "Doar după scor ({score}), verdictul ar fi „{by_score}”; {cause} îl menține la „{verdict}”.",
        "Scoren alene ({score}) lander i »{by_score}«; {cause} holder konklusionen på »{verdict}«.",
    ],
    CauseSign => ["the warning sign “{flag}”", "la señal de alarma «{flag}»", "semnalul de alarmă „{flag}”", "advarselstegnet »{flag}«"],
    CauseSignAndGut => [
        "the warning sign “{flag}”, with your first impression,",
        "la señal de alarma «{flag}», junto con tu primera impresión,",
        "semnalul de alarmă „{flag}”, împreună cu prima ta impresie,",
        "advarselstegnet »{flag}« sammen med dit første indtryk",
    ],
    CauseGut => [
        "your first impression, borne out by what you saw,",
        "tu primera impresión, confirmada por lo que viste,",
        "prima ta impresie, confirmată de ce ai văzut,",
        "dit første indtryk, bekræftet af det, du så,",
    ],
    CauseGutAlone => [
        "your first impression",
        "tu primera impresión",
        "prima ta impresie",
        "dit første indtryk",
    ],
    CauseDealBreaker => ["a deal-breaker", "un motivo de descarte", "un semnal eliminatoriu", "en stopklods"],
    GutBacked => [
        "Your first impression is borne out by what you saw. Trust it: act now, before you are in deeper.",
        "Lo que viste confirma tu primera impresión. Confía en ella: actúa ahora, antes de comprometerte más.",
        "Ce ai văzut îți confirmă prima impresie. Ai încredere în ea: acționează acum, înainte să te implici mai mult.",
        "Det, du så, bekræfter dit første indtryk. Stol på det: handl nu, før du er kommet for dybt ind i det.",
    ],
    GutUnsure => [
        "You are less sure than the answers so far. What you find out next will settle it.",
        "Estás menos seguro que las respuestas por ahora. Lo que averigües a continuación lo aclarará.",
        "Ești mai puțin sigur decât răspunsurile de până acum. Ce afli în continuare va lămuri lucrurile.",
        "Du er mindre sikker end svarene indtil nu. Det, du finder ud af som det næste, afgør det.",
    ],
    GutWorthFindingOut => [
        "Worth finding out:",
        "Vale la pena averiguar:",
        "Merită aflat:",
        "Værd at finde ud af:",
    ],
    GutOpenQuestions => [
        "Still open, and could bear it out:",
        "Preguntas aún abiertas que podrían confirmarla:",
        "Încă deschise, și ar putea să-ți confirme instinctul:",
        "Stadig åbne spørgsmål, der kan bekræfte det:",
    ],
    NameWhatYouSaw => [
        "Write down in one line what felt wrong, then find out whether the facts bear it out.",
        "Escribe en una línea qué te dio mala espina y después averigua si los hechos lo confirman.",
        "Notează într-un rând ce ți s-a părut în neregulă, apoi află dacă faptele îți dau dreptate.",
        "Skriv på én linje, hvad der føltes forkert, og find så ud af, om fakta bekræfter det.",
    ],
    MarkScore => ["score {score}", "puntuación {score}", "scor {score}", "score {score}"],
    MarkVerdict => ["verdict", "veredicto", "verdict", "konklusion"],
    WhyTheseScores => ["What made each score", "De dónde sale cada puntuación", "Ce a determinat fiecare scor", "Hvad der gav hver score"],
    Print => ["Print", "Imprimir", "Tipărește", "Udskriv"],
    ProfileTitle => ["Your ideal client profile", "Tu perfil de cliente ideal", "Profilul clientului tău ideal", "Din ideelle kundeprofil"],
    ProfileIntro => [
        "Describe the client you want. Every score is measured against this. Leave a field empty when it does not matter to you. Changes are saved as you type.",
        "Describe al cliente que quieres. Cada puntuación se mide con respecto a este perfil. Deja vacío lo que no te importe. Los cambios se guardan mientras escribes.",
        "Descrie clientul pe care îl vrei. Fiecare scor se măsoară față de acest profil. Lasă gol ce nu contează pentru tine. Modificările se salvează pe măsură ce scrii.",
        "Beskriv den kunde, du gerne vil have. Alle scorer måles op imod dette. Lad et felt stå tomt, hvis det er ligegyldigt for dig. Ændringer gemmes, mens du skriver.",
    ],
    ProfileYou => ["You", "Tú", "Tu", "Dig"],
    ProfileName => ["Your name or business (signs your letters)", "Tu nombre o empresa (firma tus cartas)", "Numele tău sau al firmei (semnează scrisorile)", "Dit navn eller firma (bruges som underskrift på dine breve)"],
    ProfileCurrency => ["Currency (for example EUR, USD, DKK, RON)", "Moneda (por ejemplo EUR, USD, DKK, RON)", "Moneda (de exemplu EUR, USD, DKK, RON)", "Valuta (for eksempel EUR, USD, DKK, RON)"],
    ProfileMoney => ["Money", "Dinero", "Bani", "Økonomi"],
    ProfileMinBudget => ["Smallest budget worth taking on", "Presupuesto mínimo que te compensa aceptar", "Cel mai mic buget care merită acceptat", "Mindste budget, der er værd at sige ja til"],
    ProfileDeposit => ["Deposit before work starts (%)", "Anticipo antes de empezar (%)", "Avans înainte de începerea lucrului (%)", "Forudbetaling, før arbejdet starter (%)"],
    ProfilePaymentDays => ["Days a client has to pay an invoice", "Días que tiene el cliente para pagar una factura", "Termenul de plată al facturilor (zile)", "Dage, kunden har til at betale en faktura"],
    ProfileMinWeeks => ["Shortest project (weeks)", "Proyecto más corto (semanas)", "Cel mai scurt proiect (săptămâni)", "Korteste projekt (uger)"],
    ProfileMaxWeeks => ["Longest project (weeks)", "Proyecto más largo (semanas)", "Cel mai lung proiect (săptămâni)", "Længste projekt (uger)"],
    ProfileReplyHours => ["Longest reply time you work with (hours, both ways)", "Tiempo máximo de respuesta con el que trabajas (horas, en ambos sentidos)", "Termenul maxim de răspuns cu care lucrezi (ore, în ambele sensuri)", "Længste svartid, du arbejder med (timer, begge veje)"],
    ProfileWeeklyHours => ["Hours a week you can give one client", "Horas por semana que puedes dedicar a un cliente", "Ore pe săptămână pe care le poți acorda unui client", "Timer om ugen, du kan give én kunde"],
    ProfileFriends => ["Friends and family", "Amigos y familia", "Prieteni și familie", "Venner og familie"],
    FriendsFullRate => ["They are clients too: full rate, written terms", "También son clientes: tarifa completa y condiciones por escrito", "Sunt și ei clienți: tarif întreg, condiții scrise", "De er også kunder: fuld pris og skriftlige vilkår"],
    FriendsDiscount => ["A known discount, still in writing", "Un descuento acordado abiertamente, también por escrito", "O reducere stabilită deschis, tot în scris", "En aftalt rabat, stadig på skrift"],
    FriendsNever => ["I do not work for friends and family", "No trabajo para amigos ni familia", "Nu lucrez pentru prieteni și familie", "Jeg arbejder ikke for venner og familie"],
    ProfileWeights => ["What matters most to you", "Lo que más te importa", "Ce contează cel mai mult pentru tine", "Det, der betyder mest for dig"],
    WeightNone => ["Does not matter", "No importa", "Nu contează", "Ligegyldigt"],
    WeightNormal => ["Normal", "Normal", "Normal", "Normal"],
    WeightHigh => ["Important", "Importante", "Important", "Vigtigt"],
    WeightHighest => ["Very important", "Muy importante", "Foarte important", "Meget vigtigt"],
    NotComparedTitle => ["Not compared with your profile", "Sin comparar con tu perfil", "Necomparate cu profilul tău", "Ikke sammenlignet med din profil"],
    NotComparedIntro => [
        "These answers were not measured against your own terms, because your profile does not have them yet:",
        "Estas respuestas no se midieron con tus propias condiciones, porque tu perfil aún no las tiene:",
        "Aceste răspunsuri nu au fost comparate cu propriile tale condiții, pentru că profilul tău nu le are încă:",
        "Disse svar er ikke målt op imod dine egne vilkår, fordi din profil ikke har dem endnu:",
    ],
    NotComparedItem => ["{question} (set {what})", "{question} (indica {what})", "{question} (completează {what})", "{question} (angiv {what})"],
    TermsTitle => ["Your terms first", "Primero, tus condiciones", "Mai întâi, condițiile tale", "Først dine vilkår"],
    TermsIntro => [
        "Answers are compared with these. Fill in what you know now; you can change it any time in My ideal client.",
        "Las respuestas se comparan con esto. Indica lo que ya sepas; puedes cambiarlo cuando quieras en Mi cliente ideal.",
        "Răspunsurile se compară cu acestea. Completează ce știi acum; le poți schimba oricând în Clientul meu ideal.",
        "Svarene sammenlignes med disse. Udfyld det, du ved nu; du kan altid ændre det under Min ideelle kunde.",
    ],
    TermsContinue => ["Continue", "Continuar", "Continuă", "Fortsæt"],
    TermsSkip => ["Skip for now", "Omitir por ahora", "Sari peste deocamdată", "Spring over indtil videre"],
    OutcomeFor => ["How did it go with {name}?", "¿Cómo fue con {name}?", "Cum a mers cu {name}?", "Hvordan gik det med {name}?"],
    OutcomeUnnamed => ["How did it go?", "¿Cómo fue?", "Cum a mers?", "Hvordan gik det?"],
    OutcomeNone => ["Not recorded yet", "Aún sin anotar", "Încă nenotat", "Ikke noteret endnu"],
    OutcomeWentWell => ["Went well", "Fue bien", "A mers bine", "Gik godt"],
    OutcomeHardWork => ["Hard work", "Dio mucho trabajo", "A fost greu", "Krævede meget"],
    OutcomeEndedBadly => ["Ended badly", "Acabó mal", "S-a terminat prost", "Endte dårligt"],
    OutcomeDeclined => ["Did not take the job", "No acepté el encargo", "Nu am acceptat proiectul", "Tog ikke opgaven"],
    LinkLabel => ["Linked screening", "Evaluación vinculada", "Evaluarea asociată", "Tilknyttet vurdering"],
    LinkAuto => ["By name: {screening}", "Por el nombre: {screening}", "După nume: {screening}", "Efter navnet: {screening}"],
    LinkAutoNone => ["By name: none found", "Por el nombre: no se encontró ninguna", "După nume: niciuna găsită", "Efter navnet: ingen fundet"],
    LinkNone => ["None (not this client)", "Ninguna (no es este cliente)", "Niciuna (nu e acest client)", "Ingen (ikke denne kunde)"],
    TrackTitle => ["Your track record", "Tu historial de aciertos", "Bilanțul tău", "Din træfsikkerhed"],
    BackToHistory => ["Back to History", "Volver al Historial", "Înapoi la Istoric", "Tilbage til Historik"],
    TrackIntro => [
        "How often your first impression and the computed verdict matched how things went, from the outcomes you recorded in History. It is worked out on this device, from your own history alone.",
        "Con qué frecuencia tu primera impresión y el veredicto calculado coincidieron con cómo fueron las cosas, según los resultados que anotaste en el Historial. Se calcula en este dispositivo, solo con tu propio historial.",
        "Cât de des prima ta impresie și verdictul calculat s-au potrivit cu felul în care au mers lucrurile, după rezultatele pe care le-ai notat în Istoric. Se calculează pe acest dispozitiv, doar din istoricul tău.",
        "Hvor ofte dit første indtryk og den beregnede konklusion passede med, hvordan det gik, ud fra de udfald, du har noteret i Historik. Det regnes ud på denne enhed, kun ud fra din egen historik.",
    ],
    TrackNothingYet => [
        "No outcomes recorded yet. In History, say how it went with each client you screened.",
        "Aún no has anotado ningún resultado. En el Historial, indica cómo fue con cada cliente que evaluaste.",
        "Încă nu ai notat niciun rezultat. În Istoric, spune cum a mers cu fiecare client pe care l-ai evaluat.",
        "Du har ikke noteret nogen udfald endnu. Skriv i Historik, hvordan det gik med hver kunde, du har vurderet.",
    ],
    TrackCounted => [
        "Clients with an outcome: {n} (jobs you took: {taken}).",
        "Clientes con un resultado anotado: {n} (encargos que aceptaste: {taken}).",
        "Clienți cu un rezultat notat: {n} (proiecte pe care le-ai acceptat: {taken}).",
        "Kunder med et noteret udfald: {n} (opgaver, du tog: {taken}).",
    ],
    TrackTooFew => [
        "Percentages are given from {min} clients on.",
        "Los porcentajes se dan a partir de {min} clientes.",
        "Procentele se afișează de la {min} clienți în sus.",
        "Procenter vises fra {min} kunder.",
    ],
    TrackTooFewYet => [
        "Too few yet for a percentage.",
        "Aún son muy pocos para un porcentaje.",
        "Încă sunt prea puțini pentru un procent.",
        "Endnu for få til en procent.",
    ],
    TrackRightTitle => ["How often you were right", "Con qué frecuencia acertaste", "Cât de des ai avut dreptate", "Hvor ofte du ramte rigtigt"],
    TrackGutBad => [
        "Your bad first impressions were right for {right} of {total} clients.",
        "Tus primeras impresiones malas acertaron con {right} de {total} clientes.",
        "Primele tale impresii proaste s-au adeverit: {right} din {total}.",
        "Dine dårlige første indtryk ramte rigtigt hos {right} af {total} kunder.",
    ],
    TrackGutGood => [
        "Your good first impressions were right for {right} of {total} clients.",
        "Tus primeras impresiones buenas acertaron con {right} de {total} clientes.",
        "Primele tale impresii bune s-au adeverit: {right} din {total}.",
        "Dine gode første indtryk ramte rigtigt hos {right} af {total} kunder.",
    ],
    TrackVerdict => [
        "The computed verdict was right for {right} of {total} clients.",
        "El veredicto calculado acertó con {right} de {total} clientes.",
        "Verdictul calculat s-a adeverit: {right} din {total}.",
        "Den beregnede konklusion ramte rigtigt hos {right} af {total} kunder.",
    ],
    TrackOwnVerdict => [
        "Where you overruled the verdict, your own was right for {right} of {total} clients.",
        "Cuando cambiaste el veredicto, el tuyo acertó con {right} de {total} clientes.",
        "Când ai schimbat verdictul, al tău s-a adeverit: {right} din {total}.",
        "Når du tilsidesatte konklusionen, ramte din egen rigtigt hos {right} af {total} kunder.",
    ],
    TrackPercent => ["That is {p}%.", "Es un {p} %.", "Adică {p}%.", "Det er {p} %."],
    TrackNotCounted => [
        "Nothing to check yet: unsure first impressions, verdicts that lean neither way and jobs you did not take are not counted.",
        "Aún no hay nada que comprobar: no cuentan las impresiones dudosas, los veredictos que no se inclinan hacia ningún lado ni los encargos que no aceptaste.",
        "Încă nu e nimic de verificat: nu se numără impresiile neclare, verdictele care nu înclină în nicio parte și proiectele pe care nu le-ai acceptat.",
        "Endnu intet at tjekke: usikre indtryk, konklusioner, der ikke hælder til nogen side, og opgaver, du ikke tog, tælles ikke med.",
    ],
    TrackHowCounted => [
        "How it is counted: a bad first impression, or a verdict that leans to no, is right when the work ended badly or was hard work; a good one is right when it went well. Unsure impressions, verdicts that lean neither way and jobs you did not take are not counted.",
        "Cómo se cuenta: una primera impresión mala, o un veredicto que se inclina por el no, acierta cuando el trabajo acabó mal o dio mucho trabajo; una buena acierta cuando fue bien. No cuentan las impresiones dudosas, los veredictos que no se inclinan hacia ningún lado ni los encargos que no aceptaste.",
        "Cum se numără: o primă impresie proastă, sau un verdict care înclină spre nu, s-a adeverit când colaborarea s-a terminat prost sau a fost grea; una bună s-a adeverit când a mers bine. Nu se numără impresiile neclare, verdictele care nu înclină în nicio parte și proiectele pe care nu le-ai acceptat.",
        "Sådan tælles der: et dårligt første indtryk, eller en konklusion, der hælder mod nej, ramte rigtigt, når samarbejdet endte dårligt eller krævede meget; et godt ramte rigtigt, når det gik godt. Usikre indtryk, konklusioner, der ikke hælder til nogen side, og opgaver, du ikke tog, tælles ikke med.",
    ],
    ChartGut => ["First impression", "Primera impresión", "Prima impresie", "Første indtryk"],
    ChartVerdict => ["Computed verdict", "Veredicto calculado", "Verdict calculat", "Beregnet konklusion"],
    ChartOwn => ["Your own verdict", "Tu propio veredicto", "Verdictul tău", "Din egen konklusion"],
    ChartRight => ["{right} of {total} right", "{right} de {total} aciertos", "{right} din {total} corecte", "{right} af {total} rigtige"],
    TrackChartTitle => ["Right out of counted", "Aciertos sobre lo contado", "Corecte din cele numărate", "Rigtige ud af dem, der tælles"],
    TrackSignsTitle => ["Warning signs before a bad outcome", "Señales de alarma antes de un mal resultado", "Semnale de alarmă înaintea unui rezultat prost", "Advarselstegn før et dårligt udfald"],
    TrackSignLine => [
        "{sign}: {bad} of the {seen} clients who showed it ended badly or were hard work.",
        "{sign}: {bad} de los {seen} clientes que la mostraron acabaron mal o dieron mucho trabajo.",
        "{sign}: dintre clienții la care a apărut ({seen}), la {bad} colaborarea s-a terminat prost sau a fost grea.",
        "{sign}: {bad} af de {seen} kunder, der viste det, endte dårligt eller krævede meget.",
    ],
    TrackSignsNone => [
        "No warning sign has come before a bad outcome yet.",
        "Ninguna señal de alarma ha precedido aún a un mal resultado.",
        "Niciun semnal de alarmă nu a precedat încă un rezultat prost.",
        "Intet advarselstegn er endnu gået forud for et dårligt udfald.",
    ],
    TrackNeverTitle => ["Signs that never came before a bad outcome", "Señales que nunca precedieron a un mal resultado", "Semnale care nu au precedat niciodată un rezultat prost", "Tegn, der aldrig gik forud for et dårligt udfald"],
    TrackNeverLine => [
        "{sign}: seen with {seen} clients, none of whom went badly.",
        "{sign}: la mostraron {seen} clientes y con ninguno fue mal.",
        "{sign}: niciunul dintre clienții la care a apărut ({seen}) nu a mers prost.",
        "{sign}: set hos {seen} kunder, og det gik ikke dårligt med nogen af dem.",
    ],
    TrackOverruledTitle => ["Verdicts you overruled", "Veredictos que cambiaste", "Verdicte pe care le-ai schimbat", "Konklusioner, du tilsidesatte"],
    TrackOverruledLine => [
        "{client}: computed “{computed}”, yours “{own}”. Outcome: {outcome}.",
        "{client}: calculado «{computed}», el tuyo «{own}». Resultado: {outcome}.",
        "{client}: calculat „{computed}”, al tău „{own}”. Rezultat: {outcome}.",
        "{client}: beregnet »{computed}«, din egen »{own}«. Udfald: {outcome}.",
    ],
    TrackClientsTitle => ["Clients with an outcome", "Clientes con un resultado", "Clienți cu un rezultat", "Kunder med et udfald"],
    TrackClientLine => [
        "First impression: {impression}. Computed verdict: {verdict}. Outcome: {outcome}.",
        "Primera impresión: {impression}. Veredicto calculado: {verdict}. Resultado: {outcome}.",
        "Prima impresie: {impression}. Verdict calculat: {verdict}. Rezultat: {outcome}.",
        "Første indtryk: {impression}. Beregnet konklusion: {verdict}. Udfald: {outcome}.",
    ],
    TrackCheckups => ["Check-ups: {list}.", "Revisiones: {list}.", "Evaluări ale clientului actual: {list}.", "Tjek: {list}."],
    TrackNotRecorded => ["not recorded", "sin anotar", "nenotată", "ikke noteret"],
    GutRecordBad => [
        "Your own history: your gut has been right {right} of {total} times when it said no ({p}%).",
        "Según tu propio historial, tu instinto ha acertado {right} de {total} veces cuando dijo que no ({p} %).",
        "Din istoricul tău: când instinctul tău a spus nu, a avut dreptate: {right} din {total} ({p}%).",
        "Din egen historik: din mavefornemmelse har ramt rigtigt {right} ud af {total} gange, når den sagde nej ({p} %).",
    ],
    GutRecordGood => [
        "Your own history: your gut has been right {right} of {total} times when it said yes ({p}%).",
        "Según tu propio historial, tu instinto ha acertado {right} de {total} veces cuando dijo que sí ({p} %).",
        "Din istoricul tău: când instinctul tău a spus da, a avut dreptate: {right} din {total} ({p}%).",
        "Din egen historik: din mavefornemmelse har ramt rigtigt {right} ud af {total} gange, når den sagde ja ({p} %).",
    ],
    SignRecordLine => [
        "In your history, this sign came before a bad outcome for {bad} of the {seen} clients who showed it.",
        "En tu historial, esta señal precedió a un mal resultado con {bad} de los {seen} clientes que la mostraron.",
        "În istoricul tău, dintre clienții la care a apărut acest semnal ({seen}), la {bad} rezultatul a fost prost.",
        "I din historik gik dette tegn forud for et dårligt udfald hos {bad} af de {seen} kunder, der viste det.",
    ],
    // The result's summary and its collapsible parts.
    NextSteps => ["Next steps", "Próximos pasos", "Pașii următori", "Næste skridt"],
    StepSendLetter => [
        "Send the letter “{title}”.",
        "Envía la carta «{title}».",
        "Trimite scrisoarea „{title}”.",
        "Send brevet »{title}«.",
    ],
    CopyLetter => ["Copy the letter", "Copiar la carta", "Copiază scrisoarea", "Kopiér brevet"],
    StepFindOut => ["Find out: {question}", "Averigua: {question}", "Află: {question}", "Find ud af: {question}"],
    StepSafeguard => ["Put in place: {safeguard}", "Pon en marcha: {safeguard}", "Pune în practică: {safeguard}", "Få på plads: {safeguard}"],
    ScoresLine => [
        "Overall {score} / 100 · confidence {p}%",
        "Global {score} / 100 · confianza {p} %",
        "General {score} / 100 · grad de certitudine {p}%",
        "Samlet {score} / 100 · sikkerhed {p} %",
    ],
    SignsLine => ["Raised: {n}", "Detectadas: {n}", "Apărute: {n}", "Fundet: {n}"],
    SignsLineDealBreakers => [
        "Raised: {n}, deal-breakers among them: {d}",
        "Detectadas: {n}, de ellas motivos de descarte: {d}",
        "Apărute: {n}, dintre care semnale eliminatorii: {d}",
        "Fundet: {n}, heraf stopklodser: {d}",
    ],
    FindOutLine => ["Questions to ask: {n}", "Preguntas por hacer: {n}", "Întrebări de pus: {n}", "Spørgsmål at stille: {n}"],
    ChangesLine => [
        "Answers that would raise it: {up} · lower it: {down}",
        "Respuestas que lo subirían: {up} · lo bajarían: {down}",
        "Răspunsuri care l-ar ridica: {up} · l-ar coborî: {down}",
        "Svar, der ville hæve den: {up} · sænke den: {down}",
    ],
    SafeguardsLine => ["In place: {done} of {n}", "En marcha: {done} de {n}", "Puse în practică: {done} din {n}", "På plads: {done} af {n}"],
    NotesEmpty => ["None yet", "Ninguna todavía", "Niciuna deocamdată", "Ingen endnu"],
    NotComparedCount => [
        "Answers not compared: {n}",
        "Respuestas sin comparar: {n}",
        "Răspunsuri necomparate: {n}",
        "Svar, der ikke er sammenlignet: {n}",
    ],
    DetailsTitle => ["The details", "Los detalles", "Detaliile", "Detaljerne"],
    ChangedAnswers => [
        "Answers that changed",
        "Respuestas que cambiaron",
        "Răspunsuri care s-au schimbat",
        "Svar, der er ændret",
    ],
    VerdictUnchanged => [
        "Verdict unchanged: {verdict}",
        "Veredicto sin cambios: {verdict}",
        "Verdict neschimbat: {verdict}",
        "Konklusionen er uændret: {verdict}",
    ],
    ScoreUnchanged => [
        "Score unchanged: {score}",
        "Puntuación sin cambios: {score}",
        "Scor neschimbat: {score}",
        "Scoren er uændret: {score}",
    ],
    NotAsked => ["does not apply", "no procede", "nu se aplică", "ikke relevant"],
    // The profile page in groups, with chips for the work welcomed and avoided.
    ProfileTime => ["Time", "Tiempo", "Timp", "Tid"],
    ProfileContact => ["Contact", "Contacto", "Contact", "Kontakt"],
    ProfileChipsHelp => [
        "Press to choose, press again to clear. Choosing something in one list takes it off the other.",
        "Pulsa para elegir y vuelve a pulsar para quitar. Si eliges algo en una lista, sale de la otra.",
        "Apasă ca să alegi și apasă din nou ca să renunți. Ce alegi într-o listă iese din cealaltă.",
        "Tryk for at vælge, og tryk igen for at fjerne valget. Vælger du noget på den ene liste, fjernes det fra den anden.",
    ],
    ChannelsWelcome => ["Channels you welcome", "Canales que prefieres", "Canale pe care le preferi", "Kanaler, du foretrækker"],
    ChannelsAvoid => ["Channels you avoid", "Canales que prefieres evitar", "Canale pe care le eviți", "Kanaler, du helst undgår"],
    ProfileWelcomeWork => ["Work you welcome", "Trabajo que te interesa", "Lucrări pe care le preferi", "Opgaver, du gerne tager"],
    ProfileAvoidWork => ["Work you avoid", "Trabajo que prefieres evitar", "Lucrări pe care le eviți", "Opgaver, du helst undgår"],
    TagKindWork => ["Kinds of work", "Tipos de trabajo", "Tipuri de lucrări", "Typer af opgaver"],
    TagKindIndustry => ["Industries", "Sectores", "Domenii", "Brancher"],
    TagKindOther => ["Other", "Otros", "Altele", "Andet"],
    ProfileFriendsAsk => [
        "When friends or family want to hire you",
        "Cuando amigos o familiares quieren contratarte",
        "Când prietenii sau rudele vor să lucrezi pentru ei",
        "Når venner eller familie vil have dig til en opgave",
    ],
    // "Put it on your site": the page that writes the widget's snippet.
    SiteTitle => ["Put it on your site", "Ponlo en tu web", "Pune-l pe site-ul tău", "Sæt det på din hjemmeside"],
    SiteIntro => [
        "Let prospects answer a questionnaire on your own website. Make your choices, check the preview, then copy the snippet into your page.",
        "Deja que tus posibles clientes respondan un cuestionario en tu propia web. Elige, mira la vista previa y copia el fragmento en tu página.",
        "Lasă potențialii clienți să răspundă la un chestionar pe propriul tău site. Alege, verifică previzualizarea, apoi copiază fragmentul de cod în pagina ta.",
        "Lad mulige kunder besvare et spørgeskema på din egen hjemmeside. Vælg, se forhåndsvisningen, og kopiér kodestykket ind på din side.",
    ],
    SiteStartLine => [
        "Your prospects answer the intake on your own website.",
        "Tus posibles clientes responden el cuestionario inicial en tu propia web.",
        "Potențialii clienți completează chestionarul pe propriul tău site.",
        "Dine mulige kunder besvarer kundens spørgeskema på din egen hjemmeside.",
    ],
    SiteQuestionnaire => [
        "The questionnaire your prospect answers",
        "El cuestionario que responde tu posible cliente",
        "Chestionarul la care răspunde potențialul client",
        "Det spørgeskema, din mulige kunde besvarer",
    ],
    SiteOwnQuestionnaire => ["{title} (your own)", "{title} (el tuyo)", "{title} (al tău)", "{title} (dit eget)"],
    SiteQuestionnaireUrl => [
        "Where you will put its file on your site",
        "Dónde pondrás su archivo en tu web",
        "Unde vei pune fișierul lui pe site",
        "Hvor du lægger filen på din hjemmeside",
    ],
    SiteQuestionnaireUrlHelp => [
        "A path on the same site as the page, such as /forms/my-questionnaire.json. Download the file here and put it there.",
        "Una ruta en la misma web que la página, como /forms/mi-cuestionario.json. Descarga aquí el archivo y ponlo allí.",
        "O cale pe același site cu pagina, de exemplu /forms/chestionarul-meu.json. Descarcă fișierul de aici și pune-l acolo.",
        "En sti på samme websted som siden, fx /forms/mit-spoergeskema.json. Hent filen her, og læg den der.",
    ],
    SiteQuestionnaireUrlBad => [
        "Write a path on your site that starts with /, such as /forms/my-questionnaire.json.",
        "Escribe una ruta de tu web que empiece por /, como /forms/mi-cuestionario.json.",
        "Scrie o cale de pe site-ul tău care începe cu /, de exemplu /forms/chestionarul-meu.json.",
        "Skriv en sti på dit websted, der begynder med /, fx /forms/mit-spoergeskema.json.",
    ],
    SiteDownloadFile => [
        "Download the copy for your site",
        "Descargar la copia para tu web",
        "Descarcă copia pentru site-ul tău",
        "Hent kopien til din hjemmeside",
    ],
    SiteReveal => [
        "What your prospect sees at the end",
        "Qué ve tu posible cliente al final",
        "Ce vede potențialul client la final",
        "Hvad din mulige kunde ser til sidst",
    ],
    SiteRevealThanks => [
        "The last step only: sending you the answers",
        "Solo el último paso: enviarte las respuestas",
        "Doar ultimul pas: trimiterea răspunsurilor către tine",
        "Kun det sidste skridt: at sende dig svarene",
    ],
    SiteRevealSummary => [
        "Their own answers too, to look over before sending",
        "También sus propias respuestas, para repasarlas antes de enviarlas",
        "Și propriile răspunsuri, ca să le revadă înainte de trimitere",
        "Også svarene selv, så de kan læses igennem, før de sendes",
    ],
    SiteRevealFull => [
        "How it looks, in words for them (“Let's discuss a few points”), with the scores and the topics to talk about; never your verdict or warning signs",
        "Cómo se ve, con palabras pensadas para el posible cliente («Hablemos de algunos puntos»), con las puntuaciones y los temas que tratar; nunca tu veredicto ni tus señales de alarma",
        "Cum arată, în cuvinte pentru potențialul client („Să discutăm câteva puncte”), cu scorurile și subiectele de discutat; niciodată verdictul tău sau semnalele de alarmă",
        "Sådan ser det ud, i ord til den mulige kunde (»Lad os tale om et par punkter«), med scorerne og de emner, I skal tale om; aldrig din konklusion eller dine advarselstegn",
    ],
    SiteTheme => ["Light or dark", "Claro u oscuro", "Luminos sau întunecat", "Lys eller mørk"],
    SiteThemeAuto => [
        "As the visitor's device is set",
        "Según el ajuste del dispositivo del visitante",
        "După setarea dispozitivului vizitatorului",
        "Som den besøgendes enhed er indstillet",
    ],
    SiteThemeLight => ["Light", "Claro", "Luminos", "Lys"],
    SiteThemeDark => ["Dark", "Oscuro", "Întunecat", "Mørk"],
    SiteAccentOwn => [
        "Use an accent colour of my own",
        "Usar un color de acento propio",
        "Folosește o culoare de accent proprie",
        "Brug min egen accentfarve",
    ],
    SiteAccent => ["Accent colour", "Color de acento", "Culoare de accent", "Accentfarve"],
    SiteAccentHelp => [
        "For buttons, chosen answers and links; the text on it is picked to stay readable.",
        "Para botones, respuestas elegidas y enlaces; el texto encima se elige para que se lea bien.",
        "Pentru butoane, răspunsuri alese și linkuri; textul de pe ea e ales ca să se citească bine.",
        "Til knapper, valgte svar og links; teksten ovenpå vælges, så den er let at læse.",
    ],
    SiteAccentBad => [
        "Choose a colour such as #0f6e5a.",
        "Elige un color como #0f6e5a.",
        "Alege o culoare, de exemplu #0f6e5a.",
        "Vælg en farve, fx #0f6e5a.",
    ],
    SiteName => [
        "Your name, shown at the last step",
        "Tu nombre, que se muestra en el último paso",
        "Numele tău, afișat la ultimul pas",
        "Dit navn, som vises i det sidste skridt",
    ],
    SiteEmail => [
        "Your email, for “Email my answers” (optional)",
        "Tu correo, para «Enviar mis respuestas por correo» (opcional)",
        "E-mailul tău, pentru „Trimite răspunsurile pe e-mail” (opțional)",
        "Din e-mail til »Send mine svar på e-mail« (valgfri)",
    ],
    SiteEmailBad => [
        "Write an email address such as you@example.com.",
        "Escribe una dirección de correo como tu@ejemplo.com.",
        "Scrie o adresă de e-mail, de exemplu tu@exemplu.com.",
        "Skriv en e-mailadresse, fx dig@eksempel.dk.",
    ],
    SiteSubmitUrl => [
        "Your own address that receives the answers (optional)",
        "Tu propia dirección que recibe las respuestas (opcional)",
        "Adresa ta care primește răspunsurile (opțional)",
        "Din egen adresse, der modtager svarene (valgfri)",
    ],
    SiteSubmitHelp => [
        "It must accept a POST, answer with a 2xx status, treat a repeated submission_id as the same submission, and allow CORS if it is on another site. Without it, the prospect downloads or emails the answers.",
        "Debe aceptar un POST, responder con un estado 2xx, tratar un submission_id repetido como el mismo envío y permitir CORS si está en otra web. Sin ella, el posible cliente descarga las respuestas o las envía por correo.",
        "Trebuie să accepte un POST, să răspundă cu un cod 2xx, să trateze un submission_id repetat ca aceeași trimitere și să permită CORS dacă e pe alt site. Fără ea, potențialul client descarcă răspunsurile sau le trimite pe e-mail.",
        "Den skal tage imod en POST, svare med en 2xx-status, behandle et gentaget submission_id som samme indsendelse og tillade CORS, hvis den ligger på et andet websted. Uden den henter den mulige kunde svarene eller sender dem på e-mail.",
    ],
    SiteSubmitBad => [
        "Write a path on your site (/forms/intake) or an https:// address.",
        "Escribe una ruta de tu web (/forms/intake) o una dirección https://.",
        "Scrie o cale de pe site-ul tău (/forms/intake) sau o adresă https://.",
        "Skriv en sti på dit websted (/forms/intake) eller en https://-adresse.",
    ],
    SiteSubmitAs => ["How the answers are posted", "Cómo se envían las respuestas", "Cum sunt trimise răspunsurile", "Sådan sendes svarene"],
    SiteSubmitJson => ["As JSON (application/json)", "Como JSON (application/json)", "Ca JSON (application/json)", "Som JSON (application/json)"],
    SiteSubmitForm => [
        "As a form (application/x-www-form-urlencoded), for form services",
        "Como formulario (application/x-www-form-urlencoded), para servicios de formularios",
        "Ca formular (application/x-www-form-urlencoded), pentru servicii de formulare",
        "Som formular (application/x-www-form-urlencoded), til formulartjenester",
    ],
    SiteProfile => [
        "Include my ideal client profile",
        "Incluir mi perfil de cliente ideal",
        "Include profilul clientului meu ideal",
        "Medtag min ideelle kundeprofil",
    ],
    SiteProfileHelp => [
        "Off unless you choose it. With it, answers are scored against your terms, but anyone who reads your page's source can read your profile's figures: budget, deposit, payment days, the work you avoid.",
        "Desactivado salvo que lo elijas. Con él, las respuestas se puntúan según tus condiciones, pero cualquiera que lea el código fuente de tu página puede leer las cifras de tu perfil: presupuesto, anticipo, plazo de pago, el trabajo que prefieres evitar.",
        "Dezactivat, dacă nu îl alegi. Cu el, răspunsurile sunt punctate după condițiile tale, dar oricine citește codul sursă al paginii poate citi cifrele profilului tău: buget, avans, termen de plată, lucrările pe care le eviți.",
        "Slået fra, medmindre du vælger det. Med den får svarene en score ud fra dine vilkår, men alle, der læser din sides kildekode, kan læse tallene i din profil: budget, forudbetaling, betalingsfrist, de opgaver, du helst undgår.",
    ],
    SiteLoader => [
        "Path of the loader, client-fit.js",
        "Ruta del cargador, client-fit.js",
        "Calea încărcătorului, client-fit.js",
        "Sti til indlæseren, client-fit.js",
    ],
    SiteLoaderHelp => [
        "Copy the folder dist/embed/v1/ to your site as client-fit/v1/, and this path is right.",
        "Copia la carpeta dist/embed/v1/ a tu web como client-fit/v1/ y esta ruta será la correcta.",
        "Copiază folderul dist/embed/v1/ pe site ca client-fit/v1/ și calea aceasta va fi corectă.",
        "Kopiér mappen dist/embed/v1/ til dit websted som client-fit/v1/, så passer denne sti.",
    ],
    SiteLoaderBad => [
        "Write a path on your site (/client-fit/v1/client-fit.js) or an https:// address.",
        "Escribe una ruta de tu web (/client-fit/v1/client-fit.js) o una dirección https://.",
        "Scrie o cale de pe site-ul tău (/client-fit/v1/client-fit.js) sau o adresă https://.",
        "Skriv en sti på dit websted (/client-fit/v1/client-fit.js) eller en https://-adresse.",
    ],
    SitePreview => [
        "Preview: what your prospect sees",
        "Vista previa: lo que ve tu posible cliente",
        "Previzualizare: ce vede potențialul client",
        "Forhåndsvisning: det, din mulige kunde ser",
    ],
    SitePreviewNote => [
        "It starts again whenever you change a choice, and never sends anything, even with your own address.",
        "Vuelve a empezar cada vez que cambias algo y nunca envía nada, ni siquiera con tu propia dirección.",
        "Pornește din nou la fiecare schimbare și nu trimite niciodată nimic, nici măcar cu adresa ta.",
        "Den starter forfra, hver gang du ændrer et valg, og sender aldrig noget, heller ikke med din egen adresse.",
    ],
    SiteSnippet => ["The snippet for your page", "El fragmento para tu página", "Fragmentul de cod pentru pagina ta", "Kodestykket til din side"],
    SiteSnippetHelp => [
        "Paste it where the questionnaire should appear.",
        "Pégalo donde debe aparecer el cuestionario.",
        "Lipește-l acolo unde trebuie să apară chestionarul.",
        "Indsæt det, hvor spørgeskemaet skal vises.",
    ],
    SiteCopy => ["Copy the snippet", "Copiar el fragmento", "Copiază fragmentul", "Kopiér kodestykket"],
    SiteFixFirst => [
        "Fix the marked fields to get the snippet.",
        "Corrige los campos marcados para obtener el fragmento.",
        "Corectează câmpurile marcate ca să obții fragmentul.",
        "Ret de markerede felter for at få kodestykket.",
    ],
    OwnTitle => ["Questionnaires", "Cuestionarios", "Chestionare", "Spørgeskemaer"],
    OwnIntro => [
        "Make your own questions: start blank, from a copy of one that ships, or from a file. They stay on this device and go into your backups.",
        "Haz tus propias preguntas: empieza en blanco, con una copia de uno incluido o desde un archivo. Se quedan en este dispositivo y van en tus copias de seguridad.",
        "Fă-ți propriile întrebări: pornește de la zero, de la o copie a unuia inclus sau dintr-un fișier. Rămân pe acest dispozitiv și intră în copiile tale de siguranță.",
        "Lav dine egne spørgsmål: start fra bunden, fra en kopi af et medfølgende skema eller fra en fil. De bliver på denne enhed og kommer med i dine sikkerhedskopier.",
    ],
    OwnBuiltIn => ["Built in", "Incluidos", "Incluse", "Medfølgende"],
    OwnYours => ["Your own", "Los tuyos", "Ale tale", "Dine egne"],
    OwnNone => [
        "You have none yet.",
        "Todavía no tienes ninguno.",
        "Nu ai încă niciunul.",
        "Du har ingen endnu.",
    ],
    OwnNewBlank => ["New blank questionnaire", "Nuevo cuestionario en blanco", "Chestionar nou, gol", "Nyt tomt spørgeskema"],
    OwnCopy => ["Make a copy", "Hacer una copia", "Fă o copie", "Lav en kopi"],
    OwnCopyOf => ["Make a copy of {title}", "Hacer una copia de {title}", "Fă o copie a {title}", "Lav en kopi af {title}"],
    OwnImport => ["Import a file", "Importar un archivo", "Importă un fișier", "Importér en fil"],
    OwnExport => ["Export as JSON", "Exportar como JSON", "Exportă ca JSON", "Eksportér som JSON"],
    OwnExportOf => ["Export as JSON: {title}", "Exportar como JSON: {title}", "Exportă ca JSON: {title}", "Eksportér som JSON: {title}"],
    OwnEdit => ["Edit", "Editar", "Editează", "Redigér"],
    OwnEditOf => ["Edit {title}", "Editar {title}", "Editează {title}", "Redigér {title}"],
    OwnDeleteOf => ["Delete {title}", "Eliminar {title}", "Șterge {title}", "Slet {title}"],
    OwnReady => ["Ready to use", "Listo para usar", "Gata de folosit", "Klar til brug"],
    OwnToFix => [
        "{count} problems to fix before you can use it",
        "{count} problemas que corregir antes de poder usarlo",
        "{count} probleme de rezolvat înainte să-l poți folosi",
        "{count} problemer at rette, før du kan bruge det",
    ],
    OwnBlankTitle => ["My questionnaire", "Mi cuestionario", "Chestionarul meu", "Mit spørgeskema"],
    OwnBlankSection => ["First questions", "Primeras preguntas", "Primele întrebări", "De første spørgsmål"],
    OwnBlankQuestion => [
        "Did they answer your first message within two days?",
        "¿Respondió a tu primer mensaje en dos días?",
        "A răspuns la primul tău mesaj în două zile?",
        "Svarede de på din første besked inden for to dage?",
    ],
    OwnBlankDimension => ["Fit", "Encaje", "Potrivire", "Match"],
    OwnBlankGood => ["Go ahead", "Adelante", "Mergi mai departe", "Kør på"],
    OwnBlankGoodNext => [
        "Send your terms and a start date.",
        "Envía tus condiciones y una fecha de inicio.",
        "Trimite condițiile tale și o dată de început.",
        "Send dine vilkår og en startdato.",
    ],
    OwnBlankBad => ["Think twice", "Piénsalo dos veces", "Mai gândește-te", "Tænk dig om"],
    OwnBlankBadNext => [
        "Find out what is missing before you say yes.",
        "Averigua qué falta antes de decir que sí.",
        "Află ce lipsește înainte să spui da.",
        "Find ud af, hvad der mangler, før du siger ja.",
    ],
    OwnStartLine => [
        "Want to ask your own questions?",
        "¿Quieres hacer tus propias preguntas?",
        "Vrei să pui propriile tale întrebări?",
        "Vil du stille dine egne spørgsmål?",
    ],
    EditorHeading => [
        "Edit {title}",
        "Editar {title}",
        "Editează {title}",
        "Redigér {title}",
    ],
    EditorBack => [
        "Back to the questionnaires",
        "Volver a los cuestionarios",
        "Înapoi la chestionare",
        "Tilbage til spørgeskemaerne",
    ],
    EditorUndo => [
        "Undo",
        "Deshacer",
        "Anulează",
        "Fortryd",
    ],
    EditorRedo => [
        "Redo",
        "Rehacer",
        "Refă",
        "Gentag",
    ],
    EditorUse => [
        "Use it",
        "Usarlo",
        "Folosește-l",
        "Brug det",
    ],
    EditorUseBlocked => [
        "Fix the problems marked below to use it.",
        "Corrige los problemas marcados abajo para usarlo.",
        "Rezolvă problemele marcate mai jos ca să-l poți folosi.",
        "Ret de problemer, der er markeret nedenfor, for at bruge det.",
    ],
    EditorReady => [
        "No problems: it is ready to use.",
        "Sin problemas: está listo para usar.",
        "Nicio problemă: este gata de folosit.",
        "Ingen problemer: det er klar til brug.",
    ],
    EditorTitle => [
        "Title",
        "Título",
        "Titlu",
        "Titel",
    ],
    EditorIntro => [
        "A line shown before the first question",
        "Una línea que se muestra antes de la primera pregunta",
        "Un rând afișat înaintea primei întrebări",
        "En linje, der vises før det første spørgsmål",
    ],
    EditorSection => [
        "Section {n}",
        "Sección {n}",
        "Secțiunea {n}",
        "Afsnit {n}",
    ],
    EditorSectionTitle => [
        "Title of section {n}",
        "Título de la sección {n}",
        "Titlul secțiunii {n}",
        "Titel på afsnit {n}",
    ],
    EditorQuestion => [
        "Question {n}",
        "Pregunta {n}",
        "Întrebarea {n}",
        "Spørgsmål {n}",
    ],
    EditorQuestionText => [
        "What you ask",
        "Lo que preguntas",
        "Ce întrebi",
        "Det, du spørger om",
    ],
    EditorQuestionId => [
        "Its id (answers and conditions use it)",
        "Su id (lo usan las respuestas y condiciones)",
        "Id-ul ei (îl folosesc răspunsurile și condițiile)",
        "Dets id (svar og betingelser bruger det)",
    ],
    EditorKind => [
        "Kind of answer",
        "Tipo de respuesta",
        "Tipul răspunsului",
        "Slags svar",
    ],
    KindSingle => [
        "One choice",
        "Una opción",
        "O singură variantă",
        "Ét valg",
    ],
    KindMulti => [
        "Several choices",
        "Varias opciones",
        "Mai multe variante",
        "Flere valg",
    ],
    KindYesNo => [
        "Yes or no",
        "Sí o no",
        "Da sau nu",
        "Ja eller nej",
    ],
    KindScale => [
        "A scale of 1 to 5",
        "Una escala del 1 al 5",
        "O scală de la 1 la 5",
        "En skala fra 1 til 5",
    ],
    KindNumber => [
        "A number",
        "Un número",
        "Un număr",
        "Et tal",
    ],
    KindText => [
        "A note, not scored",
        "Una nota, sin puntuar",
        "O notă, fără punctaj",
        "En note uden point",
    ],
    EditorRequired => [
        "Must be answered",
        "Hay que responderla",
        "Trebuie să primească răspuns",
        "Skal besvares",
    ],
    EditorOption => [
        "Option {n}",
        "Opción {n}",
        "Varianta {n}",
        "Valgmulighed {n}",
    ],
    EditorAddOption => [
        "Add an option",
        "Añadir una opción",
        "Adaugă o variantă",
        "Tilføj en valgmulighed",
    ],
    EditorAddQuestion => [
        "Add a question",
        "Añadir una pregunta",
        "Adaugă o întrebare",
        "Tilføj et spørgsmål",
    ],
    EditorAddSection => [
        "Add a section",
        "Añadir una sección",
        "Adaugă o secțiune",
        "Tilføj et afsnit",
    ],
    EditorNewOption => [
        "New option",
        "Nueva opción",
        "Variantă nouă",
        "Ny valgmulighed",
    ],
    EditorNewQuestion => [
        "New question",
        "Nueva pregunta",
        "Întrebare nouă",
        "Nyt spørgsmål",
    ],
    EditorNewSection => [
        "New section",
        "Nueva sección",
        "Secțiune nouă",
        "Nyt afsnit",
    ],
    EditorMoveUp => [
        "Move up",
        "Subir",
        "Mută în sus",
        "Flyt op",
    ],
    EditorMoveDown => [
        "Move down",
        "Bajar",
        "Mută în jos",
        "Flyt ned",
    ],
    EditorDelete => [
        "Delete",
        "Eliminar",
        "Șterge",
        "Slet",
    ],
    EditorMoveUpOf => [
        "Move up: {what}",
        "Subir: {what}",
        "Mută în sus: {what}",
        "Flyt op: {what}",
    ],
    EditorMoveDownOf => [
        "Move down: {what}",
        "Bajar: {what}",
        "Mută în jos: {what}",
        "Flyt ned: {what}",
    ],
    EditorDeleteOf => [
        "Delete {what}",
        "Eliminar {what}",
        "Șterge {what}",
        "Slet {what}",
    ],
    EditorSectionN => [
        "section {n}",
        "la sección {n}",
        "secțiunea {n}",
        "afsnit {n}",
    ],
    EditorQuestionN => [
        "question {n}",
        "la pregunta {n}",
        "întrebarea {n}",
        "spørgsmål {n}",
    ],
    EditorRefused => [
        "That change was not made: {reason}",
        "Ese cambio no se hizo: {reason}",
        "Schimbarea nu a fost făcută: {reason}",
        "Den ændring blev ikke lavet: {reason}",
    ],
    EditorError => [
        "Problem",
        "Problema",
        "Problemă",
        "Problem",
    ],
    EditorWarning => [
        "Worth a look",
        "Conviene revisarlo",
        "Merită verificat",
        "Værd at se på",
    ],
    EditorWhole => [
        "Problems with the whole questionnaire",
        "Problemas del cuestionario entero",
        "Probleme ale întregului chestionar",
        "Problemer med hele spørgeskemaet",
    ],
    EditorOptionN => ["option {n}", "la opción {n}", "varianta {n}", "valgmulighed {n}"],
    EditorLens => ["Who answers it", "Quién lo responde", "Cine îl completează", "Hvem svarer på det"],
    LensScreen => [
        "You, before you take on a prospect",
        "Tú, antes de aceptar a un posible cliente",
        "Tu, înainte să accepți un potențial client",
        "Du, før du siger ja til en mulig kunde",
    ],
    LensCheckup => [
        "You, about a client you have now",
        "Tú, sobre un cliente que ya tienes",
        "Tu, despre un client pe care îl ai acum",
        "Du, om en kunde, du har nu",
    ],
    LensIntake => [
        "The prospect, on your site",
        "El posible cliente, en tu web",
        "Potențialul client, pe site-ul tău",
        "Den mulige kunde, på dit websted",
    ],
    // The editor's scoring parts: points and warning signs per answer, the warning signs
    // themselves, and when a question or section is shown.
    EditorScoring => [
        "What each answer counts for",
        "Lo que cuenta cada respuesta",
        "Ce contează fiecare răspuns",
        "Hvad hvert svar tæller",
    ],
    EditorScoringHelp => [
        "Points from −10 to 10 for each thing you score on; leave a box empty for none.",
        "Puntos de −10 a 10 para cada cosa que puntúas; deja la casilla vacía para ninguno.",
        "Puncte de la −10 la 10 pentru fiecare criteriu; lasă căsuța goală pentru niciunul.",
        "Point fra −10 til 10 for hver ting, du giver point for; lad feltet stå tomt for ingen.",
    ],
    EditorAnswerWhen => [
        "Answered ‘{answer}’",
        "Si responde ‘{answer}’",
        "Dacă răspunsul e ‘{answer}’",
        "Svaret ‘{answer}’",
    ],
    EditorPointsFor => [
        "Points for ‘{dimension}’ when answered ‘{answer}’",
        "Puntos para ‘{dimension}’ si responde ‘{answer}’",
        "Puncte pentru ‘{dimension}’ când răspunsul e ‘{answer}’",
        "Point til ‘{dimension}’ når svaret er ‘{answer}’",
    ],
    EditorFlagsOf => [
        "Warning signs ‘{answer}’ raises",
        "Señales de alarma que activa ‘{answer}’",
        "Semnale de alarmă pe care le ridică ‘{answer}’",
        "Advarselstegn, som ‘{answer}’ udløser",
    ],
    EditorNoFlagsYet => [
        "To have an answer raise a warning sign, add the sign under Warning signs below.",
        "Para que una respuesta active una señal de alarma, añádela en Señales de alarma, más abajo.",
        "Ca un răspuns să ridice un semnal de alarmă, adaugă semnalul mai jos, la Semnale de alarmă.",
        "Vil du have et svar til at udløse et advarselstegn, så tilføj tegnet under Advarselstegn nedenfor.",
    ],
    EditorRule => [
        "rule {n}: {test}",
        "regla {n}: {test}",
        "regula {n}: {test}",
        "regel {n}: {test}",
    ],
    EditorRuleProfile => [
        "your profile’s setting",
        "el valor de tu perfil",
        "valoarea din profilul tău",
        "værdien i din profil",
    ],
    EditorNoRules => [
        "This number has no rules yet, so it gives no points.",
        "Este número aún no tiene reglas, así que no da puntos.",
        "Numărul acesta nu are încă reguli, deci nu dă puncte.",
        "Tallet har endnu ingen regler, så det giver ingen point.",
    ],
    EditorShownWhen => [
        "When to show it",
        "Cuándo mostrarla",
        "Când să apară",
        "Hvornår det vises",
    ],
    EditorShownAlways => ["Always", "Siempre", "Întotdeauna", "Altid"],
    EditorShownBy => [
        "By the answer to question {n}: {text}",
        "Según la respuesta a la pregunta {n}: {text}",
        "După răspunsul la întrebarea {n}: {text}",
        "Efter svaret på spørgsmål {n}: {text}",
    ],
    EditorShownWritten => [
        "As the file says (kept as it is)",
        "Como dice el archivo (se queda igual)",
        "Cum scrie în fișier (rămâne așa)",
        "Som filen siger (bliver som det er)",
    ],
    EditorFlagsHeading => ["Warning signs", "Señales de alarma", "Semnale de alarmă", "Advarselstegn"],
    EditorFlagsIntro => [
        "Signs to be careful about. Tick them under the answers that raise them.",
        "Señales para andar con cuidado. Márcalas bajo las respuestas que las activan.",
        "Semne la care să fii atent. Bifează-le sub răspunsurile care le ridică.",
        "Tegn, du skal være varsom med. Sæt flueben ved dem under de svar, der udløser dem.",
    ],
    EditorFlag => [
        "Warning sign {n}",
        "Señal de alarma {n}",
        "Semnalul de alarmă {n}",
        "Advarselstegn {n}",
    ],
    EditorFlagN => [
        "warning sign {n}",
        "la señal de alarma {n}",
        "semnalul de alarmă {n}",
        "advarselstegn {n}",
    ],
    EditorFlagId => [
        "Its id (the answers that raise it use it)",
        "Su id (lo usan las respuestas que la activan)",
        "Id-ul lui (îl folosesc răspunsurile care îl ridică)",
        "Dets id (de svar, der udløser det, bruger det)",
    ],
    EditorFlagSeverity => ["How serious", "Gravedad", "Cât de grav", "Hvor alvorligt"],
    EditorFlagTitle => ["Its name", "Su nombre", "Numele lui", "Dets navn"],
    EditorFlagReason => [
        "Why it matters",
        "Por qué importa",
        "De ce contează",
        "Hvorfor det betyder noget",
    ],
    EditorFlagAdvice => [
        "What to do about it",
        "Qué hacer al respecto",
        "Ce e de făcut",
        "Hvad du skal gøre ved det",
    ],
    EditorAddFlag => [
        "Add a warning sign",
        "Añadir una señal de alarma",
        "Adaugă un semnal de alarmă",
        "Tilføj et advarselstegn",
    ],
    EditorNewFlagTitle => [
        "New warning sign",
        "Nueva señal de alarma",
        "Semnal de alarmă nou",
        "Nyt advarselstegn",
    ],
    EditorNewFlagReason => [
        "Say why this matters.",
        "Di por qué importa.",
        "Spune de ce contează.",
        "Skriv, hvorfor det betyder noget.",
    ],
    EditorNewFlagAdvice => [
        "Say what to do about it.",
        "Di qué hacer al respecto.",
        "Spune ce e de făcut.",
        "Skriv, hvad man skal gøre ved det.",
    ],
    EditorDeleteFlagNote => [
        "Deleting a warning sign also takes it off every answer that raises it.",
        "Al borrar una señal de alarma, también se quita de todas las respuestas que la activan.",
        "Când ștergi un semnal de alarmă, el dispare și de la toate răspunsurile care îl ridică.",
        "Når du sletter et advarselstegn, fjernes det også fra alle svar, der udløser det.",
    ],
    // The questionnaire-wide parts in the editor (dimensions, verdicts, safeguards, letters,
    // first impression and confidence): one block, kept together.
    RulesDimensions => ["Dimensions and weights", "Dimensiones y pesos", "Dimensiuni și ponderi", "Dimensioner og vægte"],
    RulesDimensionsHelp => [
        "What the answers are scored on. A weight says how much a dimension counts in the overall score next to the others, from 0 to 10.",
        "Lo que se puntúa con las respuestas. El peso indica cuánto cuenta una dimensión en la puntuación total frente a las demás, de 0 a 10.",
        "Ce se punctează prin răspunsuri. Ponderea arată cât contează o dimensiune în scorul total față de celelalte, de la 0 la 10.",
        "Det, svarene giver point i. Vægten siger, hvor meget en dimension tæller i den samlede score i forhold til de andre, fra 0 til 10.",
    ],
    RulesDimensionN => ["Dimension {n}", "Dimensión {n}", "Dimensiunea {n}", "Dimension {n}"],
    RulesDimensionOf => ["dimension {n}", "la dimensión {n}", "dimensiunea {n}", "dimension {n}"],
    RulesDimensionLabel => ["Its name", "Su nombre", "Numele ei", "Dens navn"],
    RulesWeight => ["Weight (0 to 10)", "Peso (de 0 a 10)", "Ponderea (de la 0 la 10)", "Vægt (0 til 10)"],
    RulesDimensionDeleteNote => [
        "Deleting a dimension also takes away the points the answers give it.",
        "Al eliminar una dimensión se quitan también los puntos que le dan las respuestas.",
        "Dacă ștergi o dimensiune, dispar și punctele pe care i le dau răspunsurile.",
        "Når du sletter en dimension, forsvinder de point, svarene giver den, også.",
    ],
    RulesAddDimension => ["Add a dimension", "Añadir una dimensión", "Adaugă o dimensiune", "Tilføj en dimension"],
    RulesNewDimension => ["New dimension", "Nueva dimensión", "Dimensiune nouă", "Ny dimension"],
    RulesId => [
        "Its id (the file and other parts use it)",
        "Su id (lo usan el archivo y las demás partes)",
        "Id-ul (îl folosesc fișierul și celelalte părți)",
        "Dets id (filen og de andre dele bruger det)",
    ],
    RulesTiers => ["Verdicts", "Veredictos", "Verdicte", "Vurderinger"],
    RulesTiersHelp => [
        "Each verdict covers a range of overall scores, from 0 to 100; together they must cover the whole range with no gaps or overlaps. A deal-breaker always gives the lowest one.",
        "Cada veredicto cubre un tramo de la puntuación total, de 0 a 100; entre todos deben cubrirla entera, sin huecos ni solapes. Un motivo de rechazo siempre da el más bajo.",
        "Fiecare verdict acoperă un interval din scorul total, de la 0 la 100; împreună trebuie să-l acopere pe tot, fără goluri sau suprapuneri. Un motiv de refuz dă mereu verdictul cel mai de jos.",
        "Hver vurdering dækker et stykke af den samlede score fra 0 til 100; tilsammen skal de dække det hele uden huller eller overlap. En dealbreaker giver altid den laveste.",
    ],
    RulesTierN => ["Verdict {n}", "Veredicto {n}", "Verdictul {n}", "Vurdering {n}"],
    RulesTierOf => ["verdict {n}", "el veredicto {n}", "verdictul {n}", "vurdering {n}"],
    RulesTierLabel => ["The verdict as shown", "El veredicto tal como se muestra", "Verdictul, așa cum apare", "Vurderingen, som den vises"],
    RulesTierNext => ["What to do next", "Qué hacer a continuación", "Ce faci mai departe", "Hvad du gør nu"],
    RulesTierMin => ["From score", "Desde la puntuación", "De la scorul", "Fra score"],
    RulesTierMax => ["Up to score", "Hasta la puntuación", "Până la scorul", "Op til score"],
    RulesTierLeaning => ["Which way it leans", "Hacia dónde se inclina", "Încotro înclină", "Hvilken vej den hælder"],
    RulesTierLetters => ["Letters offered with it", "Cartas que se ofrecen con él", "Scrisori oferite cu el", "Breve, der tilbydes med den"],
    RulesNoLetters => [
        "No letters yet: add them under Letters.",
        "Todavía no hay cartas: añádelas en Cartas.",
        "Încă nu ai scrisori: adaugă-le la Scrisori.",
        "Ingen breve endnu: tilføj dem under Breve.",
    ],
    RulesAddTier => ["Add a verdict", "Añadir un veredicto", "Adaugă un verdict", "Tilføj en vurdering"],
    RulesNewTier => ["New verdict", "Nuevo veredicto", "Verdict nou", "Ny vurdering"],
    RulesNewTierNext => [
        "Say what to do next.",
        "Di qué hacer a continuación.",
        "Spune ce faci mai departe.",
        "Skriv, hvad du gør nu.",
    ],
    RulesAddTierNote => [
        "A new verdict takes the upper half of the widest one; change the scores to suit.",
        "Un veredicto nuevo ocupa la mitad superior del más amplio; ajusta las puntuaciones a tu gusto.",
        "Un verdict nou preia jumătatea de sus a celui mai larg; potrivește scorurile cum vrei.",
        "En ny vurdering tager den øverste halvdel af den bredeste; ret scorerne, som du vil.",
    ],
    RulesTierProblems => [
        "Problems with the verdicts together",
        "Problemas de los veredictos en conjunto",
        "Probleme ale verdictelor luate împreună",
        "Problemer med vurderingerne samlet",
    ],
    RulesSafeguards => ["Safeguards", "Salvaguardas", "Măsuri de protecție", "Sikkerhedsforanstaltninger"],
    RulesSafeguardsHelp => [
        "Steps that protect you, such as a task list the client signs. A warning sign recommends them when it comes up.",
        "Pasos que te protegen, como una lista de tareas firmada por el cliente. Una señal de alerta los recomienda cuando aparece.",
        "Pași care te protejează, cum ar fi o listă de sarcini semnată de client. Un semnal de alarmă îi recomandă când apare.",
        "Skridt, der beskytter dig, fx en opgaveliste, som kunden skriver under på. Et advarselstegn anbefaler dem, når det dukker op.",
    ],
    RulesSafeguardN => ["Safeguard {n}", "Salvaguarda {n}", "Măsura {n}", "Foranstaltning {n}"],
    RulesSafeguardOf => ["safeguard {n}", "la salvaguarda {n}", "măsura {n}", "foranstaltning {n}"],
    RulesSafeguardTitle => ["The step, in a few words", "El paso, en pocas palabras", "Pasul, în câteva cuvinte", "Skridtet med få ord"],
    RulesSafeguardDetail => ["How to take it", "Cómo darlo", "Cum îl faci", "Sådan tager du det"],
    RulesAddSafeguard => ["Add a safeguard", "Añadir una salvaguarda", "Adaugă o măsură de protecție", "Tilføj en foranstaltning"],
    RulesNewSafeguard => ["New safeguard", "Nueva salvaguarda", "Măsură nouă", "Ny foranstaltning"],
    RulesNewSafeguardDetail => [
        "Say how to take this step.",
        "Di cómo dar este paso.",
        "Spune cum faci acest pas.",
        "Skriv, hvordan du tager dette skridt.",
    ],
    RulesLetters => ["Letters", "Cartas", "Scrisori", "Breve"],
    RulesLettersHelp => [
        "Messages offered with a verdict, for you to send. {client}, {consultant} and {reasons} are filled in for you.",
        "Mensajes que se ofrecen con un veredicto, para que los envíes tú. {client}, {consultant} y {reasons} se rellenan solos.",
        "Mesaje oferite cu un verdict, ca să le trimiți tu. {client}, {consultant} și {reasons} se completează singure.",
        "Beskeder, der tilbydes med en vurdering, som du selv sender. {client}, {consultant} og {reasons} bliver udfyldt for dig.",
    ],
    RulesLetterN => ["Letter {n}", "Carta {n}", "Scrisoarea {n}", "Brev {n}"],
    RulesLetterOf => ["letter {n}", "la carta {n}", "scrisoarea {n}", "brev {n}"],
    RulesLetterTitle => ["What it is for", "Para qué sirve", "La ce folosește", "Hvad det er til"],
    RulesLetterBody => ["The letter", "La carta", "Scrisoarea", "Brevet"],
    RulesAddLetter => ["Add a letter", "Añadir una carta", "Adaugă o scrisoare", "Tilføj et brev"],
    RulesNewLetter => ["New letter", "Nueva carta", "Scrisoare nouă", "Nyt brev"],
    RulesNewLetterBody => [
        "Dear {client},\n\n{reasons}\n\n{consultant}",
        "Hola, {client}:\n\n{reasons}\n\n{consultant}",
        "Bună ziua, {client},\n\n{reasons}\n\n{consultant}",
        "Kære {client}\n\n{reasons}\n\n{consultant}",
    ],
    RulesJudgement => ["First impression and confidence", "Primera impresión y confianza", "Prima impresie și încrederea", "Førstehåndsindtryk og sikkerhed"],
    RulesFirstImpression => ["First impression", "Primera impresión", "Prima impresie", "Førstehåndsindtryk"],
    RulesFirstImpressionHelp => [
        "A bad first impression counts as evidence. Backed by something you saw with your own eyes, it decides the verdict; on its own it moves the verdict down and asks you to check the facts. A good impression never lifts a verdict.",
        "Una mala primera impresión cuenta como prueba. Si la respalda algo que viste con tus propios ojos, decide el veredicto; sola, lo baja y te pide comprobar los hechos. Una buena impresión nunca sube un veredicto.",
        "O primă impresie proastă contează ca dovadă. Susținută de ceva văzut cu ochii tăi, decide verdictul; singură, coboară verdictul și îți cere să verifici faptele. O impresie bună nu ridică niciodată un verdict.",
        "Et dårligt førstehåndsindtryk tæller som bevis. Bakket op af noget, du selv har set, afgør det vurderingen; alene trækker det vurderingen ned og beder dig tjekke fakta. Et godt indtryk løfter aldrig en vurdering.",
    ],
    RulesFirstImpressionOwn => [
        "Set your own rules for a bad first impression",
        "Fijar tus propias reglas para una mala primera impresión",
        "Stabilește-ți propriile reguli pentru o primă impresie proastă",
        "Sæt dine egne regler for et dårligt førstehåndsindtryk",
    ],
    RulesFirstImpressionOff => [
        "Off, the usual rules apply: with nothing backing it, a bad impression moves the verdict down one step; backed, it gives the lowest verdict.",
        "Desactivado, rigen las reglas habituales: sin nada que la respalde, una mala impresión baja el veredicto un escalón; respaldada, da el veredicto más bajo.",
        "Dezactivat, se aplică regulile obișnuite: fără nimic care s-o susțină, o impresie proastă coboară verdictul cu o treaptă; susținută, dă verdictul cel mai de jos.",
        "Slået fra gælder de sædvanlige regler: uden noget, der bakker det op, trækker et dårligt indtryk vurderingen et trin ned; bakket op giver det den laveste vurdering.",
    ],
    RulesBackedBy => [
        "Warning signs that back a bad first impression",
        "Señales de alerta que respaldan una mala primera impresión",
        "Semnale de alarmă care susțin o primă impresie proastă",
        "Advarselstegn, der bakker et dårligt førstehåndsindtryk op",
    ],
    RulesNoFlags => [
        "This questionnaire has no warning signs yet.",
        "Este cuestionario todavía no tiene señales de alerta.",
        "Acest chestionar nu are încă semnale de alarmă.",
        "Dette spørgeskema har ingen advarselstegn endnu.",
    ],
    RulesWhenBacked => ["The verdict when a sign backs it", "El veredicto cuando una señal la respalda", "Verdictul când un semnal o susține", "Vurderingen, når et tegn bakker det op"],
    RulesLowest => ["The lowest verdict", "El veredicto más bajo", "Verdictul cel mai de jos", "Den laveste vurdering"],
    RulesUnbackedDrop => ["With nothing backing it yet", "Mientras nada la respalde", "Cât timp nimic n-o susține", "Så længe intet bakker det op"],
    RulesDropNone => [
        "Keep the verdict; only ask for the facts",
        "Mantener el veredicto; solo pedir los hechos",
        "Păstrează verdictul; cere doar faptele",
        "Behold vurderingen; bed kun om fakta",
    ],
    RulesDropOne => [
        "Move the verdict down one step",
        "Bajar el veredicto un escalón",
        "Coboară verdictul cu o treaptă",
        "Træk vurderingen et trin ned",
    ],
    RulesFindOut => [
        "First thing to find out while it is not backed (optional)",
        "Lo primero que averiguar mientras no esté respaldada (opcional)",
        "Primul lucru de aflat cât timp nu e susținută (opțional)",
        "Det første, du skal finde ud af, så længe det ikke er bakket op (valgfrit)",
    ],
    RulesConfidence => ["Confidence", "Confianza", "Încredere", "Sikkerhed"],
    RulesConfidenceOwn => [
        "Set your own rules for how much must be known",
        "Fijar tus propias reglas sobre cuánto hay que saber",
        "Stabilește-ți propriile reguli despre cât trebuie să știi",
        "Sæt dine egne regler for, hvor meget der skal vides",
    ],
    RulesConfidenceOff => [
        "Off, the usual rules apply: no verdict until half of what matters is known, and a provisional one until three quarters is.",
        "Desactivado, rigen las reglas habituales: no hay veredicto hasta conocer la mitad de lo importante, y es provisional hasta conocer tres cuartas partes.",
        "Dezactivat, se aplică regulile obișnuite: niciun verdict până nu știi jumătate din ce contează, iar până la trei sferturi e provizoriu.",
        "Slået fra gælder de sædvanlige regler: ingen vurdering, før halvdelen af det vigtige er kendt, og en foreløbig, indtil tre fjerdedele er.",
    ],
    RulesJudgeAt => [
        "Give a verdict once this much of what matters is known (%)",
        "Dar un veredicto cuando se conozca este tanto de lo importante (%)",
        "Dă un verdict când se știe atât din ce contează (%)",
        "Giv en vurdering, når så meget af det vigtige er kendt (%)",
    ],
    RulesFirmAt => [
        "Call the verdict firm once this much is known (%)",
        "Dar el veredicto por firme cuando se conozca este tanto (%)",
        "Consideră verdictul ferm când se știe atât (%)",
        "Regn vurderingen for sikker, når så meget er kendt (%)",
    ],
    RulesToFix => ["{n} to fix", "{n} por corregir", "{n} de corectat", "{n} at rette"],
    // The editor's preview, "what answers lead to each verdict", and assessments that keep
    // the version of an own questionnaire they were made with.
    PreviewHeading => ["Preview", "Vista previa", "Previzualizare", "Forhåndsvisning"],
    PreviewIntro => [
        "Try it out: answer it as it will be answered, and the score, the warning signs and the verdict follow. Nothing here is saved.",
        "Pruébalo: respóndelo como se responderá y verás cómo cambian la puntuación, las señales de alarma y el veredicto. Aquí no se guarda nada.",
        "Încearcă-l: răspunde cum se va răspunde și vezi cum se schimbă scorul, semnalele de alarmă și verdictul. Nimic de aici nu se salvează.",
        "Prøv det: svar, som der vil blive svaret, og se scoren, advarselstegnene og konklusionen følge med. Intet her bliver gemt.",
    ],
    PreviewScore => ["Score: {score} of 100", "Puntuación: {score} de 100", "Scor: {score} din 100", "Score: {score} af 100"],
    PreviewNoScore => [
        "No score yet: answer a question.",
        "Aún no hay puntuación: responde una pregunta.",
        "Încă nu există scor: răspunde la o întrebare.",
        "Ingen score endnu: svar på et spørgsmål.",
    ],
    PreviewVerdict => ["Verdict: {verdict}", "Veredicto: {verdict}", "Verdict: {verdict}", "Konklusion: {verdict}"],
    PreviewNotEnough => [
        "Too little answered for a verdict yet.",
        "Aún hay muy pocas respuestas para un veredicto.",
        "Prea puține răspunsuri pentru un verdict deocamdată.",
        "For lidt besvaret til en konklusion endnu.",
    ],
    PreviewFlags => ["Warning signs raised", "Señales de alarma", "Semnale de alarmă", "Advarselstegn"],
    PreviewNoFlags => [
        "No warning signs raised.",
        "Ninguna señal de alarma.",
        "Niciun semnal de alarmă.",
        "Ingen advarselstegn.",
    ],
    PreviewClear => [
        "Clear the preview's answers",
        "Borrar las respuestas de la vista previa",
        "Șterge răspunsurile din previzualizare",
        "Ryd forhåndsvisningens svar",
    ],
    PreviewNotScored => [
        "Notes are not scored.",
        "Las notas no puntúan.",
        "Notițele nu se punctează.",
        "Noter giver ingen point.",
    ],
    TiersHeading => [
        "What answers lead to each verdict",
        "Qué respuestas llevan a cada veredicto",
        "Ce răspunsuri duc la fiecare verdict",
        "Hvilke svar fører til hver konklusion",
    ],
    TiersIntro => [
        "For each verdict, one set of answers that reaches it, found by the same scoring as a real assessment.",
        "Para cada veredicto, un conjunto de respuestas que lo alcanza, hallado con la misma puntuación que una evaluación real.",
        "Pentru fiecare verdict, un set de răspunsuri care duce la el, găsit cu același calcul ca la o evaluare reală.",
        "For hver konklusion ét sæt svar, der fører til den, fundet med samme pointberegning som en rigtig vurdering.",
    ],
    TiersNone => [
        "No answers reach this verdict.",
        "Ninguna respuesta lleva a este veredicto.",
        "Niciun set de răspunsuri nu duce la acest verdict.",
        "Ingen svar fører til denne konklusion.",
    ],
    TiersAnswers => ["The answers", "Las respuestas", "Răspunsurile", "Svarene"],
    TiersTry => [
        "Try the answers for “{verdict}” in the preview",
        "Prueba en la vista previa las respuestas de «{verdict}»",
        "Încearcă în previzualizare răspunsurile pentru „{verdict}”",
        "Prøv svarene for »{verdict}« i forhåndsvisningen",
    ],
    PreviewImpression => [
        "Your first impression",
        "Tu primera impresión",
        "Prima ta impresie",
        "Dit første indtryk",
    ],
    PreviewNoImpression => ["None given", "Ninguna", "Niciuna", "Intet givet"],
    // Reordering the editor's parts by drag and drop.
    EditorDragToMove => [
        "Drag to move (or use Move up and Move down)",
        "Arrastra para mover (o usa Subir y Bajar)",
        "Trage pentru a muta (sau folosește Mută în sus și Mută în jos)",
        "Træk for at flytte (eller brug Flyt op og Flyt ned)",
    ],
    EditorLanguages => ["Languages", "Idiomas", "Limbi", "Sprog"],
    EditorWritingIn => [
        "Language you are writing in",
        "Idioma en el que escribes",
        "Limba în care scrii",
        "Sproget du skriver på",
    ],
    EditorLanguageDefault => [
        "{language} (default)",
        "{language} (predeterminado)",
        "{language} (implicită)",
        "{language} (standard)",
    ],
    EditorLanguageMissing => [
        "{language}: {n} texts missing",
        "{language}: faltan {n} textos",
        "{language}: lipsesc {n} texte",
        "{language}: {n} tekster mangler",
    ],
    EditorLanguageComplete => [
        "{language}: every text is written",
        "{language}: todos los textos están escritos",
        "{language}: toate textele sunt scrise",
        "{language}: alle tekster er skrevet",
    ],
    EditorAddLanguage => [
        "Add {language}",
        "Añadir {language}",
        "Adaugă {language}",
        "Tilføj {language}",
    ],
    EditorRemoveLanguage => [
        "Remove {language}",
        "Quitar {language}",
        "Elimină {language}",
        "Fjern {language}",
    ],
    EditorRemoveLanguageHelp => [
        "Removing a language drops its texts; Undo brings them back.",
        "Quitar un idioma borra sus textos; Deshacer los recupera.",
        "Eliminarea unei limbi îi șterge textele; Anulează le readuce.",
        "Fjerner du et sprog, forsvinder dets tekster; Fortryd bringer dem tilbage.",
    ],
    EditorMakeDefault => [
        "Make {language} the default",
        "Hacer de {language} el idioma predeterminado",
        "Fă din {language} limba implicită",
        "Gør {language} til standardsprog",
    ],
    EditorMissingIn => [
        "Missing in {language}",
        "Falta en {language}",
        "Lipsește în {language}",
        "Mangler på {language}",
    ],
    EditorInDefault => [
        "In {language}: {words}",
        "En {language}: {words}",
        "În {language}: {words}",
        "På {language}: {words}",
    ],
    // The editor's further texts and settings: a question's help, "find out" note and
    // "I don't know yet", a scale's ends, a number's unit and bounds, a section's intro, a
    // warning sign's safeguards, cap and letter line.
    EditorHelpLine => [
        "Help under the question (optional)",
        "Ayuda bajo la pregunta (opcional)",
        "Ajutor sub întrebare (opțional)",
        "Hjælp under spørgsmålet (valgfri)",
    ],
    EditorFindOut => [
        "What to find out when the answer is unknown (optional)",
        "Qué averiguar si no se sabe la respuesta (opcional)",
        "Ce să afli când răspunsul nu se știe (opțional)",
        "Hvad du skal finde ud af, når svaret er ukendt (valgfri)",
    ],
    EditorAllowUnknown => [
        "Offer “I don't know yet”",
        "Ofrecer «Aún no lo sé»",
        "Oferă „Încă nu știu”",
        "Tilbyd »Det ved jeg ikke endnu«",
    ],
    EditorScaleLow => [
        "Label of 1, the lowest",
        "Etiqueta del 1, el más bajo",
        "Eticheta lui 1, cel mai mic",
        "Tekst ved 1, det laveste",
    ],
    EditorScaleHigh => [
        "Label of 5, the highest",
        "Etiqueta del 5, el más alto",
        "Eticheta lui 5, cel mai mare",
        "Tekst ved 5, det højeste",
    ],
    EditorUnit => ["Unit", "Unidad", "Unitate", "Enhed"],
    EditorUnitMoney => ["Money (your currency)", "Dinero (tu moneda)", "Bani (moneda ta)", "Penge (din valuta)"],
    EditorUnitPercent => ["Percent", "Porcentaje", "Procent", "Procent"],
    EditorUnitHours => ["Hours", "Horas", "Ore", "Timer"],
    EditorUnitDays => ["Days", "Días", "Zile", "Dage"],
    EditorUnitWeeks => ["Weeks", "Semanas", "Săptămâni", "Uger"],
    EditorUnitCount => ["Count", "Cantidad", "Număr", "Antal"],
    EditorNumberMin => [
        "Smallest answer (optional)",
        "Respuesta más pequeña (opcional)",
        "Cel mai mic răspuns (opțional)",
        "Mindste svar (valgfri)",
    ],
    EditorNumberMax => [
        "Largest answer (optional)",
        "Respuesta más grande (opcional)",
        "Cel mai mare răspuns (opțional)",
        "Største svar (valgfri)",
    ],
    EditorSectionIntro => [
        "Line under section {n}'s title (optional)",
        "Línea bajo el título de la sección {n} (opcional)",
        "Rând sub titlul secțiunii {n} (opțional)",
        "Linje under titlen på afsnit {n} (valgfri)",
    ],
    EditorFlagSafeguards => [
        "Safeguards it recommends",
        "Salvaguardas que recomienda",
        "Măsuri de protecție pe care le recomandă",
        "Foranstaltninger, det anbefaler",
    ],
    EditorFlagNoSafeguards => [
        "No safeguards yet: add them under Safeguards, then tick them here.",
        "Aún no hay salvaguardas: añádelas en Salvaguardas y márcalas aquí.",
        "Încă nu există măsuri de protecție: adaugă-le la Măsuri de protecție, apoi bifează-le aici.",
        "Ingen foranstaltninger endnu: tilføj dem under Sikkerhedsforanstaltninger, og sæt flueben her.",
    ],
    EditorFlagCapsAt => [
        "Best verdict a client with it can get",
        "Mejor veredicto que puede obtener un cliente con ella",
        "Cel mai bun verdict pe care îl poate primi un client cu ea",
        "Bedste vurdering, en kunde med det kan få",
    ],
    EditorFlagNoCap => [
        "Any: it does not hold the verdict down",
        "Cualquiera: no limita el veredicto",
        "Oricare: nu limitează verdictul",
        "Enhver: det holder ikke vurderingen nede",
    ],
    EditorFlagLetterLine => [
        "Line it adds to a letter (optional)",
        "Línea que añade a una carta (opcional)",
        "Rândul pe care îl adaugă într-o scrisoare (opțional)",
        "Linje, det tilføjer til et brev (valgfri)",
    ],
    // Number rules and conditions on numbers, scales and the profile, in the editor.
    EditorCmpLt => ["less than", "menos de", "mai puțin de", "mindre end"],
    EditorCmpLe => ["at most", "como mucho", "cel mult", "højst"],
    EditorCmpGt => ["more than", "más de", "mai mult de", "mere end"],
    EditorCmpGe => ["at least", "al menos", "cel puțin", "mindst"],
    EditorCmpEq => ["exactly", "exactamente", "exact", "præcis"],
    EditorRuleAdd => ["Add a rule", "Añadir una regla", "Adaugă o regulă", "Tilføj en regel"],
    EditorRuleDelete => [
        "Delete rule {n}",
        "Borrar la regla {n}",
        "Șterge regula {n}",
        "Slet regel {n}",
    ],
    EditorRuleTest => [
        "Rule {n} holds when the answer is",
        "La regla {n} se cumple cuando la respuesta es",
        "Regula {n} se aplică atunci când răspunsul este",
        "Regel {n} gælder, når svaret er",
    ],
    EditorRuleOp => ["Comparison", "Comparación", "Comparația", "Sammenligning"],
    EditorRuleThan => ["Compared with", "Comparada con", "Comparat cu", "Sammenlignet med"],
    EditorRuleFixed => ["a number", "un número", "un număr", "et tal"],
    EditorRuleValue => ["The number", "El número", "Numărul", "Tallet"],
    EditorRuleFactor => [
        "Times (empty for 1)",
        "Multiplicado por (vacío para 1)",
        "Înmulțit cu (gol pentru 1)",
        "Gange (tomt for 1)",
    ],
    EditorShownProfile => [
        "When your profile has this set: {field}",
        "Cuando tu perfil tiene esto: {field}",
        "Când profilul tău are completat: {field}",
        "Når din profil har udfyldt: {field}",
    ],
    EditorShownNoEarlierYet => [
        "No question is asked before it yet, so only your profile can show or hide it.",
        "Aún no se hace ninguna pregunta antes, así que solo tu perfil puede mostrarla u ocultarla.",
        "Încă nu se pune nicio întrebare înainte, deci doar profilul tău o poate afișa sau ascunde.",
        "Der stilles endnu intet spørgsmål før det, så kun din profil kan vise eller skjule det.",
    ],
    EditorShownFriends => [
        "When your friends-and-family policy is: {policy}",
        "Cuando tu norma con amigos y familia es: {policy}",
        "Când regula ta pentru prieteni și familie este: {policy}",
        "Når din regel for venner og familie er: {policy}",
    ],
    EditorShownAnsweredText => [
        "Shown once question {n} has an answer.",
        "Se muestra en cuanto la pregunta {n} tenga respuesta.",
        "Apare de îndată ce întrebarea {n} are un răspuns.",
        "Vises, så snart spørgsmål {n} har et svar.",
    ],
    EditorShownHow => [
        "Which answers to question {n} show it",
        "Qué respuestas a la pregunta {n} la muestran",
        "Ce răspunsuri la întrebarea {n} o afișează",
        "Hvilke svar på spørgsmål {n} viser det",
    ],
    EditorShownAnswered => [
        "Any answer (but not “I don't know yet”)",
        "Cualquier respuesta (menos «Aún no lo sé»)",
        "Orice răspuns (în afară de „Încă nu știu”)",
        "Ethvert svar (men ikke »Det ved jeg ikke endnu«)",
    ],
    EditorShownSome => [
        "Only the answers ticked here",
        "Solo las respuestas marcadas aquí",
        "Doar răspunsurile bifate aici",
        "Kun de svar, der er krydset af her",
    ],
    EditorShownSomeNumber => [
        "Only an answer that compares like this",
        "Solo una respuesta que cumpla esta comparación",
        "Doar un răspuns care se compară așa",
        "Kun et svar, der passer til denne sammenligning",
    ],
    EditorConditionNot => [
        "Turn it around: show it when this is not so",
        "Al revés: mostrarla cuando esto no se cumpla",
        "Invers: să apară când asta nu e adevărat",
        "Omvendt: vis det, når dette ikke er tilfældet",
    ],
    EditorConditionJoin => [
        "When this group holds",
        "Cuándo se cumple este grupo",
        "Când e îndeplinit acest grup",
        "Hvornår denne gruppe gælder",
    ],
    EditorConditionAll => [
        "When all of these hold",
        "Cuando se cumplan todas estas",
        "Când sunt îndeplinite toate acestea",
        "Når alle disse gælder",
    ],
    EditorConditionAny => [
        "When any one of these holds",
        "Cuando se cumpla cualquiera de estas",
        "Când e îndeplinită oricare dintre acestea",
        "Når bare én af disse gælder",
    ],
    EditorConditionNumber => ["Condition {n}", "Condición {n}", "Condiția {n}", "Betingelse {n}"],
    EditorConditionRemove => ["Remove", "Quitar", "Elimină", "Fjern"],
    EditorConditionRemoveNumber => [
        "Remove condition {n}",
        "Quitar la condición {n}",
        "Elimină condiția {n}",
        "Fjern betingelse {n}",
    ],
    EditorConditionAdd => [
        "Add a condition",
        "Añadir una condición",
        "Adaugă o condiție",
        "Tilføj en betingelse",
    ],
    EditorConditionAddGroup => [
        "Add a group of conditions",
        "Añadir un grupo de condiciones",
        "Adaugă un grup de condiții",
        "Tilføj en gruppe af betingelser",
    ],
    EditorConditionAddAnother => [
        "Add another condition",
        "Añadir otra condición",
        "Adaugă încă o condiție",
        "Tilføj en betingelse mere",
    ],
    EditorConditionWhat => [
        "What it tests",
        "Qué comprueba",
        "Ce verifică",
        "Hvad den tester",
    ],
    PreviewGo => ["See the preview", "Ver la vista previa", "Vezi previzualizarea", "Se forhåndsvisningen"],
    PreviewBack => [
        "Back to where you were editing",
        "Volver a donde estabas editando",
        "Înapoi unde editai",
        "Tilbage til hvor du redigerede",
    ],
    EditorOptionTag => [
        "Kind of work or client, for the work you welcome or avoid on your profile",
        "Tipo de trabajo o de cliente, para el trabajo que te interesa o prefieres evitar en tu perfil",
        "Tipul de lucrare sau de client, pentru lucrările pe care le preferi sau le eviți în profilul tău",
        "Type opgave eller kunde, til de opgaver, du gerne tager eller helst undgår, i din profil",
    ],
    EditorOptionNoTag => ["None", "Ninguno", "Niciunul", "Ingen"],
    EditorOptionOwnTag => [
        "A tag of your own…",
        "Una etiqueta propia…",
        "O etichetă a ta…",
        "Et mærke, du selv skriver…",
    ],
    EditorOptionOwnTagField => [
        "Your tag (for example industry:farming)",
        "Tu etiqueta (por ejemplo industry:farming)",
        "Eticheta ta (de exemplu industry:farming)",
        "Dit mærke (for eksempel industry:farming)",
    ],
    EditorWhenWelcome => [
        "When the chosen answer is work you welcome",
        "Cuando la respuesta elegida es trabajo que te interesa",
        "Când răspunsul ales e o lucrare pe care o preferi",
        "Når det valgte svar er en opgave, du gerne tager",
    ],
    EditorWhenAvoided => [
        "When the chosen answer is work you avoid",
        "Cuando la respuesta elegida es trabajo que prefieres evitar",
        "Când răspunsul ales e o lucrare pe care o eviți",
        "Når det valgte svar er en opgave, du helst undgår",
    ],
    EditorTaggedHelp => [
        "Added to the chosen answer's own points when your profile welcomes or avoids its kind of work or client.",
        "Se suma a los puntos de la respuesta elegida cuando tu perfil marca su tipo de trabajo o de cliente como algo que te interesa o que prefieres evitar.",
        "Se adaugă la punctele răspunsului ales când profilul tău îi preferă sau îi evită tipul de lucrare sau de client.",
        "Lægges til det valgte svars egne point, når din profil gerne tager eller helst undgår den type opgave eller kunde.",
    ],
    EditorPointsWhen => [
        "Points for ‘{dimension}’: {when}",
        "Puntos para ‘{dimension}’: {when}",
        "Puncte pentru ‘{dimension}’: {when}",
        "Point til ‘{dimension}’: {when}",
    ],
    EditorFlagsWhen => [
        "Warning signs raised: {when}",
        "Señales de alarma que se activan: {when}",
        "Semnale de alarmă ridicate: {when}",
        "Advarselstegn, der udløses: {when}",
    ],
    RulesTiersOrder => [
        "Listed from the highest scores down, as the result shows them: the scores you give each verdict set its place.",
        "Aparecen de la puntuación más alta a la más baja, como en el resultado: los puntos que das a cada veredicto deciden su lugar.",
        "Apar de la scorurile cele mai mari în jos, ca în rezultat: scorurile pe care le dai fiecărui verdict îi stabilesc locul.",
        "Vist fra de højeste scorer og ned, som i resultatet: de scorer, du giver hver vurdering, bestemmer dens plads.",
    ],
    // The linter's problems in the editor, in the consultant's words (`problem_advice`): what
    // is wrong and what to do in the editor's own terms, with no ids or file paths.
    EditorLintFileTooLarge => [
        "The file is too large to open: shorten its longest texts, or split it into two questionnaires.",
        "El archivo es demasiado grande para abrirlo: acorta sus textos más largos o divídelo en dos cuestionarios.",
        "Fișierul e prea mare ca să fie deschis: scurtează-i textele cele mai lungi sau împarte-l în două chestionare.",
        "Filen er for stor til at blive åbnet: gør de længste tekster kortere, eller del den op i to spørgeskemaer.",
    ],
    EditorLintFileUnreadable => [
        "The file cannot be read: it is cut off, or it is not a questionnaire file. Import a complete copy.",
        "No se puede leer el archivo: está incompleto o no es un archivo de cuestionario. Importa una copia completa.",
        "Fișierul nu poate fi citit: e incomplet sau nu e un fișier de chestionar. Importă o copie completă.",
        "Filen kan ikke læses: den er ufuldstændig, eller den er ikke en spørgeskemafil. Importér en komplet kopi.",
    ],
    EditorLintFileShape => [
        "Part of the file is not written the way a questionnaire is (a value of the wrong kind, or a field Client Fit does not know): import a copy exported from Client Fit.",
        "Una parte del archivo no está escrita como un cuestionario (un valor de otro tipo o un campo que Client Fit no conoce): importa una copia exportada desde Client Fit.",
        "O parte din fișier nu e scrisă ca într-un chestionar (o valoare de alt tip sau un câmp pe care Client Fit nu-l cunoaște): importă o copie exportată din Client Fit.",
        "En del af filen er ikke skrevet som et spørgeskema (en værdi af den forkerte slags eller et felt, Client Fit ikke kender): importér en kopi, der er eksporteret fra Client Fit.",
    ],
    EditorLintFileNewer => [
        "The file was made by a newer version of Client Fit, or says no version: open it with the newest Client Fit.",
        "El archivo lo hizo una versión más reciente de Client Fit, o no indica ninguna versión: ábrelo con la versión más reciente de Client Fit.",
        "Fișierul a fost făcut cu o versiune mai nouă de Client Fit sau nu spune ce versiune are: deschide-l cu cea mai nouă versiune de Client Fit.",
        "Filen er lavet med en nyere version af Client Fit, eller den angiver ingen version: åbn den med den nyeste Client Fit.",
    ],
    EditorLintNoDimensions => [
        "There is nothing to score on: add a dimension under Dimensions and weights.",
        "No hay nada que puntuar: añade una dimensión en Dimensiones y pesos.",
        "Nu există nimic de punctat: adaugă o dimensiune la Dimensiuni și ponderi.",
        "Der er intet at give point i: tilføj en dimension under Dimensioner og vægte.",
    ],
    EditorLintNoVerdicts => [
        "There are no verdicts: add one under Verdicts, from score 0 up to 100.",
        "No hay veredictos: añade uno en Veredictos, desde la puntuación 0 hasta 100.",
        "Nu există verdicte: adaugă unul la Verdicte, de la scorul 0 până la 100.",
        "Der er ingen vurderinger: tilføj en under Vurderinger, fra score 0 op til 100.",
    ],
    EditorLintNoQuestions => [
        "The questionnaire has no questions: add one to a section.",
        "El cuestionario no tiene preguntas: añade una a alguna sección.",
        "Chestionarul nu are întrebări: adaugă una într-o secțiune.",
        "Spørgeskemaet har ingen spørgsmål: tilføj et i et afsnit.",
    ],
    EditorLintEmptySection => [
        "This section has no questions yet: add one, or delete the section.",
        "Esta sección aún no tiene preguntas: añade una o elimina la sección.",
        "Secțiunea aceasta nu are încă întrebări: adaugă una sau șterge secțiunea.",
        "Dette afsnit har endnu ingen spørgsmål: tilføj et, eller slet afsnittet.",
    ],
    EditorLintBadId => [
        "An id here has characters an id cannot have: use 1 to {max} lowercase letters (a to z), digits, - or _.",
        "Un id de aquí tiene caracteres que un id no admite: usa de 1 a {max} letras minúsculas (de la a a la z), cifras, - o _.",
        "Un id de aici are caractere pe care un id nu le poate avea: folosește între 1 și {max} de litere mici (de la a la z), cifre, - sau _.",
        "Et id her har tegn, som et id ikke kan have: brug 1 til {max} små bogstaver (a til z), tal, - eller _.",
    ],
    EditorLintDuplicateId => [
        "The same id is used twice here: give each part its own id.",
        "Aquí el mismo id se usa dos veces: dale a cada parte su propio id.",
        "Același id e folosit de două ori aici: dă-i fiecărei părți propriul id.",
        "Det samme id bruges to gange her: giv hver del sit eget id.",
    ],
    EditorLintNeedsOptions => [
        "A choice question needs at least two options: add another option.",
        "Una pregunta de opciones necesita al menos dos opciones: añade otra.",
        "O întrebare cu variante are nevoie de cel puțin două variante: mai adaugă una.",
        "Et spørgsmål med valg skal have mindst to valgmuligheder: tilføj en mere.",
    ],
    EditorLintNeedsYesNo => [
        "A yes or no question needs ‘Yes’ or ‘No’ to count for something: choose another kind of answer, then ‘Yes or no’ again, to set them afresh.",
        "Una pregunta de sí o no necesita que ‘Sí’ o ‘No’ cuente para algo: elige otro tipo de respuesta y luego otra vez ‘Sí o no’ para prepararlas de nuevo.",
        "O întrebare cu da sau nu are nevoie ca ‘Da’ sau ‘Nu’ să conteze pentru ceva: alege alt tip de răspuns, apoi din nou ‘Da sau nu’, ca să le refaci.",
        "Et ja/nej-spørgsmål skal have ‘Ja’ eller ‘Nej’ til at tælle for noget: vælg en anden slags svar og så ‘Ja eller nej’ igen for at lave dem forfra.",
    ],
    EditorLintNeedsScale => [
        "A scale of 1 to 5 needs exactly five steps: choose another kind of answer, then the scale again, to set them afresh.",
        "Una escala del 1 al 5 necesita exactamente cinco pasos: elige otro tipo de respuesta y luego otra vez la escala para crearlos de nuevo.",
        "O scală de la 1 la 5 are nevoie de exact cinci trepte: alege alt tip de răspuns, apoi din nou scala, ca să le refaci.",
        "En skala fra 1 til 5 skal have præcis fem trin: vælg en anden slags svar og så skalaen igen for at lave dem forfra.",
    ],
    EditorLintNeedsUnit => [
        "A number question needs a unit: choose another kind of answer, then ‘A number’ again, and pick its unit.",
        "Una pregunta de número necesita una unidad: elige otro tipo de respuesta, luego otra vez ‘Un número’, y escoge su unidad.",
        "O întrebare cu număr are nevoie de o unitate: alege alt tip de răspuns, apoi din nou ‘Un număr’, și alege-i unitatea.",
        "Et talspørgsmål skal have en enhed: vælg en anden slags svar, så ‘Et tal’ igen, og vælg dets enhed.",
    ],
    EditorLintNumberMinAboveMax => [
        "The smallest answer is above the largest: lower ‘Smallest answer’ or raise ‘Largest answer’.",
        "La respuesta más pequeña está por encima de la más grande: baja ‘Respuesta más pequeña’ o sube ‘Respuesta más grande’.",
        "Cel mai mic răspuns e peste cel mai mare: micșorează ‘Cel mai mic răspuns’ sau mărește ‘Cel mai mare răspuns’.",
        "Det mindste svar er større end det største: sænk ‘Mindste svar’, eller hæv ‘Største svar’.",
    ],
    EditorLintKindLacks => [
        "This question lacks what its kind of answer needs: choose another kind of answer and then this one again, to set it up afresh.",
        "A esta pregunta le falta lo que necesita su tipo de respuesta: elige otro tipo de respuesta y luego otra vez este para prepararla de nuevo.",
        "Întrebării îi lipsește ce îi trebuie tipului ei de răspuns: alege alt tip de răspuns și apoi din nou pe acesta, ca s-o pregătești de la capăt.",
        "Spørgsmålet mangler det, dets slags svar kræver: vælg en anden slags svar og så denne igen for at sætte det op forfra.",
    ],
    EditorLintKindExtra => [
        "This question keeps settings of another kind of answer, which are ignored: nothing to do, unless you meant that other kind.",
        "Esta pregunta conserva ajustes de otro tipo de respuesta, que se ignoran: no hace falta hacer nada, salvo que quisieras ese otro tipo.",
        "Întrebarea păstrează setări ale altui tip de răspuns, care sunt ignorate: nu e nimic de făcut, decât dacă voiai acel alt tip.",
        "Spørgsmålet har indstillinger fra en anden slags svar, som ignoreres: du behøver ikke gøre noget, medmindre du mente den anden slags.",
    ],
    EditorLintWorkUntagged => [
        "Points for work you welcome or avoid do nothing here: none of its options stands for a kind of work.",
        "Los puntos por trabajos que aceptas o evitas no hacen nada aquí: ninguna de sus opciones representa un tipo de trabajo.",
        "Punctele pentru lucrările pe care le accepți sau le eviți nu au efect aici: niciuna dintre variante nu reprezintă un tip de lucrare.",
        "Point for arbejde, du gerne tager eller undgår, gør intet her: ingen af valgmulighederne står for en slags arbejde.",
    ],
    EditorLintShownByMissingQuestion => [
        "‘When to show it’ depends on a question that is no longer there: choose again what it depends on.",
        "‘Cuándo mostrarla’ depende de una pregunta que ya no existe: vuelve a elegir de qué depende.",
        "‘Când să apară’ depinde de o întrebare care nu mai există: alege din nou de ce depinde.",
        "‘Hvornår det vises’ afhænger af et spørgsmål, der ikke findes længere: vælg igen, hvad det afhænger af.",
    ],
    EditorLintShownByMissingAnswer => [
        "‘When to show it’ counts on an answer the other question no longer has: tick that question’s answers again.",
        "‘Cuándo mostrarla’ cuenta con una respuesta que la otra pregunta ya no tiene: vuelve a marcar las respuestas de esa pregunta.",
        "‘Când să apară’ se bazează pe un răspuns pe care cealaltă întrebare nu-l mai are: bifează din nou răspunsurile acelei întrebări.",
        "‘Hvornår det vises’ regner med et svar, som det andet spørgsmål ikke har længere: sæt flueben ved det spørgsmåls svar igen.",
    ],
    EditorLintComparedWithNothing => [
        "A comparison has nothing to compare with: give it a number, or choose your profile’s setting.",
        "Una comparación no tiene con qué comparar: dale un número o elige el valor de tu perfil.",
        "O comparație nu are cu ce compara: dă-i un număr sau alege valoarea din profilul tău.",
        "En sammenligning har intet at sammenligne med: giv den et tal, eller vælg værdien i din profil.",
    ],
    EditorLintShownWrongTest => [
        "‘When to show it’ tests another question in a way its kind of answer cannot be tested: choose again what it depends on.",
        "‘Cuándo mostrarla’ pone a prueba otra pregunta de una forma que su tipo de respuesta no admite: vuelve a elegir de qué depende.",
        "‘Când să apară’ verifică altă întrebare într-un fel care nu se potrivește tipului ei de răspuns: alege din nou de ce depinde.",
        "‘Hvornår det vises’ tester et andet spørgsmål på en måde, som dets slags svar ikke kan testes på: vælg igen, hvad det afhænger af.",
    ],
    EditorLintShownNoAnswers => [
        "‘When to show it’ lists no answers, so it never shows: tick at least one answer, or choose Always.",
        "‘Cuándo mostrarla’ no incluye ninguna respuesta, así que nunca se muestra: marca al menos una respuesta o elige Siempre.",
        "‘Când să apară’ nu cuprinde niciun răspuns, deci nu apare niciodată: bifează cel puțin un răspuns sau alege Întotdeauna.",
        "‘Hvornår det vises’ nævner ingen svar, så det vises aldrig: sæt flueben ved mindst ét svar, eller vælg Altid.",
    ],
    EditorLintShownCycle => [
        "Whether this is shown depends, through other questions, on itself, so it can never be decided: change ‘When to show it’ here or on a question it depends on.",
        "Que esto se muestre depende, a través de otras preguntas, de sí mismo, así que nunca se puede decidir: cambia ‘Cuándo mostrarla’ aquí o en una pregunta de la que dependa.",
        "Dacă apare sau nu depinde, prin alte întrebări, chiar de el, deci nu se poate decide niciodată: schimbă ‘Când să apară’ aici sau la o întrebare de care depinde.",
        "Om det vises, afhænger gennem andre spørgsmål af det selv, så det kan aldrig afgøres: ret ‘Hvornår det vises’ her eller på et spørgsmål, det afhænger af.",
    ],
    EditorLintShownTooDeep => [
        "Whether this is shown hangs on a chain of more than {max} other conditions: let it depend on fewer questions in a row.",
        "Que esto se muestre depende de una cadena de más de {max} condiciones: haz que dependa de menos preguntas encadenadas.",
        "Dacă apare sau nu depinde de un lanț de peste {max} de condiții: fă-l să depindă de mai puține întrebări înlănțuite.",
        "Om det vises, hænger på en kæde af mere end {max} andre betingelser: lad det afhænge af færre spørgsmål i træk.",
    ],
    EditorLintPointsToMissingDimension => [
        "Some of its answers give points to a dimension that is no longer there: add it again under Dimensions and weights, with the same id.",
        "Algunas de sus respuestas dan puntos a una dimensión que ya no existe: vuelve a añadirla en Dimensiones y pesos, con el mismo id.",
        "Unele dintre răspunsuri dau puncte unei dimensiuni care nu mai există: adaug-o din nou la Dimensiuni și ponderi, cu același id.",
        "Nogle af svarene giver point til en dimension, der ikke findes længere: tilføj den igen under Dimensioner og vægte med samme id.",
    ],
    EditorLintDimensionUnused => [
        "No answer gives points to ‘{dimension}’, so it never has a score: give it points under some answers, or delete it.",
        "Ninguna respuesta da puntos a ‘{dimension}’, así que nunca tiene puntuación: dale puntos en algunas respuestas o elimínala.",
        "Niciun răspuns nu dă puncte pentru ‘{dimension}’, deci nu are niciodată un scor: dă-i puncte la câteva răspunsuri sau șterge-o.",
        "Intet svar giver point til ‘{dimension}’, så den får aldrig en score: giv den point under nogle svar, eller slet den.",
    ],
    EditorLintWeightOutOfRange => [
        "Its weight must be a number from 0 to 10: change it.",
        "Su peso debe ser un número de 0 a 10: cámbialo.",
        "Ponderea trebuie să fie un număr de la 0 la 10: schimb-o.",
        "Vægten skal være et tal fra 0 til 10: ret den.",
    ],
    EditorLintPointsOutOfRange => [
        "An answer gives points outside −10 to 10: keep each of its points between −10 and 10.",
        "Una respuesta da puntos fuera del rango de −10 a 10: deja cada puntuación entre −10 y 10.",
        "Un răspuns dă puncte în afara intervalului de la −10 la 10: păstrează fiecare punctaj între −10 și 10.",
        "Et svar giver point uden for −10 til 10: hold hvert point mellem −10 og 10.",
    ],
    EditorLintTierScoreOutOfRange => [
        "Its scores must be from 0 to 100: change ‘From score’ or ‘Up to score’.",
        "Sus puntuaciones deben ir de 0 a 100: cambia ‘Desde la puntuación’ o ‘Hasta la puntuación’.",
        "Scorurile lui trebuie să fie între 0 și 100: schimbă ‘De la scorul’ sau ‘Până la scorul’.",
        "Dens scorer skal være fra 0 til 100: ret ‘Fra score’ eller ‘Op til score’.",
    ],
    EditorLintTextEmpty => [
        "‘{field}’ is empty in {language}: every text needs words in the questionnaire’s main language, so write it.",
        "‘{field}’ está vacío en {language}: todos los textos necesitan palabras en el idioma principal del cuestionario, así que escríbelo.",
        "‘{field}’ e gol în {language}: fiecare text are nevoie de cuvinte în limba principală a chestionarului, așa că scrie-l.",
        "‘{field}’ er tomt på {language}: alle tekster skal have ord på spørgeskemaets hovedsprog, så skriv det.",
    ],
    EditorLintTextEmptyHere => [
        "A text here is empty in {language}: every text needs words in the questionnaire’s main language, so write it.",
        "Un texto de aquí está vacío en {language}: todos los textos necesitan palabras en el idioma principal del cuestionario, así que escríbelo.",
        "Un text de aici e gol în {language}: fiecare text are nevoie de cuvinte în limba principală a chestionarului, așa că scrie-l.",
        "En tekst her er tom på {language}: alle tekster skal have ord på spørgeskemaets hovedsprog, så skriv den.",
    ],
    EditorLintMainLanguageMissing => [
        "Some texts are empty in {language}, the questionnaire’s main language, where every text needs words: write in {language} and fill in the empty fields.",
        "Algunos textos están vacíos en {language}, el idioma principal del cuestionario, en el que todos los textos necesitan palabras: escribe en {language} y rellena los campos vacíos.",
        "Unele texte sunt goale în {language}, limba principală a chestionarului, în care fiecare text are nevoie de cuvinte: scrie în {language} și completează câmpurile goale.",
        "Nogle tekster er tomme på {language}, spørgeskemaets hovedsprog, hvor alle tekster skal have ord: skriv på {language}, og udfyld de tomme felter.",
    ],
    EditorLintLanguageIncomplete => [
        "Some texts are not in {language} yet and show in the main language instead: choose {language} as the language you are writing in, and fill in the fields marked missing.",
        "Algunos textos todavía no están en {language} y se muestran en el idioma principal: elige {language} como idioma en el que escribes y completa los campos marcados como pendientes.",
        "Unele texte nu sunt încă în {language} și apar în limba principală: alege {language} ca limbă în care scrii și completează câmpurile marcate că lipsesc.",
        "Nogle tekster findes endnu ikke på {language} og vises på hovedsproget i stedet: vælg {language} som det sprog, du skriver på, og udfyld de felter, der er markeret som manglende.",
    ],
    EditorLintTiersOverlap => [
        "‘{first}’ and ‘{second}’ both cover scores from {from} to {to}: change a ‘From score’ or an ‘Up to score’ so they only meet.",
        "‘{first}’ y ‘{second}’ cubren ambos las puntuaciones de {from} a {to}: cambia un ‘Desde la puntuación’ o un ‘Hasta la puntuación’ para que solo se toquen.",
        "‘{first}’ și ‘{second}’ acoperă amândouă scorurile de la {from} la {to}: schimbă un ‘De la scorul’ sau un ‘Până la scorul’ ca doar să se atingă.",
        "‘{first}’ og ‘{second}’ dækker begge scorer fra {from} til {to}: ret en ‘Fra score’ eller en ‘Op til score’, så de kun mødes.",
    ],
    EditorLintTiersGap => [
        "Scores from {from} to {to} have no verdict: move the ‘Up to score’ of ‘{first}’ or the ‘From score’ of ‘{second}’ so they meet.",
        "Las puntuaciones de {from} a {to} no tienen veredicto: mueve el ‘Hasta la puntuación’ de ‘{first}’ o el ‘Desde la puntuación’ de ‘{second}’ para que se toquen.",
        "Scorurile de la {from} la {to} nu au niciun verdict: mută ‘Până la scorul’ la ‘{first}’ sau ‘De la scorul’ la ‘{second}’ ca să se întâlnească.",
        "Scorer fra {from} til {to} har ingen vurdering: flyt ‘Op til score’ for ‘{first}’ eller ‘Fra score’ for ‘{second}’, så de mødes.",
    ],
    EditorLintTiersGapBelow => [
        "Scores from 0 to {to} have no verdict: the lowest verdict, ‘{tier}’, must start at 0.",
        "Las puntuaciones de 0 a {to} no tienen veredicto: el veredicto más bajo, ‘{tier}’, debe empezar en 0.",
        "Scorurile de la 0 la {to} nu au niciun verdict: verdictul cel mai de jos, ‘{tier}’, trebuie să înceapă de la 0.",
        "Scorer fra 0 til {to} har ingen vurdering: den laveste vurdering, ‘{tier}’, skal starte ved 0.",
    ],
    EditorLintTiersGapAbove => [
        "Scores from {from} to 100 have no verdict: the highest verdict, ‘{tier}’, must go up to 100.",
        "Las puntuaciones de {from} a 100 no tienen veredicto: el veredicto más alto, ‘{tier}’, debe llegar hasta 100.",
        "Scorurile de la {from} la 100 nu au niciun verdict: verdictul cel mai de sus, ‘{tier}’, trebuie să ajungă până la 100.",
        "Scorer fra {from} til 100 har ingen vurdering: den højeste vurdering, ‘{tier}’, skal gå op til 100.",
    ],
    EditorLintTierEmptyRange => [
        "No score can fall in it: its ‘From score’ ({min}) must be below its ‘Up to score’ ({max}).",
        "Ninguna puntuación puede caer en él: su ‘Desde la puntuación’ ({min}) debe ser menor que su ‘Hasta la puntuación’ ({max}).",
        "Niciun scor nu poate intra în el: ‘De la scorul’ ({min}) trebuie să fie sub ‘Până la scorul’ ({max}).",
        "Ingen score kan lande i den: dens ‘Fra score’ ({min}) skal være under dens ‘Op til score’ ({max}).",
    ],
    EditorLintTierNothingScored => [
        "No answer gives points to a dimension that counts (one with a weight above 0), so no score can reach this verdict: give some answers points.",
        "Ninguna respuesta da puntos a una dimensión que cuente (con un peso mayor que 0), así que ninguna puntuación llega a este veredicto: da puntos a algunas respuestas.",
        "Niciun răspuns nu dă puncte unei dimensiuni care contează (cu o pondere peste 0), deci niciun scor nu ajunge la acest verdict: dă puncte unor răspunsuri.",
        "Intet svar giver point til en dimension, der tæller (med en vægt over 0), så ingen score kan nå denne vurdering: giv nogle svar point.",
    ],
    EditorLintAnswerRaisesMissingSign => [
        "An answer raises a warning sign that is no longer there: add the sign again under Warning signs, with the same id.",
        "Una respuesta activa una señal de alarma que ya no existe: vuelve a añadirla en Señales de alarma, con el mismo id.",
        "Un răspuns ridică un semnal de alarmă care nu mai există: adaugă-l din nou la Semnale de alarmă, cu același id.",
        "Et svar udløser et advarselstegn, der ikke findes længere: tilføj det igen under Advarselstegn med samme id.",
    ],
    EditorLintBackedByMissingSign => [
        "A warning sign that backs a bad first impression is no longer there: tick the signs that back it again.",
        "Una señal de alarma que respalda una mala primera impresión ya no existe: vuelve a marcar las señales que la respaldan.",
        "Un semnal de alarmă care susține o primă impresie proastă nu mai există: bifează din nou semnalele care o susțin.",
        "Et advarselstegn, der bakker et dårligt førstehåndsindtryk op, findes ikke længere: sæt flueben ved de tegn, der bakker det op, igen.",
    ],
    EditorLintSignNeverRaised => [
        "No answer raises ‘{sign}’, so it never shows: tick it under the answers that should raise it, or delete it.",
        "Ninguna respuesta activa ‘{sign}’, así que nunca se muestra: márcala bajo las respuestas que deban activarla o elimínala.",
        "Niciun răspuns nu ridică ‘{sign}’, deci nu apare niciodată: bifează-l sub răspunsurile care ar trebui să-l ridice sau șterge-l.",
        "Intet svar udløser ‘{sign}’, så det vises aldrig: sæt flueben ved det under de svar, der skal udløse det, eller slet det.",
    ],
    EditorLintSignRecommendsMissing => [
        "It recommends a safeguard that is no longer there: add the safeguard again under Safeguards, with the same id.",
        "Recomienda una salvaguarda que ya no existe: vuelve a añadirla en Salvaguardas, con el mismo id.",
        "Recomandă o măsură de protecție care nu mai există: adaug-o din nou la Măsuri de protecție, cu același id.",
        "Det anbefaler en foranstaltning, der ikke findes længere: tilføj den igen under Sikkerhedsforanstaltninger med samme id.",
    ],
    EditorLintSafeguardUnused => [
        "No warning sign recommends ‘{safeguard}’, so it never shows: tick it under a warning sign’s ‘Safeguards it recommends’, or delete it.",
        "Ninguna señal de alarma recomienda ‘{safeguard}’, así que nunca se muestra: márcala en ‘Salvaguardas que recomienda’ de alguna señal de alarma o elimínala.",
        "Niciun semnal de alarmă nu recomandă ‘{safeguard}’, deci nu apare niciodată: bifeaz-o la ‘Măsuri de protecție pe care le recomandă’ la un semnal de alarmă sau șterge-o.",
        "Intet advarselstegn anbefaler ‘{safeguard}’, så den vises aldrig: sæt flueben ved den under ‘Foranstaltninger, det anbefaler’ på et advarselstegn, eller slet den.",
    ],
    EditorLintTierOffersMissingLetter => [
        "It offers a letter that is no longer there: add the letter again under Letters, with the same id.",
        "Ofrece una carta que ya no existe: vuelve a añadirla en Cartas, con el mismo id.",
        "Oferă o scrisoare care nu mai există: adaug-o din nou la Scrisori, cu același id.",
        "Den tilbyder et brev, der ikke findes længere: tilføj brevet igen under Breve med samme id.",
    ],
    EditorLintSignCapsAtMissing => [
        "Its ‘Best verdict a client with it can get’ is a verdict that is no longer there: choose it again.",
        "Su ‘Mejor veredicto que puede obtener un cliente con ella’ es un veredicto que ya no existe: vuelve a elegirlo.",
        "‘Cel mai bun verdict pe care îl poate primi un client cu ea’ este un verdict care nu mai există: alege-l din nou.",
        "Dets ‘Bedste vurdering, en kunde med det kan få’ er en vurdering, der ikke findes længere: vælg den igen.",
    ],
    EditorLintBackedVerdictMissing => [
        "‘The verdict when a sign backs it’ is a verdict that is no longer there: choose it again.",
        "‘El veredicto cuando una señal la respalda’ es un veredicto que ya no existe: vuelve a elegirlo.",
        "‘Verdictul când un semnal o susține’ este un verdict care nu mai există: alege-l din nou.",
        "‘Vurderingen, når et tegn bakker det op’ er en vurdering, der ikke findes længere: vælg den igen.",
    ],
    EditorLintNoEffect => [
        "No answer to this question gives points or raises a warning sign: give its answers an effect, or make it ‘A note, not scored’.",
        "Ninguna respuesta a esta pregunta da puntos ni activa una señal de alarma: dale un efecto a sus respuestas o conviértela en ‘Una nota, sin puntuar’.",
        "Niciun răspuns la această întrebare nu dă puncte și nu ridică un semnal de alarmă: dă-le răspunsurilor un efect sau transform-o în ‘O notă, fără punctaj’.",
        "Intet svar på dette spørgsmål giver point eller udløser et advarselstegn: giv svarene en virkning, eller gør det til ‘En note uden point’.",
    ],
    EditorLintFlaggedScoresHigher => [
        "An answer that raises a warning sign gives more points than one that raises none: lower its points, as a warning sign should never raise the score.",
        "Una respuesta que activa una señal de alarma da más puntos que una que no activa ninguna: bájale los puntos, porque una señal de alarma nunca debería subir la puntuación.",
        "Un răspuns care ridică un semnal de alarmă dă mai multe puncte decât unul care nu ridică niciunul: scade-i punctele, fiindcă un semnal de alarmă n-ar trebui să crească niciodată scorul.",
        "Et svar, der udløser et advarselstegn, giver flere point end et, der ikke udløser nogen: sænk dets point, for et advarselstegn bør aldrig hæve scoren.",
    ],
    EditorLintImpressionOnIntake => [
        "The prospect answers an intake and records no first impression, so these rules never apply: turn them off, or change who answers it.",
        "El posible cliente responde el cuestionario inicial y no registra ninguna primera impresión, así que estas reglas nunca se aplican: desactívalas o cambia quién lo responde.",
        "Potențialul client completează chestionarul inițial și nu înregistrează nicio primă impresie, deci aceste reguli nu se aplică niciodată: dezactivează-le sau schimbă cine îl completează.",
        "Den mulige kunde besvarer et indledende spørgeskema og registrerer intet førstehåndsindtryk, så disse regler gælder aldrig: slå dem fra, eller skift, hvem der svarer på det.",
    ],
    EditorLintBackedVerdictUnbacked => [
        "A verdict is set for when a sign backs a bad first impression, but no warning sign is ticked to back it: tick one, or it never applies.",
        "Hay un veredicto para cuando una señal respalda una mala primera impresión, pero no hay ninguna señal de alarma marcada que la respalde: marca una o nunca se aplicará.",
        "Există un verdict pentru când un semnal susține o primă impresie proastă, dar niciun semnal de alarmă nu e bifat s-o susțină: bifează unul, altfel nu se aplică niciodată.",
        "Der er valgt en vurdering til, når et tegn bakker et dårligt førstehåndsindtryk op, men der er ikke sat flueben ved noget advarselstegn, der kan bakke det op: sæt flueben ved et, ellers gælder det aldrig.",
    ],
    EditorLintUnbackedDropTooFar => [
        "With nothing backing it, a bad first impression can move the verdict down one step at most: choose again under ‘With nothing backing it yet’.",
        "Sin nada que la respalde, una mala primera impresión puede bajar el veredicto un escalón como mucho: vuelve a elegir en ‘Mientras nada la respalde’.",
        "Fără nimic care s-o susțină, o primă impresie proastă poate coborî verdictul cu cel mult o treaptă: alege din nou la ‘Cât timp nimic n-o susține’.",
        "Uden noget, der bakker det op, kan et dårligt førstehåndsindtryk højst trække vurderingen et trin ned: vælg igen under ‘Så længe intet bakker det op’.",
    ],
    EditorLintConfidenceShares => [
        "How much must be known is a share from 0 to 100 %: correct both numbers.",
        "Lo que hay que saber es una proporción de 0 a 100 %: corrige los dos números.",
        "Cât trebuie să știi e o proporție de la 0 la 100 %: corectează ambele numere.",
        "Hvor meget der skal vides, er en andel fra 0 til 100 %: ret begge tal.",
    ],
    EditorLintConfidenceOrder => [
        "A verdict is given before it can be called firm, so the first share must not be above the second: lower the first or raise the second.",
        "Un veredicto se da antes de poder considerarlo firme, así que la primera proporción no puede ser mayor que la segunda: baja la primera o sube la segunda.",
        "Un verdict se dă înainte să poată fi considerat ferm, deci prima proporție nu poate fi mai mare decât a doua: scade-o pe prima sau crește-o pe a doua.",
        "En vurdering gives, før den kan regnes for sikker, så den første andel må ikke være større end den anden: sænk den første, eller hæv den anden.",
    ],
    EditorLintSomethingWrong => [
        "Something here needs fixing before the questionnaire can be used: check this part’s fields.",
        "Algo de aquí hay que corregirlo antes de poder usar el cuestionario: revisa los campos de esta parte.",
        "Ceva de aici trebuie corectat înainte ca chestionarul să poată fi folosit: verifică câmpurile acestei părți.",
        "Noget her skal rettes, før spørgeskemaet kan bruges: tjek felterne i denne del.",
    ],
    EditorLintSomethingOdd => [
        "Something here may not be what you meant: check this part’s fields.",
        "Puede que algo de aquí no sea lo que querías: revisa los campos de esta parte.",
        "Ceva de aici s-ar putea să nu fie ce voiai: verifică câmpurile acestei părți.",
        "Noget her er måske ikke, som du mente det: tjek felterne i denne del.",
    ],
    EditorRuleN => ["rule {n}", "la regla {n}", "regula {n}", "regel {n}"],
}

/// The place in `LANGUAGES` of the best of our languages for `language` (its first two
/// letters, any case); English's (0) for a language we do not speak.
fn language_index(language: &str) -> usize {
    LANGUAGES
        .iter()
        .position(|l| language.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(l)))
        .unwrap_or(0)
}

/// The interface text for `key` in the best of our languages for `language` (its first two
/// letters, any case); English for a language we do not speak, and, in a build without
/// `all-ui-languages`, for one whose table is not installed (yet).
pub fn ui(language: &str, key: Ui) -> &'static str {
    let index = language_index(language);
    #[cfg(feature = "all-ui-languages")]
    {
        key.all_languages()[index]
    }
    #[cfg(not(feature = "all-ui-languages"))]
    {
        INSTALLED[index]
            .get()
            .and_then(|table| table.get(key as usize))
            .map_or(key.english(), String::as_str)
    }
}

/// The tables installed from files, by the place of their language in `LANGUAGES` (English's
/// stays empty: it is compiled in). The wasm is single-threaded; `OnceLock` is simply the
/// standard library's way to fill a `static` once.
#[cfg(not(feature = "all-ui-languages"))]
static INSTALLED: [std::sync::OnceLock<Vec<String>>; 4] = [const { std::sync::OnceLock::new() }; 4];

/// A table file: one language's texts of the prospect's keys, in the order of [`Ui::PROSPECT`]
/// (the consultant's are never shown by a build that installs tables), with the fingerprint
/// of the keys it was written for.
#[derive(serde::Serialize, serde::Deserialize)]
struct TableFile {
    /// [`fingerprint`] of the build that wrote it.
    fingerprint: u32,
    /// The language's code.
    language: String,
    /// One text per key.
    texts: Vec<String>,
}

/// Why a table file was not installed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    /// Not a table file at all.
    #[error("not a table of interface text")]
    Unreadable,
    /// Written by another version of Client Fit (its keys differ from this build's), or for
    /// another language than asked.
    #[error("interface text written for another version or language")]
    Mismatch,
}

/// A fingerprint of this build's keys (the prospect's English texts and the consultant's
/// keys' names, FNV-1a: the same with or without `consultant-words`), so a table file written
/// by another version (a stale cache, a CDN's older copy) is refused rather than shown with
/// every text in the wrong place.
pub fn fingerprint() -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for key in Ui::ALL {
        for byte in key.marked().bytes().chain([0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// Whether a build must fetch and [`install`] `language`'s table before it speaks it: never
/// for English or a language we do not speak, nor with `all-ui-languages`.
pub fn needs_table(language: &str) -> bool {
    let index = language_index(language);
    #[cfg(feature = "all-ui-languages")]
    let compiled = true;
    #[cfg(not(feature = "all-ui-languages"))]
    let compiled = INSTALLED[index].get().is_some();
    index != 0 && !compiled
}

/// Installs `language`'s table from a file [`table_file`] wrote, checked against this build's
/// keys. With `all-ui-languages` there is nothing to install: the file is only checked.
///
/// # Errors
///
/// [`TableError::Unreadable`] for a file that is not a table; [`TableError::Mismatch`] for one
/// written for other keys or another language, or with an empty text.
pub fn install(language: &str, file: &str) -> Result<(), TableError> {
    let table: TableFile = serde_json::from_str(file).map_err(|_| TableError::Unreadable)?;
    let index = language_index(language);
    let fits = table.fingerprint == fingerprint()
        && table.texts.len() == Ui::PROSPECT.len()
        && LANGUAGES[index].eq_ignore_ascii_case(&table.language)
        && table.texts.iter().all(|text| !text.trim().is_empty());
    if !fits {
        return Err(TableError::Mismatch);
    }
    #[cfg(not(feature = "all-ui-languages"))]
    if index != 0 {
        // A second install of the same language (two widgets) keeps the first: same file.
        let _ = INSTALLED[index].set(table.texts);
    }
    Ok(())
}

/// Where `language`'s table file is, under the widget's folder: `ui/<language>.json`.
pub fn table_path(language: &str) -> String {
    format!("ui/{}.json", LANGUAGES[language_index(language)])
}

/// The table file of `language`, for a build without `all-ui-languages` to [`install`]:
/// written by `client-fit-content` into the widget's folder (`ui/<language>.json`).
#[cfg(feature = "all-ui-languages")]
pub fn table_file(language: &str) -> String {
    let index = language_index(language);
    let file = TableFile {
        fingerprint: fingerprint(),
        language: LANGUAGES[index].to_owned(),
        texts: Ui::PROSPECT
            .iter()
            .map(|key| key.all_languages()[index].to_owned())
            .collect(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// The interface text with `{name}` placeholders filled in from `(name, value)` pairs; a
/// placeholder without a value stays as it is.
pub fn ui_fill(language: &str, key: Ui, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(ui(language, key).to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(all(test, feature = "all-ui-languages"))]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_written_in_every_language() {
        for key in Ui::ALL {
            for (lang, text) in LANGUAGES.iter().zip(key.all_languages()) {
                assert!(!text.trim().is_empty(), "{key:?} has no {lang} text");
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        let names = |text: &str| {
            let mut names: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            names.sort();
            names
        };
        for key in Ui::ALL {
            let [en, rest @ ..] = key.all_languages();
            for text in rest {
                assert_eq!(names(en), names(text), "{key:?}: {text}");
            }
        }
    }

    #[test]
    fn picks_by_primary_language_and_falls_back_to_english() {
        assert_eq!(ui("da-DK", Ui::Next), "Næste");
        assert_eq!(ui("ES", Ui::Back), "Atrás");
        assert_eq!(ui("fr", Ui::Next), "Next");
        assert_eq!(ui("", Ui::Next), "Next");
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            ui_fill("en", Ui::SectionOf, &[("n", "2"), ("m", "5")]),
            "Section 2 of 5"
        );
    }

    #[test]
    fn a_table_file_installs_and_gives_the_language_its_keys() {
        let spanish = table_file("es");
        assert!(spanish.contains("Atrás"));
        assert_eq!(install("es", &spanish), Ok(()));
        assert_eq!(install("ro", &spanish), Err(TableError::Mismatch));
        let stale = spanish.replacen(&fingerprint().to_string(), "7", 1);
        assert_eq!(install("es", &stale), Err(TableError::Mismatch));
        assert_eq!(install("es", "<html>"), Err(TableError::Unreadable));
        assert!(!needs_table("es") && !needs_table("en"));
    }
}
