<?php

// parameters of config/services.yaml, flattened
return [
    'customs.broker_endpoint' => 'https://pcs.example-port.test/customs/holds',
    'customs.outbox_batch' => 25,
];
