<?php

return [
    'connections' => [
        'orders' => 'mysql://orders:secret@db.internal:3306/orders',
    ],
];
