<?php
return [
    'preview' => [
        // Rows shown in the supplier portal before an import is confirmed.
        'rows' => 10,
        'delimiter' => ';',
    ],
];
