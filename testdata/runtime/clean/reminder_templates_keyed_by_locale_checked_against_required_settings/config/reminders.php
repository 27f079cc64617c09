<?php

// Locales the reminder texts are written in; a message asking for another
// gets the fallback.
return [
    'supported_locales' => ['en', 'fr', 'es', 'de'],
    'fallback_locale' => 'en',
    'clinic' => 'Riverside Veterinary Clinic',
];
