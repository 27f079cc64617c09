<?php

// campaigns under pacing control, with their daily budgets (micros)
return [
    'cmp-1001' => 250_000_000,
    'cmp-1002' => 120_000_000,
    'cmp-1003' => 900_000_000,
    'cmp-1004' => 40_000_000,
];
