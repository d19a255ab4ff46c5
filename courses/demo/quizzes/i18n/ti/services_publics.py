"""Tigrinya translation of the quizzes of theme 7 (demo content)."""

QUIZZES = {
    "se-connecter-avec-franceconnect": [
        {
            "prompt": "FranceConnect እንታይ እዩ?",
            "alt": "",
            "choices": [
                {
                    "text": "ብድሮ ዘለኩም ኣካውንት ናብ ህዝባዊ ሳይት ንምእታው ዘገልግል መልጎም።",
                    "feedback": "እወ። ብFranceConnect፡ ክትዝክርዎም ዘለኩም መሕለፊ ቃላት ይውሕዱ።",
                },
                {
                    "text": "ሓድሽ ኣካውንት፡ ምስ ሓድሽ መሕለፊ ቃል።",
                    "feedback": "ኣይፋልን። FranceConnect ሓድሽ ኣካውንት ኣይኮነን። ድሮ ዘለኩም ኣካውንት ኢኹም ትጥቀሙ።",
                },
                {
                    "text": "ስራሕ ንምድላይ ዘገልግል ሳይት።",
                    "feedback": "ኣይፋልን። ስራሕ ንምድላይ፡ France Travail እዩ። "
                    "FranceConnect ንምእታው (se connecter) ዘገልግል መልጎም እዩ።",
                },
            ],
        },
        {
            "prompt": "መልጎም «S'identifier avec FranceConnect» ጠውቑ።",
            "alt": "ገጽ መእተዊ ናይ ሳይት caf.fr፦ ሳጹናት Identifiant ከምኡ'ውን Mot de passe፡ መልጎም Se connecter፡ ድሕሪኡ ኣብ ታሕቲ "
            "ጸልማት ዝበለ ሕብሪ ዘለዎ መልጎም።",
            "feedback_correct": "እወ። እዚ መልጎም ኣብ ገጽ መእተዊ፡ ኣብ ትሕቲ ሳጹናት እዩ ዘሎ።",
            "feedback_wrong": "እዚ መልጎም ኣይኮነን። "
            "ኣብ ትሕቲ ሳጹናት ዘሎ ጸልማት ዝበለ ሕብሪ ዘለዎ መልጎም «S'identifier avec FranceConnect» ድለዩ።",
        },
        {
            "prompt": "ብFranceConnect፡ ኣየኖት ኣካውንታት ክትጥቀሙ ትኽእሉ? (ልዕሊ ሓደ ቅኑዕ መልሲ ኣሎ።)",
            "alt": "",
            "choices": [
                {
                    "text": "ናይ ameli ኣካውንትኩም",
                    "feedback": "እወ። ነቲ ሓደ መለለዪን ነቲ ሓደ መሕለፊ ቃልን ትጥቀሙ።",
                },
                {
                    "text": "ናይ impots.gouv.fr ኣካውንትኩም",
                    "feedback": "እወ። ነቲ ሓደ መለለዪን ነቲ ሓደ መሕለፊ ቃልን ትጥቀሙ።",
                },
                {
                    "text": "ኣብ FranceConnect ዝተኸፍተ ሓድሽ ኣካውንት",
                    "feedback": "ኣይፋልን። FranceConnect ኣካውንት ኣይኸፍትን። ድሮ ኣካውንት ክህልወኩም ኣለዎ።",
                },
            ],
        },
        {
            "prompt": "ኣብ ናይ ሓባር ኮምፒዩተር ኣለኹም። ብራውዘር መሕለፊ ቃልኩም ክዕቅብ ይሓትት። ትቕበሉ።",
            "alt": "",
            "feedback_correct": "ጽቡቕ ገይርኩም። ኣብ ናይ ሓባር ኮምፒዩተር፡ ኩሉ ግዜ ኣይትቀበሉ። ኣብ መወዳእታ፡ ካብ ኣካውንትኩም ውጽኡ፡ ብራውዘር ድማ ዕጸዉ።",
            "feedback_wrong": "ብሓቂ ግን፡ እዚ ጌጋ እዩ። ኣብ ናይ ሓባር ኮምፒዩተር፡ ኩሉ ግዜ ኣይትቀበሉ። ካልእ ሰብ ኣካውንትኩም ክኸፍት ይኽእል።",
        },
        {
            "prompt": "ኣብ ህዝባዊ ሳይት ወዲእኩም። ኣብ ኣየናይ መልጎም ክሊክ ትገብሩ?",
            "answers": [
                "Se déconnecter",
                "déconnecter",
                "déconnexion",
                "se déconecter",
                "déconecter",
            ],
            "feedback_correct": "እወ። ኣብ «Se déconnecter» (ውጻእ) ክሊክ ግበሩ። ኣብ ናይ ሓባር ኮምፒዩተር፡ ብራውዘር'ውን ዕጸዉ።",
            "feedback_wrong": "ቅኑዕ መልሲ «Se déconnecter» እዩ። እዚ መልጎም መብዛሕትኡ ግዜ ኣብ ላዕሊ ገጽ እዩ ዘሎ።",
        },
    ],
    "mon-compte-ameli": [
        {
            "prompt": "ንAssurance Maladie (ናይ ሕክምና ውሕስነት) ሕቶ ኣለኩም። ናብ ኣየናይ ቁጽሪ ትድውሉ?",
            "answers": [
                "3646",
                "36 46",
                "36-46",
                "36.46",
            ],
            "feedback_correct": "እወ። 3646 ቁጽሪ ናይ Assurance Maladie እዩ።",
            "feedback_wrong": "ቅኑዕ መልሲ 3646 እዩ። እዚ ቁጽሪ ናይ Assurance Maladie እዩ።",
        },
        {
            "prompt": "ናብ ameli ንመጀመርታ ግዜ ትኣትዉ ኣለኹም። ግዝያዊ ኮድ ብኸመይ ይበጽሓኩም?",
            "alt": "",
            "choices": [
                {
                    "text": "ብደብዳቤ፡ ናብ ገዛኹም።",
                    "feedback": "እወ። ሽምኩም ኣብ ሳጹን ደብዳቤ (boîte aux lettres) ክህሉ ኣለዎ። እንተዘይኮይኑ፡ እቲ ደብዳቤ ኣይበጽሕን።",
                },
                {
                    "text": "ብSMS፡ ብኡብኡ።",
                    "feedback": "ኣይፋልን። ግዝያዊ ኮድ ብደብዳቤ ናብ ገዛኹም ይመጽእ።",
                },
                {
                    "text": "ኣብ carte Vitale ተጻሒፉ ኣሎ።",
                    "feedback": "ኣይፋልን። ኣብ carte Vitale፡ ቁጽሪ ማሕበራዊ ውሕስነትኩም (numéro de sécurité sociale) ኣሎ። "
                    "ግዝያዊ ኮድ ብደብዳቤ ይመጽእ።",
                },
            ],
        },
        {
            "prompt": "ኣብ ናይ ameli ኣካውንትኩም እንታይ ክትገብሩ ትኽእሉ? (ልዕሊ ሓደ ቅኑዕ መልሲ ኣሎ።)",
            "alt": "",
            "choices": [
                {
                    "text": "ዝተመለሰልኩም ገንዘብ (remboursements) ምርኣይ።",
                    "feedback": "እወ። Assurance Maladie እንታይ ከም ዝመለሰልኩም ትርእዩ።",
                },
                {
                    "text": "ምስክር ወረቐት መሰላትኩም (attestation de droits) ምውራድ።",
                    "feedback": "እወ። ፋይል PDF እዩ። ሆስፒታል ወይ ሓኪም ክሓትዎ ይኽእሉ።",
                },
                {
                    "text": "Complémentaire santé solidaire (CSS) ምሕታት።",
                    "feedback": "እወ። ንሕቶታት መልሲ ትህቡ፡ ድሕሪኡ ነቲ መመልከቲ ትሰድዎ።",
                },
                {
                    "text": "ንFrance Travail ወርሓዊ ምሕዳስ (actualisation) ምግባር።",
                    "feedback": "ኣይፋልን። ወርሓዊ ምሕዳስ ኣብ ናይ ባዕልኹም ቦታ France Travail (espace France Travail) እዩ ዝግበር።",
                },
            ],
        },
        {
            "prompt": "ሓደ SMS ንcarte Vitale ክትከፍሉ ይሓተኩም። እዚ ምትላል እዩ።",
            "alt": "",
            "feedback_correct": "እወ፡ ቅኑዕ እዩ። carte Vitale ብናጻ እዩ። ዋላ ሓንቲ ኣይትኽፈሉ።",
            "feedback_wrong": "ብሓቂ ግን፡ እዚ ቅኑዕ እዩ። carte Vitale ብናጻ እዩ። ንcarte Vitale ክፍሊት ዝሓትት መልእኽቲ ምትላል እዩ።",
        },
        {
            "prompt": "ኣብ ናይ ameli ኣካውንት፡ ዝተመለሰልኩም ገንዘብ እትርእዩሉ ክፋል ጠውቑ።",
            "alt": "ተሌፎን ናይ ameli ኣካውንት የርኢ፡ ምስ ሰለስተ ክፋላት፦ Remboursements፡ Documents ከምኡ'ውን Messages።",
            "feedback_correct": "እወ። ኣብዚ፡ ንሕክምናኹም ዝተመለሰልኩም ገንዘብ ትርእዩ።",
            "feedback_wrong": "እዚ ክፋል ኣይኮነን። ክፋል «Remboursements»፡ ምስ ምልክት €፡ ድለዩ።",
        },
    ],
}
