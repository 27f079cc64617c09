<?php

// A chat backend in a worker: each request builds its room, replays a
// few events into it, then removes the room's listeners in a finally:
// the room (an Evenement emitter, a trait from vendor/) lets go of the
// callables bound to it, and is freed at once.

require __DIR__ . '/vendor/evenement/EventEmitterTrait.php';
require __DIR__ . '/src/ChatRoom.php';

use App\ChatRoom;

function handle_room(int $i): int
{
    $room = new ChatRoom("room-$i");
    try {
        $room->join("user-$i");
        $room->post("user-$i", 'hello');

        return 1;
    } finally {
        $room->removeAllListeners();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_room($i);
}
