<?php

return [
    // Retention withheld from progress claims under AS 4000 cl. 5 style security.
    'rates' => [
        'labour' => 0.05,
        'materials' => 0.05,
        'plant' => 0.10,
        'variation' => 0.05,
    ],
    'cap_percent_of_contract' => 5,
];
