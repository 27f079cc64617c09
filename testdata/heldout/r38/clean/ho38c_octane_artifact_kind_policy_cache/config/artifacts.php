<?php

return [
    'bucket' => 'ci-artifacts-eu-west-1',
    'cdn' => 'https://artifacts.ci.acme.internal',
    'signing_key' => 'c2lnbmluZy1rZXktZm9yLWFydGlmYWN0LXVybHM=',
    'kinds' => [
        'tarball' => ['retention_days' => 30, 'content_type' => 'application/gzip'],
        'wheel' => ['retention_days' => 14, 'content_type' => 'application/zip'],
        'phar' => ['retention_days' => 90, 'content_type' => 'application/octet-stream'],
        'coverage' => ['retention_days' => 7, 'content_type' => 'application/xml'],
    ],
];
