<?php

namespace App\Jobs;

use App\Housekeeping\RoomBoard;
use Illuminate\Queue\InteractsWithQueue;
use Sentry\SentrySdk;
use Sentry\State\Breadcrumb;

final class ProcessRoomTurnover
{
    use InteractsWithQueue;

    public function __construct(
        public string $room,
        public string $attendant,
        public string $departedGuest,
        public array $flags,
        public int $queuedAt,
    ) {
    }

    public function handle(RoomBoard $board): void
    {
        if (!$board->has($this->room)) {
            return;
        }

        $scope = SentrySdk::getCurrentHub()->pushScope();
        try {
            $scope->setTag('job', 'room-turnover')
                ->setTag('room', $this->room)
                ->setTag('attendant', $this->attendant)
                ->setContext('turnover', [
                    'departed_guest' => $this->departedGuest,
                    'flags' => $this->flags,
                    'queued_at' => date(DATE_ATOM, $this->queuedAt),
                ]);
            $scope->addBreadcrumb(new Breadcrumb('housekeeping', "Turnover started for room {$this->room}", ['attendant' => $this->attendant], (float) $this->queuedAt));

            if (in_array('dnd', $this->flags, true)) {
                // Guest extended and hung the Do Not Disturb sign: try again later.
                $this->release(900);
                return;
            }

            $board->setFlags($this->room, array_values(array_diff($this->flags, ['checkout'])));
            $board->markClean($this->room, $this->attendant);
            $scope->addBreadcrumb(new Breadcrumb('housekeeping', "Room {$this->room} vacant-clean", [], (float) $this->queuedAt + 2400));
        } finally {
            SentrySdk::getCurrentHub()->popScope();
        }
    }
}
