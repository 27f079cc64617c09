<?php

namespace App\Http;

use App\Routing\InboundTicket;
use App\Routing\Router;
use Octane\Stub\Request;

final class TicketIntakeController
{
    public function store(Request $request): array
    {
        $ticket = InboundTicket::fromPayload($request->payload);
        $decision = Router::route($ticket);

        return [
            'status' => 201,
            'ticket' => $ticket->id,
            'queue' => $decision->queue,
            'group' => $decision->agentGroup,
            'due_at' => $request->receivedAt + $decision->slaMinutes * 60,
        ];
    }
}
