<?php
return [
    'max_attempts' => 5,
    'interval' => 900,
    'window' => ['slots' => 256],
];
