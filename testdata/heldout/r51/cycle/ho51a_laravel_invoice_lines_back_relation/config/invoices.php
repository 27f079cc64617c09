<?php

return [
    'currency' => 'EUR',
    'disk' => 'invoices',
    'footer' => 'Payment within 30 days. IBAN NL00 BANK 0123 4567 89.',
];
