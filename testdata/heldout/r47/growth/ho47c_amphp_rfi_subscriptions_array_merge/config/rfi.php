<?php

return [
    'response_days' => 7,
    'escalate_to' => 'design.manager@architect.example',
    'disciplines' => ['architectural', 'structural', 'mechanical', 'electrical', 'hydraulic', 'civil'],
];
