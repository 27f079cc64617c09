<?php

namespace App\MessageHandler;

use App\Audit\HousekeepingAuditTrail;
use App\Housekeeping\RoomBoard;
use App\Message\RoomStatusChanged;

final class RoomStatusChangedHandler
{
    public function __construct(
        private readonly RoomBoard $board,
        private readonly HousekeepingAuditTrail $trail,
    ) {
    }

    public function __invoke(RoomStatusChanged $message): void
    {
        $moved = $this->board->move($message->roomNumber, $message->newStatus);
        $this->trail->record($message, $moved ? 'housekeeping_app' : 'housekeeping_app_duplicate');
    }
}
