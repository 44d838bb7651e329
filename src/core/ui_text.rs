//! The interface's own words in every language Client Fit speaks. Each entry lists all four
//! languages, so a missing translation does not compile. Pure: no browser imports.

use super::text::LANGUAGES;

macro_rules! ui_texts {
    ($($key:ident => [$en:expr, $es:expr, $ro:expr, $da:expr $(,)?]),* $(,)?) => {
        /// A piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Ui { $($key),* }

        impl Ui {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Ui] = &[$(Ui::$key),*];

            /// The text in en, es, ro and da, in the order of `LANGUAGES`.
            pub const fn all_languages(self) -> [&'static str; 4] {
                match self { $(Ui::$key => [$en, $es, $ro, $da]),* }
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
    ThanksTitle => ["Thank you", "Gracias", "Mulțumim", "Tak"],
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
        "Cum arată după răspunsurile tale",
        "Sådan ser det ud ud fra dine svar",
    ],
    HandOverTitle => ["Send them on", "Envíalas", "Trimite-le mai departe", "Send dem videre"],
    HandOverNote => [
        "Nothing has been sent yet: your answers are only on this device. Download them as a file or open an email with them, and send it yourself.",
        "Todavía no se ha enviado nada: tus respuestas solo están en este dispositivo. Descárgalas como archivo o abre un correo con ellas y envíalo tú.",
        "Nu s-a trimis încă nimic: răspunsurile tale sunt doar pe acest dispozitiv. Descarcă-le ca fișier sau deschide un e-mail cu ele și trimite-l tu.",
        "Intet er sendt endnu: dine svar findes kun på denne enhed. Hent dem som en fil, eller åbn en e-mail med dem, og send den selv.",
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
        "Para abrir estas respuestas en Client Fit, pega este correo (o solo el código de abajo) en su página Historial:",
        "Ca să deschizi aceste răspunsuri în Client Fit, lipește acest e-mail (sau doar codul de mai jos) pe pagina Istoric:",
        "For at åbne disse svar i Client Fit skal du indsætte denne e-mail (eller kun koden nedenfor) på siden Historik:",
    ],
    PasteCode => [
        "Paste a prospect's email or code",
        "Pega el correo o el código de un posible cliente",
        "Lipește e-mailul sau codul unui potențial client",
        "Indsæt et emnes e-mail eller kode",
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
        "Hvad emnet selv sagde",
    ],
    ProspectIntakeFrom => [
        "Their own intake, {date}: {verdict}",
        "Su propio cuestionario, {date}: {verdict}",
        "Propriul lor chestionar, {date}: {verdict}",
        "Deres eget spørgeskema, {date}: {verdict}",
    ],
    OpenTheirIntake => ["Open their intake", "Abrir su cuestionario", "Deschide chestionarul lor", "Åbn deres spørgeskema"],
    AppName => ["Client Fit", "Client Fit", "Client Fit", "Client Fit"],
    Tagline => [
        "Screen a client before you say yes.",
        "Evalúa a un cliente antes de decir que sí.",
        "Evaluează un client înainte să spui da.",
        "Tjek en kunde, før du siger ja.",
    ],
    PrivacyNote => [
        "Everything stays on this device. Nothing is sent anywhere.",
        "Todo se queda en este dispositivo. No se envía nada a ningún sitio.",
        "Totul rămâne pe acest dispozitiv. Nu se trimite nimic nicăieri.",
        "Alt bliver på denne enhed. Intet sendes nogen steder hen.",
    ],
    Language => ["Language", "Idioma", "Limba", "Sprog"],
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
        "Kundens eller emnets navn (valgfrit)",
    ],
    Begin => ["Begin", "Empezar", "Începe", "Start"],
    BlinkTitle => ["First impression", "Primera impresión", "Prima impresie", "Førstehåndsindtryk"],
    BlinkQuestion => [
        "Before any question: what does your gut say about this client?",
        "Antes de cualquier pregunta: ¿qué te dice tu instinto sobre este cliente?",
        "Înainte de orice întrebare: ce îți spune instinctul despre acest client?",
        "Før alle spørgsmål: hvad siger din mavefornemmelse om denne kunde?",
    ],
    BlinkHelp => [
        "Answer in a second. Your first feeling is often right, and we compare it with the analysis at the end.",
        "Responde en un segundo. La primera sensación suele acertar; al final la comparamos con el análisis.",
        "Răspunde într-o secundă. Prima senzație are adesea dreptate; la final o comparăm cu analiza.",
        "Svar på et sekund. Den første fornemmelse rammer ofte rigtigt, og til sidst sammenligner vi den med analysen.",
    ],
    ImpressionGood => ["Good", "Buena", "Bună", "God"],
    ImpressionUnsure => ["Unsure", "No estoy seguro", "Nesigură", "Usikker"],
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
    PercentAnswered => [
        "{p}% answered",
        "{p}% respondido",
        "{p}% completat",
        "{p}% besvaret",
    ],
    DontKnow => ["I don't know yet", "Aún no lo sé", "Încă nu știu", "Det ved jeg ikke endnu"],
    Yes => ["Yes", "Sí", "Da", "Ja"],
    No => ["No", "No", "Nu", "Nej"],
    NotSure => ["Not sure", "No estoy seguro", "Nu sunt sigur", "Ved ikke"],
    ReviewTitle => ["Review", "Revisión", "Verificare", "Gennemgang"],
    ReviewAllAnswered => [
        "Every question has an answer.",
        "Todas las preguntas tienen respuesta.",
        "Toate întrebările au un răspuns.",
        "Alle spørgsmål er besvaret.",
    ],
    ReviewUnanswered => [
        "These questions have no answer yet. You can see the result anyway; they will count as unknown.",
        "Estas preguntas aún no tienen respuesta. Puedes ver el resultado igualmente; contarán como desconocidas.",
        "Aceste întrebări nu au încă răspuns. Poți vedea rezultatul oricum; vor conta ca necunoscute.",
        "Disse spørgsmål mangler svar. Du kan se resultatet alligevel; de tæller som ukendte.",
    ],
    SeeResult => ["See the result", "Ver el resultado", "Vezi rezultatul", "Se resultatet"],
    StartOver => ["Start over", "Empezar de nuevo", "Ia-o de la capăt", "Start forfra"],
    StartOverConfirm => [
        "Discard every answer of this assessment and start over?",
        "¿Descartar todas las respuestas de esta evaluación y empezar de nuevo?",
        "Renunți la toate răspunsurile acestei evaluări și o iei de la capăt?",
        "Kassér alle svar i denne vurdering og start forfra?",
    ],
    Discard => ["Discard and start over", "Descartar y empezar de nuevo", "Renunță și ia-o de la capăt", "Kassér og start forfra"],
    Cancel => ["Cancel", "Cancelar", "Anulează", "Annullér"],
    ResultTitle => ["Result", "Resultado", "Rezultat", "Resultat"],
    ResultFor => ["Result for {name}", "Resultado para {name}", "Rezultat pentru {name}", "Resultat for {name}"],
    NotEnoughAnswers => [
        "Not enough answers for a verdict yet.",
        "Aún no hay respuestas suficientes para un veredicto.",
        "Nu sunt încă destule răspunsuri pentru un verdict.",
        "Der er endnu ikke svar nok til en vurdering.",
    ],
    DealBreakers => ["Deal-breakers", "Motivos de descarte", "Motive de refuz", "Afgørende stopklodser"],
    DealBreakersNote => [
        "Any one of these decides the verdict, whatever the score.",
        "Cualquiera de estos decide el veredicto, sea cual sea la puntuación.",
        "Oricare dintre acestea decide verdictul, indiferent de scor.",
        "Hver af disse afgør vurderingen, uanset scoren.",
    ],
    CausedBy => ["Because you answered: {answer}", "Porque respondiste: {answer}", "Pentru că ai răspuns: {answer}", "Fordi du svarede: {answer}"],
    OverallScore => ["Overall score", "Puntuación global", "Scor general", "Samlet score"],
    Scores => ["Scores", "Puntuaciones", "Scoruri", "Scorer"],
    Confidence => [
        "Confidence: {p}% of what matters is answered",
        "Confianza: está respondido el {p}% de lo importante",
        "Încredere: {p}% din ce contează are răspuns",
        "Sikkerhed: {p}% af det vigtige er besvaret",
    ],
    FindOutNext => ["Find out next", "Averigua a continuación", "Află în continuare", "Find ud af næste gang"],
    WarningSigns => ["Warning signs", "Señales de alarma", "Semnale de alarmă", "Advarselstegn"],
    NoWarningSigns => [
        "No warning signs were raised.",
        "No ha aparecido ninguna señal de alarma.",
        "Nu a apărut niciun semnal de alarmă.",
        "Der er ingen advarselstegn.",
    ],
    SeverityNote => ["Note", "Nota", "Notă", "Bemærkning"],
    SeverityCaution => ["Caution", "Precaución", "Atenție", "Forsigtig"],
    SeveritySerious => ["Serious", "Grave", "Grav", "Alvorlig"],
    SeverityDealBreaker => ["Deal-breaker", "Motivo de descarte", "Motiv de refuz", "Stopklods"],
    GutVersusAnalysis => ["Gut versus analysis", "Instinto frente a análisis", "Instinct versus analiză", "Mavefornemmelse mod analyse"],
    GutAgrees => [
        "Your first impression and the analysis agree.",
        "Tu primera impresión y el análisis coinciden.",
        "Prima impresie și analiza sunt de acord.",
        "Dit første indtryk og analysen er enige.",
    ],
    GutDarker => [
        "Your gut is more worried than the answers. Check these answers against what you saw:",
        "Tu instinto está más preocupado que las respuestas. Contrasta estas respuestas con lo que viste:",
        "Instinctul tău e mai îngrijorat decât răspunsurile. Verifică aceste răspunsuri cu ce ai văzut:",
        "Din mavefornemmelse er mere bekymret end svarene. Hold disse svar op mod det, du så:",
    ],
    GutBrighter => [
        "Your gut is more hopeful than the answers. These answers weigh against it:",
        "Tu instinto es más optimista que las respuestas. Estas respuestas pesan en contra:",
        "Instinctul tău e mai optimist decât răspunsurile. Aceste răspunsuri atârnă împotrivă:",
        "Din mavefornemmelse er mere optimistisk end svarene. Disse svar trækker den anden vej:",
    ],
    WhatWouldChange => ["What would change the verdict", "Qué cambiaría el veredicto", "Ce ar schimba verdictul", "Hvad der ville ændre vurderingen"],
    ChangeUp => ["One tier better if:", "Un nivel mejor si:", "Cu o treaptă mai bine dacă:", "Et trin bedre, hvis:"],
    ChangeDown => ["One tier worse if:", "Un nivel peor si:", "Cu o treaptă mai rău dacă:", "Et trin dårligere, hvis:"],
    ChangeLine => ["“{question}” were “{answer}”", "«{question}» fuera «{answer}»", "„{question}” ar fi „{answer}”", "»{question}« var »{answer}«"],
    Safeguards => ["Safeguards", "Salvaguardas", "Măsuri de protecție", "Sikkerhedsforanstaltninger"],
    Letters => ["Letters", "Cartas", "Scrisori", "Breve"],
    Copy => ["Copy", "Copiar", "Copiază", "Kopiér"],
    Copied => ["Copied", "Copiado", "Copiat", "Kopieret"],
    ErrorTitle => ["Something went wrong", "Algo ha fallado", "Ceva nu a mers", "Noget gik galt"],
    ErrorBody => [
        "Client Fit hit an internal error. Your answers are safe: download them below, then reload the page.",
        "Client Fit ha tenido un error interno. Tus respuestas están a salvo: descárgalas abajo y vuelve a cargar la página.",
        "Client Fit a întâmpinat o eroare internă. Răspunsurile tale sunt în siguranță: descarcă-le mai jos, apoi reîncarcă pagina.",
        "Client Fit stødte på en intern fejl. Dine svar er i sikkerhed: hent dem nedenfor, og genindlæs siden.",
    ],
    DownloadAnswers => ["Download my answers", "Descargar mis respuestas", "Descarcă răspunsurile mele", "Hent mine svar"],
    Reload => ["Reload", "Recargar", "Reîncarcă", "Genindlæs"],
    BrokenQuestionnaire => [
        "This questionnaire cannot be loaded:",
        "Este cuestionario no se puede cargar:",
        "Acest chestionar nu poate fi încărcat:",
        "Dette spørgeskema kan ikke indlæses:",
    ],
    StorageUnavailable => [
        "This browser will not let Client Fit save. Your answers are kept only while this page is open; download them before you leave.",
        "Este navegador no deja guardar a Client Fit. Tus respuestas solo se conservan mientras la página esté abierta; descárgalas antes de salir.",
        "Acest browser nu permite salvarea. Răspunsurile se păstrează doar cât pagina e deschisă; descarcă-le înainte să pleci.",
        "Denne browser lader ikke Client Fit gemme. Dine svar findes kun, mens siden er åben; hent dem, før du går.",
    ],
    SavedDataDamaged => [
        "Saved answers on this device could not be read, so Client Fit started fresh. The damaged copy is kept on this device; download it here.",
        "No se pudieron leer las respuestas guardadas en este dispositivo, así que Client Fit empezó de cero. La copia dañada se conserva en el dispositivo; descárgala aquí.",
        "Răspunsurile salvate pe acest dispozitiv nu au putut fi citite, așa că Client Fit a pornit de la zero. Copia deteriorată este păstrată pe dispozitiv; o poți descărca de aici.",
        "Gemte svar på denne enhed kunne ikke læses, så Client Fit startede forfra. Den beskadigede kopi gemmes på enheden; hent den her.",
    ],
    DownloadDamaged => ["Download the damaged copy", "Descargar la copia dañada", "Descarcă copia deteriorată", "Hent den beskadigede kopi"],
    SavedByNewer => [
        "The answers on this device were saved by a newer Client Fit. They are left untouched, and nothing you do here is saved over them; reload the newer version to see them.",
        "Las respuestas de este dispositivo las guardó una versión más reciente de Client Fit. No se tocan y nada de lo que hagas aquí se guarda encima; abre la versión más reciente para verlas.",
        "Răspunsurile de pe acest dispozitiv au fost salvate de o versiune mai nouă de Client Fit. Rămân neatinse și nimic din ce faci aici nu se salvează peste ele; deschide versiunea mai nouă ca să le vezi.",
        "Svarene på denne enhed er gemt af en nyere Client Fit. De bliver ikke rørt, og intet, du gør her, gemmes oven i dem; åbn den nyere version for at se dem.",
    ],
    Required => ["Required", "Obligatorio", "Obligatoriu", "Påkrævet"],
    NumberHint => ["Enter a number", "Escribe un número", "Introdu un număr", "Skriv et tal"],
    NumberInvalid => [
        "Please enter a number, for example 2500.",
        "Escribe un número, por ejemplo 2500.",
        "Introdu un număr, de exemplu 2500.",
        "Skriv et tal, for eksempel 2500.",
    ],
    NumberTooSmall => ["The smallest allowed is {n}.", "El mínimo permitido es {n}.", "Minimul permis este {n}.", "Det mindste tilladte er {n}."],
    NumberTooLarge => ["The largest allowed is {n}.", "El máximo permitido es {n}.", "Maximul permis este {n}.", "Det største tilladte er {n}."],
    UnitPercent => ["percent", "por ciento", "procente", "procent"],
    UnitHours => ["hours", "horas", "ore", "timer"],
    UnitDays => ["days", "días", "zile", "dage"],
    UnitWeeks => ["weeks", "semanas", "săptămâni", "uger"],
    UnitCount => ["number", "cantidad", "număr", "antal"],
    ScaleValue => ["{n} of 5", "{n} de 5", "{n} din 5", "{n} af 5"],
    Unanswered => ["not answered", "sin responder", "fără răspuns", "ikke besvaret"],
    NamePlaceholder => ["[name]", "[nombre]", "[nume]", "[navn]"],
    YourNamePlaceholder => ["[your name]", "[tu nombre]", "[numele tău]", "[dit navn]"],
    GoToQuestion => ["Answer it", "Responder", "Răspunde", "Besvar"],
    SaveToHistory => ["Save to history", "Guardar en el historial", "Salvează în istoric", "Gem i historikken"],
    SavedToHistory => ["Saved to history.", "Guardado en el historial.", "Salvat în istoric.", "Gemt i historikken."],
    DownloadJson => ["Download as JSON", "Descargar como JSON", "Descarcă în format JSON", "Hent som JSON"],
    CopyShareLink => ["Copy share link", "Copiar enlace para compartir", "Copiază linkul de partajare", "Kopiér delingslink"],
    ShareLinkNote => [
        "The answers travel inside the link, after the #. Opening it shows this result and sends nothing anywhere. Private notes are left out.",
        "Las respuestas viajan dentro del enlace, después del #. Al abrirlo se ve este resultado y no se envía nada. Las notas privadas no se incluyen.",
        "Răspunsurile sunt chiar în link, după #. Deschiderea lui arată acest rezultat și nu trimite nimic nicăieri. Notițele private nu sunt incluse.",
        "Svarene ligger i selve linket, efter #. Når det åbnes, vises dette resultat, og intet sendes nogen steder hen. Private noter er udeladt.",
    ],
    ShareLinkLabel => ["Share link", "Enlace para compartir", "Link de partajare", "Delingslink"],
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
        "es de un cuestionario que este Client Fit no tiene.",
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
    ShareTooLarge => ["it is too long to be ours.", "es demasiado largo para ser nuestro.", "este prea lung ca să fie al nostru.", "det er for langt til at være vores."],
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
    OverruleTitle => ["Your own verdict", "Tu propio veredicto", "Verdictul tău", "Din egen vurdering"],
    OverruleHelp => [
        "You may know things the questions do not. Overrule the verdict with a written reason; the computed verdict stays beside yours.",
        "Quizá sabes cosas que las preguntas no recogen. Cambia el veredicto con un motivo escrito; el veredicto calculado se queda al lado del tuyo.",
        "Poate știi lucruri pe care întrebările nu le prind. Schimbă verdictul cu un motiv scris; verdictul calculat rămâne alături de al tău.",
        "Du ved måske ting, som spørgsmålene ikke fanger. Tilsidesæt vurderingen med en skriftlig begrundelse; den beregnede vurdering står ved siden af din.",
    ],
    OverruleVerdict => ["Verdict", "Veredicto", "Verdict", "Vurdering"],
    OverruleReason => ["Reason (required)", "Motivo (obligatorio)", "Motiv (obligatoriu)", "Begrundelse (påkrævet)"],
    OverruleApply => ["Overrule", "Cambiar veredicto", "Schimbă verdictul", "Tilsidesæt"],
    OverruleRemove => ["Remove my verdict", "Quitar mi veredicto", "Elimină verdictul meu", "Fjern min vurdering"],
    OverruleNeedsReason => ["Write a reason first.", "Escribe antes un motivo.", "Scrie mai întâi un motiv.", "Skriv først en begrundelse."],
    OverruledAs => ["Your verdict: {verdict}", "Tu veredicto: {verdict}", "Verdictul tău: {verdict}", "Din vurdering: {verdict}"],
    ComputedVerdict => ["Computed verdict: {verdict}", "Veredicto calculado: {verdict}", "Verdict calculat: {verdict}", "Beregnet vurdering: {verdict}"],
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
    HistoryNoName => ["(no name)", "(sin nombre)", "(fără nume)", "(intet navn)"],
    ExportBackup => ["Export everything (JSON backup)", "Exportar todo (copia de seguridad JSON)", "Exportă tot (backup JSON)", "Eksportér alt (JSON-sikkerhedskopi)"],
    ImportBackup => ["Import a backup", "Importar una copia de seguridad", "Importă un backup", "Importér en sikkerhedskopi"],
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
    BackupUnreadable => ["the file could not be read.", "no se pudo leer el archivo.", "fișierul nu a putut fi citit.", "filen kunne ikke læses."],
    RefusalNoId => ["it has no id.", "no tiene identificador.", "nu are un identificator.", "den har intet id."],
    RefusalRepeated => ["its id appears earlier in the file.", "su identificador aparece antes en el archivo.", "identificatorul apare mai devreme în fișier.", "dens id forekommer tidligere i filen."],
    RefusalOverrule => ["its own verdict has no reason.", "su veredicto propio no tiene motivo.", "verdictul propriu nu are motiv.", "dens egen vurdering mangler begrundelse."],
    RefusalQuestionnaire => [
        "the questionnaire it carries cannot be used.",
        "el cuestionario que trae no se puede usar.",
        "chestionarul pe care îl conține nu poate fi folosit.",
        "det medfølgende spørgeskema kan ikke bruges.",
    ],
    RefusalUnreadable => ["it could not be read.", "no se pudo leer.", "nu a putut fi citită.", "den kunne ikke læses."],
    ChangesSince => ["What changed since {date}", "Qué cambió desde el {date}", "Ce s-a schimbat de la {date}", "Hvad er ændret siden {date}"],
    FlagsRaised => ["New warning signs", "Nuevas señales de alarma", "Semnale de alarmă noi", "Nye advarselstegn"],
    FlagsCleared => ["Warning signs now gone", "Señales de alarma que ya no están", "Semnale de alarmă dispărute", "Advarselstegn, der er væk"],
    ScoreChange => ["Score: {before} → {after}", "Puntuación: {before} → {after}", "Scor: {before} → {after}", "Score: {before} → {after}"],
    VerdictChange => ["Verdict: {before} → {after}", "Veredicto: {before} → {after}", "Verdict: {before} → {after}", "Vurdering: {before} → {after}"],
    NothingChanged => ["Nothing changed.", "No cambió nada.", "Nu s-a schimbat nimic.", "Intet er ændret."],
    Dismiss => ["Dismiss", "Cerrar", "Închide", "Luk"],
    CappedBy => [
        "Held at this tier by a warning sign, whatever the score: {flag}",
        "Se queda en este nivel por una señal de alarma, sea cual sea la puntuación: {flag}",
        "Rămâne pe această treaptă din cauza unui semnal de alarmă, indiferent de scor: {flag}",
        "Holdt på dette trin af et advarselstegn, uanset scoren: {flag}",
    ],
    WhyTheseScores => ["What made each score", "Qué formó cada puntuación", "Ce a format fiecare scor", "Hvad der gav hver score"],
    Print => ["Print", "Imprimir", "Tipărește", "Udskriv"],
    ViewAssess => ["Assess", "Evaluar", "Evaluează", "Vurdér"],
    ViewProfile => ["My ideal client", "Mi cliente ideal", "Clientul meu ideal", "Min ideelle kunde"],
    ViewHistory => ["History", "Historial", "Istoric", "Historik"],
    ProfileTitle => ["Your ideal client profile", "Tu perfil de cliente ideal", "Profilul clientului tău ideal", "Din ideelle kundeprofil"],
    ProfileIntro => [
        "Describe the client you want. Every score is measured against this. Leave a field empty when it does not matter to you. Changes are saved as you type.",
        "Describe el cliente que quieres. Cada puntuación se mide con esto. Deja vacío lo que no te importe. Los cambios se guardan mientras escribes.",
        "Descrie clientul pe care îl vrei. Fiecare scor se măsoară față de acest profil. Lasă gol ce nu contează pentru tine. Modificările se salvează pe măsură ce scrii.",
        "Beskriv den kunde, du gerne vil have. Alle scorer måles op imod dette. Lad et felt stå tomt, hvis det er ligegyldigt for dig. Ændringer gemmes, mens du skriver.",
    ],
    ProfileYou => ["You", "Tú", "Tu", "Dig"],
    ProfileName => ["Your name or business (signs your letters)", "Tu nombre o empresa (firma tus cartas)", "Numele tău sau al firmei (semnează scrisorile)", "Dit navn eller firma (underskriver dine breve)"],
    ProfileCurrency => ["Currency (for example EUR, USD, DKK, RON)", "Moneda (por ejemplo EUR, USD, DKK, RON)", "Moneda (de exemplu EUR, USD, DKK, RON)", "Valuta (for eksempel EUR, USD, DKK, RON)"],
    ProfileMoney => ["Money", "Dinero", "Bani", "Penge"],
    ProfileMinBudget => ["Smallest budget worth taking on", "Presupuesto mínimo que vale la pena", "Cel mai mic buget care merită acceptat", "Mindste budget, der er værd at tage"],
    ProfileDeposit => ["Deposit before work starts (%)", "Anticipo antes de empezar (%)", "Avans înainte de începerea lucrului (%)", "Forudbetaling, før arbejdet starter (%)"],
    ProfilePaymentDays => ["Days a client has to pay an invoice", "Días que tiene el cliente para pagar una factura", "Zile în care clientul trebuie să plătească o factură", "Dage, kunden har til at betale en faktura"],
    ProfileWork => ["Projects and pace", "Proyectos y ritmo", "Proiecte și ritm", "Projekter og tempo"],
    ProfileMinWeeks => ["Shortest project (weeks)", "Proyecto más corto (semanas)", "Cel mai scurt proiect (săptămâni)", "Korteste projekt (uger)"],
    ProfileMaxWeeks => ["Longest project (weeks)", "Proyecto más largo (semanas)", "Cel mai lung proiect (săptămâni)", "Længste projekt (uger)"],
    ProfileReplyHours => ["Longest reply time you work with (hours, both ways)", "Tiempo máximo de respuesta con el que trabajas (horas, en ambos sentidos)", "Cel mai lung timp de răspuns cu care lucrezi (ore, în ambele sensuri)", "Længste svartid, du arbejder med (timer, begge veje)"],
    ProfileWeeklyHours => ["Hours a week you can give one client", "Horas por semana que puedes dedicar a un cliente", "Ore pe săptămână pe care le poți acorda unui client", "Timer om ugen, du kan give én kunde"],
    ProfileFriends => ["Friends and family", "Amigos y familia", "Prieteni și familie", "Venner og familie"],
    FriendsFullRate => ["They are clients too: full rate, written terms", "También son clientes: tarifa completa y condiciones por escrito", "Sunt și ei clienți: tarif întreg, condiții scrise", "De er også kunder: fuld pris og skriftlige aftaler"],
    FriendsDiscount => ["A known discount, still in writing", "Un descuento claro, también por escrito", "O reducere stabilită, tot în scris", "En aftalt rabat, stadig på skrift"],
    FriendsNever => ["I do not work for friends and family", "No trabajo para amigos ni familia", "Nu lucrez pentru prieteni și familie", "Jeg arbejder ikke for venner og familie"],
    ProfileTags => ["Work, industries and channels", "Trabajos, sectores y canales", "Lucrări, domenii și canale", "Opgaver, brancher og kanaler"],
    TagWelcome => ["Welcome", "Bienvenido", "Binevenit", "Velkommen"],
    TagNeutral => ["No preference", "Sin preferencia", "Fără preferință", "Ingen præference"],
    TagAvoid => ["Avoid", "Evitar", "De evitat", "Undgå"],
    ProfileWeights => ["What matters most to you", "Lo que más te importa", "Ce contează cel mai mult pentru tine", "Det, der betyder mest for dig"],
    WeightNone => ["Does not matter", "No importa", "Nu contează", "Ligegyldigt"],
    WeightNormal => ["Normal", "Normal", "Normal", "Normal"],
    WeightHigh => ["Important", "Importante", "Important", "Vigtigt"],
    WeightHighest => ["Very important", "Muy importante", "Foarte important", "Meget vigtigt"],
}

/// The interface text for `key` in the best of our languages for `language`.
pub fn ui(language: &str, key: Ui) -> &'static str {
    let index = LANGUAGES
        .iter()
        .position(|l| language.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(l)))
        .unwrap_or(0);
    key.all_languages()[index]
}

/// The interface text with `{name}` placeholders filled in.
pub fn ui_fill(language: &str, key: Ui, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(ui(language, key).to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
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
}
