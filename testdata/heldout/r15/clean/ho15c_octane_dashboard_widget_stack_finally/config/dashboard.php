<?php

use App\View\Components\ActivityFeed;
use App\View\Components\OpenInvoices;
use App\View\Components\WelcomeBanner;

return [
    'widgets' => [
        'banner' => WelcomeBanner::class,
        'invoices' => OpenInvoices::class,
        'activity' => ActivityFeed::class,
    ],
];
