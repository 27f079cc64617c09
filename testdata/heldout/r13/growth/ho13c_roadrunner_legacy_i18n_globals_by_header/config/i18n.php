<?php

declare(strict_types=1);

return [
    'default' => 'en',
    'locales' => [
        'en' => ['name' => 'English', 'currency' => 'USD'],
        'de' => ['name' => 'Deutsch', 'currency' => 'EUR'],
        'fr' => ['name' => 'Français', 'currency' => 'EUR'],
        'pt-br' => ['name' => 'Português (Brasil)', 'currency' => 'BRL'],
    ],
];
