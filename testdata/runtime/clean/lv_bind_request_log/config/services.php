<?php

return [
    'payments' => [
        'base_uri' => 'https://api.payments.example.com',
        'secret' => 'sk_live_51Hx9r2eZvKYlo2C0000000000000000',
    ],
];
