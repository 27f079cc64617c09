<?php

return [
    'stores' => ['LDN-01', 'LDN-04', 'MAN-02', 'BHM-03'],
    'default_store' => 'LDN-01',
    'tiers' => [
        'bronze' => 0,
        'silver' => 5,
        'gold' => 10,
    ],
    'vat_rate' => 20,
];
