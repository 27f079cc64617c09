<?php

return [
    'cdn_host' => 'https://img.snapshelf-cdn.net',

    // Width/height boxes we render and keep in the CDN. Anything in between is
    // served from the next larger box and scaled by the browser (srcset).
    'breakpoints' => [
        'xs' => [160, 160],
        'sm' => [320, 320],
        'md' => [640, 640],
        'lg' => [1280, 1280],
        'xl' => [2048, 2048],
    ],

    'fits' => ['cover', 'contain', 'inside'],

    'formats' => [
        'image/avif' => 'avif',
        'image/webp' => 'webp',
        '*/*' => 'jpeg',
    ],

    'quality' => 82,
];
