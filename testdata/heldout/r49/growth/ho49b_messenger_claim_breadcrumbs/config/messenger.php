<?php

return [
    'transports' => [
        'damage_claims' => 'amqp://rabbitmq:5672/%2f/damage_claims',
    ],
    'routing' => [
        App\Message\AssessDamageReport::class => 'damage_claims',
    ],
    'labour_rate_pence' => 6200,
];
