<?php

require __DIR__ . '/vendor/sentry/sentry.php';
require __DIR__ . '/vendor/illuminate/queue/queue.php';
require __DIR__ . '/app/Housekeeping/RoomBoard.php';
require __DIR__ . '/app/Jobs/ProcessRoomTurnover.php';

use App\Housekeeping\RoomBoard;
use App\Jobs\ProcessRoomTurnover;
use Illuminate\Queue\Container;
use Illuminate\Queue\Worker;
use Sentry\SentrySdk;

// ---- boot --------------------------------------------------------------
SentrySdk::init();
$inventory = [];
foreach ([1, 2, 3, 4, 5, 6] as $floor) {
    for ($r = 1; $r <= 20; $r++) {
        $inventory[] = sprintf('%d%02d', $floor, $r);
    }
}
$container = new Container();
$container->instance(RoomBoard::class, new RoomBoard($inventory));

function turnover_payloads(int $count): Generator
{
    $attendants = ['Marisol', 'Kwame', 'Ilse', 'Tomasz', 'Ren', 'Fatima'];
    for ($i = 0; $i < $count; $i++) {
        $flags = ['checkout'];
        if ($i % 2 === 1) {
            $flags[] = 'dnd';
        }
        if ($i % 5 === 0) {
            $flags[] = 'deep-clean';
        }
        yield serialize(new ProcessRoomTurnover(
            sprintf('%d%02d', 1 + $i % 6, 1 + $i % 20),
            $attendants[$i % 6],
            sprintf('%s, folio F%07d', ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka'][$i % 4], 3200000 + $i),
            $flags,
            1717300000 + $i * 95,
        ));
    }
}

(new Worker($container))->daemon(turnover_payloads((int) (getenv('PHPLEAK_N') ?: 100)));
