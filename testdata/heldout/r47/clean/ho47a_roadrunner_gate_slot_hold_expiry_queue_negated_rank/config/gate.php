<?php

return [
    // a slot hold keeps a pre-gate lane reserved this long before it lapses
    'hold_ttl_seconds' => 120,
    'lanes' => 8,
];
