<?php

return [
    'problem_formats' => ['json', 'xml'],
    'routes' => [
        '#^/invoices/(?<id>\d+)$#' => ['App\Controller\InvoiceController', 'show'],
    ],
];
