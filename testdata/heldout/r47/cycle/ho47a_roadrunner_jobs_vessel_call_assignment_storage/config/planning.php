<?php

return [
    'moves_per_crane_hour' => 28,
    'cranes_per_100m' => 1,
];
