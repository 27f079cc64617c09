<?php

return [
    'central_domain' => 'app.example.test',
    'tenant_models' => [
        App\Models\Project::class,
        App\Models\Invoice::class,
    ],
];
