<?php

declare(strict_types=1);

return [
    ['name' => 'sync-exchange-rates', 'timeout' => 120.0],
    ['name' => 'release-expired-reservations', 'timeout' => 300.0],
    ['name' => 'retry-failed-webhooks', 'timeout' => 600.0],
];
