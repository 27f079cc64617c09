<?php
declare(strict_types=1);

// bin/console messenger:consume chat_relay --limit=N
require __DIR__ . '/vendor/autoload.php';
foreach (['Message/RelayChatMessage', 'Transport/ChatRelayReceiver', 'Chat/ChatMessageEvent', 'Chat/Transcript',
    'Chat/TranscriptStore', 'Chat/Moderator', 'Chat/ConversationSession', 'Chat/SessionFactory',
    'Chat/PushGateway', 'Chat/ChatRelayHandler'] as $class) {
    require __DIR__ . '/src/' . $class . '.php';
}

use App\Chat\ChatRelayHandler;
use App\Chat\Moderator;
use App\Chat\PushGateway;
use App\Chat\SessionFactory;
use App\Chat\TranscriptStore;
use App\Message\RelayChatMessage;
use App\Transport\ChatRelayReceiver;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$config = require __DIR__ . '/config/chat.php';
$limit = (int) (getenv('PHPLEAK_N') ?: 100);

$transcripts = new TranscriptStore($config['transcript_window']);
$handler = new ChatRelayHandler(
    new SessionFactory($transcripts, new Moderator($config['blocked_words'])),
    $transcripts,
    new PushGateway($config['push']),
);

$bus = new MessageBus([RelayChatMessage::class => [$handler]]);
$worker = new Worker(['chat_relay' => new ChatRelayReceiver($limit)], $bus, $limit);
$worker->run();
