<?php

return [
    'name' => 'Storefront',
    'locale' => 'en',
    'fallback_locale' => 'en',
    'supported_locales' => ['en', 'de', 'fr', 'es', 'it'],
];
