<?php
// A chat controller opens a room session per request; the session routes MessagePosted through its own Yii event dispatcher to its unread counter.

require __DIR__ . '/stubs/psr-event-dispatcher.php';
require __DIR__ . '/stubs/yii-event-dispatcher.php';
require __DIR__ . '/src/Chat.php';

use App\Chat\ChatController;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ChatController();

for ($i = 0; $i < $n; $i++) {
    $members = ['alice-' . $i, 'bob-' . $i, 'carol-' . $i, 'dave-' . $i];
    $text = 'Deploy window moved to Thursday, see notes: ' . str_repeat('checklist item; ', 30) . $i;
    $controller->postMessage('room-' . ($i % 40), $members, $members[$i % 4], $text);
}
