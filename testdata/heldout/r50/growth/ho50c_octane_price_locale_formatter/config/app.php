<?php

return [
    'name' => 'Storefront',
    'env' => 'production',
    'locale' => 'en',
    'fallback_locale' => 'en',
    // Locales the storefront has translations and price formats for.
    'supported_locales' => ['en', 'en_GB', 'de', 'de_AT', 'fr', 'nl', 'es'],
    'currency' => 'EUR',
];
