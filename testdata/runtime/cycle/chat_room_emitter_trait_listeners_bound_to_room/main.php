<?php

// A chat backend in a worker: each request builds its room, replays a
// few events into it and drops it. The room is an Evenement emitter (a
// trait from vendor/) that keeps listeners bound to the room itself, so
// every dropped room is a garbage cycle.

require __DIR__ . '/vendor/evenement/EventEmitterTrait.php';
require __DIR__ . '/src/ChatRoom.php';

use App\ChatRoom;

function handle_room(int $i): int
{
    $room = new ChatRoom("room-$i");
    $room->join("user-$i");
    $room->post("user-$i", 'hello');

    return 1;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_room($i);
}
