<?php
// A webhook worker adds a failure listener to Symfony's long-lived event
// dispatcher for each delivery, and removes it after the branch that
// handles a failed delivery: on both ways, so nothing stays.

require __DIR__ . '/vendor/symfony/EventDispatcher.php';
require __DIR__ . '/src/Http.php';

use App\Http\WebhookSender;
use Symfony\Component\EventDispatcher\EventDispatcher;

$sender = new WebhookSender(new EventDispatcher());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $sender->send(['id' => $i, 'url' => 'https://partner.example/hooks/' . $i . '?sig=' . str_repeat('s', 200)]);
}
