<?php

namespace App\Jobs;

use App\Dispatch\CrewDispatchBoard;
use App\Dispatch\CrewRoster;
use App\Models\OutageTicket;
use IlluminateLite\ShouldQueue;

final class AssignOutageCrew implements ShouldQueue
{
    public int $tries = 3;

    public function __construct(private array $payload)
    {
    }

    public function handle(CrewDispatchBoard $board, CrewRoster $roster): void
    {
        $ticket = $this->ticket();
        $board->hold($ticket, $roster->regionOf($ticket->feeder));

        $crew = $roster->nearest($ticket->skill, $ticket->feeder);
        if ($crew !== null) {
            $board->assign($ticket, $crew);
        }

        $this->releaseFromBoard($board);
    }

    private function releaseFromBoard(CrewDispatchBoard $board): void
    {
        $board->release($this->ticket());
    }

    private function ticket(): OutageTicket
    {
        return OutageTicket::fromPayload($this->payload);
    }
}
