<?php

return [
    'max_attempts' => 120,
    'decay_seconds' => 60,
];
