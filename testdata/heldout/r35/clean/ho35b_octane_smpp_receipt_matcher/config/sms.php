<?php

return [
    'default' => 'vodacore',
    'connections' => [
        'vodacore' => ['system_id' => 'acme_vc01', 'dlr_id_format' => 'dec'],
        'tel2' => ['system_id' => 'acme_t2', 'dlr_id_format' => 'hex'],
    ],
];
