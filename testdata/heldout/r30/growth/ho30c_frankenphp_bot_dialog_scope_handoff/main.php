<?php

require __DIR__ . '/vendor/frankenphp/runtime.php';
require __DIR__ . '/src/Bot/Update.php';
require __DIR__ . '/src/Bot/DialogScope.php';
require __DIR__ . '/src/Bot/TracksDialogScope.php';
require __DIR__ . '/src/Nlu/IntentParser.php';
require __DIR__ . '/src/Bot/HumanHandoff.php';
require __DIR__ . '/src/Bot/DialogManager.php';

use SupportBot\Bot\DialogManager;
use SupportBot\Bot\HumanHandoff;
use SupportBot\Bot\Update;
use SupportBot\Nlu\IntentParser;

$max = (int) (getenv('PHPLEAK_N') ?: 100);
$texts = [
    'Where is my order #%d? It was due yesterday.',
    'This is the third time I write, I want to talk to a human about order %d',
    'hello, can you help me with order %d',
    'I have a complaint about the courier for order %d',
];
frankenphp_feed(static function (int $i) use ($max, $texts): ?array {
    if ($i >= $max) {
        return null;
    }

    return ['/telegram/webhook', 1700000000 + $i, json_encode([
        'update_id' => 640000 + $i,
        'message' => [
            'chat' => ['id' => 90000 + $i % 500],
            'from' => ['username' => 'user_' . (90000 + $i % 500)],
            'text' => sprintf($texts[$i % 4], 55000 + $i),
            'date' => 1700000000 + $i,
        ],
    ])];
});

$bot = new DialogManager(new IntentParser(), new HumanHandoff());
$handler = static function () use ($bot): void {
    frankenphp_respond(json_encode($bot->handle(Update::fromJson(frankenphp_request_body()))));
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
