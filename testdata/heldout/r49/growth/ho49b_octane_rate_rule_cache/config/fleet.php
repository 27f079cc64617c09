<?php

return [
    'branches' => ['LHR-T5', 'MAN-AP', 'EDI-WAV', 'BHX-NS'],
    'currency' => 'GBP',
    'max_rental_days' => 28,
];
