<?php

declare(strict_types=1);

namespace App\Gateway;

final class Frame
{
    public function __construct(
        public readonly int $command,
        public readonly string $clientId,
        public readonly string $body,
    ) {
    }

    public function encode(): string
    {
        return pack('CnN', $this->command, strlen($this->clientId), strlen($this->body)) . $this->clientId . $this->body;
    }
}

interface Transport
{
    public function write(string $bytes): int;
}

final class SocketTransport implements Transport
{
    public int $written = 0;

    public function write(string $bytes): int
    {
        $this->written += strlen($bytes);

        return strlen($bytes);
    }
}

/**
 * The business worker's single persistent connection to the gateway
 * process. Frames are queued while the socket is busy and written out
 * when the loop reports it writable.
 */
final class UpstreamConnection
{
    public const CMD_SEND_TO_CLIENT = 0x05;
    public const CMD_BROADCAST = 0x06;

    private \SplQueue $outbox;

    public function __construct(private readonly Transport $transport)
    {
        $this->outbox = new \SplQueue();
        $this->outbox->setIteratorMode(\SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function send(Frame $frame): void
    {
        $this->outbox->enqueue($frame);
    }

    public function onWritable(): int
    {
        $sent = 0;
        foreach ($this->outbox as $frame) {
            $sent += $this->transport->write($frame->encode());
        }

        return $sent;
    }

    public function hasPending(): bool
    {
        return !$this->outbox->isEmpty();
    }
}

/** Static API the business handlers call, as in GatewayWorker. */
final class Gateway
{
    private static ?UpstreamConnection $upstream = null;

    public static function connect(UpstreamConnection $upstream): void
    {
        self::$upstream = $upstream;
    }

    /** @param array<string, mixed> $message */
    public static function sendToClient(string $clientId, array $message): void
    {
        self::$upstream?->send(new Frame(
            UpstreamConnection::CMD_SEND_TO_CLIENT,
            $clientId,
            json_encode($message, JSON_THROW_ON_ERROR),
        ));
    }
}

namespace App\Chat;

use App\Gateway\Gateway;

final class ChatMessage
{
    public function __construct(
        public readonly string $from,
        public readonly string $to,
        public readonly string $text,
        public readonly int $sentAt,
    ) {
    }
}

final class DirectMessageHandler
{
    private int $delivered = 0;

    public function onMessage(string $clientId, string $raw): void
    {
        $data = json_decode($raw, true, 8, JSON_THROW_ON_ERROR);
        $message = new ChatMessage($clientId, $data['to'], trim($data['text']), $data['ts']);

        Gateway::sendToClient($message->to, [
            'type' => 'dm',
            'from' => $message->from,
            'text' => $message->text,
            'ts' => $message->sentAt,
        ]);
        Gateway::sendToClient($message->from, ['type' => 'ack', 'ts' => $message->sentAt]);
        $this->delivered++;
    }
}

// --- business worker process -------------------------------------------------

use App\Gateway\SocketTransport;
use App\Gateway\UpstreamConnection;

$upstream = new UpstreamConnection(new SocketTransport());
Gateway::connect($upstream);
$handler = new DirectMessageHandler();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $from = sprintf('7f00000108fc%08x', $i);
    $handler->onMessage($from, json_encode([
        'to' => sprintf('7f00000108fc%08x', $i + 1),
        'text' => str_repeat('Are we still on for the release review tomorrow? ', 8),
        'ts' => 1_700_000_000 + $i,
    ]));

    // The event loop reports the gateway socket writable after the handler returns.
    if ($upstream->hasPending()) {
        $upstream->onWritable();
    }
}
