<?php

use App\Listeners\AuthenticateAgentFromToken;
use App\Listeners\FlushEntityManagerState;
use App\Listeners\ResetAuthenticatedAgent;
use Helpdesk\Foundation\RequestReceived;
use Helpdesk\Foundation\RequestTerminated;

return [
    'listeners' => [
        RequestReceived::class => [
            AuthenticateAgentFromToken::class,
        ],
        RequestTerminated::class => [
            ResetAuthenticatedAgent::class,
            FlushEntityManagerState::class,
        ],
    ],
    'warm' => [
        \Helpdesk\Orm\EntityManager::class,
    ],
];
