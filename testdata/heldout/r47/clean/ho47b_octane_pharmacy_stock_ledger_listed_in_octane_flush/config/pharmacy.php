<?php

return [
    'formulary' => [
        'AMOX-250' => ['name' => 'Amoxicillin 250 mg tablets', 'stock' => 250000, 'controlled' => false],
        'MELOX-1.5' => ['name' => 'Meloxicam oral suspension 1.5 mg/ml', 'stock' => 250000, 'controlled' => false],
        'GABA-100' => ['name' => 'Gabapentin 100 mg capsules', 'stock' => 250000, 'controlled' => true],
        'BUPRE-0.3' => ['name' => 'Buprenorphine 0.3 mg/ml injection', 'stock' => 250000, 'controlled' => true],
        'CEFO-80' => ['name' => 'Cefovecin 80 mg/ml injection', 'stock' => 250000, 'controlled' => false],
    ],
];
