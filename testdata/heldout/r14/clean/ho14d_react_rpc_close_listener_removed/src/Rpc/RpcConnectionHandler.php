<?php

namespace App\Rpc;

use React\Promise\Deferred;
use React\Socket\Connection;

/**
 * JSON-RPC over the gateway's persistent connections: one connection carries
 * many calls. A call still pending when the gateway drops the connection is
 * cancelled.
 */
final class RpcConnectionHandler
{
    private int $calls = 0;

    public function __construct(private readonly QuoteService $quotes)
    {
    }

    public function handleFrame(Connection $conn, string $frame): void
    {
        $call = json_decode($frame, true, 512, JSON_THROW_ON_ERROR);
        $this->calls++;

        [$deferred, $promise] = $this->quotes->quote($call['params']);

        $canceller = $this->cancelOnClose($deferred, $call['id']);
        $conn->on('close', $canceller);

        $promise->done(
            function (array $result) use ($conn, $call, $canceller): void {
                $conn->removeListener('close', $canceller);
                $conn->write(json_encode(['jsonrpc' => '2.0', 'id' => $call['id'], 'result' => $result]) . "\n");
            },
            function (\Throwable $e) use ($conn, $call, $canceller): void {
                $conn->removeListener('close', $canceller);
                $conn->write(json_encode(['jsonrpc' => '2.0', 'id' => $call['id'], 'error' => ['code' => -32000, 'message' => $e->getMessage()]]) . "\n");
            },
        );
    }

    private function cancelOnClose(Deferred $deferred, int|string $callId): \Closure
    {
        return static function () use ($deferred, $callId): void {
            $deferred->cancel();
        };
    }
}
