"""Tigrinya translation of the quizzes of theme 4 (demo content)."""

QUIZZES = {
    "se-connecter-et-s-actualiser": [
        {
            "prompt": "Pôle emploi ሽሙ ቀይሩ እዩ። ሎሚ France Travail ይበሃል።",
            "alt": "",
            "feedback_correct": "እወ፡ ቅኑዕ እዩ። እቲ ሽም ኣብ 1 ጥሪ 2024 ተቐይሩ። እቲ ሓደ ህዝባዊ ኣገልግሎት እዩ።",
            "feedback_wrong": "ብሓቂ ግን፡ እዚ ቅኑዕ እዩ። ካብ 1 ጥሪ 2024 ጀሚሩ፡ Pôle emploi «France Travail» ይበሃል።",
        },
        {
            "prompt": "ኣብ France Travail ናይ ባዕልኹም ቦታ (espace) ክትከፍቱ ትደልዩ። ነቶም ስጉምትታት ብስርዓት ኣቐምጥዎም።",
            "items": [
                "ብራውዘር (navigateur internet) ክፈቱ።",
                "ኣብ ባር ኣድራሻ francetravail.fr ጽሓፉ።",
                "ኣብ «Se connecter» (እቶ) ጠውቑ፡ ድሕሪኡ «Candidat» (ስራሕ ዝደሊ) ምረጹ።",
                "መለለዪኹም (identifiant)፡ ድሕሪኡ መሕለፊ ቃልኩም ጽሓፉ።",
            ],
            "feedback_correct": "ጽቡቕ ገይርኩም። ብራውዘር፡ ኣድራሻ ናይቲ ሳይት፡ «Se connecter»፡ ድሕሪኡ መለለዪን መሕለፊ ቃልን።",
            "feedback_wrong": "ምሉእ ብምሉእ ኣይኮነን። መጀመርታ ብራውዘር ክፈቱ፡ francetravail.fr ጽሓፉ። ድሕሪኡ ኣብ «Se connecter» ጠውቑ። "
            "ኣብ መወዳእታ መለለዪኹምን መሕለፊ ቃልኩምን ጽሓፉ።",
        },
        {
            "prompt": "ናይ ወርሒ መጋቢት ወርሓዊ ምሕዳስ (actualisation) ትገብሩ። መዓስ ክትገብርዎ ትኽእሉ?",
            "alt": "",
            "choices": [
                {
                    "text": "ካብ 28 መጋቢት ክሳብ 15 ሚያዝያ።",
                    "feedback": "እወ። ወርሓዊ ምሕዳስ ካብ 28 ናይቲ ወርሒ ክሳብ 15 ናይቲ ዝቕጽል ወርሒ ትገብሩ።",
                },
                {
                    "text": "ካብ 1 መጋቢት ክሳብ 15 መጋቢት።",
                    "feedback": "ኣይፋልን። ንወርሒ መጋቢት፡ ካብ 28 መጋቢት ክሳብ 15 ሚያዝያ እዩ።",
                },
                {
                    "text": "ኣብ 30 ሚያዝያ ጥራይ።",
                    "feedback": "ኣይፋልን። 30 ሚያዝያ ደንጉዩ እዩ። ንመጋቢት፡ ካብ 28 መጋቢት ክሳብ 15 ሚያዝያ እዩ።",
                },
            ],
        },
        {
            "prompt": "ኣየኖት ሓረጋት ቅኑዓት እዮም? (ልዕሊ ሓደ ቅኑዕ መልሲ ኣሎ።)",
            "alt": "",
            "choices": [
                {
                    "text": "መለለዪኹም ኣብቲ ካብ France Travail ዝመጸኩም ደብዳቤታት ኣሎ።",
                    "feedback": "እወ። መለለዪኹም ንምርካብ፡ ደብዳቤ ናይ France Travail ርኣዩ።",
                },
                {
                    "text": "France Travail ፈጺሙ መሕለፊ ቃልኩም ብኢመይል ወይ ብSMS ኣይሓትትን።",
                    "feedback": "እወ። መሕለፊ ቃልኩም ምስጢር እዩ። ንዝኾነ ሰብ ኣይትሃብዎ።",
                },
                {
                    "text": "ድሕሪ ወርሓዊ ምሕዳስ፡ መርትዖ ትዕቅቡ።",
                    "feedback": "እወ። መረጋገጺ (confirmation) ኣውርዱ፡ ወይ ስእሊ ስክሪን (capture d'écran) ውሰዱ።",
                },
                {
                    "text": "ናብቲ ሳይት ንምኻድ፡ ነቲ ብSMS ዝመጸኩም ሊንክ ትኸፍቱ።",
                    "feedback": "ኣይፋልን። ኣድራሻ ባዕልኹም ጽሓፍዎ። ብSMS ዝመጸ ሊንክ ምትላል ክኸውን ይኽእል።",
                },
            ],
        },
        {
            "prompt": "ወርሓዊ ምሕዳስ ክትገብሩ ኣይከኣልኩምን። ናብ ኣየናይ ቁጽሪ ትድውሉ?",
            "answers": [
                "3949",
                "39 49",
                "39-49",
                "39.49",
            ],
            "feedback_correct": "እወ። 3949 ቁጽሪ ናይ France Travail እዩ። ቅድሚ ምድዋልኩም መለለዪኹም ኣዳልዉ።",
            "feedback_wrong": "ቅኑዕ መልሲ 3949 እዩ። ናብ ቤት ጽሕፈት (agence) France Travail ናይ ከባቢኹም'ውን ክትከዱ ትኽእሉ ኢኹም።",
        },
    ],
    "lire-ses-courriers-et-rendez-vous": [
        {
            "prompt": "ኣብ ተሌፎን፡ መብዛሕትኡ ግዜ ኣየናይ መልጎም እዩ ሜኑ ዝኸፍት?",
            "choices": [
                {
                    "label": "ሰለስተ ንኣሽቱ መስመራት",
                    "feedback": "እወ። ኣብ ተሌፎን፡ መልጎም ሜኑ መብዛሕትኡ ግዜ ሰለስተ ንኣሽቱ መስመራት ኣለዎ።",
                },
                {
                    "label": "ናብ ታሕቲ ዘመልክት ፍላጻ",
                    "feedback": "ኣይፋልን። ናብ ታሕቲ ዘመልክት ፍላጻ ንምውራድ (télécharger) የገልግል። "
                    "መልጎም ሜኑ መብዛሕትኡ ግዜ ሰለስተ ንኣሽቱ መስመራት ኣለዎ።",
                },
                {
                    "label": "መዕበዪ መነጽር",
                    "feedback": "ኣይፋልን። መዕበዪ መነጽር ንምድላይ የገልግል። መልጎም ሜኑ መብዛሕትኡ ግዜ ሰለስተ ንኣሽቱ መስመራት ኣለዎ።",
                },
            ],
        },
        {
            "prompt": "ኣብ ዝርዝር ደብዳቤታት፡ «convocation» ትርእዩ። እዚ እንታይ እዩ?",
            "alt": "",
            "choices": [
                {
                    "text": "ግዴታ ዝኾነ ቆጸራ።",
                    "feedback": "እወ። «convocation» ግዴታ ዝኾነ ቆጸራ ይህበኩም። ዕለትን ሰዓትን ብጥንቃቐ ኣንብቡ።",
                },
                {
                    "text": "ካብ ኣማኻሪኹም ዝመጸ ሓጺር ጽሑፍ።",
                    "feedback": "ኣይፋልን። ሓጺር ጽሑፍ መልእኽቲ እዩ። «convocation» ግዴታ ዝኾነ ቆጸራ ይህበኩም።",
                },
                {
                    "text": "መርትዖ ናይ ወርሓዊ ምሕዳስኩም።",
                    "feedback": "ኣይፋልን። «convocation» ግዴታ ዝኾነ ቆጸራ ይህበኩም።",
                },
            ],
        },
        {
            "prompt": "ደብዳቤ ተውርዱ። ኣየናይ ዓይነት ፋይል ናብ ተሌፎንኩም ይመጽእ?",
            "answers": [
                "PDF",
                "un PDF",
                "fichier PDF",
                "un fichier PDF",
                ".pdf",
            ],
            "feedback_correct": "እወ። እቲ ደብዳቤ ፋይል PDF እዩ። ኣብ ማህደር «Téléchargements» (ዝወረዱ) ኣሎ።",
            "feedback_wrong": "ቅኑዕ መልሲ PDF እዩ። እቲ ፋይል ኣብ ማህደር «Téléchargements» ኣሎ።",
        },
        {
            "prompt": "ኣብ ቤት ጽሕፈት (agence) ቆጸራ ኣለኩም። እንታይ ትሕዙ? (ልዕሊ ሓደ ቅኑዕ መልሲ ኣሎ።)",
            "alt": "",
            "choices": [
                {
                    "text": "እቲ «convocation»",
                    "feedback": "እወ። «convocation» ሓዙ።",
                },
                {
                    "text": "ፍቓድ መንበሪኹም (titre de séjour)",
                    "feedback": "እወ። ፍቓድ መንበሪኹም ሓዙ።",
                },
                {
                    "text": "ናይ ስራሕ ታሪኽኩም (CV)",
                    "feedback": "እወ። CV'ውን ሓዙ።",
                },
                {
                    "text": "ኣብ ወረቐት ዝተጻሕፈ መሕለፊ ቃልኩም",
                    "feedback": "ኣይፋልን። መሕለፊ ቃልኩም ምስጢር እዩ። ንዝኾነ ሰብ ኣይትሃብዎ።",
                },
            ],
        },
        {
            "prompt": "ሓሚምኩም። ክትመጹ ኣይትኽእሉን። ድሕሪ ቆጸራ ንኣማኻሪኹም ትሕብርዎ።",
            "alt": "",
            "feedback_correct": "ጽቡቕ ገይርኩም። ቅድሚ ቆጸራ ንኣማኻሪኹም ሓብርዎ። መልእኽቲ ጽሓፉ ወይ ናብ 3949 ደውሉ።",
            "feedback_wrong": "ብሓቂ ግን፡ እዚ ጌጋ እዩ። ቅድሚ ቆጸራ ንኣማኻሪኹም ሓብርዎ። መልእኽቲ ጽሓፉ ወይ ናብ 3949 ደውሉ።",
        },
    ],
}
