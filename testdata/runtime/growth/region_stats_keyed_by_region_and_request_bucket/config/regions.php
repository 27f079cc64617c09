<?php

return [
    'eu-west' => ['name' => 'Europe (Ireland)'],
    'eu-central' => ['name' => 'Europe (Frankfurt)'],
    'us-east' => ['name' => 'US East (Virginia)'],
];
