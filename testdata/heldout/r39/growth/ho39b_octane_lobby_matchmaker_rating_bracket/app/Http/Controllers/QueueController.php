<?php

namespace App\Http\Controllers;

use App\Facades\Matchmaking;
use App\Matchmaking\TicketFactory;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class QueueController
{
    public function __construct(private readonly TicketFactory $tickets)
    {
    }

    public function join(Request $request): JsonResponse
    {
        $ticket = $this->tickets->fromRequest($request);
        $match = Matchmaking::enqueue($ticket);

        if ($match === null) {
            return new JsonResponse([
                'status' => 'queued',
                'ticket' => $ticket->ticketId,
                'tier' => $ticket->tier()->value,
            ], 202);
        }

        return new JsonResponse([
            'status' => 'matched',
            'match' => $match->matchId,
            'region' => $match->region,
        ]);
    }
}
