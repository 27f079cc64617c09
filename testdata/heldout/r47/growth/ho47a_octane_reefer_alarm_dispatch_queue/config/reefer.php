<?php

return [
    'reefer' => [
        'max_deviation_c' => 3.0,
        'notify' => ['reefer-desk@terminal.test', 'duty-mechanic@terminal.test'],
    ],
];
