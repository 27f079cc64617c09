<?php

namespace App\Listeners;

use App\Support\CurrentAgent;
use Helpdesk\Foundation\RequestReceived;

final class AuthenticateAgentFromToken
{
    public function handle(RequestReceived $event): void
    {
        $token = $event->request['headers']['authorization'] ?? '';
        if (str_starts_with($token, 'Bearer ')) {
            CurrentAgent::set(['token' => substr($token, 7), 'scopes' => ['tickets:write']]);
        }
    }
}
