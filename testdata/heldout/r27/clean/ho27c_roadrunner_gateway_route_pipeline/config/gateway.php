<?php

use Edge\Gateway\Plugin\CorrelationIdPlugin;
use Edge\Gateway\Plugin\HeaderRewritePlugin;
use Edge\Gateway\Plugin\JwtAuthPlugin;
use Edge\Gateway\Plugin\UpstreamProxyPlugin;

return [
    'routes' => [
        'billing' => [
            'prefix' => '/billing',
            'upstream' => 'http://billing.internal:8080',
            'plugins' => [JwtAuthPlugin::class, HeaderRewritePlugin::class, UpstreamProxyPlugin::class],
        ],
        'status' => [
            'prefix' => '/status',
            'upstream' => 'http://status.internal:8080',
            'plugins' => [CorrelationIdPlugin::class, UpstreamProxyPlugin::class],
        ],
    ],
    'plugins' => [
        JwtAuthPlugin::class => ['issuer' => 'https://auth.example.com', 'audience' => 'edge'],
        HeaderRewritePlugin::class => ['strip' => ['cookie', 'x-debug'], 'add' => ['x-edge' => 'rr-1']],
        CorrelationIdPlugin::class => ['header' => 'x-correlation-id'],
        UpstreamProxyPlugin::class => ['timeout' => 2.0],
    ],
];
