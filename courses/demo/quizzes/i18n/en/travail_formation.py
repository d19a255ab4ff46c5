"""English translation of the quizzes for theme 8: Work and training (demo content)."""

QUIZZES = {
    "faire-son-cv": [
        {
            "prompt": "What do you write at the top of the CV? (Several answers are right.)",
            "alt": "",
            "choices": [
                {"text": "Your first name and your surname.", "feedback": "Yes. They are at the top of the CV."},
                {
                    "text": "Your phone number and your email.",
                    "feedback": "Yes. The employer can contact you.",
                },
                {"text": "Your town.", "feedback": "Yes. The town is part of your contact details."},
                {
                    "text": "Your photo: it is required.",
                    "feedback": "No. The photo is not required. Your age and your nationality are not required either.",
                },
            ],
        },
        {
            "prompt": 'Tap the "Langues" (Languages) part of the CV.',
            "alt": 'A one-page CV: the name at the top, then the parts "Expérience" (Experience), '
            '"Langues" (Languages), "Compétences" (Skills) and "Formation" (Education and training).',
            "feedback_correct": 'Yes. In the "Langues" part, write each language with your level.',
            "feedback_wrong": 'This is not the "Langues" part. It is under the "Expérience" (Experience) part.',
        },
        {
            "prompt": "The work you did in your country also counts in your CV.",
            "alt": "",
            "feedback_correct": "Yes, this is true. Write the job, the country and the years.",
            "feedback_wrong": "In fact, this is true. The work in your country counts. "
            "Write the job, the country and the years.",
        },
        {
            "prompt": "An employer reads a CV very quickly. Which CV is the right one?",
            "choices": [
                {
                    "label": "A one-page CV",
                    "feedback": "Yes. Your CV fits on one page. Write short sentences.",
                },
                {
                    "label": "A three-page CV",
                    "feedback": "No. Three pages is too long. Your CV fits on one page.",
                },
            ],
        },
        {
            "prompt": "You have a diploma from your country. Where do you write it in the CV?",
            "alt": "",
            "choices": [
                {
                    "text": 'In the "Formation" (Education and training) part.',
                    "feedback": "Yes. Write the name of the diploma, the country and the year.",
                },
                {
                    "text": 'In the "Expérience" (Experience) part.',
                    "feedback": 'No. The "Expérience" part is for the jobs you did. '
                    'Diplomas go in the "Formation" part.',
                },
                {
                    "text": "Nowhere: only French diplomas count.",
                    "feedback": 'No. The diplomas from your country count. Write them in the "Formation" part.',
                },
            ],
        },
    ],
    "chercher-une-offre-d-emploi": [
        {
            "prompt": "You typed the job and the town. Which button do you click to search?",
            "choices": [
                {
                    "label": "A magnifying glass",
                    "feedback": "Yes. The button to search often shows a magnifying glass.",
                },
                {
                    "label": "A star",
                    "feedback": "No. The star is for keeping a job offer. To search, click the magnifying glass.",
                },
                {
                    "label": "Three small lines",
                    "feedback": "No. The three lines often open the menu. To search, click the magnifying glass.",
                },
            ],
        },
        {
            "prompt": "The job offer says: CDD. What does it mean?",
            "alt": "",
            "choices": [
                {
                    "text": "A contract with an end date.",
                    "feedback": 'Yes. CDD means "contrat à durée déterminée" (fixed-term contract). '
                    "It has an end date.",
                },
                {
                    "text": "A contract with no end date.",
                    "feedback": "No. The contract with no end date is the CDI. The CDD has an end date.",
                },
                {
                    "text": 'A job given by an "agence d\'intérim" (temporary work agency).',
                    "feedback": 'No. That is "intérim" (temporary work). The CDD is a contract with an end date.',
                },
            ],
        },
        {
            "prompt": "A real employer can ask you for money to give you a job.",
            "alt": "",
            "feedback_correct": "Well done. A real employer never asks for money. Do not pay anything.",
            "feedback_wrong": "In fact, this is false. A real employer never asks for money "
            "to give you a job. It is a fake job offer.",
        },
        {
            "prompt": "Tap the type of contract in the job offer.",
            "alt": 'A job offer: "Agent d\'entretien H/F" (cleaner, man or woman), in Meaux. '
            "Under it, two labels, then the salary.",
            "feedback_correct": "Yes. Here, it is a CDD of 6 months. The contract has an end date.",
            "feedback_wrong": "This is not the contract. Look for CDD, CDI or intérim, under the place.",
        },
        {
            "prompt": "Which signs show a fake job offer? (Several answers are right.)",
            "alt": "",
            "choices": [
                {
                    "text": "They ask you to pay to get the job.",
                    "feedback": "Yes. A real employer never asks for money.",
                },
                {
                    "text": 'They ask for your "RIB" (bank details) and your residence permit before an interview.',
                    "feedback": "Yes. Before a real interview, do not give these papers.",
                },
                {
                    "text": "A very high salary for a very easy job.",
                    "feedback": "Yes. Be careful with this kind of offer.",
                },
                {
                    "text": "The offer gives the place, the contract and the working hours.",
                    "feedback": "No. This is normal. A real offer often gives this information.",
                },
            ],
        },
    ],
}
