<?php

return [
    'clinic_name' => 'Riverside Veterinary Clinic',
    'supported_locales' => ['en', 'fr', 'de'],
    'fallback_locale' => 'en',
    'templates' => [
        'canine' => <<<'TPL'
Dear owner of {{pet}},

Our records show that {{pet}} is due for the {{vaccine}} vaccination on {{due}}.
Dogs that visit boarding kennels, grooming salons or dog parks need an up-to-date
core vaccination (distemper, hepatitis, parvovirus) and, where the law requires it,
rabies. Please book a slot online or call the front desk; bring the vaccination card
so that the veterinarian can sign the new entry. If {{pet}} has shown any reaction
to a previous vaccine, tell us when you book so that we can plan a longer
observation period after the injection.

Kind regards, {{clinic}}
TPL,
        'feline' => <<<'TPL'
Dear owner of {{pet}},

{{pet}} is due for the {{vaccine}} vaccination on {{due}}. Indoor cats also need
core protection against panleukopenia, herpesvirus and calicivirus, because the
viruses travel on shoes and clothing. Please use a closed carrier for the visit and
let us know if {{pet}} gets stressed in the car: we can schedule a quiet-hour
appointment and prepare a feline-only waiting room. Bring the vaccination booklet so
that the veterinarian can record the batch number of the vaccine.

Kind regards, {{clinic}}
TPL,
        'other' => <<<'TPL'
Dear owner of {{pet}},

This is a friendly reminder that {{pet}} is due for the {{vaccine}} vaccination on
{{due}}. Small mammals such as rabbits and ferrets have their own vaccination
schedules (myxomatosis, RHDV2, canine distemper for ferrets) and the appointment
includes a short health check: weight, teeth, coat and claws. Please bring a towel
and a small amount of the usual food so that {{pet}} stays calm during the visit.

Kind regards, {{clinic}}
TPL,
    ],
];
