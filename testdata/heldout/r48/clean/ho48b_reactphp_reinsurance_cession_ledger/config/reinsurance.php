<?php

declare(strict_types=1);

return [
    'treaties' => [
        'QS-2024-PROP' => ['type' => 'quota_share', 'cession' => 0.40],
        'XL-2024-CAT' => ['type' => 'excess_of_loss', 'retention_cents' => 25_000_00, 'limit_cents' => 500_000_00],
    ],
    'bordereau' => [
        'path' => '/dev/null',
        // lines are written out in batches; the month-end close flushes the rest
        'flush_every' => (int) (getenv('BORDEREAU_FLUSH_EVERY') ?: 100),
    ],
];
