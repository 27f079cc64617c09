<?php

declare(strict_types=1);

namespace Chat;

use Chat\Support\Profiler;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

final class MessageController
{
    private int $nextId = 1;

    public function __construct(private Server $server)
    {
    }

    public function post(Request $request, Response $response): void
    {
        preg_match('#^/rooms/(\d+)/messages$#', $request->server['request_uri'], $m);
        $payload = json_decode($request->getContent() ?? '{}', true);
        $messageId = sprintf('msg_%010d', $this->nextId++);

        Profiler::instance()->start("fanout:{$messageId}", [
            'room' => (int) $m[1],
            'author' => (int) $request->header['x-user-id'],
            'bytes' => strlen($payload['body'] ?? ''),
            'worker' => 'http',
            'traceparent' => $request->header['traceparent'] ?? sprintf('00-%032x-%016x-01', crc32($messageId), $this->nextId),
        ]);

        $this->server->task([
            'message_id' => $messageId,
            'room' => (int) $m[1],
            'author' => (int) $request->header['x-user-id'],
            'body' => $payload['body'] ?? '',
        ]);

        $response->status(202);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['id' => $messageId]));
    }
}
