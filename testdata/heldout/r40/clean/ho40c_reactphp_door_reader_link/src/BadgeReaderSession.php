<?php

namespace Venue\Access;

use Evenement\EventEmitter;
use React\Socket\Connection;

/**
 * One TCP session per door badge reader (backstage, press box, loading dock).
 * Frames are newline-delimited JSON; each frame type is routed through the
 * session's own emitter so door-state and badge handling stay separate.
 */
final class BadgeReaderSession
{
    private EventEmitter $frames;
    private string $buffer = '';
    private array $reader = [];
    private array $lastBadge = [];
    private bool $open = true;

    public function __construct(
        private Connection $connection,
        private AccessPolicy $policy,
        private string $zone,
    ) {
        $this->frames = new EventEmitter();
        $this->frames->on('hello', $this->onHello(...));
        $this->frames->on('badge', $this->onBadge(...));

        $connection->on('data', fn (string $chunk) => $this->receive($chunk));
        $connection->on('close', fn () => $this->close());
    }

    public function isOpen(): bool
    {
        return $this->open;
    }

    public function receive(string $chunk): void
    {
        $this->buffer .= $chunk;
        while (($eol = strpos($this->buffer, "\n")) !== false) {
            $line = substr($this->buffer, 0, $eol);
            $this->buffer = substr($this->buffer, $eol + 1);
            $frame = json_decode($line, true);
            if (is_array($frame) && isset($frame['type'])) {
                $this->frames->emit($frame['type'], [$frame]);
            }
        }
    }

    public function close(): void
    {
        $this->open = false;
        $this->buffer = '';
        $this->frames->removeAllListeners();
    }

    private function onHello(array $frame): void
    {
        $this->reader = [
            'serial' => $frame['serial'],
            'firmware' => $frame['firmware'],
            'door' => $frame['door'],
        ];
    }

    private function onBadge(array $frame): void
    {
        $this->lastBadge = $frame;
        $granted = $this->policy->allows($frame['credential'], $this->zone);
        $this->connection->write(json_encode([
            'type' => 'decision',
            'badge' => $frame['badge'],
            'unlock' => $granted,
            'door' => $this->reader['door'] ?? null,
        ]) . "\n");
    }
}
