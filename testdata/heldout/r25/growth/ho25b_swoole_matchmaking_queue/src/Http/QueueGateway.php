<?php

namespace Arena\Http;

use Arena\Matchmaking\Matchmaker;
use Arena\Matchmaking\Ticket;
use Swoole\WebSocket\Frame;
use Swoole\WebSocket\Server;

final class QueueGateway
{
    private const REGIONS = ['eu-west', 'us-east', 'ap-south'];
    private const MODES = ['duel', 'squad'];

    private int $ticketSeq = 0;

    public function __construct(private readonly Matchmaker $matchmaker)
    {
    }

    public function register(Server $server): void
    {
        $server->on('message', function (Server $server, Frame $frame): void {
            $msg = json_decode($frame->data, true, 16, JSON_THROW_ON_ERROR);
            if (($msg['op'] ?? '') !== 'queue.join') {
                return;
            }
            $found = $this->matchmaker->enqueue($this->ticketFrom($frame->fd, $msg));
            if ($found === null) {
                $server->push($frame->fd, '{"op":"queue.waiting"}');
                return;
            }
            foreach ($found['fds'] as $fd) {
                $server->push($fd, json_encode(['op' => 'match.found'] + $found));
            }
        });
        $server->on('close', function (Server $server, int $fd): void {
            $this->matchmaker->abandon($fd);
        });
    }

    private function ticketFrom(int $fd, array $msg): Ticket
    {
        $region = in_array($msg['region'] ?? '', self::REGIONS, true) ? $msg['region'] : self::REGIONS[0];
        $mode = in_array($msg['mode'] ?? '', self::MODES, true) ? $msg['mode'] : 'duel';
        return new Ticket(
            ticketId: sprintf('tkt_%08x_%d', crc32($msg['player']), ++$this->ticketSeq),
            fd: $fd,
            playerId: (string) $msg['player'],
            rating: max(0, min(2999, (int) $msg['rating'])),
            region: $region,
            mode: $mode,
            loadout: array_map('strval', (array) ($msg['loadout'] ?? [])),
            client: [
                'build' => (string) ($msg['client']['build'] ?? ''),
                'platform' => (string) ($msg['client']['platform'] ?? ''),
                'latency_ms' => (int) ($msg['client']['latency_ms'] ?? 0),
            ],
            enqueuedAt: microtime(true),
        );
    }
}
